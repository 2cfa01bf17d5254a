"""Compiling from Janet code: `compile`, `macex1`, `macex`.

Corresponds to the reference's src/core/compile.c (cfun_compile) and the macro
expansion helpers of src/boot/boot.janet.
"""

from ..values import Table, Keyword, Symbol, Array, Struct, FuncDef, kw, sym, from_key, truthy
from ..errors import CompileError, JanetError
from ..runtime import builtin, STATE, iter_keys, boot_frame
from .. import runtime as rt
from ..compiler import compile_form
from .. import args as A
from ..sandbox import sandbox_assert, SANDBOX_COMPILE
from .prelude import curenv, keep_syntax, keep_syntax_bang, deep_not_eq, kvs
from .tuple import tuple_brackets, tuple_slice
from .table import table_to_struct
from .core import table as table_, struct as struct_

KW_REF = kw("ref")
KW_VALUE = kw("value")
KW_MACRO = kw("macro")
KW_MACRO_FORM = kw("macro-form")
SYM_FN = sym("fn")
SYM_UNQUOTE = sym("unquote")

KW_ERROR = kw("error")
KW_LINE = kw("line")
KW_COLUMN = kw("column")
KW_FIBER = kw("fiber")


@builtin("compile", "(compile ast &opt env source lints)",
         "Compiles the form `ast` against env (default: the current environment) "
         "into a function of no arguments that evaluates it.  On failure returns a "
         "table with :error, :line and :column instead.")
def compile_(ast, env=None, source=None, lints=None):
    sandbox_assert(SANDBOX_COMPILE)
    if env is None:
        env = curenv()
        if env is None:
            env = STATE.fiber.env = Table()
    else:
        A.table(env, 1)
    if source is None:
        src = "<anonymous>"
    elif source.__class__ is bytes:
        src = source.decode("utf-8", "surrogateescape")
    elif source.__class__ is Keyword:
        src = source.name
    else:
        A.panic_type(source, 2, ("string", "keyword"))
    try:
        return compile_form(ast, env, src, lints)
    except CompileError as e:
        t = Table()
        t[KW_ERROR] = e.value
        if e.line > 0:
            t[KW_LINE] = float(e.line)
        if e.column > 0:
            t[KW_COLUMN] = float(e.column)
        if getattr(e, "macro_fiber", None) is not None:
            t[KW_FIBER] = e.macro_fiber
        return t


# Macro expansion as a library function works on the form as data, like the
# reference's boot.janet helpers: macex1 expands one level everywhere in the
# form (the bodies of special forms, the elements of calls and literals) and
# calls a macro directly, so its errors are not wrapped as compile errors;
# macex repeats macex1 until the form stops changing.

def _macex1(x, on_binding):
    if on_binding is not None and x.__class__ is Symbol:
        # boot.janet's `(break (on-binding x))`, a tail call: an arity error
        # reads as the VM's; an error inside is in on-binding's frame, a tail call
        try:
            return rt.call_vm(on_binding, (x,))
        except JanetError as e:
            d = getattr(on_binding, "__doc__", None)
            if e.trace and d.__class__ is FuncDef and not e.trace[-1].cfun:
                e.trace[-1].tail = True
            raise

    def recur(y):
        return _macex1(y, on_binding)

    c = x.__class__
    if isinstance(x, tuple):
        if getattr(x, "brackets", False):
            return tuple_brackets(*[recur(e) for e in x])
        return _expand_call(x, recur)
    if c is Array:
        return Array(recur(e) for e in x)
    if c is Struct:
        return table_to_struct(_expand_dict(x, recur, recur))
    if c is Table:
        return _expand_dict(x, recur, recur)
    return x


def _expand_dict(t, recur, on_value):
    out = Table()
    for k in iter_keys(t):
        rt.put(out, recur(k), on_value(rt.in_(t, k)))
    return out


def _expand_call(t, recur):
    if not t:
        return ()
    h = t[0]
    special = _SPECIAL_EXPANDERS.get(h) if h.__class__ is Symbol else None
    if special is not None:
        return keep_syntax(t, special(t, recur))
    entry = rt.dyn(h)
    if entry is None:
        entry = Struct()
    ref = rt.get(entry, KW_REF)
    m = rt.in_(ref, 0.0) if truthy(ref) else rt.get(entry, KW_VALUE)
    if truthy(rt.in_(entry, KW_MACRO)):
        rt.setdyn(KW_MACRO_FORM, t)
        return _call_macro(m, t[1:])
    return keep_syntax_bang(t, Array(recur(e) for e in t))


