"""pyjanet servers as processes: ports shared between processes, and a bounded
load on an echo server (everything on 127.0.0.1; every process is killed in
`finally`).

* Two pyjanet processes run net/server on one host and port (SO_REUSEPORT):
  both bind, and of 1,000 connections each receives at least 30 %.
* 200 clients at once each send 200 messages of 1-4096 bytes to a pyjanet
  echo server and get every byte back in order, while other clients drop
  their connections in the middle of a message; afterwards the server holds no
  more open descriptors than before.
"""

import asyncio
import os
import random
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servers  # noqa: E402


def test_two_processes_share_a_port():
    port = servers.free_port()
    procs = []
    try:
        for name in ("A", "B"):
            procs.append(servers.start(servers.NAME_SERVER % {"port": port, "name": name}))
        counts = {b"A": 0, b"B": 0}
        for _ in range(1000):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
                counts[c.recv(10)] += 1
        assert counts[b"A"] + counts[b"B"] == 1000
        assert min(counts.values()) >= 300, counts
    finally:
        for p in procs:
            servers.stop(p)


CLIENTS = 200
MESSAGES = 200
DROPPERS = 40


async def _client(port, seed, errors):
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(MESSAGES):
            msg = rng.randbytes(rng.randint(1, 4096))
            writer.write(msg)
            got = await reader.readexactly(len(msg))
            if got != msg:
                errors.append("client %d: wrong bytes" % seed)
                return 0
        return 1
    finally:
        writer.close()
        await writer.wait_closed()


async def _dropper(port, seed):
    """Sends part of a message and goes away, sometimes with a reset."""
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(rng.randbytes(rng.randint(1, 4096)))
    await writer.drain()
    await asyncio.sleep(rng.random() * 0.2)
    if seed % 2:
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    writer.close()


async def _load(port):
    errors = []
    tasks = [_client(port, i, errors) for i in range(CLIENTS)]
    tasks += [_dropper(port, 10000 + i) for i in range(DROPPERS)]
    results = await asyncio.wait_for(asyncio.gather(*tasks), 120)
    return sum(r for r in results[:CLIENTS]), errors


def test_echo_under_load_keeps_order_and_descriptors():
    port = servers.free_port()
    p = servers.start(servers.ECHO_SERVER % {"port": port})
    try:
        # one connection first, so that what the loop sets up once (its
        # epoll descriptor) is counted before
        with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
            c.sendall(b"warm-up")
            assert c.recv(100) == b"warm-up"
        time.sleep(0.1)
        before = servers.open_fds(p.pid)
        t0 = time.time()
        ok, errors = asyncio.run(_load(port))
        elapsed = time.time() - t0
        assert errors == [], servers.stderr_of(p)[-2000:]
        assert ok == CLIENTS, servers.stderr_of(p)[-2000:]
        # the server closes its side once it sees each client go
        deadline = time.time() + 10
        while servers.open_fds(p.pid) > before and time.time() < deadline:
            time.sleep(0.05)
        assert servers.open_fds(p.pid) <= before
        assert p.poll() is None, "the server is still running"
        print("load: %d clients x %d messages in %.1f s; descriptors %d before, %d after"
              % (CLIENTS, MESSAGES, elapsed, before, servers.open_fds(p.pid)))
    finally:
        servers.stop(p)
