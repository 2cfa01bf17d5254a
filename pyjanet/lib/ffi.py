"""The ffi/* namespace: calling C functions of shared libraries.

Corresponds to the reference's src/core/ffi.c and the ffi part of its
boot.janet (ffi/context, ffi/defbind, ffi/defbind-alias), built on Python's
ctypes instead of the reference's hand-written calling conventions.

* Types are the reference's: primitive keywords (:int :double :ptr :string
  :size ...), structs (tuples of types, with :pack / :pack-all, or values of
  ffi/struct) and arrays (@[type count]).  Sizes, alignments and struct layouts
  are computed here exactly as the reference computes them; ctypes gets a
  Structure with the same layout when a struct is passed or returned by value.
* A raw address is a `values.Pointer`.  A string, keyword or symbol passed as
  :ptr is the address of its bytes; a buffer, the address of its storage
  (valid while the buffer is not resized); a Janet function, a handle that
  only the callback trampolines understand.
* `ffi/trampoline` with a calling convention is the reference's one callback
  type, `void f(void *ctx, void *userdata)`, calling the Janet function passed
  as userdata with ctx.  As a pyjanet extension, `(ffi/trampoline signature
  function)` makes a C callback of any signature (qsort's comparator, ...)
  that calls `function` with the converted arguments.
* An error raised by a Janet callback while C code runs is held and raised
  when the C function returns (a Python exception cannot unwind C frames).
* `ffi/pointer-buffer` copies the memory into a new buffer (a Python buffer
  cannot live in foreign memory), and `ffi/write` into that buffer also writes
  the memory; `ffi/pointer-cfunction` makes a cfunction
  that raises an error when called, since a C function written against the
  reference's C API has no runtime to call into here.
"""

import ctypes
import mmap
import os
import struct as _struct

from ..values import (Abstract, Array, Buffer, Keyword, Symbol, Pointer, Table,
                      kw, sym, mk_tuple, truthy)
from ..errors import JanetError, panic, panicf
from ..runtime import builtin, ccall, is_closure, is_function, dyn, setdyn, get as rt_get
from .. import args as A
from .inttypes import make_s64, make_u64, to_s64, to_u64
from .io import cstring
from .prelude import KW_FFI_CONTEXT
from .. import sandbox as SB

MAX_RECUR = 64
MAX_ARGS = 32

# primitive types: name -> (code, size, align, struct format)
_PRIMS = {}
(T_VOID, T_BOOL, T_PTR, T_STRING, T_FLOAT, T_DOUBLE, T_INT8, T_UINT8, T_INT16, T_UINT16,
 T_INT32, T_UINT32, T_INT64, T_UINT64, T_STRUCT) = range(15)
_INFO = {
    T_VOID: (0, 0, None, None), T_BOOL: (1, 1, "?", ctypes.c_bool),
    T_PTR: (8, 8, "Q", ctypes.c_void_p), T_STRING: (8, 8, "Q", ctypes.c_char_p),
    T_FLOAT: (4, 4, "f", ctypes.c_float), T_DOUBLE: (8, 8, "d", ctypes.c_double),
    T_INT8: (1, 1, "b", ctypes.c_int8), T_UINT8: (1, 1, "B", ctypes.c_uint8),
    T_INT16: (2, 2, "h", ctypes.c_int16), T_UINT16: (2, 2, "H", ctypes.c_uint16),
    T_INT32: (4, 4, "i", ctypes.c_int32), T_UINT32: (4, 4, "I", ctypes.c_uint32),
    T_INT64: (8, 8, "q", ctypes.c_int64), T_UINT64: (8, 8, "Q", ctypes.c_uint64),
}
for _names, _code in (
        (("void",), T_VOID), (("bool",), T_BOOL), (("ptr", "pointer"), T_PTR),
        (("string",), T_STRING), (("float", "r32"), T_FLOAT), (("double", "r64"), T_DOUBLE),
        (("int8", "s8", "char"), T_INT8), (("uint8", "u8", "byte", "uchar"), T_UINT8),
        (("int16", "s16", "short"), T_INT16), (("uint16", "u16", "ushort"), T_UINT16),
        (("int32", "s32", "int"), T_INT32), (("uint32", "u32", "uint"), T_UINT32),
        (("int64", "s64", "long", "ssize"), T_INT64),
        (("uint64", "u64", "ulong", "size"), T_UINT64)):
    for _n in _names:
        _PRIMS[_n.encode()] = _code

