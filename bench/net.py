#!/usr/bin/env python3
"""Network costs of pyjanet beside the reference Janet, on 127.0.0.1.

usage: python bench/net.py [--janet /work/ref/janet/build/janet] [--sequential 5000]
                           [--bulk-connections 100] [--bulk-messages 50]
                           [--bulk-size 32768] [--idle 2000] [--held 10000]
                           [--only sequential,bulk,idle,held] [--repeat 3]
                           [--client python|both]

Both interpreters run the same echo server (bench/echo.janet) as a process of
its own; the client is this process (Python, one thread, epoll where it
matters), the same for both.  Measured, for each:

* sequential connections per second: connect, send 4 bytes, read them back,
  close, one connection after another (and the server's and the client's CPU
  time per connection, which depend less on what else the machine is doing).
  Client and server take turns here (each waits for the other), so the rate
  is about 1 / (client CPU + server CPU + switching), and the client's share
  dilutes the ratio: the Python client costs ~80-100 us per connection, as
  much as the reference server.  With --client both, the reference Janet is
  the client too (bench/seqclient.janet, ~60 us per connection), which shows
  the servers' difference more;
* bulk echo MB/s: `bulk-connections` connections at once, each sending
  `bulk-messages` messages of `bulk-size` bytes and reading each back before
  the next (MB counted one way);
* KB per idle connection: the server's resident memory (VmRSS) with `idle`
  connections open and served but silent, minus before, divided by `idle`;
* `held` connections at once: opened one after another, each then echoes one
  message; the time that took and the server's memory.

The sequential and bulk parts run `repeat` times, the two servers taking
turns (so both see the same machine); each figure is the best of the runs
(highest rate, lowest CPU time).  CPU times are the server's user + system
time from /proc (10 ms ticks) and the client's process time.

Not part of the test run (tests/net/test_servers.py checks that 10,000
connections are held and served).
"""

