"""The debug/* namespace: stack inspection, stack traces and breakpoints.

The reports of uncaught errors are printed here too: a script's
(`report_error`) and an event-loop task's (`report_task_error`, which
evloop.py, below this module, is handed when this module loads).

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

import gc as _gc
import sys
import types as _types
import weakref as _weakref

from ..values import Array, Table, kw, FuncDef, Symbol
from ..errors import format_frame, format_trace, Frame, panic, panicf, CompileError, JanetError
from ..runtime import builtin, dyn, STATE, resolve as _resolve, is_closure, TailCall
from ..compiler import instrument, defining_frame, NO_FRAME, compile_form, realize_deferred
from .. import fiber as F
from .. import args as A
from .. import startup
from .. import lazy
from .. import evloop
from ..printer import to_string
from .io import err_write

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
    frames = fiber_frames(fib)
    owner = None
    if not frames:
        # a fiber that stopped alive (a debug signal, a yield, user5-9) or is
        # running: the frames on its stack, those of the fibers it is resuming
        # first, as the reference walks the chain from the innermost child
        frames, owner = _live_chain_frames(fib)
    lines = []
    if frames and prefix is not None:
        if owner is None:
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


def _is_live(f):
    """Whether fiber f's frames are on its stack: it runs, or it stopped
    alive (a yield, a debug signal, user5-9) and can be resumed."""
    st = f.status
    return f is STATE.fiber or st in (F.ST_ALIVE, F.SIG_YIELD, F.ST_DEBUG) or \
        F.SIG_USER0 + 5 <= st <= F.SIG_USER0 + 9


def _live_chain_frames(fib):
    """(frames, innermost fiber with frames) of a live fiber and the live
    fibers it is resuming, innermost first; ([], None) when none are readable."""
    chain = []
    f = fib
    while f is not None and f not in chain:
        chain.append(f)
        f = f.child
    frames, owner = [], None
    for f in reversed(chain):
        if not _is_live(f):
            continue
        got = [fr for fr, _ in live_frames(f)]
        if got and owner is None:
            owner = f
        frames += got
    return frames, owner


@cfun("debug/stacktrace", "(debug/stacktrace fiber &opt err prefix)",
      "Prints the stack trace of `fiber` to (dyn :err).  When `prefix` is a string, "
      "the trace starts with the line `<prefix><status>: <err>` (as the error "
      "reports do with an empty prefix); without one only the frames are "
      "printed.  Returns the fiber.")
def debug_stacktrace(fiber, err=None, prefix=None):
    fib = A.fiber(fiber, 0)
    if prefix is not None:
        prefix = bytes(A.string(prefix, 2)).decode("utf-8", "surrogateescape")
    text = stacktrace_text(fib, err, prefix)
    if text:
        err_write(text.encode("utf-8", "surrogateescape"))
    return fiber


def report_task_error(fiber, res):
    """Print a task's uncaught error or signal like janet_stacktrace_ext (what
    the event loop does when a task ends that way)."""
    text = stacktrace_text(fiber, res, "")
    if not text and fiber.status != F.ST_DEAD and fiber.fn is not None:
        # The reference's fiber always has its function's frame on its stack
        # here; ours records none when the error did not come through a call
        # (a stack overflow, a task cancelled before it ran): the message alone
        # is closer than nothing.
        text = "%s: %s\n" % (F.STATUS_NAMES[fiber.status],
                             to_string(res).decode("utf-8", "surrogateescape"))
    if text:
        err_write(text.encode("utf-8", "surrogateescape"))


# (the event loop sits below this module and cannot import it)
evloop.set_task_error_reporter(report_task_error)


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
    sig = getattr(e, "signal", F.SIG_ERROR)
    prefix = "error: " if sig == F.SIG_ERROR else "%s: " % F.STATUS_NAMES[sig]
    text = format_trace(e, prefix)
    if extra_frames:
        text += "".join("  in %s\n" % f for f in extra_frames)
    elif sig >= 9:
        text += "".join("  in %s\n" % f for f in SCRIPT_FRAMES)
    err_write(text, stderr)


def _frame_table(fr, extra=None):
    t = Table()
    if extra is not None:
        fn, pc, slots = extra[0], extra[1], extra[2]
        if fn is not None:
            t[KW_FUNCTION] = fn
        t[KW_PC] = float(pc)
        if slots is not None:
            t[KW_SLOTS] = slots
        if len(extra) > 3 and extra[3] is not None:
            t[KW_LOCALS] = extra[3]
    if fr.name and fr.name != "<anonymous>":
        t[KW_NAME] = fr.name.encode("utf-8", "surrogateescape")
    if fr.source:
        t[KW_SOURCE] = fr.source.encode("utf-8", "surrogateescape")
    if fr.cfun:
        t[KW_C] = True
    if fr.line > 0:
        t[KW_LINE] = float(fr.line)
        t[KW_COLUMN] = float(fr.column if fr.column > 0 else 1)
    elif extra is not None and not fr.cfun:
        # a Janet function always has a source map; code eval compiled from
        # forms without positions maps to line -1, column -1
        t[KW_LINE] = float(fr.line)
        t[KW_COLUMN] = float(fr.column)
    if fr.tail:
        t[KW_TAIL] = True
    return t


KW_FUNCTION = kw("function")
KW_LOCALS = kw("locals")
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
                for y in ins[j + 1:j + 9]:
                    if y.opname in ("PRECALL", "CALL"):
                        break
                    if y.opname == "BINARY_SUBSCR" and len(loads) >= 2:
                        # a callee read out of a var's cell (`_b1[0]`): one argument
                        del loads[-2:]
                        loads.append(None)
                        continue
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
    at_code = _Def.at.__code__
    hit_code = _breakpoint_hit.__code__
    out = []
    fr = pyframe
    while fr is not None:
        code = fr.f_code
        if code in runners and fr.f_locals.get("f") is fib:
            break
        if code is at_code:
            # stopped at a debug point: the frame of the function with
            # debug points (its function is set at the stub's frame, below)
            loc = fr.f_locals
            d, f, p = loc["self"], loc["f"], loc["p"]
            fd = d.fd
            # inside loops that make closures, the reference has a frame per
            # loop (a function named while), each at the loop's position
            line, col, lf = p.line, p.column, f
            for k in range(p.ldepth + 1):
                name = "while" if k < p.ldepth else (fd.name or "<anonymous>")
                out.append((Frame(name, fd.source, line, col),
                            [None, p.pc, Array(lf[1:]), _locals(f, p, k), d]))
                if k < p.ldepth:
                    site = p.loops[k]
                    line, col, lf = site.line, site.column, lf[0]
        elif code is hit_code:
            sw = fr.f_locals.get("sw")
            if sw is not None:
                for _, extra in out:
                    if extra is not None and len(extra) > 4 and extra[4] is sw.d() \
                            and extra[0] is None:
                        extra[0] = sw.fn()
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
                    at = _SITES.get(id(site))
                    if at is not None and at[0] is site:
                        # a call in a function with debug points: the pc of
                        # the call's point
                        p = at[1]
                        out.append((site.frame(), [None, p.pc, slots, None, at[2]()]))
                    else:
                        # (the function, its locals and slots are looked
                        # up only when asked for: _complete)
                        out.append((site.frame(), [loc.get("jfn"), lasti // 2, slots, None,
                                                   None, fr, site]))
                    break
            if out and not out[-1][0].cfun and fr.f_locals.get("_tc") is True:
                # a function that has tail-called itself (it loops in place)
                out[-1][0].tail = True
        fr = fr.f_back
    return out


def _locals(f, p, level=0):
    """The local variables visible at debug point p, run in frame f, of the
    frame `level` loops out."""
    t = Table()
    # the captured variables first: a local of the same name wins
    for s, depth, slot in p.upvals.values():
        fr = f
        for _ in range(p.ldepth + depth):
            fr = fr[0]
        if slot < len(fr):
            v = fr[slot]
            if v is not None:
                t[s] = v
    for s, depth, slot in p.names:
        if depth < level:
            continue
        fr = f
        for _ in range(depth):
            fr = fr[0]
        if slot < len(fr):
            v = fr[slot]
            if v is not None:
                t[s] = v
    return t


def _cells_match(fn, code, loc):
    cells = fn.__closure__ or ()
    for name, cell in zip(code.co_freevars, cells):
        if name in loc:
            try:
                if cell.cell_contents is not loc[name]:
                    return False
            except ValueError:
                return False
    return True


def _running_function(pyframe):
    """(function, Python frame) of the Janet function whose body the Python
    frame `pyframe` (a call in progress) runs: the nearest frame of a
    compiled function (`jfn`) outwards, and the closure among those of its
    code whose captured cells are that frame's."""
    fr = pyframe
    while fr is not None and not _is_function_frame(fr.f_code):
        fr = fr.f_back
    if fr is None:
        return None, None
    code, loc = fr.f_code, fr.f_locals
    fn = loc.get("jfn")
    if fn is not None and getattr(fn, "__code__", None) is code:
        return fn, fr
    startup.thaw()      # (what start-up froze is searched too)
    for o in _gc.get_referrers(code):
        if o.__class__ is _types.FunctionType and o.__code__ is code and \
                _cells_match(o, code, loc):
            return o, fr
    # a closure whose code a breakpoint swapped for a stub
    for sw in list(_STUBS.values()):
        o = sw.fn()
        if sw.code is code and o is not None and _cells_match(o, code, loc):
            return o, fr
    return None, fr


