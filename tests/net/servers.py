"""Helpers for tests and benchmarks that run pyjanet servers as processes."""

import os
import select
import socket
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# An echo server: every connection gets back what it sends, in order.  The
# handler closes its connection however it ends (the peer's end of stream, or
# an error such as a reset by a client that went away).
ECHO_SERVER = """
(defn handler [conn]
  (def buf @"")
  (defer (:close conn)
    (while (net/read conn 4096 buf)
      (net/write conn buf)
      (buffer/clear buf))))
(net/server "127.0.0.1" "%(port)d" handler)
(print "ready")
(flush)
"""

# Answers every connection with its own name and closes it.
NAME_SERVER = """
(net/server "127.0.0.1" "%(port)d"
  (fn [conn] (with [conn conn] (net/write conn "%(name)s"))))
(print "ready")
(flush)
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(source, timeout=20):
    """Start `pyjanet -e source` and wait for its "ready" line."""
    # stderr goes to a file: handlers of clients that vanish print errors, and
    # a pipe nobody reads would fill up and stall the server
    err = tempfile.TemporaryFile()
    p = subprocess.Popen([sys.executable, "-m", "pyjanet", "-e", source], cwd=ROOT,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
    p.errfile = err
    ready, _, _ = select.select([p.stdout], [], [], timeout)
    line = p.stdout.readline() if ready else b""
    if line.strip() != b"ready":
        stop(p)
        raise RuntimeError("server did not start: %r %r" % (line, stderr_of(p)))
    return p


def stderr_of(p):
    p.errfile.seek(0)
    return p.errfile.read()


def stop(p):
    """Kill a server process and collect it."""
    if p.poll() is None:
        p.kill()
    try:
        p.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    p.errfile.close()


def open_fds(pid):
    return len(os.listdir("/proc/%d/fd" % pid))
