"""Errors across the boundary: Python exceptions in callbacks are Janet errors,
Janet errors reach Python as JanetError / ParseError / CompileError.

Janet-side texts (messages, positions) are the reference's: an uncaught
`(error {:a 1})` shows as `{:a 1}` (the reference's %q form), parse and compile
errors carry the positions the reference reports for the same file
(`conf.janet:2:4: parse error: unexpected end of source, ( opened at line 2,
column 1`, `conf.janet:2:3: compile error: unknown symbol foo`).
"""

import sys
import threading

import pytest

from pyjanet import Janet, JanetError, ParseError, CompileError, JanetStruct, kw


def boom():
    raise ValueError("bad")


@pytest.fixture
def jb(j):
    j.define("boom", boom)
    return j


def test_python_exception_is_caught_by_try(jb):
    assert jb.eval("(try (boom) ([e] (string \"caught: \" e)))") == "caught: ValueError: bad"


def test_python_exception_is_caught_by_protect(jb):
    assert jb.eval("(protect (boom))") == (False, "ValueError: bad")


def test_python_exception_is_caught_by_a_fiber_mask(jb):
    assert jb.eval("(def f (fiber/new (fn [] (boom)) :e)) [(resume f) (fiber/status f)]") == \
        ("ValueError: bad", kw("error"))


def test_uncaught_python_exception_comes_back_with_its_type_and_traceback(jb):
    with pytest.raises(ValueError) as e:
        jb.eval("(defn outer [] (boom) 1)\n(outer)", "app.janet")
    assert str(e.value) == "bad"
    # the traceback still shows where Python raised it
    assert e.traceback[-1].name == "boom"
    # and the Janet frames it passed through are kept beside it
    frames = [(f.name, f.source, f.line) for f in e.value.janet_trace]
    assert frames[1:] == [("outer", "app.janet", 1), ("thunk", "app.janet", 2)]
    if sys.version_info >= (3, 11):      # exception notes are new in 3.11
        assert "Janet stack:" in e.value.__notes__[0]


def test_janet_error_rethrown_after_catch_is_a_janet_error(jb):
    with pytest.raises(JanetError) as e:
        jb.eval("(try (boom) ([err] (error (string \"wrapped: \" err))))")
    assert str(e.value) == "wrapped: ValueError: bad"


def test_janet_error_raised_by_a_callback_keeps_its_value(j):
    def fail():
        raise JanetError(b"plain janet error")
    j.define("fail", fail)
    assert j.eval("(try (fail) ([e] e))") == "plain janet error"


def test_janet_error_attributes(j):
    with pytest.raises(JanetError) as e:
        j.eval('(defn f [] (error "boom"))\n(f)', "t.janet")
    err = e.value
    assert type(err) is JanetError
    assert str(err) == "boom" and err.value == "boom"
    assert [(f.name, f.source, f.line, f.column) for f in err.trace] == \
        [("f", "t.janet", 1, 12), ("thunk", "t.janet", 2, 1)]
    assert err.signal == "error"


def test_struct_error_values_print_as_janet_prints_them(j):
    with pytest.raises(JanetError) as e:
        j.eval("(error {:code 42 :msg \"no\"})")
    assert str(e.value) == '{:code 42 :msg "no"}'
    assert isinstance(e.value.value, JanetStruct) and e.value.value[kw("code")] == 42.0


def test_parse_error_has_file_line_and_column(j):
    with pytest.raises(ParseError) as e:
        j.eval("(def ok 1)\n(+ 1", "conf.janet")
    err = e.value
    assert str(err) == "unexpected end of source, ( opened at line 2, column 1"
    assert (err.file, err.line, err.column) == ("conf.janet", 2, 4)
    # forms before the parse error have run, as in the reference
    assert j.get("ok") == 1.0


def test_compile_error_has_file_line_and_column(j):
    with pytest.raises(CompileError) as e:
        j.eval("(print 1)\n  (foo 1)", "conf.janet")
    err = e.value
    assert str(err) == "unknown symbol foo"
    assert (err.file, err.line, err.column) == ("conf.janet", 2, 3)
    assert err.headline() == "conf.janet:2:3: compile error: unknown symbol foo"


def test_no_internal_object_reaches_python(j):
    # a top-level yield is an uncaught signal, not pyjanet.fiber.RootSignal
    with pytest.raises(JanetError) as e:
        j.eval("(yield 1)")
    assert type(e.value) is JanetError
    assert str(e.value) == "pending: 1" and e.value.signal == "pending"
    # a Janet function ending in a tail call returns its value, not a TailCall
    f = j.eval("(defn g [x] (+ x 1)) (fn [x] (g x))")
    assert f(1) == 2.0
    # frames carry no fiber
    with pytest.raises(JanetError) as e:
        j.eval("(error :x)")
    assert all(fr.fiber is None for fr in e.value.trace) and e.value.fiber is None


def test_recursion_limit_is_a_janet_error(j):
    j.eval("(defn deeper [n] (+ 1 (deeper n)))")
    with pytest.raises(JanetError) as e:
        j.call("deeper", 1)
    assert str(e.value) == "stack overflow"


def test_errors_from_a_second_thread(jb):
    out = []

    def work():
        try:
            jb.eval("(boom)")
        except ValueError as ex:
            out.append(str(ex))
    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert out == ["bad"]
