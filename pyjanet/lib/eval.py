"""Evaluating code from Janet: run-context, eval, eval-string, repl and their helpers.

Corresponds to the evaluation section of the reference's src/boot/boot.janet:
`run-context` (read, compile and run forms one by one, each in its own fiber,
reporting through callbacks), `eval`, `eval-string`, `quit`, `repl` and the
default handlers `bad-parse`, `bad-compile`, `warn-compile` (and the REPL's
on-status handler, the reference's debugger-on-status without the debugger).

The reference implements these in Janet, so its stack traces show frames such
as `in eval-string [boot.janet] on line 3091, column 36`.  These functions are
registered without a frame of their own (`noframe`) and add exactly the frames
the reference shows, at the reference's positions, with `boot_frame`.

`run_context` is also the Python entry point used by `dofile` (lib/module.py).

Also here: `getline`, the reference client's replacement of the core getline
(src/mainclient/shell.c; on a terminal it calls the line editor of
pyjanet/repl.py), and which lints run-context reports (`lint_actions`).
`flycheck`, a dofile with an evaluator of its own, is in lib/module.py.
"""

from ..values import Array, Buffer, Keyword, Struct, Table, kw, sym, truthy, compare
from ..compiler import compile_form
from ..errors import CompileError, JanetError
from ..runtime import (boot_frame, cfun_frame, builtin, call, call_nonfn, dyn, setdyn,
                       get as rt_get, in_ as rt_in, STATE, iter_values,
                       length as rt_length)
from ..reader import ByteParser
from ..printer import to_string
from .. import fiber as F
from .. import args as A
from ..sandbox import sandbox_assert, SANDBOX_COMPILE
from .parser import Parser, parse_all_values
from .io import write_to, eflush, printf, eprintf, flush, STDIN, STDERR, KW_ERR, JFile
from .prelude import make_env, curenv
from .debug import debug_stacktrace

KW_EXIT = kw("exit")
KW_EXIT_VALUE = kw("exit-value")
KW_CURRENT_FILE = kw("current-file")
KW_ERR_COLOR = kw("err-color")
KW_OUT = kw("out")
KW_IN = kw("in")
KW_PRETTY_FORMAT = kw("pretty-format")
KW_REPL_PROMPT = kw("repl-prompt")
KW_ANON = kw("<anonymous>")
KW_REPL = kw("repl")
KW_DEBUG = kw("debug")
KW_CANCEL = kw("cancel")
KW_SOURCE = kw("source")
KW_VALUE = kw("value")
KW_CONSUME = kw("consume")
KW_PRODUCE = kw("produce")
KW_STATUS = kw("status")
KW_HAS_MORE = kw("has-more")
KW_WHERE = kw("where")
KW_ERROR = kw("error")
KW_FLUSH = kw("flush")
KW_EOF = kw("eof")
KW_STATE = kw("state")
KW_DELIMITERS = kw("delimiters")
KW_ENV = kw("env")
SYM_UNDERSCORE = sym("_")

OPTION_KEYS = {name: kw(name) for name in (
    "env", "chunks", "on-status", "on-compile-error", "on-compile-warning",
    "on-parse-error", "fiber-flags", "evaluator", "source", "parser", "read",
    "expander")}


def boot(name, usage, doc, noframe=False):
    """Register a function the reference writes in boot.janet.  With `noframe`,
    the function adds its own trace frames (see boot_frame) at the reference's
    positions and the runtime adds none for it."""
    return builtin(name, usage, doc, kind="function", source="boot.janet", noframe=noframe)


def check_compile(name, line, column):
    """What a boot.janet function of the reference meets when it calls
    `compile` under (sandbox :compile): the error, with the frames of
    `compile` and of that function (`name` at its position)."""
    try:
        sandbox_assert(SANDBOX_COMPILE)
    except JanetError as e:
        cfun_frame(e, "compile")
        raise boot_frame(e, name, line, column)


# --------------------------------------------------------------------------
# Printing helpers for the default handlers

