"""The `pyjanet` command line, compatible with the reference `janet` client.

Corresponds to cli-main (and run-main, getenv-alias, apply-color) in the
reference's src/boot/boot.janet and to main() in its src/mainclient/shell.c.
Options are handled in order, like the reference:

    pyjanet [options] [script [args...]]

    -h  help, exit             -v  version, exit           -e code  evaluate code
    -E code args...  call (short-fn code) with args    -l lib  import lib (prefix "")
    -r  REPL after the rest    -s  REPL on raw stdin       -q  no REPL banner
    -n / -N  colour off / on   -p  persistent (import and script errors are raised,
    -k  flycheck (compile only)      not fatal)          -m path  set the syspath
    -R  skip JANET_PROFILE     -d  debug flag              -w / -x level  lint levels
    -t lib args...  call lib's main      --  stop handling options
    -c source [output]  write an image   -i  the script is an image

With no script and no -e, the REPL starts (pyjanet/repl.py).  A script's
`main`, if it defines one, is called with the script's arguments.  The
environment variables JANET_PATH (module search path), JANET_PROFILE (a file
run at the start of the REPL) and NO_COLOR are read.  Exit status: 0, 1 after
an uncaught error, or what the program passes to `os/exit`.

The interpreter runs on a thread with a large stack so that deep (non-tail)
recursion works; see docs/architecture.md.
"""

from . import startup
if __name__ == "__main__":
    # python -m pyjanet: the command line's start begins here (bin/pyjanet
    # pauses the collector before it imports this module; pyjanet/startup.py)
    startup.pause()

import os
import _signal    # (signal's C half: the module itself imports enum)
import sys
import threading
import warnings

from . import lazy
from . import runtime as rt
from . import fiber as F
from .values import Table, Array, sym, kw
from .errors import JanetError, Frame, internal_error
from .printer import format_message
from .runtime import ref_source
from .boot import root_env
from .context import run_source, ScriptError
from .lib.core import scan_number
from .lib.eval import eval_string
from .lib.module import (module_add_syspath, import_star, require, dofile_impl, module_value,
                          flycheck_impl)
from .lib.io import STDIN, STDOUT, slurp, spit, eflush, err_write
from .lib.debug import debug_stacktrace, report_error

# The REPL (and the line editor behind it) is imported only by a run that
# needs it (see pyjanet/lazy.py).
repl = lazy.module("pyjanet.repl", globals())
re = lazy.module("re", globals())       # (only to parse a frame's text)

from . import evloop

from .bigthread import RECURSION_LIMIT, start as start_big_thread

VERSION = "1.41.3-dev"
BUILD = "pyjanet"

USAGE = """usage: %s [options] script args...
Options are:
  --help (-h)             : Show this help
  --version (-v)          : Print the version string
  --stdin (-s)            : Use raw stdin instead of getline like functionality
  --eval (-e) code        : Execute a string of janet
  --expression (-E) code arguments... : Evaluate an expression as a short-fn with arguments
  --debug (-d)            : Set the debug flag in the REPL
  --repl (-r)             : Enter the REPL after running all scripts
  --noprofile (-R)        : Disables loading profile.janet when JANET_PROFILE is present
  --persistent (-p)       : Keep on executing if there is a top-level error (persistent)
  --quiet (-q)            : Hide logo (quiet)
  --flycheck (-k)         : Compile scripts but do not execute (flycheck)
  --syspath (-m) syspath  : Set system path for loading global modules
  --compile (-c) source output : Compile janet source code into an image
  --image (-i)            : Load the script argument as an image file instead of source code
  --nocolor (-n)          : Disable ANSI color output in the REPL
  --color (-N)            : Enable ANSI color output in the REPL
  --library (-l) lib      : Use a module before processing more arguments
  --tool (-t) lib args... : Use a module before processing more arguments, and then call it's `main` function
  --lint-warn (-w) level  : Set the lint warning level - default is "normal"
  --lint-error (-x) level : Set the lint error level - default is "none"
  --install (-b) dirpath  : Install a bundle from a directory
  --reinstall (-B) name   : Reinstall a bundle by bundle name
  --uninstall (-u) name   : Uninstall a bundle by bundle name
  --update-all (-U)       : Reinstall all installed bundles
  --prune (-P)            : Uninstall all bundles that are orphaned
  --list (-L)             : List all installed bundles
  --                      : Stop handling options
"""

