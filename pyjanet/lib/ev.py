"""The ev/* namespace: tasks, channels, timeouts, streams and locks.

Corresponds to the reference's src/core/ev.c (the C functions and the channel
type) and to the ev section of src/boot/boot.janet (ev/call, ev/spawn,
ev/gather, ev/go-gather, ev/with-deadline, ev/with-lock...), here in Python.
The loop itself is pyjanet/evloop.py.

Channels follow the reference's janet_channel_push/pop: a give with no waiting
reader queues the value and, once more than `capacity` values wait, suspends
the giver until a taker comes; a take suspends until a value is there.  Waiting
operations are recorded with the task's sched_id, so one that was resumed for
another reason (a select on several channels, a deadline) is skipped later.

ev/thread runs its function on an OS thread with an interpreter state and loop
of its own (pyjanet/evloop.py, "Interpreter threads"); a threaded channel copies
what it is given and wakes a task of another thread through that thread's loop.
Only one thread runs Janet code at a time, so the channels need no lock of
their own; ev/lock and ev/rwlock are real locks, waited for with the
interpreter given up.
"""

import collections
import threading

from ..values import Abstract, Array, Buffer, Table, kw, sym, mk_tuple
from ..errors import JanetError, panic, panicf
from ..runtime import builtin, STATE, iter_values, is_closure, get as rt_get
from .. import args as A
from ..sandbox import sandbox_assert, SANDBOX_FS_READ, SANDBOX_FS_WRITE, SANDBOX_THREADS
from .. import fiber as F
from .. import evloop as L
from ..runtime import boot_frame
from .module import VM_TABLES

KW_ALL = kw("all")
KW_TAKE = kw("take")
KW_GIVE = kw("give")
KW_CLOSE = kw("close")
KW_OK = kw("ok")
KW_VALUE = kw("value")
KW_TASK_ID = kw("task-id")
SYM_ROOT_ENV = sym("root-env")


def cfun(name, usage, doc, **kw_):
    return builtin(name, usage, doc, **kw_)


def boot(name, usage, doc, **kw_):
    """A function the reference writes in boot.janet."""
    return builtin(name, usage, doc, kind="function", source="boot.janet", **kw_)


def macro(name, usage, doc):
    return builtin(name, usage, doc, kind="function", source="boot.janet", macro=True)


# --------------------------------------------------------------------------
# Channels

# how a suspended fiber waits on a channel (JANET_CP_MODE_*)
CP_READ, CP_WRITE, CP_CHOICE_READ, CP_CHOICE_WRITE = 0, 1, 2, 3
MAX_QUEUE = 0x7FFFFFF - 1


class Channel(Abstract):
    """A `core/channel`: a queue of values with the fibers waiting to give and
    take.  Pending entries are (fiber, sched_id, mode)."""
    __slots__ = ("items", "limit", "closed", "read_pending", "write_pending", "threaded")
    type_name = "core/channel"

    def __init__(self, limit=0, threaded=False):
        self.items = collections.deque()
        self.limit = limit
        self.closed = False
        self.read_pending = collections.deque()
        self.write_pending = collections.deque()
        self.threaded = threaded

    def janet_get(self, key):
        return CHANNEL_METHODS.get(key)

    def janet_next(self, key):
        from .inttypes import next_method
        return next_method(CHANNEL_METHODS, key)

    def push(self, x, mode):
        """Give x; mode 0 give, 1 select, 2 never block (supervisor events).
        True when the giver must wait (it is then recorded as pending)."""
        if self.closed:
            panic("cannot write to closed channel")
        wake = L.schedule
        if self.threaded:
            x = thread_copy(x)      # as the reference marshals thread messages
            wake = L.schedule_any   # (the reader may be another thread's task)
        rp = self.read_pending
        while rp:
            reader, sid, rmode = rp.popleft()
            if sid == reader.sched_id:
                if rmode == CP_CHOICE_READ:
                    wake(reader, (KW_TAKE, self, x))
                else:
                    wake(reader, x)
                return False
        items = self.items
        if len(items) >= MAX_QUEUE:
            panicf("channel overflow: %v", x)
        items.append(x)
        if len(items) > self.limit:
            if mode == 2:
                return True
            root = L.root_task()
            self.write_pending.append(
                (root, root.sched_id, CP_CHOICE_WRITE if mode else CP_WRITE))
            return True
        return False

    def pop(self, is_choice):
        """Take a value: (True, x) when there is one (nil once closed); else
        (False, nil) with the taker recorded as pending (unless is_choice is 2)."""
        if self.closed:
            return True, None
        items = self.items
        if not items:
            if is_choice == 2:
                return False, None
            root = L.root_task()
            self.read_pending.append(
                (root, root.sched_id, CP_CHOICE_READ if is_choice else CP_READ))
            return False, None
        item = items.popleft()
        wp = self.write_pending
        if wp:
            wake = L.schedule_any if self.threaded else L.schedule
            # like the reference, the first pending writer is woken whatever
            # its sched_id
            writer, _sid, wmode = wp.popleft()
            if wmode == CP_CHOICE_WRITE:
                wake(writer, (KW_GIVE, self))
            else:
                wake(writer, self)
        return True, item

    def close(self):
        if self.closed:
            return
        self.closed = True
        wake = L.schedule_any if self.threaded else L.schedule
        wp = self.write_pending
        while wp:
            writer, sid, wmode = wp.popleft()
            if F.can_resume(writer) and sid == writer.sched_id:
                wake(writer, (KW_CLOSE, self) if wmode == CP_CHOICE_WRITE else None)
        rp = self.read_pending
        while rp:
            reader, sid, rmode = rp.popleft()
            if F.can_resume(reader) and sid == reader.sched_id:
                wake(reader, (KW_CLOSE, self) if rmode == CP_CHOICE_READ else None)