def _text(*xs):
    out = bytearray()
    for x in xs:
        c = x.__class__
        if c is bytes or c is Buffer:
            out += x
        elif x is not None:
            out += to_string(x)
    return bytes(out)


def _eprint(data):
    write_to(dyn(KW_ERR), STDERR, data)


def _eflush():
    eflush()


def where_name(where):
    """The source name `compile` gets for a run-context `where`."""
    if where.__class__ is bytes or where.__class__ is Buffer:
        return bytes(where).decode("utf-8", "surrogateescape")
    if where.__class__ is Keyword:
        return where.name
    return _text(where).decode("utf-8", "surrogateescape")


# --------------------------------------------------------------------------
# Default handlers

@boot("bad-parse", "(bad-parse p where)",
      "The default parse error handler of `run-context`: prints "
      "`where:line:column: parse error: message` (from the parser `p`) to "
      "(dyn :err).")
def bad_parse(p, where):
    ec = truthy(dyn(KW_ERR_COLOR))
    pos = call_nonfn(KW_WHERE, (p,))
    line = rt_in(pos, 0.0)
    col = rt_in(pos, 1.0)
    msg = call_nonfn(KW_ERROR, (p,))
    _eprint(_text(b"\x1b[31m" if ec else b"", where, b":", line, b":", col,
                  b": parse error: ", msg, b"\x1b[0m" if ec else None, b"\n"))
    _eflush()
    return None


@boot("cli-main", "(cli-main args)",
      "Runs the command-line interface with the arguments `args` (an array or "
      "tuple of strings, without the program name), as `pyjanet` itself does: "
      "options, a script, or the REPL.  A failure ends the process with its exit "
      "status.", noframe=True)
def cli_main(args):
    from ..__main__ import Cli, Exit
    if not isinstance(args, (tuple, Array)):
        rt_length(args)       # (the reference takes its length first)
    argv = [bytes(A.bytes_(a, 0)).decode("utf-8", "surrogateescape")
            for a in iter_values(A.indexed(args, 0))]
    cli = Cli(argv)
    cli.embedded = True
    cli.args = args             # (the caller's own tuple or array, as in the reference)
    cli.setdyn("args", args)
    try:
        cli.run()
    except Exit as e:
        if e.code:
            from .os_ import os_exit
            os_exit(float(e.code))
    return None


@boot("warn-compile", "(warn-compile msg level where &opt line col)",
      "The default compile warning (lint) handler of `run-context`: prints "
      "`where:line:column: compile warning (level): message` to (dyn :err).")
def warn_compile(msg, level, where, line=None, col=None):
    ec = truthy(dyn(KW_ERR_COLOR))
    _eprint(_text(b"\x1b[33m" if ec else b"", where, b":", line, b":", col,
                  b": compile warning (", level, b"): "))
    _eprint(_text(msg, b"\x1b[0m" if ec else None, b"\n"))
    _eflush()
    return None


@boot("bad-compile", "(bad-compile msg macrof where &opt line col)",
      "The default compile error handler of `run-context`: prints "
      "`where:line:column: compile error: message` to (dyn :err); when the "
      "error came from a macro, `macrof` is the macro's fiber and its stack "
      "trace follows.")
def bad_compile(msg, macrof, where, line=None, col=None):
    ec = truthy(dyn(KW_ERR_COLOR))
    _eprint(_text(b"\x1b[31m" if ec else b"", where, b":", line, b":", col,
                  b": compile error: "))
    if truthy(macrof):
        debug_stacktrace(macrof, msg, b"")
    else:
        _eprint(_text(msg, b"\x1b[0m" if ec else None, b"\n"))
    _eflush()
    return None


def _default_onstatus(f, x):
    return debug_stacktrace(f, x)


# --------------------------------------------------------------------------
# Lints: which ones run-context reports, and how