LONG = {"help": "h", "version": "v", "stdin": "s", "eval": "e", "expression": "E",
        "debug": "d", "repl": "r", "noprofile": "R", "persistent": "p", "quiet": "q",
        "flycheck": "k", "syspath": "m", "compile": "c", "image": "i", "nocolor": "n",
        "color": "N", "library": "l", "tool": "t", "install": "b", "reinstall": "B",
        "uninstall": "u", "update-all": "U", "list": "L", "prune": "P",
        "lint-warn": "w", "lint-error": "x"}

# Frames the reference's boot.janet adds below user code, so traces match.
CLI_FRAME = "cli-main [boot.janet] on line 5152, column 13"
E_FRAMES = ("e-switch [boot.janet] (tail call) on line 5102, column 12", CLI_FRAME)
SCRIPT_FRAME = "cli-main [boot.janet] on line 5167, column 17"
MAIN_FRAMES = ("run-main [boot.janet] on line 4934, column 16",
               "cli-main [boot.janet] on line 5168, column 17")
# Where each handler reads the argument after its flag (an error when missing).
ARG_FRAMES = {
    "e": ("e-switch [boot.janet] (tail call) on line 5102, column 25",),
    "l": ("l-switch [boot.janet] (tail call) on line 5088, column 21",),
    "m": ("<anonymous> [boot.janet] (tail call) on line 5073, column 38",),
    "t": ("t-switch [boot.janet] (tail call) on line 5094, column 21",),
    "c": ("c-switch [boot.janet] (tail call) on line 5075, column 22",),
    "w": ("get-lint-level [boot.janet] on line 5024, column 12",
          "<anonymous> [boot.janet] (tail call) on line 5138, column 40"),
    "x": ("get-lint-level [boot.janet] on line 5024, column 12",
          "<anonymous> [boot.janet] (tail call) on line 5139, column 41"),
}
# Each flag's handler, a method `flag_<name>` of Cli.
FLAGS = {c: c for c in "hvseEdrRpqkmcinNltwxbBuUPL"}
FLAGS["-"] = "_"
# The bundle manager's flags: the bundle/* function each calls (lib/bundle.py)
# and how many arguments it uses; and where its handler calls it in cli-main.
BUNDLE_FLAGS = {"b": ("install", 2), "B": ("reinstall", 2), "u": ("uninstall", 2),
                "U": ("update-all", 1), "P": ("prune", 1), "L": ("list", 1)}
BUNDLE_LINES = {"b": 4851, "B": 4855, "u": 4859, "P": 4863, "U": 4867, "L": 4871}


class Exit(Exception):
    """cli-main is over with exit status `code`.  With `drain`, its fiber ended
    (normally or with an error) and the event loop runs its remaining tasks
    first, as the reference's janet_loop_fiber does; without, the program
    called os/exit (dofile's exit on error)."""

    def __init__(self, code, drain=True):
        Exception.__init__(self)
        self.code = code
        self.drain = drain


class _Stop(Exception):
    """A handler that ends option processing (-E, -t: the reference's math/inf)."""