def _channel(x, n):
    if isinstance(x, Channel):
        return x
    panicf("bad slot #%d, expected core/channel, got %v", n, x)


def _opt_channel(args, n, default):
    if len(args) > n and args[n] is not None:
        return _channel(args[n], n)
    return default


def _no_janet_call(what):
    # the reference refuses channel operations inside a janet_call (runtime.ccall)
    if STATE.fiber is not None and STATE.fiber.ccalls:
        panic("cannot %s channel inside janet_call" % what)


@cfun("ev/give", "(ev/give channel value)",
      "Puts `value` into the channel, suspending the current fiber while the channel "
      "is full.  Returns the channel, or nil if it was closed while waiting.")
def ev_give(channel, value):
    ch = _channel(channel, 0)
    _no_janet_call("give to")
    if ch.push(value, 0):
        return L.await_()
    return channel


@cfun("ev/take", "(ev/take channel)",
      "Takes the next value from the channel, suspending the current fiber until "
      "there is one.  Returns nil once the channel is closed.")
def ev_take(channel):
    ch = _channel(channel, 0)
    _no_janet_call("take from")
    ok, item = ch.pop(0)
    if ok:
        # even with a value at hand, let the tasks that are ready run first
        L.schedule(L.root_task(), item)
    return L.await_()


def _select(args):
    _no_janet_call("select from")
    for i, clause in enumerate(args):
        if (clause.__class__ is Array or isinstance(clause, tuple)) and len(clause) == 2:
            ch = _channel(clause[0], 0)
            if ch.closed:
                return (KW_CLOSE, ch)
            if len(ch.items) < ch.limit:
                ch.push(clause[1], 1)
                return (KW_GIVE, ch)
        else:
            ch = _channel(clause, i)
            if ch.closed:
                return (KW_CLOSE, ch)
            if ch.items:
                _ok, item = ch.pop(1)
                return (KW_TAKE, ch, item)
    # nothing can happen now: wait on every clause
    for i, clause in enumerate(args):
        if (clause.__class__ is Array or isinstance(clause, tuple)) and len(clause) == 2:
            _channel(clause[0], 0).push(clause[1], 1)
        else:
            _channel(clause, i).pop(1)
    return L.await_()


@cfun("ev/select", "(ev/select & clauses)",
      "Waits for the first of several channel operations.  A clause is a channel "
      "(take from it) or a tuple [channel x] (give x to it); they are tried in "
      "order.  Returns [:take chan x], [:give chan] or [:close chan] (the channel "
      "is or was closed while waiting).")
def ev_select(*clauses):
    if not clauses:
        panic("arity mismatch, expected at least 1, got 0")
    return _select(clauses)


_RNG = None


def _ev_rng():
    global _RNG
    if _RNG is None:
        from .math import RNG
        _RNG = RNG(0)
    return _RNG


@L.rt.on_reset
def _reset_rng():
    global _RNG
    _RNG = None


@cfun("ev/rselect", "(ev/rselect & clauses)",
      "Like `ev/select`, but tries the clauses in a random order, for fairness.")
