"""The math/* namespace: numeric functions, constants and random numbers.

Corresponds to the reference's src/core/math.c.

The reference calls the C library for every function, so its results on odd
inputs are C's: `(math/sqrt -1)` is -nan, `(math/log 0)` is -inf, overflow gives
inf, and a NaN keeps or gains a sign bit the way glibc decides.  Python's math
module calls the same C functions for most of these but raises instead of
returning those values, and uses its own algorithms for gamma, lgamma and hypot.
So: the fast path is Python's math; when it raises (and always for gamma,
lgamma and hypot) the C library itself is called through ctypes.  Without a
loadable C math library a small table of C99 rules stands in.

Random numbers use the reference's generator (Marsaglia's xorwow, seeded the
same way), so seeded sequences are the reference's.
"""

import math

from ..values import Abstract, Buffer, kw
from ..errors import panic
from ..runtime import on_reset, on_new_vm, builtin, define, STATE
from ..ops import fdiv, NEG_NAN
from .inttypes import next_method
from .. import args as A

INF = math.inf
_TWO52 = 4503599627370496.0


# --------------------------------------------------------------------------
# The C math library

_libm = None        # (library, ctypes module) once opened; False if unavailable
_CFUNS = {}


def _open_libm():
    global _libm
    _libm = False
    try:
        import ctypes
        try:
            lib = ctypes.CDLL("libm.so.6")
        except OSError:
            import ctypes.util      # slow (may run ldconfig): only off glibc
            name = ctypes.util.find_library("m")
            lib = ctypes.CDLL(name) if name else ctypes.CDLL(None)
        _libm = (lib, ctypes)
        # probe: a library that answers this is a usable libm
        if c_function("tgamma")(5.0) != 24.0:
            _libm = False
            _CFUNS.clear()
    except (OSError, AttributeError, ImportError, TypeError):
        _libm = False
        _CFUNS.clear()


def c_function(name, nargs=1):
    """The C library's function `name` of `nargs` doubles, or None.  The library
    is opened on first use, so start-up does not pay for ctypes."""
    try:
        return _CFUNS[name]
    except KeyError:
        pass
    if _libm is None:
        _open_libm()
    f = None
    if _libm:
        lib, ctypes = _libm
        f = getattr(lib, name, None)
        if f is not None:
            f.restype = ctypes.c_double
            f.argtypes = [ctypes.c_double] * nargs
    _CFUNS[name] = f
    return f


def _c99(nan, pole=None, overflow=None):
    """A stand-in for a C function where Python's raised: `pole(x)` (if given
    and not None), else `overflow(x)` for a non-NaN x (likewise), else `nan`."""
    def f(x):
        r = pole(x) if pole is not None else None
        if r is None and overflow is not None and x == x:
            r = overflow(x)
        return nan if r is None else r
    return f


_NAN = float("nan")


def _log_pole(x):
    return -INF if x == 0 else None


def _pos_inf(x):
    return INF


def _signed_inf(x):
    return math.copysign(INF, x)


def _exp_overflow(x):
    return INF if x > 0 else None


# C99 stand-ins by C name, used only when the C library cannot be loaded; the
# NaN signs are glibc's.
_FALLBACK = {
    "acos": _c99(_NAN), "asin": _c99(_NAN), "atan": _c99(_NAN),
    "cos": _c99(NEG_NAN), "sin": _c99(NEG_NAN), "tan": _c99(NEG_NAN),
    "cosh": _c99(NEG_NAN, None, _pos_inf), "sinh": _c99(NEG_NAN, None, _signed_inf),
    "tanh": _c99(NEG_NAN), "acosh": _c99(NEG_NAN), "asinh": _c99(NEG_NAN),
    "atanh": _c99(NEG_NAN, lambda x: math.copysign(INF, x) if abs(x) == 1 else None),
    "exp": _c99(NEG_NAN, None, _exp_overflow), "exp2": _c99(NEG_NAN, None, _exp_overflow),
    "expm1": _c99(NEG_NAN, None, _exp_overflow),
    "log": _c99(NEG_NAN, _log_pole), "log2": _c99(NEG_NAN, _log_pole),
    "log10": _c99(_NAN, _log_pole),
    "log1p": _c99(NEG_NAN, lambda x: -INF if x == -1 else None),
    "sqrt": _c99(NEG_NAN), "cbrt": _c99(NEG_NAN), "erf": _c99(NEG_NAN), "erfc": _c99(NEG_NAN),
    "tgamma": _c99(_NAN, lambda x: math.copysign(INF, x) if x == 0 else None, _exp_overflow),
    "lgamma": _c99(INF, None, _pos_inf),
}


