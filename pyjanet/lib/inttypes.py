"""Boxed 64-bit integers: the int/* namespace and the core/s64, core/u64 types.

Corresponds to the reference's src/core/inttypes.c.  An `int/s64` or `int/u64`
value is an abstract value holding a Python int in `.value` (signed for s64,
0 .. 2^64-1 for u64).  Arithmetic wraps around like C's 64-bit integers.

Operators reach these types through methods: `(+ a b)` on a non-number looks up
`:+` on `a`, then `:r+` on `b` (pyjanet/ops.py), so each operator has a method
here, plus `:compare` for the polymorphic `compare`.  The reader's `1:s` and
`1:u` literals are built by the constructors registered at the bottom.
"""

from ..values import Abstract, Buffer, kw
from ..errors import panic, panicf
from ..runtime import builtin, CFunInfo
from ..reader import register_int_types
# The conversion rules (numbers, integer strings, the other int type) and their
# error texts already live in the printer, which needs them for `%d` formats.
from ..args import s64 as _slow_s64, u64 as _slow_u64
from .. import args as A

MASK64 = (1 << 64) - 1
INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1
_TWO63 = 1 << 63
_TWO64 = 1 << 64
_DBL_INT_MAX = 9007199254740992          # 2^53: the largest exactly-held integer
_F_DBL_INT_MAX = 9007199254740992.0
_F_TWO63 = 9223372036854775808.0
_F_TWO64 = 18446744073709551616.0


def next_method(methods, key):
    """The method name after `key` in a methods dict (the reference's
    janet_nextmethod), so `next`/`keys` on an abstract value list its methods."""
    it = iter(methods)
    if key is None:
        return next(it, None)
    for k in it:
        if k is key:
            return next(it, None)
    return None


