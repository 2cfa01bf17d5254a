"""The event loop: tasks, timers and waiting on file descriptors.

Corresponds to the reference's src/core/ev.c (janet_schedule, janet_cancel,
janet_loop1, janet_loop, timeouts, janet_await, streams and their asynchronous
operations, the epoll backend) and the event-loop part of src/core/run.c
(janet_loop_fiber).  The ev/* builtins that use it are in pyjanet/lib/ev.py;
pyjanet/lib/net.py builds sockets on the same Stream.

Model:

* A task is a fiber the loop resumes (`schedule`).  Each schedule bumps the
  fiber's sched_id and queues (fiber, value, signal, sched_id); an entry whose
  id is no longer the fiber's is stale and skipped, as are pending channel
  operations and timeouts recorded under an older id.  So a task waiting on
  several things runs once, for whichever comes first.
* A task waits by signalling :await (user9, `await_`), which suspends it up to
  the loop.  While suspended it counts as a listener: like the reference, the
  loop keeps running while any task is suspended, even if nothing can wake it.
* The script's top level runs in the root fiber on the thread's main greenlet,
  not on a greenlet of its own.  When it awaits, the signal reaches
  fiber.ROOT_SIGNAL_HANDLER (installed here), which runs the loop right there
  until the root's own turn comes in the queue; then the root continues.  When
  the script is done, `run` drains the loop.  Tasks run on their own greenlets,
  switched to from the loop, so they share one Python stack depth wherever the
  root happens to be waiting.
* Timers are a binary min-heap on integer milliseconds kept exactly like the
  reference's, so tasks whose timers fall on the same millisecond (several
  `(ev/sleep 0)`) are resumed in the same order as there; zero-length timers
  made in one turn share a timestamp (see timer_when).
* I/O: a Stream wraps a non-blocking file descriptor.  An operation
  (`async_start`) records the waiting fiber on the stream with a callback that
  does the work as events arrive (the reference's state machines), registers the
  fd with epoll (level-triggered, for what someone waits for: interest nobody
  needs any more is dropped before the loop next waits) and awaits.  An
  operation that is done at once while no other task is queued continues
  without the round trip through the loop (which would resume it next anyway).
  Regular files cannot be polled; their operations complete synchronously, as
  the reference's do.
"""

import collections
import math
import os
import queue
import select
import threading
import time

from .values import Abstract, kw
from .errors import JanetError, panic
from . import runtime as rt
from . import fiber as F
from . import bigthread
from . import sandbox
from . import lazy

# (only a program that handles a signal needs the module, which imports enum)
signal = lazy.module("signal", globals())

STATE = rt.STATE

# (module constants: the hot paths below read them without an attribute lookup)
_switch_in = F.switch_in
_ST_AWAITING = F.SIG_EVENT      # the status of a task that awaited
_SIG_EVENT = F.SIG_EVENT
_MASK_TERMINAL = F.MASK_TERMINAL
_EV_SUSPENDED = F.EV_SUSPENDED
_EV_CANCELED = F.EV_CANCELED
_EV_TASK = F.EV_TASK
_SIG_ERROR = F.SIG_ERROR

# --------------------------------------------------------------------------
# Loop state (one loop per process; reset with the interpreter's state)

READY = collections.deque()     # (fiber, value, signal, sched_id)
LATER = collections.deque()     # functions to call once READY is empty (later)
TIMERS = []                     # binary min-heap of Timeout, on .when
ACTIVE = {}                     # task fibers the loop knows about (ev/all-tasks)
THREAD_WAITERS = {}             # task of an ev/thread -> the task waiting for it


class _State:
    __slots__ = ("listeners", "root_waiting", "poll", "registered", "zero_tick", "stale")

    def __init__(self):
        self.listeners = 0       # suspended tasks and pending I/O operations
        self.root_waiting = None  # the root fiber while it awaits inside the loop
        self.poll = None          # select.epoll, made on first use
        self.registered = {}      # fd -> [stream, epoll mask]
        self.zero_tick = None     # timestamp of this turn's zero-length timers
        self.stale = set()        # streams whose epoll interest may be too wide


LOOP = _State()


@rt.on_reset
def reset():
    """Forget every task, timer and registration (a fresh process's loop)."""
    READY.clear()
    LATER.clear()
    for to in TIMERS:
        if to.worker is not None:
            to.worker.cancel()
    del TIMERS[:]
    ACTIVE.clear()
    if STATE.root_fiber is not None:
        ACTIVE[STATE.root_fiber] = True     # the root fiber is a task too
    THREAD_WAITERS.clear()
    SIGNAL_HANDLERS.clear()     # (signals still caught are dropped)
    _PENDING_SIGNALS.clear()
    if LOOP.poll is not None:
        try:
            LOOP.poll.close()
        except OSError:
            pass
    LOOP.__init__()


# --------------------------------------------------------------------------
# Time and the timer heap

def ts_now():
    """Monotonic time in whole milliseconds, like the reference's ts_now."""
    return int(time.monotonic() * 1000)


INT64_MAX = (1 << 63) - 1


def ts_delta(ts, delta):
    """ts plus `delta` seconds, rounded to milliseconds (half away from zero)."""
    if delta != delta:
        return ts
    if math.isinf(delta):
        return ts if delta < 0 else INT64_MAX
    ms = delta * 1000.0
    return ts + int(math.floor(ms + 0.5) if ms >= 0 else -math.floor(-ms + 0.5))


class Timeout:
    """A pending timeout: resume (or cancel) `fiber` when `when` passes.  With
    `curr_fiber` it is a deadline: cancel `fiber` if `curr_fiber` is still
    resumable by then."""
    __slots__ = ("when", "fiber", "curr_fiber", "sched_id", "is_error", "worker")

    def __init__(self, when, fiber, curr_fiber, is_error):
        self.when = when
        self.fiber = fiber
        self.curr_fiber = curr_fiber
        self.sched_id = fiber.sched_id
        self.is_error = is_error
        self.worker = None


def add_timeout(to):
    """Append to the heap and sift up (the reference's add_timeout)."""
    q = TIMERS
    q.append(to)
    i = len(q) - 1
    when = to.when
    while i > 0:
        parent = (i - 1) >> 1
        if q[parent].when <= when:
            break
        q[i], q[parent] = q[parent], q[i]
        i = parent


def pop_timeout(index):
    """Remove the entry at `index`: the last one takes its place and sifts down
    (the reference's pop_timeout)."""
    q = TIMERS
    n = len(q)
    if n <= index:
        return
    last = q.pop()
    n -= 1
    if index == n:
        return
    q[index] = last
    while True:
        left = (index << 1) + 1
        right = left + 1
        smallest = index
        if left < n and q[left].when < q[smallest].when:
            smallest = left
        if right < n and q[right].when < q[smallest].when:
            smallest = right
        if smallest == index:
            return
        q[index], q[smallest] = q[smallest], q[index]
        index = smallest


