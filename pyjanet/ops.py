"""Arithmetic, bitwise and comparison operators.

Corresponds to the reference's operator instructions in src/core/vm.c (vm_binop,
vm_bitop, vm_compop, janet_binop_call, janet_mcall) and the variadic operator
functions of src/core/corelib.c (`+ - * / % mod div band ... < = not=`), which the
reference compiles to instructions (src/core/cfuns.c).

The compiler inlines the two-number fast path of these operators into its node
templates and calls the `*_slow` functions here for everything else, so the
semantics live in exactly one place.  The variadic builtins at the bottom are
what `(apply + xs)` or `(map + a b)` call.
"""

import math

from .values import Keyword, Table, Struct, Abstract, FuncDef, equals, compare, kw
from .errors import JanetError, panicf
from .runtime import builtin, get, method_invoke, c_method_invoke, asm_function, ASM_PC_UNARY

NAN = float("nan")
NEG_NAN = -NAN   # the x86 default NaN has its sign bit set; the reference prints -nan

_METHOD = {}


def _mkw(name):
    k = _METHOD.get(name)
    if k is None:
        k = _METHOD[name] = kw(name)
    return k


def _isnum(x):
    c = x.__class__
    return c is float or c is int


def binop_call(op, a, b):
    """Operator on non-numbers: try method :op on a, then :rop on b."""
    lm = get(a, _mkw(op))
    if lm is None:
        lr = get(b, _mkw("r" + op))
        if lr is None:
            panicf("could not find method :%s for %v or :%s for %v", op, a, "r" + op, b)
        return c_method_invoke(lr, (b, a))
    return c_method_invoke(lm, (a, b))


def mcall(op, a, b):
    """Operator with a small-integer immediate right operand (janet_mcall)."""
    m = get(a, _mkw(op))
    if m is None:
        panicf("could not find method :%s for %v", op, a)
    return c_method_invoke(m, (a, b))


# Binary slow paths: called by inlined templates when an operand is not a float.
# `imm` is true when the reference would have used an immediate instruction
# (right operand a constant integer in [-128, 127]); it changes the error text.

def add_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return float(a) + float(b)
    return mcall("+", a, b) if imm and not _isnum(a) else binop_call("+", a, b)


def sub_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return float(a) - float(b)
    return mcall("-", a, b) if imm and not _isnum(a) else binop_call("-", a, b)


def mul_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return float(a) * float(b)
    return mcall("*", a, b) if imm and not _isnum(a) else binop_call("*", a, b)


def fdiv(a, b):
    """IEEE division as the reference's C does it (no ZeroDivisionError)."""
    if b == 0.0:
        if a != a:
            return a
        if a == 0.0:
            return NEG_NAN
        neg = (math.copysign(1.0, a) < 0) != (math.copysign(1.0, b) < 0)
        return -math.inf if neg else math.inf
    return a / b


def div_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return fdiv(float(a), float(b))
    return mcall("/", a, b) if imm and not _isnum(a) else binop_call("/", a, b)


def floordiv(a, b):
    return math.floor(fdiv(a, b)) * 1.0 if math.isfinite(fdiv(a, b)) else fdiv(a, b)


def divf_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return floordiv(float(a), float(b))
    return binop_call("div", a, b)


def fmod(a, b):
    """C fmod: the reference's `%` (sign of the dividend)."""
    if b == 0.0 or math.isinf(a) or a != a or b != b:
        if a != a:
            return a
        if b != b:
            return b
        if math.isinf(b) and not math.isinf(a):
            return a
        return NEG_NAN
    return math.fmod(a, b)


def rem_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return fmod(float(a), float(b))
    return binop_call("%", a, b)


def floormod(a, b):
    """The reference's `mod`: x - y*floor(x/y), and x when y is 0."""
    if b == 0.0:
        return a
    q = a / b
    if math.isfinite(q):
        return a - b * math.floor(q)
    if q != q:
        return q
    # an infinite quotient: floor(inf) * y makes an infinity or NaN, as in C
    return a - b * q


def mod_slow(a, b, imm=False):
    if _isnum(a) and _isnum(b):
        return floormod(float(a), float(b))
    return binop_call("mod", a, b)


# Comparisons: numbers compare numerically, anything else with `compare`.

def lt_slow(a, b):
    if _isnum(a) and _isnum(b):
        return a < b
    return compare(a, b) < 0


def gt_slow(a, b):
    if _isnum(a) and _isnum(b):
        return a > b
    return compare(a, b) > 0


def le_slow(a, b):
    if _isnum(a) and _isnum(b):
        return a <= b
    return compare(a, b) <= 0


