"""Unbounded non-tail recursion must end in a Janet `stack overflow` error.

This is the one place where pyjanet deliberately differs from the reference
Janet 1.41: the reference lets the fiber stack grow until the process runs out
of memory, so its output cannot serve as the expectation.  pyjanet instead
raises the Janet error "stack overflow", which is reported like any other
uncaught error (exit status 1) and can be caught like any other error.  The
programs run in a `pyjanet` subprocess with a timeout, so a hang or a crash of
the interpreter fails the test instead of stopping the suite.
"""

import shutil
import subprocess
import sys

TIMEOUT = 180  # seconds; the overflow takes a few seconds on an idle machine


def run_pyjanet(tmp_path, source):
    script = tmp_path / "test.janet"
    script.write_text(source, encoding="utf-8")
    exe = shutil.which("pyjanet")
    cmd = [exe] if exe else [sys.executable, "-m", "pyjanet"]
    p = subprocess.run(cmd + ["test.janet"], cwd=tmp_path, capture_output=True,
                       timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
            p.returncode)


def test_uncaught_infinite_recursion_is_a_stack_overflow_error(tmp_path):
    out, err, code = run_pyjanet(tmp_path, "(defn f [] (+ 1 (f)))\n(f)\n")
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == "error: stack overflow"
    # Whatever follows the message is a stack trace, never a Python traceback.
    assert all(l.startswith("  in ") for l in lines[1:]), err
    assert code == 1


def test_stack_overflow_is_catchable_and_the_program_goes_on(tmp_path):
    src = ("(defn f [] (+ 1 (f)))\n"
           "(print \"caught: \" (try (f) ([e] e)))\n"
           "(defn sum [n] (if (= n 0) 0 (+ n (sum (- n 1)))))\n"
           "(print (sum 1000))\n")
    out, err, code = run_pyjanet(tmp_path, src)
    assert (out, err, code) == ("caught: stack overflow\n500500\n", "", 0)