class DeadlineInterrupt(JanetError):
    """Raised asynchronously in a fiber busy computing past an interrupting
    deadline (`(ev/deadline sec nil f true)`)."""

    def __init__(self):
        JanetError.__init__(self, b"deadline expired")


class Interrupter:
    """The reference starts a thread that interrupts the VM when an interrupting
    deadline passes, so a fiber that never waits can be cancelled.  Here a timer
    thread raises DeadlineInterrupt in the interpreter's thread, but only while
    `fiber` is running and the thread is in compiled Janet code (so no
    bookkeeping of ours is cut in half).  A fiber that is waiting meanwhile is
    left to the ordinary deadline."""

    def __init__(self, sec, fiber, timeout):
        import threading
        self.tid = threading.get_ident()
        self.fiber = fiber
        self.timeout = timeout
        self.timer = threading.Timer(sec, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def cancel(self):
        self.timer.cancel()

    def _fire(self):
        import ctypes
        import sys
        for _ in range(200):
            if self.fiber.status != F.ST_ALIVE:
                return
            frame = sys._current_frames().get(self.tid)
            if frame is None:
                return
            if frame.f_code.co_filename == "<pyjanet>":
                to = self.timeout
                to.curr_fiber = None       # the deadline is dealt with
                to.sched_id = -1
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.tid), ctypes.py_object(DeadlineInterrupt))
                return
            time.sleep(0.001)


# Zero-length timers (`(ev/sleep 0)`) made in one turn of the loop share one
# timestamp.  The reference takes the time at each, but its turns are so short
# that they nearly always fall on the same millisecond, and their order in the
# heap then follows from the heap's shape alone; pyjanet, much slower, would
# often straddle a millisecond and order them differently.  A turn longer than
# ZERO_TICK_SPAN ms starts a new timestamp, as the reference's clock would have
# moved too.  Timers of a positive length use the real time, so none fires early.
ZERO_TICK_SPAN = 20


def timer_when(sec):
    """The timestamp at which a timer of `sec` seconds made now expires."""
    now = ts_now()
    when = ts_delta(now, sec)
    if when == now:
        z = LOOP.zero_tick
        if z is None or now - z > ZERO_TICK_SPAN:
            z = LOOP.zero_tick = now
        return z
    return when


def add_sleep(fiber, sec, is_error=False):
    """Resume task `fiber` with nil (or cancel it with "timeout") after `sec`."""
    add_timeout(Timeout(timer_when(sec), fiber, None, is_error))


# --------------------------------------------------------------------------
# Scheduling

def schedule(fiber, value=None, sig=F.SIG_OK, soon=False):
    """Queue `fiber` to be resumed with `value` (or to have `value` raised in it
    when sig is SIG_ERROR).  The reference's janet_schedule_general."""
    flags = fiber.evflags
    if flags & _EV_CANCELED:
        return
    if not flags & _EV_TASK:
        flags |= _EV_TASK
        ACTIVE[fiber] = True
    sid = fiber.sched_id = fiber.sched_id + 1
    if sig == _SIG_ERROR:
        flags |= _EV_CANCELED
    fiber.evflags = flags
    if soon:
        READY.appendleft((fiber, value, sig, sid))
    else:
        READY.append((fiber, value, sig, sid))


def cancel(fiber, value):
    """Schedule `value` to be raised in task `fiber` (janet_cancel)."""
    if not fiber.evflags & F.EV_TASK:
        panic("cannot cancel non-task fiber")
    schedule(fiber, value, F.SIG_ERROR)


def await_():
    """Suspend the current task until the loop resumes it; returns the value it
    is resumed with (raises the error it is cancelled with)."""
    return F.signal(F.SIG_EVENT, None)


def root_task():
    """The task the running code belongs to (`(fiber/root)`): what operations
    that wait record, so the loop resumes the whole chain of fibers."""
    r = STATE.root_fiber
    if r is None:
        panic("no task is running")
    return r


# --------------------------------------------------------------------------
# Running tasks

# How a task's uncaught error or signal is printed (janet_stacktrace_ext):
# stack traces are the debug namespace's, a layer above this module, so
# lib/debug.py sets the function when it loads.
_report = None


def set_task_error_reporter(fn):
    """Make fn(fiber, value) the function that prints a task's uncaught error."""
    global _report
    _report = fn


KW_TASK_ID = kw("task-id")


def supervisor_event(name, fiber, threaded=False):
    """The tuple a supervisor channel receives: (name fiber task-id); a channel
    between threads gets the fiber's last value instead of the fiber."""
    env = fiber.env
    tid = rt.table_get(env, KW_TASK_ID) if env is not None else None
    return (kw(name), fiber.last_value if threaded else fiber, tid)


def _run_task(fiber, value, sig):
    """Resume one task from the queue and deal with how it stopped (the body of
    the reference's janet_loop1).  Returns the signal."""
    STATE.root_fiber = fiber
    glet = fiber.glet
    if (sig == 0 and glet is not None and fiber.status == _ST_AWAITING
            and fiber.ev_callback is None and STATE.fiber is None):
        # The usual case, a task that awaited resumed with a value (a server
        # does this twice per request): what F.continue_signal comes to then.
        fiber.last_value = None
        fiber.parent = None
        try:
            sig, res = _switch_in(fiber, glet, (None, value), None)
        finally:
            STATE.root_fiber = None
        if (_MASK_TERMINAL >> sig) & 1:
            res = res.value
        elif sig == _SIG_EVENT and fiber.supervisor is None:
            fiber.evflags |= _EV_SUSPENDED
            LOOP.listeners += 1
            return sig
    else:
        try:
            if fiber.ev_callback is not None:
                async_end(fiber)
            sig, res = F.continue_signal(fiber, value, sig)
        finally:
            STATE.root_fiber = None
    if not F.can_resume(fiber):
        ACTIVE.pop(fiber, None)
        if THREAD_WAITERS:
            waiter = THREAD_WAITERS.pop(fiber, None)
            if waiter is not None and F.can_resume(waiter):
                schedule(waiter, None)
    sv = fiber.supervisor
    suspended = sig == F.SIG_EVENT or sig == F.SIG_YIELD or sig == F.SIG_INTERRUPT
    if suspended:
        fiber.evflags |= F.EV_SUSPENDED
        LOOP.listeners += 1
    if sv is None:
        if not suspended and sig != F.SIG_OK:
            # (a task that finished has nothing to report: skip the work)
            _report(fiber, res)
    elif sig == F.SIG_OK or (fiber.mask >> sig) & 1:
        sv.push(supervisor_event(F.SIGNAL_NAMES[sig], fiber, sv.threaded), 2)
    elif not suspended:
        _report(fiber, res)
    return sig