def ev_rselect(*clauses):
    args = list(clauses)
    rng = _ev_rng()
    # Fisher-Yates, drawing from the loop's own generator like the reference
    for i in range(len(args), 1, -1):
        j = rng.u32() % i
        args[j], args[i - 1] = args[i - 1], args[j]
    if not args:
        panic("arity mismatch, expected at least 1, got 0")
    return _select(args)


@cfun("ev/full", "(ev/full channel)", "True when the channel holds `capacity` values or more.")
def ev_full(channel):
    ch = _channel(channel, 0)
    return len(ch.items) >= ch.limit


@cfun("ev/capacity", "(ev/capacity channel)",
      "The number of values the channel holds before givers have to wait.")
def ev_capacity(channel):
    return float(_channel(channel, 0).limit)


@cfun("ev/count", "(ev/count channel)", "The number of values waiting in the channel.")
def ev_count(channel):
    return float(len(_channel(channel, 0).items))


@cfun("ev/chan", "(ev/chan &opt capacity)",
      "Makes a channel that holds up to `capacity` values (default 0) before givers "
      "have to wait.")
def ev_chan(capacity=None):
    return Channel(A.opt_nat(capacity, 0, 0))


@cfun("ev/thread-chan", "(ev/thread-chan &opt limit)",
      "Makes a channel meant to be shared between threads: what it is given is "
      "copied, as the reference marshals thread messages.")
def ev_thread_chan(limit=None):
    return Channel(A.opt_nat(limit, 0, 0), threaded=True)


@cfun("ev/chan-close", "(ev/chan-close chan)",
      "Closes the channel: fibers waiting to give or take are resumed with nil "
      "(a select with [:close chan]), and later takes return nil.  Returns the "
      "channel.")
def ev_chan_close(chan):
    _channel(chan, 0).close()
    return chan


CHANNEL_METHODS = {kw("select"): ev_select, kw("rselect"): ev_rselect,
                   kw("count"): ev_count, kw("take"): ev_take, kw("give"): ev_give,
                   kw("capacity"): ev_capacity, kw("full"): ev_full,
                   kw("close"): ev_chan_close}


# --------------------------------------------------------------------------
# Tasks

def _task_env():
    """A new task's environment: a table whose prototype is the current
    fiber's (which gets one if it has none, as in the reference)."""
    env = Table()
    cur = STATE.fiber
    if cur is not None and cur.env is None:
        cur.env = Table()
    env.proto = cur.env if cur is not None else STATE.root_env
    return env


def make_task(fn, value):
    """A fiber for task function `fn`, trapping errors and user signals 0-4."""
    info = getattr(fn, "__doc__", None)
    if info is not None and info.min_arity > 1:
        panic("task function must accept 0 or 1 arguments")
    return F.Fiber(fn, F.MASK_TERMINAL, _task_env())


@cfun("ev/go", "(ev/go fiber-or-fun &opt value supervisor)",
      "Schedules a new fiber (or a function, wrapped in a fiber trapping errors "
      "and user signals 0-4) to be resumed with `value` by the event loop, and "
      "returns it.  Events of the task go to the `supervisor` channel, by default "
      "that of the current task.")
def ev_go(fiber_or_fun, value=None, *rest):
    if len(rest) > 1:
        panic("arity mismatch, expected at most 3, got %d" % (2 + len(rest)))
    sup = _opt_channel((fiber_or_fun, value) + rest, 2, _current_supervisor())
    if is_closure(fiber_or_fun):
        fiber = make_task(fiber_or_fun, value)
    else:
        fiber = A.fiber(fiber_or_fun, 0)
        if fiber.status != F.ST_NEW:
            panic("can only schedule new fibers where (= (fiber/status f) :new)")
        fiber.inline = False     # a task must be able to wait on its own
    fiber.supervisor = sup
    L.schedule(fiber, value)
    return fiber


def _current_supervisor():
    r = STATE.root_fiber
    return r.supervisor if r is not None else None


@cfun("ev/give-supervisor", "(ev/give-supervisor tag & payload)",
      "Sends the tuple (tag ;payload) to the current task's supervisor channel, if "
      "it has one.  Returns nil.")
def ev_give_supervisor(tag, *payload):
    ch = _current_supervisor()
    if ch is not None:
        if ch.push((tag,) + payload, 0):
            L.await_()
    return None


@cfun("ev/sleep", "(ev/sleep sec)",
      "Suspends the current fiber for `sec` seconds, letting other tasks run.")
def ev_sleep(sec):
    s = A.number(sec, 0)
    L.add_sleep(L.root_task(), s)
    return L.await_()