LINT_LEVELS = {"none": 0.0, "relaxed": 1.0, "normal": 2.0, "strict": 3.0, "all": float("inf")}
KW_LINT_WARN = kw("lint-warn")
KW_LINT_ERROR = kw("lint-error")
KW_LINT_LEVELS = kw("lint-levels")
_DEFAULT_LEVELS = Table({kw(k): v for k, v in LINT_LEVELS.items()})


def _threshold(env, levels, key, default):
    """The lint threshold set by dynamic binding `key`, translated through
    `levels` like the reference's run-context (an unknown name stays as is)."""
    setting = rt_get(env, key)
    v = rt_get(levels, setting, setting) if setting is not None else None
    return default if v is None else v


def lint_actions(lints, env):
    """What the reference's run-context does with the lints of a form: for each
    distinct one, in order, (is_error, level, line, column, message) when its
    level reaches the environment's :lint-error (an error: the form does not
    run) or :lint-warn (a warning); quieter ones are dropped."""
    levels = rt_get(env, KW_LINT_LEVELS)
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


# --------------------------------------------------------------------------
# run-context

def _can_resume(f):
    st = f.status
    return not (st == F.ST_DEAD or st == F.ST_ERROR or st == F.ST_ALIVE or 4 <= st <= 8)


def _guard_flags(guard):
    return bytes(A.bytes_(guard, 1))