# One turn of the reference's loop (janet_loop1) is: expire timers, run every
# queued task, wait for I/O or the next timer.  The root fiber is resumed from
# the middle of that turn (it is popped from the queue like any task), so when
# it awaits, or when it ends, the loop carries on from there: the rest of the
# queue, then waiting, then the timers.  That keeps the order in which tasks
# run exactly the reference's.

_INTERRUPTED = object()


def _expire_timers():
    now = ts_now()
    LOOP.zero_tick = None       # a new turn
    while TIMERS and TIMERS[0].when <= now:
        to = TIMERS[0]
        pop_timeout(0)
        if to.curr_fiber is not None:
            if F.can_resume(to.curr_fiber):
                cancel(to.fiber, b"deadline expired")
        elif to.fiber.sched_id == to.sched_id:
            if to.is_error:
                cancel(to.fiber, b"timeout")
            else:
                schedule(to.fiber, None)
        if to.worker is not None:
            to.worker.cancel()


def _drain():
    """Run the queued tasks (and what `later` asked for once they have run).
    Returns (value, signal) when the entry popped is the waiting root fiber's,
    _INTERRUPTED after a task was interrupted, else None."""
    while True:
        while READY:
            fiber, value, sig, sid = READY.popleft()
            flags = fiber.evflags
            if flags & F.EV_SUSPENDED:
                LOOP.listeners -= 1
            fiber.evflags = flags & ~(F.EV_CANCELED | F.EV_SUSPENDED)
            if sid != fiber.sched_id:
                continue
            if fiber.is_root:
                if fiber is LOOP.root_waiting:
                    return value, sig
                continue     # the root is not waiting: there is nothing to resume
            if _run_task(fiber, value, sig) == F.SIG_INTERRUPT:
                # the reference leaves the turn and reschedules it
                schedule(fiber, None)
                return _INTERRUPTED
        if not LATER:
            return None
        LATER.popleft()()


def later(fn):
    """Call fn() in this turn of the loop, once the tasks queued have run
    (before the loop waits for I/O and timers): work an I/O callback defers
    so that the tasks it has just scheduled are not kept waiting."""
    LATER.append(fn)


def _wait():
    """Wait for I/O or the next timer, if anything is pending."""
    if not (TIMERS or LOOP.listeners):
        return
    has_timeout = False
    when = 0
    # drop timeouts that can no longer do anything
    while TIMERS:
        to = TIMERS[0]
        if to.curr_fiber is not None:
            if not F.can_resume(to.curr_fiber):
                pop_timeout(0)
                ACTIVE.pop(to.curr_fiber, None)
                if to.worker is not None:
                    to.worker.cancel()
                continue
        elif to.fiber.sched_id != to.sched_id:
            pop_timeout(0)
            if to.worker is not None:
                to.worker.cancel()
            continue
        has_timeout = True
        when = to.when
        break
    if TIMERS or LOOP.listeners:
        _poll(has_timeout, when)


def done():
    return not READY and not TIMERS and LOOP.listeners == 0


def run():
    """Run the loop until no task is left (the end of janet_loop_fiber): what
    happens after a script's top level and `main` have finished."""
    cur, root = STATE.fiber, STATE.root_fiber
    STATE.fiber = None
    STATE.root_fiber = None
    # The root fiber has finished (it stays usable for an embedder's next
    # script): deadlines that check it are void, as for a dead fiber.
    status = root.status if root is not None else None
    if root is not None:
        ACTIVE.pop(root, None)
        root.status = F.ST_DEAD
    try:
        while True:
            r = _drain()
            if done():
                break
            if r is not _INTERRUPTED:
                _wait()
            _expire_timers()
    finally:
        STATE.fiber, STATE.root_fiber = cur, root
        if root is not None:
            root.status = status


def _root_await(sig, value, chain, owner):
    """fiber.ROOT_SIGNAL_HANDLER: the root fiber awaits, so run the loop until
    the root's turn comes; returns (raise_sig, value) it is resumed with."""
    if (sig != F.SIG_EVENT and sig != F.SIG_INTERRUPT) or owner is None \
            or LOOP.root_waiting is not None:
        return None
    cur, root_fiber = STATE.fiber, STATE.root_fiber
    for fb in chain:
        fb.status = sig
    owner.status = sig
    owner.evflags |= F.EV_SUSPENDED
    LOOP.listeners += 1
    LOOP.root_waiting = owner
    STATE.fiber = None
    STATE.root_fiber = None
    resumed = False
    try:
        try:
            if sig == F.SIG_INTERRUPT:
                # an interrupted task is rescheduled at once (janet_loop), and
                # the loop turn ends there
                schedule(owner, None)
                _expire_timers()
            while True:
                r = _drain()
                if r is not None and r is not _INTERRUPTED:
                    resumed = True
                    break
                if r is not _INTERRUPTED:
                    _wait()
                _expire_timers()
        except Interrupt:
            # Ctrl-C in the REPL while the form waits: the wait fails there
            r = (b"interrupted", F.SIG_ERROR)
    finally:
        if not resumed:
            # left by an exception (os/exit in a task, Ctrl-C in the REPL):
            # the root no longer waits for anything recorded so far
            owner.evflags &= ~F.EV_SUSPENDED
            LOOP.listeners -= 1
            owner.sched_id += 1
        LOOP.root_waiting = None
        STATE.fiber, STATE.root_fiber = cur, root_fiber
        for fb in chain:
            fb.status = F.ST_ALIVE
        owner.status = F.ST_ALIVE
    if owner.ev_callback is not None:
        async_end(owner)
    value, sig = r
    return (F.SIG_ERROR if sig == F.SIG_ERROR else None), value


F.ROOT_SIGNAL_HANDLER = _root_await


# --------------------------------------------------------------------------
# Streams and asynchronous operations

# Stream flags (the reference's JANET_STREAM_*)
S_CLOSED = 0x1
S_SOCKET = 0x2
S_UNREGISTERED = 0x4
S_READABLE = 0x200
S_WRITABLE = 0x400
S_ACCEPTABLE = 0x800
S_UDPSERVER = 0x1000
S_NOT_CLOSEABLE = 0x2000
S_TOCLOSE = 0x10000

# What an operation listens for, and the events its callback receives
LISTEN_READ, LISTEN_WRITE, LISTEN_BOTH = 1, 2, 3
EV_INIT, EV_MARK, EV_DEINIT, EV_CLOSE, EV_ERR, EV_HUP, EV_READ, EV_WRITE = range(8)

