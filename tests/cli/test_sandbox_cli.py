"""`sandbox` at the command line: the script's own top level is compiled with
`compile`, so (sandbox :compile) or (sandbox :all) stops a script at its next
top-level form, and -e arguments are compiled by `eval`.

Each case runs `python -m pyjanet` in a subprocess and compares standard
output, standard error and the exit status with what the reference printed
(/work/ref/janet/build/janet, 1.41.2, run the same way in a scratch folder).
Positions are left out of the frames compared: those of boot.janet differ
between the two preludes, and pyjanet's positions of C functions
(pyjanet/data/cfun-sources.tsv) were taken from an earlier build of the
reference than the one these outputs come from.
"""

import re
import subprocess
import sys

import pytest

ERR = "error: operation forbidden by sandbox\n"

CASES = {
    "compile-stops-the-next-form": (
        ['(print "one")\n(sandbox :compile)\n(print "two")\n'], [],
        "one\n",
        ERR + "  in compile [src/core/compile.c]\n  in <anonymous> [boot.janet]\n", 1),
    "all-stops-the-next-form": (
        ["(sandbox :all)\n(print 1)\n"], [],
        "",
        ERR + "  in compile [src/core/compile.c]\n  in <anonymous> [boot.janet]\n", 1),
    "the-same-form-goes-on": (
        ['(do (sandbox :all) (print "same form"))\n(print "next form")\n'], [],
        "same form\n",
        ERR + "  in compile [src/core/compile.c]\n  in <anonymous> [boot.janet]\n", 1),
    "main-is-compiled-already": (
        ['(defn main [&] (sandbox :all) (print "main runs") (os/getenv "HOME"))\n'], [],
        "main runs\n",
        ERR + "  in os/getenv [src/core/os.c]\n"
        "  in main [test.janet] (tail call) on line 1, column 51\n"
        "  in run-main [boot.janet]\n  in cli-main [boot.janet]\n", 1),
    "e-arguments-are-evaluated": (
        [], ["-e", "(sandbox :compile)", "-e", "(print 2)"],
        "",
        ERR + "  in compile [src/core/compile.c]\n  in eval [boot.janet]\n"
        "  in eval-string [boot.janet]\n  in e-switch [boot.janet] (tail call)\n"
        "  in cli-main [boot.janet]\n", 1),
}

_POSITION = re.compile(r"(\[(?:src/core/\w+\.c|boot\.janet)\](?: \(tail call\))?) on line \d+(?:, column \d+)?")


def _without_positions(text):
    return _POSITION.sub(r"\1", text)


@pytest.mark.parametrize("name", sorted(CASES))
def test_sandbox_at_the_command_line(name, tmp_path):
    script, args, out, err, code = CASES[name]
    argv = [sys.executable, "-m", "pyjanet"] + args
    if script:
        (tmp_path / "test.janet").write_text(script[0])
        argv.append("test.janet")
    p = subprocess.run(argv, cwd=tmp_path, capture_output=True, timeout=120,
                       stdin=subprocess.DEVNULL)
    assert p.stdout.decode() == out
    assert _without_positions(p.stderr.decode()) == err
    assert p.returncode == code


def test_sandbox_in_the_repl_forbids_the_next_inputs(tmp_path):
    p = subprocess.run([sys.executable, "-m", "pyjanet", "-q"], cwd=tmp_path,
                       input=b"(print 0)\n(sandbox :all)\n(print 1)\n(print 2)\n",
                       capture_output=True, timeout=120)
    assert p.stdout.decode() == "0\nnil\nnil\n"
    frames = "  in compile [src/core/compile.c]\n  in <anonymous> [boot.janet]\n"
    assert _without_positions(p.stderr.decode()) == (ERR + frames) * 2
    assert p.returncode == 0
