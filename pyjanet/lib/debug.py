"""The debug/* namespace: stack inspection, stack traces and breakpoints.

Corresponds to the reference's src/core/debug.c (debug/stack, debug/stacktrace,
debug/lineage, debug/arg-stack, janet_stacktrace_ext, and the breakpoints
debug/break, debug/fbreak, debug/unbreak, debug/unfbreak, debug/step, which
pyjanet puts on function entries: see the section at the end).

pyjanet keeps no VM stack to walk: a fiber's frames are those recorded on the
error that stopped it (`fiber.error.trace`, a list of errors.Frame, innermost
first, including the frames of the child fibers it passed through; a frame's
`.fiber`, when set, says which fiber it ran in).  A fiber that finished
normally, or that is suspended, shows no frames.
"""

from ..values import Array, Table, kw
from ..errors import format_frame
from ..runtime import builtin, dyn
from .. import fiber as F
from .. import args as A

SOURCE = "src/core/debug.c"

KW_NAME = kw("name")
KW_SOURCE = kw("source")
KW_LINE = kw("source-line")
KW_COLUMN = kw("source-column")
KW_TAIL = kw("tail")
KW_C = kw("c")
KW_ERR_COLOR = kw("err-color")


def cfun(name, usage, doc):
    return builtin(name, usage, doc, source=SOURCE)


def _trace(fib):
    st = fib.status
    if st == F.ST_ERROR or (F.SIG_USER0 <= st <= F.SIG_USER0 + 4):
        e = fib.error
        if e is not None:
            return e.trace
    return []


def _tagged(trace):
    # Frames know their fiber once the fiber machinery tags them as the error
    # leaves each fiber; an untagged trace is taken whole.
    for fr in trace:
        if fr.fiber is not None:
            return True
    return False


def fiber_frames(fib):
    """The frames a stack trace of `fib` shows, innermost first: those of the
    fiber and of the child fibers the error came through.  [] when the fiber
    has no recorded frames (it finished, or it is suspended)."""
    tr = _trace(fib)
    if tr and _tagged(tr):
        last = -1
        for i, fr in enumerate(tr):
            if fr.fiber is fib:
                last = i
        return tr[:last + 1]
    return tr


def own_frames(fib):
    """The frames of `fib` itself (not its children), innermost first."""
    tr = _trace(fib)
    if tr and _tagged(tr):
        return [fr for fr in tr if fr.fiber is fib]
    return tr


def stacktrace_text(fib, err, prefix):
    """The text janet_stacktrace_ext prints: with a `prefix` (str), first the line
    `<prefix><status>: <message>` (only when there are frames), then one
    `  in ...` line per frame."""
    from ..printer import to_string
    frames = fiber_frames(fib)
    lines = []
    if frames and prefix is not None:
        e = fib.error
        owner = e.fiber if e is not None and e.fiber is not None else fib
        status = F.STATUS_NAMES[owner.status]
        lines.append("%s%s: %s" % (prefix, status,
                                   to_string(err).decode("utf-8", "surrogateescape")))
    for fr in frames:
        lines.append(format_frame(fr))
    text = "".join(l + "\n" for l in lines)
    color = dyn(KW_ERR_COLOR)
    if color is not None and color is not False:
        text = "\x1b[31m" + text + "\x1b[0m"
    return text


@cfun("debug/stacktrace", "(debug/stacktrace fiber &opt err prefix)",
      "Prints the stack trace of `fiber` to (dyn :err).  When `prefix` is a string, "
      "the trace starts with the line `<prefix><status>: <err>` (as the error "
      "reports do with an empty prefix); without one only the frames are "
      "printed.  Returns the fiber.")
def debug_stacktrace(fiber, err=None, prefix=None):
    from ..context import err_write
    fib = A.fiber(fiber, 0)
    if prefix is not None:
        prefix = bytes(A.string(prefix, 2)).decode("utf-8", "surrogateescape")
    text = stacktrace_text(fib, err, prefix)
    if text:
        err_write(text.encode("utf-8", "surrogateescape"))
    return fiber