_MACHINE = os.uname().machine.lower()    # (what platform.machine() reads)
if _MACHINE in ("x86_64", "amd64"):
    DEFAULT_CC = "sysv64"
elif _MACHINE in ("aarch64", "arm64"):
    DEFAULT_CC = "aapcs64"
else:
    DEFAULT_CC = "none"

KW_PACK = kw("pack")
KW_PACK_ALL = kw("pack-all")


class FFIType:
    """A decoded type: a primitive code or T_STRUCT with its FFIStruct, and an
    array count (-1 when not an array)."""
    __slots__ = ("prim", "st", "count")

    def __init__(self, prim, st=None, count=-1):
        self.prim = prim
        self.st = st
        self.count = count

    def element(self):
        return FFIType(self.prim, self.st, -1)


def type_size(t):
    n = 1 if t.count < 0 else t.count
    if t.prim == T_STRUCT:
        return t.st.size * n
    return _INFO[t.prim][0] * n


def type_align(t):
    if t.prim == T_STRUCT:
        return t.st.align
    return _INFO[t.prim][1]


class FFIStruct(Abstract):
    """A `core/ffi-struct`: the fields (type, offset) of a C struct."""
    __slots__ = ("fields", "size", "align", "is_aligned", "_ctype")
    type_name = "core/ffi-struct"

    def ctype(self):
        """A ctypes Structure with this layout."""
        if self._ctype is None:
            fields = []
            pos = 0
            for i, (t, off) in enumerate(self.fields):
                if off > pos:
                    fields.append(("_pad%d" % i, ctypes.c_ubyte * (off - pos)))
                fields.append(("f%d" % i, ctype_of(t)))
                pos = off + type_size(t)
            if self.size > pos:
                fields.append(("_tail", ctypes.c_ubyte * (self.size - pos)))
            # _pack_ 1 with explicit padding gives exactly the computed offsets
            self._ctype = type("ffi_struct", (ctypes.Structure,),
                               {"_pack_": 1, "_fields_": fields})
        return self._ctype


def build_struct(items):
    n = len(items)
    all_packed = any(x is KW_PACK_ALL for x in items)
    st = FFIStruct()
    st.fields = []
    st.size = 0
    st.align = 1
    st._ctype = None
    if n == 0:
        panic("invalid empty struct")
    is_aligned = True
    j = 0
    while j < n:
        pack_one = False
        if items[j] is KW_PACK or items[j] is KW_PACK_ALL:
            pack_one = True
            j += 1
            if j == n:
                break
        t = decode_type(items[j])
        el_size = type_size(t)
        el_align = type_align(t)
        if el_align <= 0:
            panicf("bad field type %s", items[j])
        if all_packed or pack_one:
            if st.size % el_align:
                is_aligned = False
            st.fields.append((t, st.size))
            st.size += el_size
        else:
            st.align = max(st.align, el_align)
            off = (st.size + el_align - 1) // el_align * el_align
            st.fields.append((t, off))
            st.size = off + el_size
        j += 1
    st.is_aligned = is_aligned
    st.size = (st.size + st.align - 1) // st.align * st.align
    return st


def decode_type(x):
    c = x.__class__
    if c is Keyword:
        code = _PRIMS.get(x.bname)
        if code is None:
            panicf("unknown machine type %s", x)
        return FFIType(code)
    if c is FFIStruct:
        return FFIType(T_STRUCT, x)
    if c is Array:
        if len(x) not in (1, 2):
            panicf("array type must be of form @[type count], got %v", x)
        t = decode_type(x[0])
        t.count = 0 if len(x) == 1 else A.nat(x[1], 1)
        return t
    if isinstance(x, tuple):
        return FFIType(T_STRUCT, build_struct(list(x)))
    panicf("bad native type %v", x)


def ctype_of(t):
    if t.prim == T_STRUCT:
        base = t.st.ctype()
    else:
        base = _INFO[t.prim][3]
        if base is None:
            base = ctypes.c_ubyte * 0
    return base * t.count if t.count >= 0 else base


# --------------------------------------------------------------------------
# Addresses

# Janet functions handed to C as pointers (the reference roots them too), by
# the handle C code gets for them
_ROOTED = {}


