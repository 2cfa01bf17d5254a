"""The interpreter's thread: a large C stack and a raised recursion limit.

Janet code needs deep non-tail recursion (100,000+ nested calls, DESIGN.md
decision 3).  CPython's main thread has the operating system's default stack
(often 8 MiB), so pyjanet runs the interpreter on a thread made with a 1 GiB
stack while the Python recursion limit is raised.  This module is the one home
of that mechanism: the command line starts one such thread per run
(`start`, used by __main__.run_in_big_thread), and the embedding API sends all
its work to one long-lived `Worker` on such a thread, so `Janet.eval` and
`Janet.call` reach the same depth from the main thread and from any other
Python thread.  (Greenlets, which fibers run on, belong to the thread that made
them, which is another reason for one interpreter thread.)

The reference has no counterpart: its VM keeps Janet frames on a heap stack.
"""

import queue
import sys
import threading

__all__ = ["STACK_SIZE", "RECURSION_LIMIT", "start", "Worker"]

STACK_SIZE = 4 << 30           # bytes of C stack for the interpreter thread
FALLBACK_STACK_SIZE = 256 << 20
RECURSION_LIMIT = 3_000_000    # Python frames; ~1,300,000 simple Janet calls deep

_stack_lock = threading.Lock()


def start(target, name="janet"):
    """Start a daemon thread with a big stack running target(); return it.
    The process-wide default stack size is put back afterwards, so threads the
    host program makes later are unaffected."""
    with _stack_lock:
        # (threading.stack_size() without an argument would reset it to 0)
        try:
            old = threading.stack_size(STACK_SIZE)
        except (ValueError, RuntimeError):
            old = threading.stack_size(FALLBACK_STACK_SIZE)
        try:
            t = threading.Thread(target=target, name=name, daemon=True)
            t.start()
        finally:
            threading.stack_size(old)
    return t


class Worker:
    """A long-lived big-stack thread that runs submitted calls one at a time.

    `run(fn)` runs fn() there and returns its result or raises its exception in
    the calling thread; called from the worker itself (a Python callback that
    calls back into Janet) it runs fn() at once.  Calls from several Python
    threads queue up, which also serialises access to the one interpreter
    state.  While work runs, the recursion limit is RECURSION_LIMIT; between
    jobs it is what the host had, so the host's own code keeps its usual limit.
    """

    def __init__(self, name="janet-embed"):
        self.name = name
        self._queue = queue.SimpleQueue()
        self._thread = None
        self._lock = threading.Lock()

    def on_worker(self):
        return threading.current_thread() is self._thread

    @property
    def ident(self):
        """The worker thread's identifier (None before its first job): where
        an interrupt of running Janet code must be raised."""
        return self._thread.ident if self._thread is not None else None

    def _loop(self):
        while True:
            fn, box, done = self._queue.get()
            old = sys.getrecursionlimit()
            sys.setrecursionlimit(max(old, RECURSION_LIMIT))
            try:
                box[0] = fn()
            except BaseException as e:  # noqa: B902 - handed to the caller as is
                box[1] = e
            finally:
                sys.setrecursionlimit(old)
                done.set()
            del fn, box, done

    def run(self, fn):
        if threading.current_thread() is self._thread:
            return fn()
        with self._lock:
            if self._thread is None:
                self._thread = start(self._loop, self.name)
        box = [None, None]
        done = threading.Event()
        self._queue.put((fn, box, done))
        done.wait()
        if box[1] is not None:
            e = box[1]
            box[1] = None
            raise e
        return box[0]
