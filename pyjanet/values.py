"""Every Janet value type, as Python represents it.

Corresponds to the reference's value layer (src/include/janet.h, src/core/value.c,
tuple.c, struct.c, table.c, buffer.c, array.c, symcache.c).  This is a leaf module:
it imports nothing else of ours, so every other module can depend on it.

Representation (see docs/architecture.md for the reasons):

    nil                 None
    true / false        True / False
    number              float (always; builtins never hand out Python ints)
    string              bytes
    symbol / keyword    Symbol / Keyword, interned, compared by identity
    buffer              Buffer (a bytearray compared by identity)
    array               Array (a list compared by identity)
    tuple               tuple; Tuple (a subclass) when it carries a source position
                        or the bracket flag
    struct              Struct (a dict, immutable by convention, compared by value)
    table               Table (a dict with a prototype, compared by identity)
    function            a plain Python function whose __doc__ is its FuncDef
    cfunction           a plain Python function registered as a builtin (has .janet)
    fiber, abstract     instances of Abstract subclasses (fiber.py, lib/*)
    pointer             Pointer (a machine address, from ffi/*)
"""

from array import array as _array
import math
import struct as _struct
import sys
import types

_FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.BuiltinMethodType)

__all__ = [
    "Symbol", "Keyword", "sym", "kw", "Buffer", "Array", "Tuple", "Struct", "Table",
    "Abstract", "Pointer", "FuncDef", "truthy", "type_name", "equals", "compare", "is_number",
    "is_bytes_like", "to_bytes", "mk_tuple", "tuple_brackets", "tuple_pos",
    "table_key", "from_key", "BOOL_KEYS", "janet_hash", "struct_hash", "struct_slots",
    "struct_order_hashes",
    "tablen",
]


class Symbol:
    """An interned Janet symbol.  `name` is the text, `bname` the same as bytes."""
    __slots__ = ("name", "bname", "__weakref__")
    _table = {}

    def __new__(cls, name):
        s = cls._table.get(name)
        if s is None:
            s = object.__new__(cls)
            s.name = name
            s.bname = name.encode("utf-8", "surrogateescape")
            cls._table[name] = s
        return s

    def __repr__(self):
        return self.name

    def __reduce__(self):
        return (self.__class__, (self.name,))


class Keyword:
    """An interned Janet keyword; `name` excludes the leading colon."""
    __slots__ = ("name", "bname", "__weakref__")
    _table = {}

    def __new__(cls, name):
        s = cls._table.get(name)
        if s is None:
            s = object.__new__(cls)
            s.name = name
            s.bname = name.encode("utf-8", "surrogateescape")
            cls._table[name] = s
        return s

    def __repr__(self):
        return ":" + self.name

    def __reduce__(self):
        return (self.__class__, (self.name,))


def sym(name):
    """The symbol called `name` (str or bytes)."""
    if type(name) is not str:
        name = bytes(name).decode("utf-8", "surrogateescape")
    return Symbol(name)


def kw(name):
    """The keyword called `name` (str or bytes, without the colon)."""
    if type(name) is not str:
        name = bytes(name).decode("utf-8", "surrogateescape")
    return Keyword(name)


class Buffer(bytearray):
    """A mutable byte string.  Equality and hashing are by identity, like Janet."""
    __slots__ = ()
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __repr__(self):
        return "@" + repr(bytes(self))[1:]


class Array(list):
    """A mutable Janet array.  Equality and hashing are by identity."""
    __slots__ = ("__weakref__",)   # so weak arrays can be registered (WEAK)
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __repr__(self):
        return "@[" + " ".join(map(repr, self)) + "]"


class Tuple(tuple):
    """A tuple that carries a source position and/or the bracket flag.

    Plain Python tuples are Janet tuples too (parenthesised, no position); this
    subclass exists for the reader and for `tuple/brackets` and `tuple/setmap`.
    """
    line = -1
    column = -1
    brackets = False


def mk_tuple(items, line=-1, column=-1, brackets=False):
    t = Tuple(items)
    if line != -1:
        t.line = line
        t.column = column
    if brackets:
        t.brackets = True
    return t


def tuple_brackets(t):
    return getattr(t, "brackets", False)


def tuple_pos(t):
    """(line, column) of a tuple, or (-1, -1) when it has none."""
    return (getattr(t, "line", -1), getattr(t, "column", -1))


# Python treats True == 1 and False == 0 (with equal hashes), but Janet keeps
# booleans apart from numbers.  Tables and structs therefore store boolean keys
# as these two sentinels; `table_key` / `from_key` convert at the boundary.
class _BoolKey:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "true" if self.value else "false"

    def __reduce__(self):
        return (_boolkey, (self.value,))


