"""The net/* namespace: sockets on the event loop.

Corresponds to the reference's src/core/net.c (addresses, listen, accept,
connect, socket options and the socket stream methods) and to the two net
functions of src/boot/boot.janet (net/close, net/server).

A socket is an evloop.Stream whose `owner` is a non-blocking Python socket;
reads and writes go through the loop's read/write state machines in recv/send
mode (evloop.ReadState, WriteState), so they behave like ev/read and ev/write.
Accepting and connecting have their own state machines here (the reference's
net_callback_accept and net_callback_connect).

Server sockets reuse addresses as the reference does on Linux: unless
`no-reuse` is truthy, a TCP server socket gets SO_REUSEADDR and SO_REUSEPORT
before it is bound (so several servers can share one host and port, and the
kernel spreads connections between them), a UDP one SO_REUSEPORT, a
unix-domain one SO_REUSEADDR only.
docs/net.md explains what that means.

Deliberate differences (docs/net.md lists them): when a handler run by
net/accept-loop (or net/server) fails, its connection is closed at once (the
reference leaves it to its garbage collector, so the peer may wait); when an
accept loop's listener closes, the connections already queued for it are
served rather than reset; UDP server sockets get SO_REUSEPORT without
SO_REUSEADDR (which would let another user bind the port); unix-domain paths
over 107 bytes are refused rather than cut short; :so-reuseport-takeover is a
socket option of pyjanet's own, for hot updates.
"""

import errno as _errno
import os
from struct import pack as struct_pack

from .. import lazy
from ..values import Abstract, Array, Buffer, kw
from ..errors import JanetError, panic, panicf
from ..runtime import builtin, is_closure
from .. import args as A
from .. import evloop as L
from .. import fiber as F
from ..sandbox import sandbox_assert, SANDBOX_NET_CONNECT, SANDBOX_NET_LISTEN
from .ev import (ev_close, ev_read, ev_chunk, ev_write, read_stream, write_stream,
                 _stream, _timeout, KW_ALL)
from ..runtime import boot_frame, cfun_frame
from .io import cstring
from .prelude import fn as boot_fn

socket = lazy.module("socket", globals())   # imported by the first net function run
_socket = lazy.module("_socket", globals())

KW_STREAM = kw("stream")
KW_DATAGRAM = kw("datagram")
KW_UNIX = kw("unix")
KW_IPV4 = kw("ipv4")
KW_IPV6 = kw("ipv6")

# What every socket stream is: the reference's make_stream adds SOCKET (and
# NODUPS, which only matters to its edge-triggered backends).
_RW = L.S_READABLE | L.S_WRITABLE | L.S_SOCKET

# The reference passes MSG_NOSIGNAL to every send and recv.
# (Linux's socket.MSG_NOSIGNAL, written out so that importing this module does
# not import socket; the event loop is epoll's, so this is Linux.)
_NOSIG = 0x4000

# Longest unix-domain path: sun_path holds 108 bytes with the final NUL.  The
# reference copies the path with snprintf, cutting longer ones short (and
# then uses that other path); pyjanet refuses them.
_SUN_PATH_MAX = 107


def _err(e):
    """The text of a failed system call (the reference's janet_ev_lasterr)."""
    return L.strerror(e).decode("utf-8", "replace")


# --------------------------------------------------------------------------
# Socket addresses

class SockAddr(Abstract):
    """A `core/socket-address`: an address family and the address in the form
    Python's socket functions take ((host, port), (host, port, flow, scope)
    or a unix path as bytes, an abstract one starting with a NUL)."""
    __slots__ = ("family", "addr")
    type_name = "core/socket-address"

    def __init__(self, family, addr):
        self.family = family
        self.addr = addr


def _unpack(family, addr):
    """(host port) or (path) of an address (the reference's janet_so_getname)."""
    if family == socket.AF_INET:
        return (addr[0].encode("ascii"), float(addr[1]))
    if family == socket.AF_INET6:
        # inet_ntop gives the bare address; Python may append "%scope"
        return (addr[0].split("%", 1)[0].encode("ascii"), float(addr[1]))
    if family == socket.AF_UNIX:
        if isinstance(addr, str):
            addr = os.fsencode(addr)
        if addr[:1] == b"\0":
            return (b"@" + addr[1:].split(b"\0", 1)[0],)
        return (addr.split(b"\0", 1)[0],)
    panic("unknown address family")


def _socktype(x, n):
    """The reference's janet_get_sockettype: nil or :stream, or :datagram."""
    if x is None:
        return socket.SOCK_STREAM
    A.keyword(x, n)
    if x is KW_STREAM:
        return socket.SOCK_STREAM
    if x is KW_DATAGRAM:
        return socket.SOCK_DGRAM
    panicf("expected socket type as :stream or :datagram, got %v", x)


