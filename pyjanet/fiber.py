"""Fibers: resumable computations with signals, on greenlet.

Corresponds to the reference's src/core/fiber.c and the fiber parts of vm.c
(JOP_RESUME, JOP_SIGNAL, JOP_PROPAGATE, JOP_CANCEL, janet_continue,
janet_continue_signal).

Model (docs/architecture.md, "Fibers"):

* `resume_fiber(child, v)` runs the child until it signals.  A signal the child's
  mask traps comes back as the value of `resume`; any other signal propagates:
  the resuming fiber itself signals the same way, and when it is resumed again it
  resumes the child again (an error it is resumed with goes on down to the
  innermost fiber of the chain, as the reference's janet_continue_signal does).
* Errors and user signals 0-4 are Python exceptions (JanetError with `.signal`)
  unwinding the Python stack; the other signals (yield, debug, user5-9) suspend
  by switching greenlets.
* A fiber whose mask traps nothing resumable (what `try`, `protect`, `defer`
  make) can only be suspended together with its resumer, so it runs "inline" on
  its resumer's greenlet: creating a greenlet costs ~14 us, an inline fiber
  ~1 us.  A yield from inside it suspends the whole greenlet, which is exactly
  the reference's propagation through a non-trapping fiber.
* Signals that reach the root fiber (the one a script's top level runs in, on
  the thread's main greenlet) go to ROOT_SIGNAL_HANDLER: the event loop
  (pyjanet/evloop.py) handles :await there by running other tasks until the
  root is scheduled again.

Nothing here may leave global state behind when greenlet kills a suspended
fiber that was garbage collected (it raises GreenletExit inside it): state is
restored on normal returns and on Janet-level exceptions only.
"""

import threading

import greenlet

from .values import Abstract, Table, kw
from .errors import JanetError, panicf, panic, internal_error
from . import runtime as rt
from .compiler import PROMOTE, realize_deferred

STATE = rt.STATE
_getcurrent = greenlet.getcurrent
_Greenlet = greenlet.greenlet
_GreenletExit = greenlet.GreenletExit

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
# Statuses from which a fiber cannot be resumed: dead, error, user0-4
FINISHED = frozenset([ST_DEAD, ST_ERROR, 4, 5, 6, 7, 8])

SIGNAL_NAMES = ["ok", "error", "debug", "yield", "user0", "user1", "user2", "user3",
                "user4", "user5", "user6", "user7", "interrupt", "await"]

# Event-loop flags of a fiber (the reference's JANET_FIBER_EV_GCFLAG_*).
EV_TASK = 1         # scheduled by the event loop: a task ("root fiber")
EV_CANCELED = 2     # an error is scheduled for it; later schedules are ignored
EV_SUSPENDED = 4    # suspended by the loop; counts as a pending listener


def is_terminal(sig):
    return (MASK_TERMINAL >> sig) & 1 == 1


def can_resume(f):
    """The reference's janet_fiber_can_resume: not finished (dead, error, user0-4)."""
    return f.status not in FINISHED


class Fiber(Abstract):
    """A Janet fiber."""
    __slots__ = ("fn", "mask", "status", "env", "last_value", "child", "parent",
                 "glet", "resumer", "error", "maxstack", "inline", "innermost",
                 "is_root", "sched_id", "evflags", "supervisor", "ev_callback",
                 "ev_stream", "ev_state", "gen", "ccalls")
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
        # a Python generator running the function (compiler.py, "Functions that
        # yield"): stepped on the resumer's stack until it asks for a greenlet
        self.gen = None
        self.ccalls = 0            # janet_calls in progress in this fiber (runtime.ccall)
        # event loop bookkeeping (evloop.py): the reference's sched_id, ev flags,
        # supervisor channel and pending asynchronous operation
        self.sched_id = 0
        self.evflags = 0
        self.supervisor = None
        self.ev_callback = None
        self.ev_stream = None
        self.ev_state = None

    def janet_get(self, key):
        return self.last_value if key == 0 and key.__class__ is float else None

    def janet_next(self, key):
        return fiber_next(self)

    def status_kw(self):
        return kw(STATUS_NAMES[self.status])


