"""Servers that survive faults (docs/net.md): the three uses of port reuse,
graceful shutdown on SIGTERM, UDP ports other users cannot take, long
unix-socket paths, many connections at once.

Everything runs on 127.0.0.1; every server is a process killed in
`finally`, and every wait has a bound.
"""

import os
import pwd
import resource
import select
import signal
import socket
import subprocess
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pool  # noqa: E402
import servers  # noqa: E402

ROOT = servers.ROOT
EXAMPLES = os.path.join(ROOT, "examples")


def pyjanet(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "pyjanet"] + list(args), cwd=ROOT,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kw)


def first_line(p, timeout=30):
    ready, _, _ = select.select([p.stdout], [], [], timeout)
    return p.stdout.readline() if ready else b""


def kill(p):
    if p.poll() is None:
        p.kill()
    p.communicate(timeout=10)


# --------------------------------------------------------------------------
# The three uses, as docs/net.md shows them (examples/port-reuse.janet)

# mode: what it prints (the reference prints the same for share and restart;
# update needs :so-reuseport-takeover, which only pyjanet has)
PORT_REUSE = {
    "share": "200 connections, served by one and two\n",
    "restart": "50 connections open when first was killed; second serves the port at once\n",
    "update": "5 updates under a pool of 50 clients: served by v0, v1, v2, v3, v4, v5;"
              " 0 failed connections\n",
}


@pytest.mark.parametrize("mode", sorted(PORT_REUSE))
def test_port_reuse_example(mode):
    p = pyjanet("examples/port-reuse.janet", mode, str(servers.free_port()))
    try:
        out, err = p.communicate(timeout=120)
    finally:
        kill(p)
    assert (out.decode(), p.returncode) == (PORT_REUSE[mode], 0), err.decode()[-2000:]


def test_docs_show_the_example_scripts():
    # docs/net.md shows the scripts as they are
    with open(os.path.join(ROOT, "docs", "net.md"), encoding="utf-8") as f:
        doc = f.read()
    for name in ("echo-server.janet", "graceful-server.janet"):
        with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
            assert "```janet\n" + f.read() + "```\n" in doc, name


# --------------------------------------------------------------------------
# Hot update under an independent client pool

def test_hot_update_loses_no_connection():
    # 50 clients connect and exchange messages without pause while the
    # server is replaced 5 times (start the next version with takeover,
    # SIGTERM the running one): nothing is refused, reset or lost.
    port = servers.free_port()
    procs = []

    def start(name):
        p = pyjanet("examples/echo-server.janet", str(port), name, "takeover")
        procs.append(p)
        assert first_line(p) == ("%s listening on %d\n" % (name, port)).encode()
        return p

    clients = None
    try:
        current = start("v0")
        clients = pool.Pool(port, 50).start()
        for i in range(1, 6):
            time.sleep(0.4)
            following = start("v%d" % i)
            time.sleep(0.1)
            current.send_signal(signal.SIGTERM)
            assert current.wait(30) == 0
            current = following
        time.sleep(0.4)
        clients.stop()
        assert (clients.refused, clients.reset, clients.lost_bytes) == (0, 0, 0), clients.errors
        assert sorted(clients.served_by) == ["v%d" % i for i in range(6)]
        print("hot update: %d connections, %d bytes each way, served by %s"
              % (clients.connections, clients.sent_bytes, clients.served_by))
    finally:
        if clients is not None and clients._thread.is_alive():
            clients.stop()
        for p in procs:
            kill(p)


# --------------------------------------------------------------------------
# Graceful shutdown

def test_sigterm_closes_the_listener_and_finishes_what_is_in_flight():
    port = servers.free_port()
    p = pyjanet("examples/graceful-server.janet", str(port))
    socks = []
    try:
        assert first_line(p) == b"listening on %d\n" % port
        for i in range(20):
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.sendall(b"request %d\n" % i)
            socks.append(s)
        time.sleep(0.1)             # (the server has read them: 0.5 s of work each)
        p.send_signal(signal.SIGTERM)
        got = []
        for s in socks:
            data = b""
            while True:
                d = s.recv(100)
                if not d:
                    break
                data += d
            got.append(data)
        assert got == [b"done: request %d\n" % i for i in range(20)]
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=10)
        out, err = p.communicate(timeout=30)
        assert (p.returncode, out, err) == (
            0, b"", b"SIGTERM: closing the listener, finishing the open connections\n")
    finally:
        for s in socks:
            s.close()
        kill(p)


