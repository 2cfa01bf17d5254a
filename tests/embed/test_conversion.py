"""Values crossing the Python boundary, both ways (the table of docs/embedding.md).

Janet-side expectations are the reference's printed forms (`%q` and `type`) of
the Janet literal each Python value must become, recorded with the reference
interpreter (e.g. `(printf "%q" (int/s64 "9007199254740993"))`).
"""

import math

import pytest

from pyjanet import (Janet, JanetError, JanetArray, JanetTable, JanetStruct, JanetFunction,
                     JanetFiber, kw, sym, Keyword, Symbol)


def show(j, value):
    """(type x) and (string/format "%q" x) of a Python value defined into Janet."""
    j.define("x", value)
    return j.eval('(string (type x) " " (string/format "%q" x))')


def py_function(a):
    return a


class Thing:
    pass


# Python value -> the reference's `type` and `%q` of the Janet value it becomes
TO_JANET = [
    (None, "nil nil"),
    (True, "boolean true"),
    (False, "boolean false"),
    (1, "number 1"),
    (-7, "number -7"),
    (2 ** 53, "number 9007199254740992"),
    (-2 ** 53, "number -9007199254740992"),
    (2 ** 53 + 1, "core/s64 <core/s64 9007199254740993>"),
    (-2 ** 63, "core/s64 <core/s64 -9223372036854775808>"),
    (2 ** 63, "core/u64 <core/u64 9223372036854775808>"),
    (2 ** 64 - 1, "core/u64 <core/u64 18446744073709551615>"),
    (1.5, "number 1.5"),
    (float("inf"), "number inf"),
    ("héllo", 'string "h\\xC3\\xA9llo"'),
    ("", 'string ""'),
    (b"ab", 'string "ab"'),
    (bytearray(b"ab"), 'buffer @"ab"'),
    ([1, "a"], 'array @[1 "a"]'),
    ([], "array @[]"),
    ((1, "a"), 'tuple (1 "a")'),
    ({"a": 1}, 'table @{"a" 1}'),
    ({kw("a"): [1]}, "table @{:a @[1]}"),
    ({1: None}, "table @{}"),
    ({"xs": [(1, 2), {}]}, 'table @{"xs" @[(1 2) @{}]}'),
    (kw("k"), "keyword :k"),
    (sym("s"), "symbol s"),
]


@pytest.mark.parametrize("value,expected", TO_JANET, ids=[repr(v)[:30] for v, _ in TO_JANET])
def test_python_to_janet(j, value, expected):
    assert show(j, value) == expected


def test_python_functions_become_cfunctions_and_other_objects_python_objects(j):
    assert show(j, py_function) == "cfunction <cfunction py_function>"
    assert show(j, {1, 2}) == "python <python set {1, 2}>"
    t = Thing()
    j.define("x", t)
    assert j.eval("(type x)") == kw("python")
    assert j.eval("(string x)").startswith("<python Thing <")
    # the object itself comes back
    assert j.eval("x") is t


def test_integers_beyond_64_bits_are_an_error(j):
    with pytest.raises(JanetError) as e:
        j.define("x", 2 ** 64)
    assert str(e.value) == ("integer 18446744073709551616 is out of range for a Janet "
                            "number, int/s64 or int/u64")


# Janet source -> the Python value it becomes (default session: strings str,
# numbers float, collections as views)
TO_PYTHON = [
    ("nil", None, type(None)),
    ("true", True, bool),
    ("false", False, bool),
    ("1", 1.0, float),
    ("1.5", 1.5, float),
    ('"abc"', "abc", str),
    ('"h\\xC3\\xA9"', "hé", str),
    ('"\\xFF"', "\udcff", str),
    ('@"buf"', bytearray(b"buf"), bytearray),
    (":k", kw("k"), Keyword),
    ("'s", sym("s"), Symbol),
    ("[1 :a]", (1.0, kw("a")), tuple),
    ("@[1 2]", [1.0, 2.0], JanetArray),
    ("{:a 1}", {kw("a"): 1.0}, JanetStruct),
    ('@{"a" 1}', {"a": 1.0}, JanetTable),
    ('(int/s64 "9007199254740993")', 2 ** 53 + 1, int),
    ('(int/u64 "18446744073709551615")', 2 ** 64 - 1, int),
]