def _port(x, n):
    """The port argument: an integer (turned into its decimal text), a string
    (a number or a service name) or nil."""
    if x is None:
        return None
    if A.is_int(x):
        return b"%d" % int(x)
    return cstring(x, n)


def _unix_path(x, n):
    path = cstring(x, n)
    if len(path) > _SUN_PATH_MAX:
        # the reference cuts it short and uses the shorter path
        panicf("unix socket path too long: %d bytes, at most %d", len(path), _SUN_PATH_MAX)
    if path[:1] == b"@":
        # Linux's abstract namespace: a leading NUL, the length is the name's
        path = b"\0" + path[1:]
    return path


def _getaddrinfo(host, port, socktype, passive, what="could not get address info"):
    try:
        return socket.getaddrinfo(host, port, socket.AF_UNSPEC, socktype, 0,
                                  socket.AI_PASSIVE if passive else 0)
    except socket.gaierror as e:
        panicf("%s: %s", what, e.strerror or str(e))
    except (UnicodeError, ValueError) as e:
        panicf("%s: %s", what, str(e))


def _lookup(host, port, socktype, passive):
    """Where host/port (or :unix path) leads: (True, path) for a unix-domain
    socket, else (False, getaddrinfo's list) (the reference's
    janet_get_addrinfo).  Names go to the system's resolver as the bytes they
    are, as in the reference (no IDNA encoding)."""
    if host is KW_UNIX:
        return True, _unix_path(port, 1)
    return False, _getaddrinfo(cstring(host, 0), _port(port, 1), socktype, passive)


@builtin("net/address", "(net/address host port &opt type multi)",
         "Resolves `host` and `port` (a number or a service name) into a socket "
         "address for `type` (:stream, the default, or :datagram), to send datagrams "
         "to with `net/send-to`.  With host :unix, `port` is the path of a "
         "unix-domain socket; on Linux a path starting with @ names an abstract "
         "socket.  With `multi` truthy, returns an array of every address found "
         "rather than the first.")
def net_address(host, port, type=None, multi=None):
    sandbox_assert(SANDBOX_NET_CONNECT)
    socktype = _socktype(type, 2)
    many = multi is not None and multi is not False
    is_unix, res = _lookup(host, port, socktype, False)
    if is_unix:
        a = SockAddr(socket.AF_UNIX, res)
        return Array([a]) if many else a
    if many:
        return Array(SockAddr(fam, sa) for fam, _t, _p, _c, sa in res)
    if not res:
        panic("no data for given address")
    return SockAddr(res[0][0], res[0][4])


@builtin("net/address-unpack", "(net/address-unpack address)",
         "The parts of a socket address: a tuple (host port), or (path) for a "
         "unix-domain address.")
def net_address_unpack(address):
    a = A.abstract(address, 0, SockAddr, "core/socket-address")
    return _unpack(a.family, a.addr)


# --------------------------------------------------------------------------
# Making sockets

def _new_socket(family, socktype, proto=0):
    s = socket.socket(family, socktype, proto)
    s.setblocking(False)
    return s


def make_socket_stream(sock, flags):
    """A core/stream owning the (non-blocking) Python socket `sock`."""
    return L.Stream(sock.fileno(), flags | L.S_SOCKET, SOCKET_METHODS, sock)


def _serverify(sock, reuse_addr, reuse_port):
    """Socket options of a server socket, set before it is bound."""
    if reuse_addr:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        except OSError:
            return "setsockopt(SO_REUSEADDR) failed"
    if reuse_port and hasattr(socket, "SO_REUSEPORT"):
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        except OSError:
            return "setsockopt(SO_REUSEPORT) failed"
    return None


@builtin("net/listen", "(net/listen host port &opt type no-reuse)",
         "Opens a server socket on `host` and `port` (as for `net/address`) and "
         "returns it: a stream that is neither readable nor writable.  Accept "
         "connections with `net/accept` or `net/accept-loop`.  `type` is :stream "
         "(TCP, the default) or :datagram (UDP; the stream then receives with "
         "`net/recv-from`).  Unless `no-reuse` is truthy, the socket is bound with "
         "SO_REUSEADDR and, for IP, SO_REUSEPORT, so several servers may listen on "
         "the same host and port and share its connections.")