_EPOLLIN = select.EPOLLIN
_EPOLLOUT = select.EPOLLOUT
_EPOLLERR = select.EPOLLERR
_EPOLLHUP = select.EPOLLHUP


class Stream(Abstract):
    """A `core/stream`: a non-blocking file descriptor the loop can wait on.

    `methods` maps method keywords to builtins (ev/read, ev/write, ... for pipes
    and files; net.py gives sockets theirs).  `owner` is a Python object that
    owns the descriptor (a socket), closed instead of the bare fd."""
    __slots__ = ("handle", "flags", "read_fiber", "write_fiber", "methods", "owner")
    type_name = "core/stream"

    def __init__(self, handle, flags, methods, owner=None):
        self.handle = handle
        self.flags = flags
        self.read_fiber = None
        self.write_fiber = None
        self.methods = methods
        self.owner = owner

    def janet_get(self, key):
        return self.methods.get(key)

    def janet_next(self, key):
        from .lib.inttypes import next_method
        return next_method(self.methods, key)

    def janet_tostring(self):
        return b"[fd=%d]" % self.handle


def check_flags(stream, flags):
    """The reference's janet_stream_flags: the stream must be open and able to
    do what `flags` ask."""
    if stream.flags & S_CLOSED:
        panic("stream is closed")
    if stream.flags & flags != flags:
        parts = ["readable " if flags & S_READABLE else "",
                 "writable " if flags & S_WRITABLE else "",
                 "server " if flags & S_ACCEPTABLE else "",
                 "datagram " if flags & S_UDPSERVER else "",
                 "socket" if flags & S_SOCKET else "stream"]
        panic("bad stream, expected " + "".join(parts))


def _poller():
    p = LOOP.poll
    if p is None:
        p = LOOP.poll = select.epoll()
        p.register(_wake_fd(), _EPOLLIN)
    return p


# --------------------------------------------------------------------------
# Waking the interpreter's thread from another thread
#
# Ctrl-C in the REPL interrupts the form being evaluated by raising an
# exception in the interpreter's thread (pyjanet/repl.py), which Python
# delivers only while that thread runs bytecode.  A thread blocked in a
# system call (the loop's epoll wait, os/sleep) would see it only when the
# call returns, so every such wait also watches the read end of a pipe, and
# `wake()` writes to it: the wait returns at once and the exception follows.

_WAKE = []      # [read fd, write fd], made on first use


class Interrupt(KeyboardInterrupt):
    """What the REPL raises in the interpreter's thread on Ctrl-C.  When it
    comes while the root fiber waits in the loop, the wait fails with the
    error `interrupted` (so the form stops as a computing one does)."""


def _wake_fd():
    if not _WAKE:
        _WAKE.extend(os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC))
    return _WAKE[0]


def _drain_wake():
    try:
        while os.read(_WAKE[0], 256):
            pass
    except (BlockingIOError, OSError):
        pass


def wake():
    """Make a blocking wait of the interpreter's thread return now (called
    from another thread)."""
    if _WAKE:       # (else no wait watches it yet)
        try:
            os.write(_WAKE[1], b"!")
        except OSError:
            pass


# --------------------------------------------------------------------------
# Signal handlers (os/sigaction; the reference's janet_signal_trampoline and
# janet_signal_callback)
#
# Python runs signal handlers on the main thread, and only the main thread may
# set them; Janet code runs on the CLI's big-stack thread.  So the handler
# Python calls only records the signal and wakes the loop, which then starts
# the Janet handler in a task of its own, ahead of the queued ones, as the
# reference's posted event does.  Setting a handler from the interpreter's
# thread is done by the main thread (`on_main_thread`), which the CLI keeps
# serving while the program runs.

SIGNAL_HANDLERS = {}                    # signal number -> Janet function or None
_PENDING_SIGNALS = collections.deque()  # signals caught, not yet handled


class _MainThread:
    served = False                      # the CLI's main thread serves calls
    calls = queue.SimpleQueue()         # (fn, result box, threading.Event)


def on_main_thread(fn):
    """fn() run on the main thread (from any thread); its result."""
    if threading.current_thread() is threading.main_thread():
        return fn()
    if not _MainThread.served:
        panic("signal handlers can only be set on the main thread")
    box = []
    done = threading.Event()
    _MainThread.calls.put((fn, box, done))
    done.wait()
    ok, value = box[0]
    if not ok:
        raise value
    return value


def serve_main_thread(timeout):
    """Run the calls other threads ask the main thread for, waiting at most
    `timeout` seconds for one (signal handlers run meanwhile)."""
    _MainThread.served = True
    try:
        fn, box, done = _MainThread.calls.get(timeout=timeout)
    except queue.Empty:
        return
    if fn is None:
        return
    try:
        box.append((True, fn()))
    except Exception as e:      # (handed to the caller)
        box.append((False, e))
    done.set()


def stop_serving_main_thread():
    """The interpreter's thread is done: let the main thread's wait return."""
    _MainThread.calls.put((None, None, None))


def _caught(signum, _frame):
    _PENDING_SIGNALS.append(signum)
    wake()


def set_signal_handler(signum, handler):
    """Run Janet function `handler` in a new task whenever signal `signum`
    comes (None: the signal is caught and dropped, as in the reference)."""
    SIGNAL_HANDLERS[signum] = handler
    _wake_fd()
    on_main_thread(lambda: signal.signal(signum, _caught))


def _deliver_signals():
    while _PENDING_SIGNALS:
        signum = _PENDING_SIGNALS.popleft()
        handler = SIGNAL_HANDLERS.get(signum)
        if handler is not None:
            schedule(F.Fiber(handler, 0, None), None, soon=True)


def sleep(sec):
    """Block the thread for `sec` seconds (os/sleep), waking early only to
    let an interrupt through.  Other interpreter threads run meanwhile."""
    end = time.monotonic() + sec
    fd = _wake_fd()
    _drain_wake()
    ctx = _unlock() if THREADED else None
    try:
        # (from here on the module's globals may be another thread's: only
        # locals are used until _relock)
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return
            try:
                r, _w, _x = select.select([fd], [], [], min(left, 86400.0))
            except InterruptedError:
                continue
            if r:
                _drain_fd(fd)
                if _EXIT:
                    return      # (_relock ends the process)
    finally:
        if ctx is not None:
            _relock(ctx)


