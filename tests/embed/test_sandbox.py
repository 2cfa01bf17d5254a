"""Sandboxed embedding sessions and time limits (pyjanet/limits.py, pyjanet/sandbox.py).

Janet(strings="bytes", sandbox=...) starts a session whose scripts are denied capabilities, with
the reference's error text; `timeout=` on eval, run_file and call stops a
script that runs too long, and the session stays usable.  The texts compared
are the reference's ("operation forbidden by sandbox", "unknown capability
:x") or pyjanet's own for what the reference lacks ("time limit exceeded").
"""

import pytest

from pyjanet import Janet, JanetError
from pyjanet.limits import TimeLimitExceeded
from pyjanet.sandbox import (sandbox_assert, SANDBOX_PYTHON, SANDBOX_ALL, CAPABILITIES,
                             SANDBOX_FS, SANDBOX_NET, SANDBOX_FFI)
from pyjanet.values import kw

FORBIDDEN = "operation forbidden by sandbox"


def forbidden(j, src):
    with pytest.raises(JanetError) as e:
        j.eval(src)
    return str(e.value)


# --------------------------------------------------------------------------
# Capabilities of a session

@pytest.mark.parametrize("cap, src", [
    ("fs", '(slurp "/etc/hostname")'),
    ("fs-read", '(os/stat "/")'),
    ("fs-write", '(os/mkdir "/tmp/pyjanet-sandbox-never")'),
    ("fs-temp", "(file/temp)"),
    ("env", '(os/getenv "HOME")'),
    ("env", "(os/environ)"),
    ("hrtime", "(os/clock)"),
    ("subprocess", '(os/execute ["true"] :p)'),
    ("subprocess", '(os/shell "true")'),
    ("net", '(net/connect "127.0.0.1" 1)'),
    ("net-listen", '(net/listen "127.0.0.1" 0)'),
    ("net-connect", '(net/address "127.0.0.1" 80)'),
    ("threads", "(ev/thread (fn [] 1))"),
    ("unmarshal", "(unmarshal (marshal 1))"),
    ("compile", "(eval '(+ 1 2))"),
    ("sandbox", "(sandbox :env)"),
])
def test_a_sandboxed_session_is_denied_each_capability(cap, src):
    j = Janet(strings="bytes", sandbox=[cap])
    assert forbidden(j, src) == FORBIDDEN
    # and the error is a Janet error inside the script
    assert j.eval("(protect %s)" % src) == (False, FORBIDDEN.encode())


def test_what_is_not_forbidden_still_works():
    j = Janet(strings="bytes", sandbox=["fs", "net", "subprocess"])
    assert j.eval("(+ 1 2)") == 3.0
    assert j.eval('(os/getenv "PYJANET_SANDBOX_SURELY_UNSET" "dflt")') == b"dflt"
    assert j.eval("(type (os/clock))") == kw("number")


def test_the_option_takes_names_in_several_spellings():
    for option in ("env", ":env", b"env", kw("env"), ["env"], (":env", "fs")):
        j = Janet(strings="bytes", sandbox=option)
        assert forbidden(j, '(os/getenv "HOME")') == FORBIDDEN
    from pyjanet.sandbox import SANDBOX_ENV, SANDBOX_HRTIME
    j = Janet(strings="bytes", sandbox=SANDBOX_ENV | SANDBOX_HRTIME)
    assert forbidden(j, '(os/getenv "HOME")') == FORBIDDEN
    assert forbidden(j, "(os/clock)") == FORBIDDEN
    assert j.eval('(type (os/time))') == kw("number")
    assert Janet(strings="bytes", sandbox=None).eval('(type (os/getenv "HOME" ""))') == kw("string")
    assert Janet(strings="bytes", sandbox=False).eval('(type (os/getenv "HOME" ""))') == kw("string")
    assert Janet(strings="bytes", sandbox=[]).eval('(type (os/getenv "HOME" ""))') == kw("string")


def test_all_and_true_forbid_everything_but_the_host_still_evaluates():
    for option in ("all", True, [":all"]):
        j = Janet(strings="bytes", sandbox=option)
        # the host's own eval compiles, as janet_dostring does in the reference
        assert j.eval("(+ 1 2)") == 3.0
        assert j.call("string/ascii-upper", b"abc") == b"ABC"
        for src in ('(slurp "/etc/hostname")', '(os/getenv "HOME")', "(eval 1)",
                    '(os/execute ["true"] :p)', "(sandbox)", "(os/clock)"):
            assert forbidden(j, src) == FORBIDDEN