def net_listen(host, port, type=None, no_reuse=None):
    sandbox_assert(SANDBOX_NET_LISTEN)
    socktype = _socktype(type, 2)
    is_unix, res = _lookup(host, port, socktype, True)
    reuse = no_reuse is None or no_reuse is False
    if is_unix:
        try:
            sock = _new_socket(socket.AF_UNIX, socktype)
        except OSError as e:
            panicf("could not create socket: %s", _err(e))
        err = _serverify(sock, reuse, False)
        if err is None:
            try:
                sock.bind(res)
            except OSError as e:
                sock.close()
                panicf("could not bind socket: %s", _err(e))
        else:
            sock.close()
            panic(err)
    else:
        sock = None
        for fam, st, proto, _c, sa in res:
            try:
                s = _new_socket(fam, st, proto)
            except OSError:
                continue
            # UDP gets SO_REUSEPORT only: with SO_REUSEADDR, Linux would let
            # a socket of any other user that sets it too bind the same port
            # and take datagrams (see docs/net.md)
            if _serverify(s, reuse and st != socket.SOCK_DGRAM, reuse) is not None:
                s.close()
                continue
            try:
                s.bind(sa)
            except OSError:
                s.close()
                continue
            sock = s
            break
        if sock is None:
            panic("could not bind to any sockets")
    if socktype == socket.SOCK_DGRAM:
        return make_socket_stream(sock, L.S_UDPSERVER | L.S_READABLE)
    try:
        sock.listen(1024)
    except OSError as e:
        sock.close()
        panicf("could not listen on file descriptor: %s", _err(e))
    return make_socket_stream(sock, L.S_ACCEPTABLE)


@builtin("net/socket", "(net/socket &opt type address-family)",
         "Makes a socket that is neither bound nor connected, of `type` :stream "
         "(the default) or :datagram, for `address-family` :ipv4 or :ipv6 (by "
         "default whichever the system prefers).")
def net_socket(type=None, address_family=None):
    socktype = _socktype(type, 0)
    fam = {KW_IPV4: socket.AF_INET, KW_IPV6: socket.AF_INET6,
           KW_UNIX: socket.AF_UNIX}.get(address_family, socket.AF_UNSPEC)
    try:
        infos = socket.getaddrinfo(None, "0", fam, socktype, 0, socket.AI_NUMERICSERV)
    except socket.gaierror as e:
        panicf("could not get address info: %s", e.strerror or str(e))
    sock = None
    last = None
    for f, st, proto, _c, _sa in infos:
        try:
            sock = _new_socket(f, st, proto)
            break
        except OSError as e:
            last = e
    if sock is None:
        panicf("could not create socket: %s", _err(last) if last else "unknown error")
    udp = L.S_UDPSERVER if socktype == socket.SOCK_DGRAM else 0
    return make_socket_stream(sock, _RW | udp)


# --------------------------------------------------------------------------
# Connecting

def _connect_callback(fiber, event):
    """Wait until the connection is made or refused (net_callback_connect)."""
    if event == L.EV_INIT or event == L.EV_DEINIT:
        return
    stream = fiber.ev_stream
    if event == L.EV_CLOSE:
        L.cancel(fiber, b"stream closed")
        L.async_end(fiber)
        return
    try:
        res = stream.owner.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    except OSError as e:
        L.cancel(fiber, L.strerror(e))
        stream.flags |= L.S_TOCLOSE
    else:
        if res == 0:
            L.schedule(fiber, stream)
        else:
            L.cancel(fiber, os.strerror(res).encode("utf-8"))
            stream.flags |= L.S_TOCLOSE
    L.async_end(fiber)


@builtin("net/connect", "(net/connect host port &opt type bindhost bindport)",
         "Connects to a server and returns a stream to talk to it, readable and "
         "writable.  `type` is :stream (the default) or :datagram.  `bindhost` "
         "(and `bindport`) choose the local address the connection is made from; "
         "by default the system picks one.  Suspends the fiber until the "
         "connection is made, and raises an error if it is refused.")
