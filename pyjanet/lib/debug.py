"""The debug/* namespace: stack inspection, stack traces and breakpoints.

Corresponds to the reference's src/core/debug.c (debug/stack, debug/stacktrace,
debug/lineage, debug/arg-stack, janet_stacktrace_ext, and the breakpoints
debug/break, debug/fbreak, debug/unbreak, debug/unfbreak, debug/step, which
pyjanet puts on function entries: see the section at the end).

pyjanet keeps no VM stack.  The frames of a fiber that stopped with an error
are those recorded on the error (`fiber.error.trace`, a list of errors.Frame,
innermost first, including the frames of the child fibers it passed through;
a frame's `.fiber`, when set, says which fiber it ran in).  The frames of the
running fiber and of a suspended one are read off the Python stack (`live_frames`):
every call node of compiled Janet code runs its call inside a `try` whose handler
records the call's frame on an error (`add_frame(_e, callee, site)`), so the
handler that covers the instruction a Python frame is at names the Janet call
in progress and where it is.
"""

import sys

from ..values import Array, Table, kw, FuncDef
from ..errors import format_frame, Frame
from ..runtime import builtin, dyn, STATE, resolve as _resolve
from .. import fiber as F
from .. import args as A
from .. import lazy

# (only reading a frame's position needs it)
dis = lazy.module("dis", globals())

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


def _frame_table(fr, extra=None):
    t = Table()
    if extra is not None:
        fn, pc, slots = extra
        if fn is not None:
            t[KW_FUNCTION] = fn
        t[KW_PC] = float(pc)
        if slots is not None:
            t[KW_SLOTS] = slots
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


KW_FUNCTION = kw("function")
KW_PC = kw("pc")
KW_SLOTS = kw("slots")

# --------------------------------------------------------------------------
# Frames of a running or suspended fiber, from the Python stack

_TEMPLATE_FILE = "<pyjanet>"        # the file name compiled templates carry
_CALL_SITES = {}                    # code object -> [(start, end, callee var, site var)]


def _call_sites(code):
    """The `try` blocks of a template's code whose handler records a call's
    frame, as (start, end, callee variable or None, site variable)."""
    r = _CALL_SITES.get(code)
    if r is not None:
        return r
    ins = list(dis.get_instructions(code))
    at = {x.offset: i for i, x in enumerate(ins)}
    r = []
    for e in dis.Bytecode(code).exception_entries:
        if e.depth != 0:
            continue
        i = at.get(e.target)
        if i is None:
            continue
        # the handler: except JanetError as _e: add_frame(_e, callee, site) /
        # raise site_error(_e, site); look no further than its first call
        for j in range(i, min(i + 12, len(ins))):
            x = ins[j]
            if x.opname == "LOAD_GLOBAL" and x.argval in ("add_frame", "site_error"):
                loads = []
                for y in ins[j + 1:j + 6]:
                    if y.opname in ("PRECALL", "CALL"):
                        break
                    loads.append(y.argval if y.opname in ("LOAD_DEREF", "LOAD_FAST") else None)
                if x.argval == "add_frame" and len(loads) == 3:
                    r.append((e.start, e.end, loads[1], loads[2]))
                elif x.argval == "site_error" and len(loads) == 2:
                    r.append((e.start, e.end, None, loads[1]))
                break
    _CALL_SITES[code] = r
    return r


def _runner_codes():
    return (F._run_inline.__code__, F._fiber_body.__code__, F._gen_driver.__code__,
            F._gen_step.__code__)


def _janet_frames_from(pyframe, fib):
    """(Frame, (function, pc, slots)) for the Janet calls in progress in the
    Python frames from `pyframe` outwards, innermost first, up to where fiber
    `fib` was started."""
    runners = _runner_codes()
    resolve_code = _resolve.__code__
    out = []
    fr = pyframe
    while fr is not None:
        code = fr.f_code
        if code in runners and fr.f_locals.get("f") is fib:
            break
        if code is resolve_code and out and not out[-1][0].cfun:
            # the function running under a tail call resolution was entered
            # by a tail call
            out[-1][0].tail = True
        if code.co_filename == _TEMPLATE_FILE:
            lasti = fr.f_lasti
            for start, end, callee_var, site_var in _call_sites(code):
                if start <= lasti < end:
                    loc = fr.f_locals
                    site = loc.get(site_var)
                    if site is None or not hasattr(site, "frame"):
                        break
                    callee = loc.get(callee_var) if callee_var else None
                    info = getattr(callee, "janet", None)
                    if info is not None and not info.noframe:
                        # a builtin in progress (it called back into Janet,
                        # or it is the innermost frame): its own frame
                        out.append((Frame(info.name, info.source, info.line, info.column,
                                          cfun=info.source != "boot.janet"), None))
                    jf = loc.get("f")
                    slots = Array(jf[1:]) if jf.__class__ is list else None
                    out.append((site.frame(), (loc.get("jfn"), lasti // 2, slots)))
                    break
            if out and not out[-1][0].cfun and fr.f_locals.get("_tc") is True:
                # a function that has tail-called itself (it loops in place)
                out[-1][0].tail = True
        fr = fr.f_back
    return out


def live_frames(fib):
    """Frames of fiber `fib` while it runs or is suspended (innermost first),
    each with its (function, pc, slots); [] when they cannot be read."""
    if fib is STATE.fiber:
        return _janet_frames_from(sys._getframe(1), fib)
    glet = getattr(fib, "glet", None)
    if glet is not None and getattr(glet, "gr_frame", None) is not None:
        return _janet_frames_from(glet.gr_frame, fib)
    gen = getattr(fib, "gen", None)
    if gen is not None and gen.gi_frame is not None:
        return _janet_frames_from(gen.gi_frame, fib)
    return []


def _unstarted_frame(fib):
    """The one frame of a fiber that has not run: its function at its start."""
    d = getattr(fib.fn, "__doc__", None)
    if d.__class__ is not FuncDef:
        return []
    fr = Frame(d.name or "<anonymous>", d.source, d.line, d.column)
    return [(fr, (fib.fn, 0, None))]


@cfun("debug/stack", "(debug/stack fib)",
      "An array of tables describing the fiber's stack frames, innermost first.  "
      "A frame may have :function, :name, :source, :source-line and "
      ":source-column (where it is), :pc, :slots, :tail (entered by a tail "
      "call) and :c (a built-in function).")
def debug_stack(fib):
    f = A.fiber(fib, 0)
    st = f.status
    if f is STATE.fiber or st == F.ST_ALIVE or st in (F.SIG_YIELD, F.ST_DEBUG) or (
            F.SIG_USER0 + 5 <= st <= F.SIG_USER0 + 9):
        frames = live_frames(f)
        if frames:
            return Array(_frame_table(fr, extra) for fr, extra in frames)
    if st == F.ST_NEW:
        return Array(_frame_table(fr, extra) for fr, extra in _unstarted_frame(f))
    # (pyjanet has no bytecode: :pc is 0 where the reference has one)
    return Array(_frame_table(fr, None if fr.cfun else (None, 0, None)) for fr in own_frames(f))


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
