"""Core functions the reference writes in Janet (src/boot/boot.janet), in Python.

The reference defines predicates, sequence functions (map, filter, reduce, ...),
environment helpers and more in its boot.janet.  Here they are Python for speed,
registered with kind="function" so that `(type map)` is :function as in the
reference.  Macros stay in pyjanet/boot.janet.
"""

from ..values import (Symbol, Keyword, Buffer, Array, Tuple, Struct, Table, Abstract,
                      FuncDef, sym, kw, table_key, from_key, type_name, compare, equals,
                      truthy)
from ..errors import JanetError, panic, panicf
from ..runtime import (builtin, call, iter_values, iter_keys, get as rt_get,
                       in_ as rt_in, next_key, length as rt_length, current_env, STATE)
from .. import args as A


def fn(name, usage, doc, **kw_):
    """Register a boot.janet-level function (type :function)."""
    return builtin(name, usage, doc, kind="function", source="boot.janet", **kw_)


# --------------------------------------------------------------------------
# Predicates

def _typepred(name, tname, doc):
    def p(x):
        return type_name(x) == tname
    p.__name__ = name
    fn(name, "(%s x)" % name, doc)(p)


for _n, _t in (("number?", "number"), ("fiber?", "fiber"), ("string?", "string"),
               ("symbol?", "symbol"), ("keyword?", "keyword"), ("buffer?", "buffer"),
               ("function?", "function"), ("cfunction?", "cfunction"), ("table?", "table"),
               ("struct?", "struct"), ("array?", "array"), ("tuple?", "tuple"),
               ("boolean?", "boolean")):
    _typepred(_n, _t, "Check if x is a %s." % _t)


@fn("nil?", "(nil? x)", "Check if x is nil.")
def nil_p(x):
    return x is None


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


def _num_cmp(x, y):
    return compare(x, y)


@fn("zero?", "(zero? x)", "Check if x is zero.")
def zero_p(x):
    return compare(x, 0.0) == 0


@fn("pos?", "(pos? x)", "Check if x is greater than 0.")
def pos_p(x):
    return compare(x, 0.0) == 1


@fn("neg?", "(neg? x)", "Check if x is less than 0.")
def neg_p(x):
    return compare(x, 0.0) == -1


@fn("one?", "(one? x)", "Check if x is equal to 1.")
def one_p(x):
    return compare(x, 1.0) == 0


def _mod(x):
    from ..ops import mod_slow
    return mod_slow(x, 2.0)


@fn("even?", "(even? x)", "Check if x is even.")
def even_p(x):
    return compare(0.0, _mod(x)) == 0


@fn("odd?", "(odd? x)", "Check if x is odd.")
def odd_p(x):
    return compare(1.0, _mod(x)) == 0


@fn("inc", "(inc x)", "Returns x + 1.")
def inc(x):
    from ..ops import add_slow
    return x + 1.0 if x.__class__ is float else add_slow(x, 1.0, True)


@fn("dec", "(dec x)", "Returns x - 1.")
def dec(x):
    from ..ops import sub_slow
    return x - 1.0 if x.__class__ is float else sub_slow(x, 1.0, True)


@fn("identity", "(identity x)", "Returns x unchanged.")
def identity(x):
    return x


# --------------------------------------------------------------------------
# Sequences

@fn("first", "(first xs)", "The first element of an indexed or byte sequence, or nil.")
def first(xs):
    c = xs.__class__
    if c is Array or isinstance(xs, tuple):
        return xs[0] if xs else None
    if c is bytes or c is Buffer:
        return float(xs[0]) if xs else None
    if c is Symbol or c is Keyword:
        return float(xs.bname[0]) if xs.bname else None
    return rt_get(xs, 0.0)


@fn("last", "(last xs)", "The last element of an indexed or byte sequence, or nil.")
def last(xs):
    c = xs.__class__
    if c is Array or isinstance(xs, tuple):
        return xs[-1] if xs else None
    if c is bytes or c is Buffer:
        return float(xs[-1]) if xs else None
    n = rt_length(xs)
    return rt_get(xs, n - 1.0) if n else None