@pytest.mark.parametrize("source,value,kind", TO_PYTHON, ids=[s for s, _, _ in TO_PYTHON])
def test_janet_to_python(j, source, value, kind):
    v = j.eval(source)
    assert isinstance(v, kind)
    assert v == value


def test_options_strings_as_bytes_and_integral_numbers_as_ints():
    j = Janet(strings="bytes", ints=True)
    assert j.eval('"abc"') == b"abc"
    v = j.eval("(+ 1 2)")
    assert v == 3 and type(v) is int
    assert type(j.eval("1.5")) is float
    assert j.eval("[1 2.5]") == (1, 2.5)
    assert type(j.eval("(/ 1 0)")) is float      # inf stays a float


def test_round_trip_through_janet(j):
    j.eval("(defn same [x] x)")
    for v in [None, True, 1.5, "text", "\udcff", (1.0, "a"), 2 ** 60 + 1, 2 ** 63,
              kw("k"), sym("s")]:
        assert j.call("same", v) == v
    assert j.call("same", b"raw") == "raw"       # bytes and str are both Janet strings
    assert j.call("same", [1, [2]]).to_python() == [1.0, [2.0]]
    assert j.call("same", {"a": {"b": 1}}).to_python() == {"a": {"b": 1.0}}


def test_array_view_shares_the_janet_array(j):
    arr = j.eval("(def arr @[1 2 3]) arr")
    assert isinstance(arr, JanetArray)
    assert len(arr) == 3 and arr[0] == 1.0 and arr[-1] == 3.0 and arr[1:] == [2.0, 3.0]
    assert list(arr) == [1.0, 2.0, 3.0]
    arr[0] = "one"
    arr.append(4)
    del arr[1]
    assert j.eval('(string/format "%q" arr)') == '@["one" 3 4]'
    j.eval("(array/push arr :five)")
    assert arr[-1] == kw("five") and len(arr) == 4
    with pytest.raises(IndexError):
        arr[10]
    assert arr.to_python() == ["one", 3.0, 4.0, kw("five")]
    assert j.eval("(= arr (same arr))") is True     # the view goes back as the array


def test_table_and_struct_views(j):
    t = j.eval('(def tab @{"a" 1 :b @[2]}) tab')
    assert isinstance(t, JanetTable)
    assert len(t) == 2 and t["a"] == 1.0 and t[kw("b")] == [2.0]
    assert set(t) == {"a", kw("b")}
    assert "a" in t and "zz" not in t
    t["c"] = [3]
    t["a"] = None            # like put: nil removes the key
    del t[kw("b")]
    assert j.eval('(string/format "%q" tab)') == '@{"c" @[3]}'
    with pytest.raises(KeyError):
        t["a"]
    s = j.eval("{:x 1 :y [1 2]}")
    assert isinstance(s, JanetStruct)
    assert dict(s) == {kw("x"): 1.0, kw("y"): (1.0, 2.0)}
    with pytest.raises(TypeError):
        s[kw("x")] = 2           # structs are immutable
    assert s.to_python() == {kw("x"): 1.0, kw("y"): (1.0, 2.0)}
    proto = j.eval("(table/setproto @{:own 1} @{:inherited 2})")
    assert dict(proto) == {kw("own"): 1.0} and dict(proto.proto) == {kw("inherited"): 2.0}


def test_deep_conversion(j):
    v = j.eval('@{"list" @[1 {:k "v"}] "tuple" [1 2]}')
    deep = j.to_python(v.janet, deep=True)
    assert deep == {"list": [1.0, {kw("k"): "v"}], "tuple": (1.0, 2.0)}
    assert type(deep["list"]) is list and type(deep["list"][1]) is dict


