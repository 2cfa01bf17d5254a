"""Core functions the reference writes in Janet (src/boot/boot.janet), in Python.

The reference defines its predicates, sequence and collection functions (map,
filter, reduce, sort, take, partition, merge, put-in, walk, deep=, ...),
polymorphic comparison and a few environment helpers in boot.janet.  Here they
are Python for speed, registered with kind="function" so that `(type map)` is
:function as in the reference.  Macros stay in pyjanet/boot.janet.

What the reference's versions do is the specification, down to details a user
can observe: the order in which elements are visited (always `next` order, so
dictionaries, strings and fibers work wherever the reference accepts them),
which operator or builtin raises an error and with what text, and the exact
quick-sort that `sort` runs (it is not stable, so the order of elements that
compare equal is part of its behaviour).
"""

import math

from ..values import (Symbol, Keyword, Buffer, Array, Tuple, Struct, Table,
                      FuncDef, table_key, from_key, type_name, compare as prim_compare,
                      equals, mk_tuple, SortKey, sym, kw, struct_order_hashes, classes_of_type)
from ..errors import JanetError, Frame, panic, internal_error
from ..hashing import dict_order
from ..runtime import (builtin, define, on_reset, REGISTRY, call_fallback, callback_error, TailCall, resolve, iter_values, iter_keys,
                       get as rt_get, in_ as rt_in, put as rt_put, next_key,
                       length as rt_length, STATE)
from ..ops import (add_slow, sub_slow, mul_slow, div_slow, divf_slow, mod_slow,
                   lt_slow, gt_slow, le_slow, negate, lt as op_lt, gt as op_gt, NEG_NAN)
from .. import args as A
from .tuple import tuple_slice, tuple_brackets, tuple_setmap, tuple_sourcemap
from .string import string_slice
from .array import array_slice
from .table import table_to_struct, table_clone, table_proto_flatten, table_setproto
from .struct import struct_to_table, struct_proto_flatten
from .core import getproto, tuple_ as core_tuple


def fn(name, usage, doc, **kw_):
    """Register a boot.janet-level function (type :function).

    Its arity errors name the number of fixed parameters, required and optional,
    like those of a Janet closure (`called with 3 arguments, expected 2`).
    """
    reg = builtin(name, usage, doc, kind="function", source="boot.janet", **kw_)

    def deco(f):
        f = reg(f)
        if "arity" not in kw_:
            # the positional parameters (no keyword-only ones are used)
            f.__doc__.arity = f.__code__.co_argcount
        return f
    return deco


def closure(name, pyfunc, nparams, vararg=False):
    """Dress a Python function as a Janet closure made by boot.janet code, like
    `(fn :comp [& x] ...)`: it prints as <function name> and reports arity errors
    as a closure does.  It may return a TailCall for its call in tail position."""
    fd = FuncDef(name, nparams, -1 if vararg else nparams, nparams, "boot.janet")
    fd.vararg = vararg
    pyfunc.__doc__ = fd
    return pyfunc


def _retry(f, args, e):
    """`f(*args)` raised TypeError `e`.  When it came from binding the arguments
    (wrong arity, or `f` is not a function), the body never ran: report it as a
    call from Janet code does (`<function f> called with 1 argument, expected
    2`), or call the value as a method.  Anything else is our bug."""
    if e.__traceback__.tb_next is None:
        try:
            r = call_fallback(f, args, e)
        except JanetError as je:
            # (a C function checks its arity inside, so its frame shows; a
            # function of boot.janet is refused before it runs)
            if getattr(f, "__doc__", None).__class__ is not FuncDef:
                callback_error(je, f)
            raise
        return resolve(r) if r.__class__ is TailCall else r
    raise internal_error(e)


def jcall(f, *args):
    """Call f as the reference's boot.janet code would (arity errors are those of
    a call from Janet code, not from C); resolves tail calls."""
    try:
        r = f(*args)
    except TypeError as e:
        return _retry(f, args, e)
    except JanetError as e:
        raise callback_error(e, f)
    if r.__class__ is TailCall:
        r = resolve(r)
    return r


def call1(f, x):
    """`jcall(f, x)`, faster: the hot loops below call user functions a lot."""
    try:
        r = f(x)
    except TypeError as e:
        return _retry(f, (x,), e)
    except JanetError as e:
        raise callback_error(e, f)
    if r.__class__ is TailCall:
        r = resolve(r)
    return r


def call2(f, x, y):
    try:
        r = f(x, y)
    except TypeError as e:
        return _retry(f, (x, y), e)
    except JanetError as e:
        raise callback_error(e, f)
    if r.__class__ is TailCall:
        r = resolve(r)
    return r


def _values(ds):
    """What `each` visits; arrays and tuples are iterated directly."""
    c = ds.__class__
    if c is Array or c is tuple or c is Tuple:
        return ds
    return iter_values(ds)


def _is_indexed(x):
    return x.__class__ is Array or isinstance(x, tuple)


def _is_bytes(x):
    c = x.__class__
    return c is bytes or c is Buffer or c is Symbol or c is Keyword


def _is_lengthable(x):
    c = x.__class__
    return (c is Array or isinstance(x, tuple) or c is bytes or c is Buffer or c is Symbol
            or c is Keyword or c is Table or c is Struct)


def _truthy(x):
    return x is not None and x is not False


# --------------------------------------------------------------------------
# Predicates

def _typepred(name, tname, doc):
    def p(x):
        return type_name(x) == tname
    p.__name__ = name
    p = fn(name, "(%s x)" % name, doc)(p)
    # the plain classes (values.PLAIN_CLASSES) it is true of, so that the
    # function tier can test the class of such a value in place of a call
    p._jclasses = classes_of_type(tname)


for _n, _t in (("number?", "number"), ("fiber?", "fiber"), ("string?", "string"),
               ("symbol?", "symbol"), ("keyword?", "keyword"), ("buffer?", "buffer"),
               ("function?", "function"), ("cfunction?", "cfunction"), ("table?", "table"),
               ("struct?", "struct"), ("array?", "array"), ("tuple?", "tuple"),
               ("boolean?", "boolean")):
    _typepred(_n, _t, "Check if x is a %s." % _t)


@fn("nil?", "(nil? x)", "Check if x is nil.")
def nil_p(x):
    return x is None


nil_p._jclasses = classes_of_type("nil")


@fn("true?", "(true? x)", "Check if x is true.")
def true_p(x):
    return x is True


@fn("false?", "(false? x)", "Check if x is false.")
def false_p(x):
    return x is False


@fn("truthy?", "(truthy? x)", "Check if x is truthy (neither nil nor false).")
def truthy_p(x):
    return x is not None and x is not False


@fn("nan?", "(nan? x)", "Check if x is NaN.")
def nan_p(x):
    return not equals(x, x)


@fn("empty?", "(empty? iter)", "Check if an iterable has no elements.")
def empty_p(it):
    return next_key(it, None) is None


@fn("has-key?", "(has-key? x key)",
    "True when looking up key in x (with `get`) gives something other than nil.")
def has_key_p(x, key):
    return rt_get(x, key) is not None


@fn("has-value?", "(has-value? x value)",
    "True when one of the values of x equals value.")
def has_value_p(x, value):
    return index_of(value, x) is not None


# --------------------------------------------------------------------------
# Polymorphic comparison

KW_COMPARE = Keyword("compare")


@fn("compare", "(compare x y)",
    "Compares x and y: -1 when x is smaller, 0 when they are equal, 1 when x is "
    "larger.  A `:compare` method of x, called as (method x y), decides first; "
    "failing that the negated result of y's, (method y x); failing that the "
    "primitive order of `cmp`.  A method's nil or false result means no decision.")
def compare(x, y):
    if x.__class__ is float and y.__class__ is float:
        return 0.0 if x == y else (-1.0 if x < y else 1.0)
    f = rt_get(x, KW_COMPARE)
    if f is not None and f is not False:
        r = call2(f, x, y)
        if r is not None and r is not False:
            return r
    g = rt_get(y, KW_COMPARE)
    if g is not None and g is not False:
        r = call2(g, y, x)
        r = -r if r.__class__ is float else negate(r)  # boot.janet's (- r)
        if r is not None and r is not False:
            return r
    return float(prim_compare(x, y))


def _compare_chain(test, xs):
    if not xs:
        return True
    x = xs[0]
    for y in xs[1:]:
        if test(compare(x, y), 0.0):
            x = y
        else:
            return False
    return True


