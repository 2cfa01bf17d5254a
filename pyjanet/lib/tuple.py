"""The tuple/* namespace: immutable sequences and their source positions.

Corresponds to the reference's src/core/tuple.c.
"""

from ..values import Array, Tuple, kw, mk_tuple
from ..errors import panicf
from ..runtime import builtin
from .. import args as A

KW_BRACKETS = kw("brackets")
KW_PARENS = kw("parens")


@builtin("tuple/brackets", "(tuple/brackets & xs)",
         "Makes a bracketed tuple ([...] rather than (...)).")
def tuple_brackets(*xs):
    return mk_tuple(xs, brackets=True)


@builtin("tuple/slice", "(tuple/slice arrtup [,start=0 [,end=(length arrtup)]])",
         "A new tuple with the elements of an array or tuple from index start "
         "(inclusive, default 0) to end (exclusive, default the length).  Negative "
         "indices count back from the end, -1 being the end itself.", arity=(1, 3))
def tuple_slice(*args):
    # Checked by hand, in the reference's order: the type of the first
    # argument is reported before a wrong argument count.
    x = A.indexed(args[0] if args else None, 0)
    if len(args) > 3:
        panicf("arity mismatch, expected at most 3, got %d", len(args))
    s, e = A.slice_range(args, len(x))
    return tuple(x[s:e])


@builtin("tuple/type", "(tuple/type tup)",
         "`:brackets` for a bracketed tuple, `:parens` otherwise.")
def tuple_type(tup):
    A.tuple_(tup, 0)
    return KW_BRACKETS if getattr(tup, "brackets", False) else KW_PARENS


@builtin("tuple/sourcemap", "(tuple/sourcemap tup)",
         "The [line column] where the reader found the tuple; -1s when unknown.")
def tuple_sourcemap(tup):
    A.tuple_(tup, 0)
    return (float(getattr(tup, "line", -1)), float(getattr(tup, "column", -1)))


@builtin("tuple/setmap", "(tuple/setmap tup line column)",
         "Sets the source position of a tuple; returns the tuple.")
def tuple_setmap(tup, line, column):
    A.tuple_(tup, 0)
    ln = A.integer(line, 1)
    col = A.integer(column, 2)
    if tup.__class__ is not Tuple:
        # plain tuples cannot carry a position; callers use the returned tuple
        tup = Tuple(tup)
    tup.line = ln
    tup.column = col
    return tup


@builtin("tuple/join", "(tuple/join & parts)",
         "A new tuple holding the elements of every part (arrays or tuples) in order.")
def tuple_join(*parts):
    out = []
    for i, p in enumerate(parts):
        if not (p.__class__ is Array or isinstance(p, tuple)):
            panicf("expected indexed type for argument %d, got %v", i, p)
        out.extend(p)
    return tuple(out)