def _frame_table(fr):
    t = Table()
    if fr.name and fr.name != "<anonymous>":
        t[KW_NAME] = fr.name.encode("utf-8", "surrogateescape")
    if fr.source:
        t[KW_SOURCE] = fr.source.encode("utf-8", "surrogateescape")
    if fr.cfun:
        t[KW_C] = True
    if fr.line > 0:
        t[KW_LINE] = float(fr.line)
        t[KW_COLUMN] = float(fr.column if fr.column > 0 else 1)
    if fr.tail:
        t[KW_TAIL] = True
    return t


@cfun("debug/stack", "(debug/stack fib)",
      "An array of tables describing the fiber's stack frames, innermost first.  "
      "A frame may have :name, :source, :source-line and :source-column (where "
      "it is), :tail (entered by a tail call) and :c (a built-in function).")
def debug_stack(fib):
    f = A.fiber(fib, 0)
    return Array(_frame_table(fr) for fr in own_frames(f))


@cfun("debug/lineage", "(debug/lineage fib)",
      "An array of `fib` and the chain of fibers it is resuming (its child, the "
      "child's child, ...), outermost first: where a signal came from.")
def debug_lineage(fib):
    f = A.fiber(fib, 0)
    out = Array()
    while f is not None:
        out.append(f)
        f = f.child
    return out


@cfun("debug/arg-stack", "(debug/arg-stack fiber)",
      "A new array of the values pushed as arguments for a call the fiber has not "
      "made yet.  pyjanet passes arguments directly, so this is always empty.")
def debug_arg_stack(fiber):
    A.fiber(fiber, 0)
    return Array()


# --------------------------------------------------------------------------
# Breakpoints (the reference's janet_debug_break / janet_debug_find)
#
# pyjanet has no instructions to mark, so a breakpoint is on a function's
# entry: every pc of a function is its entry.  A function gets one by having
# its code swapped for a stub (same number of closure cells, so the swap is
# allowed) that raises the debug signal and, once resumed, runs the original
# code.  The reference marks the function's definition, shared by every
# closure made from it: here the closures of that definition alive when the
# breakpoint is set get it (found among the objects Python's collector
# tracks, as the reference walks its heap).

import gc as _gc
import sys as _sys
import types as _types

from ..values import FuncDef
from ..errors import panic, panicf
from ..runtime import is_closure

_HOOK_NAME = "__pyjanet_breakpoint__"
_STUBS = {}     # stub code object -> original function (a copy with the old code)
_BROKEN = {}    # id(function) -> (function, original code, set of pcs)


def _stub_for(f):
    """A code object taking the same parameters as f's (so arity errors stay
    those of a call) and handing them to the breakpoint hook."""
    code = f.__code__
    n = len(code.co_freevars)
    cells = ["_c%d" % i for i in range(n)]
    params = ["p%d" % i for i in range(code.co_argcount)]
    rest = code.co_flags & 0x04     # CO_VARARGS
    plist = params + (["*rest"] if rest else [])
    args = "(%s)" % "".join(p + ", " for p in params)
    if rest:
        args += " + rest"
    lines = ["def _outer():"]
    lines += ["    %s = None" % c for c in cells]
    lines.append("    def stub(%s):" % ", ".join(plist))
    if cells:
        lines.append("        (%s,)" % ", ".join(cells))   # keeps the cell count
    lines.append("        return %s(%s)" % (_HOOK_NAME, args))
    lines.append("    return stub")
    ns = {}
    exec(compile("\n".join(lines), "<breakpoint>", "exec"), ns)
    return ns["_outer"]().__code__.replace(co_name=code.co_name)


def _breakpoint_hit(args):
    orig = _STUBS.get(_sys._getframe(1).f_code)
    if orig is None:
        panic("breakpoint without a function")
    F.signal(F.SIG_DEBUG, None)
    return orig(*args)


