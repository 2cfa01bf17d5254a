"""Scripts that need a process of their own, against the reference.

Forking, replacing the process (os/posix-exec), threads and the like cannot run
inside the test process the way the conformance cases do.  Each case here is a
Janet script written to a fresh temporary directory and run there as
`python -m pyjanet script.janet`; its standard output, standard error and exit
status are compared with what the reference printed for the same script,
stored in EXPECTED below.

Regenerate the expectations (after adding a case) with
    JANET_REF=/work/ref/janet/build/janet python tests/cli/test_host.py
"""

import os
import re
import subprocess
import sys
import tempfile

import pytest

CASES = {
    "fork-wait": """
(def p (os/posix-fork))
(if p
  (print "parent " (type p) " " (os/proc-wait p))
  (do (print "child") (os/exit 3)))
""",
    "fork-child-error": """
(def p (os/posix-fork))
(if p
  (print "parent " (os/proc-wait p))
  (error "in the child"))
""",
    "fork-proc-fields": """
(def p (os/posix-fork))
(when p (pp [(type (p :pid)) (p :return-code)]) (os/proc-wait p))
""",
    "exec-env": """
(os/posix-exec ["/bin/sh" "-c" "echo $FOO"] :e {"FOO" "bar"})
(print "not reached")
""",
    "exec-path": """
(os/posix-exec ["echo" "hi"] :p)
""",
}

_ADDR = re.compile(r"0x[0-9A-Fa-f]{6,16}")
_BOOT_POS = re.compile(r"(  in [^\n]* \[boot\.janet\](?: \(tail call\))?) on line \d+(?:, column \d+)?")


def normalize(text):
    return _BOOT_POS.sub(r"\1", _ADDR.sub("0xADDR", text))


def run(cmd, source):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "script.janet"), "w", encoding="utf-8") as f:
            f.write(source)
        env = {k: v for k, v in os.environ.items() if k not in ("JANET_PATH", "NO_COLOR")}
        p = subprocess.run(cmd + ["script.janet"], capture_output=True, cwd=d, env=env,
                           stdin=subprocess.DEVNULL, timeout=60)
    return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
            p.returncode)


@pytest.mark.parametrize("name", sorted(CASES))
def test_script_matches_reference(name):
    assert name in EXPECTED, "no expectation for %s: regenerate EXPECTED" % name
    out, err, rc = run([sys.executable, "-m", "pyjanet"], CASES[name])
    want = EXPECTED[name]
    assert (normalize(out), normalize(err), rc) == \
        (normalize(want[0]), normalize(want[1]), want[2])


EXPECTED = {
    'fork-wait': ('child\nparent core/process 3\n',
        '', 0),
    'fork-child-error': ('parent 1\n',
        'error: in the child\n  in thunk [script.janet] (tail call) on line 5, column 3\n', 0),
    'fork-proc-fields': ('(:number 0)\n',
        '', 0),
    'exec-env': ('bar\n',
        '', 0),
    'exec-path': ('hi\n',
        '', 0),
}


def regenerate(ref):
    lines = ["EXPECTED = {"]
    for name, source in CASES.items():
        out, err, rc = run([ref], source)
        lines.append("    %r: (%r,\n        %r, %d)," % (name, out, err, rc))
    lines.append("}")
    path = os.path.abspath(__file__)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("EXPECTED = {")
    end = text.index("\n}\n", start) + 2
    text = text[:start] + "\n".join(lines) + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    regenerate(os.environ.get("JANET_REF", "/work/ref/janet/build/janet"))