def net_connect(host, port, type=None, bindhost=None, bindport=None):
    sandbox_assert(SANDBOX_NET_CONNECT)
    socktype = _socktype(type, 2)
    bhost = None if bindhost is None else cstring(bindhost, 3)
    bport = _port(bindport, 4)
    is_unix, res = _lookup(host, port, socktype, False)
    binding = None
    if bhost is not None:
        if is_unix:
            panic("bindhost not supported for unix domain sockets")
        binding = _getaddrinfo(bhost, bport, socktype, False,
                               "could not get address info for bindhost")
    if is_unix:
        try:
            sock = _new_socket(socket.AF_UNIX, socktype)
        except OSError as e:
            panicf("could not create socket: %s", _err(e))
        addr = res
    else:
        sock = None
        last = None
        for fam, st, proto, _c, sa in res:
            try:
                sock = _new_socket(fam, st, proto)
                addr = sa
                break
            except OSError as e:
                last = e
        if sock is None:
            panicf("could not create socket: %s", _err(last) if last else "unknown error")
    if binding is not None:
        last = None
        for fam, _t, _p, _c, sa in binding:
            if fam != sock.family:
                # Python will not pass an address of another family to bind;
                # the kernel would refuse it so (an IPv4 socket with
                # EAFNOSUPPORT, an IPv6 one with EINVAL for the short address)
                last = _errno.EAFNOSUPPORT if sock.family == socket.AF_INET else _errno.EINVAL
                continue
            try:
                sock.bind(sa)
                break
            except OSError as e:
                last = e.errno or _errno.EINVAL
        else:
            sock.close()
            panicf("could not bind outgoing address: %s",
                   os.strerror(last or _errno.EINVAL))
    udp = L.S_UDPSERVER if socktype == socket.SOCK_DGRAM else 0
    stream = make_socket_stream(sock, _RW | udp)
    while True:
        try:
            status = sock.connect_ex(addr)
        except OSError as e:
            status = e.errno or _errno.EINVAL
        if status != _errno.EINTR:
            break
    if status == 0:
        # done at once (usual for unix-domain sockets): nothing to wait for
        return stream
    if status != _errno.EINPROGRESS:
        L.close_handle(stream)
        panicf("could not connect socket: %s", os.strerror(status))
    return L.async_start(stream, L.LISTEN_WRITE, _connect_callback, None)


# --------------------------------------------------------------------------
# Accepting

class _AcceptState:
    """An accept in progress: the handler (None for net/accept), what each
    connection's task runs, and the listener's family, type and protocol
    (which socket.socket finds anew at each look)."""
    __slots__ = ("handler", "task_fn", "more", "family", "type", "proto")

    def __init__(self, handler, sock):
        self.handler = handler
        self.task_fn = None if handler is None else _handler_task(handler)
        self.more = False       # the rest of a batch is to be accepted later
        self.family, self.type, self.proto = int(sock.family), int(sock.type), sock.proto


def _accepted(sock, st):
    """A stream for the next connection waiting on server socket `sock` (of
    accept state `st`), or None.  Its socket is a bare _socket.socket:
    socket.socket's wrapper around accept (enum conversions, a check of the
    default timeout) costs as much as the system calls."""
    try:
        fd, _addr = sock._accept()
    except (BlockingIOError, InterruptedError):
        return None
    except OSError:
        # like the reference, a failed accept is skipped; the loop tries again
        # when the socket is next ready
        return None
    try:
        conn = _socket.socket(st.family, st.type, st.proto, fd)
    except OSError:
        os.close(fd)
        return None
    conn.setblocking(False)
    return L.Stream(fd, _RW, SOCKET_METHODS, conn)


def _handler_task(handler):
    """The function a connection's task runs, given the connection: the
    handler, and if it fails, the connection is closed (see the module
    docstring).  It carries the handler's own description, so the task looks
    like the handler's."""
    def run(conn, *args):
        try:
            return L.rt.call(handler, conn, *args)
        except JanetError:
            L.stream_close(conn)
            raise
    run.__doc__ = handler.__doc__
    return run


# Connections an accept loop takes per readiness event.  The reference
# takes one per turn of its loop; a turn here (every queued task run) is much
# slower, so one per turn lets the kernel's queue of finished handshakes grow
# under load, and what is queued when the listener closes is reset.  The
# first is taken at once, the others once the tasks queued meanwhile (the
# first's among them) have run: a connection is served without waiting for
# the system call that finds there is no other.
ACCEPT_BATCH = 64


def _accept_callback(fiber, event):
    """Accept connections (net_callback_accept): hand each to the handler in a
    task of its own, or, without a handler, resume the fiber with the first."""
    if event == L.EV_CLOSE:
        if fiber.ev_state.handler is not None:
            # The listener is being closed: connections whose handshake the
            # kernel has finished would be reset with it; serve them instead
            # (see docs/net.md, "Hot update").
            _accept_batch(fiber, 1 << 30)
        L.schedule(fiber, None)
        L.async_end(fiber)
        return
    if event != L.EV_INIT and event != L.EV_READ:
        return
    st = fiber.ev_state
    if st.handler is None:
        conn = _accepted(fiber.ev_stream.owner, st)
        if conn is not None:
            L.schedule(fiber, conn)
            L.async_end(fiber)
        return
    if _accept_batch(fiber, 1) and not st.more:
        st.more = True
        L.later(lambda: _accept_more(fiber, st))


