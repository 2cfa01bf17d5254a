"""The struct/* namespace: immutable dictionaries and their prototypes.

Corresponds to the reference's src/core/struct.c.  Structs are `values.Struct`
(a dict whose keys go through `table_key`); the plain constructor `struct` lives
with the other constructors in core.py.
"""

from ..values import Struct, Table, table_key
from ..errors import panic
from ..runtime import builtin
from .. import args as A
from .core import struct as make_struct
from .table import flatten_chain


@builtin("struct/with-proto", "(struct/with-proto proto & kvs)",
         "Makes a struct from alternating keys and values, like `struct`, whose "
         "prototype is the struct proto (or none when proto is nil).")
def struct_with_proto(proto, *kvs):
    if proto is not None:
        A.struct(proto, 0)
    if len(kvs) & 1:
        panic("expected odd number of arguments")
    s = make_struct(*kvs)
    s.proto = proto
    return s


@builtin("struct/getproto", "(struct/getproto st)",
         "The prototype of st, or nil when it has none.")
def struct_getproto(st):
    return A.struct(st, 0).proto


@builtin("struct/proto-flatten", "(struct/proto-flatten st)",
         "A new struct without prototype holding every entry visible through st: its "
         "own, then those of each prototype in turn that no nearer struct defines.")
def struct_proto_flatten(st):
    A.struct(st, 0)
    return Struct(flatten_chain(st))


@builtin("struct/to-table", "(struct/to-table st &opt recursive)",
         "A new table with the entries of st.  When recursive is truthy, st's "
         "prototypes are converted as well and become the table's prototypes.")
def struct_to_table(st, recursive=None):
    A.struct(st, 0)
    top = t = _as_table(st)
    if recursive is not None and recursive is not False:
        p = st.proto
        while p is not None:
            t.proto = _as_table(p)
            t = t.proto
            p = p.proto
    return top


def _as_table(st):
    """A table made like the reference's: sized for the struct, filled in the
    struct's own order (so it iterates the same way)."""
    from ..hashing import struct_order
    t = Table()
    t.icap = len(st)
    for k, v in struct_order(st):
        t[table_key(k)] = v
    return t


@builtin("struct/rawget", "(struct/rawget st key)",
         "The value of key in st itself, ignoring its prototypes; nil when absent.")
def struct_rawget(st, key):
    A.struct(st, 0)
    return st.get(table_key(key))
