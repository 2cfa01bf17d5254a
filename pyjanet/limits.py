"""Running an embedder's call into a session: its sandbox and its time limit.

The embedding API (pyjanet/__init__.py) runs every `eval`, `run_file` and
`call` of a session through `run`, which

* makes the session's sandbox domain the one in force (pyjanet/sandbox.py
  explains where the forbidden bits live) and restores the caller's after;
* with a `timeout`, stops the call once that many seconds have passed: the
  script is interrupted, the host gets `TimeLimitExceeded` (a JanetError),
  and the session stays usable.

The reference has no time limit of this kind (its nearest is an interrupting
`ev/deadline`, which a script can catch).  Here the script cannot catch it: a
watchdog thread raises an exception that is not a Janet error (`try`,
`protect` and fiber masks only trap Janet errors) in the interpreter's thread,
repeatedly until the call is over.  It is raised only while that thread runs
compiled Janet code, so none of the interpreter's own bookkeeping is cut in
half; a script blocked waiting in the event loop (`ev/sleep`, a read from a
socket) is woken through a descriptor the loop watches.  A script blocked
inside one builtin call that does not return to Janet code or to the event
loop (`os/sleep`, a blocking read of a file) is stopped when that call
returns.  Python callbacks the host gave the script are never interrupted.

What the interrupted call left in the event loop is dropped: the tasks it
started, its timers, its pending operations; tasks that were there before it
stay.
"""

import os
import sys
import threading
import time

from .errors import JanetError
from . import lazy
from . import runtime as rt
from . import evloop as L
from . import fiber as F
from . import sandbox as sb

# only a watch that expires interrupts a thread through the C API
ctypes = lazy.module("ctypes", globals())

TIME_LIMIT_MESSAGE = b"time limit exceeded"


class TimeLimitExceeded(JanetError):
    """An embedder's call ran out of time (the `timeout` of Janet.eval,
    run_file or call)."""

    def __init__(self, seconds=None):
        JanetError.__init__(self, TIME_LIMIT_MESSAGE)
        self.seconds = seconds


class _Expired(KeyboardInterrupt):
    """Raised in the interpreter's thread when a call's time is up.  Not a
    JanetError, so no Janet code can catch it; the fiber machinery lets
    KeyboardInterrupt through, as it does for Ctrl-C."""


def new_domain(sandbox):
    """The sandbox domain of a new session from its `sandbox` option: None or
    False (nothing forbidden), True or "all" (every capability), a capability
    name, an iterable of names ("fs", ":net", ...), or SANDBOX_* bits."""
    if sandbox is None or sandbox is False:
        return sb.Domain()
    if sandbox is True:
        return sb.Domain(sb.SANDBOX_ALL)
    if isinstance(sandbox, int):
        return sb.Domain(sandbox & sb.SANDBOX_ALL)      # SANDBOX_* bits
    if isinstance(sandbox, (str, bytes)) or hasattr(sandbox, "bname"):
        sandbox = [sandbox]
    return sb.Domain(sb.bits_of(sandbox))


_nesting = [0]      # calls through `run` in progress (a callback may nest one)


def run(domain, timeout, thunk):
    """Run `thunk` (the session's call) in `domain`, within `timeout` seconds
    when that is not None.  Call it on the thread that runs the Janet code:
    that is the thread the time limit interrupts."""
    if timeout is not None:
        timeout = float(timeout)
        if not timeout >= 0:
            raise ValueError("timeout must be a non-negative number of seconds")
    saved = sb.enter(domain)
    _nesting[0] += 1
    state = (rt.STATE.fiber, rt.STATE.root_fiber, rt.STATE.ccalls)
    root = rt.STATE.root_fiber
    root_state = (root.status, root.ccalls) if root is not None else None
    watch = None
    keep = 0
    try:
        if timeout is not None:
            loop_before = (set(L.ACTIVE), set(L.LOOP.registered), set(L.TIMERS))
            watch = _Watch(timeout)
        try:
            result = thunk()
        finally:
            if watch is not None:
                watch.stop()
        if watch is not None and (watch.expired or time.monotonic() >= watch.deadline):
            # the time was up before the call ended (the script caught the
            # loop's wake-up or returned just then): it is over all the same
            raise watch.exc()
        return result
    except _Expired as e:
        if watch is None or not isinstance(e, watch.exc):
            raise           # an enclosing call's time is up
        if watch is not None:
            watch.stop()
        rt.STATE.fiber, rt.STATE.root_fiber, rt.STATE.ccalls = state
        if root is not None:
            root.status, root.ccalls = root_state
        _drop_tasks(root, *loop_before)
        raise TimeLimitExceeded(timeout) from None
    finally:
        _nesting[0] -= 1
        if _nesting[0] > 0 and not L.done():
            # tasks the nested call started run later in the enclosing call's
            # loop: they keep the bits of the call that started them
            keep = sb.CURRENT.bits
        sb.leave(saved, keep)


