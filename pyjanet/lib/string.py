"""The string/* namespace: operations on byte strings.

Corresponds to the reference's src/core/string.c (and string/format, which the
printer implements).
"""

from ..values import Buffer, Symbol, Keyword
from ..errors import panic, panicf
from ..runtime import builtin
from ..printer import string_format
from .. import args as A


@builtin("string/format", "(string/format format & values)",
         "Formats the values into a new string like C's printf, with Janet's own "
         "directives (%q %p %j %v ...) for showing values.")
def string_format_(fmt, *values):
    return string_format(A.bytes_(fmt, 0), list(values))


@builtin("string/slice", "(string/slice bytes &opt start end)",
         "The part of a byte sequence from start to end as a new string; negative "
         "indices count from the end.")
def string_slice(b, start=None, end=None):
    data = A.bytes_(b, 0)
    s, e = A.slice_range((b, start, end), len(data))
    return bytes(data[s:e])