def _buffer_address(b):
    if not len(b):
        return ctypes.cast(ctypes.c_char_p(b""), ctypes.c_void_p).value
    view = (ctypes.c_char * len(b)).from_buffer(b)
    addr = ctypes.addressof(view)
    del view        # release the export so the buffer can still grow
    return addr


def get_pointer(x, n):
    """The address a value stands for as a pointer argument (janet_ffi_getpointer)."""
    c = x.__class__
    if x is None:
        return None
    if c is Pointer:
        return x.address
    if c is bytes:
        return ctypes.cast(ctypes.c_char_p(x), ctypes.c_void_p).value
    if c is Keyword or c is Symbol:
        return ctypes.cast(ctypes.c_char_p(x.bname), ctypes.c_void_p).value
    if c is Buffer:
        return _buffer_address(x)
    if c is JitFn:
        return x.address
    if is_closure(x) or is_function(x):
        _ROOTED[id(x)] = x
        return id(x)
    if isinstance(x, Abstract):
        b = getattr(x, "janet_bytes", None)
        if b is not None:
            data = b()
            return ctypes.cast(ctypes.c_char_p(bytes(data)), ctypes.c_void_p).value
    panicf("bad slot #%d, expected ffi pointer convertible type, got %v", n, x)


def _pointer_arg(x, n):
    if x.__class__ is Pointer:
        return x.address
    panicf("bad slot #%d, expected pointer, got %v", n, x)


# --------------------------------------------------------------------------
# Values in memory

def _int32(x, n):
    return A.integer(x, n)


def write_one(buf, off, args, n, t, recur):
    """Write args[n] as type t into bytearray buf at off (janet_ffi_write_one)."""
    if recur == 0:
        panic("recursion too deep")
    x = args[n]
    if t.count >= 0:
        el = t.element()
        size = type_size(el)
        items = A.indexed(x, n)
        if len(items) != t.count:
            panicf("bad array length, expected %d, got %d", t.count, len(items))
        items = list(items)
        for i in range(len(items)):
            write_one(buf, off + i * size, items, i, el, recur - 1)
        return
    p = t.prim
    if p == T_VOID:
        if x is not None:
            panicf("expected nil, got %v", x)
        return
    if p == T_STRUCT:
        items = list(A.indexed(x, n))
        st = t.st
        if len(items) != len(st.fields):
            panicf("wrong number of fields in struct, expected %d, got %d",
                   len(st.fields), len(items))
        for i, (ft, foff) in enumerate(st.fields):
            write_one(buf, off + foff, items, i, ft, recur - 1)
        return
    fmt = _INFO[p][2]
    if p == T_DOUBLE or p == T_FLOAT:
        v = A.number(x, n)
    elif p == T_PTR:
        v = get_pointer(x, n) or 0
    elif p == T_STRING:
        v = get_pointer(cstring(x, n), n)
    elif p == T_BOOL:
        v = A.boolean(x, n)
    elif p in (T_INT8, T_INT16, T_INT32):
        v = _int32(x, n)
        bits = _INFO[p][0] * 8
        v = ((v + (1 << (bits - 1))) % (1 << bits)) - (1 << (bits - 1))
    elif p == T_INT64:
        v = to_s64(x)
    else:
        bits = _INFO[p][0] * 8
        v = to_u64(x) & ((1 << bits) - 1)
    _struct.pack_into("=" + fmt, buf, off, v)


def read_one(data, off, t, recur):
    """The Janet value of type t at off in data (bytes-like) (janet_ffi_read_one)."""
    if recur == 0:
        panic("recursion too deep")
    if t.count >= 0:
        el = t.element()
        size = type_size(el)
        return Array(read_one(data, off + i * size, el, recur - 1) for i in range(t.count))
    p = t.prim
    if p == T_VOID:
        return None
    if p == T_STRUCT:
        return tuple(read_one(data, off + foff, ft, recur - 1) for ft, foff in t.st.fields)
    v = _struct.unpack_from("=" + _INFO[p][2], data, off)[0]
    return _to_janet(p, v)


def _to_janet(p, v):
    if p == T_PTR:
        return Pointer(v) if v else None
    if p == T_STRING:
        if not v:
            return None
        return v if v.__class__ is bytes else ctypes.string_at(v)
    if p == T_BOOL:
        return bool(v)
    if p == T_INT64:
        return make_s64(v)
    if p == T_UINT64:
        return make_u64(v)
    return float(v)