def run_context(env=None, chunks=None, onstatus=None, on_compile_error=None,
                on_compile_warning=None, on_parse_error=None, guard=None,
                evaluator=None, where=None, parser=None, read=None, expander=None,
                program=None):
    """The reference's run-context; returns (in env :exit-value env).

    `program` (Python callers only) is (items, parse_error) from
    reader.read_program: the forms of a whole source read in advance, used
    instead of a parser (dofile's fast path; a parse error stops the run).
    """
    if env is None:
        fib = STATE.fiber
        env = fib.env if fib is not None and fib.env is not None else Table()
    if onstatus is None:
        onstatus = _default_onstatus
    if on_compile_error is None:
        on_compile_error = bad_compile
    if on_compile_warning is None:
        on_compile_warning = warn_compile
    if on_parse_error is None:
        on_parse_error = bad_parse
    flags = b"ydt" if guard is None else _guard_flags(guard)
    if where is None:
        where = KW_ANON
    state = {"where": where}
    if where.__class__ is bytes:
        env[KW_CURRENT_FILE] = where

    def exiting():
        return truthy(rt_get(env, KW_EXIT))

    def eval1(form, line=None, col=None):
        if expander is not None:
            form = call(expander, form)
        good = [True]
        w = state["where"]

        def compile_and_lint(*_):
            check_compile("<anonymous>", 2680, 20)
            lints = Array()
            try:
                thunk = compile_form(form, env, where_name(w), lints)
            except CompileError as e:
                thunk = e
            for is_error, level, lline, lcol, msg in lint_actions(lints, env):
                lline = line if lline is None else lline
                lcol = col if lcol is None else lcol
                if is_error:
                    good[0] = False
                    call(on_compile_error, msg, None, w, lline, lcol)
                else:
                    call(on_compile_warning, msg, level, w, lline, lcol)
            if not good[0]:
                return None
            if isinstance(thunk, CompileError):
                e = thunk
                good[0] = False
                eline = float(e.line) if e.line is not None and e.line > 0 else line
                ecol = float(e.column) if e.column is not None and e.column > 0 else col
                return call(on_compile_error, e.value, getattr(e, "macro_fiber", None),
                            w, eline, ecol)
            if evaluator is not None:
                return call(evaluator, thunk, form, env, w)
            return thunk()

        f = F.new_fiber(compile_and_lint, flags, env)
        resumeval = None
        while _can_resume(f):
            res = F.resume_fiber(f, resumeval)
            if good[0]:
                resumeval = call(onstatus, f, res)

    def parse_err(p):
        fib = STATE.fiber
        old = fib.env
        fib.env = env
        try:
            call(on_parse_error, p, state["where"])
        finally:
            fib.env = old

    if read is not None:
        while not exiting():
            eval1(call(read, env, state["where"]))
        return rt_in(env, KW_EXIT_VALUE, env)

    if program is not None:
        items, perr = program
        for i in range(len(items)):
            if exiting():
                break
            form, line, col = items[i]
            items[i] = None     # let go of the form, as a parser would
            eval1(form, float(line), float(col))
        if perr is not None and not exiting():
            parse_err(_failed_parser(perr))
        env.pop(KW_EXIT, None)
        return rt_in(env, KW_EXIT_VALUE, env)

    if chunks is None:
        def chunks(buf, p):
            return getline_impl(b"", buf, env)
    p = parser if parser is not None else Parser()
    native = p.p if p.__class__ is Parser else None

    def method(name):
        m = rt_get(p, name)
        return lambda *args: call(m, p, *args)

    if native is not None:
        consume = native.consume
        status = lambda: native.status()                            # noqa: E731
        has_more = native.has_more
        produce_w = lambda: native.produce(True)                    # noqa: E731
    else:
        m_consume, m_status = method(KW_CONSUME), method(KW_STATUS)
        m_has_more, m_produce = method(KW_HAS_MORE), method(KW_PRODUCE)
        consume = lambda data, i: int(m_consume(data, float(i)))    # noqa: E731
        status = lambda: m_status().name                            # noqa: E731
        has_more = lambda: truthy(m_has_more())                     # noqa: E731
        produce_w = lambda: m_produce(True)                         # noqa: E731

    def produce():
        tup = produce_w()
        line = getattr(tup, "line", -1)
        col = getattr(tup, "column", -1)
        return rt_in(tup, 0.0), float(line), float(col)

    buf = Buffer()
    not_done = True
    while not_done:
        if exiting():
            break
        del buf[:]
        r = call(chunks, buf, p)
        if r is KW_CANCEL:
            if native is not None:
                native.flush()
            else:
                method(KW_FLUSH)()
            del buf[:]
            continue
        if (r.__class__ is Array or isinstance(r, tuple)) and len(r) >= 2 \
                and r[0] is KW_SOURCE:
            state["where"] = r[1]
            if r[1].__class__ is bytes:
                env[KW_CURRENT_FILE] = r[1]
            continue
        n = len(buf)
        if n == 0:
            if native is not None:
                native.eof()
            else:
                method(KW_EOF)()
            not_done = False
        pindex = 0
        data = bytes(buf)
        while n > pindex:
            pindex += consume(data, pindex)
            while has_more():
                eval1(*produce())
                if exiting():
                    break
            if status() == "error":
                parse_err(p)
                if exiting():
                    break
    if not exiting():
        while has_more():
            eval1(*produce())
            if exiting():
                break
        if status() == "error":
            parse_err(p)
    env.pop(KW_EXIT, None)
    return rt_in(env, KW_EXIT_VALUE, env)


def _failed_parser(perr):
    """A parser standing where a whole-source read failed, for on-parse-error."""
    bp = ByteParser()
    bp.err = bytes(perr.value).decode("utf-8", "surrogateescape")
    bp.line = perr.line
    bp.column = perr.column
    return Parser(bp)


@boot("run-context", "(run-context opts)",
      "Reads, compiles and runs forms one at a time in an environment, each in "
      "its own fiber, and hands every outcome to callbacks.  Returns "
      "(in env :exit-value env) once the input ends or :exit is set in env.  "
      "`opts` is a struct or table of options:\n\n"
      "* :env - the environment (default: the current fiber's)\n\n"
      "* :chunks - (chunks buf parser) fills buf with more source; an empty "
      "buffer ends the input (default: read lines with getline)\n\n"
      "* :source - where the code comes from, for errors and *current-file* "
      "(default :<anonymous>)\n\n"
      "* :on-parse-error - (f parser where), default `bad-parse`\n\n"
      "* :on-compile-error - (f msg macro-fiber where line col), default "
      "`bad-compile`\n\n"
      "* :on-compile-warning - (f msg level where line col), default "
      "`warn-compile`\n\n"
      "* :on-status - (f fiber value) after each form's fiber stops; its "
      "result resumes a fiber that yielded (default `debug/stacktrace`)\n\n"
      "* :evaluator - (f thunk form env where) runs a compiled form (default: "
      "call the thunk)\n\n"
      "* :expander - applied to each form before it is compiled\n\n"
      "* :fiber-flags - the signal mask of each form's fiber (default :ydt)\n\n"
      "* :parser - a parser object to use instead of a new `parser/new`\n\n"
      "* :read - (read env where) returns the next form; replaces parsing")
