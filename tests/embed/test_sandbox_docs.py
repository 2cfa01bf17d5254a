"""Every example of docs/embedding.md's "Sandboxing untrusted scripts" runs.

Python examples assert their own results and are run as they are; a Janet
example is followed by a `text` block with its output (the reference's), which
`python -m pyjanet` must print.
"""

import os
import re
import subprocess
import sys

import pytest

DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                   "docs", "embedding.md")
SECTION = "## Sandboxing untrusted scripts"


def _section():
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return text[start:] if end < 0 else text[start:end]


def _blocks():
    """(language, code) of each fenced block of the section, in order."""
    return [(m.group(1), m.group(2))
            for m in re.finditer(r"```(\w+)\n(.*?)```", _section(), re.S)]


def _python_examples():
    return [code for lang, code in _blocks() if lang == "python"]


def _janet_examples():
    blocks = _blocks()
    out = []
    for i, (lang, code) in enumerate(blocks):
        if lang == "janet":
            assert i + 1 < len(blocks) and blocks[i + 1][0] == "text", \
                "a Janet example is followed by its output"
            out.append((code, blocks[i + 1][1]))
    return out


def test_the_section_has_examples():
    assert len(_python_examples()) >= 3
    assert len(_janet_examples()) >= 1


@pytest.mark.parametrize("code", _python_examples())
def test_python_example(code):
    exec(compile(code, "docs/embedding.md", "exec"), {"__name__": "doc_example"})


@pytest.mark.parametrize("code, output", _janet_examples())
def test_janet_example(code, output, tmp_path):
    script = tmp_path / "example.janet"
    script.write_text(code)
    p = subprocess.run([sys.executable, "-m", "pyjanet", str(script)], capture_output=True,
                       timeout=120, stdin=subprocess.DEVNULL)
    assert p.stdout.decode() == output
    assert p.returncode == 0