def _memory(address, size):
    return ctypes.string_at(address, size)


# --------------------------------------------------------------------------
# Signatures and calls

class Signature(Abstract):
    """A `core/ffi-signature`: a calling convention, a return type and the
    argument types of a C function."""
    __slots__ = ("cc", "ret", "args", "_proto")
    type_name = "core/ffi-signature"

    def prototype(self):
        if self._proto is None:
            restype = None if (self.ret.prim == T_VOID and self.ret.count < 0) else \
                _ctype_for_call(self.ret)
            self._proto = ctypes.CFUNCTYPE(restype, *[_ctype_for_call(t) for t in self.args])
        return self._proto


def _ctype_for_call(t):
    if t.prim == T_STRING and t.count < 0:
        return ctypes.c_void_p      # converted by hand, NULL-safe
    if t.count >= 0:
        # C passes an array argument as a pointer to its first element
        return ctypes.c_void_p
    return ctype_of(t)


def decode_cc(x, n):
    name = A.keyword(x, n).name
    if name == "none":
        return "none"
    if name == DEFAULT_CC and name != "none":
        return name
    if name == "default":
        return DEFAULT_CC
    panicf("unknown calling convention %s", x)


# an error raised by a Janet callback while C code was running
_PENDING = []


def _arg_value(t, x, n, keep):
    """Convert Janet argument x (argv slot n) for ctypes."""
    if t.prim == T_STRUCT or t.count >= 0:
        buf = bytearray(type_size(t))
        write_one(buf, 0, [x], 0, t, MAX_RECUR)
        if t.count >= 0:
            keep.append(buf)
            return _buffer_address(buf)
        return t.st.ctype().from_buffer_copy(buf)
    p = t.prim
    if p == T_VOID:
        if x is not None:
            panicf("expected nil, got %v", x)
        return None
    if p == T_PTR:
        return get_pointer(x, n)
    if p == T_STRING:
        b = cstring(x, n)
        keep.append(b)
        return get_pointer(b, n)
    if p == T_DOUBLE or p == T_FLOAT:
        return A.number(x, n)
    if p == T_BOOL:
        return A.boolean(x, n)
    if p in (T_INT8, T_INT16, T_INT32):
        return _int32(x, n)
    if p == T_INT64:
        return to_s64(x)
    return to_u64(x)


def _result(t, v):
    if t.count >= 0:
        return None
    if t.prim == T_VOID:
        return None
    if t.prim == T_STRUCT:
        return read_one(bytes(v), 0, t, MAX_RECUR)
    if t.prim == T_PTR:
        return Pointer(v) if v else None
    if t.prim == T_STRING:
        return ctypes.string_at(v) if v else None
    return _to_janet(t.prim, v)


def call_pointer(address, sig, args, first_slot):
    """Call the C function at address with signature sig on Janet args."""
    if len(args) != len(sig.args):
        panicf("arity mismatch, expected %d, got %d", len(sig.args), len(args))
    if sig.cc == "none":
        panic("calling convention not supported")
    keep = []
    cargs = [_arg_value(t, x, first_slot + i, keep) for i, (t, x) in
             enumerate(zip(sig.args, args))]
    fn = sig.prototype()(address)
    depth = len(_PENDING)
    r = fn(*cargs)
    del keep
    if len(_PENDING) > depth:
        e = _PENDING[depth]     # the first error; later callbacks ran after it
        del _PENDING[depth:]
        raise e
    return _result(sig.ret, r)


def _callable_address(x, n):
    if x.__class__ is Pointer:
        return x.address
    if x.__class__ is JitFn:
        return x.address
    panicf("bad slot #%d, expected ffi callable pointer type, got %v", n, x)


class JitFn(Abstract):
    """An `ffi/jitfn`: machine code copied into executable memory."""
    __slots__ = ("mem", "address", "size")
    type_name = "ffi/jitfn"

    def janet_bytes(self):
        return bytes(self.mem[:self.size])

    def janet_length(self):
        return self.size


class Native(Abstract):
    """A `core/ffi-native`: a shared library opened with dlopen."""
    __slots__ = ("lib", "closed", "is_self")
    type_name = "core/ffi-native"


# --------------------------------------------------------------------------
# Callbacks

_TRAMPOLINE_PROTO = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


