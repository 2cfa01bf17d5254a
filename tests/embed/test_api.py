"""The Python embedding API: Janet(), eval, call, define, get, run_file, sessions."""

import subprocess
import sys

import pytest

from pyjanet import Janet, JanetError, JanetArray, kw


def test_eval_returns_python_values():
    j = Janet()
    assert j.eval("(+ 1 2)") == 3.0
    assert j.eval('(string "a" "b")') == "ab"
    assert j.eval("[1 :k]") == (1.0, kw("k"))
    arr = j.eval("@[1 2]")
    assert isinstance(arr, JanetArray) and list(arr) == [1.0, 2.0]


def test_definitions_persist_within_a_session_only():
    j = Janet()
    j.eval("(defn square [x] (* x x))")
    assert j.call("square", 7) == 49.0
    other = Janet()
    with pytest.raises(JanetError) as e:
        other.eval("(square 2)")
    assert str(e.value) == "unknown symbol square"


def test_define_converts_python_values():
    j = Janet()
    j.define("name", "world")
    j.define("n", 41)
    j.define("xs", [1, 2, 3])
    assert j.eval('(string "hello " name)') == "hello world"
    assert j.eval("(+ n 1)") == 42.0
    assert j.eval("(length xs)") == 3.0


def test_errors_raise_janet_error_with_the_message():
    j = Janet()
    with pytest.raises(JanetError) as e:
        j.eval('(error "boom")')
    assert str(e.value) == "boom"
    with pytest.raises(JanetError) as e:
        j.eval("(+ 1 :a)")
    assert str(e.value) == "could not find method :+ for 1 or :r+ for :a"


def test_run_file(tmp_path):
    p = tmp_path / "lib.janet"
    p.write_text("(def answer 42)\n(defn twice [x] (* 2 x))\n")
    j = Janet()
    j.run_file(str(p))
    assert j.call("twice", j.eval("answer")) == 84.0


def test_calling_builtins_by_name():
    j = Janet()
    assert j.call("string/ascii-upper", "abc") == "ABC"
    assert j.call("length", [1, 2]) == 2.0


def test_eval_runs_the_tasks_it_started():
    # like the reference's janet_dostring, eval returns once the event loop is idle
    j = Janet()
    j.eval("(def log @[])")
    assert j.eval("(ev/spawn (ev/sleep 0.01) (array/push log :task)) :top") == kw("top")
    assert list(j.eval("log")) == [kw("task")]
    assert j.eval("(def ch (ev/chan 1)) (ev/spawn (ev/give ch 42)) (ev/take ch)") == 42.0


def test_get_reads_a_binding_and_define_replaces_it():
    j = Janet()
    j.eval("(def x 1) (var y 2)")
    assert j.get("x") == 1.0 and j.get("y") == 2.0
    j.eval("(set y 3)")
    assert j.get("y") == 3.0
    with pytest.raises(JanetError) as e:
        j.get("nope")
    assert str(e.value) == "unknown symbol nope"


def test_output_is_flushed_before_eval_returns():
    # (in a process of its own: Janet's stdout is the process's)
    code = ("from pyjanet import Janet\n"
            "j = Janet()\n"
            "j.eval('(print \"from janet\")')\n"
            "print('from python')\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert (p.stdout, p.stderr) == (b"from janet\nfrom python\n", b"")


def test_define_keeps_a_python_docstring_for_doc():
    def area(w, h):
        """Width times height."""
        return w * h
    j = Janet()
    j.define("area", area)
    assert j.eval("(area 2 3)") == 6.0
    assert j.eval("(get (dyn 'area) :doc)") == "Width times height."
