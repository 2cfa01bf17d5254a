"""Capabilities a script may be denied: the reference's sandbox flags.

Mirrors the JANET_SANDBOX_* bits of the reference's janet.h, the capability
names of `sandbox` (corelib.c's sandbox_options) and `janet_sandbox` /
`janet_sandbox_assert` of vm.c.  Every builtin that touches the outside world
(files, network, subprocesses, the environment, signals, threads, Python
objects) asks `sandbox_assert` first; the `sandbox` function (lib/core.py) and
the embedding API's sandboxed sessions add forbidden bits.  A bit once added
is never cleared.

Where the bits live.  The reference keeps them in its VM, and each VM is one
interpreter.  pyjanet has one interpreter state per process, shared by the
command line and every embedding session (`pyjanet.Janet`), so the bits live
in a `Domain`: the command line (and code that runs outside any session) uses
the process's DEFAULT domain, and each session has a domain of its own.
`CURRENT` is the domain whose bits are in force; `enter`/`leave` switch it
when the host calls into a session (pyjanet/limits.py does that), so a
sandboxed session never restricts another, and `(sandbox ...)` in a
session's script restricts that session only, as it would restrict only its
own VM in the reference.  `ev/thread` runs its function in the same
interpreter here, so it starts under the bits of the code that started it, as
in the reference (which copies them to the new thread's VM); unlike there, a
`sandbox` call in the thread restricts its starter as well.

A builtin that reaches the outside world asks `sandbox_assert` with the
reference's bit at the reference's place in its C function: as its first
line where the reference checks before anything else, and then also in
BEFORE_ARITY, since pyjanet's arity check comes before a builtin runs.

This module sits at the runtime layer: it imports nothing of ours but errors.
"""

from .errors import JanetError

# The reference's bits (janet.h), in its order.
SANDBOX_SANDBOX = 1
SANDBOX_SUBPROCESS = 2
SANDBOX_NET_CONNECT = 4
SANDBOX_NET_LISTEN = 8
SANDBOX_FFI_DEFINE = 16
SANDBOX_FS_WRITE = 32
SANDBOX_FS_READ = 64
SANDBOX_HRTIME = 128
SANDBOX_ENV = 256
SANDBOX_DYNAMIC_MODULES = 512
SANDBOX_FS_TEMP = 1024
SANDBOX_FFI_USE = 2048
SANDBOX_FFI_JIT = 4096
SANDBOX_SIGNAL = 8192
SANDBOX_CHROOT = 16384
SANDBOX_COMPILE = 32768
SANDBOX_ASM = 65536
SANDBOX_THREADS = 131072
SANDBOX_UNMARSHAL = 262144
# pyjanet's own: reaching Python objects and modules through `py/`.  Its
# capability name is :python; :all includes it.
SANDBOX_PYTHON = 1 << 24

SANDBOX_FFI = SANDBOX_FFI_DEFINE | SANDBOX_FFI_USE | SANDBOX_FFI_JIT
SANDBOX_FS = SANDBOX_FS_WRITE | SANDBOX_FS_READ | SANDBOX_FS_TEMP
SANDBOX_NET = SANDBOX_NET_CONNECT | SANDBOX_NET_LISTEN
SANDBOX_ALL = 0xFFFFFFFF

# The capability names `sandbox` accepts, in the reference's order (plus
# :python, pyjanet's own).
CAPABILITIES = {
    "all": SANDBOX_ALL,
    "asm": SANDBOX_ASM,
    "chroot": SANDBOX_CHROOT,
    "compile": SANDBOX_COMPILE,
    "env": SANDBOX_ENV,
    "ffi": SANDBOX_FFI,
    "ffi-define": SANDBOX_FFI_DEFINE,
    "ffi-jit": SANDBOX_FFI_JIT,
    "ffi-use": SANDBOX_FFI_USE,
    "fs": SANDBOX_FS,
    "fs-read": SANDBOX_FS_READ,
    "fs-temp": SANDBOX_FS_TEMP,
    "fs-write": SANDBOX_FS_WRITE,
    "hrtime": SANDBOX_HRTIME,
    "modules": SANDBOX_DYNAMIC_MODULES,
    "net": SANDBOX_NET,
    "net-connect": SANDBOX_NET_CONNECT,
    "net-listen": SANDBOX_NET_LISTEN,
    "python": SANDBOX_PYTHON,
    "sandbox": SANDBOX_SANDBOX,
    "signal": SANDBOX_SIGNAL,
    "subprocess": SANDBOX_SUBPROCESS,
    "threads": SANDBOX_THREADS,
    "unmarshal": SANDBOX_UNMARSHAL,
}

FORBIDDEN = b"operation forbidden by sandbox"