def test_fiber_is_a_python_iterator(j):
    f = j.eval("(coro (yield 1) (yield 2) 3)")
    assert isinstance(f, JanetFiber) and f.status == "new"
    assert list(f) == [1.0, 2.0]
    assert f.status == "dead"
    g = j.eval("(fiber/new (fn [x] (def y (yield (* x 2))) (+ y 1)))")
    assert g.resume(5) == 10.0 and g.status == "pending"
    assert g.resume(7) == 8.0 and g.status == "dead"
    bad = j.eval('(fiber/new (fn [] (yield 1) (error "inside")) :ye)')
    assert next(bad) == 1.0
    with pytest.raises(JanetError) as e:
        next(bad)
    assert str(e.value) == "inside" and bad.status == "error"
    gen = j.eval("(generate [i :range [0 3]] (* i i))")
    assert [x for x in gen] == [0.0, 1.0, 4.0]


def test_janet_function_is_a_python_callable(j):
    f = j.eval("(fn [a &named b] (string a (or b :none)))")
    assert isinstance(f, JanetFunction)
    assert f(1) == "1none"
    assert f(1, b=2) == "12"          # keyword arguments go to &named
    assert j.call("string/join", ["a", "b"], "-") == "a-b"


RETURNS = [
    (lambda: None, "nil nil"),
    (lambda: True, "boolean true"),
    (lambda: 42, "number 42"),
    (lambda: 2 ** 62, "core/s64 <core/s64 4611686018427387904>"),
    (lambda: 0.25, "number 0.25"),
    (lambda: "hello bob", 'string "hello bob"'),
    (lambda: b"raw", 'string "raw"'),
    (lambda: bytearray(b"buf"), 'buffer @"buf"'),
    (lambda: [1, [2]], "array @[1 @[2]]"),
    (lambda: (1, 2), "tuple (1 2)"),
    (lambda: {"k": [1]}, 'table @{"k" @[1]}'),
    (lambda: kw("done"), "keyword :done"),
]


@pytest.mark.parametrize("fn,expected", RETURNS, ids=[e for _, e in RETURNS])
def test_callback_results_are_converted(j, fn, expected):
    j.define("cb", fn)
    assert j.eval('(let [x (cb)] (string (type x) " " (string/format "%q" x)))') == expected


def test_callback_results_work_with_janet_functions(j):
    j.define("greet", lambda name: "hello " + name)
    assert j.eval('(string/ascii-upper (greet "bob"))') == "HELLO BOB"
    j.define("squares", lambda n: (i * i for i in range(int(n))))
    assert j.eval("(string/format \"%q\" (map inc (squares 4)))") == "@[1 2 5 10]"
    assert j.eval("(do (def acc @[]) (each x (squares 3) (array/push acc x)) (length acc))") == 3.0
    j.define("letters", lambda: {"b", "a"})
    assert j.eval("(string/format \"%q\" (sorted (map string/ascii-upper (letters))))") == \
        '@["A" "B"]'
    j.define("numbers", lambda: range(3))
    assert j.eval("(string/format \"%q\" (seq [x :in (numbers)] x))") == "@[0 1 2]"
    j.define("pairs_", lambda: {"a": 1, "b": 2})
    assert j.eval("(string/format \"%q\" (sorted (keys (pairs_))))") == '@["a" "b"]'


def test_callback_arguments(j):
    seen = []

    def record(*args, **kwargs):
        seen.append((args, kwargs))
        return len(args)

    j.define("record", record)
    j.eval('(record 1 "s" :k @[1 2] @{"a" 1} [1 2] nil)')
    args, kwargs = seen[-1]
    assert kwargs == {}
    assert args[:3] == (1.0, "s", kw("k"))
    assert isinstance(args[3], JanetArray) and args[3] == [1.0, 2.0]
    assert isinstance(args[4], JanetTable) and dict(args[4]) == {"a": 1.0}
    assert args[5:] == ((1.0, 2.0), None)
    j.eval("(record 1 (py/kw :sep \"-\" :n 2))")
    assert seen[-1] == ((1.0,), {"sep": "-", "n": 2})


def test_a_callback_can_change_a_janet_array(j):
    j.define("fill", lambda arr: arr.extend([1, 2]))
    assert j.eval('(def a @[]) (fill a) (string/format "%q" a)') == "@[1 2]"


def test_nan_crosses_as_nan(j):
    j.define("x", float("nan"))
    assert j.eval("(nan? x)") is True
    assert math.isnan(j.eval("x"))
