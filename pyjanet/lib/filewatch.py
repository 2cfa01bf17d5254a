"""The filewatch/* namespace: file system events delivered to a channel.

Corresponds to the reference's src/core/filewatch.c (its Linux part).  A
watcher is an inotify instance, made and fed through the C library with
ctypes (the standard library has no inotify binding, and the C calls are
three); its descriptor is watched by the event loop (evloop.watch_fd), and
each inotify record becomes a struct given to the watcher's channel the way
the reference's janet_channel_give does (without ever blocking).
"""

import ctypes
import os
import struct

from ..values import Abstract, Keyword, Struct, Table, kw
from ..errors import panic, panicf
from ..runtime import builtin
from .. import evloop as L
from .ev import Channel
from .io import cstring
from .. import sandbox as SB

# <sys/inotify.h>, in the reference's (sorted) order of flag names
FLAGS = (
    ("access", 0x1), ("all", 0xFFF), ("attrib", 0x4), ("close-nowrite", 0x10),
    ("close-write", 0x8), ("create", 0x100), ("delete", 0x200),
    ("delete-self", 0x400), ("ignored", 0x8000), ("modify", 0x2),
    ("move-self", 0x800), ("moved-from", 0x40), ("moved-to", 0x80), ("open", 0x20),
    ("q-overflow", 0x4000), ("unmount", 0x2000),
)
_FLAG_BY_KW = {kw(name): bit for name, bit in FLAGS}
_TYPE_KWS = [(kw(name), bit) for name, bit in FLAGS]
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC
_EVENT = struct.Struct("iIII")      # wd, mask, cookie, len

KW_WD = kw("wd")
KW_WD_PATH = kw("wd-path")
KW_DIR_NAME = kw("dir-name")
KW_FILE_NAME = kw("file-name")
KW_COOKIE = kw("cookie")
KW_TYPE = kw("type")

_libc = None


def _c():
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.inotify_init1.argtypes = [ctypes.c_int]
        _libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        _libc.inotify_rm_watch.argtypes = [ctypes.c_int, ctypes.c_int]
    return _libc


def _lasterr():
    panic(os.strerror(ctypes.get_errno()))


class Watcher(Abstract):
    """A `filewatch/watcher`: an inotify descriptor, the paths it watches (path
    to descriptor and back) and the channel its events go to."""
    __slots__ = ("fd", "descriptors", "channel", "default_flags", "watching", "watch")
    type_name = "filewatch/watcher"

    def __init__(self, channel, default_flags):
        while True:
            fd = _c().inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
            if fd != -1 or ctypes.get_errno() != 4:     # retry on EINTR
                break
        if fd == -1:
            _lasterr()
        self.fd = fd
        self.descriptors = Table()
        self.channel = channel
        self.default_flags = default_flags
        self.watching = False
        self.watch = None

    def __del__(self):
        if self.fd >= 0 and not self.watching:
            try:
                os.close(self.fd)
            except OSError:
                pass

    def on_ready(self):
        """Read what inotify has and give an event per record; True once the
        watcher is closed (the loop then stops watching it)."""
        while True:
            try:
                data = os.read(self.fd, 4096)
            except BlockingIOError:
                return False
            except OSError:
                return True
            if len(data) < _EVENT.size:
                return False
            pos = 0
            # As in the reference, a record without a name (one of a watched
            # file) takes the name of an earlier record of the same read.
            name = None
            while pos + _EVENT.size <= len(data):
                wd, mask, cookie, n = _EVENT.unpack_from(data, pos)
                pos += _EVENT.size
                if n:
                    name = data[pos:pos + n].split(b"\0", 1)[0]
                    pos += n
                self.channel.push(self._event(wd, mask, cookie, name), 2)

    def _event(self, wd, mask, cookie, name):
        path = self.descriptors.get(float(wd))
        ev = Struct()
        ev[KW_WD] = float(wd)
        if path is not None:
            ev[KW_WD_PATH] = path
        if name is None and path is not None:
            # a watched file: its path split into directory and base name
            cut = path.rfind(b"/")
            if cut <= 0:
                ev[KW_DIR_NAME] = path
            else:
                ev[KW_DIR_NAME] = path[:cut]
                ev[KW_FILE_NAME] = path[cut + 1:]
        else:
            if path is not None:
                ev[KW_DIR_NAME] = path
            if name is not None:
                ev[KW_FILE_NAME] = name
        ev[KW_COOKIE] = float(cookie)
        for key, bit in _TYPE_KWS:
            if mask & bit == bit:
                ev[KW_TYPE] = key       # the last matching flag, as the reference
        return ev


