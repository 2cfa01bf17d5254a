"""The buffer/* namespace: mutable byte strings.

Corresponds to the reference's src/core/buffer.c.  A buffer is a `Buffer`
(a bytearray); functions that modify one return the same object.

Where the reference pushes argument by argument, so do these functions: when a
later argument is bad, the bytes of the earlier ones have already been added,
exactly as in the reference.
"""

import struct

from ..values import Buffer, Symbol, Keyword
from ..errors import panic, panicf, JanetError
from ..runtime import builtin
from ..printer import format_into
from .. import args as A
from .string import slice_args, bytes_from_ints

# An optional argument that was not passed (an explicit nil is an error for
# several of these functions, as in the reference).
_ABSENT = object()
_BYTES_T = A._BYTES_T
_NUMBER_TYPES = (float, int)


@builtin("buffer/new", "(buffer/new capacity)",
         "Makes a new empty buffer; capacity is how many bytes it is expected "
         "to hold (a hint only).")
def buffer_new(capacity):
    A.integer(capacity, 0)
    return Buffer()


@builtin("buffer/new-filled", "(buffer/new-filled count &opt byte)",
         "Makes a new buffer of count bytes, each equal to byte (default 0).")
def buffer_new_filled(count, byte=_ABSENT):
    n = A.integer(count, 0)
    if n <= 0:
        n = 0
    if byte is _ABSENT:
        return Buffer(n)
    return Buffer(bytes((A.integer(byte, 1) & 0xFF,)) * n)


@builtin("buffer/from-bytes", "(buffer/from-bytes & byte-vals)",
         "Makes a new buffer whose bytes are the given integers, each reduced to "
         "its low 8 bits (0-255).")
def buffer_from_bytes(*vals):
    return Buffer(bytes_from_ints(vals))


@builtin("buffer/fill", "(buffer/fill buffer &opt byte)",
         "Sets every byte of buffer to byte (default 0), keeping its length; "
         "returns buffer.")
def buffer_fill(buf, byte=_ABSENT):
    A.buffer(buf, 0)
    b = 0 if byte is _ABSENT else A.integer(byte, 1) & 0xFF
    buf[:] = bytes((b,)) * len(buf)
    return buf


@builtin("buffer/trim", "(buffer/trim buffer)",
         "Shrinks the memory reserved for buffer to its current length; returns "
         "buffer.")
def buffer_trim(buf):
    # Python manages a bytearray's spare capacity itself: nothing to release.
    return A.buffer(buf, 0)


@builtin("buffer/push-byte", "(buffer/push-byte buffer & xs)",
         "Appends each integer in xs to buffer as one byte (its low 8 bits); "
         "returns buffer.")
def buffer_push_byte(buf, *xs):
    A.buffer(buf, 0)
    append = buf.append
    for i, x in enumerate(xs, 1):
        append(A.integer(x, i) & 0xFF)
    return buf


@builtin("buffer/push-word", "(buffer/push-word buffer & xs)",
         "Appends each x to buffer as a 4-byte little-endian unsigned machine "
         "word; x must be an integer from 0 to 2^32 - 1.  Returns buffer.")
def buffer_push_word(buf, *xs):
    A.buffer(buf, 0)
    for i, x in enumerate(xs, 1):
        d = A.number(x, i)
        if not (0 <= d <= 4294967295.0 and d == int(d)):
            panicf("cannot convert %v to machine word", x)
        buf += int(d).to_bytes(4, "little")
    return buf


@builtin("buffer/push-string", "(buffer/push-string buffer & xs)",
         "Appends the bytes of each string, symbol, keyword or buffer in xs to "
         "buffer; returns buffer.")
def buffer_push_string(buf, *xs):
    if buf.__class__ is not Buffer:
        A.panic_type(buf, 0, "buffer")
    n = 1
    for x in xs:
        c = x.__class__
        if c is bytes:
            buf += x
        elif c is Buffer:
            # a buffer cannot extend itself in place: copy it first
            buf += bytes(x) if x is buf else x
        elif c is Symbol or c is Keyword:
            buf += x.bname
        else:
            A.panic_type(x, n, _BYTES_T)
        n += 1
    return buf


def _reverse_wanted(order):
    """Whether data packed little-endian must be byte-swapped for `order`.

    The reference packs in the host's order (little-endian on the machines it
    is tested on), so :native means little-endian here."""
    if order.__class__ is not Keyword:
        A.panic_type(order, 1, "keyword")
    name = order.name
    if name == "le" or name == "native":
        return False
    if name == "be":
        return True
    panicf("expected endianness :le, :be or :native, got %v", order)


@builtin("buffer/push-uint16", "(buffer/push-uint16 buffer order data)",
         "Appends data, an unsigned 16-bit integer, to buffer in byte order "
         "order (:le, :be or :native); returns buffer.")