def _drop_tasks(root, tasks_before, fds_before, timers_before):
    """Forget what an interrupted call left in the event loop: the tasks it
    started (whatever they wait for becomes stale: the loop skips entries of
    an older sched_id), the pending operations of those and of the root, the
    descriptors it had the loop watch (a subprocess's exit) and its timers."""
    new = [f for f in list(L.ACTIVE) if f not in tasks_before]
    for f in [root] + new:
        if f is not None and f.ev_callback is not None:
            try:
                L.async_end(f)      # detach it from its stream
            except JanetError:
                pass
    gone = set(new)
    if root is not None:
        gone.add(root)
        root.sched_id += 1
        root.evflags &= ~F.EV_CANCELED
    if any(entry[0] in gone for entry in L.READY):
        kept_ready = [entry for entry in L.READY if entry[0] not in gone]
        for fiber, _v, _s, _sid in L.READY:
            if fiber in gone and fiber is not root and fiber.evflags & F.EV_SUSPENDED:
                fiber.evflags &= ~F.EV_SUSPENDED
                L.LOOP.listeners -= 1
        L.READY.clear()
        L.READY.extend(kept_ready)
    for f in new:
        L.ACTIVE.pop(f, None)
        L.THREAD_WAITERS.pop(f, None)
        f.sched_id += 1
        if f.evflags & F.EV_SUSPENDED:
            L.LOOP.listeners -= 1
        f.evflags = (f.evflags & ~F.EV_SUSPENDED) | F.EV_CANCELED
    for fd, entry in list(L.LOOP.registered.items()):
        if fd not in fds_before and entry[0].__class__ is L.FdWatch:
            L.unwatch_fd(entry[0])
    kept = [to for to in L.TIMERS if to in timers_before]
    if len(kept) != len(L.TIMERS):
        for to in L.TIMERS:
            if to not in timers_before and to.worker is not None:
                to.worker.cancel()
        # (a list sorted on `when` is a heap too)
        L.TIMERS[:] = sorted(kept, key=lambda to: to.when)


class _Watch:
    """The watchdog of one timed call."""

    def __init__(self, seconds):
        self.deadline = time.monotonic() + seconds
        self.tid = threading.get_ident()
        # an exception class of its own, so that nested timed calls each
        # catch only theirs
        self.exc = type("_Expired", (_Expired,), {})
        self.expired = False
        self.stopped = False
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.rfd, self.wfd = os.pipe()
        os.set_blocking(self.rfd, False)
        self.fdwatch = L.watch_fd(self.rfd, self._woken)
        # a wake-up for the loop's waits, not something to wait for: it must
        # not keep the loop running
        L.LOOP.listeners -= 1
        self.thread = threading.Thread(target=self._main, args=(seconds,), daemon=True,
                                       name="pyjanet-time-limit")
        self.thread.start()

    def _woken(self):
        # called by the event loop (in the interpreter's thread) when the
        # watchdog wrote to the pipe: the script was waiting
        raise self.exc()

    def _main(self, seconds):
        if self.done.wait(seconds):
            return
        with self.lock:
            if self.stopped:
                return
            self.expired = True
            try:
                os.write(self.wfd, b"x")
            except OSError:
                pass
        while not self.done.wait(0.002):
            frame = sys._current_frames().get(self.tid)
            if frame is None:
                return
            if frame.f_code.co_filename != "<pyjanet>":
                continue
            with self.lock:
                if self.stopped:
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.tid), ctypes.py_object(self.exc))

    def stop(self):
        """End the watch (in the interpreter's thread); idempotent."""
        with self.lock:
            if self.stopped:
                return
            self.stopped = True
            self.done.set()
            if self.expired:
                # one raised but not yet delivered must not escape later
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.tid), None)
        reg = L.LOOP.registered.get(self.rfd)
        if reg is not None and reg[0] is self.fdwatch:
            L.LOOP.listeners += 1
            L.unwatch_fd(self.fdwatch)
        os.close(self.rfd)
        os.close(self.wfd)
