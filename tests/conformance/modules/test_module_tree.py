"""Module acceptance tests: programs importing trees of module files.

The conformance cases run a single test.janet, so multi-file programs live here:
each test writes its files into a temporary directory, runs `pyjanet` on the
main file as a subprocess, and compares stdout, stderr and the exit status with
what the reference printed.  The expectations were produced with the reference
Janet 1.41 (/work/scratch/bin/janet) on the same files, by running
`janet main.janet` in the directory given as `cwd` below (the program's own
directory, or its parent for the `app/main.janet` run).
"""

import os
import subprocess
import sys

import pytest

# A three-module tree (lib/geometry imports lib/shapes/square and, through a
# `..` path, lib/shapes/circle, which imports its sibling square again) plus
# lib/util, imported with :as, :prefix, :only and :fresh.
TREE = {
    "app/main.janet": """\
(import ./lib/geometry :as geo)
(import ./lib/util :prefix "u-")
(import ./lib/util :as again)
(print "area: " (geo/area 3))
(print "circle: " (geo/circle-area 2))
(print "shout: " (u-shout "hi"))
(print "private hidden: " (nil? (dyn 'geo/secret)) " " (nil? (dyn 'u-helper)))
(print "re-exported: " (geo/square/square 5))
(print "loaded from: " geo/where)
(print "cache keys: " (string/join (sort (filter |(string/has-suffix? ".janet" $) (keys module/cache))) " "))
(import ./lib/util :only [shout] :prefix "o/")
(print "only: " (not (nil? (dyn 'o/shout))) " " (nil? (dyn 'o/counter)))
(import ./lib/util :fresh true :as fresh)
(print "counter after fresh: " fresh/counter " " u-counter)
(print "module/value: " (module/value (require "./lib/util") 'counter))
(print "value of private: " (module/value (require "./lib/geometry") 'secret) " "
       (module/value (require "./lib/geometry") 'secret true))
""",
    "app/lib/geometry.janet": """\
(import ./shapes/square :export true)
(import ../lib/shapes/circle :as c)
(print "loading geometry from " (dyn :current-file))
(def where (dyn :current-file))
(def- secret 42)
(defn area "Area of a square." [x] (square/square x))
(defn circle-area [r] (c/area r))
""",
    "app/lib/shapes/square.janet": """\
(print "loading square")
(defn square [x] (* x x))
""",
    "app/lib/shapes/circle.janet": """\
(import ./square)
(print "loading circle")
(defn area [r] (* 3 (square/square r)))
""",
    "app/lib/util.janet": """\
(print "loading util")
(var counter 0)
(++ counter)
(defn- helper [s] (string s "!"))
(defn shout [s] (helper (string/ascii-upper s)))
""",
}


def tree_output(prefix):
    return """\
loading square
loading circle
loading geometry from {p}lib/geometry.janet
loading util
area: 9
circle: 12
shout: HI!
private hidden: true true
re-exported: 25
loaded from: {p}lib/geometry.janet
cache keys: {p}lib/geometry.janet {p}lib/shapes/circle.janet {p}lib/shapes/square.janet {p}lib/util.janet
only: true true
loading util
counter after fresh: 1 1
module/value: 1
value of private:  42
""".format(p=prefix)


ERRORS = {
    "lib/bad.janet": """\
(def ok 1)
(defn explode [] (error "module failed"))
(explode)
""",
    "lib/broken.janet": """\
(def a 1)
(def b (+ a
""",
    "lib/uncompiled.janet": "(defn f [] (undefined-thing 1))\n",
    "err1.janet": '(print "before")\n(import ./lib/bad)\n(print "after")\n',
    "err2.janet": '(import ./lib/broken :exit true)\n(print "not reached")\n',
    "err3.janet": '(printf "%q" (protect (require "./lib/uncompiled")))\n(import ./lib/missing)\n',
    "circ/a.janet": "(import ./b) (def x 1)\n",
    "circ/b.janet": "(import ./a) (def y 2)\n",
    "circ/main.janet": "(import ./a)\n",
}

ERR1 = """\
error: module failed
  in explode [lib/bad.janet] on line 2, column 18
  in thunk [lib/bad.janet] (tail call) on line 3, column 1
  in dofile [boot.janet] (tail call) on line 3426, column 7
  in source-loader [boot.janet] on line 3438, column 15
  in require-1 [boot.janet] on line 3465, column 18
  in import* [boot.janet] on line 3498, column 15
  in thunk [err1.janet] (tail call) on line 2, column 1
"""

ERR2 = ("lib/broken.janet:3:0: parse error: unexpected end of source, "
        "( opened at line 2, column 8\n")

ERR3_OUT = ('(false "lib/uncompiled.janet:1:12: compile error: '
            'unknown symbol undefined-thing")\n')
ERR3 = """\
error: could not find module ./lib/missing:
    lib/missing.jimage
    lib/missing.janet
    lib/missing/init.janet
    lib/missing.so
  in require-1 [boot.janet] on line 3454, column 20
  in import* [boot.janet] on line 3498, column 15
  in thunk [err3.janet] (tail call) on line 2, column 1
"""

