"""The REPL debugger (`-d`) driven through a pipe, against the reference.

Each case runs `python -m pyjanet -d -q ARGS` in tests/cli/data with the
case's commands on standard input, and compares standard output, standard
error and the exit status with what the reference printed for the same input,
stored in EXPECTED below.  The sessions stop at `(debug)`, at breakpoints set
with `debug/fbreak`, `debug/break` and `.break`, and at errors, and use the
dot-commands whose output the reference and pyjanet share.  Frames are
compared field by field, leaving out `:pc` and `:slots` (bytecode offsets and
registers, which pyjanet does not have: docs/host.md); the address of a
fiber is normalised.

Regenerate the expectations (after adding a case) with
    JANET_REF=/work/ref/janet/build/janet python tests/cli/test_debugger.py
"""

import os
import re
import subprocess
import sys

import pytest

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

# the fields of a stack frame both give
_FRAME = "[(fr :name) (fr :source) (fr :source-line) (fr :source-column) (fr :tail) (fr :locals)]"


def _frame(n):
    return "(let [fr (.frame %d)] %s)\n" % (n, _FRAME)


# name: (arguments after -d -q, standard input)
CASES = {
    # a (debug) call inside a function
    "debug-call": ([], (
        "(defn f [x] (def y (+ x 1)) (debug) (* y 2))\n"
        "(f 10)\n"
        "(.locals)\n(.fn)\n(.signal)\n(.stack)\n" + _frame(0) + _frame(1) +
        "(.locals 1)\n(.fn 1)\n(= (.fn) f)\n"
        "(.next)\n"
        "(fiber/status (.fiber))\n"
        "(quit)\n"
        "(print \"back in the repl\")\n")),
    # a breakpoint on a function's first instruction, then steps
    "fbreak-step": ([], (
        "(defn g [a]\n  (def b (* a 2))\n  (def c (+ b 1))\n  (print \"c is \" c)\n  (+ b c))\n"
        "(debug/fbreak g)\n"
        "(g 5)\n"
        "(.locals)\n(.step)\n(.locals)\n(.step)\n(.locals)\n(.step 2)\n(.locals)\n"
        "(.next)\n"
        "(quit)\n"
        "(g 1)\n(.fn)\n(.clear)\n(.next)\n(quit)\n"
        "(g 2)\n")),
    # .break sets a breakpoint where a step stopped; .clear removes the first
    "break-clear": ([], (
        "(defn m [x]\n  (def y (inc x))\n  (def w (* y y))\n  w)\n"
        "(debug/fbreak m)\n"
        "(m 2)\n(.step)\n(.locals)\n(.break)\n(.next)\n"
        "(m 3)\n(.locals)\n(.clear)\n(.next)\n")),
    # an error stops in the debugger; errors in the debugger nest debuggers
    "error-stop": ([], (
        "(defn h [x] (def z (string \"v\" x)) (error (string \"boom \" z)))\n"
        "(defn k [n] (h n) n)\n"
        "(k 3)\n"
        "(.signal)\n(.locals)\n(.fn)\n(.fn 1)\n(.locals 1)\n(.stack)\n" + _frame(1) +
        "(fiber/status (.fiber))\n"
        "(.next)\n"
        "(.step)\n"
        "(quit)\n(quit)\n"
        "(.frame 5)\n(.locals 7)\n(.fn 9)\n(.next 2)\n(.step :x)\n(.source)\n")),
    # a breakpoint at a source position of a loaded module
    "break-position": (["-l", "./dbglib"], (
        "(debug/break \"dbglib.janet\" 3 10)\n"
        "(run 4)\n"
        "(.locals)\n(.fn)\n(.fn 1)\n(.locals 1)\n" + _frame(0) + _frame(1) +
        "(.stack)\n(.signal)\n(.step)\n(.locals)\n(.next)\n"
        "(debug/unbreak \"dbglib.janet\" 3 10)\n"
        "(run 5)\n")),
    # .source, .nextc and .next with a count
    "source-nextc": (["-l", "./dbglib"], (
        "(debug/break \"dbglib.janet\" 3 10)\n"
        "(run 4)\n(.source)\n(.source 1)\n(.nextc)\n"
        "(run 5)\n"
        "(debug/fbreak scale)\n(debug/break \"dbglib.janet\" 3 10)\n"
        "(run 1)\n(.next 2)\n(fiber/status (.fiber))\n"
        "(debug/unfbreak scale)\n(run 2)\n(.signal)\n(.next)\n")),
    # a (debug) in a fiber the REPL resumes, and in a coroutine's tail call
    "fibers": ([], (
        "(defn work [n] (def m (* n 2)) (debug) (+ m 1))\n"
        "(def f (fiber/new (fn [] (work 3))))\n"
        "(resume f)\n(.stack)\n(.locals)\n(fiber/status (.fiber))\n(.next)\n"
        "(fiber/status f)\n(quit)\n"
        "(def c (coro (yield 1) (work 4)))\n"
        "(resume c)\n(resume c)\n(.locals)\n(.stack)\n(.next)\n")),
}

