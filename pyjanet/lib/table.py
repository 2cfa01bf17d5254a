"""The table/* namespace: mutable dictionaries and their prototypes.

Corresponds to the reference's src/core/table.c.  Tables are `values.Table`
(a dict whose keys go through `table_key`), so capacities are only checked,
and a weak table holds its entries strongly until `gccollect` sweeps it
(`weak.sweep_weak`).
"""

from ..values import Table, Struct, table_key
from ..weak import make_weak
from ..runtime import builtin
from .. import args as A


def _new(capacity, weak=None):
    n = A.nat(capacity, 0)
    t = Table()
    t.icap = n
    if weak:
        make_weak(t, weak)
    return t


@builtin("table/new", "(table/new capacity)",
         "Makes a new empty table.  The capacity is only a hint about how many "
         "entries it will hold.")
def table_new(capacity):
    return _new(capacity)


@builtin("table/weak", "(table/weak capacity)",
         "Like `table/new`, for a table that holds its keys and values weakly: "
         "`(gccollect)` removes an entry whose key or value nothing else refers to.")
def table_weak(capacity):
    return _new(capacity, "kv")


@builtin("table/weak-keys", "(table/weak-keys capacity)",
         "Like `table/new`, for a table that holds its keys weakly: `(gccollect)` "
         "removes an entry whose key nothing else refers to.")
def table_weak_keys(capacity):
    return _new(capacity, "k")


@builtin("table/weak-values", "(table/weak-values capacity)",
         "Like `table/new`, for a table that holds its values weakly: `(gccollect)` "
         "removes an entry whose value nothing else refers to.")
def table_weak_values(capacity):
    return _new(capacity, "v")


@builtin("table/getproto", "(table/getproto tab)",
         "The prototype of tab, or nil when it has none.")
def table_getproto(tab):
    return A.table(tab, 0).proto


@builtin("table/setproto", "(table/setproto tab proto)",
         "Makes proto (a table, or nil for none) the prototype of tab, where lookups "
         "of missing keys continue.  Returns tab.")
def table_setproto(tab, proto):
    A.table(tab, 0)
    if proto is not None:
        A.table(proto, 1)
    tab.proto = proto
    return tab


@builtin("table/to-struct", "(table/to-struct tab &opt proto)",
         "A new struct with the entries of tab (not those of its prototypes), whose "
         "prototype is the struct proto when given.")
def table_to_struct(tab, proto=None):
    A.table(tab, 0)
    if proto is not None:
        A.struct(proto, 1)
    s = Struct(tab)
    s.proto = proto
    return s


@builtin("table/rawget", "(table/rawget tab key)",
         "The value of key in tab itself, ignoring its prototypes; nil when absent.")
def table_rawget(tab, key):
    A.table(tab, 0)
    return tab.get(table_key(key))


@builtin("table/clone", "(table/clone tab)",
         "A new table with the same entries and prototype as tab.  Changing one "
         "does not change the other.")
def table_clone(tab):
    A.table(tab, 0)
    t = Table(tab)
    t.proto = tab.proto
    t.icap = tab.icap
    return t


@builtin("table/clear", "(table/clear tab)",
         "Removes every entry of tab.  Returns tab.")
def table_clear(tab):
    A.table(tab, 0)
    tab.clear()
    return tab


@builtin("table/proto-flatten", "(table/proto-flatten tab)",
         "A new table without prototype holding every entry visible through tab: its "
         "own, then those of each prototype in turn that no nearer table defines.")
def table_proto_flatten(tab):
    A.table(tab, 0)
    return Table(flatten_chain(tab))


def flatten_chain(d):
    """The entries visible through table or struct `d` and its prototypes, as a
    dict (stored keys); nearer entries shadow those of prototypes."""
    chain = []
    while d is not None:
        chain.append(d)
        d = d.proto
    out = {}
    for d in reversed(chain):
        out.update(d)
    return out