import argparse
import os
import resource
import select
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ECHO = os.path.join(HERE, "echo.janet")
CLIENT = os.path.join(HERE, "seqclient.janet")
PARTS = ("sequential", "bulk", "idle", "held")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd, port):
    p = subprocess.Popen(cmd + [ECHO, str(port)], cwd=ROOT, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    ready, _, _ = select.select([p.stdout], [], [], 30)
    if not ready or p.stdout.readline().strip() != b"ready":
        p.kill()
        p.wait()
        raise RuntimeError("server did not start: %r" % cmd)
    return p


def stop(p):
    if p.poll() is None:
        p.kill()
    p.wait()


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    """User and system time a process has used so far (/proc/<pid>/stat)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def sequential(port, n):
    t0 = time.perf_counter()
    for _ in range(n):
        with socket.create_connection(("127.0.0.1", port)) as c:
            c.sendall(b"ping")
            got = b""
            while len(got) < 4:
                d = c.recv(4)
                if not d:
                    raise RuntimeError("connection ended")
                got += d
    return n / (time.perf_counter() - t0)


def bulk(port, connections, messages, size):
    msg = bytes((i * 7 + 1) % 256 for i in range(size))
    ep = select.epoll()
    socks, left, got = {}, {}, {}
    try:
        for _ in range(connections):
            s = socket.create_connection(("127.0.0.1", port))
            s.setblocking(False)
            fd = s.fileno()
            socks[fd], left[fd], got[fd] = s, messages, 0
            ep.register(fd, select.EPOLLIN)
        t0 = time.perf_counter()
        pending = {}
        for fd, s in socks.items():
            pending[fd] = memoryview(msg)
            ep.modify(fd, select.EPOLLIN | select.EPOLLOUT)
        active = connections
        while active:
            for fd, ev in ep.poll(10):
                s = socks[fd]
                if ev & select.EPOLLOUT and fd in pending:
                    view = pending[fd]
                    try:
                        n = s.send(view)
                    except BlockingIOError:
                        n = 0
                    view = view[n:]
                    if len(view):
                        pending[fd] = view
                    else:
                        del pending[fd]
                        ep.modify(fd, select.EPOLLIN)
                if ev & select.EPOLLIN:
                    try:
                        data = s.recv(1 << 20)
                    except BlockingIOError:
                        continue
                    if not data:
                        raise RuntimeError("connection ended")
                    got[fd] += len(data)
                    if got[fd] == size:
                        got[fd] = 0
                        left[fd] -= 1
                        if left[fd]:
                            pending[fd] = memoryview(msg)
                            ep.modify(fd, select.EPOLLIN | select.EPOLLOUT)
                        else:
                            ep.unregister(fd)
                            active -= 1
        elapsed = time.perf_counter() - t0
    finally:
        for s in socks.values():
            s.close()
        ep.close()
    return connections * messages * size / elapsed / 1e6


def open_many(port, n, p):
    """Open n connections, have each echo a message; (seconds, KB of server
    memory per connection, the connections)."""
    time.sleep(0.2)
    before = rss_kb(p.pid)
    t0 = time.perf_counter()
    socks = [socket.create_connection(("127.0.0.1", port), timeout=60) for _ in range(n)]
    for s in socks:
        s.sendall(b"x")
    for s in socks:
        if s.recv(1) != b"x":
            raise RuntimeError("wrong echo")
    elapsed = time.perf_counter() - t0
    time.sleep(0.5)
    return elapsed, (rss_kb(p.pid) - before) / n, socks


def sequential_janet(janet, port, n):
    """The sequential test with the reference Janet as the client
    (bench/seqclient.janet): (connections/s, client CPU us per connection)."""
    out = subprocess.run([janet, CLIENT, str(port), str(n)], cwd=ROOT, check=True,
                         stdin=subprocess.DEVNULL, capture_output=True).stdout.split()
    return float(out[0]), 1e6 * float(out[1]) / n


def measure_sequential(cmd, args, res):
    port = free_port()
    p = start(cmd, port)
    try:
        sequential(port, 200)                   # warm-up
        c0, t0 = cpu_seconds(p.pid), time.process_time()
        rate = sequential(port, args.sequential)
        c1, t1 = cpu_seconds(p.pid), time.process_time()
        best(res, "conn/s", rate, max)
        best(res, "us/conn", 1e6 * (c1 - c0) / args.sequential, min)
        best(res, "client us/conn", 1e6 * (t1 - t0) / args.sequential, min)
        if args.client == "both":
            c0 = cpu_seconds(p.pid)
            rate, client_us = sequential_janet(args.janet, port, args.sequential)
            best(res, "conn/s janet client", rate, max)
            best(res, "us/conn janet client",
                 1e6 * (cpu_seconds(p.pid) - c0) / args.sequential, min)
            best(res, "janet client us/conn", client_us, min)
    finally:
        stop(p)


def measure_bulk(cmd, args, res):
    port = free_port()
    p = start(cmd, port)
    try:
        bulk(port, 10, 5, args.bulk_size)       # warm-up
        c0 = cpu_seconds(p.pid)
        rate = bulk(port, args.bulk_connections, args.bulk_messages, args.bulk_size)
        best(res, "MB/s", rate, max)
        best(res, "us/MB", 1e6 * (cpu_seconds(p.pid) - c0) / (
            args.bulk_connections * args.bulk_messages * args.bulk_size / 1e6), min)
    finally:
        stop(p)


def measure_many(cmd, key, n, res):
    port = free_port()
    p = start(cmd, port)
    socks = []
    try:
        elapsed, kb, socks = open_many(port, n, p)
        res[key] = (elapsed, kb, rss_kb(p.pid))
    finally:
        for s in socks:
            s.close()
        stop(p)


def best(res, key, value, pick):
    res[key] = value if key not in res else pick(res[key], value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--janet", default="/work/ref/janet/build/janet")
    ap.add_argument("--sequential", type=int, default=5000)
    ap.add_argument("--bulk-connections", type=int, default=100)
    ap.add_argument("--bulk-messages", type=int, default=50)
    ap.add_argument("--bulk-size", type=int, default=32768)
    ap.add_argument("--idle", type=int, default=2000)
    ap.add_argument("--held", type=int, default=10000)
    ap.add_argument("--only", default=",".join(PARTS),
                    help="the parts to run, of %s" % ",".join(PARTS))
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of the sequential and bulk parts (best of them)")
    ap.add_argument("--client", choices=("python", "both"), default="python",
                    help="sequential client: this process, or also the reference Janet")
    args = ap.parse_args()
    parts = args.only.split(",")
    for part in parts:
        if part not in PARTS:
            sys.exit("unknown part %r (of %s)" % (part, ",".join(PARTS)))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = (args.held if "held" in parts else 0) + args.idle + 1000
    if hard != resource.RLIM_INFINITY and hard < want:
        sys.exit("the descriptor limit (%d) is below %d" % (hard, want))
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, want), hard))   # (servers inherit it)
    interps = [("pyjanet", [sys.executable, "-m", "pyjanet"]), ("reference", [args.janet])]
    results = {name: {} for name, _ in interps}
    # the two servers take turns, so that both see the same machine
    for _ in range(args.repeat):
        for part, fn in (("sequential", measure_sequential), ("bulk", measure_bulk)):
            if part in parts:
                for name, cmd in interps:
                    fn(cmd, args, results[name])
    for key, n in (("idle", args.idle), ("held", args.held)):
        if key in parts:
            for name, cmd in interps:
                measure_many(cmd, key, n, results[name])
    pj, ref = results["pyjanet"], results["reference"]

    def row(label, key, fmt="%12.0f", ratio=True):
        if key in pj:
            print(("%-40s " + fmt + " " + fmt + "%s") % (
                label, pj[key], ref[key], " %8.2f" % (pj[key] / ref[key]) if ratio else ""))

    print("%-40s %12s %12s %8s" % ("(best of %d)" % args.repeat, "pyjanet", "reference",
                                   "ratio"))
    row("sequential connections/s (%d)" % args.sequential, "conn/s")
    row("  server CPU us per connection", "us/conn")
    row("  client CPU us per connection", "client us/conn", ratio=False)
    row("  ... with the reference as client: conn/s", "conn/s janet client")
    row("  ... server CPU us per connection", "us/conn janet client")
    row("  ... client CPU us per connection", "janet client us/conn", ratio=False)
    row("bulk echo MB/s (%dx%dx%d B)" % (args.bulk_connections, args.bulk_messages,
                                        args.bulk_size), "MB/s", "%12.1f")
    row("  server CPU us per MB", "us/MB")
    if "idle" in pj:
        print("%-40s %12.1f %12.1f" % ("KB per idle connection (%d)" % args.idle,
                                       pj["idle"][1], ref["idle"][1]))
    if "held" in pj:
        print("%-40s %11.1fs %11.1fs" % ("%d connections opened and served" % args.held,
                                         pj["held"][0], ref["held"][0]))
        print("%-40s %10.1fMB %10.1fMB" % ("server memory with %d open" % args.held,
                                           pj["held"][2] / 1024, ref["held"][2] / 1024))


if __name__ == "__main__":
    main()
