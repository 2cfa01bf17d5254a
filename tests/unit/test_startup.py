"""The root environment a start rebuilds from the prelude record (pyjanet/boot.py)
is the one compiling boot.janet gives, and later starts do use the record.

Each run is a fresh process: the first, on an empty cache directory, compiles
the prelude (importing every namespace) and writes the record; the second
replays it (the namespaces loaded on first use stay unloaded).  Both describe
every binding of the root environment: name, metadata, and for a function its
name, arities and source position.
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DESCRIBE = r'''
import types
import pyjanet.boot as boot
from pyjanet.values import FuncDef, Table, Struct

def fn_text(f):
    d = f.__doc__
    info = getattr(f, "janet", None)
    if isinstance(d, FuncDef):
        return "function %r %d %d %d %r %d %d %r %r %r" % (
            d.name, d.min_arity, d.max_arity, d.arity, d.source, d.line, d.column,
            d.vararg, d.structarg, d.named_keys)
    if info is not None:
        return "cfunction %r %d %d %r %r %d %d" % (
            info.name, info.min_arity, info.max_arity, info.source, info.noframe,
            info.line, info.column)
    return "python function"

def text(v, depth=0):
    if isinstance(v, types.FunctionType):
        return fn_text(v)
    if isinstance(v, (Table, Struct)):
        if depth > 1:
            return "%s of %d" % (type(v).__name__, len(v))
        return "%s{%s}" % (type(v).__name__, ", ".join(
            "%s: %s" % (text(k, depth + 1), text(x, depth + 1)) for k, x in v.items()))
    if isinstance(v, (tuple, list)):
        return "%s[%s]" % (type(v).__name__, ", ".join(text(x, depth + 1) for x in v))
    if v is None or isinstance(v, (bool, float, bytes, str)) or type(v).__name__ in ("Symbol", "Keyword"):
        return repr(v)
    return type(v).__name__

env = boot.root_env()
for k, entry in env.items():
    print(repr(k), text(entry))
print("pending:", boot.lazy.is_pending("pyjanet.lib.ev"))
'''


def describe(cache):
    env = dict(os.environ, XDG_CACHE_HOME=cache, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-c", DESCRIBE], env=env, capture_output=True,
                          text=True, check=True).stdout.splitlines()


def test_replayed_root_environment_is_the_compiled_one(tmp_path):
    compiled = describe(str(tmp_path))
    replayed = describe(str(tmp_path))
    assert compiled[-1] == "pending: False"
    assert replayed[-1] == "pending: True"
    assert len(compiled) > 500
    assert replayed == compiled[:-1] + ["pending: True"]


def test_no_cache_directory(tmp_path):
    # a cache that cannot be written: every start compiles the prelude
    first = describe("/proc/pyjanet-no-cache")
    assert first[-1] == "pending: False"
    assert first == describe(str(tmp_path))


COUNT_COMPILES = r'''
import sys
import pyjanet.compiler as C
from pyjanet.__main__ import main
compile_source = C._compile_source

def counted(text, name):
    sys.stderr.write("compiled\n")
    return compile_source(text, name)

C._compile_source = counted
main(sys.argv[1:])
'''


def test_cli_keeps_the_function_tiers_code(tmp_path):
    # the CLI ends with os._exit (no atexit): it writes the code caches itself,
    # so a second run of the same program compiles no Python code
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), PYTHONPATH=ROOT)
    prog = "(defn f [x] (if (< x 2) x (+ (f (- x 1)) (f (- x 2))))) (print (f 10))"
    runs = [subprocess.run([sys.executable, "-c", COUNT_COMPILES, "-e", prog], env=env,
                           capture_output=True, text=True) for _ in range(2)]
    assert [r.stdout for r in runs] == ["55\n", "55\n"]
    assert "compiled" in runs[0].stderr
    assert runs[1].stderr == ""