def _siblings(f):
    fd = f.__doc__
    out = [f]
    for o in _gc.get_objects():
        if o is not f and o.__class__ is _types.FunctionType and o.__doc__ is fd:
            out.append(o)
    return out


def _set_break(f, pc):
    if pc < 0:
        panic("invalid bytecode offset")
    for fn in _siblings(f):
        entry = _BROKEN.get(id(fn))
        if entry is not None and entry[0] is fn:
            entry[2].add(pc)
            continue
        code = fn.__code__
        orig = _types.FunctionType(code, fn.__globals__, fn.__name__, fn.__defaults__,
                                   fn.__closure__)
        orig.__kwdefaults__ = fn.__kwdefaults__
        orig.__doc__ = fn.__doc__
        orig.__dict__.update(fn.__dict__)
        stub = _stub_for(fn)
        fn.__globals__.setdefault(_HOOK_NAME, _breakpoint_hit)
        _STUBS[stub] = orig
        fn.__code__ = stub
        _BROKEN[id(fn)] = (fn, code, {pc})


def _clear_break(f, pc):
    if pc < 0:
        panic("invalid bytecode offset")
    for fn in _siblings(f):
        entry = _BROKEN.get(id(fn))
        if entry is None or entry[0] is not fn:
            continue
        entry[2].discard(pc)
        if not entry[2]:
            _STUBS.pop(fn.__code__, None)
            fn.__code__ = entry[1]
            del _BROKEN[id(fn)]


def _function(x, n):
    if not is_closure(x):
        A.panic_type(x, n, "function")
    return x


def _find(source, line, column):
    """The function whose definition is the closest before (line, column) in
    `source` (the reference picks the closest instruction)."""
    src = A.string(source, 0).decode("utf-8", "surrogateescape")
    ln = A.integer(line, 1)
    col = A.integer(column, 2)
    best = None
    best_pos = (-1, -1)
    for o in _gc.get_objects():
        if o.__class__ is not _types.FunctionType:
            continue
        fd = o.__doc__
        if fd.__class__ is not FuncDef or fd.source != src:
            continue
        pos = (fd.line, fd.column)
        if pos <= (ln, col) and pos > best_pos:
            best, best_pos = o, pos
    if best is None:
        panic("could not find breakpoint")
    return best


@cfun("debug/fbreak", "(debug/fbreak fun &opt pc)",
      "Sets a breakpoint in the function `fun`: calling it then raises a debug "
      "signal (a fiber trapping :debug stops there, with status :debug) and "
      "resuming runs the call.  pyjanet has no bytecode, so every `pc` is the "
      "function's entry; a negative one is an error.")
def debug_fbreak(fun, pc=None):
    _set_break(_function(fun, 0), 0 if pc is None else A.integer(pc, 1))
    return None


@cfun("debug/unfbreak", "(debug/unfbreak fun &opt pc)",
      "Removes a breakpoint set with `debug/fbreak`.")
def debug_unfbreak(fun, pc=None):
    _clear_break(_function(fun, 0), 0 if pc is None else A.integer(pc, 1))
    return None


@cfun("debug/break", "(debug/break source line col)",
      "Sets a breakpoint at line `line`, column `col` of the source file `source`: "
      "on the entry of the function defined closest before that position (pyjanet "
      "breaks on function entries, not on instructions).  An error when no loaded "
      "function comes from there.")
def debug_break(source, line, col):
    _set_break(_find(source, line, col), 0)
    return None


@cfun("debug/unbreak", "(debug/unbreak source line column)",
      "Removes a breakpoint set with `debug/break`.")
def debug_unbreak(source, line, column):
    _clear_break(_find(source, line, column), 0)
    return None


@cfun("debug/step", "(debug/step fiber &opt x)",
      "Continues `fiber` (passing x) and returns the value it stops with.  The "
      "reference runs one bytecode instruction; pyjanet has none, so the fiber "
      "runs to its next breakpoint or signal, or to its end.")
def debug_step(fiber, x=None):
    f = A.fiber(fiber, 0)
    return F.resume_fiber(f, x)
