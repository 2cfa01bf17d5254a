"""The REPL debugger: debugger, debugger-on-status, debugger-env and its
dot-commands (.stack .frame .locals .next .step ...).

Corresponds to the debugger part of the reference's src/boot/boot.janet.  A
debugger is a REPL (run-context) in an environment made from the debugged
fiber's, with :fiber, :signal and :debug-level set and the dot-commands of
`debugger-env` merged in; `(quit)` leaves it.  The commands that show
bytecode (.disasm .bytecode .ppasm) show what `disasm` knows here, and
breakpoints and steps are on debug points, pyjanet's stand-ins for
instructions (see lib/debug.py).
"""

from ..values import Table, sym, kw, truthy
from ..errors import JanetError
from ..runtime import (builtin, boot_frame, cfun_frame, define, call, dyn, get as rt_get,
                       in_ as rt_in)
from .. import args as A
from .. import fiber as F
from ..ops import lt_slow
from .eval import run_context, getline_impl, repl_onstatus
from .prelude import closure, make_env
from .debug import (debug_stack, debug_stacktrace, debug_fbreak, debug_unfbreak, debug_step,
                    point_count)
from .asm import disasm
from .io import print_, eprint, eprintf, flush, slurp

KW_FIBER = kw("fiber")
KW_SIGNAL = kw("signal")
KW_DEBUG_LEVEL = kw("debug-level")
KW_RESUME_VALUE = kw("resume-value")
KW_VALUE = kw("value")
KW_ERR_COLOR = kw("err-color")
KW_DELIMITERS = kw("delimiters")
KW_FUNCTION = kw("function")
KW_LOCALS = kw("locals")
KW_SLOTS = kw("slots")
KW_PC = kw("pc")
KW_SOURCE = kw("source")
KW_BYTECODE = kw("bytecode")


def _boot(name, usage, doc, **kw_):
    return builtin(name, usage, doc, kind="function", source="boot.janet", **kw_)


DEBUGGER_ENV = define("debugger-env", Table(),
                      "The environment of the debugger's dot-commands (.stack, "
                      ".next, ...), merged into each debugger's environment.",
                      source="boot.janet")


def _command(name, usage, doc):
    """A dot-command: a function bound in debugger-env, not in the root."""
    def deco(f):
        f = builtin(name, usage, doc, kind="function", source="boot.janet",
                    register=False, noframe=True)(f)
        entry = Table()
        entry[KW_VALUE] = f
        entry[kw("doc")] = (usage + "\n\n" + doc).encode()
        DEBUGGER_ENV[sym(name)] = entry
        return f
    return deco


@_boot("debugger", "(debugger fiber &opt level)",
       "Runs a debugging REPL on `fiber` (nested ones get a higher `level`): its "
       "environment, made from the fiber's, has the dot-commands of "
       "`debugger-env`, :fiber and :signal.  Returns the environment's "
       ":resume-value when the REPL ends.")
def debugger(fiber, level=None):
    if level is None:
        level = 1.0
    fib = A.fiber(fiber, 0)
    env = make_env(fib.env)
    env[KW_FIBER] = fib
    env[KW_DEBUG_LEVEL] = level
    env[KW_SIGNAL] = fib.last_value
    for k, v in DEBUGGER_ENV.items():
        env[k] = v

    def chunks(buf, p):
        status = call(rt_get(p, kw("state")), p, KW_DELIMITERS)
        where = call(rt_get(p, kw("where")), p)
        prompt = b"debug[" + _num(level) + b"]:" + _num(rt_in(where, 0.0)) + b":" + \
            bytes(status) + b"> "
        return getline_impl(prompt, buf, env)
    eprint(b"entering debug[", level, b"] - (quit) to exit")
    flush()
    run_context(env=env, chunks=chunks,
                onstatus=debugger_on_status(env, level + 1, True))
    eprint(b"exiting debug[", level, b"]")
    flush()
    return rt_get(env, KW_RESUME_VALUE)


def _num(x):
    from ..printer import to_string
    return to_string(x)


