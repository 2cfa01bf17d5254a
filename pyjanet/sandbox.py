"""Capabilities a script may be denied: the reference's sandbox flags.

Mirrors the JANET_SANDBOX_* bits of the reference's janet.h and
`janet_sandbox_assert` of vm.c.  Every builtin that touches the outside world
(files, network, subprocesses, the environment, signals, threads, Python
objects) asks `sandbox_assert` first; the `sandbox` function and the embedding
API's sandboxed sessions set the forbidden bits.  Once set, a bit is never
cleared for that interpreter state.

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
# pyjanet's own: reaching Python objects and modules through `py/`.
SANDBOX_PYTHON = 1 << 24

SANDBOX_FFI = SANDBOX_FFI_DEFINE | SANDBOX_FFI_USE | SANDBOX_FFI_JIT
SANDBOX_FS = SANDBOX_FS_WRITE | SANDBOX_FS_READ | SANDBOX_FS_TEMP
SANDBOX_NET = SANDBOX_NET_CONNECT | SANDBOX_NET_LISTEN
SANDBOX_ALL = 0xFFFFFFFF

FORBIDDEN = b"operation forbidden by sandbox"


class _Flags:
    """The forbidden bits of this interpreter state."""
    bits = 0


FLAGS = _Flags()


def sandbox_assert(bits):
    """Raise the reference's error when any of `bits` is forbidden."""
    if FLAGS.bits & bits:
        raise JanetError(FORBIDDEN)