def _accept_more(fiber, st):
    """The rest of a batch, if the accept loop still waits as it did."""
    st.more = False
    if fiber.ev_state is st and not fiber.ev_stream.flags & L.S_CLOSED:
        _accept_batch(fiber, ACCEPT_BATCH - 1)


def _accept_batch(fiber, limit):
    """Accept up to `limit` connections now, each to a task of its own; the
    number accepted."""
    sock = fiber.ev_stream.owner
    st = fiber.ev_state
    run = st.task_fn
    supervisor = fiber.supervisor
    for i in range(limit):
        conn = _accepted(sock, st)
        if conn is None:
            return i
        task = F.Fiber(run, F.MASK_YIELD, None)
        task.supervisor = supervisor
        L.schedule(task, conn)
    return limit


def _server(x, n):
    s = _stream(x, n)
    L.check_flags(s, L.S_ACCEPTABLE | L.S_SOCKET)
    return s


@builtin("net/accept-loop", "(net/accept-loop stream handler)",
         "Serves a server stream: every connection accepted is handed to "
         "`handler`, run in a new task of its own.  Suspends the fiber until the "
         "stream is closed.")
def net_accept_loop(stream, handler):
    s = _server(stream, 0)
    if not is_closure(handler):
        A.panic_type(handler, 1, "function")
    if handler.__doc__.min_arity < 1:
        panic("handler function must take at least 1 argument")
    return L.async_start(s, L.LISTEN_READ, _accept_callback, _AcceptState(handler, s.owner))


@builtin("net/accept", "(net/accept stream &opt timeout)",
         "Waits for the next connection on a server stream and returns a stream "
         "for it, readable and writable.  After `timeout` seconds, raises an "
         "error instead.")
def net_accept(stream, timeout=None):
    s = _server(stream, 0)
    to = _timeout(timeout, 1)
    if to is not None:
        L.add_sleep(L.root_task(), to, True)
    return L.async_start(s, L.LISTEN_READ, _accept_callback, _AcceptState(None, s.owner))


# --------------------------------------------------------------------------
# Reading and writing

# Fast paths of net/read and net/write: the stream checks in one test.
_Stream = L.Stream
_RCHECK = L.S_CLOSED | L.S_READABLE | L.S_SOCKET
_RWANT = L.S_READABLE | L.S_SOCKET
_WCHECK = L.S_CLOSED | L.S_WRITABLE | L.S_SOCKET
_WWANT = L.S_WRITABLE | L.S_SOCKET
_async_start = L.async_start
_socket_read = L.socket_read
_socket_write = L.socket_write
_MAX_READ = L.MAX_READ
_read_callback = L.read_callback
_write_callback = L.write_callback
_ReadState = L.ReadState
_WriteState = L.WriteState
_LISTEN_READ = L.LISTEN_READ
_LISTEN_WRITE = L.LISTEN_WRITE


def _socket_stream(x, n, flags):
    s = _stream(x, n)
    L.check_flags(s, flags | L.S_SOCKET)
    return s


@builtin("net/read", "(net/read stream nbytes &opt buf timeout)",
         "Reads up to `nbytes` from a socket into `buf` (a new buffer by default), "
         "suspending the fiber until some are there; returns as soon as any are.  "
         "With `nbytes` :all, reads until the end of the stream.  Returns the "
         "buffer, or nil at the end of the stream; raises an error if the read "
         "fails or `timeout` seconds pass first.")
def net_read(stream, nbytes, buf=None, timeout=None):
    if (stream.__class__ is _Stream and stream.flags & _RCHECK == _RWANT
            and buf.__class__ is Buffer and timeout is None and nbytes.__class__ is float
            and 0 <= nbytes <= 2147483647 and nbytes.is_integer()):
        # the usual call, (net/read conn n buf), checked in one go
        n = int(nbytes)
        if n <= _MAX_READ:
            return _socket_read(stream, n, buf, _NOSIG)
        return _async_start(stream, _LISTEN_READ, _read_callback,
                            _ReadState(buf, n, False, 1, _NOSIG))
    s = _socket_stream(stream, 0, L.S_READABLE)
    b = A.opt_buffer(buf, 2)
    to = _timeout(timeout, 3)
    if nbytes is KW_ALL:
        return read_stream(s, 2147483647, b, to, True, 1, _NOSIG)
    n = A.nat(nbytes, 1)
    return read_stream(s, n, b, to, False, 1, _NOSIG)


@builtin("net/chunk", "(net/chunk stream nbytes &opt buf timeout)",
         "Like `net/read`, but waits for all `nbytes` to arrive (or the stream to "
         "end) before returning.")