def test_an_unknown_capability_is_a_value_error_with_the_reference_text():
    with pytest.raises(ValueError) as e:
        Janet(strings="bytes", sandbox=["fs", "bogus"])
    assert str(e.value) == "unknown capability :bogus"
    with pytest.raises(TypeError):
        Janet(strings="bytes", sandbox=[1])


def test_one_session_sandboxed_does_not_sandbox_another():
    locked = Janet(strings="bytes", sandbox="env")
    free = Janet(strings="bytes")
    assert forbidden(locked, '(os/getenv "HOME")') == FORBIDDEN
    assert free.eval('(type (os/getenv "HOME" ""))') == kw("string")
    assert forbidden(locked, '(os/getenv "HOME")') == FORBIDDEN


def test_sandbox_in_a_script_restricts_its_session_only():
    a = Janet(strings="bytes")
    b = Janet(strings="bytes")
    a.eval("(sandbox :hrtime)")
    assert forbidden(a, "(os/clock)") == FORBIDDEN
    assert b.eval("(type (os/clock))") == kw("number")
    # for good: a later call of the same session is still restricted
    assert forbidden(a, "(os/clock)") == FORBIDDEN
    # and a session's sandbox only ever grows
    c = Janet(strings="bytes", sandbox="env")
    c.eval("(sandbox :hrtime)")
    assert forbidden(c, "(os/clock)") == FORBIDDEN
    assert forbidden(c, '(os/getenv "HOME")') == FORBIDDEN


def test_python_capability_and_all_include_it():
    assert CAPABILITIES["python"] == SANDBOX_PYTHON
    assert SANDBOX_ALL & SANDBOX_PYTHON
    assert CAPABILITIES["fs"] == SANDBOX_FS
    assert CAPABILITIES["net"] == SANDBOX_NET
    assert CAPABILITIES["ffi"] == SANDBOX_FFI

    def python_thing():
        # what the py/ namespace asks before reaching Python
        sandbox_assert(SANDBOX_PYTHON)
        return b"reached"

    for option, expect in ((None, b"reached"), ("python", None), ("all", None),
                           ("fs", b"reached")):
        j = Janet(strings="bytes", sandbox=option)
        j.define("python-thing", python_thing)
        if expect is None:
            assert forbidden(j, "(python-thing)") == FORBIDDEN
        else:
            assert j.eval("(python-thing)") == expect
    # `sandbox` accepts :python, pyjanet's own name
    j = Janet(strings="bytes")
    j.define("python-thing", python_thing)
    assert j.eval("(python-thing)") == b"reached"
    j.eval("(sandbox :python)")
    assert forbidden(j, "(python-thing)") == FORBIDDEN


def test_a_callback_runs_with_the_host_s_rights():
    # a Python function the host hands to a sandboxed script may do what the
    # host allows it to: here it reads the environment for the script
    import os
    j = Janet(strings="bytes", sandbox="all")
    j.define("home", lambda: os.environ.get("HOME", "").encode())
    assert j.eval("(home)") == os.environ.get("HOME", "").encode()


def test_a_sandboxed_call_nested_in_another_session():
    trusted = Janet(strings="bytes")
    untrusted = Janet(strings="bytes", sandbox="env")
    trusted.define("run-untrusted", lambda src: untrusted.eval(src))
    # the nested call is sandboxed, the caller is not (the callback returned)
    assert trusted.eval('(protect (run-untrusted "(os/getenv `HOME`)"))') == (
        False, FORBIDDEN.encode())
    assert trusted.eval('(type (os/getenv "HOME" ""))') == kw("string")
    # a task the nested call leaves behind runs under its sandbox; the rest of
    # the enclosing call is restricted too
    trusted.eval("(def ch (ev/chan 1))")
    untrusted.define("ch", trusted.eval("ch"))
    got = trusted.eval("""
        (def out @[])
        (run-untrusted "(ev/spawn (ev/sleep 0) (ev/give ch (protect (os/getenv `HOME`))))")
        (array/push out (ev/take ch))
        (array/push out (protect (os/getenv "HOME")))
        out""")
    assert list(got) == [(False, FORBIDDEN.encode()), (False, FORBIDDEN.encode())]
    # the next call of the trusted session has its rights back
    assert trusted.eval('(type (os/getenv "HOME" ""))') == kw("string")