@cfun("ev/deadline", "(ev/deadline sec &opt tocancel tocheck intr?)",
      "After `sec` seconds, cancels the task `tocancel` (default: the current task) "
      "with \"deadline expired\" if the fiber `tocheck` (default: the current "
      "fiber) can still be resumed.  With `intr?`, a fiber busy computing is "
      "interrupted too.  Returns `tocancel`.")
def ev_deadline(sec, tocancel=None, tocheck=None, intr=None):
    s = A.number(sec, 0)
    if s < 0:
        s = 0.0
    tc = L.root_task() if tocancel is None else A.fiber(tocancel, 1)
    tk = STATE.fiber if tocheck is None else A.fiber(tocheck, 2)
    to = L.Timeout(L.timer_when(s), tc, tk, False)
    if intr is not None and intr is not False:
        to.worker = L.Interrupter(s, tk, to)
    L.add_timeout(to)
    return tc


@cfun("ev/cancel", "(ev/cancel fiber err)",
      "Cancels a suspended task: it is resumed by raising `err` in it.  Returns "
      "the fiber at once.")
def ev_cancel(fiber, err):
    f = A.fiber(fiber, 0)
    L.cancel(f, err)
    return fiber


@cfun("ev/all-tasks", "(ev/all-tasks)",
      "An array of the task fibers the event loop is responsible for.")
def ev_all_tasks():
    return Array(L.ACTIVE)


# --------------------------------------------------------------------------
# Streams

def _stream(x, n):
    if isinstance(x, L.Stream):
        return x
    panicf("bad slot #%d, expected core/stream, got %v", n, x)


def _timeout(x, n):
    if x is None:
        return None
    t = A.number(x, n)
    return None if t == float("inf") else t


@cfun("ev/close", "(ev/close stream)",
      "Closes the stream, like (:close stream).  Returns the stream.")
def ev_close(stream):
    L.stream_close(_stream(stream, 0))
    return stream


def read_stream(stream, n, buf, timeout, is_chunk, mode=0, flags=0, make_address=None):
    """Read up to n bytes (all of them when is_chunk) into buf, waiting as
    needed; the shared body of ev/read, ev/chunk and net/read, net/chunk,
    net/recv-from (mode 1 recv, 2 recvfrom: see evloop.ReadState)."""
    if timeout is not None:
        L.add_sleep(L.root_task(), timeout, True)
    return L.async_start(stream, L.LISTEN_READ, L.read_callback,
                         L.ReadState(buf, n, is_chunk, mode, flags, make_address))


@cfun("ev/read", "(ev/read stream n &opt buffer timeout)",
      "Reads up to `n` bytes (or until the end of the stream with `n` :all) into "
      "`buffer` (a new one by default), suspending the fiber while nothing is "
      "available.  Returns the buffer, or nil at the end of the stream.  After "
      "`timeout` seconds the read is cancelled with an error.")
def ev_read(stream, n, buffer=None, timeout=None):
    s = _stream(stream, 0)
    L.check_flags(s, L.S_READABLE)
    buf = A.opt_buffer(buffer, 2)
    to = _timeout(timeout, 3)
    if n is KW_ALL:
        return read_stream(s, 2147483647, buf, to, True)
    count = A.nat(n, 1)
    return read_stream(s, count, buf, to, False)


@cfun("ev/chunk", "(ev/chunk stream n &opt buffer timeout)",
      "Like `ev/read`, but waits for all `n` bytes unless the stream ends first.")
def ev_chunk(stream, n, buffer=None, timeout=None):
    s = _stream(stream, 0)
    L.check_flags(s, L.S_READABLE)
    count = A.nat(n, 1)
    buf = A.opt_buffer(buffer, 2)
    return read_stream(s, count, buf, _timeout(timeout, 3), True)


def write_stream(stream, data, timeout, mode=0, flags=0, dest=None):
    """Write all of data, waiting as needed (ev/write, net/write, net/send-to)."""
    if timeout is not None:
        L.add_sleep(L.root_task(), timeout, True)
    if data.__class__ is Buffer:
        data = bytes(data)
    return L.async_start(stream, L.LISTEN_WRITE, L.write_callback,
                         L.WriteState(data, mode, flags, dest))


@cfun("ev/write", "(ev/write stream data &opt timeout)",
      "Writes `data` (bytes) to the stream, suspending the fiber until it is all "
      "written.  Returns nil; after `timeout` seconds the write is cancelled with "
      "an error.")
