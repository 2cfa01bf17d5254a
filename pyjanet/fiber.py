"""Fibers: resumable computations with signals, on greenlet.

Corresponds to the reference's src/core/fiber.c and the fiber parts of vm.c
(JOP_RESUME, JOP_SIGNAL, JOP_PROPAGATE, JOP_CANCEL, janet_continue).

Model (docs/architecture.md, "Fibers"):

* `resume_fiber(child, v)` runs the child until it signals.  A signal the child's
  mask traps comes back as the value of `resume`; any other signal propagates:
  the resuming fiber itself signals the same way, and when it is resumed again it
  resumes the child again.
* Errors are Python exceptions (JanetError) unwinding the Python stack; every
  other signal (yield, user signals, debug) suspends by switching greenlets.
* A fiber whose mask traps nothing but errors (what `try`, `protect`, `defer`
  make) can never be suspended on its own, so it runs "inline" on its resumer's
  greenlet: creating a greenlet costs ~14 us, an inline fiber ~1 us.  A yield from
  inside it suspends the whole greenlet, which is exactly the reference's
  propagation through a non-trapping fiber.
"""

import greenlet

from .values import Abstract, Keyword, Table, FuncDef, kw
from .errors import JanetError, panicf, panic, internal_error
from . import runtime as rt

# Signals (the reference's JanetSignal) and fiber statuses.
SIG_OK, SIG_ERROR, SIG_DEBUG, SIG_YIELD = 0, 1, 2, 3
SIG_USER0 = 4
SIG_USER9 = 13
SIG_INTERRUPT = 12       # user8
SIG_EVENT = 13           # user9, await

STATUS_NAMES = ["dead", "error", "debug", "pending", "user0", "user1", "user2", "user3",
                "user4", "user5", "user6", "user7", "interrupted", "suspended", "new",
                "alive"]
ST_DEAD, ST_ERROR, ST_DEBUG, ST_PENDING = 0, 1, 2, 3
ST_NEW = 14
ST_ALIVE = 15

MASK_ERROR = 1 << SIG_ERROR
MASK_DEBUG = 1 << SIG_DEBUG
MASK_YIELD = 1 << SIG_YIELD
MASK_USER = sum(1 << (SIG_USER0 + i) for i in range(10))
MASK_TERMINAL = MASK_ERROR | sum(1 << (SIG_USER0 + i) for i in range(5))
# Signals after which a fiber can be resumed again.  Only these suspend a fiber
# (greenlet switch); terminal signals (error, user0-4) unwind like exceptions.
MASK_RESUMABLE = MASK_DEBUG | MASK_YIELD | sum(1 << (SIG_USER0 + i) for i in range(5, 10))


def is_terminal(sig):
    return (MASK_TERMINAL >> sig) & 1 == 1
SIGNAL_NAMES = ["ok", "error", "debug", "yield", "user0", "user1", "user2", "user3",
                "user4", "user5", "user6", "user7", "interrupt", "await"]


class Fiber(Abstract):
    """A Janet fiber."""
    __slots__ = ("fn", "mask", "status", "env", "last_value", "child", "parent",
                 "glet", "resumer", "error", "maxstack", "inline", "innermost",
                 "is_root", "ev", "flags")
    type_name = "fiber"
    is_fiber = True

    def __init__(self, fn, mask=0, env=None, inline=False):
        self.fn = fn
        self.mask = mask
        self.status = ST_NEW
        self.env = env
        self.last_value = None
        self.child = None
        self.parent = None         # the fiber that resumed us last
        self.glet = None           # our greenlet once started (non-inline fibers)
        self.resumer = None        # greenlet to switch to when we signal
        self.error = None          # the JanetError that killed us, for stack traces
        self.maxstack = 2147483647
        self.inline = inline
        self.innermost = None      # while suspended: innermost inline fiber that signalled
        self.is_root = False
        self.ev = None             # event-loop bookkeeping (ev.py)
        self.flags = 0

    def janet_get(self, key):
        return self.last_value if key == 0 and key.__class__ is float else None

    def janet_next(self, key):
        return fiber_next(self)

    def status_kw(self):
        return kw(STATUS_NAMES[self.status])


def current():
    return rt.STATE.fiber


def new_root(env=None):
    """The fiber a script's top level runs in (on the main greenlet)."""
    f = Fiber(None, 0, env)
    f.status = ST_ALIVE
    f.glet = greenlet.getcurrent()
    f.is_root = True
    return f


