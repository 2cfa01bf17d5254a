"""Janet functions called from Python: arity errors, tail calls, deep recursion.

Arity texts are the reference's for a call from C (janet_call in vm.c), recorded
with the reference: `(defn f [a b] nil) (with-dyns [:out f] (print "x"))` gives
"arity mismatch in <function f>, expected 2, got 1"; a C function's own check
(capi.c) reads "arity mismatch, expected 1, got 2".
"""

import threading

import pytest

from pyjanet import Janet, JanetError

DEPTH = 100_000


@pytest.fixture(scope="module")
def jr():
    j = Janet()
    j.eval("(defn down [n] (if (= n 0) 0 (+ 1 (down (- n 1)))))")
    j.eval("(defn two [a b] nil) (defn some [a b &opt c] nil) (defn none [] nil)")
    return j


@pytest.mark.parametrize("name,args,message", [
    ("two", (1,), "arity mismatch in <function two>, expected 2, got 1"),
    ("some", (1,), "arity mismatch in <function some>, expected at least 2, got 1"),
    ("some", (1, 2, 3, 4), "arity mismatch in <function some>, expected at most 3, got 4"),
    ("none", (1,), "arity mismatch in <function none>, expected 0, got 1"),
    ("string/ascii-upper", ("a", "b"), "arity mismatch, expected 1, got 2"),
])
def test_arity_errors(jr, name, args, message):
    with pytest.raises(JanetError) as e:
        jr.call(name, *args)
    assert type(e.value) is JanetError and str(e.value) == message
    f = jr.get(name)
    with pytest.raises(JanetError) as e:
        f(*args)
    assert str(e.value) == message


def test_tail_calls_are_resolved(jr):
    jr.eval("(var od? nil) (defn ev? [n] (if (= n 0) true (od? (- n 1))))"
            "(set od? (fn [n] (if (= n 0) false (ev? (- n 1)))))")
    assert jr.call("ev?", 1_000_001) is False
    f = jr.eval("(fn [x] (string/ascii-upper x))")
    assert f("tail") == "TAIL"


def test_recursion_100000_deep_from_the_main_thread(jr):
    assert threading.current_thread() is threading.main_thread()
    assert jr.call("down", DEPTH) == float(DEPTH)
    assert jr.get("down")(DEPTH) == float(DEPTH)


def test_recursion_100000_deep_from_a_second_thread(jr):
    out = []
    t = threading.Thread(target=lambda: out.append(jr.call("down", DEPTH)))
    t.start()
    t.join()
    assert out == [float(DEPTH)]


def test_calls_from_several_threads_are_serialised(jr):
    jr.eval("(var counter 0) (defn bump [] (set counter (+ counter 1)))")
    threads = [threading.Thread(target=lambda: [jr.call("bump") for _ in range(50)])
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert jr.get("counter") == 200.0


def test_named_and_keys_arguments_from_python(jr):
    jr.eval("(defn opts [x &keys {:scale s}] (* x (or s 1)))")
    assert jr.call("opts", 2) == 2.0
    assert jr.call("opts", 2, scale=10) == 20.0
    f = jr.get("opts")
    assert f(3, scale=2) == 6.0


def test_a_callback_can_call_back_into_janet(jr):
    jr.define("twice", lambda f, x: f(f(x)))
    assert jr.eval("(twice inc 1)") == 3.0
    jr.define("nested", lambda: jr.eval("(+ 40 2)"))
    assert jr.eval("(nested)") == 42.0


def test_janet_called_back_from_python_cannot_yield(jr):
    # as the reference's janet_call: `(with-dyns [:out (fn [x] (yield 1))] (print "x"))`
    # fails with "1 coerced from yield to error"
    jr.define("callf", lambda g: g())
    assert jr.eval("(try (callf (fn [] (yield 1))) ([e] e))") == "1 coerced from yield to error"


def test_a_janet_function_called_from_the_top_may_wait_on_the_event_loop(jr):
    f = jr.eval("(fn [] (ev/sleep 0.001) :slept)")
    assert f() == jr.eval(":slept")


def test_python_calls_janet_back_under_the_command_line(tmp_path):
    import subprocess
    import sys
    script = tmp_path / "key.janet"
    script.write_text('(def sorted-py (get (py/import "builtins") :sorted))\n'
                      '(pp (sorted-py ["bb" "a" "ccc"] (py/kw :key (fn [s] (- (length s))))))\n'
                      '(print (try (sorted-py [1 2] (py/kw :key (fn [x] (yield x)))) ([e] e)))\n')
    p = subprocess.run([sys.executable, "-m", "pyjanet", str(script)], capture_output=True,
                       timeout=120)
    assert (p.stdout.decode(), p.stderr.decode(), p.returncode) == \
        ('@["ccc" "bb" "a"]\n1 coerced from yield to error\n', "", 0)


def test_the_host_keeps_its_recursion_limit_and_thread_stack_size():
    import sys
    from pyjanet import bigthread
    before = sys.getrecursionlimit()
    assert Janet().eval("(+ 1 2)") == 3.0
    assert sys.getrecursionlimit() == before
    # starting a big-stack thread puts the host's default stack size back
    # (stack_size(n) returns the previous size while setting n)
    size = threading.stack_size(123 * 4096)
    try:
        t = bigthread.start(lambda: None, "probe")
        t.join()
        assert threading.stack_size(123 * 4096) == 123 * 4096
    finally:
        threading.stack_size(size)
