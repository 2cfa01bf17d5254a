"""Running source: read, compile and run each top-level form, reporting errors.

Corresponds to the reference's run-context, dofile and eval-string in
src/boot/boot.janet, as the command line and the embedding API run a script
(Janet's own `run-context`, `bad-parse` and `bad-compile` are lib/eval.py).
The output formats are the reference's:

    file:L:C: parse error: msg
    file:L:C: compile error: msg
    error: msg
      in fn [file] on line L, column C

Printing an uncaught error (the default on-status handler) is lib/debug.py's
`report_error`, which lib/ shares; writing to (dyn :err) is lib/io.py's
`err_write`; which lints are reported is lib/eval.py's `lint_actions`.
"""

from .values import Array, kw
from .errors import JanetError, CompileError, format_trace, error_message
from . import runtime as rt
from . import modcache
from .reader import read_program, parse_all_string
from .printer import to_string
from .compiler import compile_form
from .lib.eval import check_compile, lint_actions
from .lib.io import err_write
from .lib.debug import report_error

KW_CURRENT_FILE = kw("current-file")
KW_SOURCE = kw("source")
KW_EXIT = kw("exit")


class ScriptError(Exception):
    """A report was printed; the run must stop with exit status `code`."""

    def __init__(self, code=1):
        Exception.__init__(self)
        self.code = code


def format_compile_error(e):
    """The report of a compile error, as bytes ending in a newline."""
    head = "%s:%d:%d: compile error: " % (e.source, e.line, e.column)
    mt = getattr(e, "macro_error", None)
    if mt is not None:
        text = head + format_trace(mt, "error: ")
    else:
        text = head + error_message(e.value) + "\n"
    return text.encode("utf-8", "replace")


def report_compile_error(e):
    err_write(format_compile_error(e))


def report_lints(lints, env, source, line, col):
    """Print a form's lints like the reference's bad-compile and warn-compile
    (a lint without a position takes the form's, line and col); True if one is
    an error."""
    failed = False
    for is_error, level, lline, lcol, msg in lint_actions(lints, env):
        where = "%s:%s:%s" % (source, to_string(line if lline is None else lline).decode(),
                              to_string(col if lcol is None else lcol).decode())
        text = to_string(msg).decode("utf-8", "replace")
        if is_error:
            failed = True
            err_write("%s: compile error: %s\n" % (where, text))
        else:
            err_write("%s: compile warning (%s): %s\n" % (
                where, to_string(level).decode("utf-8", "replace"), text))
    return failed


def run_form(form, env, source):
    """Compile and run one top-level form in the current fiber."""
    thunk = compile_form(form, env, source)
    return thunk()


def _report_outside(fiber, env, e):
    """Report a script's runtime error in the environment of its caller: the
    reference's run-context calls its :on-status outside the script's fiber,
    so a `(setdyn :err ...)` of the script does not catch the report (while
    its parse and compile errors are reported inside, on the script's)."""
    inner = fiber.env
    fiber.env = env
    try:
        report_error(e)
    finally:
        fiber.env = inner


def run_source(src, env, source, *, exit_on_error=True, path=None):
    """Evaluate every form of `src` in env, like `dofile`.  Returns the last value.

    Errors are reported on (dyn :err); with exit_on_error, ScriptError(1) is raised
    after the report.  `path`: the file `src` was read from, whose forms and code
    are kept between runs (modcache.py).
    """
    if path is None:
        items, perr = read_program(src, source)
        record = None
    else:
        items, perr, record = modcache.read_program(src, source, path)
    env[KW_CURRENT_FILE] = source.encode("utf-8", "surrogateescape")
    env[KW_SOURCE] = source.encode("utf-8", "surrogateescape")
    fiber = rt.STATE.fiber
    old_env = fiber.env
    fiber.env = env
    last = None
    try:
        with modcache.loading(record):
            last = _run_items(items, perr, env, source, exit_on_error, old_env)
    finally:
        fiber.env = old_env
    return last


def _run_items(items, perr, env, source, exit_on_error, caller_env):
    """run_source's loop over the forms read."""
    last = None
    for i in range(len(items)):
        # each form is let go once it is compiled, as the reference's
        # parser does, so what only it referred to can be collected
        form, line, col = items[i]
        items[i] = None
        try:
            lints = Array()
            check_compile("<anonymous>", 2680, 20)   # run-context calls `compile`
            try:
                thunk = compile_form(form, env, source, lints)
            except CompileError as e:
                thunk = e
            # lints first (collected up to a compile error), then the error;
            # a form without a position of its own takes its start's
            if lints and report_lints(lints, env, source, float(line), float(col)):
                if exit_on_error:
                    raise ScriptError(1)
                continue
            if isinstance(thunk, CompileError):
                if thunk.line is None or thunk.line < 0:
                    thunk.line, thunk.column = line, col
                raise thunk
            try:
                last = thunk()
            except rt.FiberReturn as r:
                # (each top-level form is the reference's fiber of its own)
                last = r.value
        except CompileError as e:
            report_compile_error(e)
            if exit_on_error:
                raise ScriptError(1)
            continue
        except JanetError as e:
            _report_outside(rt.STATE.fiber, caller_env, e)
            if exit_on_error:
                raise ScriptError(1)
            continue
        except RecursionError:
            _report_outside(rt.STATE.fiber, caller_env, JanetError(b"stack overflow"))
            if exit_on_error:
                raise ScriptError(1)
            continue
        if rt.get(env, KW_EXIT) is not None:
            break
    if perr is not None and rt.get(env, KW_EXIT) is None:
        err_write(perr.headline() + "\n")
        if exit_on_error:
            raise ScriptError(1)
    return last


def eval_string(src, env, source="eval"):
    """Janet's `eval-string`: parse and run every form; errors are raised, not printed."""
    forms = parse_all_string(src)
    last = None
    for i in range(len(forms)):
        form = forms[i]
        forms[i] = None     # let go of each form once it runs (see run_source)
        try:
            thunk = compile_form(form, env, source)
        except CompileError as e:
            raise JanetError(e.value)
        last = thunk()
    return last