class Cli:
    """The state of one run of cli-main."""

    def __init__(self, argv):
        self.argv = argv
        self.root = root_env()
        # The reference runs cli-main in a fiber whose environment is the core
        # environment itself: what it sets with setdyn (args, colours, syspath)
        # lands there, scripts and the REPL get environments made from it, and
        # a script's (curenv 1) is root-env.  The values replaced are kept so
        # that restore_root can undo them (for runs inside one process).
        self.env = self.root
        self._saved = {}
        rt.STATE.fiber.env = self.env
        self.args = Array(a.encode("utf-8", "surrogateescape") for a in argv)
        self.setdyn("args", self.args)
        self.setdyn("executable", _executable())
        self.should_repl = None
        self.no_file = True
        self.quiet = False
        self.raw_stdin = False
        self.handleopts = True
        self.exit_on_error = True
        self.compile_only = False
        self.expect_image = False

    # -- helpers ------------------------------------------------------------

    def setdyn(self, name, value):
        k = kw(name)
        if k not in self._saved:
            self._saved[k] = self.env.get(k)
        if value is None:
            self.env.pop(k, None)
        else:
            self.env[k] = value

    def restore_root(self):
        """Put back the root environment's entries this run's setdyns replaced."""
        for k, v in self._saved.items():
            if v is None:
                self.env.pop(k, None)
            else:
                self.env[k] = v
        self._saved.clear()

    embedded = False    # run by the `cli-main` function from Janet code

    def fail(self, e, *frames):
        """Report error `e` escaping cli-main through `frames`; exit status 1.
        Under the `cli-main` function the error goes on to its caller instead,
        with those frames."""
        if self.embedded:
            e.trace.extend(_parse_frame(text) for text in frames)
            raise e
        # an error escaping cli-main is printed by the reference's C main
        report_error(e, frames, stderr=True)
        raise Exit(1)

    def arg_after(self, i, flag):
        """The argument after the flag at `i` (the reference's (in args (+ i 1)))."""
        try:
            return rt.in_(self.args, float(i + 1))
        except JanetError as e:
            self.fail(e, *ARG_FRAMES[flag], CLI_FRAME)

    def apply_color(self, colorize):
        self.setdyn("pretty-format", b"%.20Q" if colorize else b"%.20q")
        self.setdyn("err-color", True if colorize else None)
        self.setdyn("doc-color", True if colorize else None)
        # (the REPL's own setting is given when it starts: importing it only
        # to set this would cost every run that never starts it)
        self.color = bool(colorize)

    # -- the run -------------------------------------------------------------

    def run(self):
        jp = _getenv("JANET_PATH")
        if jp is not None:
            paths = jp.split(b":")
            for i in range(len(paths) - 1, 0, -1):
                module_add_syspath(paths[i])
            self.setdyn("syspath", paths[0])
        profile = _getenv("JANET_PROFILE")
        if profile is not None:
            self.setdyn("profilepath", profile)
        self.apply_color(not _getenv("NO_COLOR") and _isatty(1) and _isatty(2))

        argv = self.argv
        i = 0
        n = len(argv)
        try:
            while i < n:
                arg = argv[i]
                if self.handleopts and arg[:1] == "-":
                    i += self.handle(arg[1:], i)
                else:
                    self.script(i)
                    break
        except _Stop:
            pass
        if self.should_repl or self.no_file:
            if self.compile_only:
                self.flycheck(STDIN, kw("stdin"))
            else:
                repl.SETTINGS.color = self.color
                repl.run_repl(quiet=self.quiet, raw=self.raw_stdin)
        raise Exit(0)

    def handle(self, name, i):
        """Run the handler of flag `-name` at argv[i]; returns how many
        arguments it used."""
        flag = LONG.get(name[1:], name) if name[:1] == "-" else name
        h = getattr(self, "flag_" + FLAGS[flag], None) if flag in FLAGS else None
        if h is None:
            _out("unknown flag -%s\n" % name)
            return self.flag_h(i)
        return h(i)

    # -- flags ---------------------------------------------------------------

    def flag_h(self, i):
        _out(USAGE % "pyjanet")
        raise Exit(0)

    def flag_v(self, i):
        _out("%s-%s\n" % (VERSION, BUILD))
        raise Exit(0)

    def flag_s(self, i):
        self.raw_stdin = True
        self.should_repl = True
        return 1

    def flag_r(self, i):
        self.should_repl = True
        return 1

    def flag_p(self, i):
        self.exit_on_error = False
        return 1

    def flag_q(self, i):
        self.quiet = True
        return 1

    def flag_i(self, i):
        self.expect_image = True
        return 1

    def flag_k(self, i):
        self.compile_only = True
        self.exit_on_error = False
        return 1

    def flag_n(self, i):
        self.apply_color(False)
        return 1

    def flag_N(self, i):
        self.apply_color(True)
        return 1

    def flag_m(self, i):
        self.setdyn("syspath", self.arg_after(i, "m"))
        return 2

    def flag_R(self, i):
        self.setdyn("profilepath", None)
        return 1

    def flag_d(self, i):
        self.setdyn("debug", True)
        self.setdyn("redef", True)
        return 1

    def _lint_level(self, i, flag):
        x = self.arg_after(i, flag)
        v = scan_number(x)
        return v if v is not None else kw(bytes(x).decode("utf-8", "surrogateescape"))

    def flag_w(self, i):
        self.setdyn("lint-warn", self._lint_level(i, "w"))
        return 2

    def flag_x(self, i):
        self.setdyn("lint-error", self._lint_level(i, "x"))
        return 2

    def flag__(self, i):
        self.handleopts = False
        return 1

    def flag_e(self, i):
        self.no_file = False
        code = self.arg_after(i, "e")
        try:
            eval_string(code)
        except JanetError as e:
            self.fail(e, *E_FRAMES)
        except RecursionError:
            self.fail(_overflow(), *E_FRAMES)
        return 2

    def flag_E(self, i):
        self.no_file = False
        try:
            subargs = rt.call(rt.get(self.root, sym("array/slice"))[kw("value")],
                              self.args, float(i + 2))
        except JanetError as e:
            e.trace.append(_cfun_frame("array/slice"))
            self.fail(e, "E-switch [boot.janet] (tail call) on line 5106, column 25",
                      CLI_FRAME)
        code = rt.in_(self.args, float(i + 1))
        try:
            form = _root_fn("parse")(code)
        except JanetError as e:
            self.fail(e, "E-switch [boot.janet] (tail call) on line 5107, column 33",
                      CLI_FRAME)
        src = (sym("short-fn"), form, sym("E-expression"))
        thunk = _root_fn("compile")(src)
        if thunk.__class__ is Table:
            self.fail(JanetError(rt.get(thunk, kw("error"))),
                      "E-switch [boot.janet] (tail call) on line 5111, column 14",
                      CLI_FRAME)
        try:
            rt.call(rt.call(thunk), *subargs)
        except JanetError as e:
            self.fail(e, "E-switch [boot.janet] (tail call) on line 5110, column 14",
                      CLI_FRAME)
        except RecursionError:
            self.fail(_overflow(), "E-switch [boot.janet] (tail call) on line 5110, column 14",
                      CLI_FRAME)
        raise _Stop()

    def flag_l(self, i):
        lib = self.arg_after(i, "l")
        try:
            import_star(lib, kw("prefix"), b"", kw("exit"), self.exit_on_error)
        except JanetError as e:
            self.fail(e, "l-switch [boot.janet] (tail call) on line 5088, column 12",
                      CLI_FRAME)
        return 2

    def flag_t(self, i):
        self.should_repl = False
        self.no_file = False
        lib = self.arg_after(i, "t")
        try:
            tool_env = require(lib, kw("exit"), self.exit_on_error)
        except JanetError as e:
            self.fail(e, "t-switch [boot.janet] (tail call) on line 5095, column 26", CLI_FRAME)
        subargs = tuple(self.args[i + 2:])
        rt.put(tool_env, kw("args"), subargs)
        if not run_main(tool_env, subargs):
            e = JanetError(format_message("no main found for module %s", lib))
            self.fail(e, "errorf [boot.janet] on line 207, column 3",
                      "t-switch [boot.janet] (tail call) on line 5098, column 12",
                      CLI_FRAME)
        raise _Stop()

    def flag_c(self, i):
        self.no_file = False
        path = self.arg_after(i, "c")
        try:
            e = dofile_impl(path)
        except JanetError as err:
            self.fail(err, "c-switch [boot.janet] (tail call) on line 5076, column 19",
                      CLI_FRAME)
        if i + 2 < len(self.args):
            output = self.args[i + 2]
        else:
            output = (path[:-6] if path.endswith(b".janet") else path) + b".jimage"
        try:
            spit(output, _root_fn("make-image")(e))
        except JanetError as err:
            self.fail(err, "c-switch [boot.janet] (tail call) on line 5083, column 11",
                      CLI_FRAME)
        return 3

    def _bundle(self, flag, i):
        from .errors import JanetError
        from .lib.io import print_
        name, used = BUNDLE_FLAGS[flag]
        if used == 2:
            frame = "<anonymous> [boot.janet] (tail call) on line %d, column 34" % (
                BUNDLE_LINES[flag])
            try:
                args = (self.args[i + 1],)
            except IndexError:
                from .errors import panicf
                try:
                    panicf("expected integer key for array in range [0, %d), got %d",
                           len(self.args), i + 1)
                except JanetError as e:
                    self.fail(e, frame, CLI_FRAME)
        else:
            args = ()
        try:
            if flag == "L":
                for b in _root_fn("bundle/list")():
                    print_(b)
            else:
                _root_fn("bundle/" + name)(*args)
        except JanetError as e:
            self.fail(e, "<anonymous> [boot.janet] (tail call) on line %d, column 18" % (
                BUNDLE_LINES[flag]), CLI_FRAME)
        self.no_file = False
        if self.should_repl is None:
            self.should_repl = False
        return used

    def flag_b(self, i):
        return self._bundle("b", i)

    def flag_B(self, i):
        return self._bundle("B", i)

    def flag_u(self, i):
        return self._bundle("u", i)

    def flag_U(self, i):
        return self._bundle("U", i)

    def flag_P(self, i):
        return self._bundle("P", i)

    def flag_L(self, i):
        return self._bundle("L", i)

    # -- scripts ------------------------------------------------------------

    def script(self, i):
        """Run argv[i] as the script, with the arguments from there on."""
        self.no_file = False
        arg = self.argv[i]
        subargs = Array(self.args[i:])
        if self.expect_image:
            try:
                image = slurp(self.args[i])
            except JanetError as e:
                # (slurp's own frame is on e)
                self.fail(e, "cli-main [boot.janet] on line 5158, column 34")
            try:
                env = _root_fn("load-image")(image)
            except JanetError as e:
                self.fail(e, "cli-main [boot.janet] on line 5158, column 22")
            rt.put(env, kw("args"), subargs)
            _run_main(env, subargs)
            return
        env = Table()
        env.proto = self.env
        env[kw("args")] = subargs
        if self.compile_only:
            self.flycheck(self.args[i], None, env)
            return
        if self.exit_on_error:
            try:
                with open(arg, "rb") as f:
                    src = f.read()
            except OSError:
                self.fail(JanetError(b"could not find file " + self.args[i]),
                          "dofile [boot.janet] on line 3400, column 5", SCRIPT_FRAME)
            try:
                run_source(src, env, arg, path=arg)
            except ScriptError as e:
                raise Exit(e.code, drain=False)
        else:
            try:
                dofile_impl(self.args[i], False, env)
            except JanetError as e:
                self.fail(e, SCRIPT_FRAME)
        _run_main(env, subargs)

    def flycheck(self, path, source=None, env=None):
        flycheck_impl(path, exit=self.exit_on_error, env=env, source=source)


