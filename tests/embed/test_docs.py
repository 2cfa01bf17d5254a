"""Every example of docs/embedding.md and of the README's "Embedding in Python"
section runs, and shows what it says it shows.

Python examples are doctests (the blocks of one document share a namespace, in
order).  A Janet example is a ```janet block followed by a ```text block: the
code runs with `pyjanet` and its output must be the text.
"""

import doctest
import os
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return f.read()


def readme_section():
    text = read("README.md")
    start = text.index("## Embedding in Python")
    end = text.find("\n## ", start + 1)
    return text[start:end if end >= 0 else len(text)]


DOCS = {"docs/embedding.md": lambda: read("docs/embedding.md"),
        "README.md#embedding": readme_section}


def blocks(text):
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(text)]


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_python_examples(doc, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = "\n".join(body for lang, body in blocks(DOCS[doc]()) if lang == "python")
    assert ">>>" in code
    test = doctest.DocTestParser().get_doctest(code, {}, doc, doc, 0)
    out = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=out.append)
    assert runner.failures == 0, "".join(out)


def janet_examples():
    out = []
    for doc in sorted(DOCS):
        bs = blocks(DOCS[doc]())
        for i, (lang, body) in enumerate(bs):
            if lang == "janet":
                assert i + 1 < len(bs) and bs[i + 1][0] == "text", \
                    "a janet example in %s has no output block" % doc
                out.append(pytest.param(body, bs[i + 1][1], id="%s-%d" % (doc, i)))
    return out


@pytest.mark.parametrize("code,expected", janet_examples())
def test_janet_examples(code, expected, tmp_path):
    script = tmp_path / "example.janet"
    script.write_text(code, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "pyjanet", str(script)], capture_output=True,
                       cwd=tmp_path, timeout=120)
    assert (p.stdout.decode(), p.stderr.decode(), p.returncode) == (expected, "", 0)