def parse_mask(flags, cur):
    """Signal mask and environment from `fiber/new`'s flag keyword."""
    mask = 0
    env = None
    for ch in bytes(flags):
        c = chr(ch)
        if "0" <= c <= "9":
            mask |= 1 << (SIG_USER0 + ch - 48)
        elif c == "a":
            mask |= MASK_DEBUG | MASK_ERROR | MASK_USER | MASK_YIELD
        elif c == "t":
            mask |= MASK_TERMINAL
        elif c == "d":
            mask |= MASK_DEBUG
        elif c == "e":
            mask |= MASK_ERROR
        elif c == "u":
            mask |= MASK_USER
        elif c == "y":
            mask |= MASK_YIELD
        elif c == "w":
            mask |= 1 << SIG_USER9
        elif c == "r":
            mask |= 1 << (SIG_USER0 + 8)
        elif c == "i":
            if cur.env is None:
                cur.env = Table()
            env = cur.env
        elif c == "p":
            if cur.env is None:
                cur.env = Table()
            env = Table()
            env.proto = cur.env
        else:
            panicf("invalid flag %c, expected a, t, d, e, u, y, w, r, i, or p", ch)
    return mask, env


def new_fiber(fn, flags=None, env=None):
    """`(fiber/new fn &opt sigmask env)`."""
    info = rt.fn_info(fn)
    if info is not None and info.min_arity > 1:
        panic("fiber function must accept 0 or 1 arguments")
    if flags is None:
        mask = MASK_YIELD
        fenv = None
    else:
        mask, fenv = parse_mask(flags, current())
    if env is not None:
        fenv = env
    inline = (mask & MASK_RESUMABLE) == 0
    return Fiber(fn, mask, fenv, inline)


def _check_can_resume(f, cancel=False):
    st = f.status
    if f.is_root and current() is not None and f is not current():
        panic("cannot cancel root fiber, use ev/cancel" if cancel
              else "cannot resume root fiber, use ev/go")
    if st == ST_ALIVE or st == ST_DEAD or st == ST_ERROR or (4 <= st <= 8):
        panicf("cannot resume fiber with status :%s", STATUS_NAMES[st])


def _first_args(f, value):
    """Arguments for a new fiber's function when resumed with `value`."""
    if value is None:
        return ()
    info = rt.fn_info(f.fn)
    if info is None:
        return (value,)
    if info.max_arity != 0 and (getattr(info, "arity", 1) > 0 or info.max_arity < 0):
        return (value,)
    return ()


def resume_fiber(child, value=None):
    """`(resume fiber &opt x)` from the current fiber."""
    _check_can_resume(child)
    cur = current()
    while True:
        cur.child = child
        sig, ret = _continue(child, value)
        if sig != SIG_OK and not (child.mask >> sig) & 1:
            if is_terminal(sig):
                # cur dies with the child's signal; cur.child stays set, so the
                # chain of fibers shows in debug/lineage
                raise ret if isinstance(ret, JanetError) else JanetError(ret)
            value = signal(sig, ret)
            continue
        cur.child = None
        if isinstance(ret, JanetError):
            return ret.value
        return ret


def _continue(f, value, raise_sig=None):
    """Run fiber f until it signals; returns (signal, value or JanetError)."""
    f.last_value = None
    prev = current()
    f.parent = prev
    if f.inline and f.glet is None and f.status == ST_NEW:
        return _run_inline(f, value, prev)
    if f.glet is None:
        f.glet = greenlet.greenlet(_glet_main)
        f.resumer = greenlet.getcurrent()
        f.glet.parent = f.resumer
        rt.STATE.fiber = f
        f.status = ST_ALIVE
        try:
            sig, ret = f.glet.switch(f, value)
        finally:
            rt.STATE.fiber = prev
    else:
        f.resumer = greenlet.getcurrent()
        f.glet.parent = f.resumer
        inner = f.innermost or f
        rt.STATE.fiber = inner
        try:
            sig, ret = f.glet.switch((raise_sig, value))
        finally:
            rt.STATE.fiber = prev
    f.status = sig
    f.last_value = ret.value if isinstance(ret, JanetError) else ret
    if isinstance(ret, JanetError):
        f.error = ret
    return sig, ret


def _tag_frames(e, f):
    """Frames recorded while an error was inside fiber f belong to f (for
    debug/stacktrace, which prints one fiber's frames)."""
    for fr in e.trace:
        if fr.fiber is None:
            fr.fiber = f


