"""Weak tables and arrays: the reference's table/weak*, array/weak and the
weak sweep of its garbage collector (src/core/gc.c).

Python frees memory by reference counting, so a weak container holds its
entries strongly between collections and `sweep_weak` (run by `gccollect`)
drops the entries nothing else refers to: it takes every weak container's
entries out, lets Python's collector free unreachable cycles, and then reads
each entry's reference count; one referred to only by the taken-out entries is
garbage, as an unmarked object is in the reference's sweep.  Garbage that
only a cycle keeps alive is found by holding the weak sides through weak
references while the collector runs (_by_cycles).  Values that are not
garbage-collected in the reference (nil, booleans, numbers, cfunctions,
pointers) never go, nor the core's own symbols and keywords.  Python shares
empty and one-byte strings, so those stay too.

This module sits just above values.py and imports nothing else of ours.
"""

import gc
import sys
import types
import weakref

from .values import Table, Array, Buffer, Keyword, Symbol, Pointer, TRUE_KEY, FALSE_KEY

WEAK = weakref.WeakSet()    # every weak table and weak array alive
# Functions counting the references caches hold to a symbol or keyword (the
# reader's atom cache registers one), which, like the intern tables, do not
# keep it alive in the reference's sense.
INTERN_HOLDERS = []
# The names of the symbols and keywords that exist once the root environment
# is built: the reference's core refers to its own (in bytecode and docs), so
# they are never collected there; these stand for them.  (A symbol and the
# keyword of the same name are one interned string in the reference: either
# keeps the other.)
CORE_NAMES = set()


def mark_core_atoms():
    CORE_NAMES.update(Keyword._table)
    CORE_NAMES.update(Symbol._table)


def _twin_alive(x):
    """Whether the symbol named like keyword x (or the keyword named like
    symbol x) is referred to by more than the intern tables."""
    twin = (Symbol if type(x) is Keyword else Keyword)._table.get(x.name)
    if twin is None:
        return False
    held = 3        # its intern table, the local name, getrefcount's argument
    for holder in INTERN_HOLDERS:
        held += holder(twin)
    return sys.getrefcount(twin) > held


def make_weak(container, mode):
    """Make a Table ("k", "v" or "kv") or an Array ("v") weak; returns it."""
    if type(container) is Table:
        container.weak = mode
    WEAK.add(container)
    return container


def is_weak_array(a):
    return type(a) is Array and a in WEAK


def _collectable(x):
    if x is None or x is True or x is False or x is TRUE_KEY or x is FALSE_KEY:
        return False
    t = type(x)
    if t is float or t is int or t is Pointer:
        return False
    if (t is Keyword or t is Symbol) and x.name in CORE_NAMES:
        return False
    if t is types.FunctionType and getattr(x, "janet", None) is not None:
        return False    # a builtin: a C function pointer in the reference
    if isinstance(x, (types.BuiltinFunctionType, types.MethodType)):
        return False
    return True


def _refcount_base():
    # the references a candidate has inside _garbage besides the taken-out
    # entries, measured on a fresh object the way _garbage measures
    cands = {0: [Buffer(), 0]}
    for oid, rec in cands.items():
        obj, n = rec
        return sys.getrefcount(obj)


def _candidates(held):
    # id -> [object, how many taken-out entries refer to it]
    cands = {}
    for c, mode, entries in held:
        for e in entries:
            if mode == "a":
                objs = (e,)
            elif mode == "k":
                objs = (e[0],)
            elif mode == "v":
                objs = (e[1],)
            else:
                objs = e
            for o in objs:
                if _collectable(o):
                    rec = cands.get(id(o))
                    if rec is None:
                        cands[id(o)] = [o, 1]
                    else:
                        rec[1] += 1
    return cands


def _garbage(cands, base):
    out = set()
    for oid, rec in cands.items():
        obj, n = rec
        interned = 0
        if type(obj) is Keyword or type(obj) is Symbol:
            if _twin_alive(obj):
                continue
            interned = 1
            for holder in INTERN_HOLDERS:
                interned += holder(obj)
        if sys.getrefcount(obj) - n - interned <= base:
            out.add(oid)
    return out


def _drop(held, dead):
    for c, mode, entries in held:
        if mode == "a":
            entries[:] = [None if id(x) in dead and _collectable(x) else x
                          for x in entries]
        else:
            entries[:] = [(k, v) for k, v in entries
                          if not ((mode != "v" and id(k) in dead and _collectable(k))
                                  or (mode != "k" and id(v) in dead and _collectable(v)))]


class _Gone:
    """Stands for a weakly held entry while the collector looks for cycles."""
    __slots__ = ("ref",)

    def __init__(self, ref):
        self.ref = ref


def _weakly(x):
    if not _collectable(x):
        return x
    try:
        return _Gone(weakref.ref(x))
    except TypeError:       # bytes, buffers, tuples, structs: held as they are
        return x


def _by_cycles(held):
    """Garbage that reference counts cannot show: a table that refers to
    itself, say.  The weak sides of the entries are held through weak
    references only while Python's collector runs; what it frees was garbage."""
    for i, (c, mode, entries) in enumerate(held):
        if mode == "a":
            entries[:] = [_weakly(x) for x in entries]
        else:
            entries[:] = [(_weakly(k) if mode != "v" else k, _weakly(v) if mode != "k" else v)
                          for k, v in entries]
    gc.collect()

    def back(x):
        return x.ref() if x.__class__ is _Gone else x
    for c, mode, entries in held:
        if mode == "a":
            entries[:] = [back(x) for x in entries]
        else:
            out = []
            for k, v in entries:
                k2 = back(k)
                v2 = back(v)
                if (k.__class__ is _Gone and k2 is None) or (v.__class__ is _Gone and v2 is None):
                    continue
                out.append((k2, v2))
            entries[:] = out


def sweep_weak():
    """Drop the entries of weak containers that only weak containers refer to."""
    held = []     # (container, mode, entries) with the entries taken out
    for c in list(WEAK):
        if type(c) is Table:
            if c.weak:
                held.append((c, c.weak, list(c.items())))
                c.clear()
        else:
            held.append((c, "a", list(c)))
            c[:] = [None] * len(c)
    c = None
    if not held:
        gc.collect()
        return
    base = _refcount_base()

    def by_counts():
        while True:
            gc.collect()
            # ids are only compared while every candidate is alive (before
            # _drop frees the garbage), so a reused id cannot be mistaken for
            # a dead one
            dead = _garbage(_candidates(held), base)
            if not dead:
                return
            _drop(held, dead)
    by_counts()
    _by_cycles(held)
    by_counts()     # what only the garbage of cycles referred to
    for c, mode, entries in held:
        if mode == "a":
            c[:] = entries
        else:
            c.update(entries)