def _run_callback(f, args):
    """(True, result) or (False, None) with the error held in _PENDING."""
    try:
        return True, ccall(f, *args)
    except JanetError as e:
        _PENDING.append(e)
    except RecursionError:
        _PENDING.append(JanetError(b"stack overflow"))
    return False, None


def _standard_trampoline(ctx, userdata):
    f = _ROOTED.get(userdata) if userdata else None
    if f is None:
        from .io import eprint
        eprint(b"no userdata found for janet callback")
        return
    _run_callback(f, (Pointer(ctx) if ctx else None,))


_STANDARD = _TRAMPOLINE_PROTO(_standard_trampoline)
_STANDARD_ADDRESS = ctypes.cast(_STANDARD, ctypes.c_void_p).value
_CALLBACKS = []     # callbacks made by the extension form, kept alive


def _typed_callback(sig, f):
    def run(*cargs):
        args = []
        for t, v in zip(sig.args, cargs):
            args.append(_result(t, v) if t.prim != T_STRUCT else
                        read_one(bytes(v), 0, t, MAX_RECUR))
        ok, r = _run_callback(f, args)
        if sig.ret.prim == T_VOID:
            return None
        if not ok:
            return 0
        try:
            return _arg_value(sig.ret, r, 0, [])
        except JanetError as e:
            _PENDING.append(e)
            return 0
    cb = sig.prototype()(run)
    _CALLBACKS.append(cb)
    return Pointer(ctypes.cast(cb, ctypes.c_void_p).value)


# --------------------------------------------------------------------------
# The builtins

@builtin("ffi/struct", "(ffi/struct & types)",
         "A struct type made of the field types, for passing C structs by value "
         "or reading and writing them in memory.  :pack before a field places it "
         "without padding; :pack-all packs every field.", arity=(1, -1))
def ffi_struct(*types):
    if not types:
        panic("arity mismatch, expected at least 1, got 0")
    return build_struct(list(types))


@builtin("ffi/size", "(ffi/size type)", "The size in bytes of a C type.")
def ffi_size(t):
    return float(type_size(decode_type(t)))


@builtin("ffi/align", "(ffi/align type)", "The alignment in bytes of a C type.")
def ffi_align(t):
    return float(type_align(decode_type(t)))


@builtin("ffi/signature", "(ffi/signature calling-convention ret-type & arg-types)",
         "The signature of a C function, for `ffi/call`: its calling convention "
         "(:default, or one of `ffi/calling-conventions`), return type and argument "
         "types.", arity=(2, -1))
def ffi_signature(cc, ret, *arg_types):
    conv = decode_cc(cc, 0)
    rt_ = decode_type(ret)
    if len(arg_types) > MAX_ARGS:
        panicf("too many arguments, max %d", MAX_ARGS)
    s = Signature()
    s.cc = conv
    s.ret = rt_
    s.args = [decode_type(t) for t in arg_types]
    s._proto = None
    return s


@builtin("ffi/call", "(ffi/call pointer signature & args)",
         "Calls the C function at `pointer` with `args`, converted to C values as "
         "`signature` says; returns its result converted back (64-bit integers as "
         "int/s64 and int/u64, pointers as pointers or nil).", arity=(2, -1))
def ffi_call(pointer, signature, *args):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    address = _callable_address(pointer, 0)
    if signature.__class__ is not Signature:
        panicf("bad slot #1, expected core/ffi-signature, got %v", signature)
    return call_pointer(address, signature, args, 2)


@builtin("ffi/write", "(ffi/write ffi-type data &opt buffer index)",
         "Writes `data` as the C type would lay it out in memory, into `buffer` at "
         "`index` (by default a new buffer, at its end).  Returns the buffer.",
         arity=(2, 4))
def ffi_write(t, data, buffer=None, index=None):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    ty = decode_type(t)
    size = type_size(ty)
    buf = Buffer() if buffer is None else A.buffer(buffer, 2)
    idx = len(buf) if index is None else A.nat(index, 3)
    if idx > len(buf):
        panic("index out of bounds")
    foreign = _FOREIGN.get(id(buf))
    if foreign is not None and foreign[0] is buf and idx + size > foreign[2]:
        panic("buffer cannot reallocate foreign memory")
    if len(buf) < idx + size:
        buf.extend(bytes(idx + size - len(buf)))
    buf[idx:idx + size] = bytes(size)
    tmp = bytearray(size)
    write_one(tmp, 0, [t, data], 1, ty, MAX_RECUR)
    buf[idx:idx + size] = tmp
    if foreign is not None and foreign[0] is buf:
        ctypes.memmove(foreign[1] + idx, bytes(tmp), size)
    return buf