rt.FIBER_CLASS = Fiber


def current():
    return STATE.fiber


def new_root(env=None):
    """The fiber a script's top level runs in (on the main greenlet).  Like the
    reference's cli-main fiber it is a task of the event loop."""
    f = Fiber(None, 0, env)
    f.status = ST_ALIVE
    f.glet = _getcurrent()
    f.is_root = True
    f.evflags = EV_TASK
    return f


# flags (bytes) -> (mask, "i", "p" or None: the last of those flags), for the
# flags given so far (what `defer`, `try`, `protect` and the like give, over
# and over)
_MASKS = {}


def parse_mask(flags, cur):
    """Signal mask and environment from `fiber/new`'s flag keyword."""
    known = _MASKS.get(flags) if flags.__class__ is bytes else None
    if known is not None:
        mask, last = known
        if last is None:
            return mask, None
        if cur.env is None:
            cur.env = Table()
        if last == "i":
            return mask, cur.env
        env = Table()
        env.proto = cur.env
        return mask, env
    mask, env = _parse_mask(flags, cur)
    if flags.__class__ is bytes and len(_MASKS) < 256:
        last = None
        for ch in reversed(flags):
            if ch == 105 or ch == 112:      # i, p
                last = chr(ch)
                break
        _MASKS[flags] = (mask, last)
    return mask, env


def _parse_mask(flags, cur):
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
    """`(fiber/new fn &opt sigmask env)`: an explicit env is set first, so an
    :i or :p flag takes precedence over it, as in the reference."""
    info = rt.fn_info(fn)
    if info is not None and info.min_arity > 1:
        panic("fiber function must accept 0 or 1 arguments")
    if flags is None:
        mask = MASK_YIELD
        fenv = env
    else:
        mask, fenv = parse_mask(flags, STATE.fiber)
        if fenv is None:
            fenv = env
    return Fiber(fn, mask, fenv, (mask & MASK_RESUMABLE) == 0)


def _check_can_resume(f, cancel=False):
    st = f.status
    if f.evflags & EV_TASK and STATE.fiber is not None:
        panic("cannot cancel root fiber, use ev/cancel" if cancel
              else "cannot resume root fiber, use ev/go")
    if st == ST_ALIVE or st in FINISHED:
        panicf("cannot resume fiber with status :%s", STATUS_NAMES[st])


def _first_args(f, value):
    """Arguments for a new fiber's function when resumed with `value`."""
    info = rt.fn_info(f.fn)
    if value is None:
        # the reference fills the parameters a new fiber's function requires
        # with nil
        return (None,) if info is not None and info.min_arity >= 1 else ()
    if info is None:
        return (value,)
    if info.max_arity != 0 and (getattr(info, "arity", 1) > 0 or info.max_arity < 0):
        return (value,)
    return ()


def _as_error(ret, sig):
    """The exception that passes a terminal signal on (keeping its trace)."""
    if isinstance(ret, JanetError):
        return ret
    e = JanetError(ret)
    e.signal = sig
    return e


def resume_fiber(child, value=None):
    """`(resume fiber &opt x)` from the current fiber."""
    _check_can_resume(child)
    return _resume_loop(child, value, None)


def _resume_loop(child, value, raise_sig):
    """Resume `child` (with an error when raise_sig is set) and pass on the
    signals its mask does not trap; returns what `resume` returns."""
    cur = STATE.fiber
    while True:
        cur.child = child
        sig, ret = _continue(child, value, raise_sig)
        if sig != SIG_OK and not (child.mask >> sig) & 1:
            if (MASK_TERMINAL >> sig) & 1:
                # cur dies with the child's signal; cur.child stays set, so the
                # chain of fibers shows in debug/lineage
                raise _as_error(ret, sig)
            # suspend ourselves the same way; whatever we are resumed with
            # (a value, or an error) goes on to the child
            raise_sig, value = _suspend(sig, ret)
            continue
        cur.child = None
        if (MASK_TERMINAL >> sig) & 1:
            return ret.value
        return ret