_THUNK_CODES = frozenset(c for c in compile_form.__code__.co_consts
                         if isinstance(c, _types.CodeType) and c.co_name == "thunk")


def _is_function_frame(code):
    """Whether a Python frame runs a Janet function's body: a compiled
    function (`jfn`) or a top-level form's thunk."""
    return (code.co_name == "jfn" and code.co_filename == _TEMPLATE_FILE) or \
        code in _THUNK_CODES


def _var_value(loc, depth, slot):
    """The value of variable (depth, slot) seen from a compiled function's
    Python frame locals: the function tier keeps its own variables in Python
    locals (_lN) unless a closure captures them, the closure compiler in its
    frame list `f`, whose slot 0 is the frame it was made over."""
    if depth == 0:
        v = loc.get("_l%d" % slot)
        if v is not None:
            return v
        f = loc.get("f")
        if f.__class__ is list and slot < len(f):
            return f[slot]
        return None
    f = loc.get("f")
    fr = f[0] if f.__class__ is list else loc.get("_pf")
    for _ in range(depth - 1):
        if fr is None:
            return None
        fr = fr[0]
    if fr is None or slot >= len(fr):
        return None
    return fr[slot]


def _complete(fr, extra):
    """Fill in the function, slots and locals of a frame read off a
    function without debug points (a stopped fiber's, for debug/stack): the
    locals are those visible at the call in progress, found among the
    function's debug points (compiling it with them, as a breakpoint does)."""
    fn, pyframe, site = extra[0], extra[5], extra[6]
    jfr = None
    if fn is None:
        fn, jfr = _running_function(pyframe)
    else:
        jfr = pyframe
    if fn is None or jfr is None:
        return
    extra[0] = fn
    loc = jfr.f_locals
    fd = getattr(fn, "__doc__", None)
    if jfr.f_code not in _THUNK_CODES:
        ls = [int(k[2:]) for k in loc if k.startswith("_l") and k[2:].isdigit()]
        f = loc.get("f")
        n = max(ls + [len(f) - 1 if f.__class__ is list else 0])
        order = list(range(1, n + 1))
        form = fd.form if fd.__class__ is FuncDef else None
        if n and form is not None and len(form) > 1 and form[1].__class__ is Symbol:
            # the function's own name has slot 1 here, the register after
            # the parameters in the reference
            k = min(n, 1 + fd.arity + (1 if fd.vararg else 0))
            order = order[1:k] + [1] + order[k:]
        extra[2] = Array(_var_value(loc, 0, i) for i in order)
    if fd.__class__ is not FuncDef or fd.form is None:
        return
    d = _def(fd)
    best = None
    for p in d.points:
        if p.ldepth == 0 and (p.line, p.column) == (site.line, site.column):
            best = p
            if p.call:
                break
    if best is None:
        return
    t = Table()
    for names in (best.upvals.values(), best.names):
        for s, depth, slot in names:
            v = _var_value(loc, depth, slot)
            if v is not None:
                t[s] = v
    if len(t):
        extra[3] = t