@fn("compare=", "(compare= & xs)", "Like `=`, but compares with `compare`.")
def compare_eq(*xs):
    return _compare_chain(equals, xs)


@fn("compare<", "(compare< & xs)", "Like `<`, but compares with `compare`.")
def compare_lt(*xs):
    return _compare_chain(lt_slow, xs)


@fn("compare<=", "(compare<= & xs)", "Like `<=`, but compares with `compare`.")
def compare_le(*xs):
    return _compare_chain(le_slow, xs)


@fn("compare>", "(compare> & xs)", "Like `>`, but compares with `compare`.")
def compare_gt(*xs):
    return _compare_chain(gt_slow, xs)


@fn("compare>=", "(compare>= & xs)", "Like `>=`, but compares with `compare`.")
def compare_ge(*xs):
    from ..ops import ge_slow
    return _compare_chain(ge_slow, xs)


# The fast paths below give what `compare` gives for a number: it orders NaN
# after everything (so NaN is `pos?`), and -0 equals 0.

@fn("zero?", "(zero? x)", "Check if x is zero (using `compare`).")
def zero_p(x):
    if x.__class__ is float:
        return x == 0.0
    return equals(compare(x, 0.0), 0.0)


@fn("pos?", "(pos? x)", "Check if x is greater than 0 (using `compare`).")
def pos_p(x):
    if x.__class__ is float:
        return not (x == 0.0 or x < 0.0)
    return equals(compare(x, 0.0), 1.0)


@fn("neg?", "(neg? x)", "Check if x is less than 0 (using `compare`).")
def neg_p(x):
    if x.__class__ is float:
        return x < 0.0
    return equals(compare(x, 0.0), -1.0)


@fn("one?", "(one? x)", "Check if x is equal to 1 (using `compare`).")
def one_p(x):
    if x.__class__ is float:
        return x == 1.0
    return equals(compare(x, 1.0), 0.0)


def _mod2(x):
    """(mod x 2); for a number that is not finite the reference gets NaN."""
    if x.__class__ is float:
        if x - x != 0.0:
            return NEG_NAN
        return x - 2.0 * math.floor(x / 2.0)
    return mod_slow(x, 2.0)


@fn("even?", "(even? x)", "Check if x is even.")
def even_p(x):
    return equals(0.0, compare(0.0, _mod2(x)))


@fn("odd?", "(odd? x)", "Check if x is odd.")
def odd_p(x):
    return equals(0.0, compare(1.0, _mod2(x)))


# --------------------------------------------------------------------------
# Small function tools

@fn("inc", "(inc x)", "Returns x + 1.")
def inc(x):
    return x + 1.0 if x.__class__ is float else add_slow(x, 1.0, True)


@fn("dec", "(dec x)", "Returns x - 1.")
def dec(x):
    return x - 1.0 if x.__class__ is float else sub_slow(x, 1.0, True)


@fn("identity", "(identity x)", "Returns x unchanged.")
def identity(x):
    return x


def _framed(name, line, column, f, *args):
    """jcall(f, *args) from inside one of the closures below: an error passing
    through gets the frame the reference's closure would show."""
    try:
        return jcall(f, *args)
    except JanetError as e:
        e.trace.append(Frame(name, "boot.janet", line, column))
        raise


# Source positions of the inner calls of the reference's `comp` closures, by
# the number of functions composed (5 is the closure of the first four made
# when there are more).
_COMP_SITES = {2: (833, (49,)), 3: (834, (51, 54)), 4: (835, (53, 56, 59)),
               5: (837, (30, 33, 36))}


@fn("comp", "(comp & functions)",
    "The composition of the functions: ((comp f g h) x) is (f (g (h x))).  The "
    "innermost function receives all the arguments.  nil when given no function.")
def comp(*functions):
    n = len(functions)
    if n == 0:
        return None
    if n == 1:
        return functions[0]
    if n <= 4:
        line, cols = _COMP_SITES[n]
        # innermost first, each with the column of its call
        inner = list(zip(functions[1:], cols))[::-1]
        last = functions[0]

        def composed(*x):
            (f, col), rest = inner[0], inner[1:]
            v = _framed("comp", line, col, f, *x)
            for f, col in rest:
                v = _framed("comp", line, col, f, v)
            return TailCall(last, (v,))
        return closure("comp", composed, 0, vararg=True)
    # More than four: fold the first four into one, as the reference does, and
    # compose that with the rest.
    f, g, h, i = functions[:4]
    line, (cg, ch, ci) = _COMP_SITES[5]

    def first4(x):
        v = _framed("comp", line, ci, i, x)
        v = _framed("comp", line, ch, h, v)
        return TailCall(f, (_framed("comp", line, cg, g, v),))
    return comp(closure("comp", first4, 1), *functions[4:])


@fn("complement", "(complement f)",
    "A function of one argument that returns the logical negation of f's result.")
def complement(f):
    def neg(x):
        r = _framed("complement", 848, 28, f, x)
        return r is None or r is False
    return closure("complement", neg, 1)


@fn("partial", "(partial f & more)",
    "Partial application: a function that calls f with the arguments `more` "
    "followed by its own.  f itself when `more` is empty.")
def partial(f, *more):
    if not more:
        return f

    def applied(*r):
        return TailCall(f, more + r)
    return closure("partial", applied, 0, vararg=True)


@fn("juxt*", "(juxt* & funs)",
    "The juxtaposition of funs: a function whose result is the tuple of each "
    "function's result on its arguments.")
def juxt_star(*funs):
    def juxt(*args):
        return tuple([_framed("juxt*", 1445, 23, f, *args) for f in funs])
    return closure("juxt*", juxt, 0, vararg=True)


@fn("juxt", "(juxt & funs)",
    "Macro form of `juxt*`: expands to a function that applies each of funs to its "
    "arguments and returns the tuple of the results.", macro=True)
def juxt_macro(*funs):
    from .core import gensym, apply
    args = gensym()
    body = (sym("tuple"),) + tuple((apply, f, args) for f in funs)
    return (sym("fn"), Keyword("juxt"), (sym("&"), args), body)


# --------------------------------------------------------------------------
# First, last, extremes and arithmetic folds

@fn("first", "(first xs)",
    "The first element of xs: `(get xs 0)`, so nil when it is empty, the last "
    "value of a fiber, or what an abstract type's getter says.")
def first(xs):
    c = xs.__class__
    if c is Array or c is tuple or c is Tuple:
        return xs[0] if xs else None
    return rt_get(xs, 0.0)


@fn("last", "(last xs)", "The last element of an indexed or byte sequence, or nil.")
def last(xs):
    c = xs.__class__
    if c is Array or c is tuple or c is Tuple:
        return xs[-1] if xs else None
    return rt_get(xs, sub_slow(rt_length(xs), 1.0))


def _extreme(better, ds):
    it = iter(_values(ds))
    for best in it:
        break
    else:
        return None
    for x in it:
        if better(x, best):
            best = x
    return best


def _all_floats(xs):
    for x in xs:
        if x.__class__ is not float:
            return False
    return True


@fn("extreme", "(extreme order args)",
    "The element of args that is most extreme by `order`, a function of two "
    "values that says whether its first argument beats its second.  The first "
    "such element wins ties.  nil when args is empty.")
def extreme(order, args):
    return _extreme(lambda x, y: _truthy(call2(order, x, y)), args)


@fn("max", "(max & args)", "The largest argument (compared with `>`), or nil when none.")
def max_(*args):
    if args and _all_floats(args):
        return max(args)   # keeps the first of equals, and NaN as `>` would
    return _extreme(gt_slow, args)


@fn("min", "(min & args)", "The smallest argument (compared with `<`), or nil when none.")
def min_(*args):
    if args and _all_floats(args):
        return min(args)
    return _extreme(lt_slow, args)


@fn("max-of", "(max-of args)",
    "The largest value of the sequence args (compared with `>`), or nil when empty.")
def max_of(args):
    if (args.__class__ is Array or isinstance(args, tuple)) and args and _all_floats(args):
        return max(args)
    return _extreme(gt_slow, args)


@fn("min-of", "(min-of args)",
    "The smallest value of the sequence args (compared with `<`), or nil when empty.")
def min_of(args):
    if (args.__class__ is Array or isinstance(args, tuple)) and args and _all_floats(args):
        return min(args)
    return _extreme(lt_slow, args)