@builtin("ffi/read", "(ffi/read ffi-type bytes &opt offset)",
         "Reads a value of the C type from `bytes` (a string, buffer, or, unsafely, "
         "a pointer) at `offset`: the inverse of `ffi/write`.  Structs read as "
         "tuples, arrays as arrays.", arity=(2, 3))
def ffi_read(t, data, offset=None):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    ty = decode_type(t)
    off = 0 if offset is None else A.nat(offset, 2)
    size = type_size(ty)
    if data.__class__ is Pointer:
        return read_one(_memory(data.address + off, size), 0, ty, MAX_RECUR)
    b = A.bytes_(data, 1)
    if len(b) < off + size:
        panic("read out of range")
    return read_one(bytes(b), off, ty, MAX_RECUR)


@builtin("ffi/trampoline", "(ffi/trampoline cc)",
         "A pointer to a C function `void f(void *ctx, void *userdata)` that calls "
         "the Janet function passed as `userdata` with `ctx` (a pointer): the "
         "callback to hand to C libraries.  pyjanet extension: "
         "`(ffi/trampoline signature function)` is a C function of any signature "
         "that calls `function` with its arguments converted to Janet values and "
         "returns its result converted back.", arity=(0, 2))
def ffi_trampoline(cc=None, function=None):
    if cc.__class__ is Signature:
        if not (is_closure(function) or is_function(function)):
            A.panic_type(function, 1, "function")
        return _typed_callback(cc, function)
    if function is not None:
        panicf("arity mismatch, expected at most 1, got 2")
    conv = DEFAULT_CC if cc is None else decode_cc(cc, 0)
    if conv == "none":
        panic("calling convention not supported")
    return Pointer(_STANDARD_ADDRESS)


@builtin("ffi/native", "(ffi/native &opt path)",
         "Opens the shared library at `path` (the running program when nil) without "
         "running anything in it; look its symbols up with `ffi/lookup`.",
         arity=(0, 1))
def ffi_native(path=None):
    SB.sandbox_assert(SB.SANDBOX_FFI_DEFINE)
    p = None if path is None else cstring(path, 0)
    try:
        lib = ctypes.CDLL(None if p is None else p.decode("utf-8", "surrogateescape"))
    except OSError as e:
        panic(str(e))
    n = Native()
    n.lib = lib
    n.closed = False
    n.is_self = p is None
    return n


def _native(x, n):
    if x.__class__ is Native:
        return x
    panicf("bad slot #%d, expected core/ffi-native, got %v", n, x)


@builtin("ffi/lookup", "(ffi/lookup native symbol-name)",
         "The address of the symbol `symbol-name` in the library, as a pointer, or "
         "nil when it has none.")
def ffi_lookup(native, name):
    SB.sandbox_assert(SB.SANDBOX_FFI_DEFINE)
    lib = _native(native, 0)
    s = cstring(name, 1)
    if lib.closed:
        panic("native object already closed")
    try:
        f = getattr(lib.lib, s.decode("utf-8", "surrogateescape"))
    except AttributeError:
        return None
    return Pointer(ctypes.cast(f, ctypes.c_void_p).value)


@builtin("ffi/close", "(ffi/close native)",
         "Closes the library; pointers into it are invalid from then on.")
def ffi_close(native):
    SB.sandbox_assert(SB.SANDBOX_FFI_DEFINE)
    lib = _native(native, 0)
    if lib.closed:
        panic("native object already closed")
    if lib.is_self:
        panic("cannot close self")
    lib.closed = True
    import _ctypes
    _ctypes.dlclose(lib.lib._handle)
    return None


_libc = ctypes.CDLL(None)
_libc.malloc.restype = ctypes.c_void_p
_libc.malloc.argtypes = [ctypes.c_size_t]
_libc.free.argtypes = [ctypes.c_void_p]


@builtin("ffi/malloc", "(ffi/malloc size)",
         "Allocates `size` bytes of C memory and returns a pointer to it (nil for "
         "0).  Free it with `ffi/free`.")