def _error_calls(e):
    """The calls an error left, innermost first, read off its Python
    traceback (whose frames keep their variables): (site, Python frame of
    the compiled function the call is in)."""
    tbs = []
    tb = e.__traceback__
    while tb is not None:
        tbs.append(tb)
        tb = tb.tb_next
    out = []
    for i in range(len(tbs) - 1, -1, -1):
        t = tbs[i]
        code = t.tb_frame.f_code
        if code.co_filename != _TEMPLATE_FILE:
            continue
        for start, end, _callee, site_var in _call_sites(code):
            if start <= t.tb_lasti < end:
                site = t.tb_frame.f_locals.get(site_var)
                if site is None or not hasattr(site, "frame"):
                    break
                # the function's own frame: this one (function tier) or the
                # nearest outer one of a compiled function
                j = i
                while j >= 0 and not _is_function_frame(tbs[j].tb_frame.f_code):
                    j -= 1
                if j >= 0:
                    out.append((site, tbs[j].tb_frame))
                break
    return out


def _error_frame_tables(f):
    """debug/stack of a fiber that stopped with an error: its recorded
    frames, with the function, slots and locals of each frame found in the
    error's traceback."""
    frames = own_frames(f)
    e = f.error
    calls = _error_calls(e) if e is not None else []
    k = 0
    out = Array()
    for fr in frames:
        extra = None
        if not fr.cfun:
            extra = [None, 0, None]
            for i in range(k, len(calls)):
                site, pyframe = calls[i]
                if site.line == fr.line and site.column == fr.column and \
                        site.source == fr.source:
                    extra = [None, 0, None, None, None, pyframe, site]
                    _complete(fr, extra)
                    k = i + 1
                    break
        out.append(_frame_table(fr, extra))
    return out