@fn("sum", "(sum xs)", "The sum of the values of xs (0 when there are none).")
def sum_(xs):
    acc = 0.0
    for v in _values(xs):
        if acc.__class__ is float and v.__class__ is float:
            acc += v
        else:
            acc = add_slow(acc, v)
    return acc


@fn("product", "(product xs)", "The product of the values of xs (1 when there are none).")
def product(xs):
    acc = 1.0
    for v in _values(xs):
        if acc.__class__ is float and v.__class__ is float:
            acc *= v
        else:
            acc = mul_slow(acc, v)
    return acc


@fn("mean", "(mean xs)", "The arithmetic mean of the values of xs (NaN when there are none).")
def mean(xs):
    if _is_lengthable(xs):
        return div_slow(sum_(xs), rt_length(xs))
    acc = 0.0
    total = 0.0
    for v in iter_values(xs):
        acc = add_slow(acc, v)
        total += 1.0
    return div_slow(acc, total)


def _log(v):
    """math/log as the reference's C library computes it."""
    v = A.number(v, 0)
    if v > 0.0:
        return math.log(v)
    if v == 0.0:
        return -math.inf
    return v if v != v else NEG_NAN


def _exp(v):
    try:
        return math.exp(v)
    except OverflowError:
        return math.inf


@fn("geomean", "(geomean xs)",
    "The geometric mean of the values of xs (NaN when there are none).")
def geomean(xs):
    acc = 0.0
    if _is_lengthable(xs):
        for v in _values(xs):
            acc += _log(v)
        return _exp(div_slow(acc, rt_length(xs)))
    total = 0.0
    for v in iter_values(xs):
        acc += _log(v)
        total += 1.0
    return _exp(div_slow(acc, total))


# --------------------------------------------------------------------------
# Mapping and folding

@fn("map", "(map f ind & inds)",
    "An array of f applied to each value of ind.  Given more collections, f "
    "receives one value of each, side by side, and the shortest collection ends "
    "the mapping.  Any iterable works: arrays, tuples, dictionaries (their values), "
    "byte sequences (their bytes), fibers.")
def map_(f, ind, *inds):
    out = Array()
    if inds:
        if _all_indexed(ind, inds):
            app = out.append
            for args in zip(ind, *inds):
                try:
                    r = f(*args)
                except TypeError as e:
                    r = _retry(f, args, e)
                except JanetError as e:
                    raise callback_error(e, f)
                if r.__class__ is TailCall:
                    r = resolve(r)
                app(r)
        else:
            _map_n(f, ind, inds, out.append)
        return out
    app = out.append
    for x in _values(ind):
        try:
            r = f(x)
        except TypeError as e:
            r = _retry(f, (x,), e)
        except JanetError as e:
            raise callback_error(e, f)
        if r.__class__ is TailCall:
            r = resolve(r)
        app(r)
    return out


def _all_indexed(ind, inds):
    if not (ind.__class__ is Array or isinstance(ind, tuple)):
        return False
    for i in inds:
        if not (i.__class__ is Array or isinstance(i, tuple)):
            return False
    return True


def _map_n(f, ind, inds, sink):
    """Call f on the values of ind and inds side by side, passing each result to
    `sink` until one collection ends or sink returns True (to stop early)."""
    its = [iter_values(i) for i in inds]
    for x in _values(ind):
        args = [x]
        for it in its:
            for v in it:
                args.append(v)
                break
            else:
                return
        if sink(jcall(f, *args)):
            return


def _splice_into(out):
    def sink(r):
        if r.__class__ is Array or isinstance(r, tuple):
            out.extend(r)
        else:
            out.append(r)
    return sink


@fn("mapcat", "(mapcat f ind & inds)",
    "Like `map`, but the results are concatenated into one array as `array/concat` "
    "does: the elements of array and tuple results, other results as they are.")
def mapcat(f, ind, *inds):
    out = Array()
    sink = _splice_into(out)
    if inds:
        _map_n(f, ind, inds, sink)
    else:
        for x in _values(ind):
            sink(call1(f, x))
    return out


@fn("filter", "(filter pred ind)",
    "An array of the values of ind for which pred is truthy, in order.")
def filter_(pred, ind):
    out = Array()
    app = out.append
    for x in _values(ind):
        try:
            r = pred(x)
        except TypeError as e:
            r = _retry(pred, (x,), e)
        except JanetError as e:
            raise callback_error(e, pred)
        if r.__class__ is TailCall:
            r = resolve(r)
        if r is not None and r is not False:
            app(x)
    return out


@fn("count", "(count pred ind & inds)",
    "How many values of ind (or, given more collections, how many side-by-side "
    "tuples of values) pred is truthy for.")
def count(pred, ind, *inds):
    n = 0
    if inds:
        hits = []
        _map_n(pred, ind, inds, lambda r: _truthy(r) and hits.append(r))
        return float(len(hits))
    for x in _values(ind):
        r = call1(pred, x)
        if r is not None and r is not False:
            n += 1
    return float(n)


@fn("keep", "(keep pred ind & inds)",
    "An array of the truthy results of pred applied to the values of ind (and of "
    "inds, side by side, as `map` does).")
def keep(pred, ind, *inds):
    out = Array()
    if inds:
        _map_n(pred, ind, inds, lambda r: _truthy(r) and out.append(r))
        return out
    for x in _values(ind):
        r = call1(pred, x)
        if r is not None and r is not False:
            out.append(r)
    return out


@fn("some", "(some pred ind & inds)",
    "The first truthy result of pred applied to the values of ind (and of inds, "
    "side by side), or nil when there is none.")
def some(pred, ind, *inds):
    if inds:
        found = [None]

        def sink(r):
            if r is not None and r is not False:
                found[0] = r
                return True
        _map_n(pred, ind, inds, sink)
        return found[0]
    for x in _values(ind):
        r = call1(pred, x)
        if r is not None and r is not False:
            return r
    return None


@fn("all", "(all pred ind & inds)",
    "true when pred is truthy for every value of ind (and of inds, side by side); "
    "otherwise the first falsey result.")
def all_(pred, ind, *inds):
    if inds:
        found = [True]

        def sink(r):
            if r is None or r is False:
                found[0] = r
                return True
        _map_n(pred, ind, inds, sink)
        return found[0]
    for x in _values(ind):
        r = call1(pred, x)
        if r is None or r is False:
            return r
    return True


@fn("reduce", "(reduce f init ind)",
    "Folds ind from the left: the accumulator starts as init and becomes (f acc x) "
    "for each value x.  Returns the final accumulator.")
def reduce_(f, init, ind):
    acc = init
    for x in _values(ind):
        try:
            acc = f(acc, x)
        except TypeError as e:
            acc = _retry(f, (acc, x), e)
        except JanetError as e:
            raise callback_error(e, f)
        if acc.__class__ is TailCall:
            acc = resolve(acc)
    return acc


@fn("reduce2", "(reduce2 f ind)",
    "Like `reduce`, with the first value of ind as the initial accumulator.  nil "
    "when ind is empty.")
def reduce2(f, ind):
    it = iter(_values(ind))
    for acc in it:
        break
    else:
        return None
    for x in it:
        acc = call2(f, acc, x)
    return acc


@fn("accumulate", "(accumulate f init ind)",
    "Like `reduce`, but returns an array of every intermediate accumulator (one per "
    "value of ind; init itself is not included).")
def accumulate(f, init, ind):
    out = Array()
    acc = init
    for x in _values(ind):
        acc = call2(f, acc, x)
        out.append(acc)
    return out


@fn("accumulate2", "(accumulate2 f ind)",
    "Like `accumulate`, with the first value of ind as the initial accumulator, "
    "which also starts the result.")
def accumulate2(f, ind):
    out = Array()
    it = iter(_values(ind))
    for acc in it:
        break
    else:
        return out
    out.append(acc)
    for x in it:
        acc = call2(f, acc, x)
        out.append(acc)
    return out


# --------------------------------------------------------------------------
# Searching

@fn("find-index", "(find-index pred ind &opt dflt)",
    "The key (the index, for sequences) of the first value of ind for which pred is "
    "truthy; dflt (default nil) when there is none.")
def find_index(pred, ind, dflt=None):
    c = ind.__class__
    if c is Array or c is tuple or c is Tuple:
        for i, x in enumerate(ind):
            r = call1(pred, x)
            if r is not None and r is not False:
                return float(i)
        return dflt
    k = next_key(ind, None)
    while k is not None:
        r = call1(pred, rt_in(ind, k))
        if r is not None and r is not False:
            return k
        k = next_key(ind, k)
    return dflt


