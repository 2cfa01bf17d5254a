"""Running source: read, compile and run each top-level form, reporting errors.

Corresponds to the reference's run-context, dofile, eval-string, bad-parse,
bad-compile and the default on-status handler (debug/stacktrace) in
src/boot/boot.janet.  The output formats are the reference's:

    file:L:C: parse error: msg
    file:L:C: compile error: msg
    error: msg
      in fn [file] on line L, column C
"""

import sys

from .values import Table, Array, kw, sym
from .errors import JanetError, CompileError, ParseError, internal_error, format_trace
from . import runtime as rt
from . import modcache
from .reader import read_program
from .lib.eval import check_compile

KW_CURRENT_FILE = kw("current-file")
KW_SOURCE = kw("source")
KW_ERR = kw("err")
KW_EXIT = kw("exit")


class ScriptError(Exception):
    """A report was printed; the run must stop with exit status `code`."""

    def __init__(self, code=1):
        Exception.__init__(self)
        self.code = code


def err_write(text, stderr=False):
    """Write error text to (dyn :err) or stderr (always stderr with `stderr`:
    what the reference's C main prints, outside any fiber)."""
    from .lib.io import write_to, STDERR
    if isinstance(text, str):
        text = text.encode("utf-8", "replace")
    dest = None if stderr else rt.dyn(KW_ERR)
    try:
        write_to(dest, STDERR, text)
    except JanetError:
        # a report that cannot be written to a file (stderr closed) is lost,
        # as the reference's fprintf to it is
        if dest is not None and dest.__class__ is not STDERR.__class__:
            raise


# Frames of the reference's boot.janet below a script's top level, printed when a
# resumable user signal (user5-9) escapes the script, as the reference does.
SCRIPT_FRAMES = ("eval1 [boot.janet] on line 2964, column 16",
                 "run-context [boot.janet] on line 3020, column 13",
                 "dofile [boot.janet] on line 3402, column 5",
                 "cli-main [boot.janet] on line 5167, column 17")


def report_error(e, extra_frames=(), stderr=False):
    """Print an uncaught error (or other signal) the way the reference does:
    `error: msg` or `<status>: value`, then the stack frames; on (dyn :err),
    or with `stderr` on stderr."""
    from .fiber import SIG_ERROR, STATUS_NAMES
    sig = getattr(e, "signal", SIG_ERROR)
    prefix = "error: " if sig == SIG_ERROR else "%s: " % STATUS_NAMES[sig]
    text = format_trace(e, prefix)
    if extra_frames:
        text += "".join("  in %s\n" % f for f in extra_frames)
    elif sig >= 9:
        text += "".join("  in %s\n" % f for f in SCRIPT_FRAMES)
    err_write(text, stderr)


def format_compile_error(e):
    """The report of a compile error, as bytes ending in a newline."""
    head = "%s:%d:%d: compile error: " % (e.source, e.line, e.column)
    mt = getattr(e, "macro_error", None)
    if mt is not None:
        text = head + format_trace(mt, "error: ")
    else:
        from .errors import error_message
        text = head + error_message(e.value) + "\n"
    return text.encode("utf-8", "replace")


def report_compile_error(e):
    err_write(format_compile_error(e))


LINT_LEVELS = {"none": 0.0, "relaxed": 1.0, "normal": 2.0, "strict": 3.0, "all": float("inf")}
KW_LINT_WARN = kw("lint-warn")
KW_LINT_ERROR = kw("lint-error")
KW_LINT_LEVELS = kw("lint-levels")


def _threshold(env, levels, key, default):
    """The lint threshold set by dynamic binding `key`, translated through
    `levels` like the reference's run-context (an unknown name stays as is)."""
    setting = rt.get(env, key)
    v = rt.get(levels, setting, setting) if setting is not None else None
    return default if v is None else v


def lint_actions(lints, env):
    """What the reference's run-context does with the lints of a form: for each
    distinct one, in order, (is_error, level, line, column, message) when its
    level reaches the environment's :lint-error (an error: the form does not
    run) or :lint-warn (a warning); quieter ones are dropped."""
    from .values import compare
    levels = rt.get(env, KW_LINT_LEVELS)
    if levels is None:
        levels = _DEFAULT_LEVELS
    error = _threshold(env, levels, KW_LINT_ERROR, 0.0)
    warn = _threshold(env, levels, KW_LINT_WARN, 2.0)
    seen = set()
    for level, line, col, msg in lints:
        key = (level, line, col, bytes(msg))
        if key in seen:
            continue      # code a macro duplicated lints twice
        seen.add(key)
        lv = LINT_LEVELS.get(getattr(level, "name", None), 0.0)
        if compare(lv, error) <= 0:
            yield True, level, line, col, msg
        elif compare(lv, warn) <= 0:
            yield False, level, line, col, msg


def report_lints(lints, env, source, line, col):
    """Print a form's lints like the reference's bad-compile and warn-compile
    (a lint without a position takes the form's, line and col); True if one is
    an error."""
    from .printer import to_string
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


_DEFAULT_LEVELS = Table({kw(k): v for k, v in LINT_LEVELS.items()})


def run_form(form, env, source):
    """Compile and run one top-level form in the current fiber."""
    thunk = __import__("pyjanet.compiler", fromlist=["compile_form"]).compile_form(
        form, env, source)
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
    from .compiler import compile_form
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
    from .reader import parse_all_string
    from .compiler import compile_form
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