class Domain:
    """The forbidden bits of one interpreter: the process's (DEFAULT) or an
    embedding session's."""
    __slots__ = ("bits",)

    def __init__(self, bits=0):
        self.bits = bits


DEFAULT = Domain()


class _Current:
    """The domain in force and the bits checked (its bits, plus those a
    sandboxed call nested in this one left behind: see pyjanet/limits.py)."""
    __slots__ = ("domain", "bits")

    def __init__(self):
        self.domain = DEFAULT
        self.bits = 0


CURRENT = _Current()
# The name this module first had for the bits in force: read `.bits`, add
# bits with `forbid`.
FLAGS = CURRENT


def sandbox_assert(bits):
    """Raise the reference's error when any of `bits` is forbidden."""
    if CURRENT.bits & bits:
        raise JanetError(FORBIDDEN)


# The builtins whose reference C function asks the sandbox before it checks
# its arity, with the bits it asks.  pyjanet's arity check comes before a
# builtin runs, so runtime.call_fallback asks here before it reports an arity
# error; each builtin's own first line asks for calls of the right arity.
BEFORE_ARITY = {
    "os/getpid": SANDBOX_SUBPROCESS, "os/execute": SANDBOX_SUBPROCESS,
    "os/spawn": SANDBOX_SUBPROCESS, "os/shell": SANDBOX_SUBPROCESS,
    "os/posix-exec": SANDBOX_SUBPROCESS, "os/posix-fork": SANDBOX_SUBPROCESS,
    "os/posix-chroot": SANDBOX_CHROOT, "os/sigaction": SANDBOX_SIGNAL,
    "os/environ": SANDBOX_ENV, "os/getenv": SANDBOX_ENV, "os/setenv": SANDBOX_ENV,
    "os/clock": SANDBOX_HRTIME,
    "os/link": SANDBOX_FS_WRITE, "os/symlink": SANDBOX_FS_WRITE,
    "os/mkdir": SANDBOX_FS_WRITE, "os/rmdir": SANDBOX_FS_WRITE,
    "os/touch": SANDBOX_FS_WRITE, "os/chmod": SANDBOX_FS_WRITE,
    "os/umask": SANDBOX_FS_WRITE, "os/rename": SANDBOX_FS_WRITE,
    "os/cd": SANDBOX_FS_READ, "os/stat": SANDBOX_FS_READ, "os/lstat": SANDBOX_FS_READ,
    "os/dir": SANDBOX_FS_READ, "os/realpath": SANDBOX_FS_READ,
    "file/temp": SANDBOX_FS_TEMP,
    "net/address": SANDBOX_NET_CONNECT, "net/connect": SANDBOX_NET_CONNECT,
    "net/listen": SANDBOX_NET_LISTEN,
    "ev/thread": SANDBOX_THREADS, "unmarshal": SANDBOX_UNMARSHAL,
    "compile": SANDBOX_COMPILE, "asm": SANDBOX_ASM, "disasm": SANDBOX_ASM,
    "filewatch/new": SANDBOX_FS_READ,
}


def checked_before_arity(name):
    """Whether builtin `name`, called with the wrong number of arguments,
    reports the sandbox's error rather than the arity error."""
    bits = BEFORE_ARITY.get(name)
    return bits is not None and (CURRENT.bits & bits) != 0


def forbid(bits):
    """Forbid `bits` from now on in the current domain (janet_sandbox):
    itself forbidden once :sandbox is."""
    sandbox_assert(SANDBOX_SANDBOX)
    CURRENT.domain.bits |= bits
    CURRENT.bits |= bits


def enter(domain):
    """Make `domain` the one in force; returns what `leave` restores."""
    saved = (CURRENT.domain, CURRENT.bits)
    CURRENT.domain = domain
    CURRENT.bits = domain.bits
    return saved


def leave(saved, keep=0):
    """Restore what `enter` saved, still forbidding `keep` (bits a nested
    sandboxed call leaves in force for the rest of the outer call)."""
    CURRENT.domain, bits = saved
    CURRENT.bits = bits | keep | CURRENT.domain.bits


def bits_of(names):
    """The bits of capability names (str, bytes or keywords, with or without
    the leading colon); ValueError naming the first unknown one."""
    bits = 0
    for n in names:
        s = getattr(n, "bname", n)
        if isinstance(s, (bytes, bytearray)):
            s = bytes(s).decode("utf-8", "replace")
        if not isinstance(s, str):
            raise TypeError("a capability name is a string, got %r" % (n,))
        s = s[1:] if s.startswith(":") else s
        b = CAPABILITIES.get(s)
        if b is None:
            raise ValueError("unknown capability :%s" % s)
        bits |= b
    return bits


def reset():
    """A fresh process's state: nothing forbidden (the test runner's reset)."""
    DEFAULT.bits = 0
    CURRENT.domain = DEFAULT
    CURRENT.bits = 0