# --------------------------------------------------------------------------
# Interpreter threads (ev/thread; the reference's janet_go_thread_subr and
# janet_ev_threaded_call)
#
# An ev/thread body runs on an OS thread of its own with an interpreter state
# of its own: rt.STATE's slots (running fiber, root fiber...) and this loop
# (READY, TIMERS, ACTIVE, THREAD_WAITERS, LOOP and the wake pipe).  Python runs
# one thread's bytecode at a time anyway (the GIL); pyjanet lets one thread at
# a time run Janet code, the one holding _ILOCK, and a thread gives it up only
# where it blocks (the loop's wait, os/sleep), saving its state, which the next
# holder replaces with its own (_install).  So the single-threaded paths read
# the state as before, at no cost, and threads overlap where it matters with
# the GIL: while they wait.  Until the first ev/thread (and again once every
# thread has ended) nobody takes the lock.
#
# Threads talk through their inboxes: a thread posts a call to another's inbox
# and writes to that thread's wake pipe, which its loop watches; the loop runs
# the calls when it wakes (a threaded channel waking a task of another thread,
# a thread that ended telling its parent).

THREADED = False                # some interpreter thread other than the first runs
_ILOCK = threading.Lock()       # held by the thread running Janet code
_TL = threading.local()         # .ctx: the thread's ThreadContext
_CONTEXTS = set()               # the contexts of the interpreter threads
_LIVE = [0]                     # threads started and not yet ended
_ROOT_CTX = [None]              # the context of the first thread (the program's)
_EXIT = []                      # the status of an os/exit called in a thread
_STATE_SLOTS = rt.State.__slots__
_SANDBOX = sandbox.CURRENT


class ThreadContext:
    """One interpreter thread's loop objects, and its rt.STATE values while
    another thread runs.  `lock` is the _ILOCK of its generation: after a
    reset (a new program in the same process) a thread left over from the old
    one waits on the old lock, which nobody releases, and never touches the
    new program's state."""
    __slots__ = ("ready", "timers", "active", "waiters", "loop", "wake", "state", "inbox",
                 "lock")

    def __init__(self, ready, timers, active, waiters, loop, wake, state):
        self.ready = ready
        self.timers = timers
        self.active = active
        self.waiters = waiters
        self.loop = loop
        self.wake = wake
        self.state = state
        self.inbox = collections.deque()
        self.lock = _ILOCK


@rt.on_reset
def _reset_threads():
    """A new program: no interpreter threads (any left from the old program,
    one that ended by os/exit or an error, stay blocked on the old lock)."""
    global THREADED, _ILOCK, _TL
    THREADED = False
    _ILOCK = threading.Lock()
    _TL = threading.local()
    _CONTEXTS.clear()
    _LIVE[0] = 0
    _ROOT_CTX[0] = None
    del _EXIT[:]


def _install(ctx):
    global READY, TIMERS, ACTIVE, THREAD_WAITERS, LOOP, _WAKE
    READY, TIMERS, ACTIVE = ctx.ready, ctx.timers, ctx.active
    THREAD_WAITERS, LOOP, _WAKE = ctx.waiters, ctx.loop, ctx.wake
    state = ctx.state
    for name, v in zip(_STATE_SLOTS, state):
        setattr(STATE, name, v)
    _SANDBOX.domain, _SANDBOX.bits = state[-1]


def _snapshot():
    """STATE's slots, then the sandbox in force (each interpreter has its
    own flags, as janet_vm.sandbox_flags)."""
    return [getattr(STATE, name, None) for name in _STATE_SLOTS] + [
        (_SANDBOX.domain, _SANDBOX.bits)]


def _unlock():
    """Let the other interpreter threads run (this one is about to block);
    the token for _relock (None when this thread takes no part)."""
    ctx = getattr(_TL, "ctx", None)
    if ctx is not None:
        ctx.state = _snapshot()
        ctx.lock.release()
    return ctx


def _relock(ctx):
    """Take the interpreter again after _unlock; the program's own thread
    ends the process here when a thread called os/exit (the reference's
    exit() ends every thread at once)."""
    ctx.lock.acquire()
    _install(ctx)
    if _EXIT and ctx is _ROOT_CTX[0]:
        raise SystemExit(_EXIT[0])


def blocking(fn, *args):
    """fn(*args) with the other interpreter threads free to run meanwhile:
    for a call that may block (reading standard input, waiting for a
    process) and touches no interpreter state."""
    if not THREADED:
        return fn(*args)
    ctx = _unlock()
    try:
        return fn(*args)
    finally:
        if ctx is not None:
            _relock(ctx)


def _drain_fd(fd):
    try:
        while os.read(fd, 256):
            pass
    except (BlockingIOError, OSError):
        pass


def _post(ctx, fn):
    """Have thread `ctx` run fn() when its loop next wakes."""
    ctx.inbox.append(fn)
    try:
        os.write(ctx.wake[1], b"!")
    except OSError:
        pass


def _run_inbox(ctx):
    inbox = ctx.inbox
    while inbox:
        inbox.popleft()()


def _poll_threaded(poller, delay):
    """poller.poll with _ILOCK given up meanwhile; then the calls other
    threads posted."""
    ctx = getattr(_TL, "ctx", None)
    if ctx is None:
        return poller.poll(delay, 64)
    if ctx.inbox:
        delay = 0
    ctx.state = _snapshot()
    ctx.lock.release()
    try:
        events = poller.poll(delay, 64)
    except InterruptedError:
        events = []
    finally:
        _relock(ctx)
    _run_inbox(ctx)
    return events


def schedule_any(fiber, value=None):
    """schedule() for a task that may be another thread's (a threaded
    channel's waiting giver or taker): that thread's loop resumes it."""
    if THREADED and fiber not in ACTIVE:
        for ctx in _CONTEXTS:
            if fiber in ctx.active and ctx.active is not ACTIVE:
                sid = fiber.sched_id

                def wake_task():
                    if fiber.sched_id == sid:
                        schedule(fiber, value)
                _post(ctx, wake_task)
                return
    schedule(fiber, value)