def _extreme(better, xs):
    best = None
    first_ = True
    for x in xs:
        if first_:
            best = x
            first_ = False
        elif better(x, best):
            best = x
    return best


@fn("max", "(max & args)", "The largest argument (by `>` order), or nil when there are none.")
def max_(*args):
    from ..ops import gt_slow
    return _extreme(gt_slow, args)


@fn("min", "(min & args)", "The smallest argument (by `<` order), or nil when there are none.")
def min_(*args):
    from ..ops import lt_slow
    return _extreme(lt_slow, args)


@fn("map", "(map f ind & inds)",
    "An array of f applied to each element of ind, or, given several collections, "
    "to their elements side by side (stopping at the shortest).")
def map_(f, ind, *inds):
    if not inds:
        if ind.__class__ is Array or isinstance(ind, tuple):
            return Array([call(f, x) for x in ind])
        return Array([call(f, x) for x in iter_values(ind)])
    its = [iter_values(ind)] + [iter_values(i) for i in inds]
    out = Array()
    while True:
        vals = []
        for it in its:
            try:
                vals.append(next(it))
            except StopIteration:
                return out
        out.append(call(f, *vals))


@fn("mapcat", "(mapcat f ind & inds)",
    "Like `map`, but concatenates the results (each an array or tuple) into one array.")
def mapcat(f, ind, *inds):
    out = Array()
    for r in map_(f, ind, *inds):
        if r.__class__ is Array or isinstance(r, tuple):
            out.extend(r)
        else:
            out.append(r)
    return out


@fn("filter", "(filter pred ind)", "An array of the elements of ind for which pred is truthy.")
def filter_(pred, ind):
    out = Array()
    for x in iter_values(ind):
        r = call(pred, x)
        if r is not None and r is not False:
            out.append(x)
    return out


@fn("reduce", "(reduce f init ind)",
    "Folds ind with f: calls (f acc x) for each element, starting from init.")
def reduce_(f, init, ind):
    acc = init
    for x in iter_values(ind):
        acc = call(f, acc, x)
    return acc


@fn("find-index", "(find-index pred ind &opt dflt)",
    "The index of the first element for which pred is truthy, or dflt.")
def find_index(pred, ind, dflt=None):
    for k in iter_keys(ind):
        r = call(pred, rt_in(ind, k))
        if r is not None and r is not False:
            return k
    return dflt


@fn("find", "(find pred ind &opt dflt)",
    "The first element for which pred is truthy, or dflt.")
def find(pred, ind, dflt=None):
    for x in iter_values(ind):
        r = call(pred, x)
        if r is not None and r is not False:
            return x
    return dflt


@fn("keys", "(keys x)", "An array of the keys of x.")
def keys(x):
    return Array(iter_keys(x))


@fn("values", "(values x)", "An array of the values of x.")
def values_(x):
    return Array(iter_values(x))


@fn("pairs", "(pairs x)", "An array of the [key value] pairs of x, as tuples.")
def pairs(x):
    if x.__class__ is Table or x.__class__ is Struct:
        return Array([(from_key(k), v) for k, v in x.items()])
    return Array([(k, rt_in(x, k)) for k in iter_keys(x)])


# --------------------------------------------------------------------------
# Environments

@fn("curenv", "(curenv &opt n)",
    "The current environment table; with n, the n-th prototype above it.")
def curenv(n=None):
    env = STATE.fiber.env if STATE.fiber is not None else None
    if env is None:
        env = STATE.root_env
    if n is not None:
        for _ in range(A.integer(n, 0)):
            if env is None:
                return None
            env = env.proto
    return env


@fn("make-env", "(make-env &opt parent)",
    "A new environment table whose prototype is parent (default: the current environment).")
def make_env(parent=None):
    t = Table()
    t.proto = parent if parent is not None else curenv()
    return t