TRUE_KEY = _BoolKey(True)
FALSE_KEY = _BoolKey(False)
BOOL_KEYS = {True: TRUE_KEY, False: FALSE_KEY}


def _boolkey(v):
    return TRUE_KEY if v else FALSE_KEY


def table_key(k):
    """The dict key under which Janet key `k` is stored."""
    if k.__class__ is bool:
        return TRUE_KEY if k else FALSE_KEY
    return k


def from_key(k):
    """The Janet value of a stored dict key."""
    if k.__class__ is _BoolKey:
        return k.value
    return k


class Struct(dict):
    """An immutable Janet struct, compared and hashed by value.

    Keys are stored through `table_key`.  `proto` is the prototype struct or None.
    """
    __slots__ = ("proto", "_hash", "_jhash")

    def __init__(self, *a):
        dict.__init__(self, *a)
        self.proto = None
        self._hash = None
        self._jhash = None      # (size, proto, janet_hash): see struct_hash

    def __hash__(self):
        h = self._hash
        if h is None:
            h = self._hash = hash(frozenset(self.items())) ^ 0x5bd1e995
        return h

    def __eq__(self, other):
        return other.__class__ is Struct and dict.__eq__(self, other) and self.proto == other.proto

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return "{" + " ".join("%r %r" % (from_key(k), v) for k, v in self.items()) + "}"

    def __reduce__(self):
        return (_mkstruct, (dict(self), self.proto))


def _mkstruct(d, proto):
    s = Struct(d)
    s.proto = proto
    return s


class Table(dict):
    """A mutable Janet table with an optional prototype.  Identity equality.

    Keys are stored through `table_key`.  `icap` is the capacity the table was
    made with in the reference (it decides the table's iteration order together
    with the insertion order; see hashing.py).
    """
    __slots__ = ("proto", "weak", "icap", "__weakref__")
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __init__(self, *a):
        dict.__init__(self, *a)
        self.proto = None
        self.weak = None
        self.icap = 0

    def __repr__(self):
        return "@{" + " ".join("%r %r" % (from_key(k), v) for k, v in self.items()) + "}"

    def __reduce__(self):
        return (_mktable, (dict(self), self.proto, self.icap))


def _mktable(d, proto, icap=0):
    t = Table(d)
    t.proto = proto
    t.icap = icap
    return t


class Pointer:
    """A raw machine address (the reference's pointer type), made by ffi/*.
    Pointers are equal when their addresses are."""
    __slots__ = ("address",)

    def __init__(self, address):
        self.address = address

    def __eq__(self, other):
        return other.__class__ is Pointer and other.address == self.address

    def __hash__(self):
        return hash(self.address)


class Abstract:
    """Base class of abstract types (fibers, files, int/s64, pegs, streams, ...).

    Subclasses set `type_name` (e.g. "core/file") and may define `methods`, a dict
    from Keyword to a Janet-callable, used for method calls and `get`.
    `type_kw` is the keyword `(type x)` returns; fibers override it.
    """
    __slots__ = ("__weakref__",)
    type_name = "abstract"
    methods = None

    def janet_get(self, key):
        m = self.methods
        if m is not None:
            return m.get(key)
        return None


class FuncDef:
    """Static description of a Janet function literal (one per `fn` form).

    Every closure made from the form is a Python function whose `__doc__` is
    this object, which is how printing, `type` and stack traces find its name.
    """
    __slots__ = ("name", "min_arity", "max_arity", "arity", "source", "line",
                 "column", "vararg", "structarg", "namedarg", "named_keys", "doc",
                 "form", "env", "layout", "serial", "debug", "__weakref__")

    def __init__(self, name, min_arity, max_arity, arity, source="", line=-1, column=-1):
        self.name = name
        self.min_arity = min_arity
        self.max_arity = max_arity   # -1 when variadic
        self.arity = arity           # number of fixed (required + optional) params
        self.source = source
        self.line = line
        self.column = column
        self.vararg = False
        self.structarg = False
        self.namedarg = False
        self.named_keys = ()
        self.doc = None
        # the `fn` form, its environment and the local variables it can see
        # (compiler.scope_layout): what marshal writes so that another process
        # can compile the function again (compiler.rebuild_closure)
        self.form = None
        self.env = None
        self.layout = None
        # when its body was compiled, in order (debug/break prefers the newest
        # of two definitions, as the reference's heap walk does)
        self.serial = 0
        self.debug = None       # its debug points and breakpoints (lib/debug.py)

    def __repr__(self):
        return "<funcdef %s>" % (self.name,)


