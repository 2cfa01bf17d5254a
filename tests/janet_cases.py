"""Conformance cases: Janet snippets with the reference's output written inline.

A case file (tests/conformance/<area>/<name>.janet) holds cases separated by
header lines beginning with `####`.  Each case is Janet source followed by its
expectations, which tests/tools/expect.py writes by running the reference Janet:

    #### addition prints its result
    (print (+ 1 2))
    #> 3

    #### an uncaught error
    (error "boom")
    #! error: boom
    #!   in thunk [test.janet] (tail call) on line 1, column 1
    #exit 1

`#>` lines are standard output, `#!` lines standard error, `#exit N` the exit
status (0 when absent).  When an output does not end with a newline, a line
`#noeol stdout` (or `#noeol stderr`) follows its lines.  A case runs as a script named test.janet: its `main`
is called with no arguments, like `janet test.janet`.
"""

import io
import os
import re
import sys
import threading

HEADER = "####"
SOURCE_NAME = "test.janet"


class Case:
    def __init__(self, path, name, lineno, source, out, err, exit_code, noeol=()):
        self.noeol = noeol
        self.path = path
        self.name = name
        self.lineno = lineno
        self.source = source
        self.out = out
        self.err = err
        self.exit = exit_code

    def expected(self):
        out = "".join(l + "\n" for l in self.out)
        err = "".join(l + "\n" for l in self.err)
        if "stdout" in self.noeol and out.endswith("\n"):
            out = out[:-1]
        if "stderr" in self.noeol and err.endswith("\n"):
            err = err[:-1]
        return out, err, self.exit


def parse_file(path):
    """The cases of a case file, in order."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    cases = []
    cur = None
    for i, line in enumerate(lines, 1):
        if line.startswith(HEADER):
            if cur is not None:
                cases.append(cur)
            cur = {"name": line[len(HEADER):].strip() or "case %d" % i, "line": i,
                   "src": [], "out": [], "err": [], "exit": 0, "noeol": set()}
            continue
        if cur is None:
            continue
        if line.startswith("#>"):
            cur["out"].append(line[3:] if line.startswith("#> ") else line[2:])
        elif line.startswith("#!"):
            cur["err"].append(line[3:] if line.startswith("#! ") else line[2:])
        elif line.startswith("#exit "):
            cur["exit"] = int(line[6:].strip())
        elif line.startswith("#noeol "):
            cur["noeol"].add(line[7:].strip())
        else:
            cur["src"].append(line)
    if cur is not None:
        cases.append(cur)
    out = []
    for c in cases:
        src = "\n".join(c["src"]).strip("\n") + "\n"
        out.append(Case(path, c["name"], c["line"], src, c["out"], c["err"], c["exit"],
                        c["noeol"]))
    return out


def write_file(path, cases_with_results):
    """Rewrite a case file with new expectations: [(case, (out, err, code))]."""
    parts = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    preamble = text.split("\n" + HEADER, 1)[0] if not text.startswith(HEADER) else ""
    if preamble and not preamble.startswith(HEADER):
        parts.append(preamble.rstrip("\n") + "\n")
    for case, (out, err, code) in cases_with_results:
        block = [HEADER + " " + case.name, case.source.rstrip("\n")]
        for text, mark, name in ((out, "#>", "stdout"), (err, "#!", "stderr")):
            if not text:
                continue
            lines = text.split("\n")
            if text.endswith("\n"):
                lines = lines[:-1]
            block += [mark + " " + l if l else mark for l in lines]
            if not text.endswith("\n"):
                block.append("#noeol " + name)
        if code:
            block.append("#exit %d" % code)
        parts.append("\n".join(block) + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


# Addresses like <function 0x55D2...> differ between runs and implementations.
_ADDR = re.compile(r"0x[0-9A-Fa-f]{6,16}")
# A stack frame of a core function the reference writes in its boot.janet shows
# where in that file the function was; pyjanet's prelude is different code, so
# those positions are not compared (the frame itself is).
_BOOT_POS = re.compile(r"(  in [^\n]* \[boot\.janet\](?: \(tail call\))?) on line \d+(?:, column \d+)?")


def normalize(text):
    return _BOOT_POS.sub(r"\1", _ADDR.sub("0x<addr>", text))


def run_case_inprocess(source):
    """Run `source` like `pyjanet test.janet`; returns (stdout, stderr, exit code)."""
    result = {}

    def work():
        try:
            result["r"] = _run(source)
        except BaseException as e:  # noqa: B902 - report the crash as the case's result
            import traceback
            result["r"] = ("", "PYTHON EXCEPTION (a pyjanet bug):\n" + traceback.format_exc(), -1)

    # (a daemon, bounded: a case that hangs -- a lock never released, say --
    # fails instead of stopping the run)
    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(CASE_TIMEOUT)
    if t.is_alive():
        return ("", "CASE DID NOT FINISH in %d s" % CASE_TIMEOUT, -1)
    return result["r"]


CASE_TIMEOUT = 300


_stack_set = False


def _run(source):
    from pyjanet import runtime as rt
    from pyjanet.boot import root_env
    from pyjanet.values import Table, kw, Array
    from pyjanet.context import run_source, ScriptError
    from pyjanet.lib import io as jio
    from pyjanet.__main__ import _run_main, Exit
    root = root_env()
    rt.reset_state()    # each case starts like a new process
    out = io.BytesIO()
    err = io.BytesIO()
    old = (jio.STDOUT.f, jio.STDERR.f, jio.STDOUT.tty, jio.STDERR.tty)
    jio.STDOUT.f, jio.STDERR.f = out, err
    jio.STDOUT.tty = jio.STDERR.tty = False
    fiber = rt.STATE.fiber
    old_env = fiber.env
    code = 0
    env = Table()
    env.proto = root
    env[kw("args")] = Array([SOURCE_NAME.encode()])
    try:
        try:
            run_source(source.encode("utf-8"), env, SOURCE_NAME)
            _run_main(env, Array([SOURCE_NAME.encode()]))
        except Exit as e:
            # like the command line: the event loop runs the remaining tasks
            code = e.code
            if not e.drain:
                raise
        from pyjanet import evloop
        evloop.run()
    except ScriptError as e:
        code = e.code
    except Exit as e:
        code = e.code
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 0
    finally:
        jio.STDOUT.f, jio.STDERR.f, jio.STDOUT.tty, jio.STDERR.tty = old
        fiber.env = old_env
    return (out.getvalue().decode("utf-8", "replace"),
            err.getvalue().decode("utf-8", "replace"), code)


def prepare_thread_stack():
    global _stack_set
    if not _stack_set:
        threading.stack_size(1 << 30)
        sys.setrecursionlimit(1_200_000)
        _stack_set = True