@_boot("debugger-on-status", "(debugger-on-status env &opt level is-repl)",
       "A function for run-context's :on-status: after a form finished it prints "
       "the value (binding it to `_`) when `is-repl`; after an error or other "
       "signal it prints the stack trace, then, when `env` has :debug set, runs "
       "`debugger` on the fiber.")
def debugger_on_status(env, level=None, is_repl=None):
    return closure("debugger", repl_onstatus(env, 1.0 if level is None else level,
                                             truthy(is_repl)), 2)


# --------------------------------------------------------------------------
# The dot-commands
#
# The reference writes them in boot.janet, so an error in one shows its frame
# (and those of the dot-commands it called) at the position of the failing
# form there.  They are registered without a frame of their own, and `_at`
# adds the reference's: the C function's that failed (`cfun`), then the
# command's at (line, column).

def _at(name, line, column, fn, *args, cfun=None, tail=False):
    try:
        return fn(*args)
    except JanetError as e:
        if cfun is not None:
            cfun_frame(e, cfun)
        raise boot_frame(e, name, line, column, tail)


def _count(n):
    """`(or n 1)`, the bound of the reference's `forv` loops."""
    return n if truthy(n) else 1.0


def _fiber():
    return dyn(KW_FIBER)


@_command(".fiber", "(.fiber)", "The fiber being debugged.")
def dot_fiber():
    return _fiber()


@_command(".signal", "(.signal)", "The signal value the debugged fiber stopped with.")
def dot_signal():
    return dyn(KW_SIGNAL)


@_command(".stack", "(.stack)", "Prints the debugged fiber's stack.")
def dot_stack():
    print_()
    from ..runtime import STATE
    env = STATE.fiber.env
    old = env.get(KW_ERR_COLOR) if env is not None else None
    if env is not None:
        env[KW_ERR_COLOR] = False
    try:
        _at(".stack", 3943, 34, debug_stacktrace, _fiber(), dyn(KW_SIGNAL), b"",
            cfun="debug/stacktrace")
    finally:
        if env is not None:
            if old is None:
                env.pop(KW_ERR_COLOR, None)
            else:
                env[KW_ERR_COLOR] = old
    print_()
    return None


@_command(".frame", "(.frame &opt n)", "Stack frame `n` (0, the innermost, by default).")
def dot_frame(n=None):
    stack = _at(".frame", 3950, 15, debug_stack, _fiber(), cfun="debug/stack")
    return _at(".frame", 3951, 3, rt_in, stack, n if truthy(n) else 0.0)


@_command(".locals", "(.locals &opt n)", "The local bindings of stack frame `n`.")
def dot_locals(n=None):
    return rt_get(_at(".locals", 3956, 8, dot_frame, n), KW_LOCALS)


@_command(".fn", "(.fn &opt n)", "The function of stack frame `n`.")
def dot_fn(n=None):
    return rt_in(_at(".fn", 3961, 7, dot_frame, n), KW_FUNCTION)


@_command(".slots", "(.slots &opt n)", "The slots (values) of stack frame `n`.")
def dot_slots(n=None):
    return rt_in(_at(".slots", 3966, 7, dot_frame, n), KW_SLOTS)


@_command(".slot", "(.slot &opt nth frame-idx)", "Slot `nth` of stack frame `frame-idx`.")
def dot_slot(nth=None, frame_idx=None):
    slots = _at(".slot", 3971, 7, dot_slots, frame_idx)
    return _at(".slot", 3971, 3, rt_in, slots, nth if truthy(nth) else 0.0)


@_command(".disasm", "(.disasm &opt n)", "`disasm` of the function of stack frame `n`.")
def dot_disasm(n=None):
    frame = _at(".disasm", 3979, 16, dot_frame, n)
    return _at(".disasm", 3981, 5, disasm, rt_get(frame, KW_FUNCTION), cfun="disasm",
               tail=True)


@_command(".bytecode", "(.bytecode &opt n)",
          "The :bytecode of the function of stack frame `n` (empty here).")
def dot_bytecode(n=None):
    return rt_get(_at(".bytecode", 3986, 6, dot_disasm, n), KW_BYTECODE)


@_command(".ppasm", "(.ppasm &opt n)",
          "Prints what is known of the function of stack frame `n`: the signal, the "
          "fiber's status, the function's name and source, its slots.")
