"""The `pyjanet` command line, compatible with the reference `janet` client.

Corresponds to cli-main in the reference's src/boot/boot.janet and its
src/mainclient/main.c.  Options are handled in order, like the reference:

    pyjanet [options] [script [args...]]

    -h            show the help and exit          -v   print the version and exit
    -e code       evaluate code (repeatable)      -r   start the REPL after the rest
    -q            no REPL banner                  -n   no colour in the REPL
    -s            raw stdin REPL (no editing)     --   stop handling options

With no script and no -e, the REPL starts.  A script's `main`, if it defines one,
is called with the script's arguments.  Exit status: 0, 1 after an uncaught error,
or what the program passes to `os/exit`.

The interpreter runs on a thread with a large stack so that deep (non-tail)
recursion works; see docs/architecture.md.
"""

import os
import sys
import threading

VERSION = "1.41.3-dev"
BUILD = "pyjanet"

USAGE = """usage: %s [options] script args...
Options are:
  --help (-h)             : Show this help
  --version (-v)          : Print the version string
  --stdin (-s)            : Use raw stdin instead of getline like functionality
  --eval (-e) code        : Execute a string of janet
  --repl (-r)             : Enter the REPL after running all scripts
  --quiet (-q)            : Hide logo (quiet)
  --nocolor (-n)          : Disable ANSI color output in the REPL
  --color (-N)            : Enable ANSI color output in the REPL
  --                      : Stop handling options
"""

LONG = {"help": "h", "version": "v", "stdin": "s", "eval": "e", "repl": "r",
        "quiet": "q", "nocolor": "n", "color": "N"}

# Frames the reference's boot.janet adds below user code, so traces match.
E_FRAMES = ("eval-string [boot.janet] on line 3091, column 36",
            "e-switch [boot.janet] (tail call) on line 5102, column 12",
            "cli-main [boot.janet] on line 5152, column 13")
E_COMPILE_FRAMES = ("eval [boot.janet] on line 3053, column 5",) + E_FRAMES
E_PARSE_FRAMES = ("parse-all [boot.janet] on line 3083, column 7",
                  "eval-string [boot.janet] on line 3091, column 11",
                  "e-switch [boot.janet] (tail call) on line 5102, column 12",
                  "cli-main [boot.janet] on line 5152, column 13")
MAIN_FRAMES = ("run-main [boot.janet] on line 4934, column 16",
               "cli-main [boot.janet] on line 5168, column 17")

STACK_SIZE = 1 << 30           # bytes of C stack for the interpreter thread
RECURSION_LIMIT = 1_200_000    # Python frames; ~250,000 Janet calls deep


class Exit(Exception):
    def __init__(self, code):
        Exception.__init__(self)
        self.code = code


def cli(argv):
    from . import runtime as rt
    from .boot import root_env
    from .values import Table, kw, sym, Array
    from .context import run_source, ScriptError, report_error, eval_string
    from .errors import JanetError, CompileError, ParseError

    root = root_env()
    cli_env = Table()
    cli_env.proto = root
    rt.STATE.fiber.env = cli_env
    args = Array(a.encode("utf-8", "surrogateescape") for a in argv)
    cli_env[kw("args")] = args
    cli_env[kw("executable")] = b"pyjanet"

    should_repl = False
    no_file = True
    quiet = False
    raw_stdin = False
    color = None
    i = 0
    n = len(argv)
    handle_opts = True
    while i < n:
        arg = argv[i]
        if handle_opts and arg.startswith("-") and len(arg) > 1:
            flag = arg[1:]
            if flag.startswith("-"):
                flag = LONG.get(flag[1:], flag[1:]) if flag != "-" else "-"
            if flag == "h":
                _out(USAGE % "pyjanet")
                raise Exit(0)
            elif flag == "v":
                _out("%s-%s\n" % (VERSION, BUILD))
                raise Exit(0)
            elif flag == "e":
                no_file = False
                code = argv[i + 1].encode("utf-8", "surrogateescape") if i + 1 < n else b""
                _run_e(code, cli_env)
                i += 2
                continue
            elif flag == "r":
                should_repl = True
            elif flag == "s":
                raw_stdin = True
                should_repl = True
            elif flag == "q":
                quiet = True
            elif flag == "n":
                color = False
            elif flag == "N":
                color = True
            elif flag == "-":
                handle_opts = False
            else:
                _out("unknown flag -%s\n" % flag)
                _out(USAGE % "pyjanet")
                raise Exit(0)
            i += 1
            continue
        # a script and its arguments
        no_file = False
        sub = Array(args[i:])
        env = Table()
        env.proto = root
        env[kw("args")] = sub
        path = arg
        try:
            with open(path, "rb") as f:
                src = f.read()
        except OSError:
            _eprint("error: cannot open %s\n" % path)
            raise Exit(1)
        try:
            run_source(src, env, path)
        except ScriptError as e:
            raise Exit(e.code)
        _run_main(env, sub)
        break
    if should_repl or no_file:
        from .repl import run_repl
        code = run_repl(quiet=quiet, raw=raw_stdin, color=color, env=None)
        raise Exit(code or 0)
    raise Exit(0)


