"""Faults around a server process: closed standard streams, broken pipes,
signals, deep recursion.  Each case runs a command line under /bin/sh and
compares what pyjanet does (exit status, or the signal it died of, and the
output) with what the reference does.

EXPECTED was recorded by running the reference (/work/ref/janet/build/janet);
with JANET_REF set to a reference binary, every case is also run with it and
checked against the same expectation, so the table can be re-verified:
    JANET_REF=/work/ref/janet/build/janet python -m pytest tests/net/test_faults.py
Every case has a timeout: a hang fails it.
"""

import os
import signal
import subprocess
import sys
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYJANET = "%s -m pyjanet" % sys.executable

SCRIPT = '(print "hello") (eprint "err") (print "done")'

# name: (shell command, $J standing for the interpreter; expected
# (status, stdout, first line of stderr)).  A status below 0 is death by
# that signal, as subprocess reports it; 141 is the shell's report of a
# pipeline member killed by SIGPIPE (`${PIPESTATUS[0]}` is bash's, so those
# cases run under bash).
CASES = {
    # stdout closed: a little output stays in the C library's buffer and is
    # lost at exit without an error
    "stdout-closed": ("$J -e '%s' >&-" % SCRIPT, (0, "", "err")),
    # ... more than its buffer holds fails the print that overflows it
    "stdout-closed-overflow": ("$J -e '(for i 0 3000 (print \"line \" i))' >&-",
                               (1, "", "error: cannot print 5 bytes")),
    "stdout-closed-flush": ("$J -e '(file/write stdout \"x\") (file/flush stdout)' >&-",
                            (1, "", "error: could not flush file")),
    # stderr closed: stderr is unbuffered, so eprint fails at once; the
    # report of that error is lost too
    "stderr-closed": ("$J -e '%s' 2>&-" % SCRIPT, (1, "hello\n", None)),
    "stderr-closed-caught": ("$J -e '(try (eprint \"x\") ([e] (print \"caught \" e)))' 2>&-",
                             (0, "caught cannot print 1 bytes\n", None)),
    "stderr-closed-file-write": ("$J -e '(file/write stderr \"x\") (print \"ok\")' 2>&-",
                                 (1, "", None)),
    "stderr-closed-eprintf": ("$J -e '(eprintf \"%d\" 12) (print 1)' 2>&-", (1, "", None)),
    # stdin closed: getline reads an empty line, reads fail or give nil
    "stdin-closed-getline": ("$J -e '(pp (getline))' <&-", (0, '@""\n', None)),
    "stdin-closed-read-all": ("$J -e '(pp (file/read stdin :all))' <&-",
                              (1, "", "error: could not read file")),
    "stdin-closed-read-line": ("$J -e '(pp (file/read stdin :line))' <&-", (0, "nil\n", None)),
    # the reader of a pipe goes away: death by SIGPIPE, nothing printed
    "broken-pipe-print": ("$J -e '(for i 0 100000 (print \"line \" i))' | head -1;"
                          " exit ${PIPESTATUS[0]}", (141, "line 0\n", None)),
    "broken-pipe-ev-write": ("$J -e '(def o (os/open \"/dev/stdout\" :w))"
                             " (for i 0 100000 (ev/write o \"line\\n\"))' | head -1;"
                             " exit ${PIPESTATUS[0]}", (141, "line\n", None)),
    # 1,000,000 nested (non-tail) calls
    "deep-recursion": ("$J -e '(defn f [n] (if (= n 0) 0 (+ 1 (f (- n 1))))) (print (f 1000000))'",
                       (0, "1000000\n", None)),
}


def run_case(interp, command, timeout=120):
    p = subprocess.run(["bash", "-c", command.replace("$J", interp)], cwd=ROOT,
                       capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    err = p.stderr.decode("utf-8", "replace").splitlines()
    return (p.returncode, p.stdout.decode("utf-8", "replace"), err[0] if err else None)


@pytest.mark.parametrize("name", sorted(CASES))
def test_like_the_reference(name):
    command, expected = CASES[name]
    assert run_case(PYJANET, command) == expected
    ref = os.environ.get("JANET_REF")
    if ref:
        assert run_case(ref, command) == expected


# Killed by a signal: SIGINT while the program sleeps (on the loop, in
# os/sleep) or computes ends it by that signal, as it does the reference.
SIGNALLED = {
    "ev-sleep": "(ev/sleep 30)",
    "os-sleep": "(os/sleep 30)",
    "computing": "(while true)",
    # (output still in the buffer is lost with the process)
    "buffered-output": '(print "buffered") (ev/sleep 30)',
}


def _interrupt(cmd):
    p = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        assert p.stdout.readline() == b"go\n"
        time.sleep(0.2)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=20)
        return p.returncode, out, err
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


@pytest.mark.parametrize("name", sorted(SIGNALLED))
def test_sigint_ends_the_process_by_the_signal(name):
    src = '(print "go") (flush) ' + SIGNALLED[name]
    assert _interrupt([sys.executable, "-m", "pyjanet", "-e", src]) == (-signal.SIGINT, b"", b"")
    ref = os.environ.get("JANET_REF")
    if ref:
        assert _interrupt([ref, "-e", src]) == (-signal.SIGINT, b"", b"")