def run_context_fn(opts):
    if opts.__class__ is not Table and opts.__class__ is not Struct:
        rt_in(opts, KW_ENV)   # the reference destructures opts with `in`
    o = {name: rt_get(opts, k) for name, k in OPTION_KEYS.items()}
    return run_context(env=o["env"], chunks=o["chunks"], onstatus=o["on-status"],
                       on_compile_error=o["on-compile-error"],
                       on_compile_warning=o["on-compile-warning"],
                       on_parse_error=o["on-parse-error"], guard=o["fiber-flags"],
                       evaluator=o["evaluator"], where=o["source"], parser=o["parser"],
                       read=o["read"], expander=o["expander"])


@boot("quit", "(quit &opt value)",
      "Asks the running `run-context` (a REPL, a file being run) to stop after "
      "the current form, by setting the :exit dynamic binding; the context then "
      "returns `value` if it is not nil.  It does not end the process.")
def quit_(value=None):
    setdyn(KW_EXIT, True)
    setdyn(KW_EXIT_VALUE, value)
    return None


# --------------------------------------------------------------------------
# eval, eval-string, parse helpers

def eval_form(form, env=None):
    """`(eval form env)`: compile against env (default: the current one) and run."""
    check_compile("eval", 3050, 12)
    if env is None:
        env = curenv()
    elif env.__class__ is not Table:
        e = JanetError(b"")
        try:
            A.table(env, 1)
        except JanetError as err:
            e = err
        cfun_frame(e, "compile")
        raise boot_frame(e, "eval", 3050, 12)
    try:
        thunk = compile_form(form, env, "eval")
    except CompileError as e:
        raise boot_frame(JanetError(e.value), "eval", 3053, 5)
    return thunk()


@boot("eval", "(eval form &opt env)",
      "Compiles and runs `form` in `env` (default: the current environment) and "
      "returns its value.  A compile error is raised as an error.  See "
      "`run-context` for more control.", noframe=True)
def eval_(form, env=None):
    return eval_form(form, env)


@boot("eval-string", "(eval-string str &opt env)",
      "Reads every form of the string `str` and evaluates them in turn in `env` "
      "(default: the current environment); returns the last value.  Parse and "
      "compile errors are raised.  See `run-context` for more control.",
      noframe=True)
def eval_string(s, env=None):
    try:
        forms = parse_all_values(s)
    except JanetError as e:
        raise boot_frame(e, "eval-string", 3091, 11)
    ret = None
    for form in forms:
        try:
            ret = eval_form(form, env)
        except JanetError as e:
            raise boot_frame(e, "eval-string", 3091, 36)
    return ret


# --------------------------------------------------------------------------
# The REPL

def getline_impl(prompt, buf, env=None):
    """The command-line client's getline: replace the contents of `buf` with
    one line of input (with its newline; empty at the end of input).

    On a terminal the line is edited (pyjanet/repl.py) after showing `prompt`;
    with an environment the input is Janet source (completion from env, Enter
    submits complete forms) and Ctrl-C / Ctrl-Q return :cancel.  Otherwise, as
    in the reference, a plain line is read from (dyn :in) without a prompt."""
    from .. import repl as R
    if R.terminal_editing():
        line = R.edit_line(prompt, env)
        if line is R.CANCEL:
            return KW_CANCEL
        del buf[:]
        buf += line
        return buf
    src = dyn(KW_IN)
    if src is None or src.__class__ is not JFile:
        src = STDIN
    del buf[:]
    try:
        line = src.f.readline()
    except (OSError, ValueError):
        line = b""
    buf += line
    return buf