def ge_slow(a, b):
    if _isnum(a) and _isnum(b):
        return a >= b
    return compare(a, b) >= 0


eq = equals


def neq(a, b):
    return not equals(a, b)


# Bitwise operators work on 32-bit integers like the reference's.

def _int32(x):
    if _isnum(x) and float(x).is_integer() and -2147483648 <= x <= 2147483647:
        return int(x)
    panicf("value %v out of range for 32-bit signed integers", x)


def _uint32(x):
    if _isnum(x) and float(x).is_integer() and 0 <= x <= 4294967295:
        return int(x)
    panicf("value %v out of range for 32-bit unsigned integers", x)


# The reference formats this message's value with %f from a Janet value that C
# passes where a double is expected, so it always reads "0.000000".
_RHS_ERROR = "rhs must be valid 32-bit signed integer, got %f"


def _shift_count(y):
    if _isnum(y) and float(y).is_integer() and -2147483648 <= y <= 2147483647:
        return int(y) & 31   # the shift count is masked as x86 does
    panicf(_RHS_ERROR, 0.0)


def _c_int32(x):
    """C's (int32_t) cast of a double on x86-64: truncation toward zero, and
    INT32_MIN for NaN and for values out of range."""
    x = float(x)
    if x != x or not -2147483649.0 < x < 2147483648.0:
        return -2147483648
    return int(x)


def _wrap32(v):
    v &= 0xFFFFFFFF
    return float(v - 0x100000000 if v & 0x80000000 else v)


def _bitop(name, a, b, f):
    if _isnum(a) and _isnum(b):
        x = _int32(a)
        if not (float(b).is_integer() and -2147483648 <= b <= 2147483647):
            panicf(_RHS_ERROR, 0.0)
        return _wrap32(f(x, int(b)))
    return binop_call(name, a, b)


def band2(a, b):
    return _bitop("&", a, b, lambda x, y: x & y)


def bor2(a, b):
    return _bitop("|", a, b, lambda x, y: x | y)


def bxor2(a, b):
    return _bitop("^", a, b, lambda x, y: x ^ y)


def lshift2(a, b):
    if _isnum(a) and _isnum(b):
        return _wrap32(_int32(a) << _shift_count(b))
    return binop_call("<<", a, b)


def rshift2(a, b):
    if _isnum(a) and _isnum(b):
        return float(_int32(a) >> _shift_count(b))
    return binop_call(">>", a, b)


def rshiftu2(a, b):
    if _isnum(a) and _isnum(b):
        return float(_uint32(a) >> _shift_count(b))
    return binop_call(">>", a, b)


_SHIFTS = {"blshift": lshift2, "brshift": rshift2, "brushift": rshiftu2}


def shift_fold(name, imms, args):
    """`(blshift x a b ...)` compiled with its arguments: like the reference's
    compiler, a shift by a constant integer in [-128, 127] (imms[i]) is the
    immediate instruction, whose error for a non-number is janet_mcall's."""
    op2 = _SHIFTS[name]
    acc = args[0]
    for i in range(1, len(args)):
        b = args[i]
        if imms[i] and not _isnum(acc):
            acc = mcall(">>" if name != "blshift" else "<<", acc, b)
        else:
            acc = op2(acc, b)
    return acc


# --------------------------------------------------------------------------
# The variadic operator functions (type :function in the reference).

def _reduce(op2, unit, unary_first, args):
    n = len(args)
    if n == 0:
        return unit
    if n == 1:
        try:
            return op2(unary_first, args[0])
        except JanetError as e:
            e.asm_pc = ASM_PC_UNARY     # (the reference's unary path: see runtime)
            raise
    acc = op2(args[0], args[1])
    for x in args[2:]:
        acc = op2(acc, x)
    return acc


@builtin("+", "(+ & xs)", "Returns the sum of all `xs`; 0 when there are none.",
         kind="function", noframe=True)
def plus(*xs):
    if len(xs) == 2:
        a, b = xs
        if a.__class__ is float is b.__class__:
            return a + b
    return _reduce(add_slow, 0.0, 0.0, xs)


@builtin("-", "(- & xs)",
         "Subtracts every later argument from the first.  With one argument, "
         "negates it; with none, returns 0.", kind="function", noframe=True)
def minus(*xs):
    # (one argument: `0 - x` as in the reference's assembly version; a direct
    # call `(- x)` the compiler turns into `x * -1` as the reference's does)
    return _reduce(sub_slow, 0.0, 0.0, xs)


def negate(x):
    """`(- x)` as the reference's compiler emits it (a direct call): `x * -1`."""
    return mul_slow(x, -1.0, True)


@builtin("*", "(* & xs)", "Returns the product of all `xs`; 1 when there are none.",
         kind="function", noframe=True)
