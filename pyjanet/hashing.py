"""The reference's hash function and the order of its hash tables.

Corresponds to janet_hash (src/core/value.c), the struct layout of
src/core/struct.c (Robin Hood hashing) and the table layout of
src/core/table.c (linear probing, doubling when more than half full).

Janet iterates a table or struct in the order of its bucket array, and programs
print that order (`keys`, `pairs`, `each` over a table...).  pyjanet stores
dictionaries as Python dicts, so the bucket order is recomputed from the keys:
a struct's layout depends only on its keys; a table's on the capacity it was
made with (`Table.icap`) and the order its keys were inserted, which the dict
keeps.  (A key removed from a reference table leaves a tombstone that can move
later keys; pyjanet recomputes as if it had never been there.)
"""

import struct as _struct

from .values import Keyword, Symbol, Struct, Table, Tuple, Abstract, from_key, compare

__all__ = ["janet_hash", "struct_order", "table_order", "tablen", "dict_order"]

M32 = 0xFFFFFFFF
M64 = (1 << 64) - 1
_PACK_D = _struct.Struct("<d")
_PACK_Q = _struct.Struct("<Q")


def _i32(h):
    h &= M32
    return h - (1 << 32) if h & 0x80000000 else h


def _mix(a, b):
    m = (b + 0x9e3779b9 + (a << 6) + (a >> 2)) & M32
    return a ^ ((0x9e3779b9 + (m << 6) + (m >> 2)) & M32)


_STR_HASHES = {}     # bytes -> hash; keywords and symbols repeat a lot


def _string_hash(b):
    """The reference's string hash (djb2, then mixed with the length)."""
    h = _STR_HASHES.get(b)
    if h is None:
        h = 5381
        if b:
            for c in b:
                h = (h * 33 + c) & M32
            h = _i32(_mix(h, len(b)))
        if len(_STR_HASHES) > 4096:
            _STR_HASHES.clear()
        _STR_HASHES[bytes(b)] = h
    return h


def _number_hash(x):
    u = _PACK_Q.unpack(_PACK_D.pack(x + 0.0))[0]
    u ^= u >> 33
    u = (u * 0xff51afd7ed558ccd) & M64
    u ^= u >> 33
    u = (u * 0xc4ceb9fe1a85ec53) & M64
    u ^= u >> 33
    return _i32(u >> 32)


def janet_hash(x):
    """The reference's janet_hash of `x` (a signed 32-bit int).  Values the
    reference hashes by address get a stand-in derived from their identity."""
    c = x.__class__
    if c is bytes:
        return _string_hash(x)
    if c is Keyword or c is Symbol:
        return _string_hash(x.bname)
    if c is float or c is int:
        return _number_hash(float(x))
    if x is None:
        return 0
    if c is bool:
        return 1 if x else 0
    if c is tuple or c is Tuple:
        h = 33
        for e in x:
            h = _mix(h, janet_hash(e) & M32)
        if getattr(x, "brackets", False):
            h += 1
        return _i32(h)
    if c is Struct:
        return _struct_hash(x)
    if isinstance(x, Abstract) and x.type_name in ("core/s64", "core/u64"):
        v = x.value & M64
        return _i32((v ^ (v >> 32)) & M32)
    return _number_hash(float(id(x)))


def _struct_hash(s):
    h = 33
    for kv in struct_slots(s):
        if kv is None:
            h = _mix(_mix(h, 0), 0)
        else:
            h = _mix(_mix(h, janet_hash(kv[0]) & M32), janet_hash(kv[1]) & M32)
    if s.proto is not None:
        h = (h + 2654435761 * (_struct_hash(s.proto) & M32)) & M32
    return _i32(h)


def tablen(n):
    """The reference's janet_tablen: the next power of two above n."""
    if n < 0:
        return 0
    n |= n >> 1
    n |= n >> 2
    n |= n >> 4
    n |= n >> 8
    n |= n >> 16
    return n + 1


def struct_slots(s):
    """The bucket array of the reference's struct with the entries of `s`: a
    list of (key, value) or None.  The reference inserts with Robin Hood
    hashing, so the layout depends only on the keys, never on their order."""
    items = [(from_key(k), v) for k, v in s.items()]
    cap = tablen(2 * len(items))
    mask = cap - 1
    slots = [None] * cap
    hashes = [0] * cap
    for key, value in items:
        h = janet_hash(key)
        i = (h & M32) & mask
        dist = 0
        while True:
            kv = slots[i]
            if kv is None:
                slots[i] = (key, value)
                hashes[i] = h
                break
            oh = hashes[i]
            odist = (i + cap - ((oh & M32) & mask)) & mask
            if dist < odist:
                status = -1
            elif odist < dist:
                status = 1
            elif h < oh:
                status = -1
            elif oh < h:
                status = 1
            else:
                status = compare(key, kv[0])
            if status == 1:
                slots[i] = (key, value)
                hashes[i] = h
                key, value = kv
                dist = odist
                h = oh
            elif status == 0:
                slots[i] = (kv[0], value)
                break
            i = (i + 1) & mask
            dist += 1
    return slots


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
    n = len(t)
    if n < 2:
        return [(from_key(k), v) for k, v in t.items()]
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
    return [(e[0], e[1]) for e in slots if e is not None]


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
