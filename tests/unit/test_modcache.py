"""The compiled-source cache (pyjanet/modcache.py): a script and the module it
imports give the reference's output on an empty cache, again from their
records, after either file changes, with a parse error (never cached), and
with a cache that cannot be written; and the forms a record holds are the
reader's, positions and brackets included.

The expected outputs were recorded with the reference interpreter.
"""

import glob
import os
import subprocess
import sys

from pyjanet.codec import NotData, encode, decode
from pyjanet.errors import JanetError
from pyjanet.reader import read_program_bytewise
from pyjanet.values import Tuple, from_key

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SCRIPT = ('(import ./mod)\n(print "script " (mod/twice 21))\n(pp mod/tbl)\n'
          '(pp (tuple/sourcemap (quote (a b))))\n'
          '(defn f [x] (if (> x 0) (f (- x 1)) :done))\n(print (f 10))\n'
          '(pp (tuple/brackets (quote [1 2])))\n')
MOD = '(defn twice [x] (* 2 x))\n(def tbl @{:a [1 2] :b {:c @"buf"}})\n'
OUT = 'script 42\n@{:a (1 2) :b {:c @"buf"}}\n(4 29)\ndone\n[[1 2]]\n'
MOD2 = '(defn twice [x] (* 3 x))\n(def tbl 7)\n'
OUT2 = 'script 63\n7\n(4 29)\ndone\n[[1 2]]\n'
BAD = '(defn twice [x] (* 3 x)\n'
BAD_ERR = ("error: mod.janet:2:0: parse error: unexpected end of source, ( opened at "
           "line 1, column 1\n"
           "  in dofile [boot.janet] (tail call) on line 3427, column 7\n"
           "  in source-loader [boot.janet] on line 3438, column 15\n"
           "  in require-1 [boot.janet] on line 3465, column 18\n"
           "  in import* [boot.janet] on line 3498, column 15\n"
           "  in thunk [script.janet] (tail call) on line 1, column 1\n")


def run(cwd, cache):
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONPATH=ROOT)
    p = subprocess.run([sys.executable, "-m", "pyjanet", "script.janet"], cwd=cwd, env=env,
                       capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def records(cache):
    d = os.path.join(str(cache), "pyjanet")
    return sorted(n for n in os.listdir(d) if n.startswith("source-")) if os.path.isdir(d) else []


def test_records_are_made_used_and_replaced(tmp_path):
    (tmp_path / "script.janet").write_text(SCRIPT)
    (tmp_path / "mod.janet").write_text(MOD)
    cache = tmp_path / "cache"
    assert run(tmp_path, cache) == (0, OUT, "")
    made = records(cache)
    assert len(made) == 2                       # the script's and the module's
    # (the first run also built the prelude, which compiles some of its
    # functions that later runs compile when first called: they are added)
    assert run(tmp_path, cache) == (0, OUT, "")
    stamps = [os.stat(os.path.join(str(cache), "pyjanet", n)).st_mtime_ns for n in made]
    assert run(tmp_path, cache) == (0, OUT, "")
    # nothing was missing from them: not written again
    assert [os.stat(os.path.join(str(cache), "pyjanet", n)).st_mtime_ns
            for n in made] == stamps
    (tmp_path / "mod.janet").write_text(MOD2)
    assert run(tmp_path, cache) == (0, OUT2, "")
    assert records(cache) == made               # the module's record was replaced
    assert run(tmp_path, cache) == (0, OUT2, "")
    (tmp_path / "mod.janet").write_text(BAD)
    assert run(tmp_path, cache) == (1, "", BAD_ERR)
    assert run(tmp_path, cache) == (1, "", BAD_ERR)
    (tmp_path / "mod.janet").write_text(MOD)
    assert run(tmp_path, cache) == (0, OUT, "")


def test_unwritable_cache(tmp_path):
    (tmp_path / "script.janet").write_text(SCRIPT)
    (tmp_path / "mod.janet").write_text(MOD)
    (tmp_path / "not-a-dir").write_text("")
    assert run(tmp_path, tmp_path / "not-a-dir") == (0, OUT, "")
    assert run(tmp_path, tmp_path / "not-a-dir") == (0, OUT, "")


def test_damaged_record_is_rebuilt(tmp_path):
    (tmp_path / "script.janet").write_text(SCRIPT)
    (tmp_path / "mod.janet").write_text(MOD)
    cache = tmp_path / "cache"
    assert run(tmp_path, cache) == (0, OUT, "")
    for n in records(cache):
        with open(os.path.join(str(cache), "pyjanet", n), "r+b") as f:
            f.truncate(40)
    assert run(tmp_path, cache) == (0, OUT, "")
    assert run(tmp_path, cache) == (0, OUT, "")


def same(a, b):
    """a and b are the same forms: classes, values, positions, brackets."""
    if a.__class__ is not b.__class__:
        return False
    if isinstance(a, tuple):
        if a.__class__ is Tuple and (a.line, a.column, a.brackets) != (b.line, b.column,
                                                                       b.brackets):
            return False
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return (len(a) == len(b)
                and all(same(from_key(k), from_key(j)) and same(x, y)
                        for (k, x), (j, y) in zip(a.items(), b.items()))
                and same(getattr(a, "proto", None), getattr(b, "proto", None)))
    if isinstance(a, bytearray):
        return bytes(a) == bytes(b)     # (buffers compare by identity)
    if isinstance(a, (bytes, float, str)):
        return a == b
    return a is b       # nil, booleans, symbols, keywords (interned)


def test_recorded_forms_are_the_readers():
    files = glob.glob(os.path.join(ROOT, "tests", "conformance", "**", "*.janet"), recursive=True)
    files.append(os.path.join(ROOT, "pyjanet", "boot.janet"))
    checked = 0
    for path in files:
        with open(path, "rb") as f:
            try:
                items, err = read_program_bytewise(f.read(), path)
            except JanetError:          # (a case about such an error)
                continue
        for form, line, col in items:
            try:
                coded = encode(form)
            except NotData:     # an int/s64 literal: such a file gets no record
                continue
            assert same(decode(coded), form), (path, line, col)
            checked += 1
    assert checked > 1000