def live_frames(fib):
    """Frames of fiber `fib` while it runs or is suspended (innermost first),
    each with its (function, pc, slots); [] when they cannot be read."""
    if fib is STATE.fiber:
        return _gen_function(_janet_frames_from(sys._getframe(1), fib), fib)
    glet = getattr(fib, "glet", None)
    if glet is not None and getattr(glet, "gr_frame", None) is not None:
        return _gen_function(_janet_frames_from(glet.gr_frame, fib), fib)
    gen = getattr(fib, "gen", None)
    if gen is not None and gen.gi_frame is not None:
        return _gen_function(_janet_frames_from(gen.gi_frame, fib), fib)
    return []


def _gen_function(frames, fib):
    """Frames of a fiber that runs its function's generator version
    (compiler.py, "Functions that yield"): the generator's frame, which has
    no `jfn` to name its function, is the fiber's function's."""
    gen = getattr(fib, "gen", None)
    code = getattr(gen, "gi_code", None)
    if code is None:
        return frames
    for _fr, extra in frames:
        if extra is not None and len(extra) > 6 and extra[0] is None and \
                extra[5] is not None and extra[5].f_code is code:
            extra[0] = fib.fn
    return frames


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
    if _is_live(f):
        frames = live_frames(f)
        if frames:
            if f is not STATE.fiber:
                # a stopped fiber (the debugger's): its frames' functions and
                # locals too (not for the running fiber, whose stack a test
                # helper may read at every assert)
                for fr, extra in frames:
                    if extra is not None and len(extra) > 6:
                        _complete(fr, extra)
            return Array(_frame_table(fr, extra) for fr, extra in frames)
    if st == F.ST_NEW:
        return Array(_frame_table(fr, extra) for fr, extra in _unstarted_frame(f))
    # (pyjanet has no bytecode: :pc is 0 where the reference has one)
    if st == F.ST_ERROR and f is not STATE.fiber:
        return _error_frame_tables(f)
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
# Breakpoints and stepping (the reference's janet_debug_break,
# janet_debug_find and janet_step)
#
# The reference marks bytecode instructions; pyjanet marks debug points
# (compiler.py, "Debug points"): the forms of a function body that have a
# position, numbered like the instructions they stand for, the number being
# the pc.  Setting a breakpoint in a function compiles its definition again
# with a hook at each point (a "twin" of each closure of the definition, over
# the same frame) and swaps the code of those closures for a stub with the
# same parameters and closure cells (so the swap is allowed) that calls the
# twin.  The hook checks whether its pc has a breakpoint, or whether a
# debug/step waits for the next point of its frame, and if so raises the
# debug signal; resuming goes on from there.  Removing the last breakpoint
# puts the original code back.  Functions without breakpoints run their
# usual code.
#
# The reference marks the function's definition, shared by every closure
# made from it: here the closures of that definition alive when the
# breakpoint is set get it (found among the objects Python's collector
# tracks, as the reference walks its heap).  A function whose definition
# cannot be compiled again (the prelude's, which are compiled lazily, or a
# closure whose frame cannot be found) gets a breakpoint on its entry
# instead: every pc is then its entry.