def start_thread(fiber, value, waiter, root_env):
    """Run task `fiber`, resumed with `value`, to its end on a new OS thread
    with an interpreter state of its own: a new rt.State (as janet_init
    starts a VM: no fiber, gensyms from _000000, its own generator) with
    root environment `root_env`, and this thread's sandbox flags; then resume task `waiter` of this thread (if
    not None) with nil.  Like the reference, this thread's loop keeps running
    until the thread ends."""
    global THREADED
    me = getattr(_TL, "ctx", None)
    if me is None:
        _wake_fd()
        _ILOCK.acquire()
        me = ThreadContext(READY, TIMERS, ACTIVE, THREAD_WAITERS, LOOP, _WAKE, None)
        _TL.ctx = me
        _ROOT_CTX[0] = me
        _CONTEXTS.add(me)
        THREADED = True
    state = rt.State()
    state.root_env = root_env
    # (the thread starts with the flags in force here, in a domain of its own)
    bits = _SANDBOX.bits
    child = ThreadContext(collections.deque(), [], {}, {}, _State(),
                          list(os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)),
                          [getattr(state, name, None) for name in _STATE_SLOTS] +
                          [(sandbox.Domain(bits), bits)])
    _CONTEXTS.add(child)
    LOOP.listeners += 1         # (the reference's janet_ev_inc_refcount)
    _LIVE[0] += 1

    def ended():
        global THREADED
        LOOP.listeners -= 1
        if waiter is not None and F.can_resume(waiter):
            schedule(waiter, None)
        if _LIVE[0] == 0 and THREADED:
            # the last thread has ended: back to one thread, without the lock
            THREADED = False
            _CONTEXTS.clear()
            _TL.ctx = None
            _ROOT_CTX[0] = None
            me.lock.release()

    def body():
        child.lock.acquire()
        _TL.ctx = child
        _install(child)
        try:
            schedule(fiber, value)
            run()
        except SystemExit as e:
            # os/exit in the thread ends the process: the program's thread
            # does it when it next takes the interpreter
            if not _EXIT:
                _EXIT.append(e.code)
            root = _ROOT_CTX[0]
            if root is not None:
                _post(root, lambda: None)
        except BaseException:       # (the thread's errors were reported by its loop)
            pass
        finally:
            _LIVE[0] -= 1
            _CONTEXTS.discard(child)
            if LOOP.poll is not None:
                LOOP.poll.close()
            for fd in child.wake:
                os.close(fd)
            _post(me, ended)
            _TL.ctx = None
            child.lock.release()

    bigthread.start(body, name="janet-thread")


def update_interest(stream):
    """Watch the stream's fd for what its waiting fibers need, nothing else."""
    fd = stream.handle
    if fd < 0 or stream.flags & S_UNREGISTERED:
        return
    mask = 0
    rf = stream.read_fiber
    if rf is not None and rf.ev_callback is not None:
        mask |= _EPOLLIN
    wf = stream.write_fiber
    if wf is not None and wf.ev_callback is not None:
        mask |= _EPOLLOUT
    reg = LOOP.registered.get(fd)
    if reg is not None and reg[0] is not stream:
        # a descriptor number reused by a new stream
        _unregister_fd(fd)
        reg = None
    if reg is None:
        if mask:
            try:
                _poller().register(fd, mask)
            except PermissionError:
                # regular files cannot be polled: operations on them complete
                # at once (the reference marks them unregistered likewise)
                stream.flags |= S_UNREGISTERED
                return
            except OSError as e:
                panic(os.strerror(e.errno) if e.errno else str(e))
            LOOP.registered[fd] = [stream, mask]
    elif mask != reg[1]:
        if mask:
            _poller().modify(fd, mask)
            reg[1] = mask
        else:
            _unregister_fd(fd)


def _unregister_fd(fd):
    if LOOP.registered.pop(fd, None) is not None:
        try:
            _poller().unregister(fd)
        except (OSError, ValueError):
            pass


class FdWatch:
    """A descriptor the loop watches for readability for itself rather than for
    a waiting fiber (a process exit, through its pidfd).  It counts as a
    listener, like the reference's waiting threads, so the loop does not end
    before it is over; `on_ready()` returns True when the watch is done."""
    __slots__ = ("fd", "on_ready")

    def __init__(self, fd, on_ready):
        self.fd = fd
        self.on_ready = on_ready


def watch_fd(fd, on_ready):
    w = FdWatch(fd, on_ready)
    _poller().register(fd, _EPOLLIN)
    LOOP.registered[fd] = [w, _EPOLLIN]
    LOOP.listeners += 1
    return w


def unwatch_fd(w):
    reg = LOOP.registered.get(w.fd)
    if reg is not None and reg[0] is w:
        _unregister_fd(w.fd)
        LOOP.listeners -= 1


def async_start(stream, mode, callback, state):
    """Start an operation on `stream` for the current task and wait for it: the
    callback is called with EV_INIT now and with events as they come, and ends
    the operation with schedule/cancel + async_end.  Returns what the task is
    resumed with."""
    fiber = STATE.root_fiber
    if fiber is None:
        panic("no task is running")
    fiber.ev_stream = stream
    fiber.ev_state = state
    if ((callback is read_callback or callback is write_callback)
            and (stream.read_fiber if mode == LISTEN_READ else stream.write_fiber) is None
            and not fiber.evflags & _EV_CANCELED):
        # A read or write is tried before it is recorded on the stream: when
        # it finishes at once (what a busy server's do) there is then nothing
        # to record and undo.  These two callbacks finish only by scheduling
        # the task (a new sched_id), and their async_end does nothing while no
        # callback is recorded.
        sid = fiber.sched_id
        callback(fiber, EV_INIT)
        if fiber.sched_id != sid:
            fiber.ev_state = None
            return _await_finished(fiber)
        _record(stream, mode, fiber, callback)
    else:
        _record(stream, mode, fiber, callback)
        callback(fiber, EV_INIT)
        if fiber.ev_callback is None:
            return _await_finished(fiber)
    return _wait_recorded(stream, mode, fiber, callback)


def _wait_recorded(stream, mode, fiber, callback):
    """Wait for the operation just recorded on the stream (the end of
    async_start)."""
    update_interest(stream)
    if stream.flags & S_UNREGISTERED:
        # not pollable: keep stepping it until it finishes
        ev = EV_READ if mode & LISTEN_READ else EV_WRITE
        while fiber.ev_callback is callback:
            callback(fiber, ev)
    return F.signal(F.SIG_EVENT, None)


def _record(stream, mode, fiber, callback):
    """The operation of `fiber` waits on `stream` (undone by async_end)."""
    if mode & LISTEN_READ:
        stream.read_fiber = fiber
    if mode & LISTEN_WRITE:
        stream.write_fiber = fiber
    fiber.ev_callback = callback
    LOOP.listeners += 1


def _await_finished(fiber):
    """Wait for the loop to resume `fiber`, whose operation has just finished
    and scheduled it."""
    if len(READY) == 1 and READY[0][0] is fiber and READY[0][3] == fiber.sched_id \
            and _resumes_at_once(fiber):
        # Nothing else is queued: waiting would go to the loop only to have it
        # resume this task straight away (its entry is the next one the loop
        # takes; timers and I/O wait until the queue is empty), so take the
        # entry here as the loop would.
        _f, value, sig, _sid = READY.popleft()
        fiber.evflags &= ~(F.EV_CANCELED | F.EV_SUSPENDED)
        if sig == F.SIG_ERROR:
            e = JanetError(value)
            e.signal = F.SIG_ERROR
            raise e
        return value
    return F.signal(F.SIG_EVENT, None)