def _executable():
    """What the reference puts in (dyn :executable): the program as invoked
    (argv[0]), which run again re-runs the interpreter (spork's sh/self-exe
    does).  Under `python -m pyjanet` or a launcher script that is a .py file,
    argv[0] cannot be run by itself: then it is the `pyjanet` command that
    was installed with this Python (the console script beside it), and only
    without one the bare name."""
    prog = sys.argv[0] if sys.argv else ""
    if not prog or prog.endswith(".py") or prog == "-c":
        prog = "pyjanet"
        if sys.executable:
            script = os.path.join(os.path.dirname(sys.executable), "pyjanet")
            if os.path.isfile(script) and os.access(script, os.X_OK):
                prog = script
    return os.fsencode(prog)


_FRAME_TEXT = None


def _parse_frame(text):
    """A Frame from a frame's text: `NAME [SOURCE] (tail call) on line L, column C`."""
    global _FRAME_TEXT
    if _FRAME_TEXT is None:
        _FRAME_TEXT = re.compile(r"(.*?) \[(.*?)\]( \(tail call\))?"
                                 r"(?: on line (\d+)(?:, column (\d+))?)?$")
    m = _FRAME_TEXT.match(text)
    f = Frame(m.group(1), m.group(2), int(m.group(4) or -1), int(m.group(5) or -1),
              cfun=m.group(5) is None and m.group(4) is not None)
    f.tail = m.group(3) is not None
    return f


