"""The buffer/* namespace: mutable byte strings.

Corresponds to the reference's src/core/buffer.c.
"""

from ..values import Buffer, Symbol, Keyword
from ..errors import panic, panicf
from ..runtime import builtin
from ..printer import format_into
from .. import args as A


@builtin("buffer/new", "(buffer/new capacity)",
         "Makes a new empty buffer; the capacity is a size hint.")
def buffer_new(capacity):
    A.nat(capacity, 0)
    return Buffer()


@builtin("buffer/push-string", "(buffer/push-string buffer & xs)",
         "Appends the bytes of each string, symbol, keyword or buffer to buffer; "
         "returns buffer.")
def buffer_push_string(buf, *xs):
    A.buffer(buf, 0)
    for i, x in enumerate(xs):
        buf += A.bytes_(x, i + 1)
    return buf


@builtin("buffer/format", "(buffer/format buffer format & args)",
         "Appends `(string/format format ;args)` to buffer; returns buffer.")
def buffer_format(buf, fmt, *args):
    A.buffer(buf, 0)
    format_into(buf, A.bytes_(fmt, 1), list(args), first_slot=2)
    return buf