_NO_ARG = object()


@builtin("getline", "(getline &opt prompt buf env)",
         "Reads a line of input into `buf` (default: a new buffer), newline "
         "included, and returns the buffer.  On a terminal the line is edited "
         "after showing `prompt`: with an environment table `env`, the input is "
         "Janet source with completion of env's bindings, Enter submitting only "
         "complete forms, and Ctrl-C or Ctrl-Q returning :cancel.  When input is "
         "not a terminal, a plain line is read from (dyn :in) and no prompt is "
         "shown.  At the end of input the buffer is empty.")
def getline(prompt=_NO_ARG, buf=_NO_ARG, env=_NO_ARG):
    # like the reference, an explicit nil is a bad argument, not a default
    p = b"" if prompt is _NO_ARG else A.string(prompt, 0)
    b = Buffer() if buf is _NO_ARG else A.buffer(buf, 1)
    e = None if env is _NO_ARG else A.table(env, 2)
    return getline_impl(p, b, e)


def repl_onstatus(env, level=1.0, is_repl=True):
    """The REPL's on-status handler (the reference's debugger-on-status, which
    lib/debugger.py exposes): after a form finished, with `is_repl`, print its
    value and bind it to `_`; after an error or other signal print the stack
    trace and, when env has :debug, run `debugger` on the fiber at `level`."""

    def onstatus(f, x):
        if f.status == F.ST_DEAD:
            if not is_repl:
                return None
            entry = Table()
            entry[KW_VALUE] = x
            env[SYM_UNDERSCORE] = entry
            pf = rt_get(env, KW_PRETTY_FORMAT, b"%q")
            try:
                printf(pf, x)
            except JanetError as e:
                eprintf(b"bad pretty format %v: %v", pf, e.value)
                _eflush()
            flush()
        else:
            debug_stacktrace(f, x, b"")
            _eflush()
            if truthy(rt_get(env, KW_DEBUG)):
                # with :debug set (-d): a debugging REPL on the fiber
                # (lib/debugger.py)
                debugger = rt_get(rt_get(STATE.root_env, sym("debugger")), KW_VALUE)
                call(debugger, f, level)
        return None
    return onstatus


def repl_prompt(env, p):
    """`repl:LINE:DELIMITERS> `, or what the *repl-prompt* function returns."""
    custom = rt_get(env, KW_REPL_PROMPT)
    if custom is not None:
        return call(custom, p)
    line = rt_in(call_nonfn(KW_WHERE, (p,)), 0.0)
    delims = call_nonfn(KW_STATE, (p, KW_DELIMITERS))
    return _text(b"repl:", line, b":", delims, b"> ")


@boot("repl", "(repl &opt chunks onsignal env parser read)",
      "Runs a read-eval-print loop with `run-context` until the input ends.  "
      "`chunks` reads source (default: lines from stdin after a `repl:N:> ` "
      "prompt), `onsignal` is called with each form's fiber and value (default: "
      "print the value, or the error's stack trace), `env` is the environment "
      "(default: a new one); `parser` and `read` go to `run-context`.")
def repl(chunks=None, onsignal=None, env=None, parser=None, read=None):
    return repl_impl(chunks, onsignal, env, parser, read)


def repl_impl(chunks=None, onsignal=None, env=None, parser=None, read=None,
              evaluator=None):
    """`repl`, and for Python callers (the command line's REPL) a run-context
    `evaluator` too."""
    if env is None:
        env = make_env()
    if chunks is None:
        def chunks(buf, p):
            return getline_impl(repl_prompt(env, p), buf, env)
    onstatus = onsignal if onsignal is not None else repl_onstatus(env)
    return run_context(env=env, chunks=chunks, onstatus=onstatus, parser=parser,
                       read=read, where=KW_REPL, evaluator=evaluator)