@fn("find", "(find pred ind &opt dflt)",
    "The first value of ind for which pred is truthy; dflt (default nil) when "
    "there is none.")
def find(pred, ind, dflt=None):
    for x in _values(ind):
        r = call1(pred, x)
        if r is not None and r is not False:
            return x
    return dflt


@fn("index-of", "(index-of val ind &opt dflt)",
    "The first key of ind whose value equals val (prototypes are not searched); "
    "dflt (default nil) when there is none.")
def index_of(val, ind, dflt=None):
    c = ind.__class__
    if c is Array or c is tuple or c is Tuple:
        for i, x in enumerate(ind):
            if equals(x, val):
                return float(i)
        return dflt
    k = next_key(ind, None)
    while k is not None:
        if equals(rt_in(ind, k), val):
            return k
        k = next_key(ind, k)
    return dflt


@fn("every?", "(every? ind)",
    "true when ind is empty; otherwise its first falsey value, or its last value "
    "when all are truthy.")
def every_p(ind):
    res = True
    for v in _values(ind):
        if res is None or res is False:
            break
        res = v
    return res


@fn("any?", "(any? ind)",
    "nil when ind is empty; otherwise its first truthy value, or its last value when "
    "all are falsey.")
def any_p(ind):
    res = None
    for v in _values(ind):
        if res is not None and res is not False:
            break
        res = v
    return res


# --------------------------------------------------------------------------
# Sorting
#
# The reference sorts in place with a quick-sort of its own: the pivot is the
# median (by `<=`, whatever the comparator) of the first, middle and last
# elements, and both scans swap on equality.  Sorting is not stable, so which of
# two elements that the comparator cannot order comes first is decided by that
# exact algorithm; `_quicksort` runs the same steps.  With the comparator `<` or
# `>` (a strict total order when there is no NaN) any correct sort puts the
# elements in the same order, except among elements that compare equal; so
# Python's sort is used, and its result kept when every such tie is between
# indistinguishable elements.

_NATIVE_KEYS = {float: None, bytes: None, Keyword: lambda k: k.bname,
                Symbol: lambda s: s.bname}


def _same(x, y):
    """Whether x and y cannot be told apart (so their order does not matter)."""
    if x is y:
        return True
    c = x.__class__
    if c is not y.__class__:
        return False
    if c is float:
        return x == y and (x != 0.0 or math.copysign(1.0, x) == math.copysign(1.0, y))
    return c is bytes and x == y


def _fast_sorted(elems, keys, descending):
    """`elems` in the order the reference's quick-sort gives when comparing their
    `keys` with `<` (or `>`), as a new list; None when that is not certain."""
    c = keys[0].__class__
    native = None
    if c in _NATIVE_KEYS:
        for k in keys:
            if k.__class__ is not c:
                break
        else:
            keyf = _NATIVE_KEYS[c]
            native = keys if keyf is None else [keyf(k) for k in keys]
    if native is not None:
        if c is float:
            zero_signs = set()
            for k in keys:
                if k != k:
                    return None
                if k == 0.0:
                    zero_signs.add(math.copysign(1.0, k))
        if elems is keys and (c is not float or len(zero_signs) < 2):
            # equal numbers (other than 0 and -0), strings, keywords or symbols
            # are alike: their order does not matter
            return sorted(elems, key=_NATIVE_KEYS[c], reverse=descending)
        order = sorted(range(len(keys)), key=native.__getitem__, reverse=descending)
        prev = order[0]
        pk = native[prev]
        for i in order[1:]:
            k = native[i]
            if k == pk and not _same(elems[prev], elems[i]):
                return None
            prev = i
            pk = k
        return [elems[i] for i in order]
    for k in keys:
        if k.__class__ is float and k != k:
            return None
    wrapped = [SortKey(k) for k in keys]
    order = sorted(range(len(keys)), key=wrapped.__getitem__, reverse=descending)
    prev = order[0]
    for i in order[1:]:
        if prim_compare(keys[prev], keys[i]) == 0 and not _same(elems[prev], elems[i]):
            return None
        prev = i
    return [elems[i] for i in order]