def dot_ppasm(n=None):
    frame = _at(".ppasm", 3991, 16, dot_frame, n)
    d = _at(".ppasm", 3993, 15, disasm, rt_get(frame, KW_FUNCTION), cfun="disasm")
    eprint(b"\n  signal:     ", dyn(KW_SIGNAL))
    eprint(b"  status:     ", kw(F.STATUS_NAMES[_fiber().status]))
    eprint(b"  function:   ", rt_get(d, kw("name"), b"<anonymous>"), b" [",
           rt_get(d, KW_SOURCE, b""), b"]")
    eprintf(b"  constants:  %.4q", rt_get(d, kw("constants")))
    eprintf(b"  slots:      %.4q\n", rt_get(frame, KW_SLOTS))
    return None


@_command(".breakall", "(.breakall &opt n)",
          "Sets a breakpoint on every debug point of the function of stack frame `n`.")
def dot_breakall(n=None):
    fun = _at(".breakall", 4040, 14, dot_fn, n)
    count = point_count(fun)
    for pc in range(count):
        _at(".breakall", 4043, 7, debug_fbreak, fun, float(pc), cfun="debug/fbreak")
    eprint(b"set ", float(count), b" breakpoints in ", fun)
    return None


@_command(".clearall", "(.clearall &opt n)",
          "Clears the breakpoints of every debug point of the function of stack frame `n`.")
def dot_clearall(n=None):
    fun = _at(".clearall", 4049, 14, dot_fn, n)
    count = point_count(fun)
    for pc in range(count):
        _at(".clearall", 4052, 7, debug_unfbreak, fun, float(pc), cfun="debug/unfbreak")
    eprint(b"cleared ", float(count), b" breakpoints in ", fun)
    return None


@_command(".source", "(.source &opt n)",
          "Prints the source file of the function of stack frame `n`.")
def dot_source(n=None):
    frame = _at(".source", 4058, 14, dot_frame, n)
    text = _at(".source", 4060, 19, slurp, rt_get(frame, KW_SOURCE))
    eprint(b"\n", text, b"\n")
    return None


@_command(".break", "(.break)", "Sets a breakpoint on the current function.")
def dot_break():
    frame = _at(".break", 4066, 14, dot_frame)
    fun = rt_get(frame, KW_FUNCTION)
    pc = rt_get(frame, KW_PC)
    _at(".break", 4069, 3, debug_fbreak, fun, pc, cfun="debug/fbreak")
    eprint(b"set breakpoint in ", fun, b" at pc=", pc)
    return None


@_command(".clear", "(.clear)", "Clears the breakpoint of the current function.")
def dot_clear():
    frame = _at(".clear", 4075, 14, dot_frame)
    fun = rt_get(frame, KW_FUNCTION)
    pc = rt_get(frame, KW_PC)
    _at(".clear", 4078, 3, debug_unfbreak, fun, pc, cfun="debug/unfbreak")
    eprint(b"cleared breakpoint in ", fun, b" at pc=", pc)
    return None


@_command(".next", "(.next &opt n)",
          "Resumes the debugged fiber `n` times (once by default): to the next "
          "breakpoint.  Returns the last value it stopped with.")
def dot_next(n=None):
    res = None
    i, bound = 0.0, _count(n)
    while lt_slow(i, bound):
        res = _at(".next", 4086, 14, F.resume_fiber, _fiber(), None)
        i += 1
    return res


@_command(".nextc", "(.nextc &opt n)",
          "Clears the current breakpoint, then does `.next`.")
def dot_nextc(n=None):
    _at(".nextc", 4092, 3, dot_clear)
    try:
        return dot_next(n)
    except JanetError as e:
        # `(.next n)` is the reference's tail call
        if e.trace:
            e.trace[-1].tail = True
        raise boot_frame(e, ".nextc", 4093, 3)


@_command(".step", "(.step &opt n)",
          "Runs `debug/step` on the debugged fiber `n` times (once by default).")
def dot_step(n=None):
    res = None
    i, bound = 0.0, _count(n)
    while lt_slow(i, bound):
        res = _at(".step", 4100, 14, debug_step, _fiber(), cfun="debug/step")
        i += 1
    return res