_HOOK_NAME = "__pyjanet_breakpoint__"
_STUBS = {}         # stub code object -> _Swap
_SITES = {}         # id(call site of a twin) -> (site, Point, weakref of its _Def)
_STEPS = []         # the step requests of the debug/step calls in progress


class _Swap:
    """A closure whose code is swapped for a stub while its definition has
    breakpoints: the stub calls `twin` (with debug points), or, in entry
    mode, raises the debug signal and calls `orig` (a copy with the old code)."""
    __slots__ = ("fn", "code", "has_twin", "orig", "jgen", "d")

    def __init__(self, fn, twin, d):
        self.code = fn.__code__
        # the twin hangs on the function (its FuncDef's environment holds the
        # function: held here it would keep the function alive)
        self.has_twin = twin is not None
        if twin is not None:
            fn._jtwin_of = twin
        self.d = _weakref.ref(d)
        orig = None
        if twin is None:
            orig = _types.FunctionType(self.code, fn.__globals__, fn.__name__,
                                       fn.__defaults__, fn.__closure__)
            orig.__kwdefaults__ = fn.__kwdefaults__
            orig.__doc__ = fn.__doc__
            orig.__dict__.update(fn.__dict__)
        self.orig = orig
        # a fiber would step the generator version, which has no points
        self.jgen = fn.__dict__.pop("_jgen", None) if twin is not None else None
        stub = _stub_for(fn)
        fn.__globals__.setdefault(_HOOK_NAME, _breakpoint_hit)
        _STUBS[stub] = self
        # a breakpoint does not keep its function alive (nor do the
        # reference's): when the function goes, so does its stub
        self.fn = _weakref.ref(fn, lambda _r: _STUBS.pop(stub, None))
        fn.__code__ = stub

    def undo(self):
        fn = self.fn()
        if fn is None:
            return
        _STUBS.pop(fn.__code__, None)
        fn.__code__ = self.code
        fn.__dict__.pop("_jtwin_of", None)
        if self.jgen is not None:
            fn._jgen = self.jgen