class _IntBox(Abstract):
    """What s64 and u64 share: printing, equality, hashing, ordering."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def janet_tostring(self):
        return b"%d" % self.value

    def janet_equals(self, other):
        return other.__class__ is self.__class__ and other.value == self.value

    # Python-level equality and hash make equal boxes the same table key.
    def __eq__(self, other):
        return other.__class__ is self.__class__ and other.value == self.value

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        # the reference hashes the two 32-bit halves xor-ed together
        bits = self.value & MASK64
        h = (bits ^ (bits >> 32)) & 0xFFFFFFFF
        return h - 0x100000000 if h & 0x80000000 else h

    def janet_compare(self, other):
        """The primitive order (`cmp`, sorting): by value within one type; the
        reference orders different abstract types by their type, and puts every
        s64 after every u64."""
        c = other.__class__
        if c is self.__class__:
            a, b = self.value, other.value
            return 0 if a == b else (-1 if a < b else 1)
        if c is S64 or c is U64:
            return 1 if self.__class__ is S64 else -1
        a, b = self.type_name, getattr(other, "type_name", "")
        return -1 if a < b else 1

    def janet_next(self, key):
        return next_method(self.methods, key)

    def __repr__(self):
        return "<%s %d>" % (self.type_name, self.value)


class S64(_IntBox):
    """A signed 64-bit integer (`int/s64`)."""
    __slots__ = ()
    type_name = "core/s64"


class U64(_IntBox):
    """An unsigned 64-bit integer (`int/u64`)."""
    __slots__ = ()
    type_name = "core/u64"


def make_s64(v):
    """An s64 box of the Python int `v`, wrapped to 64 bits."""
    v &= MASK64
    return S64(v - _TWO64 if v & _TWO63 else v)


def make_u64(v):
    return U64(v & MASK64)


def to_s64(x):
    """`x` as a signed 64-bit Python int (the reference's janet_unwrap_s64):
    integer numbers up to 2^53, integer strings, or either int type's bits."""
    c = x.__class__
    if c is S64:
        return x.value
    if c is float:
        if -_F_DBL_INT_MAX <= x <= _F_DBL_INT_MAX and x.is_integer():
            return int(x)
    elif c is U64:
        v = x.value
        return v - _TWO64 if v & _TWO63 else v
    return _slow_s64(x)


def to_u64(x):
    """`x` as an unsigned 64-bit Python int (janet_unwrap_u64)."""
    c = x.__class__
    if c is U64:
        return x.value
    if c is float:
        if 0.0 <= x <= _F_DBL_INT_MAX and x.is_integer():
            return int(x)
    elif c is S64:
        return x.value & MASK64
    return _slow_u64(x)


def _wrap_s(v):
    v &= MASK64
    return v - _TWO64 if v & _TWO63 else v


def _wrap_u(v):
    return v & MASK64


# --------------------------------------------------------------------------
# Methods.  The reference's method cfunctions have no registered name: they
# print as `<cfunction 0x...>`, so they get an empty name here.

def _method(mn, mx):
    def deco(f):
        f.janet = CFunInfo("", mn, mx, "")
        return f
    return deco


def _trunc_div(a, b):
    """C's integer division (rounds toward zero)."""
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


def _trunc_rem(a, b):
    return a - b * _trunc_div(a, b)


def _make_ops(box, conv, signed):
    """The arithmetic and bitwise methods of one int type: `box` makes a value
    of the type, `conv` reads an operand as the type (to_s64 / to_u64)."""
    wrap = _wrap_s if signed else _wrap_u

    def arith(op):
        @_method(2, -1)
        def m(a, b, *rest):
            acc = wrap(op(conv(a), conv(b)))
            for x in rest:
                acc = wrap(op(acc, conv(x)))
            return box(acc)
        return m

    add = arith(lambda x, y: x + y)
    sub = arith(lambda x, y: x - y)
    mul = arith(lambda x, y: x * y)
    band = arith(lambda x, y: x & y)
    bor = arith(lambda x, y: x | y)
    bxor = arith(lambda x, y: x ^ y)
    # x86 masks 64-bit shift counts to their low 6 bits
    lshift = arith(lambda x, y: x << (y & 63))
    rshift = arith(lambda x, y: x >> (y & 63))

    @_method(2, 2)
    def subr(a, b):
        return box(wrap(conv(b) - conv(a)))

    @_method(1, 1)
    def bnot(a):
        return box(wrap(~conv(a)))

    def check(acc, d):
        if d == 0:
            panic("division by zero")
        if signed and d == -1 and acc == INT64_MIN:
            panic("INT64_MIN divided by -1")

    def divloop(op):
        @_method(2, -1)
        def m(a, b, *rest):
            acc = conv(a)
            for x in (b,) + rest:
                d = conv(x)
                check(acc, d)
                acc = op(acc, d)
            return box(acc)
        return m

    def divrev(op):
        @_method(2, 2)
        def m(a, b):
            acc = conv(b)
            d = conv(a)
            check(acc, d)
            return box(op(acc, d))
        return m

    if signed:
        div = divloop(_trunc_div)
        rem = divloop(_trunc_rem)
        divr = divrev(_trunc_div)
        remr = divrev(_trunc_rem)

        # Floor division and modulo take exactly two operands for s64.
        # (INT64_MIN div -1 crashes the reference; here it is an error.)
        def floordiv(x, y):
            check(x, y)
            return box(x // y)

        def floormod(x, y):
            return box(x if y == 0 else x % y)

        @_method(2, 2)
        def divf(a, b):
            return floordiv(conv(a), conv(b))

        @_method(2, 2)
        def divfr(a, b):
            return floordiv(conv(b), conv(a))

        @_method(2, 2)
        def mod(a, b):
            return floormod(conv(a), conv(b))

        @_method(2, 2)
        def modr(a, b):
            return floormod(conv(b), conv(a))
    else:
        div = divf = divloop(lambda x, y: x // y)
        rem = divloop(lambda x, y: x % y)
        divr = divfr = divrev(lambda x, y: x // y)
        remr = divrev(lambda x, y: x % y)

        # u64 `mod` by zero stops and returns what it has so far
        @_method(2, -1)
        def mod(a, b, *rest):
            acc = conv(a)
            for x in (b,) + rest:
                d = conv(x)
                if d == 0:
                    break
                acc %= d
            return box(acc)

        @_method(2, 2)
        def modr(a, b):
            acc = conv(b)
            d = conv(a)
            return box(acc if d == 0 else acc % d)

    return [("+", add), ("r+", add), ("-", sub), ("r-", subr), ("*", mul), ("r*", mul),
            ("/", div), ("r/", divr), ("div", divf), ("rdiv", divfr), ("mod", mod),
            ("rmod", modr), ("%", rem), ("r%", remr), ("&", band), ("r&", band),
            ("|", bor), ("r|", bor), ("^", bxor), ("r^", bxor), ("~", bnot),
            ("<<", lshift), (">>", rshift)]


def _icmp(a, b):
    return -1.0 if a < b else (1.0 if a > b else 0.0)


def _cmp_s64_number(x, y):
    if y != y:
        return 0.0
    if -_F_DBL_INT_MAX < y < _F_DBL_INT_MAX:
        return _icmp(float(x), y)
    if y > _F_TWO63:
        return -1.0
    if y < -_F_TWO63:
        return 1.0
    # y is an integer in [-2^63, 2^63]; converting 2^63 overflows to INT64_MIN
    yi = int(y)
    if yi == _TWO63:
        yi = INT64_MIN
    return _icmp(x, yi)


def _cmp_u64_number(x, y):
    if y != y:
        return 0.0
    if y < 0:
        return 1.0
    if y < _F_DBL_INT_MAX:
        return _icmp(float(x), y)
    if y > _F_TWO64:
        return -1.0
    yi = int(y) & MASK64      # 2^64 itself converts to 0
    return _icmp(x, yi)


@_method(2, 2)
def _s64_compare(a, b):
    if a.__class__ is not S64:
        panic("compare method requires int/s64 as first argument")
    x = a.value
    c = b.__class__
    if c is float:
        return _cmp_s64_number(x, b)
    if c is S64:
        return _icmp(x, b.value)
    if c is U64:
        if x < 0 or b.value > INT64_MAX:
            return -1.0
        return _icmp(x, b.value)
    return None


@_method(2, 2)
def _u64_compare(a, b):
    if a.__class__ is not U64:
        panic("compare method requires int/u64 as first argument")
    x = a.value
    c = b.__class__
    if c is float:
        return _cmp_u64_number(x, b)
    if c is U64:
        return _icmp(x, b.value)
    if c is S64:
        if b.value < 0 or x > INT64_MAX:
            return 1.0
        return _icmp(x, b.value)
    return None


S64.methods = {kw(n): f for n, f in _make_ops(S64, to_s64, True) + [("compare", _s64_compare)]}
U64.methods = {kw(n): f for n, f in _make_ops(U64, to_u64, False) + [("compare", _u64_compare)]}


# --------------------------------------------------------------------------
# The int/* functions

@builtin("int/s64", "(int/s64 value)",
         "Box a signed 64-bit integer made from a number (an integer no larger "
         "than 2^53 in magnitude), an integer string, or another int type.")
def int_s64(value):
    return S64(to_s64(value))


@builtin("int/u64", "(int/u64 value)",
         "Box an unsigned 64-bit integer made from a non-negative integer number "
         "up to 2^53, an integer string, or another int type.")
def int_u64(value):
    return U64(to_u64(value))


@builtin("int/to-number", "(int/to-number value)",
         "The number an int/s64 or int/u64 holds.  An error when the value lies "
         "outside what a double holds exactly, [-2^53, 2^53].")
def int_to_number(value):
    c = value.__class__
    if c is S64 or c is U64:
        v = value.value
        if -_DBL_INT_MAX <= v <= _DBL_INT_MAX:
            return float(v)
        panicf("cannot convert %q to a number, must be in the range [%q, %q]",
               value, -_F_DBL_INT_MAX, _F_DBL_INT_MAX)
    panicf("expected int/u64 or int/s64, got %q", value)


_LE = kw("le")
_BE = kw("be")


@builtin("int/to-bytes", "(int/to-bytes value &opt endianness buffer)",
         "Append the 8 bytes of an int/s64 or int/u64 to `buffer` (a new buffer "
         "when nil) and return it.  `endianness` is :le (least significant byte "
         "first), :be (most significant first) or nil for the machine's order.")
def int_to_bytes(value, endianness=None, buffer=None):
    c = value.__class__
    if c is not S64 and c is not U64:
        panicf("int/to-bytes: expected an int/s64 or int/u64, got %q", value)
    order = "little"      # the machine order of the platforms we run on
    if endianness is not None:
        k = A.keyword(endianness, 1)
        if k is _BE:
            order = "big"
        elif k is not _LE:
            panicf("int/to-bytes: expected endianness :le, :be or nil, got %v", endianness)
    if buffer is None:
        buffer = Buffer()
    elif buffer.__class__ is not Buffer:
        panicf("int/to-bytes: expected buffer or nil, got %q", buffer)
    buffer += (value.value & MASK64).to_bytes(8, order)
    return buffer


register_int_types(make_s64, make_u64)