def _continue(f, value, raise_sig=None):
    """Run fiber f until it signals; returns (signal, value or JanetError).
    With raise_sig, the fiber is resumed by raising an error (cancel)."""
    f.last_value = None
    prev = STATE.fiber
    f.parent = prev
    glet = f.glet
    if glet is None:
        if f.gen is not None:
            return _gen_step(f, value, raise_sig, prev)
        if f.status != ST_NEW:
            # an inline fiber suspended with its resumer cannot run on its own
            panicf("cannot resume fiber with status :%s", STATUS_NAMES[f.status])
        if raise_sig is not None:
            return _die_new(f, value, raise_sig)
        if f.inline:
            return _run_inline(f, value, prev)
        realize_deferred(f.fn)      # (its generator version is written with it)
        jgen = getattr(f.fn, "_jgen", None)
        if jgen is not None and f.mask & MASK_YIELD:
            f.gen = jgen(*_first_args(f, value))
            return _gen_step(f, None, None, prev)
        spare = _SPARE.glets
        glet = f.glet = spare.pop() if spare else _Greenlet(_glet_worker)
        msg = value
    else:
        msg = raise_sig, value
    return switch_in(f, glet, msg, prev)


def switch_in(f, glet, msg, prev):
    """Run fiber f on its greenlet `glet` (sending `msg`) until it signals, then
    record how it stopped; `prev` is the fiber running now.  Returns (signal,
    value or JanetError).  The end of _continue, and what the event loop does
    to resume a task that awaited."""
    cg = _getcurrent()
    if f.resumer is not cg:
        f.resumer = cg
        glet.parent = cg
    STATE.fiber = f.innermost or f
    f.status = ST_ALIVE
    try:
        sig, ret = glet.switch(msg)
    except _GreenletExit:
        raise
    except BaseException:
        STATE.fiber = prev
        raise
    STATE.fiber = prev
    f.status = sig
    if (MASK_TERMINAL >> sig) & 1:
        f.last_value = ret.value
        f.error = ret
    else:
        f.last_value = ret
    return sig, ret


def _gen_step(f, value, raise_sig, prev):
    """Run generator fiber f to its next yield on this stack (or, when it asks
    for one, move it onto a greenlet of its own); returns like _continue."""
    g = f.gen
    STATE.fiber = f
    f.status = ST_ALIVE
    try:
        if raise_sig is not None:
            e = JanetError(value)
            e.signal = raise_sig
            v = g.throw(e)
        else:
            v = g.send(value)
    except BaseException as ex:   # noqa: B902 - sorted out by _gen_ended
        return _gen_ended(f, ex, prev)
    if v is PROMOTE:
        return _gen_promote(f, prev)
    STATE.fiber = prev
    f.status = SIG_YIELD
    f.last_value = v
    return SIG_YIELD, v


def _gen_ended(f, ex, prev):
    """Generator fiber f stopped with exception ex (its return is StopIteration):
    its signal and result, as _continue returns them."""
    if isinstance(ex, StopIteration) and ex.value.__class__ is rt.TailCall:
        # (a generator asks for a greenlet before any call, so its tail call
        # is resolved by _gen_driver; this is only a safety net)
        try:
            return _gen_ended(f, StopIteration(rt.resolve(ex.value)), prev)
        except BaseException as ex2:   # noqa: B902 - sorted out below
            return _gen_ended(f, ex2, prev)
    if isinstance(ex, StopIteration):
        sig, r = SIG_OK, ex.value
    elif isinstance(ex, rt.FiberReturn):
        sig, r = SIG_OK, ex.value
    elif isinstance(ex, JanetError):
        if ex.fiber is None:
            ex.fiber = f
        _tag_frames(ex, f)
        sig, r = ex.signal, ex
    elif isinstance(ex, RecursionError):
        r = JanetError(b"stack overflow")
        r.fiber = f
        sig = SIG_ERROR
    elif isinstance(ex, (_GreenletExit, SystemExit, KeyboardInterrupt)):
        STATE.fiber = prev
        raise ex
    else:   # nothing may escape a fiber as Python
        r = internal_error(ex)
        r.fiber = f
        sig = SIG_ERROR
    STATE.fiber = prev
    f.status = sig
    if (MASK_TERMINAL >> sig) & 1:
        f.last_value = r.value
        f.error = r
    else:
        f.last_value = r
    return sig, r