_ADDR = re.compile(r"0x[0-9A-Fa-f]{6,16}")


def normalize(text):
    return _ADDR.sub("0xADDR", text)


def run(cmd, args, stdin):
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "JANET_PATH", "JANET_PROFILE", "JANET_HISTFILE")}
    p = subprocess.run(cmd + ["-d", "-q"] + list(args), input=stdin.encode(),
                       capture_output=True, env=env, cwd=DATA, timeout=60)
    return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
            p.returncode)


@pytest.mark.parametrize("name", sorted(CASES))
def test_debugger_session_matches_reference(name):
    assert name in EXPECTED, "no expectation for %s: regenerate EXPECTED" % name
    args, stdin = CASES[name]
    out, err, rc = run([sys.executable, "-m", "pyjanet"], args, stdin)
    want = EXPECTED[name]
    assert (normalize(out), normalize(err), rc) == \
        (normalize(want[0]), normalize(want[1]), want[2])


def regenerate(ref):
    """Rewrite EXPECTED in this file from the reference at `ref`."""
    lines = ["EXPECTED = {"]
    for name, (args, stdin) in CASES.items():
        out, err, rc = run([ref], args, stdin)
        lines.append("    %r: (%r,\n        %r, %d)," % (name, out, err, rc))
    lines.append("}")
    path = os.path.abspath(__file__)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("\nEXPECTED = {") + 1
    end = text.index("\n}\n", start) + 2
    text = text[:start] + "\n".join(lines) + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# Generated by running the reference (see the module docstring); do not edit.
