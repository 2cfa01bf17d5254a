"""Shared argument checkers for builtins: the reference's janet_get* family.

Corresponds to src/core/capi.c (janet_getnumber, janet_getinteger, janet_getbytes,
janet_getindexed, janet_getslice, janet_panic_type ...).  Every builtin checks its
arguments through these so the error text is always the reference's, e.g.
`bad slot #0, expected number, got "a"`.  `n` is the argument's index.
"""

from .values import (Symbol, Keyword, Buffer, Array, Tuple, Struct, Table, Abstract,
                     FuncDef)
from .errors import panicf
from .values import _FUNCTION_TYPES

__all__ = [
    "panic_type", "number", "opt_number", "integer", "opt_integer", "nat", "opt_nat",
    "string", "opt_string", "bytes_", "opt_bytes", "keyword", "symbol", "buffer",
    "opt_buffer", "array", "opt_array", "tuple_", "table", "opt_table", "struct",
    "indexed", "dictionary", "function", "callable_", "boolean", "abstract", "slice_range",
    "index_arg", "start_range", "end_range", "is_int", "int64", "uint32", "to_int",
    "fiber", "s64", "u64",
]


def panic_type(x, n, expected):
    """`bad slot #n, expected <types>, got <x>`; expected is a type name or tuple."""
    if isinstance(expected, str):
        expected = (expected,)
    panicf("bad slot #%d, expected %T, got %v", n, expected, x)


def is_int(x):
    """An integer-valued number in the 32-bit signed range (janet_checkint)."""
    return (x.__class__ is float and x.is_integer() and -2147483648.0 <= x <= 2147483647.0) or (
        x.__class__ is int and -2147483648 <= x <= 2147483647)


def number(x, n):
    c = x.__class__
    if c is float:
        return x
    if c is int:
        return float(x)
    panic_type(x, n, "number")


def opt_number(x, n, default):
    return default if x is None else number(x, n)


def integer(x, n):
    """A 32-bit signed integer as a Python int."""
    if x.__class__ is float and x.is_integer() and -2147483648.0 <= x <= 2147483647.0:
        return int(x)       # (the common case, without the call of is_int)
    if is_int(x):
        return int(x)
    panicf("bad slot #%d, expected 32 bit signed integer, got %v", n, x)


def opt_integer(x, n, default):
    return default if x is None else integer(x, n)


def uint32(x, n):
    if (x.__class__ in (float, int)) and float(x).is_integer() and 0 <= x <= 4294967295:
        return int(x)
    panicf("bad slot #%d, expected 32 bit unsigned integer, got %v", n, x)


def int64(x, n):
    if (x.__class__ in (float, int)) and float(x).is_integer() and \
            -9007199254740992 <= x <= 9007199254740992:
        return int(x)
    panicf("bad slot #%d, expected 64 bit signed integer, got %v", n, x)


def nat(x, n):
    """A non-negative 32-bit integer as a Python int."""
    if is_int(x) and x >= 0:
        return int(x)
    panicf("bad slot #%d, expected non-negative 32 bit signed integer, got %v", n, x)


def opt_nat(x, n, default):
    return default if x is None else nat(x, n)


def to_int(x):
    return int(x)


def string(x, n):
    if x.__class__ is bytes:
        return x
    panic_type(x, n, "string")


def opt_string(x, n, default):
    return default if x is None else string(x, n)


_BYTES_T = ("string", "symbol", "keyword", "buffer")


def bytes_(x, n):
    """Any byte sequence (string, symbol, keyword, buffer) as bytes-like."""
    c = x.__class__
    if c is bytes or c is Buffer:
        return x
    if c is Symbol or c is Keyword:
        return x.bname
    panic_type(x, n, _BYTES_T)


def opt_bytes(x, n, default):
    return default if x is None else bytes_(x, n)


def keyword(x, n):
    if x.__class__ is Keyword:
        return x
    panic_type(x, n, "keyword")


def symbol(x, n):
    if x.__class__ is Symbol:
        return x
    panic_type(x, n, "symbol")


def buffer(x, n):
    if x.__class__ is Buffer:
        return x
    panic_type(x, n, "buffer")


def opt_buffer(x, n):
    return Buffer() if x is None else buffer(x, n)


def array(x, n):
    if x.__class__ is Array:
        return x
    panic_type(x, n, "array")


def opt_array(x, n):
    return Array() if x is None else array(x, n)


def tuple_(x, n):
    if isinstance(x, tuple):
        return x
    panic_type(x, n, "tuple")