def net_chunk(stream, nbytes, buf=None, timeout=None):
    s = _socket_stream(stream, 0, L.S_READABLE)
    n = A.nat(nbytes, 1)
    b = A.opt_buffer(buf, 2)
    return read_stream(s, n, b, _timeout(timeout, 3), True, 1, _NOSIG)


def _address_maker(family):
    return lambda addr: SockAddr(family, addr)


@builtin("net/recv-from", "(net/recv-from stream nbytes buf &opt timeout)",
         "Receives one datagram of at most `nbytes` on a datagram socket into "
         "`buf`, and returns the socket address it came from.  Raises an error "
         "if `timeout` seconds pass first.")
def net_recv_from(stream, nbytes, buf, timeout=None):
    s = _socket_stream(stream, 0, L.S_UDPSERVER)
    n = A.nat(nbytes, 1)
    b = A.buffer(buf, 2)
    to = _timeout(timeout, 3)
    return read_stream(s, n, b, to, False, 2, _NOSIG, _address_maker(s.owner.family))


@builtin("net/write", "(net/write stream data &opt timeout)",
         "Writes all of `data` to a socket, suspending the fiber until it is "
         "written.  Returns nil; raises an error if the write fails or `timeout` "
         "seconds pass first.")
def net_write(stream, data, timeout=None):
    if (stream.__class__ is _Stream and stream.flags & _WCHECK == _WWANT
            and timeout is None):
        c = data.__class__
        if c is Buffer:
            data = bytes(data)
            c = bytes
        if c is bytes:
            return _socket_write(stream, data, _NOSIG)
    s = _socket_stream(stream, 0, L.S_WRITABLE)
    to = _timeout(timeout, 2)
    return write_stream(s, A.bytes_(data, 1), to, 1, _NOSIG)


def _dest_for(sock, a):
    """The destination in the form the socket takes.  An IPv6 socket reaches
    an IPv4 address through its mapped form, as the kernel would."""
    fam = sock.family
    if a.family == fam:
        return a.addr
    if fam == socket.AF_INET6 and a.family == socket.AF_INET:
        return ("::ffff:" + a.addr[0], a.addr[1], 0, 0)
    return None


@builtin("net/send-to", "(net/send-to stream dest data &opt timeout)",
         "Sends `data` as one datagram from a datagram socket to the socket "
         "address `dest`.  Returns nil; raises an error if sending fails or "
         "`timeout` seconds pass first.")
def net_send_to(stream, dest, data, timeout=None):
    s = _socket_stream(stream, 0, L.S_UDPSERVER)
    a = A.abstract(dest, 1, SockAddr, "core/socket-address")
    to = _timeout(timeout, 3)
    b = A.bytes_(data, 2)
    d = _dest_for(s.owner, a)
    if d is None:
        panic(os.strerror(_errno.EAFNOSUPPORT))
    return write_stream(s, b, to, 2, _NOSIG, d)


@builtin("net/flush", "(net/flush stream)",
         "Sends what a socket holds back at once: turns Nagle's algorithm off and "
         "on again (TCP_NODELAY).  Returns the stream.")
def net_flush(stream):
    s = _socket_stream(stream, 0, L.S_WRITABLE)
    sock = s.owner
    for v in (1, 0):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, v)
        except OSError:
            pass
    return stream


_SHUT = {kw("rw"): "SHUT_RDWR", kw("r"): "SHUT_RD", kw("w"): "SHUT_WR"}


@builtin("net/shutdown", "(net/shutdown stream &opt mode)",
         "Ends communication on a socket gracefully, leaving it open: `mode` :rw "
         "(the default) stops both reading and writing, :r only reading, :w only "
         "writing (the peer then reads the end of the stream).  Returns the "
         "socket.")
def net_shutdown(stream, mode=None):
    s = _socket_stream(stream, 0, 0)
    how = socket.SHUT_RDWR
    if mode is not None:
        A.keyword(mode, 1)
        how = _SHUT.get(mode)
        if how is None:
            panicf("unexpected keyword %v", mode)
        how = getattr(socket, how)
    try:
        _sock_call(s, "shutdown", how)
    except OSError as e:
        panicf("could not shutdown socket: %s", _err(e))
    return stream


def _sock_call(s, method, *args):
    """Call a socket method on the stream's socket.  A stream net did not make
    (a pipe...) gets a socket object on a copy of its descriptor for the call,
    so the system call fails as it would in the reference (not a socket)."""
    sock = s.owner
    if isinstance(sock, _socket.socket):
        return getattr(sock, method)(*args)
    fd = os.dup(s.handle)
    try:
        sk = socket.socket(fileno=fd)
    except OSError:
        os.close(fd)
        raise
    with sk:
        return getattr(sk, method)(*args)