def _c_value(cname, x):
    """What the C function `cname` returns for x."""
    f = c_function(cname)
    return f(x) if f is not None else _FALLBACK[cname](x)


def _register_unary(jname, cname, py, doc):
    """math/<jname>: Python's `py` when it answers, else the C function's value.
    `py` None means always the C function (Python computes it differently);
    `_PY_ONLY` stands in when there is no C library."""
    if py is None:
        alt = _PY_ONLY[cname]

        def op(x):
            if x.__class__ is not float:
                x = A.number(x, 0)
            f = c_function(cname)
            if f is not None:
                return f(x)
            try:
                return alt(x)
            except (ValueError, OverflowError):
                return _FALLBACK[cname](x)
    else:
        def op(x):
            if x.__class__ is not float:
                x = A.number(x, 0)
            try:
                return py(x)
            except (ValueError, OverflowError):
                return _c_value(cname, x)
    builtin("math/" + jname, "(math/%s x)" % jname, doc)(op)


# Python's versions of the functions normally taken from C (see _register_unary).
_PY_ONLY = {"tgamma": math.gamma, "lgamma": math.lgamma}


for _jname, _cname, _py, _doc in (
        ("acos", "acos", math.acos, "The arccosine of x, in radians."),
        ("asin", "asin", math.asin, "The arcsine of x, in radians."),
        ("atan", "atan", math.atan, "The arctangent of x, in radians."),
        ("cos", "cos", math.cos, "The cosine of x (radians)."),
        ("cosh", "cosh", math.cosh, "The hyperbolic cosine of x."),
        ("acosh", "acosh", math.acosh, "The inverse hyperbolic cosine of x."),
        ("sin", "sin", math.sin, "The sine of x (radians)."),
        ("sinh", "sinh", math.sinh, "The hyperbolic sine of x."),
        ("tan", "tan", math.tan, "The tangent of x (radians)."),
        ("tanh", "tanh", math.tanh, "The hyperbolic tangent of x."),
        ("exp", "exp", math.exp, "e raised to the power x."),
        ("exp2", "exp2", math.exp2, "2 raised to the power x."),
        ("log1p", "log1p", math.log1p,
         "The natural logarithm of 1 + x, precise even when x is tiny."),
        ("expm1", "expm1", math.expm1,
         "e raised to the power x, minus 1, precise even when x is tiny."),
        ("cbrt", "cbrt", math.cbrt, "The cube root of x."),
        ("erf", "erf", math.erf, "The error function of x."),
        ("erfc", "erfc", math.erfc, "The complementary error function of x, 1 - erf(x)."),
        ("log-gamma", "lgamma", None, "The natural logarithm of the absolute value of gamma(x)."),
        ("gamma", "tgamma", None, "The gamma function of x."),
        ("atanh", "atanh", math.atanh, "The inverse hyperbolic tangent of x."),
        ("asinh", "asinh", math.asinh, "The inverse hyperbolic sine of x."),
        ("log", "log", math.log, "The natural logarithm of x."),
        ("log10", "log10", math.log10, "The base-10 logarithm of x."),
        ("log2", "log2", math.log2, "The base-2 logarithm of x."),
        ("sqrt", "sqrt", math.sqrt, "The square root of x.")):
    _register_unary(_jname, _cname, _py, _doc)


# Rounding.  Python's floor/ceil/trunc return ints (losing -0.0) and its round
# rounds halves to even; C's keep the sign of zero and round halves away from 0.

@builtin("math/floor", "(math/floor x)", "The largest integer not greater than x.")
def math_floor(x):
    if x.__class__ is not float:
        x = A.number(x, 0)
    if -_TWO52 < x < _TWO52:
        r = float(math.floor(x))
        return r if r else math.copysign(0.0, x)
    return x        # already an integer, or inf or NaN


@builtin("math/ceil", "(math/ceil x)", "The smallest integer not less than x.")
def math_ceil(x):
    if x.__class__ is not float:
        x = A.number(x, 0)
    if -_TWO52 < x < _TWO52:
        r = float(math.ceil(x))
        return r if r else math.copysign(0.0, x)
    return x


@builtin("math/trunc", "(math/trunc x)", "x with its fractional part dropped (rounded toward 0).")
def math_trunc(x):
    if x.__class__ is not float:
        x = A.number(x, 0)
    if -_TWO52 < x < _TWO52:
        r = float(int(x))
        return r if r else math.copysign(0.0, x)
    return x


@builtin("math/round", "(math/round x)",
         "The integer nearest to x; halves round away from zero.")