# --------------------------------------------------------------------------
# UDP: another user cannot share the port

def _as_nobody(port):
    """In a child running as `nobody`: try to bind the UDP port the way a
    server that wants to share it would (SO_REUSEADDR and SO_REUSEPORT, as
    the reference sets them), and receive for a moment.  Returns the errno
    of bind (0 if it worked) and the number of datagrams received."""
    nobody = pwd.getpwnam("nobody")
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            try:
                s.bind(("127.0.0.1", port))
            except OSError as e:
                os.write(w, b"%d 0" % e.errno)
                os._exit(0)
            os.write(w, b"ready")
            s.settimeout(2)
            n = 0
            try:
                while True:
                    s.recv(100)
                    n += 1
            except socket.timeout:
                pass
            os.write(w, b"0 %d" % n)
        finally:
            os._exit(0)
    os.close(w)
    return r, pid


UDP_SERVER = """
(def s (net/listen "127.0.0.1" "%d" :datagram))
(print "ready")
(flush)
(def buf @"")
(var n 0)
(while (< n 20)
  (buffer/clear buf)
  (net/recv-from s 100 buf)
  (++ n))
(print "received " n)
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run a process as another user")
def test_udp_port_cannot_be_taken_by_another_user():
    port = servers.free_port()
    p = pyjanet("-e", UDP_SERVER % port)
    try:
        assert first_line(p) == b"ready\n"
        r, pid = _as_nobody(port)
        with os.fdopen(r, "rb") as f:
            answer = f.read()
        os.waitpid(pid, 0)
        # the bind fails, so nobody's process receives nothing
        assert answer == b"%d 0" % 98, answer           # EADDRINUSE
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
            for i in range(20):
                c.sendto(b"datagram %d" % i, ("127.0.0.1", port))
        out, _ = p.communicate(timeout=30)
        assert out == b"received 20\n"
    finally:
        kill(p)


def test_udp_port_is_shared_by_one_users_servers():
    port = servers.free_port()
    src = '(net/listen "127.0.0.1" "%d" :datagram) (net/listen "127.0.0.1" "%d" :datagram)' \
          ' (print "both bound")' % (port, port)
    p = pyjanet("-e", src)
    try:
        out, err = p.communicate(timeout=30)
        assert (out, err, p.returncode) == (b"both bound\n", b"", 0)
    finally:
        kill(p)


# --------------------------------------------------------------------------
# Unix-domain paths longer than sun_path

def test_long_unix_socket_path_is_refused(tmp_path):
    path = str(tmp_path / ("s" * 120))
    src = '(print (last (protect (net/listen :unix "%s"))))' % path
    p = pyjanet("-e", src)
    out, err = p.communicate(timeout=30)
    assert out.decode() == "unix socket path too long: %d bytes, at most 107\n" % len(path)
    assert os.listdir(str(tmp_path)) == []      # (the reference makes one, cut short)


# --------------------------------------------------------------------------
# Many connections at once

HELD = 10000


def test_ten_thousand_connections_held():
    # (this process holds the client ends, the server the others: each
    # needs a little over HELD descriptors)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = HELD + 1000
    if hard != resource.RLIM_INFINITY and hard < want:
        pytest.skip("the descriptor limit (%d) is below %d" % (hard, want))
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    port = servers.free_port()
    p = None
    socks = []
    try:
        p = servers.start(servers.ECHO_SERVER % {"port": port})     # inherits the limit
        for _ in range(HELD):
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=30))
        # every one of them is served
        for i, s in enumerate(socks):
            s.sendall(b"%d" % i)
        for i, s in enumerate(socks):
            s.settimeout(30)
            assert s.recv(100) == b"%d" % i
        assert p.poll() is None
    finally:
        for s in socks:
            s.close()
        if p is not None:
            servers.stop(p)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