def _flags(options, first):
    bits = 0
    for x in options:
        if x.__class__ is not Keyword:
            panicf("expected keyword, got %v", x)
        bit = _FLAG_BY_KW.get(x)
        if bit is None:
            panicf("unknown linux flag %v", x)
        bits |= bit
    return bits


def _watcher(x, n):
    if isinstance(x, Watcher):
        return x
    panicf("bad slot #%d, expected filewatch/watcher, got %v", n, x)


@builtin("filewatch/new", "(filewatch/new channel & default-flags)",
         "Makes a watcher that gives a struct to `channel` for each file system "
         "event on the paths added to it with `filewatch/add` (`default-flags` are "
         "added to every path's flags).  An event has :type (the kind of event, one "
         "of the flags of `filewatch/add` but :all), :file-name and :dir-name, and "
         "on Linux also :wd (the number `filewatch/add` gave the watched path), "
         ":wd-path (that path) and :cookie (the same number for the halves of a "
         "rename).  Events arrive once `filewatch/listen` is called.",
         arity=(1, -1))
def filewatch_new(channel, *flags):
    SB.sandbox_assert(SB.SANDBOX_FS_READ)
    if not isinstance(channel, Channel):
        panicf("bad slot #0, expected core/channel, got %v", channel)
    return Watcher(channel, _flags(flags, 1))


@builtin("filewatch/add", "(filewatch/add watcher path flag & more-flags)",
         "Watches `path` (a file or a directory) for the events named by the flags, "
         "the names of Linux's inotify IN_* flags: :access :all :attrib "
         ":close-nowrite :close-write :create :delete :delete-self :ignored :modify "
         ":move-self :moved-from :moved-to :open :q-overflow :unmount.  Returns the "
         "watcher.", arity=(2, -1))
def filewatch_add(watcher, path, *flags):
    w = _watcher(watcher, 0)
    p = cstring(path, 1)
    bits = w.default_flags | _flags(flags, 2)
    while True:
        wd = _c().inotify_add_watch(w.fd, p, bits)
        if wd != -1 or ctypes.get_errno() != 4:
            break
    if wd == -1:
        _lasterr()
    w.descriptors[p] = float(wd)
    w.descriptors[float(wd)] = p
    return watcher


@builtin("filewatch/remove", "(filewatch/remove watcher path)",
         "Stops watching `path` (an :ignored event follows).  Returns the watcher.")
def filewatch_remove(watcher, path):
    w = _watcher(watcher, 0)
    p = cstring(path, 1)
    wd = w.descriptors.get(p)
    if wd.__class__ is not float:
        panic("bad watch descriptor")
    if _c().inotify_rm_watch(w.fd, int(wd)) == -1:
        _lasterr()
    return watcher


@builtin("filewatch/listen", "(filewatch/listen watcher)",
         "Starts giving the watcher's events to its channel, from the event loop, "
         "until `filewatch/unlisten`.  (While it listens, the loop does not end.)")
def filewatch_listen(watcher):
    w = _watcher(watcher, 0)
    if w.watching:
        panic("already watching")
    w.watching = True
    w.watch = L.watch_fd(w.fd, w.on_ready)
    return None


@builtin("filewatch/unlisten", "(filewatch/unlisten watcher)",
         "Stops the watcher: no more events, and its inotify descriptor is closed.")
def filewatch_unlisten(watcher):
    w = _watcher(watcher, 0)
    if not w.watching:
        return None
    w.watching = False
    L.unwatch_fd(w.watch)
    w.watch = None
    fd, w.fd = w.fd, -1
    try:
        os.close(fd)
    except OSError:
        pass
    return None