def math_round(x):
    if x.__class__ is not float:
        x = A.number(x, 0)
    if -_TWO52 < x < _TWO52:
        r = float(int(x))
        if abs(x - r) >= 0.5:       # exact: x - trunc(x) is x's fraction
            r += math.copysign(1.0, x)
        return r if r else math.copysign(0.0, x)
    return x


@builtin("math/abs", "(math/abs x)", "The absolute value of x.")
def math_abs(x):
    if x.__class__ is not float:
        x = A.number(x, 0)
    return math.fabs(x)


# Two-argument functions

def _pow_rules(x, y):
    """C's pow where Python's raises (no C library): poles and overflow."""
    if x == 0.0:
        odd = y.is_integer() and y % 2 == 1
        return math.copysign(INF, x) if odd else INF
    if x < 0 and not y.is_integer():
        return NEG_NAN
    neg = x < 0 and y % 2 == 1
    big = abs(x) > 1 if y > 0 else abs(x) < 1
    return (-INF if neg else INF) if big else (-0.0 if neg else 0.0)


@builtin("math/pow", "(math/pow a x)", "a raised to the power x.")
def math_pow(a, x):
    a = A.number(a, 0)
    x = A.number(x, 1)
    try:
        return math.pow(a, x)
    except (ValueError, OverflowError):
        f = c_function("pow", 2)
        return f(a, x) if f is not None else _pow_rules(a, x)


@builtin("math/atan2", "(math/atan2 y x)",
         "The angle of the point (x, y) from the positive x axis: the arctangent "
         "of y/x using both signs to pick the quadrant; fine when x is 0.")
def math_atan2(y, x):
    return math.atan2(A.number(y, 0), A.number(x, 1))


@builtin("math/hypot", "(math/hypot a b)",
         "The length of the hypotenuse of a right triangle with legs a and b.")
def math_hypot(a, b):
    a = A.number(a, 0)
    b = A.number(b, 1)
    f = c_function("hypot", 2)
    if f is not None:
        return f(a, b)
    try:
        return math.hypot(a, b)
    except OverflowError:
        return INF


@builtin("math/next", "(math/next x y)",
         "The floating point number next to x in the direction of y.")
def math_next(x, y):
    return math.nextafter(A.number(x, 0), A.number(y, 1))


def _gcd(x, y):
    if x != x or y != y:
        return _NAN
    if x in (INF, -INF) or y in (INF, -INF):
        return INF
    # Euclid with C's fmod, as the reference (signs follow fmod's rules)
    while y != 0:
        x, y = y, math.fmod(x, y)
    return x


@builtin("math/gcd", "(math/gcd x y)", "The greatest common divisor of x and y.")
def math_gcd(x, y):
    return _gcd(A.number(x, 0), A.number(y, 1))


@builtin("math/lcm", "(math/lcm x y)", "The least common multiple of x and y.")
def math_lcm(x, y):
    x = A.number(x, 0)
    y = A.number(y, 1)
    return fdiv(x, _gcd(x, y)) * y


@builtin("math/frexp", "(math/frexp x)",
         "Splits x into a mantissa m with 0.5 <= |m| < 1 (or 0) and an integer "
         "exponent e with x = m * 2^e; returns the tuple (m e).")
def math_frexp(x):
    m, e = math.frexp(A.number(x, 0))
    return (m, float(e))


@builtin("math/ldexp", "(math/ldexp m e)", "m times 2 to the power e.")
def math_ldexp(m, e):
    m = A.number(m, 0)
    e = A.integer(e, 1)
    try:
        return math.ldexp(m, e)
    except OverflowError:
        return math.copysign(INF, m)


define("math/pi", math.pi, "The ratio of a circle's circumference to its diameter.")
define("math/e", math.e, "Euler's number, the base of the natural logarithm.")
define("math/inf", INF, "Positive infinity.")
define("math/-inf", -INF, "Negative infinity.")
define("math/nan", _NAN, "A NaN (not a number) value.")
define("math/int32-min", -2147483648.0, "The smallest 32-bit signed integer.")
define("math/int32-max", 2147483647.0, "The largest 32-bit signed integer.")
define("math/int-min", -9007199254740992.0,
       "The smallest integer below which a double no longer holds every integer: -(2^53).")
define("math/int-max", 9007199254740992.0,
       "The largest integer up to which a double holds every integer: 2^53.")


# --------------------------------------------------------------------------
# Random numbers

_M32 = 0xFFFFFFFF
_INT32_MAX = 2147483647