def times(*xs):
    return _reduce(mul_slow, 1.0, 1.0, xs)


@builtin("/", "(/ & xs)",
         "Divides the first argument by every later one.  With one argument, "
         "returns its reciprocal; with none, returns 1.", kind="function", noframe=True)
def divide(*xs):
    return _reduce(div_slow, 1.0, 1.0, xs)


@builtin("div", "(div & xs)",
         "Floor division: divides the first argument by the rest, rounding toward "
         "negative infinity after each step.", kind="function", noframe=True)
def divfloor(*xs):
    return _reduce(divf_slow, 1.0, 1.0, xs)


@builtin("%", "(% & xs)",
         "Remainder of dividing the first argument by the rest, with the sign of the "
         "dividend (C's fmod).", kind="function", noframe=True)
def remainder(*xs):
    return _reduce(rem_slow, 0.0, 1.0, xs)


@builtin("mod", "(mod & xs)",
         "Modulo of the first argument by the rest, with the sign of the divisor. "
         "`(mod x 0)` is `x`.", kind="function", noframe=True)
def modulo(*xs):
    return _reduce(mod_slow, 0.0, 1.0, xs)


@builtin("band", "(band & xs)", "Bitwise and of 32-bit integers.", kind="function", noframe=True)
def band(*xs):
    return _reduce(band2, -1.0, -1.0, xs)


@builtin("bor", "(bor & xs)", "Bitwise or of 32-bit integers.", kind="function", noframe=True)
def bor(*xs):
    return _reduce(bor2, 0.0, 0.0, xs)


@builtin("bxor", "(bxor & xs)", "Bitwise exclusive or of 32-bit integers.", kind="function", noframe=True)
def bxor(*xs):
    return _reduce(bxor2, 0.0, 0.0, xs)


@builtin("blshift", "(blshift x & shifts)",
         "Shifts x left by each shift amount in turn (32-bit signed).", kind="function", noframe=True)
def blshift(*xs):
    return _reduce(lshift2, 1.0, 1.0, xs)


@builtin("brshift", "(brshift x & shifts)",
         "Arithmetic right shift of x by each shift amount (32-bit signed).", kind="function", noframe=True)
def brshift(*xs):
    return _reduce(rshift2, 1.0, 1.0, xs)


@builtin("brushift", "(brushift x & shifts)",
         "Logical right shift of x by each shift amount (32-bit unsigned).", kind="function", noframe=True)
def brushift(*xs):
    return _reduce(rshiftu2, 1.0, 1.0, xs)


@builtin("bnot", "(bnot x)", "Bitwise complement of the 32-bit integer x.", kind="function", noframe=True)
def bnot(x):
    if _isnum(x):
        return float(~_c_int32(x))     # (the reference casts, it does not check)
    m = get(x, _mkw("~"))
    if m is None:
        panicf("could not find method :~ for %v", x)
    return c_method_invoke(m, (x,))


# (the reference writes these in assembly: their frames read `in NAME pc=N`)
for _f in (plus, minus, times, divide, divfloor, remainder, modulo, band, bor, bxor,
           blshift, brshift, brushift, bnot):
    asm_function(_f)


def _chain(test, xs):
    for i in range(len(xs) - 1):
        if not test(xs[i], xs[i + 1]):
            return False
    return True


@builtin("<", "(< & xs)", "True when the arguments are in strictly ascending order.",
         kind="function", noframe=True)
def lt(*xs):
    return _chain(lt_slow, xs)


@builtin(">", "(> & xs)", "True when the arguments are in strictly descending order.",
         kind="function", noframe=True)
def gt(*xs):
    return _chain(gt_slow, xs)


@builtin("<=", "(<= & xs)", "True when the arguments are in ascending order.",
         kind="function", noframe=True)
def le(*xs):
    return _chain(le_slow, xs)


@builtin(">=", "(>= & xs)", "True when the arguments are in descending order.",
         kind="function", noframe=True)
def ge(*xs):
    return _chain(ge_slow, xs)


@builtin("=", "(= & xs)", "True when all arguments are equal.", kind="function", noframe=True)
def equal(*xs):
    return _chain(equals, xs)


@builtin("not=", "(not= & xs)", "True when some pair of neighbouring arguments differ.",
         kind="function", noframe=True)
def not_equal(*xs):
    if len(xs) < 2:
        return False
    return not _chain(equals, xs)


@builtin("cmp", "(cmp x y)",
         "Compares x and y in the total order used for sorting; returns -1, 0 or 1.",
         kind="function", noframe=True)
def cmp(x, y):
    return float(compare(x, y))


asm_function(cmp)