class _Def:
    """A function definition's debug points, breakpoints and swapped closures."""

    def __init__(self, fd):
        self._fd = _weakref.ref(fd)     # (fd.debug is this)
        self.breaks = set()
        self.swaps = {}         # id(closure) -> _Swap
        try:
            self.factory, self.points, sites = instrument(fd, self.at)
        except (CompileError, JanetError, RecursionError):
            self.factory, self.points, sites = None, [], ()
        if not self.points:
            # a body without forms (`(fn [x] x)`): break on the entry
            self.factory = None
        for site, p in sites:
            _SITES[id(site)] = (site, p, _weakref.ref(self))

    @property
    def fd(self):
        return self._fd()

    def at(self, f, p):
        """The hook of debug point p, run with the frame f it is in."""
        if p.pc in self.breaks or (_STEPS and _STEPS[-1].wants(self, f, p)):
            try:
                F.signal(F.SIG_DEBUG, None)
            except JanetError as e:
                # the signal reached the top (or the fiber was cancelled
                # here): the innermost frame is this point's
                if not e.trace:
                    fd = self.fd
                    e.trace.append(Frame(fd.name or "<anonymous>", fd.source,
                                         p.line, p.column))
                raise

    def pc(self, pc):
        """A pc given to debug/fbreak as one of the definition's points (a pc
        past the last point, where the reference has more instructions than
        pyjanet has points, is the last point)."""
        if pc < 0:
            panic("invalid bytecode offset")
        if self.points and pc >= len(self.points):
            return len(self.points) - 1
        return pc

    def attach(self):
        """Swap in the stubs of the live closures of the definition."""
        for fn in _siblings(self.fd):
            sw = self.swaps.get(id(fn))
            if sw is not None and sw.fn() is fn:
                continue
            twin = None
            realize_deferred(fn)
            if self.factory is not None:
                frame = defining_frame(fn, self.fd)
                if frame is not NO_FRAME:
                    twin = self.factory(frame)
                    twin.__doc__ = self.fd
                    twin._jtwin = True
            self.swaps[id(fn)] = _Swap(fn, twin, self)

    def detach(self):
        if self.breaks:
            return
        for sw in self.swaps.values():
            sw.undo()
        self.swaps.clear()


def _def(fd):
    d = fd.debug
    if d is None:
        d = fd.debug = _Def(fd)
    return d


def _base(f, p):
    """The frame of the function a point is in (not a loop's own frame)."""
    for _ in range(p.ldepth):
        f = f[0]
    return f


class _Step:
    """What a debug/step waits for: the next point of the frame its fiber
    stopped in (or, for a fiber not started yet, the first point of its
    function)."""
    __slots__ = ("d", "frame", "ldepth")

    def __init__(self, d, frame, ldepth=0):
        self.d = d
        self.frame = frame
        # a loop that makes closures is a function of its own in the
        # reference: a step inside it stays inside it
        self.ldepth = ldepth

    def wants(self, d, f, p):
        if d is not self.d or p.ldepth != self.ldepth:
            return False
        if self.frame is None:
            # a fiber's first step: the reference runs the first instruction,
            # which is all of the first point's form unless that is a call
            self.frame = _base(f, p)
            return p.call
        return _base(f, p) is self.frame


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
    sw = _STUBS.get(sys._getframe(1).f_code)
    if sw is None:
        panic("breakpoint without a function")
    if sw.has_twin:
        r = sw.fn()._jtwin_of(*args)
        # the original's callers may not look for a tail call (`_jtail`)
        if r.__class__ is TailCall:
            r = _resolve(r)
        return r
    if sw.d().breaks:
        F.signal(F.SIG_DEBUG, None)
    return sw.orig(*args)


def _siblings(fd):
    out = []
    startup.thaw()      # (what start-up froze is searched too)
    for o in _gc.get_objects():
        if o.__class__ is _types.FunctionType and o.__doc__ is fd and \
                "_jtwin" not in o.__dict__:
            out.append(o)
    return out


def _function(x, n):
    if not is_closure(x):
        A.panic_type(x, n, "function")
    return x


def _find(source, line, column):
    """(definition, pc) of the point closest to (line, column) in `source`,
    not after it, chosen as the reference chooses an instruction: the greatest
    position whose line and column are both at most the given ones, the first
    such point on ties, of the newest definition (the reference walks its
    heap from the newest object; an outer function is finished after the
    functions inside it)."""
    src = A.string(source, 0).decode("utf-8", "surrogateescape")
    ln = A.integer(line, 1)
    col = A.integer(column, 2)
    fds = {}
    startup.thaw()      # (what start-up froze is searched too)
    for o in _gc.get_objects():
        if o.__class__ is not _types.FunctionType or "_jtwin" in o.__dict__:
            continue
        fd = o.__doc__
        if fd.__class__ is FuncDef and fd.source == src:
            fds[id(fd)] = fd
    best = None
    best_pos = (-1, -1)
    for fd in sorted(fds.values(), key=lambda d: -d.serial):
        d = _def(fd)
        if d.points:
            cands = [(p.line, p.column, p.pc) for p in d.points]
        else:
            cands = [(fd.line, fd.column, 0)]
        for pl, pcol, pc in cands:
            if pl <= ln and pcol <= col and (pl, pcol) > best_pos:
                best, best_pos = (d, pc), (pl, pcol)
    if best is None:
        panic("could not find breakpoint")
    return best