def _family(s):
    sock = s.owner
    if isinstance(sock, _socket.socket):
        return sock.family
    return _sock_call(s, "__getattribute__", "family")


def _name(stream, which):
    s = _stream(stream, 0)
    if s.flags & L.S_CLOSED:
        panic("stream closed")
    try:
        addr = _sock_call(s, "getsockname" if which == "localname" else "getpeername")
        fam = _family(s)
    except OSError as e:
        panicf("Failed to get %s on %v: %s", which, stream, _err(e))
    return _unpack(fam, addr)


@builtin("net/localname", "(net/localname stream)",
         "The local address of a socket: a tuple (host port), or (path) for a "
         "unix-domain socket.")
def net_localname(stream):
    return _name(stream, "localname")


@builtin("net/peername", "(net/peername stream)",
         "The address of the other end of a connected socket: a tuple (host "
         "port), or (path) for a unix-domain socket.")
def net_peername(stream):
    return _name(stream, "peername")


# --------------------------------------------------------------------------
# Socket options

def _mreq4(group):
    try:
        a = socket.inet_pton(socket.AF_INET, group)
    except OSError:
        a = bytes(4)          # the reference ignores a malformed address
    return a + bytes(4)       # the group, then INADDR_ANY as the interface


def _mreq6(group):
    try:
        a = socket.inet_pton(socket.AF_INET6, group)
    except OSError:
        a = bytes(16)
    return a + bytes(4)       # the group, then interface 0


_BOOL, _NUM, _MREQ4, _MREQ6, _TAKEOVER = range(5)

# Linux's socket options for a classic BPF program that picks, for each new
# connection (or datagram), which socket of a SO_REUSEPORT group gets it.
_SO_ATTACH_REUSEPORT_CBPF = 51
_SO_DETACH_REUSEPORT_BPF = 68


def _takeover(sock, on):
    """pyjanet's :so-reuseport-takeover.  The program is one instruction,
    "return 1": the second socket of the group (the one that joined last,
    when there are two) gets every new connection.  When there is no second
    socket (the old server has closed) the kernel falls back to its hash, so
    the program may stay: when the next version joins, it is the second."""
    if not on:
        try:
            sock.setsockopt(socket.SOL_SOCKET, _SO_DETACH_REUSEPORT_BPF, 0)
        except OSError as e:
            if e.errno != _errno.ENOENT:       # (none attached)
                raise
        return
    import ctypes       # (only this option needs it)
    insn = ctypes.create_string_buffer(b"\x06\x00\x00\x00\x01\x00\x00\x00")  # BPF_RET|BPF_K, k=1
    prog = struct_pack("HxxxxxxP", 1, ctypes.addressof(insn))
    sock.setsockopt(socket.SOL_SOCKET, _SO_ATTACH_REUSEPORT_CBPF, prog)

# option keyword -> (level, option name, kind of value); the reference's list
_SOCKOPTS = {
    kw("so-broadcast"): (socket.SOL_SOCKET, socket.SO_BROADCAST, _BOOL),
    kw("so-reuseaddr"): (socket.SOL_SOCKET, socket.SO_REUSEADDR, _BOOL),
    kw("so-keepalive"): (socket.SOL_SOCKET, socket.SO_KEEPALIVE, _BOOL),
    kw("ip-multicast-ttl"): (socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, _NUM),
    kw("ip-add-membership"): (socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, _MREQ4),
    kw("ip-drop-membership"): (socket.IPPROTO_IP, socket.IP_DROP_MEMBERSHIP, _MREQ4),
    kw("ipv6-join-group"): (socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, _MREQ6),
    kw("ipv6-leave-group"): (socket.IPPROTO_IPV6, socket.IPV6_LEAVE_GROUP, _MREQ6),
    kw("ipv6-multicast-hops"): (socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, _NUM),
    kw("ipv6-unicast-hops"): (socket.IPPROTO_IPV6, socket.IPV6_UNICAST_HOPS, _NUM),
    # pyjanet's own (docs/net.md, "Hot update")
    kw("so-reuseport-takeover"): (socket.SOL_SOCKET, _SO_ATTACH_REUSEPORT_CBPF, _TAKEOVER),
}


