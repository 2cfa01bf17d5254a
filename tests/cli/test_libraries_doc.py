"""The examples of docs/libraries.md, run as the page shows them.

The page's files (each a ```janet block whose first line is `# path`) are written
to a scratch project; the commands it shows are run there with `python -m
pyjanet`, and their output is compared with the page's `output:` / `stderr:`
blocks, which were recorded from the reference Janet.  The spork examples need a
checkout of spork (SPORK_PATH, default /work/ref/spork) and are skipped without
one.
"""

import os
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC = os.path.join(ROOT, "docs", "libraries.md")
SPORK = os.environ.get("SPORK_PATH", "/work/ref/spork")


def _blocks():
    """(language, text, label) for each fenced block, label being the
    `output:` / `stderr:` line just before it, if any."""
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    out = []
    for m in re.finditer(r"(?:^(\w+):\n\n)?^```(\w*)\n(.*?)^```\n", text, re.M | re.S):
        out.append((m.group(2), m.group(3), m.group(1)))
    return out


def _project(tmp_path):
    """Write the page's files; returns {path: text}."""
    files = {}
    for lang, body, _ in _blocks():
        first = body.split("\n", 1)[0]
        if lang == "janet" and first.startswith("# ") and first.endswith(".janet"):
            path = tmp_path / first[2:]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body, encoding="utf-8")
            files[first[2:]] = body
    return files


def _after(label_of, name):
    """The block labelled `name` that follows the block containing `label_of`."""
    bl = _blocks()
    for i, (_, body, _) in enumerate(bl):
        if label_of in body:
            for lang, b, label in bl[i + 1:]:
                if label == name:
                    return b
    raise AssertionError("no %s block after %r" % (name, label_of))


def _run(args, cwd, env=None):
    e = dict(os.environ)
    e.update(env or {})
    p = subprocess.run([sys.executable, "-m", "pyjanet"] + args, cwd=cwd, env=e,
                       capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    return p.stdout.decode(), p.stderr.decode(), p.returncode


def test_relative_import(tmp_path):
    _project(tmp_path)
    out, err, code = _run(["main.janet"], tmp_path)
    assert (out, err, code) == (_after("(import ./lib/greet)", "output"), "", 0)


needs_spork = pytest.mark.skipif(not os.path.isfile(os.path.join(SPORK, "spork", "test.janet")),
                                 reason="no spork checkout (SPORK_PATH)")


@needs_spork
def test_spork_test_module(tmp_path):
    _project(tmp_path)
    out, err, code = _run(["test/suite-greet.janet"], tmp_path, {"JANET_PATH": SPORK})
    err = re.sub(r"\x1b\[\d+m", "", err)
    err = re.sub(r"finished in [0-9.]+ seconds", "finished in 0.000 seconds", err)
    assert (out, err, code) == ("", _after("(end-suite)", "stderr"), 1)


@needs_spork
def test_syspath_flag(tmp_path):
    out, err, code = _run(["-m", SPORK, "-e",
                           '(import spork/path) (print (path/basename "/a/b.c"))'], tmp_path)
    assert (out, err, code) == ("b.c\n", "", 0)
    out, err, code = _run(["-e", '(import spork/path) (print (path/basename "/a/b.c"))'],
                          tmp_path, {"JANET_PATH": SPORK + ":/nonexistent"})
    assert (out, err, code) == ("b.c\n", "", 0)