def truthy(x):
    return x is not None and x is not False


def is_number(x):
    c = x.__class__
    return c is float or c is int


def is_bytes_like(x):
    """Strings, symbols, keywords and buffers: what the reference calls a 'bytes' view."""
    c = x.__class__
    return c is bytes or c is Buffer or c is Symbol or c is Keyword


def to_bytes(x):
    c = x.__class__
    if c is bytes or c is Buffer:
        return x
    if c is Symbol or c is Keyword:
        return x.bname
    return None


_TYPE_NAMES = {
    type(None): "nil", bool: "boolean", float: "number", int: "number", bytes: "string",
    Symbol: "symbol", Keyword: "keyword", Buffer: "buffer", Array: "array",
    tuple: "tuple", Tuple: "tuple", Struct: "struct", Table: "table", Pointer: "pointer",
}


# The classes whose type name the class alone gives (for the inline type tests
# of the function tier: `(array? x)` is a class test for these, a call otherwise)
PLAIN_CLASSES = frozenset(_TYPE_NAMES)


def classes_of_type(tname):
    """The plain classes whose values have type name `tname`."""
    return frozenset(c for c, n in _TYPE_NAMES.items() if n == tname)


def type_name(x):
    """The reference's type name of `x` as a str ("number", "core/file", ...)."""
    n = _TYPE_NAMES.get(x.__class__)
    if n is not None:
        return n
    if isinstance(x, Abstract):
        return x.type_name
    if isinstance(x, _FUNCTION_TYPES):
        return "function" if x.__doc__.__class__ is FuncDef else "cfunction"
    if isinstance(x, tuple):
        return "tuple"
    return "abstract"


# Order of types for `compare` and sorting, as the reference's JanetType enum.
TYPE_ORDER = {
    "number": 0, "nil": 1, "boolean": 2, "fiber": 3, "string": 4, "symbol": 5,
    "keyword": 6, "array": 7, "tuple": 8, "table": 9, "struct": 10, "buffer": 11,
    "function": 12, "cfunction": 13,
}


def equals(a, b):
    """The reference's `=`: value equality for immutable values, identity otherwise."""
    if a is b:
        return a.__class__ is not float or a == a
    ca = a.__class__
    cb = b.__class__
    if ca is float or ca is int:
        return (cb is float or cb is int) and a == b
    if ca is Pointer:
        return cb is Pointer and a.address == b.address
    if ca is bytes:
        return cb is bytes and a == b
    if isinstance(a, tuple):
        if not isinstance(b, tuple) or len(a) != len(b):
            return False
        if getattr(a, "brackets", False) is not getattr(b, "brackets", False):
            return False
        for x, y in zip(a, b):
            if not equals(x, y):
                return False
        return True
    if ca is Struct:
        if cb is not Struct or len(a) != len(b):
            return False
        if a.proto is not b.proto and (a.proto is None or b.proto is None
                                       or not equals(a.proto, b.proto)):
            return False
        for k, v in a.items():
            if k not in b or not equals(v, b[k]):
                return False
        return True
    if isinstance(a, Abstract) and hasattr(a, "janet_equals"):
        return a.janet_equals(b)
    return False


def _cmp(x, y):
    return -1 if x < y else (1 if x > y else 0)


def compare(a, b):
    """The reference's total order (janet_compare): -1, 0 or 1."""
    if a is b:
        return 0
    if a.__class__ is Struct and b.__class__ is Struct:
        return _compare_struct(a, b)
    ta = type_name(a)
    tb = type_name(b)
    if ta != tb:
        oa = TYPE_ORDER.get(ta, 14)
        ob = TYPE_ORDER.get(tb, 14)
        if oa != ob:
            return _cmp(oa, ob)
        if oa == 14 and hasattr(a, "janet_compare"):
            return a.janet_compare(b)
        return _cmp(id(a), id(b))
    if ta == "number":
        # as the reference: equal is 0, else -1 when a < b, else 1 (so NaN is 1)
        return 0 if a == b else (-1 if a < b else 1)
    if ta == "boolean":
        return _cmp(int(a), int(b))
    if ta == "string":
        return _cmp(a, b)
    if ta == "buffer":
        return _cmp(id(a), id(b))      # buffers are compared by identity
    if ta == "symbol" or ta == "keyword":
        return _cmp(a.bname, b.bname)
    if ta == "tuple":
        ba = getattr(a, "brackets", False)
        if ba is not getattr(b, "brackets", False):
            return 1 if ba else -1     # bracketed tuples sort after parenthesised ones
        for x, y in zip(a, b):
            c = compare(x, y)
            if c:
                return c
        return _cmp(len(a), len(b))
    if ta == "struct":
        return _compare_struct(a, b)
    if ta == "nil":
        return 0
    if hasattr(a, "janet_compare"):
        return a.janet_compare(b)
    return _cmp(id(a), id(b))