# --------------------------------------------------------------------------
# Time limits

@pytest.mark.parametrize("src", [
    "(while true)",
    "(forever nil)",
    "(forever (try (forever nil) ([e] nil)))",
    "(defn f [n] (if (= n 0) 0 (+ 1 (f (- n 1))))) (forever (f 500))",
    "(def g (fiber/new (fn [] (forever (yield 1))))) (forever (resume g))",
    "(loop [i :range [0 1e15]] nil)",
    "(ev/spawn (forever nil)) (ev/sleep 0)",
    "(ev/with-deadline 1e6 (forever nil))",
    "(forever (protect (forever (ev/sleep 0))))",
])
def test_a_busy_script_is_stopped(src):
    j = Janet(strings="bytes")
    with pytest.raises(TimeLimitExceeded) as e:
        j.eval(src, timeout=0.2)
    assert str(e.value) == "time limit exceeded"
    assert isinstance(e.value, JanetError)
    assert e.value.seconds == 0.2
    # the session goes on, with its definitions
    j.eval("(def after 41)")
    assert j.eval("(+ after 1)") == 42.0


@pytest.mark.parametrize("src", [
    "(ev/sleep 30) (reached)",
    "(try (ev/sleep 30) ([e] nil)) (reached)",
    "(ev/take (ev/chan)) (reached)",
    "(ev/spawn (ev/sleep 30) (reached)) 1",
    "(def [r w] (os/pipe)) (ev/read r 1) (reached)",
])
def test_a_waiting_script_is_stopped(src):
    j = Janet(strings="bytes")
    seen = []
    j.define("reached", lambda: seen.append(1))
    with pytest.raises(TimeLimitExceeded):
        j.eval(src, timeout=0.2)
    assert seen == []
    # the tasks it left are gone: the next eval does not wait for them
    assert j.eval("(ev/sleep 0) :next") == kw("next")
    assert seen == []


def test_a_script_within_its_time_returns_its_value():
    j = Janet(strings="bytes")
    assert j.eval("(+ 1 2)", timeout=30) == 3.0
    assert j.eval("(ev/sleep 0.01) :slept", timeout=30) == kw("slept")
    assert j.eval("(ev/spawn (ev/sleep 0.01)) :done", timeout=30) == kw("done")
    # nothing of the limit is left behind: a later eval without one is unhurried
    assert j.eval("(ev/sleep 0.01) (+ 1 1)") == 2.0


def test_call_and_run_file_take_a_timeout(tmp_path):
    j = Janet(strings="bytes")
    j.eval("(defn spin [] (forever nil)) (defn add [a b] (+ a b))")
    with pytest.raises(TimeLimitExceeded):
        j.call("spin", timeout=0.2)
    assert j.call("add", 1, 2, timeout=30) == 3.0
    p = tmp_path / "spin.janet"
    p.write_text("(def x 1)\n(forever nil)\n")
    with pytest.raises(TimeLimitExceeded):
        j.run_file(str(p), timeout=0.2)
    assert j.eval("x") == 1.0


def test_the_script_cannot_catch_the_limit():
    j = Janet(strings="bytes")
    seen = []
    j.define("note", lambda e: seen.append(e))
    with pytest.raises(TimeLimitExceeded):
        j.eval("(forever (try (forever nil) ([e] (note e))))", timeout=0.2)
    assert seen == []
    with pytest.raises(TimeLimitExceeded):
        j.eval("(def f (fiber/new (fn [] (forever nil)) :a)) (resume f) (note :after)",
               timeout=0.2)
    assert seen == []


def test_a_timed_out_sandboxed_session_stays_sandboxed():
    j = Janet(strings="bytes", sandbox="env")
    with pytest.raises(TimeLimitExceeded):
        j.eval("(forever nil)", timeout=0.1)
    assert forbidden(j, '(os/getenv "HOME")') == FORBIDDEN
    assert Janet(strings="bytes").eval('(type (os/getenv "HOME" ""))') == kw("string")