@builtin("net/setsockopt", "(net/setsockopt stream option value)",
         "Sets a socket option.  The options and their values:\n\n"
         "- :so-broadcast boolean: may send to broadcast addresses\n"
         "- :so-reuseaddr boolean: may bind an address still in use\n"
         "- :so-keepalive boolean: probe idle connections\n"
         "- :ip-multicast-ttl number: hops of outgoing IPv4 multicast\n"
         "- :ip-add-membership string: join an IPv4 multicast group\n"
         "- :ip-drop-membership string: leave an IPv4 multicast group\n"
         "- :ipv6-join-group string: join an IPv6 multicast group\n"
         "- :ipv6-leave-group string: leave an IPv6 multicast group\n"
         "- :ipv6-multicast-hops number: hops of outgoing IPv6 multicast\n"
         "- :ipv6-unicast-hops number: hops of outgoing IPv6 unicast\n"
         "- :so-reuseport-takeover boolean (pyjanet only, Linux): of two "
         "servers sharing a port, the one that started last gets every new "
         "connection (see docs/net.md)\n\n"
         "Returns nil.")
def net_setsockopt(stream, option, value):
    s = _socket_stream(stream, 0, 0)
    A.keyword(option, 1)
    spec = _SOCKOPTS.get(option)
    if spec is None:
        panicf("unknown socket option %q", option)
    level, name, kind = spec
    if kind == _BOOL:
        val = 1 if A.boolean(value, 2) else 0
    elif kind == _NUM:
        val = A.integer(value, 2)
    elif kind == _TAKEOVER:
        on = A.boolean(value, 2)
        try:
            if not isinstance(s.owner, _socket.socket):
                raise OSError(_errno.ENOTSOCK, os.strerror(_errno.ENOTSOCK))
            _takeover(s.owner, on)
        except OSError as e:
            panicf("setsockopt(%q): %s", option, _err(e))
        return None
    elif kind == _MREQ4:
        val = _mreq4(cstring(value, 2).decode("latin-1"))
    else:
        val = _mreq6(cstring(value, 2).decode("latin-1"))
    try:
        _sock_call(s, "setsockopt", level, name, val)
    except OSError as e:
        panicf("setsockopt(%q): %s", option, _err(e))
    return None


# --------------------------------------------------------------------------
# The boot.janet part

# These two add their own frames, at the places in their bodies the
# reference's traces show.

@boot_fn("net/close", "(net/close stream)", "Closes the stream; the same as `ev/close`.",
         noframe=True)
def net_close(stream):
    try:
        return ev_close(stream)
    except JanetError as e:
        cfun_frame(e, "ev/close")
        raise boot_frame(e, "net/close", 4148, 52)


@boot_fn("net/server", "(net/server host port &opt handler type no-reuse)",
         "Opens a server with `net/listen` and returns its stream.  With a "
         "`handler`, also serves it with `net/accept-loop` in a new task, so every "
         "connection runs the handler in a task of its own.  A handler is not "
         "allowed with `type` :datagram.  `no-reuse` is as for `net/listen`: by "
         "default several servers may share the host and port.", noframe=True)
def net_server(host, port, handler=None, type=None, no_reuse=None):
    if type is KW_DATAGRAM and handler is not None and handler is not False:
        raise boot_frame(JanetError(b"handler not supported for :datagram servers"),
                         "net/server", 4271, 5)
    try:
        s = net_listen(host, port, type, no_reuse)
    except JanetError as e:
        cfun_frame(e, "net/listen")
        raise boot_frame(e, "net/server", 4273, 12)
    if handler is not None and handler is not False:
        from .ev import ev_go
        from .prelude import closure

        def serve():
            try:
                return net_accept_loop(s, handler)
            except JanetError as e:
                cfun_frame(e, "net/accept-loop")
                raise boot_frame(e, "net/server-handler", 4275, 41)
        ev_go(closure("net/server-handler", serve, 0))
    return s


# Where the reference's boot.janet defines them (what `doc` shows).
_BOOT_POSITIONS = {"net/close": (4148, 3), "net/server": (4264, 3)}


def _place():
    from ..runtime import REGISTRY
    for e in REGISTRY:
        pos = _BOOT_POSITIONS.get(e.name)
        if pos is not None and e.source == "boot.janet":
            e.line, e.column = pos


_place()


SOCKET_METHODS = {
    kw("chunk"): net_chunk, kw("close"): ev_close, kw("read"): net_read,
    kw("write"): net_write, kw("flush"): net_flush, kw("accept"): net_accept,
    kw("accept-loop"): net_accept_loop, kw("send-to"): net_send_to,
    kw("recv-from"): net_recv_from, kw("evread"): ev_read, kw("evchunk"): ev_chunk,
    kw("evwrite"): ev_write, kw("shutdown"): net_shutdown,
    kw("setsockopt"): net_setsockopt,
}