def _gen_promote(f, prev):
    """The generator of f is about to run code that may signal from a nested
    call: from now on it runs on a greenlet of its own (_gen_driver)."""
    glet = f.glet = _Greenlet(_gen_driver)
    return switch_in(f, glet, None, prev)


def _gen_driver(_msg):
    """Body of a promoted generator fiber's greenlet: step the generator; its
    yields become the fiber's yields."""
    f = STATE.fiber
    g = f.gen
    reply = True        # the answer to its request for a greenlet
    exc = None
    tail = None         # the tail call the generator ended with
    while True:
        try:
            if tail is not None:
                return (SIG_OK, rt.resolve(tail))
            v = g.throw(exc) if exc is not None else g.send(reply)
        except (StopIteration, rt.FiberReturn) as e:
            if e.value.__class__ is rt.TailCall:
                tail = e.value
                continue
            return (SIG_OK, e.value)
        except JanetError as e:
            if e.fiber is None:
                e.fiber = f
            _tag_frames(e, f)
            return (e.signal, e)
        except RecursionError:
            e = JanetError(b"stack overflow")
            e.fiber = f
            return (SIG_ERROR, e)
        except (_GreenletExit, SystemExit, KeyboardInterrupt):
            raise
        except BaseException as e:   # noqa: B902
            je = internal_error(e)
            je.fiber = f
            return (SIG_ERROR, je)
        exc = None
        if v is PROMOTE:
            reply = True
            continue
        try:
            reply = signal(SIG_YIELD, v)
        except JanetError as e:
            exc = e


def _die_new(f, err, sig):
    """A fiber that never ran, resumed with an error: it dies with it at once."""
    e = JanetError(err)
    e.signal = sig
    e.fiber = f
    f.error = e
    f.status = sig
    f.last_value = err
    return sig, e


def _tag_frames(e, f):
    """Frames recorded while an error was inside fiber f belong to f (for
    debug/stacktrace, which prints one fiber's frames)."""
    for fr in e.trace:
        if fr.fiber is None:
            fr.fiber = f


def _run_inline(f, value, prev):
    STATE.fiber = f
    f.status = ST_ALIVE
    try:
        r = rt.call(f.fn, *_first_args(f, value))
        sig = SIG_OK
    except rt.FiberReturn as fr:
        r = fr.value
        sig = SIG_OK
    except RootSignal:
        f.status = SIG_YIELD
        STATE.fiber = prev
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
        STATE.fiber = prev
        raise
    except _GreenletExit:
        raise
    except BaseException:
        STATE.fiber = prev
        raise
    STATE.fiber = prev
    f.status = sig
    f.last_value = r.value if sig != SIG_OK else r
    return sig, r


class _Spare(threading.local):
    """Greenlets whose fiber has finished, kept to run the thread's next new
    fibers: making a greenlet (and the Python stack it gets, fresh memory from
    the system) costs ~10 us, switching to a kept one ~1 us.  A server starts a
    task per connection.  (Per thread: a greenlet belongs to the thread that
    made it.)"""

    def __init__(self):
        self.glets = []


_SPARE = _Spare()
SPARE_MAX = 8       # kept at most; more finished greenlets just end


def _glet_worker(value):
    """Body of a fiber's greenlet: run fiber after fiber, reporting how each
    ended to its resumer (the greenlet's parent) as an ending greenlet would;
    in between, wait in _SPARE for the next one.  A fiber no longer refers to
    its greenlet once it has finished (debug/stack of a dead fiber then finds
    no frames, as with a greenlet that ended)."""
    me = _getcurrent()
    spare = _SPARE.glets
    while True:
        f = STATE.fiber
        res = _fiber_body(f, value)
        f.glet = None
        f = None
        if len(spare) >= SPARE_MAX:
            return res
        spare.append(me)
        # (while kept, this frame still refers to res, the last fiber's
        # result: at most SPARE_MAX of them)
        value = me.parent.switch(res)


