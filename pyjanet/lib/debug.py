"""The debug/* namespace (core subset): stack inspection and stack traces.

Corresponds to the reference's src/core/debug.c (debug/stack, debug/stacktrace,
debug/lineage, debug/arg-stack and janet_stacktrace_ext).  Breakpoints and
single-stepping (debug/break, debug/step, ...) belong to the bytecode VM and are
out of scope.

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