def buffer_push_uint16(buf, order, data):
    A.buffer(buf, 0)
    be = _reverse_wanted(order)
    if not (data.__class__ in _NUMBER_TYPES and 0 <= data <= 65535 and data == int(data)):
        panicf("bad slot #2, expected 16 bit unsigned integer, got %v", data)
    buf += int(data).to_bytes(2, "big" if be else "little")
    return buf


@builtin("buffer/push-uint32", "(buffer/push-uint32 buffer order data)",
         "Appends data, an unsigned 32-bit integer, to buffer in byte order "
         "order (:le, :be or :native); returns buffer.")
def buffer_push_uint32(buf, order, data):
    A.buffer(buf, 0)
    be = _reverse_wanted(order)
    v = A.uint32(data, 2)
    buf += v.to_bytes(4, "big" if be else "little")
    return buf


@builtin("buffer/push-uint64", "(buffer/push-uint64 buffer order data)",
         "Appends data, an unsigned 64-bit integer, to buffer in byte order "
         "order (:le, :be or :native); returns buffer.  data may be a number, "
         "an int/u64 or int/s64 (whose bits are used as they are) or a string "
         "of digits.")
def buffer_push_uint64(buf, order, data):
    A.buffer(buf, 0)
    be = _reverse_wanted(order)
    v = A.u64(data)
    buf += v.to_bytes(8, "big" if be else "little")
    return buf


_F32 = (struct.Struct("<f"), struct.Struct(">f"))
_F64 = (struct.Struct("<d"), struct.Struct(">d"))


@builtin("buffer/push-float32", "(buffer/push-float32 buffer order data)",
         "Appends the 4 bytes of data as a 32-bit float to buffer in byte order "
         "order (:le, :be or :native); returns buffer.")
def buffer_push_float32(buf, order, data):
    A.buffer(buf, 0)
    be = _reverse_wanted(order)
    d = A.number(data, 2)
    try:
        packed = _F32[be].pack(d)
    except OverflowError:
        # C's conversion to float rounds numbers beyond its range to infinity.
        packed = _F32[be].pack(d * float("inf"))
    buf += packed
    return buf


@builtin("buffer/push-float64", "(buffer/push-float64 buffer order data)",
         "Appends the 8 bytes of data as a 64-bit float to buffer in byte order "
         "order (:le, :be or :native); returns buffer.")
def buffer_push_float64(buf, order, data):
    A.buffer(buf, 0)
    be = _reverse_wanted(order)
    buf += _F64[be].pack(A.number(data, 2))
    return buf


def _push_values(buf, xs, slot):
    """Append numbers (as one byte each) and byte sequences to buf (buffer/push)."""
    for x in xs:
        c = x.__class__
        if c is bytes:
            buf += x
        elif c is Buffer:
            buf += bytes(x) if x is buf else x     # cannot extend from itself
        elif c is float or c is int:
            buf.append(A.integer(x, slot) & 0xFF)
        elif c is Symbol or c is Keyword:
            buf += x.bname
        else:
            A.panic_type(x, slot, _BYTES_T)
        slot += 1


@builtin("buffer/push", "(buffer/push buffer & xs)",
         "Appends each x to buffer: an integer as one byte, a string, symbol, "
         "keyword or buffer as its bytes (buffer/push-byte and "
         "buffer/push-string in one).  Returns buffer.")
def buffer_push(buf, *xs):
    A.buffer(buf, 0)
    _push_values(buf, xs, 1)
    return buf


@builtin("buffer/push-at", "(buffer/push-at buffer index & xs)",
         "Like buffer/push, but writes the new bytes over buffer starting at "
         "index (0 to its length), growing it only when they run past its end.")
def buffer_push_at(buf, index, *xs):
    A.buffer(buf, 0)
    at = A.integer(index, 1)
    old = len(buf)
    if at < 0 or at > old:
        panicf("index out of range [0, %d)", old)
    # The reference pretends the buffer ends at `at` while it pushes: the
    # buffer seen as an argument is then only its first `pos` bytes, and an
    # error part way leaves the buffer cut at the point reached.
    pos = at
    slot = 2
    try:
        for x in xs:
            c = x.__class__
            if c is float or c is int:
                data = bytes((A.integer(x, slot) & 0xFF,))
            elif x is buf:
                data = bytes(buf[:pos])
            elif c is bytes or c is Buffer:
                data = x
            elif c is Symbol or c is Keyword:
                data = x.bname
            else:
                A.panic_type(x, slot, _BYTES_T)
            n = len(data)
            buf[pos:pos + n] = data
            pos += n
            slot += 1
    except JanetError:
        del buf[pos:]
        raise
    return buf


@builtin("buffer/clear", "(buffer/clear buffer)",
         "Empties buffer (its length becomes 0); returns buffer.")