def _out(text):
    from .lib.io import STDOUT
    STDOUT.write(text.encode("utf-8"))


def _eprint(text):
    from .context import err_write
    err_write(text)


def _run_e(code, env):
    from .context import report_error
    from .errors import JanetError, CompileError, ParseError
    from .reader import parse_all_string
    from .compiler import compile_form
    from . import runtime as rt
    try:
        forms = parse_all_string(code)
    except JanetError as e:
        report_error(e, E_PARSE_FRAMES)
        raise Exit(1)
    for form in forms:
        try:
            thunk = compile_form(form, env, "eval")
        except CompileError as e:
            report_error(JanetError(e.value), E_COMPILE_FRAMES)
            raise Exit(1)
        try:
            thunk()
        except JanetError as e:
            report_error(e, E_FRAMES)
            raise Exit(1)
        except RecursionError:
            report_error(JanetError(b"stack overflow"), E_FRAMES)
            raise Exit(1)


def _run_main(env, args):
    from .values import sym
    from .context import report_error
    from .errors import JanetError
    from . import runtime as rt
    entry = rt.get(env, sym("main"))
    if entry is None:
        return
    f = rt.get(entry, __import__("pyjanet.values", fromlist=["kw"]).kw("value"))
    if f is None or not rt.is_function(f):
        return
    try:
        rt.call(f, *args)
    except JanetError as e:
        if e.trace:
            e.trace[-1].tail = True
        report_error(e, MAIN_FRAMES)
        raise Exit(1)
    except RecursionError:
        report_error(JanetError(b"stack overflow"), MAIN_FRAMES)
        raise Exit(1)


def run_in_big_thread(fn):
    """Run fn() on a thread with a large C stack; return its exit code."""
    result = [0]

    def target():
        try:
            sys.setrecursionlimit(RECURSION_LIMIT)
            fn()
        except Exit as e:
            result[0] = e.code
        except SystemExit as e:
            result[0] = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException as e:  # noqa: B902 - last line of defence: no tracebacks
            from .errors import internal_error
            from .context import report_error
            try:
                report_error(internal_error(e))
            except BaseException:
                sys.stderr.write("error: internal error: %r\n" % (e,))
            result[0] = 1
        finally:
            _flush_all()

    try:
        threading.stack_size(STACK_SIZE)
    except (ValueError, RuntimeError):
        threading.stack_size(256 << 20)
    t = threading.Thread(target=target, name="janet", daemon=True)
    t.start()
    try:
        while t.is_alive():
            t.join(0.25)
    except KeyboardInterrupt:
        _flush_all()
        os._exit(130)
    return result[0]


def _flush_all():
    jio = sys.modules.get("pyjanet.lib.io")
    if jio is not None:
        jio.STDOUT.flush()
        jio.STDERR.flush()
    for s in (sys.stdout, sys.stderr):
        try:
            s.flush()
        except (OSError, ValueError):
            pass


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    code = run_in_big_thread(lambda: cli(argv))
    _flush_all()
    comp = sys.modules.get("pyjanet.compiler")
    if comp is not None:
        comp.save_templates()
    # os._exit skips interpreter teardown of the big thread; flush first.
    os._exit(code if isinstance(code, int) else 1)


if __name__ == "__main__":
    main()