def ffi_malloc(size):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    n = A.nat(size, 0) if A.is_int(size) else A.int64(size, 0)
    if n == 0:
        return None
    p = _libc.malloc(n)
    if not p:
        panic("out of memory")
    return Pointer(p)


@builtin("ffi/free", "(ffi/free pointer)",
         "Frees memory from `ffi/malloc`.  Returns nil.")
def ffi_free(pointer):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    if pointer is None:
        return None
    _libc.free(_pointer_arg(pointer, 0))
    return None


@builtin("ffi/pointer-buffer", "(ffi/pointer-buffer pointer capacity &opt count offset)",
         "A buffer holding the `count` bytes (0 by default) at `pointer` + `offset`, "
         "with room for `capacity`.  pyjanet copies the bytes: `ffi/write` into the "
         "buffer writes the C memory too, other changes to either side are not "
         "seen by the other.",
         arity=(2, 4))
def ffi_pointer_buffer(pointer, capacity, count=None, offset=None):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    addr = _pointer_arg(pointer, 0)
    A.nat(capacity, 1)
    n = 0 if count is None else A.nat(count, 2)
    off = 0 if offset is None else A.int64(offset, 3)
    buf = Buffer(_memory(addr + off, n)) if n else Buffer()
    _FOREIGN[id(buf)] = (buf, addr + off, A.nat(capacity, 1))
    return buf


# buffers made by ffi/pointer-buffer: id -> (buffer, address, capacity), so
# that ffi/write into one also writes the C memory
_FOREIGN = {}


@builtin("ffi/pointer-cfunction",
         "(ffi/pointer-cfunction pointer &opt name source-file source-line)",
         "A cfunction for the C function at `pointer`, written against the "
         "reference's C API (`Janet f(int32_t argc, Janet *argv)`).  pyjanet has no "
         "such runtime, so calling it raises an error.", arity=(1, 4))
def ffi_pointer_cfunction(pointer, name=None, source=None, line=None):
    SB.sandbox_assert(SB.SANDBOX_FFI_USE)
    addr = _pointer_arg(pointer, 0)
    label = cstring(name, 1) if name is not None else None
    if source is not None:
        cstring(source, 2)
    if line is not None:
        A.integer(line, 3)

    def cfunction(*args):
        panicf("cannot call C function at 0x%s: pyjanet has no C runtime for the "
               "reference's C API", b"%X" % addr)
    reg = builtin(label.decode("utf-8", "replace") if label else "ffi/cfunction",
                  register=False, arity=(0, -1))
    return reg(cfunction)


@builtin("ffi/calling-conventions", "(ffi/calling-conventions)",
         "The calling conventions this machine supports, as an array of keywords; "
         ":none, always present, cannot be called.")
def ffi_calling_conventions():
    out = Array()
    if DEFAULT_CC != "none":
        out.append(kw(DEFAULT_CC))
    out.append(kw("none"))
    return out


@builtin("ffi/jitfn", "(ffi/jitfn bytes)",
         "Copies machine code into executable memory; the result can be called "
         "with `ffi/call`.")
