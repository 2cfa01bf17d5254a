#!/usr/bin/env python3
"""Echo benchmark: a pyjanet echo server (bench/echo.janet) against plain-Python
asyncio echo servers (bench/echo_asyncio.py), driven by the same load client.

usage: python bench/echo.py [--connections 50] [--messages 1000] [--size 64]
                            [--repeat 3] [--split 1000]

Each server runs in its own process on 127.0.0.1.  The client (this process,
one thread, epoll) opens `connections` connections and on each sends a
`size`-byte message, waits for all of it to come back, and repeats, until every
connection has made `messages` round trips.  Requests per second is the total
round trips over the wall-clock time (with the server's CPU time per request,
which depends less on what else the machine is doing), best of `repeat` runs (a fresh server
process each, the servers taking turns).  Every reply is checked byte for byte.
The asyncio server is timed twice: with streams (StreamReader/StreamWriter, the
same read-then-write loop as the Janet handler) and with a Protocol (callbacks,
asyncio's fastest way).

Then, unless --split 0: two pyjanet processes serve one port (SO_REUSEPORT),
`split` connections are made one after another, and the share each process
answered is printed.
"""

import argparse
import os
import select
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd):
    p = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    ready, _, _ = select.select([p.stdout], [], [], 30)
    line = p.stdout.readline() if ready else b""
    if line.strip() != b"ready":
        p.kill()
        p.wait()
        raise RuntimeError("server did not start: %r" % cmd)
    return p


def stop(p):
    if p.poll() is None:
        p.kill()
    p.wait()


def load(port, connections, messages, size):
    """Run the load; returns requests per second."""
    msg = bytes((i * 7 + 1) % 256 for i in range(size))
    ep = select.epoll()
    socks = {}
    left = {}
    got = {}
    try:
        for _ in range(connections):
            s = socket.create_connection(("127.0.0.1", port))
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            s.setblocking(False)
            fd = s.fileno()
            socks[fd] = s
            left[fd] = messages
            got[fd] = bytearray()
            ep.register(fd, select.EPOLLIN)
        t0 = time.perf_counter()
        for s in socks.values():
            s.send(msg)
        active = connections
        while active:
            for fd, _ev in ep.poll(10):
                s = socks[fd]
                buf = got[fd]
                buf += s.recv(65536)
                if len(buf) < size:
                    continue
                if buf != msg:
                    raise RuntimeError("wrong echo")
                buf.clear()
                left[fd] -= 1
                if left[fd]:
                    s.send(msg)
                else:
                    ep.unregister(fd)
                    active -= 1
        elapsed = time.perf_counter() - t0
    finally:
        for s in socks.values():
            s.close()
        ep.close()
    return connections * messages / elapsed


def cpu_seconds(pid):
    """User and system time a process has used so far (/proc/<pid>/stat)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_server(cmd, args):
    """Start the server, warm it up, and time one load: (requests per second,
    the server's CPU microseconds per request)."""
    port = free_port()
    p = start([c.replace("{port}", str(port)) for c in cmd])
    try:
        load(port, args.connections, 20, args.size)
        c0 = cpu_seconds(p.pid)
        rps = load(port, args.connections, args.messages, args.size)
        cpu = cpu_seconds(p.pid) - c0
        return rps, 1e6 * cpu / (args.connections * args.messages)
    finally:
        stop(p)


SPLIT_SERVER = """
(net/server "127.0.0.1" "%d" (fn [conn] (with [conn conn] (net/write conn "%s"))))
(print "ready")
(flush)
"""


def split(n):
    port = free_port()
    procs = []
    try:
        for name in "AB":
            procs.append(start([sys.executable, "-m", "pyjanet", "-e", SPLIT_SERVER % (port, name)]))
        counts = {b"A": 0, b"B": 0}
        for _ in range(n):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
                counts[c.recv(10)] += 1
    finally:
        for p in procs:
            stop(p)
    print("two pyjanet processes on one port, %d connections: A %d (%.0f%%), B %d (%.0f%%)"
          % (n, counts[b"A"], 100.0 * counts[b"A"] / n, counts[b"B"], 100.0 * counts[b"B"] / n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--messages", type=int, default=1000)
    ap.add_argument("--size", type=int, default=64)
    ap.add_argument("--split", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print("%d connections x %d round trips of %d bytes, best of %d"
          % (args.connections, args.messages, args.size, args.repeat))
    servers = [
        ("pyjanet", [sys.executable, "-m", "pyjanet", os.path.join(HERE, "echo.janet"), "{port}"]),
        ("asyncio (streams)", [sys.executable, os.path.join(HERE, "echo_asyncio.py"), "{port}"]),
        ("asyncio (protocol)", [sys.executable, os.path.join(HERE, "echo_asyncio.py"), "{port}",
                                "--protocol"]),
    ]
    # the runs alternate between the servers, so that a slow moment of the
    # machine does not fall on one server only
    best = {name: 0.0 for name, _ in servers}
    cpu = {name: float("inf") for name, _ in servers}
    for _ in range(args.repeat):
        for name, cmd in servers:
            rps, us = bench_server(cmd, args)
            best[name] = max(best[name], rps)
            cpu[name] = min(cpu[name], us)
    for name, _ in servers:
        print("%-20s %9.0f requests/s   server CPU %5.1f us per request"
              % (name, best[name], cpu[name]))
    pj = best["pyjanet"]
    print("pyjanet / asyncio (streams): %.2f   pyjanet / asyncio (protocol): %.2f"
          % (pj / best["asyncio (streams)"], pj / best["asyncio (protocol)"]), flush=True)
    if args.split:
        split(args.split)


if __name__ == "__main__":
    main()
