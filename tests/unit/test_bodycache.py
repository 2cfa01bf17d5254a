"""The prelude-body cache (pyjanet/bodycache.py): a program whose prelude
macros and functions are compiled on first call gives the reference's output,
stack traces and frames on an empty cache, again from the records of those
bodies, with damaged records (ignored and rewritten) and with the cache off;
and the object graphs the records hold come back with their sharing and
cycles.

The expected outputs were recorded with the reference interpreter.
"""

import marshal
import os
import subprocess
import sys

from pyjanet import bodycache, compiler
from pyjanet.values import Array, Table, Tuple, Keyword, Symbol, Struct, FuncDef, kw

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SCRIPT = '(defn f [x] (case x 1 :one 2 :two :other))\n(print (f 2))\n(loop [i :range [0 3]] (prin i))\n(print)\n(match [1 2] [a b] (print (+ a b)))\n(pp (seq [x :in [1 2 3]] (* x x)))\n(def d (disasm when))\n(pp [(d :name) (d :arity) (d :min-arity) (d :max-arity) (d :vararg)])\n(pp (macex \'(when-let [a 1] (print a))))\n(let [[a b] [1 2]] (print (+ a b)))\n(print (string/join (map string (range 3)) ","))\n(pp (reduce + 0 (filter odd? [1 2 3 4 5])))\n(pp (try (update @{} :a (fn [x] (error "boom"))) ([e] e)))\n(update @{} :a (fn [x] (pp (map (fn [f] [(f :name) (f :source-line) (f :source-column)]) (debug/stack (fiber/current)))) 1))\n(def ee (curenv))\n(def fb (fiber/new (fn [] (eval \'(let [a] a) ee)) :e))\n(resume fb)\n(debug/stacktrace fb (fiber/last-value fb) "")\n(def fb2 (fiber/new (fn [] (eval \'(loop [x :bad 1] x) ee)) :e))\n(resume fb2)\n(debug/stacktrace fb2 (fiber/last-value fb2) "")\n(update @{} :a (fn [x] (error "boom")))\n'

OUT = 'two\n012\n3\n@[1 4 9]\n("when" 1 1 2147483647 true)\n(if (def a 1) (do (print a)) nil)\n3\n0,1,2\n9\n"boom"\n@[("debug/stack" 374 1) (nil 14 90) ("update" 1877 14) ("thunk" 14 1)]\n'

ERR = 'error: (macro) expected even number of bindings to let\n  in eval [boot.janet] (tail call) on line 3053, column 5\nerror: (macro) unexpected loop verb bad\n  in eval [boot.janet] (tail call) on line 3053, column 5\nerror: boom\n  in <anonymous> [script.janet] on line 22, column 24\n  in update [boot.janet] on line 1877, column 14\n  in thunk [script.janet] (tail call) on line 22, column 1\n'


def run(cwd, cache, **extra):
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONPATH=ROOT)
    env.pop("PYJANET_BODYCACHE", None)
    env.update(extra)
    p = subprocess.run([sys.executable, "-m", "pyjanet", "script.janet"], cwd=cwd, env=env,
                       capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def records(cache):
    d = os.path.join(str(cache), "pyjanet")
    names = sorted(n for n in os.listdir(d) if n.startswith(bodycache.PREFIX))
    return {n: os.stat(os.path.join(d, n)).st_mtime_ns for n in names}


def test_bodies_are_kept_and_used(tmp_path):
    (tmp_path / "script.janet").write_text(SCRIPT)
    cache = tmp_path / "cache"
    # the first run builds the prelude record (its bodies compile as part of
    # that build, and are not kept); the second compiles bodies from the
    # record and keeps them; the third reads them
    assert run(tmp_path, cache) == (1, OUT, ERR)
    assert run(tmp_path, cache) == (1, OUT, ERR)
    made = records(cache)
    assert len(made) > 10
    assert run(tmp_path, cache) == (1, OUT, ERR)
    assert records(cache) == made           # all used, none written again
    # damaged records are ignored, and written again
    d = os.path.join(str(cache), "pyjanet")
    for i, n in enumerate(made):
        with open(os.path.join(d, n), "r+b") as f:
            if i % 2:
                f.truncate(20)
            else:
                f.seek(40)
                f.write(b"\xff" * 64)
    assert run(tmp_path, cache) == (1, OUT, ERR)
    again = records(cache)
    assert set(again) == set(made) and all(again[n] != made[n] for n in made)
    assert run(tmp_path, cache) == (1, OUT, ERR)
    assert records(cache) == again


def test_cache_off(tmp_path):
    (tmp_path / "script.janet").write_text(SCRIPT)
    cache = tmp_path / "cache"
    assert run(tmp_path, cache, PYJANET_BODYCACHE="0") == (1, OUT, ERR)
    assert run(tmp_path, cache, PYJANET_BODYCACHE="0") == (1, OUT, ERR)
    assert records(cache) == {}


def _template_function(src, name, *args):
    """A function made the way generated code makes them (in the template
    globals), by the factory `src` defines."""
    ns = compiler.TEMPLATE_GLOBALS
    exec(src, ns)
    return ns.pop(name)(*args)


def test_graph_round_trip():
    env = Table()
    shared = Array([1.0, b"x"])
    frame = [None, shared]
    frame.append(frame)                     # a cycle through a list
    fdef = FuncDef("g", 1, 1, 1, "x.janet", 3, 4)
    fdef.form = Tuple([Symbol("fn"), Tuple([Symbol("x")])])
    fdef.form.line, fdef.form.column = 3, 4
    src = ("def mk(fr, k):\n"
           "    def jfn(x, y=k):\n"
           "        return jfn, fr, x, y\n"
           "    jfn.tag = fr\n"
           "    return jfn\n")
    fn = _template_function(src, "mk", frame, Struct({kw("a"): shared}))
    fn.__doc__ = fdef
    data = bodycache._dump(fn, env, 0, 0)
    rec = marshal.loads(data)
    back = bodycache._Reader(rec[3], env, lambda s: s).run(rec[2])
    assert back is not fn
    me, fr, x, y = back(7.0)
    assert me is back                       # its own cell holds itself
    assert x == 7.0 and fr is back.tag and fr[2] is fr and fr[1].__class__ is Array
    assert list(fr[1]) == [1.0, b"x"] and y[kw("a")] is fr[1]   # one shared array
    d = back.__doc__
    assert (d.__class__, d.name, d.min_arity, d.source, d.line, d.column) == \
        (FuncDef, "g", 1, "x.janet", 3, 4)
    assert d.form == fdef.form and (d.form.line, d.form.column) == (3, 4)
    assert back.__code__ is not None and back.__code__.co_code == fn.__code__.co_code


def test_unknown_objects_are_not_written():
    class Other:
        pass
    src = ("def mk(o):\n"
           "    def jfn():\n"
           "        return o\n"
           "    return jfn\n")
    fn = _template_function(src, "mk", Other())
    try:
        bodycache._dump(fn, Table(), 0, 0)
    except bodycache.Unsupported:
        return
    raise AssertionError("written")