def _call_macro(m, args):
    # The reference's macex1 tail-calls the macro from its helper dotup: an
    # arity error is raised in dotup, any other error in the macro's own frame.
    d = getattr(m, "__doc__", None)
    if d.__class__ is FuncDef and (len(args) < d.min_arity or 0 <= d.max_arity < len(args)):
        try:
            return rt.call_vm(m, args)
        except JanetError as e:
            raise boot_frame(e, "dotup", 2489, 38)
    try:
        return rt.call_vm(m, args)
    except JanetError as e:
        if e.trace and d.__class__ is FuncDef:
            e.trace[-1].tail = True
        raise


def _macex1_framed(x, on_binding):
    try:
        return _macex1(x, on_binding)
    except JanetError as e:
        raise boot_frame(e, "macex1", 2496, 16)


def _last(t):
    return rt.in_(t, float(len(t) - 1))


def _expand_def(t, recur):
    def bindings(x):
        c = x.__class__
        if c is Array:
            return Array(bindings(e) for e in x)
        if isinstance(x, tuple):
            return keep_syntax_bang(x, Array(bindings(e) for e in x))
        if c is Table:
            return _expand_dict(x, recur, bindings)
        if c is Struct:
            return table_to_struct(_expand_dict(x, recur, bindings))
        return recur(x)
    last = _last(t)
    bound = rt.in_(t, 1.0)
    items = Array([t[0], bindings(bound)])
    items.extend(tuple_slice(t, 2.0, -2.0))
    items.append(recur(last))
    return keep_syntax_bang(t, items)


def _expand_all(t, recur):
    return (t[0],) + tuple(recur(e) for e in t[1:])


def _expand_fn(t, recur):
    t1 = rt.in_(t, 1.0)
    if t1.__class__ is Symbol:
        params = rt.in_(t, 2.0)
        return keep_syntax(t, (SYM_FN, t1, params) + tuple(recur(e) for e in t[3:]))
    return keep_syntax(t, (SYM_FN, t1) + tuple(recur(e) for e in t[2:]))


def _expand_quasiquote(t, recur):
    def qq(x):
        c = x.__class__
        if isinstance(x, tuple):
            if getattr(x, "brackets", False):
                return tuple_brackets(*[qq(e) for e in x])
            x0 = rt.get(x, 0.0)
            if x0 == SYM_UNQUOTE:
                return (x0, recur(rt.get(x, 1.0)))
            return tuple(qq(e) for e in x)
        if c is Array:
            return Array(qq(e) for e in x)
        if c is Table or c is Struct:
            items = [qq(e) for e in kvs(x)]
            return table_(*items) if c is Table else struct_(*items)
        return x
    return (t[0], qq(rt.in_(t, 1.0)))


_SPECIAL_EXPANDERS = {
    sym("set"): _expand_def, sym("def"): _expand_def, sym("var"): _expand_def,
    sym("do"): _expand_all, sym("if"): _expand_all, sym("while"): _expand_all,
    sym("break"): _expand_all, sym("upscope"): _expand_all,
    sym("fn"): _expand_fn,
    sym("quote"): lambda t, recur: t,
    sym("quasiquote"): _expand_quasiquote,
}


@builtin("macex1", "(macex1 x &opt on-binding)",
         "Expands the macros in x one level: a macro call is replaced by its "
         "expansion (not expanded again), and every other form has the macros in its "
         "parts expanded one level.  `on-binding`, when given, is called on each "
         "symbol met in a binding or value position and its result takes the "
         "symbol's place.",
         kind="function", source="boot.janet")
def macex1(x, on_binding=None):
    return _macex1(x, on_binding)


@builtin("macex", "(macex x &opt on-binding)",
         "Expands every macro in x, repeating `macex1` until the form no longer "
         "changes.  `on-binding` is as for `macex1`: a macro can pass it to see (and "
         "replace) every symbol its arguments use.",
         kind="function", source="boot.janet")
def macex(x, on_binding=None):
    previous = x
    current = _macex1_framed(x, on_binding)
    count = 0
    while deep_not_eq(current, previous):
        count += 1
        if count > 200:
            raise JanetError(b"macro expansion too nested")
        previous = current
        current = _macex1_framed(current, on_binding)
    return current