def _getenv(name):
    """The reference's getenv-alias: an empty variable counts as unset."""
    v = os.environb.get(name.encode())
    return v or None


def _isatty(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _root_fn(name):
    return root_env()[sym(name)][kw("value")]


def _cfun_frame(name):
    ref = ref_source(name)
    return Frame(name, ref[0] if ref else "", ref[1] if ref else -1, cfun=True)


def _overflow():
    return JanetError(b"stack overflow")


def _out(text):
    STDOUT.write(text.encode("utf-8"))


def _eprint(text):
    err_write(text)


def run_main(env, args):
    """The reference's run-main: call the `main` of env (if it has one) with
    args in a fiber that traps yields (and debug signals when env's :debug is
    set); a yield prints its stack trace and main is resumed.  Errors
    propagate.  Returns whether there was a main."""
    main = module_value(env, sym("main"), True)
    if main is None:
        return False

    def wrap_main(*_):
        return rt.call(main, *args)

    guard = b"ydt" if rt.get(env, kw("debug")) is not None else b"y"
    f = F.new_fiber(wrap_main, guard, env)
    res = None
    while f.status not in (F.ST_DEAD, F.ST_ERROR) and not 4 <= f.status <= 8:
        res = F.resume_fiber(f, res)
        if f.status != F.ST_DEAD:
            debug_stacktrace(f, res, b"")
            eflush()
    return True


def _run_main(env, args):
    """Run a script's main like cli-main: an error escaping it is reported
    with the reference's run-main and cli-main frames (exit status 1)."""
    try:
        run_main(env, args)
    except JanetError as e:
        if e.trace:
            e.trace[-1].tail = True     # main is tail-called by wrap-main
        report_error(e, MAIN_FRAMES, stderr=True)
        raise Exit(1)
    except RecursionError:
        report_error(_overflow(), MAIN_FRAMES, stderr=True)
        raise Exit(1)


def cli(argv):
    try:
        try:
            run = Cli(argv)
        finally:
            # start-up is over (the collector, paused since the command
            # line started, resumes: pyjanet/startup.py)
            startup.settle()
        run.run()
    except Exit as e:
        # no task can be waiting unless the event loop's module was imported
        loop = sys.modules.get("pyjanet.evloop")
        if e.drain and loop is not None:
            loop.run()
        raise


def run_in_big_thread(fn):
    """Run fn() on a thread with a large C stack; return its exit code."""
    result = [0]
    done = threading.Event()
    pid = os.getpid()

    def target():
        try:
            sys.setrecursionlimit(RECURSION_LIMIT)
            fn()
        except Exit as e:
            result[0] = e.code
        except SystemExit as e:
            result[0] = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException as e:  # noqa: B902 - last line of defence: no tracebacks
            try:
                report_error(internal_error(e))
            except BaseException:
                sys.stderr.write("error: internal error: %r\n" % (e,))
            result[0] = 1
        finally:
            try:
                _flush_all()
            finally:
                if os.getpid() != pid:
                    # a child of os/posix-fork: nobody waits for this thread there
                    os._exit(result[0] if isinstance(result[0], int) else 1)
                done.set()
                evloop.stop_serving_main_thread()

    start_big_thread(target, "janet")
    # (An Event, not Thread.join: a join interrupted by Ctrl-C can leave the
    # thread looking finished when it is not.)  Meanwhile the main thread does
    # what only it may: set signal handlers (os/sigaction), and run them.
    while True:
        try:
            # (the test is inside the try: a SIGINT lands between any two
            # bytecodes of this loop, the Event's own included)
            if done.is_set():
                break
            evloop.serve_main_thread(0.25)
        except KeyboardInterrupt:
            # Ctrl-C stops a form running in the REPL (pyjanet/repl.py);
            # anywhere else it ends the process, as in the reference.
            repl = sys.modules.get("pyjanet.repl")
            if repl is not None and repl.interrupt():
                continue
            # (no flush: like the reference's, output still buffered is
            # lost when the signal ends the process)
            if repl is not None:
                repl.restore_terminal()
            _die_of(_signal.SIGINT)
    return result[0]


def _die_of(sig):
    """End the process by signal `sig` with its default action, as the
    reference does when it gets one it has no handler for (a parent sees the
    signal, not an exit status)."""
    _signal.signal(sig, _signal.SIG_DFL)
    os.kill(os.getpid(), sig)
    os._exit(128 + sig)     # (not reached)


def _flush_all():
    """Flush the standard streams, ignoring failures: like the C library's at
    exit, a stream that cannot be written (closed, a broken pipe) loses its
    output silently."""
    jio = sys.modules.get("pyjanet.lib.io")
    if jio is not None:
        jio.STDOUT.flush()
        jio.STDERR.flush()
    for s in (sys.stdout, sys.stderr):
        try:
            if s is not None:
                s.flush()
        except (OSError, ValueError):
            pass


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    # A Python warning is about pyjanet or a library, never the user's program:
    # like a traceback, it has no place in a Janet process's output.
    warnings.simplefilter("ignore")
    # Python ignores SIGPIPE; the reference keeps its default action, so
    # writing to a pipe whose reader has gone (`pyjanet x.janet | head -1`)
    # ends the process quietly by that signal.  (Sockets are written with
    # MSG_NOSIGNAL, as in the reference.)
    _signal.signal(_signal.SIGPIPE, _signal.SIG_DFL)
    startup.pause()     # (if not paused yet) until the root environment is built
    code = run_in_big_thread(lambda: cli(argv))
    _flush_all()
    procs = sys.modules.get("pyjanet.lib.os_process")
    if procs is not None and not lazy.is_pending(procs.__name__):
        procs.kill_unwaited()   # like the reference's exit: no orphans
    # (os._exit below skips atexit, where the code caches would be written)
    comp = sys.modules.get("pyjanet.compiler")
    if comp is not None:
        comp.save_templates()
    tier = sys.modules.get("pyjanet.tier")
    if tier is not None:
        tier.save_tier_templates()
    # os._exit skips interpreter teardown of the big thread; flush first.
    os._exit(code if isinstance(code, int) else 1)


if __name__ == "__main__":
    main()