def _resumes_at_once(task):
    """True when an await of the running code would reach the loop as the
    task `task` waiting (not as a signal some fiber on the way traps or a
    supervisor hears of)."""
    if task.is_root:
        if LOOP.root_waiting is not None:
            return False
    elif task.supervisor is not None and (task.mask >> F.SIG_EVENT) & 1:
        return False
    cur = STATE.fiber
    while cur is not task:
        # only fibers running inline on their resumer's greenlet pass every
        # resumable signal on
        if cur is None or cur.glet is not None or getattr(cur, "gen", None) is not None:
            return False
        cur = cur.parent
    return True


def _ready_callback(fiber, event):
    if event == EV_CLOSE:
        schedule(fiber, None)
    elif event == EV_READ or event == EV_WRITE or event == EV_HUP or event == EV_ERR:
        schedule(fiber, True)
    else:
        return          # INIT: wait; DEINIT: nothing to free
    async_end(fiber)


def wait_io(stream, mode):
    """Suspend the current task until `stream` can be read (mode LISTEN_READ)
    or written (LISTEN_WRITE) without blocking, or has an error or hang-up:
    returns True, or nil if the stream was closed meanwhile.  For operations
    that do their own system calls (net/accept, net/connect): try, and on
    EAGAIN wait with this and try again."""
    return async_start(stream, mode, _ready_callback, None)


def async_end(fiber):
    """The operation of `fiber` is over (done, or the fiber was resumed for
    another reason): detach it from its stream (janet_async_end)."""
    cb = fiber.ev_callback
    if cb is None:
        return
    stream = fiber.ev_stream
    if stream.read_fiber is fiber:
        stream.read_fiber = None
    if stream.write_fiber is fiber:
        stream.write_fiber = None
    if cb is not read_callback and cb is not write_callback:
        cb(fiber, EV_DEINIT)        # those two have nothing to free
    fiber.ev_callback = None
    fiber.ev_state = None
    LOOP.listeners -= 1
    if stream.handle in LOOP.registered:
        # Narrowed before the loop next waits (_poll), not now: the task is
        # usually about to start its next read or write on the stream, which
        # then needs no epoll call at all.
        LOOP.stale.add(stream)


def stream_close(stream):
    """Close a stream; operations waiting on it end (janet_stream_close)."""
    rf = stream.read_fiber
    wf = stream.write_fiber
    if rf is not None and rf.ev_callback is not None:
        rf.ev_callback(rf, EV_CLOSE)
        stream.read_fiber = None
    if wf is not None and wf.ev_callback is not None:
        wf.ev_callback(wf, EV_CLOSE)
        stream.write_fiber = None
    close_handle(stream)


def close_handle(stream):
    stream.flags |= S_CLOSED
    fd = stream.handle
    if fd != -1:
        reg = LOOP.registered.get(fd)
        if reg is not None and reg[0] is stream:
            _unregister_fd(fd)
        stream.handle = -1
        if not stream.flags & S_NOT_CLOSEABLE:
            try:
                if stream.owner is not None:
                    stream.owner.close()
                else:
                    os.close(fd)
            except OSError:
                pass


def _poll(has_timeout, when):
    """Wait for I/O readiness or the next timer, then step the state machines
    of the operations that can go on (janet_loop1_impl for epoll)."""
    stale = LOOP.stale
    if stale:
        # level-triggered: interest nobody waits for any more would wake us
        # again and again
        LOOP.stale = set()
        for stream in stale:
            update_interest(stream)
    if has_timeout:
        delay = (when - ts_now()) / 1000.0
        if delay < 0:
            delay = 0
    else:
        delay = -1
    # With nothing registered this waits for the timer (or forever, like the
    # reference when only suspended tasks are left); the wake pipe is always
    # watched (see wake()), and emptied when the poll reports it.
    poller = _poller()
    if _PENDING_SIGNALS:
        _deliver_signals()
        return
    if THREADED:
        events = _poll_threaded(poller, delay)
    else:
        try:
            events = poller.poll(delay, 64)
        except InterruptedError:
            return
    if _PENDING_SIGNALS:
        _deliver_signals()
    reg = LOOP.registered
    for fd, mask in events:
        entry = reg.get(fd)
        if entry is None:
            if _WAKE and fd == _WAKE[0]:
                _drain_wake()
            continue
        stream = entry[0]
        if stream.__class__ is FdWatch:
            if stream.on_ready():
                unwatch_fd(stream)
            continue
        rf = stream.read_fiber
        wf = stream.write_fiber
        if rf is not None:
            _step(rf, EV_READ if mask & _EPOLLIN else 0, mask)
        if wf is not None:
            _step(wf, EV_WRITE if mask & _EPOLLOUT else 0, mask)
        if stream.flags & S_TOCLOSE and stream.read_fiber is None and stream.write_fiber is None:
            stream_close(stream)
        else:
            LOOP.stale.add(stream)


def _step(fiber, ready, mask):
    """Give the operation `fiber` waits on what epoll reported: `ready` (EV_READ
    or EV_WRITE, 0 if not), then an error, then a hang-up, while it goes on."""
    if ready and fiber.ev_callback is not None:
        fiber.ev_callback(fiber, ready)
    if mask & _EPOLLERR and fiber.ev_callback is not None:
        fiber.ev_callback(fiber, EV_ERR)
    if mask & _EPOLLHUP and fiber.ev_callback is not None:
        fiber.ev_callback(fiber, EV_HUP)


def strerror(e):
    """The message the reference gives for a failed system call (strerror)."""
    n = getattr(e, "errno", None)
    return (os.strerror(n) if n else str(e)).encode("utf-8", "replace")


# --------------------------------------------------------------------------
# Reading and writing streams (the reference's ev_callback_read/write)

class ReadState:
    """A read in progress.  `mode` is 0 for read, 1 for recv and 2 for
    recvfrom on `stream.owner` (a socket); a recvfrom resumes the fiber with
    `make_address(addr)` instead of the buffer (net.py gives the function)."""
    __slots__ = ("buf", "bytes_left", "bytes_read", "is_chunk", "mode", "flags",
                 "make_address", "address")

    def __init__(self, buf, nbytes, is_chunk, mode=0, flags=0, make_address=None):
        self.buf = buf
        self.bytes_left = nbytes
        self.bytes_read = 0
        self.is_chunk = is_chunk
        self.mode = mode
        self.flags = flags
        self.make_address = make_address
        self.address = None

    def result(self):
        if self.mode == 2:
            return self.make_address(self.address)
        return self.buf