def test_nested_limits_each_stop_their_own_call():
    outer = Janet(strings="bytes")
    inner = Janet(strings="bytes")
    outer.define("inner-spin", lambda: inner.eval("(forever nil)", timeout=0.1))
    # the inner call's limit reaches the outer script as a Janet error it may
    # catch; the outer limit then stops the outer call
    got = outer.eval("(protect (inner-spin))", timeout=30)
    assert got == (False, b"time limit exceeded")
    with pytest.raises(TimeLimitExceeded) as e:
        outer.eval("(try (inner-spin) ([e] nil)) (forever nil)", timeout=0.3)
    assert e.value.seconds == 0.3


def test_a_bad_timeout_is_refused():
    j = Janet(strings="bytes")
    for bad in (-1, float("nan")):
        with pytest.raises(ValueError) as e:
            j.eval("1", timeout=bad)
        assert str(e.value) == "timeout must be a non-negative number of seconds"
    # no call takes no time at all
    with pytest.raises(TimeLimitExceeded):
        j.eval("1", timeout=0)
    assert j.eval("1") == 1.0


def test_interrupting_deadlines_of_scripts_still_work():
    j = Janet(strings="bytes")
    assert j.eval("(ev/deadline 0.05 nil nil true) (protect (forever nil))", timeout=30) == (
        False, b"deadline expired")


def test_a_stream_a_stopped_script_was_reading_can_be_read_again():
    j = Janet(strings="bytes")
    with pytest.raises(TimeLimitExceeded):
        j.eval("(def [r w] (os/pipe)) (ev/read r 1)", timeout=0.2)
    assert j.eval('(ev/write w "x") (ev/read r 1)', timeout=30) == bytearray(b"x")


@pytest.mark.parametrize("src", [
    "(with-dyns [:x 1] (forever nil))",
    "(map (fn [x] (forever nil)) [1 2])",
    '(string/replace-all "a" (fn [&] (forever nil)) "aaa")',
    "(sort @[3 2 1] (fn [a b] (forever nil)))",
    "(defer (print 1) (forever nil))",
])
def test_the_session_is_whole_after_a_stop_inside_builtins_and_fibers(src):
    j = Janet(strings="bytes")
    with pytest.raises(TimeLimitExceeded):
        j.eval(src, timeout=0.2)
    assert j.eval("[(dyn :x) (fiber/status (fiber/current)) (protect (error 1))]") == (
        None, kw("alive"), (False, 1.0))
    assert list(j.eval("(map inc [1 2])")) == [2.0, 3.0]
    assert j.eval("(def f (coro (yield 1) 2)) [(resume f) (resume f)]") == (1.0, 2.0)
    assert j.eval("(ev/spawn 1) (ev/sleep 0) :ok") == kw("ok")


@pytest.mark.parametrize("src", [
    "(ev/with-deadline 100 (ev/sleep 1000))",
    "(ev/deadline 100) (ev/sleep 1000)",
    '(os/execute ["sleep" "40"] :p)',
    "(ev/spawn (ev/sleep 100)) (ev/spawn (ev/take (ev/chan))) (forever nil)",
])
def test_nothing_the_stopped_call_left_keeps_the_next_one_waiting(src):
    j = Janet(strings="bytes")
    tasks = j.eval("(length (ev/all-tasks))")
    with pytest.raises(TimeLimitExceeded):
        j.eval(src, timeout=0.2)
    # a leftover timer, task or watched process would hold this eval up past
    # its own limit
    assert j.eval("(ev/sleep 0) :next", timeout=30) == kw("next")
    assert j.eval("(length (ev/all-tasks))") == tasks


def test_tasks_from_before_a_stopped_nested_call_go_on():
    outer = Janet(strings="bytes")
    inner = Janet(strings="bytes")
    outer.define("spin", lambda: inner.eval("(ev/spawn (forever (ev/sleep 0))) (forever nil)",
                                            timeout=0.1))
    got = outer.eval("""
        (def ch (ev/chan))
        (def out @[])
        (ev/spawn (array/push out (ev/take ch)))
        (array/push out (protect (spin)))
        (ev/give ch :given)
        (ev/sleep 0)
        out""", timeout=30)
    assert list(got) == [(False, b"time limit exceeded"), kw("given")]