def table(x, n):
    if x.__class__ is Table:
        return x
    panic_type(x, n, "table")


def opt_table(x, n):
    return Table() if x is None else table(x, n)


def struct(x, n):
    if x.__class__ is Struct:
        return x
    panic_type(x, n, "struct")


def boolean(x, n):
    if x is True or x is False:
        return x
    panic_type(x, n, "boolean")


_INDEXED_T = ("array", "tuple")


def indexed(x, n):
    """An array or tuple (the reference's janet_getindexed)."""
    if x.__class__ is Array or isinstance(x, tuple):
        return x
    panic_type(x, n, _INDEXED_T)


_DICT_T = ("table", "struct")


def dictionary(x, n):
    if x.__class__ is Table or x.__class__ is Struct:
        return x
    panic_type(x, n, _DICT_T)


def function(x, n):
    """A Janet function or cfunction."""
    if isinstance(x, _FUNCTION_TYPES):
        return x
    panic_type(x, n, ("function", "cfunction"))


def callable_(x, n):
    return function(x, n)


def abstract(x, n, cls, name):
    if isinstance(x, cls):
        return x
    panicf("bad slot #%d, expected %s, got %v", n, name, x)


def fiber(x, n):
    from .fiber import Fiber
    if isinstance(x, Fiber):
        return x
    panic_type(x, n, "fiber")


def index_arg(x, n, length, which):
    """A possibly negative index into a sequence of `length` (janet_getargindex)."""
    raw = integer(x, n)
    i = raw + length if raw < 0 else raw
    if i < 0 or i > length:
        panicf("%s index %d out of range [%d,%d)", which, raw, -length, length)
    return i


def start_range(args, n, length):
    """Start of a slice (janet_getstartrange): negative counts from the end."""
    if n >= len(args) or args[n] is None:
        return 0
    raw = integer(args[n], n)
    if raw < 0:
        raw += length + 1
    if raw < 0 or raw > length:
        panicf("start index %d out of range [%d,%d]", integer(args[n], n), -length - 1, length)
    return raw


def end_range(args, n, length):
    """End of a slice (janet_getendrange): -1 means the end."""
    if n >= len(args) or args[n] is None:
        return length
    raw = integer(args[n], n)
    if raw < 0:
        raw += length + 1
    if raw < 0 or raw > length:
        panicf("end index %d out of range [%d,%d]", integer(args[n], n), -length - 1, length)
    return raw


def slice_range(args, length):
    """(start, end) for the slice functions (janet_getslice)."""
    s = start_range(args, 1, length)
    e = end_range(args, 2, length)
    if e < s:
        e = s
    return s, e


_INT_LIMIT = 9007199254740992


def _int_bits(x):
    """The 64 raw bits of an int/s64 or int/u64 value, else None."""
    if isinstance(x, Abstract) and x.type_name in ("core/s64", "core/u64"):
        return int(x.value) & 0xFFFFFFFFFFFFFFFF
    return None


def _describe_for_int(x):
    from .printer import pretty
    from .values import type_name
    return type_name(x).encode(), pretty(x, oneline=True)


def s64(x):
    """A 64-bit signed integer from a number, an integer string or an int type
    (the reference's janet_unwrap_s64)."""
    c = x.__class__
    if c is float or c is int:
        if -_INT_LIMIT <= x <= _INT_LIMIT and x == int(x):
            return int(x)
    elif c is bytes:
        from .reader import scan_uint64
        r = scan_uint64(x)
        if r is not None:
            neg, v = r
            if neg and v <= 1 << 63:
                return -v
            if not neg and v < 1 << 63:
                return v
    else:
        bits = _int_bits(x)
        if bits is not None:
            return bits - (1 << 64) if bits >= 1 << 63 else bits
    from .errors import JanetError
    raise JanetError(b"can not convert %s %s to 64 bit signed integer" % _describe_for_int(x))


def u64(x):
    """A 64-bit unsigned integer from a number, an integer string or an int type
    (the reference's janet_unwrap_u64)."""
    c = x.__class__
    if c is float or c is int:
        if 0 <= x <= _INT_LIMIT and x == int(x):
            return int(x)
    elif c is bytes:
        from .reader import scan_uint64
        r = scan_uint64(x)
        if r is not None and not r[0]:
            return r[1]
    else:
        bits = _int_bits(x)
        if bits is not None:
            return bits
    from .errors import JanetError
    raise JanetError(b"can not convert %s %s to a 64 bit unsigned integer" % _describe_for_int(x))