def ffi_jitfn(data):
    SB.sandbox_assert(SB.SANDBOX_FFI_JIT)
    b = bytes(A.bytes_(data, 0))
    page = mmap.PAGESIZE
    size = max((len(b) + page - 1) // page * page, page)   # whole pages, as mapped
    try:
        mem = mmap.mmap(-1, size, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    except (OSError, ValueError) as e:
        panic(str(e))
    mem.write(b)
    j = JitFn()
    j.mem = mem
    j.size = size
    j.address = ctypes.addressof(ctypes.c_char.from_buffer(mem))
    return j


# --------------------------------------------------------------------------
# The boot.janet part: the context and the binding macros

KW_NATIVE_PATH = kw("native-path")
KW_NATIVE = kw("native")
KW_NATIVE_LAZY = kw("native-lazy")
KW_LAZY = kw("lazy")
KW_MAP_SYMBOLS = kw("map-symbols")


def _boot(name, usage, doc, **kw_):
    return builtin(name, usage, doc, kind="function", source="boot.janet", **kw_)


def _default_mangle(name, *_):
    return bytes(A.bytes_(name, 0)).replace(b"-", b"_")


default_mangle = _boot("default-mangle", "(default-mangle name &)", "",
                       register=False, arity=(1, -1))(_default_mangle)


def _named(rest, names):
    out = {}
    # an odd last argument is dropped, as the reference's &named does
    for i in range(0, len(rest) - 1, 2):
        k = rest[i]
        if k.__class__ is Keyword and k.name in names:
            out[k.name] = rest[i + 1]
    return out


@_boot("ffi/context", "(ffi/context &opt native-path &named map-symbols lazy)",
       "Makes the library at `native-path` (the running program when nil) the one "
       "ffi/defbind binds from, with `map-symbols` turning Janet names into C "
       "symbol names (by default - becomes _) and, with `lazy`, opened only when "
       "first used.  Sets and returns (dyn *ffi-context*).", arity=(0, -1))
def ffi_context(native_path=None, *rest):
    opts = _named(rest, ("map-symbols", "lazy"))
    ms = opts.get("map-symbols")
    if ms is None:
        ms = default_mangle
    lazy = opts.get("lazy")
    lib = None if truthy(lazy) else ffi_native(native_path)
    t = Table()
    if native_path is not None:
        t[KW_NATIVE_PATH] = native_path
    if lib is not None:
        t[KW_NATIVE] = lib
    if truthy(lazy):
        holder = []

        def lazy_lib(*_):
            if not holder:
                holder.append(ffi_native(native_path))
            return holder[0]
        t[KW_NATIVE_LAZY] = builtin("delay", register=False, arity=(0, -1))(lazy_lib)
        t[KW_LAZY] = lazy
    t[KW_MAP_SYMBOLS] = ms
    return setdyn(KW_FFI_CONTEXT, t)


def _eval(form):
    from .eval import eval_ as _ev
    return _ev(form)


@builtin("ffi/defbind-alias", "(ffi/defbind-alias name alias ret-type & body)",
         "Defines the Janet function `alias` calling the C function `name` of the "
         "current ffi context: body is optional metadata (a docstring...) and then "
         "the parameters as [param type ...].  The types are evaluated.",
         kind="function", source="boot.janet", macro=True, arity=(3, -1))
def ffi_defbind_alias(name, alias, ret_type, *body):
    if not body:
        panic("expected at least 4 arguments")
    real_ret = _eval(ret_type)
    meta = body[:-1]
    params = list(A.indexed(body[-1], 0))
    formal = params[0::2]
    types = params[1::2]
    computed = _eval(mk_tuple(types, brackets=True))
    ctx = dyn(KW_FFI_CONTEXT)
    if not truthy(ctx):
        raise JanetError(b"no ffi context found")
    lazy = rt_get(ctx, KW_LAZY)
    raw = ccall(rt_get(ctx, KW_MAP_SYMBOLS), name.bname if hasattr(name, "bname") else name)

    def make_sig():
        return ffi_signature(kw("default"), real_ret, *computed)

    def make_ptr():
        lib = ccall(rt_get(ctx, KW_NATIVE_LAZY)) if truthy(lazy) else rt_get(ctx, KW_NATIVE)
        p = ffi_lookup(lib, raw)
        if not truthy(p):
            from .string import string_format_
            raise JanetError(string_format_(b"failed to find ffi symbol %v", raw))
        return p
    params_t = mk_tuple(formal, brackets=True)
    if truthy(lazy):
        cache = {}

        def lazy_ptr(*_):
            if "p" not in cache:
                cache["p"] = make_ptr()
            return cache["p"]

        def lazy_sig(*_):
            if "s" not in cache:
                cache["s"] = make_sig()
            return cache["s"]
        lp = builtin("delay", register=False, arity=(0, -1))(lazy_ptr)
        ls = builtin("delay", register=False, arity=(0, -1))(lazy_sig)
        call_form = (ffi_call, (lp,), (ls,)) + tuple(formal)
    else:
        call_form = (ffi_call, make_ptr(), make_sig()) + tuple(formal)
    return (sym("defn"), alias) + tuple(meta) + (params_t, call_form)


@builtin("ffi/defbind", "(ffi/defbind name ret-type & body)",
         "Defines the Janet function `name` calling the C function of that name "
         "(with - turned into _ by default) of the current ffi context: "
         "`(ffi/defbind strlen :size [s :string])`.",
         kind="function", source="boot.janet", macro=True, arity=(2, -1))
def ffi_defbind(name, ret_type, *body):
    return (sym("ffi/defbind-alias"), name, name, ret_type) + body