def _quicksort(a, n, before, orig):
    """Sort list-like `a` (indices 0..n-1) in place with the reference's algorithm.

    `before(x, y)` is the comparator as a Python bool.  When `orig` is not None
    `a` is a list holding the elements of the Janet array or buffer `orig`, and
    reading outside it is the reference's `in` error; otherwise `a` does its
    own reads and writes.
    """
    le = le_slow
    stack = [(0, n - 1)]
    pop = stack.pop
    push = stack.append
    try:
        while stack:
            lo, hi = pop()
            if lo >= hi:
                continue
            x = a[lo]
            y = a[(lo + hi) // 2]
            z = a[hi]
            if le(x, y):
                pivot = y if le(y, z) else (x if le(z, x) else z)
            else:
                pivot = y if le(z, y) else (x if le(x, z) else z)
            left = lo
            right = hi
            while True:
                while before(a[left], pivot):
                    left += 1
                while True:
                    if right < 0 and orig is not None:
                        rt_in(orig, float(right))
                    if not before(pivot, a[right]):
                        break
                    right -= 1
                if left <= right:
                    a[left], a[right] = a[right], a[left]
                    left += 1
                    right -= 1
                if left >= right:
                    break
            # the reference recurses on the left part first
            if left < hi:
                push((left, hi))
            if lo < right:
                push((lo, right))
    except IndexError:
        # only a list can raise this: the left scan ran off its end
        rt_in(orig, float(left))
        raise


def _quicksort_keyed(a, k, descending, orig):
    """`_quicksort` of list `a` with the comparator `<` (or `>`) applied to the
    parallel list of keys `k` (moved along with `a`).  Comparing numbers inline
    makes `sort-by` with many equal keys affordable."""
    numeric = True
    for key in k:
        if key.__class__ is not float or key != key:
            numeric = False
            break
    lt = gt_slow if descending else lt_slow
    # the median is taken on the elements (by `<=`), not their keys; records
    # (structs of one size) compare by their hashes first, worked out once
    o = struct_order_hashes(a)
    if o is not None:
        def le(x, y, ox, oy):
            return ox < oy if ox != oy else (x is y or le_slow(x, y))
    else:
        def le(x, y, ox, oy):
            return le_slow(x, y)
        o = k
    stack = [(0, len(a) - 1)]
    pop = stack.pop
    push = stack.append
    try:
        while stack:
            lo, hi = pop()
            if lo >= hi:
                continue
            mid = (lo + hi) // 2
            x = a[lo]
            y = a[mid]
            z = a[hi]
            ox = o[lo]
            oy = o[mid]
            oz = o[hi]
            if le(x, y, ox, oy):
                p = mid if le(y, z, oy, oz) else (lo if le(z, x, oz, ox) else hi)
            else:
                p = mid if le(z, y, oz, oy) else (lo if le(x, z, ox, oz) else hi)
            pk = k[p]
            left = lo
            right = hi
            while True:
                if numeric:
                    if descending:
                        while k[left] > pk:
                            left += 1
                        while pk > k[right]:
                            right -= 1
                    else:
                        while k[left] < pk:
                            left += 1
                        while pk < k[right]:
                            right -= 1
                else:
                    while lt(k[left], pk):
                        left += 1
                    while True:
                        if right < 0:
                            rt_in(orig, float(right))
                        if not lt(pk, k[right]):
                            break
                        right -= 1
                if left <= right:
                    a[left], a[right] = a[right], a[left]
                    k[left], k[right] = k[right], k[left]
                    if o is not k:
                        o[left], o[right] = o[right], o[left]
                    left += 1
                    right -= 1
                if left >= right:
                    break
            if left < hi:
                push((left, hi))
            if lo < right:
                push((lo, right))
    except IndexError:
        rt_in(orig, float(left))
        raise


class _Seq:
    """Index access to any sortable Janet value through `in` and `put`."""
    __slots__ = ("ds",)

    def __init__(self, ds):
        self.ds = ds

    def __getitem__(self, i):
        return rt_in(self.ds, float(i))

    def __setitem__(self, i, v):
        rt_put(self.ds, float(i), v)


def _comparator(before):
    if before is None or before is op_lt:
        return lt_slow
    if before is op_gt:
        return gt_slow
    return lambda x, y: _truthy(call2(before, x, y))


def sort_in_place(x, before=None, keyf=None):
    """The reference's `sort` (`keyf` given: `sort-by`).  Returns x."""
    n = int(rt_length(x))
    if n < 2:
        return x
    c = x.__class__
    if c is Array:
        _sort_list(x, x, before, keyf)
    elif c is Buffer:
        # Sort the bytes as numbers, as `in` shows them, and write them back
        # even when the comparator fails half-way (the reference sorts the
        # buffer itself).
        a = [float(b) for b in x]
        try:
            _sort_list(a, x, before, keyf)
        finally:
            x[:] = bytes([int(v) for v in a])
    else:
        cmp = _comparator(before)
        if keyf is not None:
            def cmp(u, v, base=cmp):
                return base(call1(keyf, u), call1(keyf, v))
        _quicksort(_Seq(x), n, cmp, None)
    return x


def _sort_list(a, orig, before, keyf):
    """Sort the Python list `a`, the elements of Janet array or buffer `orig`."""
    n = len(a)
    if before is None or before is op_lt or before is op_gt:
        # Sorting by a key calls f once per element instead of twice per
        # comparison; the result is the same for any f without side effects.
        keys = a if keyf is None else [call1(keyf, v) for v in a]
        res = _fast_sorted(a, keys, before is op_gt)
        if res is not None:
            a[:] = res
            return
        _quicksort_keyed(a, keys if keyf is not None else list(a), before is op_gt, orig)
        return
    else:
        cmp = _comparator(before)
        if keyf is not None:
            def cmp(u, v, base=cmp):
                return base(call1(keyf, u), call1(keyf, v))
    _quicksort(a, n, cmp, orig)


@fn("sort", "(sort ind &opt before?)",
    "Sorts ind (an array, buffer, or anything with `get`, `put` and `length`) in "
    "place and returns it.  The comparator before? (default `<`) says whether its "
    "first argument goes before its second.  The sort is a quick-sort and not "
    "stable.")
def sort(ind, before=None):
    return sort_in_place(ind, before)


@fn("sort-by", "(sort-by f ind)",
    "Sorts ind in place by comparing (f x) of its elements with `<`.  Returns ind.")
def sort_by(f, ind):
    return sort_in_place(ind, op_lt, f)


@fn("sorted", "(sorted ind &opt before?)",
    "A new array with the elements of the array or tuple ind, sorted as `sort` does.")
def sorted_(ind, before=None):
    return sort_in_place(array_slice(ind), before)


@fn("sorted-by", "(sorted-by f ind)",
    "A new array with the elements of the array or tuple ind, sorted by comparing "
    "(f x) with `<`.")
def sorted_by(f, ind):
    return sort_in_place(array_slice(ind), op_lt, f)


# --------------------------------------------------------------------------
# Reversing

@fn("reverse!", "(reverse! ind)",
    "Reverses the order of the elements of ind (an array, buffer, or anything with "
    "`get`, `put` and `length`) in place.  Returns ind.")
def reverse_bang(ind):
    c = ind.__class__
    if c is Array or c is Buffer:
        ind.reverse()
        return ind
    i = 0
    j = rt_length(ind)
    if j.__class__ is not float:
        j = float(j)
    while True:
        j -= 1.0
        if not i < j:
            break
        v = rt_in(ind, float(i))
        rt_put(ind, float(i), rt_in(ind, j))
        rt_put(ind, j, v)
        i += 1
    return ind


@fn("reverse", "(reverse ind)",
    "A new sequence with the values of ind in reverse order: a buffer when ind is a "
    "byte sequence, else an array.")
def reverse(ind):
    c = ind.__class__
    if c is bytes or c is Buffer:
        return Buffer(ind[::-1])
    if c is Symbol or c is Keyword:
        return Buffer(ind.bname[::-1])
    if _is_lengthable(ind):
        out = Array(_values(ind))
    else:
        out = Array(iter_values(ind))
    out.reverse()
    return out


# --------------------------------------------------------------------------
# Slicing: take and drop

def _slicer(ind):
    """tuple/slice for indexed values, string/slice for byte sequences."""
    if _is_indexed(ind):
        return tuple_slice
    if _is_bytes(ind):
        return string_slice
    return None


@fn("take", "(take n ind)",
    "The first n values of ind: a tuple for arrays and tuples, a string for byte "
    "sequences, a table for dictionaries, an array for fibers and other "
    "iterables.  A negative n takes the last -n values of a sequence.")
def take(n, ind):
    f = _slicer(ind)
    if f is not None:
        size = rt_length(ind)
        m = add_slow(size, n)
        start = m if (lt_slow(n, 0.0) and lt_slow(0.0, m)) else 0.0
        end = n if (le_slow(0.0, n) and le_slow(n, size)) else size
        return f(ind, start, end)
    if ind.__class__ is Table or ind.__class__ is Struct:
        out = Table()
        left = n
        for k in iter_keys(ind):
            left = sub_slow(left, 1.0, True)
            if lt_slow(left, 0.0):
                break
            rt_put(out, k, rt_in(ind, k))
        return out
    out = Array()
    i = n
    k = None
    while gt_slow(i, 0.0):
        k = next_key(ind, k)
        if k is None:
            break
        out.append(rt_in(ind, k))
        i = sub_slow(i, 1.0, True)
    return out


@fn("take-until", "(take-until pred ind)",
    "The values of ind before the first one for which pred is truthy; the result "
    "has the type `take` gives.")
def take_until(pred, ind):
    f = _slicer(ind)
    if f is not None:
        size = rt_length(ind)
        i = find_index(pred, ind)
        return f(ind, 0.0, size if i is None else i)
    if ind.__class__ is Table or ind.__class__ is Struct:
        out = Table()
        for k in iter_keys(ind):
            v = rt_in(ind, k)
            if _truthy(call1(pred, v)):
                break
            rt_put(out, k, v)
        return out
    out = Array()
    for v in iter_values(ind):
        if _truthy(call1(pred, v)):
            break
        out.append(v)
    return out


@fn("take-while", "(take-while pred ind)",
    "The values of ind before the first one for which pred is falsey; the result "
    "has the type `take` gives.")
def take_while(pred, ind):
    return take_until(complement(pred), ind)


def _drop_dict_prefix(res, ind, stop):
    """Remove from table `res` the entries of `ind` that come before the first one
    for which stop(value) is true."""
    for k in iter_keys(ind):
        if stop(rt_in(ind, k)):
            break
        rt_put(res, k, None)
    return res


@fn("drop", "(drop n ind)",
    "ind without its first n values: a tuple for arrays and tuples, a string for "
    "byte sequences, a table for dictionaries; a negative n drops the last -n "
    "values.  Fibers and other iterables are advanced by n values and returned.")
def drop(n, ind):
    f = _slicer(ind)
    if f is not None:
        size = rt_length(ind)
        if le_slow(0.0, n) and le_slow(n, size):
            return f(ind, n)
        if lt_slow(-size, n) and lt_slow(n, 0.0):
            return f(ind, 0.0, add_slow(size, n))
        return f(ind, size)
    c = ind.__class__
    if c is Struct or c is Table:
        res = struct_to_table(ind) if c is Struct else table_clone(ind)
        left = [n]

        def stop(_v):
            left[0] = sub_slow(left[0], 1.0, True)
            return lt_slow(left[0], 0.0)
        return _drop_dict_prefix(res, ind, stop)
    i = n
    k = None
    while gt_slow(i, 0.0):
        k = next_key(ind, k)
        if k is None:
            break
        i = sub_slow(i, 1.0, True)
    return ind


@fn("drop-until", "(drop-until pred ind)",
    "ind from the first value for which pred is truthy on; the result has the type "
    "`drop` gives.")
def drop_until(pred, ind):
    f = _slicer(ind)
    if f is not None:
        size = rt_length(ind)
        i = find_index(pred, ind)
        return f(ind, size if i is None else i)
    c = ind.__class__
    if c is Struct or c is Table:
        res = struct_to_table(ind) if c is Struct else table_clone(ind)
        return _drop_dict_prefix(res, ind, lambda v: _truthy(call1(pred, v)))
    find(pred, ind)
    return ind


@fn("drop-while", "(drop-while pred ind)",
    "ind from the first value for which pred is falsey on; the result has the type "
    "`drop` gives.")
def drop_while(pred, ind):
    return drop_until(complement(pred), ind)


# --------------------------------------------------------------------------
# Building and regrouping sequences

@fn("partition", "(partition n ind)",
    "Splits the values of ind into tuples of n values (strings, for byte "
    "sequences), the last one holding what is left.  Returns an array.")
def partition(n, ind):
    f = _slicer(ind)
    if f is None:
        f = tuple_slice
        ind = values_(ind)
    size = rt_length(ind)
    parts = A.nat(divf_slow(size, n), 0)
    if f is tuple_slice and n.__class__ is float and n.is_integer() and n > 0:
        step = int(n)
        return Array([tuple(ind[i:i + step]) for i in range(0, len(ind), step)])
    out = Array()
    start = 0.0
    end = n
    for _ in range(parts):
        out.append(f(ind, start, end))
        start = end
        end = add_slow(end, n)
    if lt_slow(start, size):
        out.append(f(ind, start))
    return out


@fn("partition-by", "(partition-by f ind)",
    "Splits the values of ind into arrays of consecutive values for which f gives "
    "equal results.  Returns an array of those arrays.")
def partition_by(f, ind):
    out = Array()
    span = None
    categ = None
    new = True
    for v in _values(ind):
        y = call1(f, v)
        if new:
            new = False
            categ = y
            span = Array([v])
            out.append(span)
        elif equals(categ, y):
            span.append(v)
        else:
            categ = y
            span = Array([v])
            out.append(span)
    return out


@fn("interleave", "(interleave & cols)",
    "An array with the first value of each collection, then the second of each, "
    "and so on, until the shortest collection runs out.")
def interleave(*cols):
    return jcall(mapcat, core_tuple, *cols)


@fn("interpose", "(interpose sep ind)",
    "An array of the values of ind with sep between each two of them.")
def interpose(sep, ind):
    out = Array()
    first_ = True
    for v in _values(ind):
        if first_:
            first_ = False
        else:
            out.append(sep)
        out.append(v)
    return out


@fn("distinct", "(distinct xs)",
    "An array of the values of xs without repetitions, each kept where it first "
    "appears.")
def distinct(xs):
    out = Array()
    seen = Table()
    for x in _values(xs):
        if seen.get(table_key(x)) is None:
            rt_put(seen, x, True)
            out.append(x)
    return out


@fn("frequencies", "(frequencies ind)",
    "A table from each value of ind to how many times it occurs.")
def frequencies(ind):
    freqs = Table()
    get = freqs.get
    for v in _values(ind):
        if v is None or (v.__class__ is float and v != v):
            continue    # tables ignore nil and NaN keys
        k = table_key(v)
        freqs[k] = get(k, 0.0) + 1.0
    return freqs


@fn("group-by", "(group-by f ind)",
    "A table from each result of f on the values of ind to the array of the values "
    "that gave it, in order.")
def group_by(f, ind):
    ret = Table()
    for v in _values(ind):
        y = call1(f, v)
        arr = rt_get(ret, y)
        if arr is not None and arr is not False:
            arr.append(v)
        else:
            rt_put(ret, y, Array([v]))
    return ret


@fn("flatten-into", "(flatten-into into ind)",
    "Appends to the array `into` the values of ind, descending into every array and "
    "tuple among them (depth first).  Returns into.")
def flatten_into(into, ind):
    # Depth first with an explicit stack of iterators: nesting depth is not
    # limited by Python's recursion limit.
    stack = [iter(_values(ind))]
    while stack:
        for elt in stack[-1]:
            if elt.__class__ is Array or isinstance(elt, tuple):
                stack.append(iter(elt))
                break
            if into.__class__ is not Array:
                A.array(into, 0)
            into.append(elt)
        else:
            stack.pop()
    return into


@fn("flatten", "(flatten ind)",
    "A new array with the values of ind, descending into every array and tuple "
    "among them (depth first).")
def flatten(ind):
    return flatten_into(Array(), ind)


# --------------------------------------------------------------------------
# Dictionaries

@fn("keys", "(keys x)", "An array of the keys of x, in iteration order.")
def keys(x):
    return Array(iter_keys(x))


@fn("values", "(values x)", "An array of the values of x, in iteration order.")
def values_(x):
    return Array(_values(x))


@fn("pairs", "(pairs x)",
    "An array of the (key value) tuples of x, in iteration order; the keys of "
    "sequences are their indices.")
def pairs(x):
    c = x.__class__
    if c is Table or c is Struct:
        return Array(dict_order(x))
    if c is Array or c is tuple or c is Tuple:
        return Array([(float(i), v) for i, v in enumerate(x)])
    return Array([(k, rt_in(x, k)) for k in iter_keys(x)])


@fn("kvs", "(kvs dict)",
    "An array alternating the keys and values of dict: @[k v k v ...].")
def kvs(d):
    out = Array()
    for k in iter_keys(d):
        out.append(k)
        out.append(rt_in(d, k))
    return out


@fn("from-pairs", "(from-pairs ps)",
    "A table from a sequence of [key value] pairs: the inverse of `pairs`.")
def from_pairs(ps):
    from ..compiler import _destr_index
    ret = Table()
    for p in _values(ps):
        rt_put(ret, _destr_index(p, 0), _destr_index(p, 1))
    return ret


@fn("zipcoll", "(zipcoll ks vs)",
    "A table mapping each value of ks to the value of vs at the same position, "
    "for as many positions as both have.")
def zipcoll(ks, vs):
    res = Table()
    vit = iter(_values(vs))
    for k in _values(ks):
        for v in vit:
            break
        else:
            break
        rt_put(res, k, v)
    return res


@fn("invert", "(invert x)",
    "A table mapping each value of x to its key.  When several keys share a value, "
    "one of them wins.")
def invert(x):
    ret = Table()
    for k in iter_keys(x):
        rt_put(ret, rt_in(x, k), k)
    return ret


@fn("merge-into", "(merge-into tab & colls)",
    "Puts every key and value of each collection into tab, later ones replacing "
    "earlier ones.  Returns tab.")
def merge_into(tab, *colls):
    for c in colls:
        if c.__class__ is Table or c.__class__ is Struct:
            for k, v in dict_order(c):
                rt_put(tab, k, v)
        else:
            for k in iter_keys(c):
                rt_put(tab, k, rt_in(c, k))
    return tab


@fn("merge", "(merge & colls)",
    "A new table with every key and value of the collections, later ones replacing "
    "earlier ones.  Prototypes are not copied.")
def merge(*colls):
    return merge_into(Table(), *colls)


@fn("get-in", "(get-in ds ks &opt dflt)",
    "Looks up the keys of ks one after another, each in the result of the previous "
    "lookup (with `get`).  dflt (default nil) when the result is nil.")
def get_in(ds, ks, dflt=None):
    d = ds
    for k in _values(ks):
        if d is None:
            break
        d = rt_get(d, k)
    return dflt if d is None else d


def _descend(ds, ks):
    """The container that holds the last key of ks, making tables for missing
    levels; returns (container, last key)."""
    last_i = sub_slow(rt_length(ks), 1.0)
    if lt_slow(last_i, 0.0):
        panic("expected at least 1 key in ks")
    d = ds
    i = 0.0
    while lt_slow(i, last_i):
        k = rt_get(ks, i)
        v = rt_get(d, k)
        if v is None:
            v = Table()
            rt_put(d, k, v)
        d = v
        i += 1.0
    return d, rt_get(ks, last_i)


@fn("put-in", "(put-in ds ks v)",
    "Puts v into a nested spot of ds, reached by looking up the keys of ks in turn; "
    "missing levels become new tables.  Returns ds.")
def put_in(ds, ks, v):
    d, k = _descend(ds, ks)
    rt_put(d, k, v)
    return ds


@fn("update-in", "(update-in ds ks f & args)",
    "Replaces the value at a nested spot of ds (reached as `put-in` does) with "
    "(f old-value ;args).  Returns ds.")
def update_in(ds, ks, f, *args):
    d, k = _descend(ds, ks)
    rt_put(d, k, jcall(f, rt_get(d, k), *args))
    return ds


@fn("update", "(update ds key func & args)",
    "Replaces the value of key in ds with (func old-value ;args).  Returns ds.")
def update(ds, key, func, *args):
    return rt_put(ds, key, jcall(func, rt_get(ds, key), *args))


# --------------------------------------------------------------------------
# Walking, freezing and deep equality

def _keep_syntax(before, after):
    if isinstance(before, tuple) and isinstance(after, tuple):
        if getattr(before, "brackets", False):
            res = tuple_brackets(*after)
        else:
            res = mk_tuple(after)
        line, col = tuple_sourcemap(before)
        return tuple_setmap(res, line, col)
    return after


@fn("keep-syntax", "(keep-syntax before after)",
    "When both are tuples, a tuple with the elements of after and the bracket type "
    "and source position of before; otherwise after itself.  For macros that "
    "rewrite code.")
def keep_syntax(before, after):
    return _keep_syntax(before, after)


@fn("keep-syntax!", "(keep-syntax! before after)",
    "Like `keep-syntax`, but an array after is first turned into a tuple.")
def keep_syntax_bang(before, after):
    if after.__class__ is Array:
        after = tuple(after)
    return _keep_syntax(before, after)


def _walk_dict(f, form):
    ret = Table()
    for k in iter_keys(form):
        rt_put(ret, call1(f, k), call1(f, rt_in(form, k)))
    return ret


@fn("walk", "(walk f form)",
    "Applies f to each element of a table, struct, array or tuple (to keys and "
    "values of dictionaries) and collects the results in a new container of the "
    "same type.  Any other form is returned unchanged.")
def walk(f, form):
    c = form.__class__
    if c is Table:
        return _walk_dict(f, form)
    if c is Struct:
        return table_to_struct(_walk_dict(f, form))
    if c is Array:
        return Array([call1(f, x) for x in form])
    if isinstance(form, tuple):
        return keep_syntax_bang(form, Array([call1(f, x) for x in form]))
    return form


@fn("postwalk", "(postwalk f form)",
    "Walks form depth first, applying f to each sub-form after its children have "
    "been replaced.")
def postwalk(f, form):
    inner = closure("<anonymous>", lambda x: postwalk(f, x), 1)
    return call1(f, walk(inner, form))


@fn("prewalk", "(prewalk f form)",
    "Walks form depth first, applying f to each sub-form before descending into "
    "the result.")
def prewalk(f, form):
    inner = closure("<anonymous>", lambda x: prewalk(f, x), 1)
    return walk(inner, call1(f, form))


@fn("freeze", "(freeze x)",
    "A deep immutable copy of x: arrays become tuples, tables structs (with their "
    "prototypes frozen too), buffers strings.  Functions, fibers and abstract "
    "values are left as they are.")
def freeze(x):
    c = x.__class__
    if c is Array or isinstance(x, tuple):
        return tuple([freeze(v) for v in x])
    if c is Table or c is Struct:
        temp = Table()
        for k, v in dict_order(x):
            kk = freeze(from_key(k))
            vv = freeze(v)
            old = rt_get(temp, kk)
            rt_put(temp, kk, vv if old is None else max_(vv, old))
        return table_to_struct(temp, freeze(getproto(x)))
    if c is Buffer:
        return bytes(x)
    return x


def _thaw(ds, keep_keys):
    c = ds.__class__
    if c is Array or isinstance(ds, tuple):
        return Array([_thaw(v, keep_keys) for v in ds])
    if c is Table or c is Struct:
        flat = table_proto_flatten(ds) if c is Table else struct_proto_flatten(ds)
        ret = Table()
        for k, v in dict_order(flat):
            k = from_key(k)
            rt_put(ret, k if keep_keys else _thaw(k, keep_keys), _thaw(v, keep_keys))
        return ret
    if c is bytes:
        return Buffer(ds)
    return ds


@fn("thaw", "(thaw ds)",
    "A deep mutable copy of ds: tuples become arrays, structs tables (prototypes "
    "merged in), strings buffers.  Functions, fibers and abstract values are left "
    "as they are.")
def thaw(ds):
    return _thaw(ds, False)


@fn("thaw-keep-keys", "(thaw-keep-keys ds)",
    "Like `thaw`, but the keys of tables and structs are kept as they are.")
def thaw_keep_keys(ds):
    return _thaw(ds, True)


def deep_not_eq(x, y):
    tx = type_name(x)
    if tx != type_name(y):
        return True
    if tx == "tuple" or tx == "array":
        if len(x) != len(y):
            return True
        for a, b in zip(x, y):
            if deep_not_eq(a, b):
                return True
        return False
    if tx == "struct" or tx == "table":
        if len(x) != len(y):
            return True
        for k, v in dict_order(x):
            if deep_not_eq(y.get(table_key(k)), v):
                return True
        return False
    if tx == "buffer":
        return bytes(x) != bytes(y)
    return not equals(x, y)


@fn("deep-not=", "(deep-not= x y)",
    "Like `not=`, but arrays, tables and buffers are compared by their contents, "
    "recursively.")
def deep_not_eq_fn(x, y):
    return deep_not_eq(x, y)


@fn("deep=", "(deep= x y)",
    "Like `=`, but arrays, tables and buffers are compared by their contents, "
    "recursively.")
def deep_eq(x, y):
    return not deep_not_eq(x, y)


# --------------------------------------------------------------------------
# Environments

@fn("curenv", "(curenv &opt n)",
    "The current environment table; with n, the n-th prototype above it.")
def curenv(n=None):
    env = STATE.fiber.env if STATE.fiber is not None else STATE.root_env
    if _truthy(n):
        # as the reference's `(repeat n ...)`: count down while (> i 0)
        i = n
        while gt_slow(i, 0.0):
            i = i - 1.0 if i.__class__ is float else sub_slow(i, 1.0, True)
            if env is None:
                break
            env = env.proto
    return env


@fn("make-env", "(make-env &opt parent)",
    "A new, empty environment table that inherits every binding of parent "
    "(default: `root-env`, whatever the calling code's environment is); new "
    "bindings go into it, not into parent.")
def make_env(parent=None):
    # like the reference, a falsey parent means root-env, and the table is
    # made by table/setproto (so a non-table parent gets its error)
    try:
        return table_setproto(Table(), parent if _truthy(parent) else STATE.root_env)
    except JanetError as e:
        info = table_setproto.janet
        e.trace.append(Frame(info.name, info.source, info.line, info.column, cfun=True))
        raise


# --------------------------------------------------------------------------
# Where the reference defines these functions, and where its stack traces
# place their frame, as (definition line, column, frame line, column).  The
# definition is what `doc` and `:source-map` show; the frame position is the
# one its traces give for an error raised inside the function's callback (or,
# for functions without one, by the data it is given), e.g.
# `in map [boot.janet] on line 1204, column 3`.  Read off the reference
# interpreter; -1 when there is no usual position.

_REF_POSITIONS = {
    'accumulate': (1101, 1, 1115, 38),
    'accumulate2': (1118, 1, 1135, 14),
    'all': (2503, 1, 2520, 3),
    'all-bindings': (3549, 1, -1, -1),
    'all-dynamics': (3556, 1, -1, -1),
    'any?': (1708, 1, 1719, 3),
    'array?': (110, 1, -1, -1),
    'bad-compile': (2832, 1, -1, -1),
    'bad-parse': (2800, 1, -1, -1),
    'boolean?': (112, 1, -1, -1),
    'buffer?': (105, 1, -1, -1),
    'cfunction?': (107, 1, -1, -1),
    'comp': (826, 1, -1, -1),
    'compare': (926, 1, 933, 3),
    'compare<': (951, 1, 954, 3),
    'compare<=': (956, 1, 959, 3),
    'compare=': (946, 1, 949, 3),
    'compare>': (961, 1, 964, 3),
    'compare>=': (966, 1, 969, 3),
    'complement': (845, 1, -1, -1),
    'count': (1241, 1, 1258, 3),
    'curenv': (2849, 1, -1, -1),
    'dec': (137, 1, 137, 32),
    'deep-not=': (2599, 1, -1, -1),
    'deep=': (2628, 1, -1, -1),
    'distinct': (2027, 1, 2032, 3),
    'doc': (3900, 1, -1, -1),
    'doc*': (3872, 1, -1, -1),
    'doc-format': (3569, 1, -1, -1),
    'doc-of': (3908, 1, -1, -1),
    'dofile': (3363, 1, -1, -1),
    'drop': (1394, 1, 1406, 29),
    'drop-until': (1422, 1, -1, -1),
    'drop-while': (1432, 1, -1, -1),
    'empty?': (117, 1, 117, 70),
    'eval': (3046, 1, -1, -1),
    'eval-string': (3086, 1, -1, -1),
    'even?': (975, 1, 975, 55),
    'every?': (1693, 1, 1704, 3),
    'extreme': (861, 1, 865, 16),
    'false?': (115, 1, -1, -1),
    'fiber?': (101, 1, -1, -1),
    'file/lines': (2165, 1, -1, -1),
    'filter': (1227, 1, 1238, 9),
    'find': (1297, 1, 1310, 11),
    'find-index': (1281, 1, 1293, 11),
    'first': (883, 1, -1, -1),
    'flatten': (2047, 1, -1, -1),
    'flatten-into': (2035, 1, 2044, 7),
    'freeze': (2544, 1, -1, -1),
    'frequencies': (1959, 1, 1968, 3),
    'from-pairs': (2063, 1, 2068, 3),
    'function?': (106, 1, -1, -1),
    'geomean': (789, 1, 801, 27),
    'get-in': (1790, 1, 1803, 3),
    'group-by': (1972, 1, 1986, 12),
    'has-key?': (1457, 1, -1, -1),
    'has-value?': (1467, 1, 1475, 13),
    'identity': (840, 1, -1, -1),
    'import*': (3488, 1, -1, -1),
    'inc': (136, 1, 136, 32),
    'index-of': (1314, 1, 1324, 10),
    'interleave': (2014, 1, -1, -1),
    'interpose': (2072, 1, 2080, 10),
    'invert': (1760, 1, 1771, 3),
    'juxt': (1448, 1, -1, -1),
    'juxt*': (1438, 1, -1, -1),
    'keep': (1261, 1, 1278, 3),
    'keep-syntax': (1506, 1, -1, -1),
    'keep-syntax!': (1521, 1, -1, -1),
    'keys': (1904, 1, 1920, 5),
    'keyword?': (104, 1, -1, -1),
    'kvs': (2055, 1, 2060, 3),
    'last': (901, 1, 904, 14),
    'macex': (2634, 1, 2646, 7),
    'macex1': (2401, 1, 2496, 16),
    'make-env': (2788, 1, 2794, 15),
    'map': (1187, 1, 1204, 3),
    'mapcat': (1207, 1, 1224, 3),
    'max': (867, 1, -1, -1),
    'max-of': (875, 1, 877, 10),
    'mean': (774, 1, 783, 8),
    'merge': (1891, 1, 1899, 3),
    'merge-into': (1879, 1, 1888, 5),
    'merge-module': (3476, 1, -1, -1),
    'min': (871, 1, -1, -1),
    'min-of': (879, 1, 881, 10),
    'module/add-file-extension': (3189, 1, -1, -1),
    'module/add-paths': (3166, 1, -1, -1),
    'module/add-syspath': (3202, 1, -1, -1),
    'module/cache': (3147, 1, -1, -1),
    'module/find': (3253, 1, -1, -1),
    'module/loaders': (3430, 1, -1, -1),
    'module/loading': (3285, 1, -1, -1),
    'module/paths': (3151, 1, -1, -1),
    'module/value': (3290, 1, -1, -1),
    'nan?': (99, 1, -1, -1),
    'neg?': (973, 1, 973, 48),
    'nil?': (116, 1, -1, -1),
    'number?': (100, 1, -1, -1),
    'odd?': (976, 1, 976, 53),
    'one?': (974, 1, 974, 47),
    'pairs': (1940, 1, 1957, 5),
    'parse': (3055, 1, -1, -1),
    'parse-all': (3070, 1, -1, -1),
    'partial': (1687, 1, -1, -1),
    'partition': (2112, 1, 2126, 36),
    'partition-by': (1992, 1, 2007, 12),
    'pos?': (972, 1, 972, 51),
    'postwalk': (1617, 1, -1, -1),
    'pp': (2159, 1, -1, -1),
    'prewalk': (1623, 1, 1626, 32),
    'product': (808, 1, 818, 13),
    'put-in': (1837, 1, 1863, 3),
    'quit': (3037, 1, -1, -1),
    'reduce': (1064, 1, 1079, 22),
    'reduce2': (1082, 1, 1097, 14),
    'repl': (4112, 1, -1, -1),
    'require': (3469, 1, -1, -1),
    'reverse': (1740, 1, 1758, 15),
    'reverse!': (1723, 1, 1735, 5),
    'run-context': (2864, 1, -1, -1),
    'slurp': (2134, 1, -1, -1),
    'some': (2523, 1, 2541, 3),
    'sort': (1022, 1, 1033, 21),
    'sort-by': (1035, 1, -1, -1),
    'sorted': (1046, 1, 1053, 9),
    'sorted-by': (1055, 1, -1, -1),
    'spit': (2143, 1, -1, -1),
    'string?': (102, 1, -1, -1),
    'struct?': (109, 1, -1, -1),
    'sum': (762, 1, 771, 13),
    'symbol?': (103, 1, -1, -1),
    'table?': (108, 1, -1, -1),
    'take': (1339, 1, 1353, 29),
    'take-until': (1364, 1, -1, -1),
    'take-while': (1373, 1, -1, -1),
    'thaw': (2571, 1, -1, -1),
    'thaw-keep-keys': (2586, 1, -1, -1),
    'true?': (114, 1, -1, -1),
    'truthy?': (113, 1, -1, -1),
    'tuple?': (111, 1, -1, -1),
    'update': (1866, 1, 1877, 14),
    'update-in': (1806, 1, 1834, 19),
    'values': (1922, 1, 1938, 5),
    'walk': (1604, 1, 1614, 31),
    'warn-compile': (2817, 1, -1, -1),
    'zero?': (971, 1, 971, 42),
    'zipcoll': (1775, 1, 1783, 13),
}


# --------------------------------------------------------------------------
# Data that boot.janet defines for namespaces loaded on first use (peg, ffi):
# defined here so that the root environment has them before those load.

KW_PEG_GRAMMAR = kw("peg-grammar")

# The ffi/* functions' current library, (dyn *ffi-context*) (see lib/ffi.py)
KW_FFI_CONTEXT = define("*ffi-context*", kw("ffi-context"),
                        "The current native library of ffi/defbind and its settings "
                        "(a table made by ffi/context).", source="boot.janet", kind="dyn")


# The default grammar of pegs (lib/peg.py reads it through (dyn :peg-grammar))

def _default_rules():
    R, S = sym("range"), sym("set")
    some, any_, ifnot = sym("some"), sym("any"), sym("if-not")
    base = {
        "a": (R, b"az", b"AZ"),
        "d": (R, b"09"),
        "h": (R, b"09", b"af", b"AF"),
        "s": (S, b" \t\r\n\0\f\v"),
        "w": (R, b"az", b"AZ", b"09"),
    }
    rules = {}
    for name, form in base.items():
        rules[kw(name)] = form
    for name in base:
        rules[kw(name.upper())] = (ifnot, kw(name), 1.0)
    for name in list(base) + [n.upper() for n in base]:
        rules[kw(name + "+")] = (some, kw(name))
        rules[kw(name + "*")] = (any_, kw(name))
    return rules


DEFAULT_GRAMMAR = Table(_default_rules())

define("default-peg-grammar", DEFAULT_GRAMMAR,
       "The grammar every peg falls back on for keywords it does not define: "
       ":d digits, :a letters, :w letters and digits, :s whitespace, :h hex "
       "digits, their complements :D :A :W :S :H (any one other byte), and for "
       "each of these a `+` form (one or more) and a `*` form (zero or more).",
       source="boot.janet")
# where the reference's boot.janet defines it, for `doc` and :source-map
REGISTRY[-1].line, REGISTRY[-1].column = 2738, 1


@on_reset
def _reset_default_grammar():
    # A fresh interpreter has the pristine default grammar as (dyn :peg-grammar).
    DEFAULT_GRAMMAR.clear()
    DEFAULT_GRAMMAR.update(_default_rules())
    DEFAULT_GRAMMAR.proto = None
    env = STATE.root_env
    if env is not None:
        env[KW_PEG_GRAMMAR] = DEFAULT_GRAMMAR


def _place():
    for e in REGISTRY:
        if e.source == "boot.janet" and getattr(e.value, "__module__", None) == __name__:
            pos = _REF_POSITIONS.get(e.name)
            if pos is not None:
                e.line, e.column = pos[0], pos[1]
                info = e.value.janet
                info.line, info.column = pos[2], pos[3]


_place()