def _run_inline(f, value, prev):
    rt.STATE.fiber = f
    f.status = ST_ALIVE
    try:
        r = rt.call(f.fn, *_first_args(f, value))
        sig = SIG_OK
    except RootSignal:
        f.status = SIG_YIELD
        raise
    except JanetError as e:
        if e.fiber is None:
            e.fiber = f
        _tag_frames(e, f)
        f.error = e
        sig, r = e.signal, e
    except RecursionError:
        e = JanetError(b"stack overflow")
        e.fiber = f
        f.error = e
        sig, r = SIG_ERROR, e
    except rt.Break:
        raise
    finally:
        rt.STATE.fiber = prev
    f.status = sig
    f.last_value = r.value if isinstance(r, JanetError) else r
    return sig, r


def _glet_main(f, value):
    """Body of a fiber's greenlet: run the function, report how it ended."""
    try:
        r = rt.call(f.fn, *_first_args(f, value))
        return (SIG_OK, r)
    except JanetError as e:
        if e.fiber is None:
            e.fiber = f
        _tag_frames(e, f)
        return (e.signal, e)
    except RecursionError:
        e = JanetError(b"stack overflow")
        e.fiber = f
        return (SIG_ERROR, e)
    except (greenlet.GreenletExit, SystemExit, KeyboardInterrupt):
        raise
    except BaseException as e:   # noqa: B902 - nothing may escape a fiber as Python
        je = internal_error(e)
        je.fiber = f
        return (SIG_ERROR, je)


def signal(sig, value):
    """Raise signal `sig` with `value` from the current fiber (yield, user signals).

    Suspends the current greenlet's fiber (and every inline fiber running on it)
    and returns the value it is resumed with.
    """
    if is_terminal(sig):
        e = JanetError(value)
        e.signal = sig
        raise e
    cur = current()
    # find the fiber that owns the running greenlet
    owner = cur
    chain = []
    while owner is not None and owner.inline and owner.glet is None:
        chain.append(owner)
        owner = owner.parent
    if owner is None or owner.is_root:
        return _root_signal(sig, value, chain)
    for fb in chain:
        fb.status = sig
    owner.innermost = cur
    back = owner.resumer.switch((sig, value))
    owner.innermost = None
    for fb in chain:
        fb.status = ST_ALIVE
    owner.status = ST_ALIVE
    rt.STATE.fiber = cur
    raise_sig, v = back
    if raise_sig is not None:
        raise JanetError(v)
    return v


# Hook for signals reaching the root fiber (the event loop installs one).
ROOT_SIGNAL_HANDLER = None


def _root_signal(sig, value, chain):
    if ROOT_SIGNAL_HANDLER is not None:
        return ROOT_SIGNAL_HANDLER(sig, value, chain)
    # Nothing above the root catches it: like an uncaught error, it unwinds to
    # the top level, which reports it (`pending: x`, `debug: x`, `user5: x`...).
    raise RootSignal(value, sig)


class RootSignal(JanetError):
    """A resumable signal that reached the root fiber: it unwinds to the top level
    (through inline fibers, which must not take it for their own result)."""

    def __init__(self, value, sig):
        JanetError.__init__(self, value)
        self.signal = sig


def cancel_fiber(f, err):
    """`(cancel fiber err)`: resume the fiber by raising `err` inside it."""
    _check_can_resume(f, True)
    cur = current()
    if f.status == ST_NEW or f.glet is None:
        # never started: it dies with the error straight away
        e = JanetError(err)
        e.fiber = f
        f.error = e
        f.status = ST_ERROR
        f.last_value = err
        if not (f.mask >> SIG_ERROR) & 1:
            raise e
        return err
    cur.child = f
    sig, ret = _continue(f, err, raise_sig=SIG_ERROR)
    if sig != SIG_OK and not (f.mask >> sig) & 1:
        cur.child = None
        if is_terminal(sig):
            raise ret if isinstance(ret, JanetError) else JanetError(ret)
        return signal(sig, ret)
    cur.child = None
    return ret.value if isinstance(ret, JanetError) else ret


def fiber_next(child):
    """`(next fiber)`: resume it; 0 while it keeps yielding values, nil once done."""
    st = child.status
    if st == ST_ALIVE or st == ST_DEAD or st == ST_ERROR or 4 <= st <= 8:
        return None
    cur = current()
    value = None
    while True:
        cur.child = child
        sig, ret = _continue(child, value)
        if sig != SIG_OK and not (child.mask >> sig) & 1:
            if is_terminal(sig):
                cur.child = None
                raise ret if isinstance(ret, JanetError) else JanetError(ret)
            value = signal(sig, ret)
            continue
        break
    cur.child = None
    if sig == SIG_OK or is_terminal(sig):
        return None
    return 0.0