def ev_write(stream, data, timeout=None):
    s = _stream(stream, 0)
    L.check_flags(s, L.S_WRITABLE)
    to = _timeout(timeout, 2)
    b = A.bytes_(data, 1)
    return write_stream(s, b, to)


@cfun("ev/to-file", "(ev/to-file stream)",
      "A core/file on a duplicate of the stream's descriptor, for blocking "
      "reading or writing with the file/* functions.")
def ev_to_file(stream):
    import os
    from .io import JFile, F_READ, F_WRITE
    s = _stream(stream, 0)
    flags = 0
    mode = ""
    if s.flags & L.S_READABLE:
        flags |= F_READ
        sandbox_assert(SANDBOX_FS_READ)
        mode = "r"
    if s.flags & L.S_WRITABLE:
        flags |= F_WRITE
        sandbox_assert(SANDBOX_FS_WRITE)
        mode = "w" if not mode else "r+"
    if not mode:
        panic("cannot make file from stream")
    try:
        fd = os.dup(s.handle)
        if mode == "r+" and s.flags & L.S_SOCKET:
            # Python's read-write file wants to seek, which a socket cannot:
            # read and write it through one buffered pair instead
            import io
            raw = io.FileIO(fd, "r+", closefd=True)
            f = io.BufferedRWPair(raw, raw)
        else:
            f = os.fdopen(fd, mode + "b")
    except (OSError, ValueError):
        panic("cannot make file from stream")
    return JFile(f, flags)


STREAM_METHODS = {kw("close"): ev_close, kw("read"): ev_read, kw("chunk"): ev_chunk,
                  kw("write"): ev_write}


def make_stream(fd, flags, methods=None, owner=None):
    """A core/stream on descriptor `fd` (made non-blocking here)."""
    import os
    try:
        os.set_blocking(fd, False)
    except OSError:
        pass
    return L.Stream(fd, flags, STREAM_METHODS if methods is None else methods, owner)


# --------------------------------------------------------------------------
# Locks.  The reference's are an OS thread's: a recursive mutex (ev/lock) and
# a pthread read-write lock (ev/rwlock).  Here too: a thread that must wait
# for one waits in evloop.blocking, giving the interpreter up, so the holder
# (and every other thread) runs meanwhile.  The holder is the OS thread, so
# the fibers of one thread never wait for each other, as in the reference.

class Lock(Abstract):
    """A recursive mutex: `owner` (a thread ident) holds `mutex` `count` times."""
    __slots__ = ("mutex", "owner", "count")
    type_name = "core/lock"

    def __init__(self):
        self.mutex = threading.Lock()
        self.owner = None
        self.count = 0


class RWLock(Abstract):
    """A read-write lock as glibc's default one behaves: readers do not wait
    for a waiting writer; a thread's second write lock, or a read lock while
    it writes, does nothing (pthread's EDEADLK, which the reference ignores);
    either release ends the thread's write lock if it has one, else a read
    lock.  `readers`: thread ident -> read locks held."""
    __slots__ = ("cond", "readers", "writer")
    type_name = "core/rwlock"

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.readers = {}
        self.writer = None


def _lock(x, n, cls):
    if isinstance(x, cls):
        return x
    panicf("bad slot #%d, expected %s, got %v", n, cls.type_name, x)


@cfun("ev/lock", "(ev/lock)", "Makes a lock (a recursive mutex) to coordinate threads.")
def ev_lock():
    return Lock()


@cfun("ev/acquire-lock", "(ev/acquire-lock lock)",
      "Acquires the lock for this thread, blocking the whole thread (not just the "
      "fiber) while another thread holds it.  Returns the lock.")
def ev_acquire_lock(lock):
    lk = _lock(lock, 0, Lock)
    me = threading.get_ident()
    if lk.owner == me:
        lk.count += 1
        return lock
    if not lk.mutex.acquire(False):
        L.blocking(lk.mutex.acquire)
    lk.owner = me
    lk.count = 1
    return lock


@cfun("ev/release-lock", "(ev/release-lock lock)",
      "Releases the lock so that other threads may take it.  Returns the lock.")
def ev_release_lock(lock):
    lk = _lock(lock, 0, Lock)
    if lk.owner != threading.get_ident() or lk.count <= 0:
        # (pthread_mutex_unlock's EPERM: not this thread's)
        panic("cannot release lock")
    lk.count -= 1
    if lk.count == 0:
        lk.owner = None
        lk.mutex.release()
    return lock


@cfun("ev/rwlock", "(ev/rwlock)", "Makes a read-write lock to coordinate threads.")
def ev_rwlock():
    return RWLock()