def _compare_struct(a, b):
    # As the reference: by bucket capacity, then by janet_hash, then bucket by
    # bucket (key, then value; an empty bucket holds nil), then prototypes.
    la = tablen(2 * len(a))
    lb = tablen(2 * len(b))
    if la != lb:
        return -1 if la < lb else 1
    ha = struct_hash(a)
    hb = struct_hash(b)
    if ha != hb:
        return -1 if ha < hb else 1
    for x, y in zip(struct_slots(a), struct_slots(b)):
        c = compare(x[0] if x else None, y[0] if y else None)
        if c:
            return c
        c = compare(x[1] if x else None, y[1] if y else None)
        if c:
            return c
    pa = a.proto
    pb = b.proto
    if pa is None or pb is None:
        return 0 if pa is pb else (1 if pb is None else -1)
    return compare(pa, pb)


# --------------------------------------------------------------------------
# The reference's hash (janet_hash in value.c) and struct bucket layout
# (struct.c).  Structs of one size are ordered by this hash, tables iterate
# in the order it gives (hashing.py), and marshalled bytes depend on it.

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
        return struct_hash(x)
    if isinstance(x, Abstract) and x.type_name in ("core/s64", "core/u64"):
        v = x.value & M64
        return _i32((v ^ (v >> 32)) & M32)
    return _number_hash(float(id(x)))


def struct_hash(s):
    """janet_hash of struct s, remembered on it (a struct's contents do not
    change once built; the size and prototype are checked all the same)."""
    c = s._jhash
    if c is not None and c[0] == len(s) and c[1] is s.proto:
        return c[2]
    h = _struct_hash(s)
    s._jhash = (len(s), s.proto, h)
    return h


def _struct_hash(s):
    # _mix of every bucket's key hash and value hash in turn (0 and 0 for an
    # empty bucket), written out: a struct is hashed once, but sorting many
    # structs hashes each of them
    if s.proto is None:
        plan = _hash_plan(s)
        if plan is not None:
            return _hash_by_plan(s, plan)
    h = 33
    slots, hashes = _struct_layout(s)
    for i, kv in enumerate(slots):
        if kv is None:
            a = b = 0
        else:
            a = hashes[i] & M32
            b = janet_hash(kv[1]) & M32
        m = (a + 0x9e3779b9 + (h << 6) + (h >> 2)) & M32
        h ^= (0x9e3779b9 + (m << 6) + (m >> 2)) & M32
        m = (b + 0x9e3779b9 + (h << 6) + (h >> 2)) & M32
        h ^= (0x9e3779b9 + (m << 6) + (m >> 2)) & M32
    if s.proto is not None:
        h = (h + 2654435761 * (struct_hash(s.proto) & M32)) & M32
    return _i32(h)


# Records: many structs with the same keywords or string keys.  Their bucket
# layout depends on the keys only, so it is worked out once per key set, with
# the hash of the buckets up to the first value (a constant); what is left to
# do per struct is mixing in its values and the buckets after the first.
_HASH_PLANS = {}


def _hash_plan(s):
    keys = tuple(s)
    plan = _HASH_PLANS.get(keys)
    if plan is None:
        for k in keys:
            if k.__class__ is not Keyword and k.__class__ is not bytes:
                return None
        if not keys:
            return None
        slots, hashes = _struct_layout(s)
        h = 33
        steps = []
        first = None
        for i, kv in enumerate(slots):
            if first is None:
                if kv is None:
                    h = _mix(_mix(h, 0), 0)
                    continue
                first = kv[0]
                h = _mix(h, hashes[i] & M32)
                continue
            steps.append((kv[0], hashes[i] & M32) if kv is not None else (None, 0))
        plan = (h, first, tuple(steps))
        if len(_HASH_PLANS) > 256:
            _HASH_PLANS.clear()
        _HASH_PLANS[keys] = plan
    return plan


def _hash_by_plan(s, plan):
    h, first, steps = plan
    b = janet_hash(s[first]) & M32
    m = (b + 0x9e3779b9 + (h << 6) + (h >> 2)) & M32
    h ^= (0x9e3779b9 + (m << 6) + (m >> 2)) & M32
    for k, a in steps:
        m = (a + 0x9e3779b9 + (h << 6) + (h >> 2)) & M32
        h ^= (0x9e3779b9 + (m << 6) + (m >> 2)) & M32
        b = 0 if k is None else janet_hash(s[k]) & M32
        m = (b + 0x9e3779b9 + (h << 6) + (h >> 2)) & M32
        h ^= (0x9e3779b9 + (m << 6) + (m >> 2)) & M32
    return _i32(h)