def _fiber_body(f, value):
    """Run fiber f's function on its greenlet; (signal, value or JanetError)."""
    try:
        r = rt.call(f.fn, *_first_args(f, value))
        return (SIG_OK, r)
    except rt.FiberReturn as fr:
        return (SIG_OK, fr.value)
    except JanetError as e:
        if e.fiber is None:
            e.fiber = f
        _tag_frames(e, f)
        return (e.signal, e)
    except RecursionError:
        e = JanetError(b"stack overflow")
        e.fiber = f
        return (SIG_ERROR, e)
    except (_GreenletExit, SystemExit, KeyboardInterrupt):
        raise
    except BaseException as e:   # noqa: B902 - nothing may escape a fiber as Python
        je = internal_error(e)
        je.fiber = f
        return (SIG_ERROR, je)


def signal(sig, value):
    """Raise signal `sig` with `value` from the current fiber (yield, user signals).

    Suspends the current greenlet's fiber (and every inline fiber running on it)
    and returns the value it is resumed with; raises if it is resumed with an
    error (`cancel`).
    """
    if (MASK_TERMINAL >> sig) & 1:
        e = JanetError(value)
        e.signal = sig
        raise e
    cur = STATE.fiber
    if STATE.ccalls and cur.ccalls:
        _coerce(sig, value)
    if cur.glet is not None and not cur.is_root:
        # the common case (a generator's yield): the fiber owns its greenlet
        raise_sig, v = cur.resumer.switch((sig, value))
    else:
        raise_sig, v = _suspend(sig, value)
    if raise_sig is not None:
        e = JanetError(v)
        e.signal = raise_sig
        raise e
    return v


def _suspend(sig, value):
    """Suspend the running greenlet's fiber with a resumable signal; returns
    (raise_sig, value) it is resumed with (raise_sig None for a plain value)."""
    cur = STATE.fiber
    if cur is None:
        panic("no fiber to signal from")
    owner = cur
    chain = None
    # inline fibers run on their parent's greenlet: suspend it with them
    while owner.glet is None:
        if owner.gen is not None:
            # a generator fiber still on its resumer's stack (see _gen_step)
            # reached here through an operator's method: it cannot suspend
            panic("cannot signal from an operator method inside a generator")
        if chain is None:
            chain = [owner]
        else:
            chain.append(owner)
        # each fiber the signal leaves shows its value (janet_continue sets
        # last_value on every fiber of the chain, not only the trapping one)
        owner.last_value = value
        owner = owner.parent
        if owner is None:
            break
    if STATE.ccalls and (cur.ccalls or (owner is not None and owner.ccalls) or (
            chain is not None and any(fb.ccalls for fb in chain))):
        _coerce(sig, value)
    if owner is None or owner.is_root:
        return _root_signal(sig, value, chain or (), owner)
    if chain is not None:
        for fb in chain:
            fb.status = sig
        owner.innermost = cur
    back = owner.resumer.switch((sig, value))
    owner.innermost = None
    if chain is not None:
        for fb in chain:
            fb.status = ST_ALIVE
    STATE.fiber = cur
    return back


def _coerce(sig, value):
    """A signal inside a janet_call (runtime.ccall) cannot suspend: like the
    reference it becomes an error, and an await's pending wake-up is void."""
    if sig == SIG_EVENT:
        from . import evloop
        task = evloop.root_task()
        if task is not None:
            task.sched_id += 1
    from .printer import format_message
    e = JanetError(format_message("%v coerced from %s to error", value, SIGNAL_NAMES[sig]))
    raise e


# Hook for signals reaching the root fiber: the event loop installs one.
# Called as ROOT_SIGNAL_HANDLER(sig, value, chain, root) where chain is the list
# of inline fibers the signal passed through and root the fiber owning the main
# greenlet (None if there is none); returns (raise_sig, value) the root is
# resumed with, or None to leave the signal to the top level.
ROOT_SIGNAL_HANDLER = None