def _can_read(lk, me):
    return lk.writer is None


def _take_read(lk, me):
    lk.readers[me] = lk.readers.get(me, 0) + 1


def _can_write(lk, me):
    # (a thread that reads and asks to write waits for ever in the
    # reference; here it only waits for the other threads' readers)
    return lk.writer is None and all(t == me for t in lk.readers)


def _take_write(lk, me):
    lk.writer = me


def _rw_wait(lk, me, can, take):
    with lk.cond:
        while not can(lk, me):
            lk.cond.wait()
        take(lk, me)


def _rw_acquire(rwlock, can, take):
    """Take `rwlock` for this thread when `can` says it may (a writing thread
    already holds it both ways); otherwise wait for it without the
    interpreter lock."""
    lk = _lock(rwlock, 0, RWLock)
    me = threading.get_ident()
    with lk.cond:
        if lk.writer == me:
            return rwlock
        if can(lk, me):
            take(lk, me)
            return rwlock
    L.blocking(_rw_wait, lk, me, can, take)
    return rwlock


@cfun("ev/acquire-rlock", "(ev/acquire-rlock rwlock)",
      "Acquires the read-write lock for reading, blocking the whole thread while "
      "another thread writes.  Returns it.")
def ev_acquire_rlock(rwlock):
    return _rw_acquire(rwlock, _can_read, _take_read)


@cfun("ev/acquire-wlock", "(ev/acquire-wlock rwlock)",
      "Acquires the read-write lock for writing, blocking the whole thread while "
      "another thread reads or writes.  Returns it.")
def ev_acquire_wlock(rwlock):
    return _rw_acquire(rwlock, _can_write, _take_write)


def _rw_release(rwlock):
    lk = _lock(rwlock, 0, RWLock)
    me = threading.get_ident()
    with lk.cond:
        readers = lk.readers
        if lk.writer == me:
            lk.writer = None
        elif readers:
            # (pthread_rwlock_unlock ends a read lock, whose thread it does
            # not check: this thread's if it has one)
            t = me if me in readers else next(iter(readers))
            if readers[t] > 1:
                readers[t] -= 1
            else:
                del readers[t]
        else:
            return rwlock       # (nothing held: the reference's state breaks)
        lk.cond.notify_all()
    return rwlock


@cfun("ev/release-rlock", "(ev/release-rlock rwlock)",
      "Releases a read lock on the read-write lock.  Returns it.")
def ev_release_rlock(rwlock):
    return _rw_release(rwlock)


@cfun("ev/release-wlock", "(ev/release-wlock rwlock)",
      "Releases the write lock on the read-write lock.  Returns it.")
def ev_release_wlock(rwlock):
    return _rw_release(rwlock)


# --------------------------------------------------------------------------
# The boot.janet part: ev/call, ev/go-gather and the macros

def _root_value(name):
    """The value of a root binding (a macro inserted in an expansion)."""
    return rt_get(rt_get(STATE.root_env, sym(name)), KW_VALUE)


@boot("ev/call", "(ev/call f & args)",
      "Calls `f` with `args` in a new task; returns the task's fiber.")
def ev_call(f, *args):
    def call(*_):
        return L.rt.TailCall(f, args)
    from .prelude import closure
    return ev_go(closure("call", call, 0, True))


@macro("ev/spawn", "(ev/spawn & body)",
       "Runs the body in a new task: `(ev/go (fn [] ;body))`.  Returns its fiber.")
def ev_spawn(*body):
    return (ev_go, (sym("fn"), kw("spawn"), mk_tuple([sym("&")], brackets=True)) + body)


@macro("ev/do-thread", "(ev/do-thread & body)",
       "Runs the body in a new thread and waits for it to finish; evaluates to nil.")
def ev_do_thread(*body):
    return (ev_thread, (sym("fn"), kw("do-thread"), mk_tuple([sym("&")], brackets=True)) + body)


@macro("ev/spawn-thread", "(ev/spawn-thread & body)",
       "Runs the body in a new thread without waiting for it; evaluates to nil.")
def ev_spawn_thread(*body):
    return (ev_thread, (sym("fn"), kw("spawn-thread"),
                        mk_tuple([sym("&")], brackets=True)) + body, None, kw("n"))


def _acquire_release(acq, rel, lock, body):
    from .core import gensym
    lk = gensym()
    return (sym("do"), (sym("def"), lk, lock), (acq, lk),
            (sym("defer"), (rel, lk)) + body)