def buffer_clear(buf):
    A.buffer(buf, 0)
    del buf[:]
    return buf


@builtin("buffer/popn", "(buffer/popn buffer n)",
         "Removes the last n bytes of buffer (all of them when it has fewer); "
         "returns buffer.")
def buffer_popn(buf, n):
    A.buffer(buf, 0)
    k = A.integer(n, 1)
    if k < 0:
        panic("n must be non-negative")
    if k >= len(buf):
        del buf[:]
    elif k:
        del buf[-k:]
    return buf


@builtin("buffer/slice", "(buffer/slice bytes &opt start end)",
         "The part of a byte sequence from start (inclusive) to end (exclusive) "
         "as a new buffer; negative indices count from the end (-1 is the end).",
         arity=(1, -1))
def buffer_slice(*args):
    data, s, e = slice_args(args)
    return Buffer(data[s:e])


def _bit_location(buf, index):
    """(byte index, bit mask) of bit `index` of buf, checked like the reference."""
    A.buffer(buf, 0)
    x = A.number(index, 1)
    if x != x or x in (float("inf"), float("-inf")) or x != int(x) or x < 0 \
            or (int(x) >> 3) >= len(buf):
        panicf("invalid bit index %v", index)
    i = int(x)
    return i >> 3, 1 << (i & 7)


@builtin("buffer/bit-set", "(buffer/bit-set buffer index)",
         "Sets bit number index of buffer (bit 0 is the lowest bit of byte 0); "
         "returns buffer.")
def buffer_bit_set(buf, index):
    i, mask = _bit_location(buf, index)
    buf[i] |= mask
    return buf


@builtin("buffer/bit-clear", "(buffer/bit-clear buffer index)",
         "Clears bit number index of buffer; returns buffer.")
def buffer_bit_clear(buf, index):
    i, mask = _bit_location(buf, index)
    buf[i] &= ~mask & 0xFF
    return buf


@builtin("buffer/bit", "(buffer/bit buffer index)",
         "Whether bit number index of buffer is set.")
def buffer_bit(buf, index):
    i, mask = _bit_location(buf, index)
    return bool(buf[i] & mask)


@builtin("buffer/bit-toggle", "(buffer/bit-toggle buffer index)",
         "Flips bit number index of buffer; returns buffer.")
def buffer_bit_toggle(buf, index):
    i, mask = _bit_location(buf, index)
    buf[i] ^= mask
    return buf


def _half_range(x, n, length, which):
    """An index from 0 to length where negative values count from the end."""
    raw = A.integer(x, n)
    i = raw + length + 1 if raw < 0 else raw
    if i < 0 or i > length:
        panicf("%s index %d out of range [%d,%d]", which, raw, -length - 1, length)
    return i


@builtin("buffer/blit", "(buffer/blit dest src &opt dest-start src-start src-end)",
         "Copies the bytes of src (from src-start to src-end) into dest starting "
         "at dest-start, growing dest when needed.  Negative indices count from "
         "the end of their sequence.  Returns dest.")
def buffer_blit(dest, src, dest_start=None, src_start=None, src_end=None):
    A.buffer(dest, 0)
    data = A.bytes_(src, 1)
    d0 = 0 if dest_start is None else _half_range(dest_start, 2, len(dest), "dest-start")
    s0 = 0 if src_start is None else _half_range(src_start, 3, len(data), "src-start")
    s1 = len(data) if src_end is None else _half_range(src_end, 4, len(data), "src-end")
    if s1 > s0:
        dest[d0:d0 + s1 - s0] = data[s0:s1]    # a slice is a copy: src may be dest
    return dest


@builtin("buffer/format", "(buffer/format buffer format & args)",
         "Appends `(string/format format ;args)` to buffer; returns buffer.")
def buffer_format(buf, fmt, *args):
    A.buffer(buf, 0)
    format_into(buf, A.string(fmt, 1), args, first_slot=2)
    return buf


@builtin("buffer/format-at", "(buffer/format-at buffer at format & args)",
         "Like buffer/format, but writes the formatted text over buffer starting "
         "at index at (negative counts from the end), growing it only when the "
         "text runs past its end.  Returns buffer.", arity=(2, -1))
def buffer_format_at(buf, at, *rest):
    A.buffer(buf, 0)
    i = A.integer(at, 1)
    old = len(buf)
    if i < 0:
        i += old + 1
    if i > old or i < 0:
        panicf("expected index at to be in range [0, %d), got %d", old, i)
    # As in the reference the buffer is cut at `at` before the format string
    # is even checked; an error leaves it cut where the output stopped.
    tail = bytes(buf[i:])
    del buf[i:]
    fmt = A.string(rest[0] if rest else None, 2)
    format_into(buf, fmt, rest[1:], first_slot=3)
    written = len(buf) - i
    if written < len(tail):
        buf += tail[written:]
    return buf
