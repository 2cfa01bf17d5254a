"""Compiling from Janet code: `compile`, `macex1`, `macex`.

Corresponds to the reference's src/core/compile.c (cfun_compile) and the macro
expansion helpers of src/boot/boot.janet.
"""

from ..values import Table, Keyword, Symbol, Array, Struct, kw, from_key
from ..errors import CompileError, JanetError
from ..runtime import builtin, STATE, call
from ..compiler import compile_form, macroexpand1
from .. import args as A
from .prelude import curenv

KW_ERROR = kw("error")
KW_LINE = kw("line")
KW_COLUMN = kw("column")
KW_FIBER = kw("fiber")


@builtin("compile", "(compile ast &opt env source lints)",
         "Compiles the form `ast` against env (default: the current environment) "
         "into a function of no arguments that evaluates it.  On failure returns a "
         "table with :error, :line and :column instead.")
def compile_(ast, env=None, source=None, lints=None):
    if env is None:
        env = curenv()
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


@builtin("macex1", "(macex1 x &opt on-binding)",
         "Expands the macro call x one step (x itself when it is not a macro call).",
         kind="function", source="boot.janet")
def macex1(x, on_binding=None):
    return macroexpand1(x, curenv())


def _macex(x, env):
    while True:
        y = macroexpand1(x, env)
        if y is x:
            break
        x = y
    if isinstance(x, tuple):
        if not x:
            return x
        head = x[0]
        if head.__class__ is Symbol and head.name in ("quote", "quasiquote"):
            return x
        items = [_macex(e, env) for e in x]
        from ..values import Tuple, mk_tuple
        if getattr(x, "brackets", False):
            return mk_tuple(items, brackets=True)
        return tuple(items)
    if x.__class__ is Array:
        return Array(_macex(e, env) for e in x)
    if x.__class__ in (Table, Struct):
        out = x.__class__()
        for k, v in x.items():
            out[k] = _macex(v, env)
        return out
    return x


@builtin("macex", "(macex x &opt on-binding)",
         "Expands every macro in x, recursively.", kind="function", source="boot.janet")
def macex(x, on_binding=None):
    return _macex(x, curenv())