@macro("ev/with-lock", "(ev/with-lock lock & body)",
       "Evaluates the body holding the lock, and releases it afterwards (even on "
       "error).")
def ev_with_lock(lock, *body):
    return _acquire_release(ev_acquire_lock, ev_release_lock, lock, body)


@macro("ev/with-rlock", "(ev/with-rlock lock & body)",
       "Evaluates the body holding a read lock on the read-write lock.")
def ev_with_rlock(lock, *body):
    return _acquire_release(ev_acquire_rlock, ev_release_rlock, lock, body)


@macro("ev/with-wlock", "(ev/with-wlock lock & body)",
       "Evaluates the body holding the write lock on the read-write lock.")
def ev_with_wlock(lock, *body):
    return _acquire_release(ev_acquire_wlock, ev_release_wlock, lock, body)


@macro("ev/with-deadline", "(ev/with-deadline sec & body)",
       "Runs the body in a fiber; if it has not finished after `sec` seconds, the "
       "current task is cancelled with \"deadline expired\".")
def ev_with_deadline(sec, *body):
    from .core import gensym
    f = gensym()
    return (sym("as-macro"), _root_value("let"),
            mk_tuple([f, (sym("as-macro"), _root_value("coro")) + body], brackets=True),
            (ev_deadline, sec, None, f),
            (_root_value("resume"), f))


def _cancel_all(chan, fibers, reason):
    for f in list(fibers.values()):
        L.cancel(f, reason)
    n = len(fibers)
    fibers.clear()
    for _ in range(n):
        ev_take(chan)


def _wait_for_fibers(chan, fibers):
    """The reference's wait-for-fibers: take an event per task; on the first
    failure cancel the others and raise its error; if we are cancelled while
    waiting, cancel them all."""
    try:
        for _ in range(len(fibers)):
            sig, fiber = ev_take(chan)[:2]
            if sig is KW_OK:
                fibers.pop(fiber, None)
            else:
                _cancel_all(chan, fibers, b"sibling canceled")
                from .core import propagate
                try:
                    propagate(fiber.last_value, fiber)
                except JanetError as e:
                    boot_frame(e, "defer", 4233, 13)
                    raise
    except JanetError as e:
        _cancel_all(chan, fibers, b"parent canceled")
        boot_frame(e, "wait-for-fibers", 4226, 5)
        raise
    # The reference's cancel-all runs in a defer, so also after the last take:
    # fibers still in the set (their events were taken by others' :ok, say from
    # a task they spawned with the same supervisor) are cancelled too.
    _cancel_all(chan, fibers, b"parent canceled")


@boot("ev/go-gather", "(ev/go-gather thunks)",
      "Runs each function (or fiber) of `thunks` in its own task and waits for them "
      "all; returns an array of their results.  If one fails, the others are "
      "cancelled and its error is raised.", noframe=True)
def ev_go_gather(thunks):
    fset = {}
    chan = Channel(0)
    results = Array()
    for thunk in iter_values(thunks):
        ftemp = ev_go(thunk, None, chan)
        results.append(ftemp)
        fset[ftemp] = ftemp
    try:
        _wait_for_fibers(chan, fset)
    except JanetError as e:
        boot_frame(e, "ev/go-gather", 4249, 5)
        raise
    for i, f in enumerate(results):
        results[i] = f.last_value
    return results


@macro("ev/gather", "(ev/gather & bodies)",
       "Runs each body in its own task and waits for them all; evaluates to an "
       "array of their values.  If one fails, the others are cancelled and its "
       "error is raised.")
def ev_gather(*bodies):
    fns = Array((sym("fn"), kw("ev/gather"), mk_tuple([], brackets=True), b) for b in bodies)
    return (ev_go_gather, fns)


# --------------------------------------------------------------------------
# ev/thread: the function runs as the task of a new OS thread with an
# interpreter state and loop of its own (evloop.start_thread), over copies of
# what it uses (what the reference would have marshalled over).