def _root_signal(sig, value, chain, owner):
    h = ROOT_SIGNAL_HANDLER
    if h is not None:
        r = h(sig, value, chain, owner)
        if r is not None:
            return r
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
    return _resume_loop(f, err, SIG_ERROR)


def continue_signal(f, value, sig):
    """Resume `f` from the event loop (no fiber running), raising `value` in its
    innermost fiber when sig is SIG_ERROR: the reference's janet_continue_signal.
    Returns (signal, value); the fiber's own mask decides nothing here."""
    st = f.status
    if st == ST_ALIVE or st in FINISHED:
        return SIG_ERROR, ("cannot resume fiber with status :%s" % STATUS_NAMES[st]).encode()
    sig, ret = _continue(f, value, SIG_ERROR if sig == SIG_ERROR else None)
    if (MASK_TERMINAL >> sig) & 1:
        return sig, ret.value
    return sig, ret


def fiber_next(child):
    """`(next fiber)`: resume it; 0 while it keeps yielding values, nil once done.

    This is how `each` iterates a fiber, once per value, so the common cases --
    a generator fiber stepped on this stack, a started fiber on its own
    greenlet -- are written out here."""
    st = child.status
    cur = STATE.fiber
    if st == 3 and cur is not None:       # pending (ST_PENDING)
        gen = child.gen
        glet = child.glet
        if gen is not None and glet is None:
            # (its status stays :pending while it runs: code that could look at
            # it would be a call, and a generator promotes itself before one)
            STATE.fiber = child
            try:
                v = gen.send(None)
            except BaseException as ex:   # noqa: B902 - sorted out by _gen_ended
                return gen_next_slow(child, cur, ex)
            if v is not PROMOTE:
                STATE.fiber = cur
                child.last_value = v
                return 0.0
            return gen_next_slow(child, cur, gen)
        if glet is not None and child.innermost is None:
            cg = _getcurrent()
            if child.resumer is not cg:
                child.resumer = cg
                glet.parent = cg
            # (`parent` only matters for inline fibers, which have no greenlet)
            child.last_value = None
            STATE.fiber = child
            child.status = ST_ALIVE
            cur.child = child
            try:
                sig, ret = glet.switch(_RESUME_NIL)
            except _GreenletExit:
                raise
            except BaseException:
                STATE.fiber = cur
                raise
            STATE.fiber = cur
            child.status = sig
            if sig == SIG_YIELD and child.mask & MASK_YIELD:
                child.last_value = ret
                cur.child = None
                return 0.0
            if (MASK_TERMINAL >> sig) & 1:
                child.last_value = ret.value
                child.error = ret
            else:
                child.last_value = ret
            return _next_signalled(child, cur, sig, ret)
    if st == ST_ALIVE or st in FINISHED:
        return None
    cur.child = child
    sig, ret = _continue(child, None, None)
    return _next_signalled(child, cur, sig, ret)


def gen_next_slow(child, cur, x):
    """The rest of fiber_next once generator fiber `child` was stepped on this
    stack (by fiber_next or by the function tier's copy of its first case,
    for an `each` over a fiber) and did not simply yield: `x` is the
    exception it stopped with, or its generator when it asked for a greenlet
    (PROMOTE)."""
    cur.child = child
    if isinstance(x, BaseException):
        sig, ret = _gen_ended(child, x, cur)
    else:
        sig, ret = _gen_promote(child, cur)
    return _next_signalled(child, cur, sig, ret)


def _next_signalled(child, cur, sig, ret):
    """The rest of fiber_next once the child has signalled `sig`."""
    raise_sig = None
    while sig != SIG_OK and not (child.mask >> sig) & 1:
        if (MASK_TERMINAL >> sig) & 1:
            cur.child = None
            raise _as_error(ret, sig)
        raise_sig, value = _suspend(sig, ret)
        cur.child = child
        sig, ret = _continue(child, value, raise_sig)
    cur.child = None
    if sig == SIG_OK or (MASK_TERMINAL >> sig) & 1:
        return None
    return 0.0


_RESUME_NIL = (None, None)