# Reads return at most this much per system call; the reference sizes its
# buffer to the request, which for a huge n would allocate it all up front.
MAX_READ = _MAX_READ = 1 << 20


def _do_read(stream, st, limit):
    """One read, recv or recvfrom of at most `limit` bytes."""
    mode = st.mode
    if mode == 0:
        return os.read(stream.handle, limit)
    if mode == 1:
        return stream.owner.recv(limit, st.flags)
    data, st.address = stream.owner.recvfrom(limit, st.flags)
    return data


def read_callback(fiber, event):
    st = fiber.ev_state
    if event == EV_INIT or event == EV_READ or event == EV_HUP:
        stream = fiber.ev_stream
        buf = st.buf
        is_chunk = st.is_chunk
        mode = st.mode
        while True:
            left = st.bytes_left
            limit = (4096 if left > 4096 else left) if is_chunk else left
            if limit > _MAX_READ:
                limit = _MAX_READ
            try:
                if mode == 1:
                    data = stream.owner.recv(limit, st.flags)
                else:
                    data = _do_read(stream, st, limit)
            except BlockingIOError:
                return
            except InterruptedError:
                continue
            except BrokenPipeError:
                if mode == 2:
                    cancel(fiber, b"Broken pipe")
                    async_end(fiber)
                    return
                data = b""      # in a stream, a broken pipe is its end
            except OSError as e:
                cancel(fiber, strerror(e))
                async_end(fiber)
                return
            n = len(data)
            read = st.bytes_read = st.bytes_read + n
            # an empty read ends a stream; only datagrams may be empty
            if read == 0 and mode != 2:
                schedule(fiber, None)
                async_end(fiber)
                return
            buf.extend(data)
            left = st.bytes_left = left - n
            if left == 0 or n == 0 or not is_chunk and (limit == left + n or n < limit):
                # done: all asked for, the end, or (read) what there is now
                schedule(fiber, buf if mode != 2 else st.result())
                async_end(fiber)
                return
    elif event == EV_CLOSE:
        schedule(fiber, None)
        async_end(fiber)
    elif event == EV_ERR:
        schedule(fiber, st.result() if st.bytes_read else None)
        fiber.ev_stream.read_fiber = None
        async_end(fiber)


# net/read and net/write in their usual case: a socket, nobody else queued, no
# timeout.  What async_start with read_callback or write_callback does then,
# written out: the system call; when it finishes the operation, the task goes
# on at once, as _await_finished would have it (the sched_id moves on as the
# schedule there would move it); when it would block, the operation is
# recorded and waited for as async_start records it.

def socket_read(stream, nbytes, buf, flags):
    """Read at most nbytes (<= _MAX_READ) from socket stream `stream` into
    `buf` (a recv with `flags`): the buffer, or nil at the end."""
    fiber = STATE.root_fiber
    if (READY or fiber is None or stream.read_fiber is not None
            or fiber.evflags & _EV_CANCELED or not _resumes_at_once(fiber)):
        return async_start(stream, LISTEN_READ, read_callback,
                           ReadState(buf, nbytes, False, 1, flags))
    fiber.ev_stream = stream
    while True:
        try:
            data = stream.owner.recv(nbytes, flags)
            break
        except BlockingIOError:
            fiber.ev_state = ReadState(buf, nbytes, False, 1, flags)
            _record(stream, LISTEN_READ, fiber, read_callback)
            return _wait_recorded(stream, LISTEN_READ, fiber, read_callback)
        except InterruptedError:
            continue
        except BrokenPipeError:
            data = b""      # in a stream, a broken pipe is its end
            break
        except OSError as e:
            fiber.sched_id += 1
            raise _op_error(strerror(e))
    fiber.sched_id += 1
    if not data:
        return None
    buf.extend(data)
    return buf


def socket_write(stream, data, flags):
    """Write all of bytes `data` to socket stream `stream` (sends with
    `flags`); nil."""
    fiber = STATE.root_fiber
    if (READY or fiber is None or stream.write_fiber is not None
            or fiber.evflags & _EV_CANCELED or not _resumes_at_once(fiber)):
        return async_start(stream, LISTEN_WRITE, write_callback, WriteState(data, 1, flags))
    fiber.ev_stream = stream
    n = len(data)
    if n:
        while True:
            try:
                nw = stream.owner.send(data, flags)
                break
            except InterruptedError:
                continue
            except BlockingIOError:
                nw = -1
                break
            except OSError as e:
                fiber.sched_id += 1
                raise _op_error(strerror(e))
        if nw == 0:
            fiber.sched_id += 1
            raise _op_error(b"disconnect")
        if nw < n:
            st = fiber.ev_state = WriteState(data, 1, flags)
            if nw > 0:
                st.start = nw
            _record(stream, LISTEN_WRITE, fiber, write_callback)
            return _wait_recorded(stream, LISTEN_WRITE, fiber, write_callback)
    fiber.sched_id += 1
    return None


def _op_error(msg):
    """The error a failed operation raises in its task (a cancel the task
    takes at once, as _await_finished raises it)."""
    e = JanetError(msg)
    e.signal = _SIG_ERROR
    return e


class WriteState:
    __slots__ = ("data", "start", "mode", "flags", "dest")

    def __init__(self, data, mode=0, flags=0, dest=None):
        self.data = data
        self.start = 0
        self.mode = mode        # 0 write, 1 send, 2 sendto (net.py)
        self.flags = flags
        self.dest = dest


def write_callback(fiber, event):
    st = fiber.ev_state
    if event == EV_INIT or event == EV_WRITE:
        data = st.data
        n = len(data)
        start = st.start
        if start < n:
            stream = fiber.ev_stream
            chunk = data[start:] if start else data
            mode = st.mode
            while True:
                try:
                    if mode == 1:
                        nw = stream.owner.send(chunk, st.flags)
                    elif mode == 0:
                        nw = os.write(stream.handle, chunk)
                    else:
                        nw = stream.owner.sendto(chunk, st.flags, st.dest)
                    break
                except InterruptedError:
                    continue
                except BlockingIOError:
                    return
                except OSError as e:
                    cancel(fiber, strerror(e))
                    async_end(fiber)
                    return
            if nw == 0 and st.dest is None:
                cancel(fiber, b"disconnect")
                async_end(fiber)
                return
            start = st.start = start + nw if nw > 0 else n
        if start >= n:
            schedule(fiber, None)
            async_end(fiber)
    elif event == EV_CLOSE:
        cancel(fiber, b"stream closed")
        async_end(fiber)
    elif event == EV_ERR:
        cancel(fiber, b"stream err")
        async_end(fiber)
    elif event == EV_HUP:
        cancel(fiber, b"stream hup")
        async_end(fiber)