def _thread_vm(main):
    """The root environment of a new thread's interpreter, and function
    `main` (None for a fiber) as the thread runs it.

    The reference's thread is a new VM (janet_init) that unmarshals its
    function: what the function reaches is copied, the module system's tables
    (constants of boot.janet's require) among them, all in one marshal.  Here
    the thread's root environment has the parent's bindings (the core's,
    which nothing changes, shared) except the module tables and `root-env`,
    whose entries hold the thread's copies; these are made in one copy with
    the function, whose environments then lead to the thread's root.  (The
    rest of a new interpreter, its generator and gensyms, is a new rt.State:
    evloop.start_thread.)"""
    parent = STATE.root_env
    root = Table(parent)
    root.proto = parent.proto
    root.icap = parent.icap
    entries = [parent.get(s) for s in VM_TABLES]
    values = tuple(e.get(KW_VALUE) if e.__class__ is Table else None for e in entries)
    copied = thread_copy((main, values), root)
    for s, e, v in zip(VM_TABLES, entries, copied[1]):
        if e.__class__ is Table:
            root[s] = _entry_with(e, v)
    e = parent.get(SYM_ROOT_ENV)
    if e.__class__ is Table:
        root[SYM_ROOT_ENV] = _entry_with(e, root)
    return copied[0], root


def _entry_with(entry, value):
    """A copy of binding `entry` holding `value`."""
    e = Table(entry)
    e.proto = entry.proto
    e[KW_VALUE] = value
    return e


@cfun("ev/thread", "(ev/thread main &opt value flags supervisor)",
      "Runs `main` (a function of 0 or 1 arguments, or a fiber) in a new thread, "
      "resumed with `value`, and waits for it to finish unless `flags` has :n.  "
      "Flags: :n return at once, :t the value is the thread's task-id for "
      "supervisor messages, :a and :c (no effect here).")
def ev_thread(main, value=None, flags=None, supervisor=None):
    sandbox_assert(SANDBOX_THREADS)
    closure = is_closure(main)
    if closure:
        if main.__doc__.min_arity > 1:
            panic("function must take 0 or 1 arguments")
    else:
        A.fiber(main, 0)
    fl = b""
    if flags is not None:
        fl = bytes(A.bytes_(flags, 2))
        for c in fl:
            if c not in b"nact":
                panicf("unexpected flag %c, expected one of n, a, c, t", c)
    sup = _opt_channel((main, value, flags, supervisor), 3, _current_supervisor())
    copy, root = _thread_vm(main if closure else None)
    if closure:
        # the thread runs a copy of the function, over copies of what it uses
        fiber = F.Fiber(copy, F.MASK_TERMINAL, None)
    else:
        fiber = main
        fiber.inline = False
    if b"t" in fl:
        if fiber.env is None:
            fiber.env = Table()
        fiber.env[KW_TASK_ID] = value
    fiber.supervisor = sup
    wait = b"n" not in fl
    # the thread gets a copy of the value, as in the reference
    L.start_thread(fiber, thread_copy(value, root), L.root_task() if wait else None, root)
    if wait:
        L.await_()
    return None


# --------------------------------------------------------------------------
# marshal and unmarshal of channels (the reference's janet_chanat_marshal):
# the threaded flag, closed flag, capacity and the waiting values.

def _chan_marshal(ch, m):
    m.write_byte(1 if ch.threaded else 0)
    m.mark_seen(ch)
    m.write_byte(1 if ch.closed else 0)
    m.write_int(ch.limit)
    m.write_int(len(ch.items))
    for x in ch.items:
        m.write_value(x)


def _chan_unmarshal(u):
    threaded = u.read_byte()
    ch = Channel(0, bool(threaded))
    u.register(ch)
    closed = u.read_byte()
    limit = u.read_int()
    count = u.read_int()
    if count < 0:
        panic("invalid negative channel count")
    if count > limit:
        panic("invalid channel count")
    ch.limit = limit
    ch.closed = bool(closed)
    for _ in range(count):
        ch.items.append(u.read_value())
    return ch


def _stream_marshal(s, m):
    panic("can only marshal stream with unsafe flag")


def _stream_unmarshal(u):
    panic("can only unmarshal stream with unsafe flag")


from .marsh import register_abstract, thread_copy  # noqa: E402

register_abstract("core/channel", _chan_marshal, _chan_unmarshal)
register_abstract("core/stream", _stream_marshal, _stream_unmarshal)


# Where the reference's boot.janet defines the functions and macros above
# (what `doc` and :source-map show).
_BOOT_POSITIONS = {"ev/call": 4150, "ev/spawn": 4158, "ev/do-thread": 4166,
                   "ev/with-lock": 4181, "ev/with-rlock": 4186, "ev/with-wlock": 4191,
                   "ev/spawn-thread": 4196, "ev/with-deadline": 4201,
                   "ev/go-gather": 4235, "ev/gather": 4254}


def _place():
    from ..runtime import REGISTRY
    for e in REGISTRY:
        line = _BOOT_POSITIONS.get(e.name)
        if line is not None and e.source == "boot.janet":
            e.line, e.column = line, 3


_place()