EXPECTED = {
    'debug-call': ('<function f>\n@{x 10 y 11}\n<function f>\nnil\n\n\nnil\n("f" "repl" 1 29 nil @{x 10 y 11})\n("thunk" "repl" 2 1 true nil)\nnil\n<function thunk>\ntrue\n22\n:dead\nnil\nback in the repl\nnil\n',
        'debug: \n  in f [repl] on line 1, column 29\n  in thunk [repl] (tail call) on line 2, column 1\nentering debug[1] - (quit) to exit\ndebug: \n  in f [repl] on line 1, column 29\n  in thunk [repl] (tail call) on line 2, column 1\nexiting debug[1]\n', 0),
    'fbreak-step': ('<function g>\nnil\n@{a 5}\nnil\n@{a 5}\nnil\n@{a 5 b 10}\nnil\n@{a 5 b 10 c 11}\nc is 11\n21\nnil\n<function g>\nnil\nc is 3\n5\nnil\nc is 5\n9\n',
        'debug: \n  in g [repl] on line 2, column 10\n  in thunk [repl] (tail call) on line 7, column 1\nentering debug[1] - (quit) to exit\nexiting debug[1]\ndebug: \n  in g [repl] on line 2, column 10\n  in thunk [repl] (tail call) on line 8, column 1\nentering debug[1] - (quit) to exit\ncleared breakpoint in <function g> at pc=0\nexiting debug[1]\n', 0),
    'break-clear': ('<function m>\nnil\nnil\n@{x 2}\nnil\n9\n@{x 3}\nnil\nnil\n16\n',
        'debug: \n  in m [repl] on line 2, column 10\n  in thunk [repl] (tail call) on line 6, column 1\nentering debug[1] - (quit) to exit\nset breakpoint in <function m> at pc=1\ndebug: \n  in m [repl] on line 2, column 10\n  in thunk [<anonymous>] (tail call) on line 5, column 1\nentering debug[2] - (quit) to exit\ncleared breakpoint in <function m> at pc=0\nexiting debug[2]\nexiting debug[1]\n', 0),
    'error-stop': ('<function h>\n<function k>\n"boom v3"\n@{x 3 z "v3"}\n<function h>\n<function k>\n@{n 3}\n\n\nnil\n("k" "repl" 2 13 nil @{n 3})\n:error\nnil\nnil\n',
        'error: boom v3\n  in h [repl] on line 1, column 36\n  in k [repl] on line 2, column 13\n  in thunk [repl] (tail call) on line 3, column 1\nentering debug[1] - (quit) to exit\nerror: boom v3\n  in h [repl] on line 1, column 36\n  in k [repl] on line 2, column 13\n  in thunk [repl] (tail call) on line 3, column 1\nerror: cannot resume fiber with status :error\n  in .next [boot.janet] on line 4086, column 14\n  in thunk [<anonymous>] (tail call) on line 9, column 1\nentering debug[2] - (quit) to exit\nerror: cannot step fiber with status :error\n  in debug/step [src/core/debug.c] on line 432\n  in .step [boot.janet] on line 4100, column 14\n  in thunk [<anonymous>] (tail call) on line 1, column 1\nentering debug[3] - (quit) to exit\nexiting debug[3]\nexiting debug[2]\nerror: expected integer key for array in range [0, 3), got 5\n  in .frame [boot.janet] on line 3951, column 3\n  in thunk [<anonymous>] (tail call) on line 10, column 1\nentering debug[2] - (quit) to exit\nerror: expected integer key for array in range [0, 2), got 7\n  in .frame [boot.janet] on line 3951, column 3\n  in .locals [boot.janet] on line 3956, column 8\n  in thunk [<anonymous>] (tail call) on line 1, column 1\nentering debug[3] - (quit) to exit\nerror: expected integer key for array in range [0, 3), got 9\n  in .frame [boot.janet] on line 3951, column 3\n  in .fn [boot.janet] on line 3961, column 7\n  in thunk [<anonymous>] (tail call) on line 1, column 1\nentering debug[4] - (quit) to exit\nerror: cannot resume fiber with status :error\n  in .next [boot.janet] on line 4086, column 14\n  in thunk [<anonymous>] (tail call) on line 1, column 1\nentering debug[5] - (quit) to exit\nerror: cannot step fiber with status :error\n  in debug/step [src/core/debug.c] on line 432\n  in .step [boot.janet] on line 4100, column 14\n  in thunk [<anonymous>] (tail call) on line 1, column 1\nentering debug[6] - (quit) to exit\nerror: could not open file src/core/debug.c\n  in slurp [boot.janet] on line 2138, column 13\n  in .source [boot.janet] on line 4060, column 19\n  in thunk [<anonymous>] (tail call) on line 1, column 1\nentering debug[7] - (quit) to exit\nexiting debug[7]\nexiting debug[6]\nexiting debug[5]\nexiting debug[4]\nexiting debug[3]\nexiting debug[2]\nexiting debug[1]\n', 0),
    'break-position': ('nil\n@{k 3 x 4 y 12}\n<function scale>\n<function run>\n@{n 4}\n("scale" "dbglib.janet" 3 10 nil @{k 3 x 4 y 12})\n("run" "dbglib.janet" 7 10 nil @{n 4})\n\n\nnil\nnil\nnil\n@{k 3 x 4 y 12}\n109\nnil\n111\n',
        'debug: \n  in scale [dbglib.janet] on line 3, column 10\n  in run [dbglib.janet] on line 7, column 10\n  in thunk [repl] (tail call) on line 2, column 1\nentering debug[1] - (quit) to exit\ndebug: \n  in scale [dbglib.janet] on line 3, column 10\n  in run [dbglib.janet] on line 7, column 10\n  in thunk [repl] (tail call) on line 2, column 1\nexiting debug[1]\n', 0),
    'source-nextc': ('nil\nnil\nnil\n109\n111\nnil\nnil\n103\n:dead\nnil\nnil\n105\n',
        'debug: \n  in scale [dbglib.janet] on line 3, column 10\n  in run [dbglib.janet] on line 7, column 10\n  in thunk [repl] (tail call) on line 2, column 1\nentering debug[1] - (quit) to exit\n\n(defn scale [x k]\n  (def y (* x k))\n  (def z (+ y 1))\n  (- z x))\n\n(defn run [n]\n  (def s (scale n 3))\n  (+ s 100))\n\n\n\n(defn scale [x k]\n  (def y (* x k))\n  (def z (+ y 1))\n  (- z x))\n\n(defn run [n]\n  (def s (scale n 3))\n  (+ s 100))\n\n\ncleared breakpoint in <function scale> at pc=2\ndebug: \n  in scale [dbglib.janet] on line 2, column 10\n  in run [dbglib.janet] on line 7, column 10\n  in thunk [<anonymous>] (tail call) on line 7, column 1\nentering debug[2] - (quit) to exit\ndebug: \n  in scale [dbglib.janet] on line 3, column 10\n  in run [dbglib.janet] on line 7, column 10\n  in thunk [<anonymous>] (tail call) on line 4, column 1\nentering debug[3] - (quit) to exit\nexiting debug[3]\nexiting debug[2]\nexiting debug[1]\n', 0),
    'fibers': ('<function work>\n<fiber 0x56373C37DE00>\n\n\nnil\nnil\n:debug\n7\n:dead\nnil\n<fiber 0x56373C3D2670>\n1\nnil\n\n\nnil\n9\n',
        'debug: \n  in work [repl] (tail call) on line 1, column 32\n  in thunk [repl] (tail call) on line 3, column 1\nentering debug[1] - (quit) to exit\ndebug: \n  in work [repl] (tail call) on line 1, column 32\n  in thunk [repl] (tail call) on line 3, column 1\nexiting debug[1]\ndebug: \n  in work [repl] (tail call) on line 1, column 32\n  in thunk [repl] (tail call) on line 6, column 1\nentering debug[1] - (quit) to exit\ndebug: \n  in work [repl] (tail call) on line 1, column 32\n  in thunk [repl] (tail call) on line 6, column 1\nexiting debug[1]\n', 0),
}


if __name__ == "__main__":
    regenerate(os.environ.get("JANET_REF", "/work/ref/janet/build/janet"))