class RNG(Abstract):
    """A `core/rng`: the reference's xorwow generator state."""
    __slots__ = ("a", "b", "c", "d", "counter")
    type_name = "core/rng"

    def __init__(self, seed=0):
        self.seed(seed)

    def seed(self, seed):
        self.a = seed & _M32
        self.b = 0x97654321
        self.c = 123871873
        self.d = 0xF23F56C8
        self.counter = 0
        self._warm_up()

    def long_seed(self, data):
        """Seed from bytes: folded into 16 bytes with xor, read as four
        little-endian words."""
        state = bytearray(16)
        for i, byte in enumerate(data):
            state[i & 15] ^= byte
        self.a = int.from_bytes(state[0:4], "little") or 1     # never all zero
        self.b = int.from_bytes(state[4:8], "little")
        self.c = int.from_bytes(state[8:12], "little")
        self.d = int.from_bytes(state[12:16], "little")
        self.counter = 0
        self._warm_up()

    def _warm_up(self):
        # the first outputs after seeding are poorly mixed; skip them
        for _ in range(16):
            self.u32()

    def u32(self):
        t = self.d
        s = self.a
        self.d = self.c
        self.c = self.b
        self.b = s
        t ^= t >> 2
        t ^= (t << 1) & _M32
        t ^= s ^ ((s << 4) & _M32)
        self.a = t
        self.counter = (self.counter + 362437) & _M32
        return (t + self.counter) & _M32

    def uniform(self):
        hi = self.u32()
        lo = self.u32()
        return ((hi << 20) | (lo >> 12)) * 2.220446049250313e-16     # 52 bits / 2^52

    def janet_next(self, key):
        return next_method(self.methods, key)


def _seed_with(rng, seed):
    if A.is_int(seed):
        rng.seed(int(seed))
    else:
        rng.long_seed(A.bytes_(seed, 0))


@on_new_vm
def _own_rng(state):
    """math/random's generator: each interpreter's own, seeded with 0."""
    state.rng = RNG(0)


@on_reset
def _reseed_default():
    STATE.rng.seed(0)


_NO_ARG = object()


def _get_rng(x):
    return A.abstract(x, 0, RNG, "core/rng")


@builtin("math/rng", "(math/rng &opt seed)",
         "A new pseudo-random generator (a core/rng), seeded with `seed`: an "
         "integer or a byte sequence.  Not for cryptography.")
def math_rng(seed=_NO_ARG):
    r = RNG.__new__(RNG)
    if seed is _NO_ARG:
        r.seed(0)
    else:
        _seed_with(r, seed)
    return r


@builtin("math/rng-uniform", "(math/rng-uniform rng)",
         "The next number from `rng`, uniform in [0, 1).")
def math_rng_uniform(rng):
    return _get_rng(rng).uniform()


@builtin("math/rng-int", "(math/rng-int rng &opt max)",
         "The next integer from `rng`, uniform in [0, max); 0 when max is 0.  "
         "Without max, in [0, 2^31 - 1].")
def math_rng_int(rng, mx=_NO_ARG):
    r = _get_rng(rng)
    if mx is _NO_ARG:
        return float(r.u32() >> 1)
    m = _INT32_MAX if mx is None else A.nat(mx, 1)
    if m == 0:
        return 0.0
    # reject the top few words so every remainder is equally likely
    limit = _INT32_MAX - (_INT32_MAX % m)
    w = r.u32() >> 1
    while w > limit:
        w = r.u32() >> 1
    return float(w % m)


@builtin("math/rng-buffer", "(math/rng-buffer rng n &opt buf)",
         "Appends n random bytes from `rng` to `buf` (a new buffer when absent) "
         "and returns it.")
def math_rng_buffer(rng, n, buf=None):
    r = _get_rng(rng)
    n = A.nat(n, 1)
    if buf is None:
        buf = Buffer()
    else:
        A.buffer(buf, 2)
    whole = n & ~3
    out = bytearray()
    for _ in range(0, whole, 4):
        out += r.u32().to_bytes(4, "little")
    if n != whole:
        out += r.u32().to_bytes(4, "little")[:n - whole]
    buf += out
    return buf


RNG.methods = {kw("uniform"): math_rng_uniform, kw("int"): math_rng_int,
               kw("buffer"): math_rng_buffer}


@builtin("math/random", "(math/random)",
         "A pseudo-random number uniform in [0, 1), from the interpreter's "
         "generator (each thread has its own) that `math/seedrandom` seeds.")
def math_random():
    return STATE.rng.uniform()


@builtin("math/seedrandom", "(math/seedrandom seed)",
         "Seeds the generator of `math/random` (this thread's) with an integer or "
         "a byte sequence.")
def math_seedrandom(seed):
    _seed_with(STATE.rng, seed)
