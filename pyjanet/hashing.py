"""The order of the reference's hash tables and structs.

Corresponds to the table layout of src/core/table.c (linear probing, doubling
when more than half full) and the struct layout of src/core/struct.c (Robin Hood
hashing).  The hash itself (janet_hash) and the struct bucket array live in
values.py, beside `compare`, which orders structs by them as value.c does.

Janet iterates a table or struct in the order of its bucket array, and programs
print that order (`keys`, `pairs`, `each` over a table...).  pyjanet stores
dictionaries as Python dicts, so the bucket order is recomputed from the keys:
a struct's layout depends only on its keys; a table's on the capacity it was
made with (`Table.icap`) and the order its keys were inserted, which the dict
keeps.  (A key removed from a reference table leaves a tombstone that can move
later keys; pyjanet recomputes as if it had never been there.)
"""

from .values import Struct, Table, from_key, janet_hash, tablen, struct_slots, M32

__all__ = ["janet_hash", "struct_order", "table_order", "table_slots", "tablen", "dict_order",
           "next_after_missing"]

def struct_order(s):
    """The entries of struct `s` as (key, value) in the reference's order."""
    return [kv for kv in struct_slots(s) if kv is not None]


def _probe_put(slots, cap, e):
    mask = cap - 1
    i = (e[2] & M32) & mask
    while slots[i] is not None:
        i = (i + 1) & mask
    slots[i] = e


def table_order(t):
    """The entries of table `t` as (key, value) in the reference's bucket order:
    the keys inserted in the dict's order into a table made with capacity
    `t.icap`, growing as janet_table_put grows it."""
    if len(t) < 2:
        return [(from_key(k), v) for k, v in t.items()]
    return [(e[0], e[1]) for e in table_slots(t) if e is not None]


def table_slots(t):
    """The bucket array of the reference's table with the entries of `t`: a
    list of (key, value, hash) or None."""
    cap = tablen(t.icap)
    slots = [None] * cap
    count = 0
    for k, v in t.items():
        if 2 * (count + 1) > cap:
            old = slots
            cap = tablen(2 * count + 2)
            slots = [None] * cap
            for e in old:
                if e is not None:
                    _probe_put(slots, cap, e)
        key = from_key(k)
        _probe_put(slots, cap, (key, v, janet_hash(key)))
        count += 1
    return slots


def next_after_missing(d, key):
    """What the reference's `next` gives for a key that `d` (a table or
    struct) does not hold: janet_dict_find lands on the empty bucket where the
    key would go, and the iteration goes on from the bucket after it."""
    slots = table_slots(d) if d.__class__ is Table else struct_slots(d)
    cap = len(slots)
    if cap == 0:
        return None
    i = (janet_hash(key) & M32) & (cap - 1)
    for _ in range(cap):
        if slots[i] is None:
            break
        i = (i + 1) & (cap - 1)
    else:
        return None         # (no empty bucket: the reference reads past its buckets)
    for e in slots[i + 1:]:
        if e is not None:
            return e[0]
    return None


class _Order:
    __slots__ = ("keys", "icap", "items")


_orders = {}


def dict_order(d):
    """(key, value) pairs of a Janet table or struct in the reference's order.

    The order of the last dictionaries iterated is remembered, checked against
    their current keys (one C-speed tuple comparison) before reuse."""
    o = _orders.get(id(d))
    keys = tuple(d)
    icap = getattr(d, "icap", -1)
    if o is not None and o.icap == icap and o.keys == keys:
        return [(k, d[_raw_key(k)]) for k, _ in o.items]
    items = table_order(d) if d.__class__ is Table else struct_order(d)
    o = _Order()
    o.keys = keys
    o.icap = icap
    o.items = items
    if len(_orders) > 256:
        _orders.clear()
    _orders[id(d)] = o
    return items


def _raw_key(k):
    from .values import table_key
    return table_key(k)