def struct_order_hashes(items):
    """For a list of structs of one size without prototypes, their hashes:
    `compare` orders two of them by these when they differ.  None for any
    other list."""
    if not items or items[0].__class__ is not Struct:
        return None
    n = len(items[0])
    for x in items:
        if x.__class__ is not Struct or x.proto is not None or len(x) != n:
            return None
    if len(items) >= 64 and _LITTLE:
        _bulk_hash(items)
    return [struct_hash(x) for x in items]


# Hashing many records at once.  The hash is 32-bit arithmetic that costs
# Python a few microseconds per struct; done on all of them together, with
# each struct's numbers in a 64-bit (or, for the 64-bit products of the
# number hash, 128-bit) lane of one big integer, each operation of the mix
# runs once for the whole list.  Lanes have room above their values, so
# additions never carry into the next lane, and masking after each shift or
# product drops what came in from a neighbour.

_LITTLE = sys.byteorder == "little"    # (arrays' bytes are read as little-endian)


def _lanes(vals, width):
    """The non-negative ints `vals` (each below 2**64) as one int of
    `width`-byte lanes."""
    raw = _array("Q", vals).tobytes()
    if width == 8:
        return int.from_bytes(raw, "little")
    wide = bytearray(len(raw) * 2)
    for j in range(8):
        wide[j::16] = raw[j::8]
    return int.from_bytes(wide, "little")


def _rep(value, n, width):
    """`value` in each of n lanes of `width` bytes."""
    return int.from_bytes(value.to_bytes(width, "little") * n, "little")


def _number_hashes(vals, n):
    """_number_hash of each float in vals (& M32), as one int of 8-byte lanes."""
    raw = _array("d", [v + 0.0 for v in vals]).tobytes()
    wide = bytearray(16 * n)
    for j in range(8):
        wide[j::16] = raw[j::8]
    u = int.from_bytes(wide, "little")
    low = _rep(M64, n, 16)
    u = (u ^ (u >> 33)) & low
    u = (u * 0xff51afd7ed558ccd) & low
    u = (u ^ (u >> 33)) & low
    u = (u * 0xc4ceb9fe1a85ec53) & low
    u = (u ^ (u >> 33)) & low
    u = (u >> 32) & _rep(M32, n, 16)
    wide = u.to_bytes(16 * n, "little")
    narrow = bytearray(8 * n)
    for j in range(8):
        narrow[j::8] = wide[j::16]
    return int.from_bytes(narrow, "little")


def _bulk_hash(items):
    """Work out (and remember on each) struct_hash of every struct in items,
    when they all have one key set that has a plan (_hash_plan)."""
    first = items[0]
    if first._jhash is not None:
        return
    keys = tuple(first)
    for x in items:
        if x.__class__ is not Struct or x.proto is not None or tuple(x) != keys:
            return
    plan = _hash_plan(first)
    if plan is None:
        return
    h0, k0, steps = plan
    n = len(items)
    mask = _rep(M32, n, 8)
    gold = _rep(0x9e3779b9, n, 8)

    def column(k):
        vals = [x[k] for x in items]
        for v in vals:
            if v.__class__ is not float:
                return _lanes([janet_hash(v) & M32 for v in vals], 8)
        return _number_hashes(vals, n)

    def mix(h, b):
        m = (b + gold + (h << 6) + (h >> 2)) & mask
        return h ^ ((gold + (m << 6) + (m >> 2)) & mask)

    h = mix(_rep(h0, n, 8), column(k0))
    zero = 0
    for k, a in steps:
        h = mix(h, _rep(a, n, 8) if a else zero)
        h = mix(h, column(k) if k is not None else zero)
    # (each lane's low half, read as a signed 32-bit int, is _i32 of it)
    out = _array("i", h.to_bytes(8 * n, "little"))[0::2]
    size = len(first)
    for x, v in zip(items, out):
        x._jhash = (size, None, v)


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
    return _struct_layout(s)[0]


def _struct_layout(s):
    """struct_slots(s) and the key hash of each bucket (0 for an empty one)."""
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
    return slots, hashes


class _SortKey:
    """Wraps a value so Python's sort uses `compare`."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return compare(self.v, other.v) < 0


SortKey = _SortKey


def nan_or_inf(x):
    return math.isnan(x) or math.isinf(x)