def _set_break(d, pc):
    d.breaks.add(pc)
    d.attach()


def _clear_break(d, pc):
    d.breaks.discard(pc)
    d.detach()


def point_count(fun):
    """How many debug points the function has (what `.breakall` marks); 1
    for one that breaks on its entry."""
    return len(_def(_function(fun, 0).__doc__).points) or 1


@cfun("debug/fbreak", "(debug/fbreak fun &opt pc)",
      "Sets a breakpoint in the function `fun` at debug point `pc` (0, the "
      "first, by default): a fiber that traps :debug signals stops there with "
      "status :debug, and resuming goes on.  pyjanet's points are the forms "
      "of the body that have a position, numbered in evaluation order; a pc "
      "past the last is the last, a negative one is an error.")
def debug_fbreak(fun, pc=None):
    d = _def(_function(fun, 0).__doc__)
    _set_break(d, d.pc(0 if pc is None else A.integer(pc, 1)))
    return None


@cfun("debug/unfbreak", "(debug/unfbreak fun &opt pc)",
      "Removes a breakpoint set with `debug/fbreak`.")
def debug_unfbreak(fun, pc=None):
    d = _def(_function(fun, 0).__doc__)
    _clear_break(d, d.pc(0 if pc is None else A.integer(pc, 1)))
    return None


@cfun("debug/break", "(debug/break source line col)",
      "Sets a breakpoint at line `line`, column `col` of the source file `source`: "
      "at the form of a loaded function that starts there, or else the closest "
      "one before that position.  An error when no loaded function comes "
      "from there.")
def debug_break(source, line, col):
    _set_break(*_find(source, line, col))
    return None


@cfun("debug/unbreak", "(debug/unbreak source line column)",
      "Removes a breakpoint set with `debug/break`.")
def debug_unbreak(source, line, column):
    _clear_break(*_find(source, line, column))
    return None


def _stopped_at(fib):
    """(definition, frame) of the debug point fiber `fib` is stopped at, or None."""
    glet = getattr(fib, "glet", None)
    fr = getattr(glet, "gr_frame", None) if glet is not None else None
    at = _Def.at.__code__
    while fr is not None:
        if fr.f_code is at:
            loc = fr.f_locals
            p = loc["p"]
            return loc["self"], _base(loc["f"], p), p.ldepth
        fr = fr.f_back
    return None


@cfun("debug/step", "(debug/step fiber &opt x)",
      "Runs `fiber` (passing x) to its next debug point in the function it is "
      "stopped in, and returns the value it stops with (nil at a point).  The "
      "reference runs one bytecode instruction; pyjanet steps from form to "
      "form of the function (a call runs whole).  A fiber that is not stopped "
      "at a point runs to its next breakpoint or signal, or to its end.")
def debug_step(fiber, x=None):
    f = A.fiber(fiber, 0)
    st = f.status
    if st == F.ST_ALIVE or st == F.ST_DEAD or st == F.ST_ERROR:
        panicf("cannot step fiber with status :%s", F.STATUS_NAMES[st])
    req = None
    if st == F.ST_NEW:
        fd = getattr(f.fn, "__doc__", None)
        if is_closure(f.fn) and fd.__class__ is FuncDef:
            d = _def(fd)
            if d.factory is not None:
                d.attach()
                req = _Step(d, None)
    else:
        at = _stopped_at(f)
        if at is not None:
            req = _Step(*at)
    if req is None:
        return F.resume_fiber(f, x)
    _STEPS.append(req)
    try:
        return F.resume_fiber(f, x)
    finally:
        _STEPS.pop()
        req.d.detach()