CIRC = """\
error: circular dependency a.janet detected
  in require-1 [boot.janet] on line 3461, column 7
  in import* [boot.janet] on line 3498, column 15
  in thunk [b.janet] (tail call) on line 1, column 1
  in dofile [boot.janet] (tail call) on line 3426, column 7
  in source-loader [boot.janet] on line 3438, column 15
  in require-1 [boot.janet] on line 3465, column 18
  in import* [boot.janet] on line 3498, column 15
  in thunk [a.janet] (tail call) on line 1, column 1
  in dofile [boot.janet] (tail call) on line 3426, column 7
  in source-loader [boot.janet] on line 3438, column 15
  in require-1 [boot.janet] on line 3465, column 18
  in import* [boot.janet] on line 3498, column 15
  in thunk [main.janet] (tail call) on line 1, column 1
"""


DOFILE = {
    "m.janet": '(def a 1) (print "in m " (dyn :current-file)) (setdyn :x 10)\n',
    "t.janet": """\
(def e (dofile "m.janet"))
(printf "%q %q %q" (e :source) (e :current-file) (e :x))
(def e2 (make-env))
(print (= e2 (dofile "m.janet" :env e2)))
(printf "%q" (e2 :source))
(def e3 (dofile "m.janet" :source "renamed.janet"))
(printf "%q %q" (e3 :source) (e3 :current-file))
(def f (file/open "m.janet"))
(def e4 (dofile f))
(printf "%q %q" (= f (e4 :source)) (e4 :current-file))
(def e5 (dofile "m.janet" :expander (fn [x] (printf "exp %q" x) x)))
(print (= root-env (table/getproto e)))
(dofile "m.janet" :env @{})
""",
}

DOFILE_OUT = """\
in m m.janet
"m.janet" "m.janet" 10
in m m.janet
true
"m.janet"
in m renamed.janet
"renamed.janet" "renamed.janet"
in m 
true nil
exp (def a 1)
exp (print "in m " (dyn :current-file))
in m m.janet
exp (setdyn :x 10)
true
"""

DOFILE_ERR = """\
error: m.janet:1:11: compile error: unknown symbol print
  in dofile [boot.janet] on line 3427, column 7
  in thunk [t.janet] (tail call) on line 13, column 1
"""


# module/cache entries found by the :preload path (a table, or a function the
# reference leaves uncalled on a cache hit), a custom loader added with
# module/add-paths, and require's :loader option.
LOADERS = {
    "data.txt": "hello from text\n",
    "t.janet": """\
(put module/cache "virt" @{'hi @{:value "virtual hi"}})
(import virt)
(print virt/hi)
(put module/cache "lazy" (fn [path & args] (printf "making %q %q" path args) @{'z @{:value 26}}))
(printf "%q" (first (protect (import lazy :as lz))))
(printf "%q" (require "lazy" :fresh true))
(printf "%q" (type (in module/cache "lazy")))
(put module/loaders :text (fn [path args] (printf "text loader %q %q" path args) @{'content @{:value (slurp path)}}))
(module/add-paths ".txt" :text)
(import ./data)
(prin data/content)
(printf "%q" (module/find "./data"))
(printf "%q" (require "data.txt" :loader :text))
(printf "%q" (protect (require "./data" :loader :nope)))
(printf "%q" (protect (require "./data" :loader 12)))
(import ./data.txt :as d2)
""",
}

LOADERS_OUT = """\
virtual hi
false
making "lazy" ((:fresh true))
@{z @{:value 26}}
:table
text loader "data.txt" ()
hello from text
("data.txt" :text)
@{content @{:value @"hello from text\\n"}}
(false "module type nope unknown")
(false "12 called with 2 arguments, possibly expected 1")
"""

LOADERS_ERR = """\
error: could not find module ./data.txt:
    data.txt.txt
    data.txt.jimage
    data.txt.janet
    data.txt/init.janet
    data.txt.so
  in require-1 [boot.janet] on line 3454, column 20
  in import* [boot.janet] on line 3498, column 15
  in thunk [t.janet] (tail call) on line 16, column 1
"""


def write_tree(root, files):
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def run_pyjanet(cwd, script):
    env = dict(os.environ)
    env.pop("JANET_PATH", None)
    p = subprocess.run([sys.executable, "-m", "pyjanet", script], cwd=str(cwd),
                       capture_output=True, timeout=120, stdin=subprocess.DEVNULL, env=env)
    return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
            p.returncode)


def test_tree_from_its_directory(tmp_path):
    write_tree(tmp_path, TREE)
    assert run_pyjanet(tmp_path / "app", "main.janet") == (tree_output(""), "", 0)


def test_tree_from_the_parent_directory(tmp_path):
    write_tree(tmp_path, TREE)
    assert run_pyjanet(tmp_path, "app/main.janet") == (tree_output("app/"), "", 0)


@pytest.mark.parametrize("script, expected", [
    ("err1.janet", ("before\n", ERR1, 1)),
    ("err2.janet", ("", ERR2, 1)),
    ("err3.janet", (ERR3_OUT, ERR3, 1)),
    ("circ/main.janet", None),
])
def test_module_errors(tmp_path, script, expected):
    write_tree(tmp_path, ERRORS)
    if script.startswith("circ/"):
        assert run_pyjanet(tmp_path / "circ", "main.janet") == ("", CIRC, 1)
    else:
        assert run_pyjanet(tmp_path, script) == expected


def test_dofile_options(tmp_path):
    write_tree(tmp_path, DOFILE)
    assert run_pyjanet(tmp_path, "t.janet") == (DOFILE_OUT, DOFILE_ERR, 1)


def test_preload_and_custom_loaders(tmp_path):
    write_tree(tmp_path, LOADERS)
    assert run_pyjanet(tmp_path, "t.janet") == (LOADERS_OUT, LOADERS_ERR, 1)
