"""The closure compiler: Janet forms become a tree of Python closures.

Corresponds to the reference's src/core/compile.c (janetc_value, macro expansion,
symbol resolution, calls, data constructors) and src/core/cfuns.c (operators the
reference compiles to instructions instead of calls).

Pipeline for one top-level form (docs/architecture.md has the picture):

    form --macroexpand/analyse--> IR nodes --emit--> closures --run--> value

* Analysis (`Compiler.analyse`) expands macros, resolves every symbol (lexical
  variables become frame slots, `def` globals become constants, `var` globals
  become one-element cells) and builds IR nodes.  Unknown symbols are compile
  errors before anything of the form runs.
* Emission turns IR into closures `node(f)` where `f` is the frame: a Python list
  whose slot 0 is the enclosing frame.  Closures are instantiated from a small
  cache of source templates: simple operands (locals, constants, cells) and
  inlined operators are fused into the template of the node that uses them, so a
  node like `(< n 2)` costs one Python call instead of three.
* Calls in tail position return a `TailCall` that the caller resolves; a
  function's tail call to itself rebinds its frame and loops.
"""

import math
import os
import sys
import types

from .values import (SortKey, Symbol, Keyword, Buffer, Array, Tuple, Struct, Table, FuncDef,
                     sym, kw, table_key, from_key, tuple_brackets, truthy, mk_tuple, equals)
from .errors import CompileError, JanetError, internal_error, panicf
from . import lazy
from . import runtime as rt
from . import ops

__all__ = ["Compiler", "compile_form", "SPECIALS"]

SPECIALS = {}          # Symbol -> function(compiler, form, scope, tail) -> Node; see specials.py

KW_VALUE = kw("value")
KW_REF = kw("ref")
KW_MACRO = kw("macro")
KW_DOC = kw("doc")
KW_SOURCE_MAP = kw("source-map")
KW_MACRO_FORM = kw("macro-form")
KW_MACRO_LINTS = kw("macro-lints")
KW_DEPRECATED = kw("deprecated")
KW_REDEF = kw("redef")
KW_MISSING = kw("missing-symbol")

MAX_MACRO_EXPAND = 200
RECURSION_GUARD = 1024


# --------------------------------------------------------------------------
# Template cache: one exec per distinct node shape, shared by every node of it.

TEMPLATE_GLOBALS = {
    "TailCall": rt.TailCall, "resolve": rt.resolve, "JanetError": JanetError,
    "Break": rt.Break, "add_frame": rt.add_frame, "site_error": rt.site_error,
    "call_nonfn": rt.call_nonfn, "Array": Array, "Tuple": Tuple, "Struct": Struct,
    "Table": Table, "Buffer": Buffer, "rt_get": rt.get, "Keyword": Keyword,
    "add_slow": ops.add_slow, "sub_slow": ops.sub_slow, "mul_slow": ops.mul_slow,
    "div_slow": ops.div_slow, "divf_slow": ops.divf_slow, "rem_slow": ops.rem_slow,
    "mod_slow": ops.mod_slow, "lt_slow": ops.lt_slow, "gt_slow": ops.gt_slow,
    "le_slow": ops.le_slow, "ge_slow": ops.ge_slow, "eq": ops.eq, "fdiv": ops.fdiv,
    "band2": ops.band2, "bor2": ops.bor2, "bxor2": ops.bxor2,
    "lshift2": ops.lshift2, "rshift2": ops.rshift2, "rshiftu2": ops.rshiftu2,
    "RecursionError": RecursionError, "fmod": math.fmod,
}
_CACHE = {}


def _call_error(e, fn, args, site):
    """A call node caught a non-Janet exception: arity, non-callable, or internal."""
    if isinstance(e, TypeError):
        tb = e.__traceback__.tb_next
        if tb is None:
            try:
                return rt.call_fallback(fn, args, e)
            except JanetError as je:
                je.trace.append(site.frame())
                raise
    je = internal_error(e)
    rt.add_frame(je, fn, site)
    raise je


TEMPLATE_GLOBALS["call_error"] = _call_error
TEMPLATE_GLOBALS["looped_tail"] = rt.looped_tail


def _opslow(site, fn, *args):
    """Run an operator's slow path; on error record the operator's position."""
    try:
        return fn(*args)
    except JanetError as e:
        e.trace.append(site.frame())
        raise


TEMPLATE_GLOBALS["opslow"] = _opslow


class Binder:
    """Collects the values a template closes over, naming them _b0, _b1, ..."""
    __slots__ = ("vals", "ids", "ntemp")

    def __init__(self):
        self.vals = []
        self.ids = {}
        self.ntemp = 0

    def bind(self, v):
        i = self.ids.get(id(v))
        if i is None:
            i = len(self.vals)
            self.vals.append(v)
            self.ids[id(v)] = i
        return "_b%d" % i

    def temp(self):
        self.ntemp += 1
        return "_t%d" % self.ntemp


def build(b, src, compiled=None):
    """Instantiate template `src` (which must define and return `node`) with b's values.
    `compiled(text)` gives the code for the text (default: the template caches)."""
    key = (src, len(b.vals))
    fac = _CACHE.get(key)
    if fac is None:
        params = ", ".join("_b%d" % i for i in range(len(b.vals)))
        text = "def _factory(%s):\n    %s\n" % (params, src.replace("\n", "\n    "))
        code = (compiled or _compiled_template)(text)
        exec(code, TEMPLATE_GLOBALS)
        fac = _CACHE[key] = TEMPLATE_GLOBALS.pop("_factory")
    return fac(*b.vals)


# Compiled template code is kept on disk between runs: compiling the few hundred
# templates the prelude needs would otherwise cost ~70 ms at every start.  Two
# stores: the templates the prelude used last time (small, read at every start)
# and the rest, bounded, in buckets of which a program reads only those holding
# templates it needs that the first file lacks.
_BOOT_CACHE = "templates-boot.marshal"
_USER_CACHE = "templates.marshal"
_USER_CACHE_MAX = 3000          # entries; the oldest are dropped first
_boot_templates = None          # text -> code, from _BOOT_CACHE
_user_templates = None          # text -> code, a diskcache.Store (read as needed)
_recording = None               # while the prelude compiles: text -> code used
_boot_dirty = False
_user_dirty = False


def _compile_source(text, name):
    """Python code for generated source.  Python's compile-time warnings are
    about our generated text, not the user's program (an inlined constant nil
    that is indexed says 'NoneType' object is not subscriptable; running it
    raises the Janet error), so they are not shown."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        return compile(text, name, "exec")


# The code record of the source file being loaded (a modcache.Record, set by
# modcache.loading), or None: code that a file's compilation needs and the
# prelude's templates lack is looked up in it and kept with it, so a file
# loaded again finds all of its code in one place.
CODE_RECORD = None


def _compiled_template(text):
    global _boot_templates, _user_templates, _user_dirty
    if _boot_templates is None:
        _boot_templates = _load_templates(_BOOT_CACHE)
    code = _boot_templates.get(text)
    if code is None and CODE_RECORD is not None and _recording is None:
        return CODE_RECORD.code(text)
    if code is None:
        if _user_templates is None:
            from . import diskcache
            _user_templates = diskcache.Store(_USER_CACHE, _USER_CACHE_MAX)
        code = _user_templates.get(text)
        if code is None:
            code = _compile_source(text, "<pyjanet>")
            _user_templates[text] = code
            _mark_dirty()
            _user_dirty = True
        if _recording is not None:
            _mark_dirty()
    if _recording is not None:
        _recording[text] = code
    return code


def _mark_dirty():
    global _boot_dirty
    if not (_boot_dirty or _user_dirty):
        import atexit
        atexit.register(save_templates)
    if _recording is not None:
        _boot_dirty = True


def record_boot_templates(on):
    """Start (on=True) or stop collecting the templates the prelude uses; they
    become the boot template file when any was missing from it."""
    global _recording
    _recording = {} if on else None if _recording is None else _finish_recording()


def _finish_recording():
    global _boot_templates
    if _boot_dirty:
        _boot_templates = _recording
    return None


def _load_templates(name):
    import marshal
    from . import diskcache
    data = diskcache.read(name)
    if data:
        try:
            d = marshal.loads(data)
            if isinstance(d, dict):
                return d
        except (ValueError, EOFError, TypeError):
            pass
    return {}


def save_templates():
    """Write the template caches that this run added to."""
    global _boot_dirty, _user_dirty
    import marshal
    from . import diskcache
    if _boot_dirty and _boot_templates is not None and _recording is None:
        _boot_dirty = False
        diskcache.write(_BOOT_CACHE, marshal.dumps(_boot_templates))
    if _user_dirty and _user_templates is not None:
        _user_dirty = False
        _user_templates.save()


def node_src(body):
    return "def node(f):\n    " + body.replace("\n", "\n    ") + "\nreturn node"


# --------------------------------------------------------------------------
# IR nodes

class Node:
    """Base IR node.  `emit(tail)` returns a closure node(f) -> value."""
    __slots__ = ()
    is_const = False
    is_bool = False          # always produces a Python bool (comparisons, `not`)

    def emit(self, tail=False):
        raise NotImplementedError

    def expr(self, b, depth=0):
        """A Python expression computing this node inside a template, or a bound call."""
        return b.bind(self.emit()) + "(f)"

    def stmt(self, b):
        """Python statement(s) evaluating this node for effect."""
        return self.expr(b)

    def assign(self, b, target):
        """Lines (inside a template) that set `target` to this node's value."""
        return ["%s = %s" % (target, self.expr(b))]

    def tail_expr(self, b):
        """An expression for this node in tail position (it may yield a TailCall)."""
        return b.bind(self.emit(True)) + "(f)"

    def truth(self, b):
        """A Python expression that is True when this node's value is truthy."""
        if self.is_bool:
            return self.expr(b)
        t = b.temp()
        return "((%s := %s) is not None and %s is not False)" % (t, self.expr(b), t)


class Const(Node):
    # branch: the value of an `if` whose condition is constant, which the
    # reference copies into a register -- no longer a constant to its checks
    __slots__ = ("value", "branch")
    is_const = True

    def tail_expr(self, b):
        return self.expr(b)

    def __init__(self, value):
        self.value = value
        self.branch = False

    @property
    def is_bool(self):
        return self.value is True or self.value is False

    def expr(self, b, depth=0):
        v = self.value
        if v is None or v is True or v is False:
            return repr(v)
        c = v.__class__
        if (c is Tuple or c is tuple or c is Struct) and _FN_CONSTS:
            v = _shared_const(v)
        return b.bind(v)

    def stmt(self, b):
        return "pass"

    def truth(self, b):
        return "True" if truthy(self.value) else "False"

    def emit(self, tail=False):
        v = self.value
        b = Binder()
        return build(b, node_src("return %s" % self.expr(b)))


# The constants each function being emitted loads, innermost function last.
# Like the reference's constant pool (janetc_const), equal constants that one
# function loads are one value: `(string '())` and `(string [])` name the same
# tuple.  (A constant folded into a bigger one, like the `[1 2]`s of
# `[[1 2] [1 2]]`, is not loaded and stays a value of its own.)
_FN_CONSTS = []


def _shared_const(v):
    pool = _FN_CONSTS[-1]
    for x in pool:
        if equals(x, v):
            return x
    pool.append(v)
    return v


class Local(Node):
    """A lexical variable: slot `slot` of the frame `depth` levels up."""
    __slots__ = ("depth", "slot")

    def tail_expr(self, b):
        return self.expr(b)

    def __init__(self, depth, slot):
        self.depth = depth
        self.slot = slot

    def expr(self, b, depth=0):
        return "f" + "[0]" * self.depth + "[%d]" % self.slot

    def stmt(self, b):
        return "pass"

    def emit(self, tail=False):
        return build(Binder(), node_src("return " + self.expr(None)))


class CellRef(Node):
    """A global `var`: element 0 of its reference array."""
    __slots__ = ("cell",)

    def tail_expr(self, b):
        return self.expr(b)

    def __init__(self, cell):
        self.cell = cell

    def expr(self, b, depth=0):
        return b.bind(self.cell) + "[0]"

    def stmt(self, b):
        return "pass"

    def emit(self, tail=False):
        b = Binder()
        return build(b, node_src("return " + self.expr(b)))


# Operators inlined into templates.  For each: the fast expression on two floats,
# and the slow-path function for everything else.
_BINOPS = {
    "+": ("{a} + {b}", "add_slow", True),
    "-": ("{a} - {b}", "sub_slow", True),
    "*": ("{a} * {b}", "mul_slow", True),
    "/": ("fdiv({a}, {b})", "div_slow", True),
    "div": ("divf_slow({a}, {b})", "divf_slow", False),
    "%": ("rem_slow({a}, {b})", "rem_slow", False),
    "mod": ("mod_slow({a}, {b})", "mod_slow", False),
    "<": ("{a} < {b}", "lt_slow", False),
    ">": ("{a} > {b}", "gt_slow", False),
    "<=": ("{a} <= {b}", "le_slow", False),
    ">=": ("{a} >= {b}", "ge_slow", False),
    "=": ("{a} == {b}", "eq", False),
}
_COMPARE = {"<", ">", "<=", ">=", "=", "not="}
_IMM_OPS = {"+", "-", "*", "/"}
_MAX_FUSE = 3


def _is_imm(n):
    """Would the reference compile this constant as an immediate operand?"""
    if not n.is_const:
        return False
    v = n.value
    return v.__class__ is float and v.is_integer() and -128 <= v <= 127


class BinOp(Node):
    """An inlined two-operand operator with its source position for errors.
    `chain`: the first operation of a variadic call such as `(+ a b c)`, which
    the reference runs only after computing every operand."""
    __slots__ = ("op", "a", "b", "site", "chain")

    def __init__(self, op, a, b, site):
        self.op = op
        self.a = a
        self.b = b
        self.site = site
        self.chain = False

    @property
    def is_bool(self):
        return self.op in _COMPARE

    def tail_expr(self, b):
        return self.expr(b)

    def _operand(self, n, b, depth):
        if depth >= _MAX_FUSE and not isinstance(n, (Const, Local, CellRef, Temp)):
            return b.bind(n.emit()) + "(f)"
        return n.expr(b, depth + 1)

    def expr(self, b, depth=0):
        op = self.op
        if op == "not=":
            return "(not %s)" % BinOp("=", self.a, self.b, self.site).expr(b, depth)
        if isinstance(self.a, (Local, CellRef)) and not (_simple(self.b) or isinstance(self.b, Temp)):
            # the reference's instruction reads a variable's slot when it runs,
            # after the other operand is computed: (+ x (do (set x 10) x)) is 20
            t = b.temp()
            eb = self._operand(self.b, b, depth)
            inner = BinOp(op, self.a, Temp(t), self.site).expr(b, depth)
            return "(%s if (%s := %s) is %s else None)" % (inner, t, eb, t)
        fast, slow, _ = _BINOPS[op]
        ea = self._operand(self.a, b, depth)
        eb = self._operand(self.b, b, depth)
        imm = "True" if (op in _IMM_OPS and _is_imm(self.b)) else "False"
        site = b.bind(self.site)
        if op == "=":
            # identity suffices against constants that are interned or singletons
            for x, ex, y, ey in ((self.a, ea, self.b, eb), (self.b, eb, self.a, ea)):
                if x.is_const and (x.value is None or x.value is True or x.value is False
                                   or x.value.__class__ in (Keyword, Symbol)):
                    return "(%s is %s)" % (ey, ex)
                if x.is_const and x.value.__class__ is bytes:
                    # a string equals only a string with the same bytes
                    t = b.temp()
                    return "((%s := %s).__class__ is bytes and %s == %s)" % (t, ey, t, ex)
        if (op == "%" and self.b.is_const and self.b.value.__class__ is float
                and self.b.value != 0.0 and math.isfinite(self.b.value)):
            # the reference's % is C's fmod; Python's math.fmod is the same
            # function, but raises for an infinite or NaN dividend
            ta = b.temp()
            return "(fmod(%s, %s) if (%s := %s).__class__ is float and %s - %s == 0.0 else %s)" % (
                ta, eb, ta, ea, ta, ta,
                "opslow(%s, rem_slow, %s, %s, False)" % (site, ta, eb))
        if self.b.is_const and self.b.value.__class__ is float:
            ta = b.temp()
            cond = "(%s := %s).__class__ is float" % (ta, ea)
            tb = eb
        elif self.a.is_const and self.a.value.__class__ is float:
            ta = ea
            tb = b.temp()
            cond = "(%s := %s).__class__ is float" % (tb, eb)
        else:
            ta = b.temp()
            tb = b.temp()
            cond = "(%s := %s).__class__ is (%s := %s).__class__ is float" % (ta, ea, tb, eb)
        if slow in ("lt_slow", "gt_slow", "le_slow", "ge_slow", "eq"):
            slowcall = "opslow(%s, %s, %s, %s)" % (site, slow, ta, tb)
        else:
            slowcall = "opslow(%s, %s, %s, %s, %s)" % (site, slow, ta, tb, imm)
        return "(%s if %s else %s)" % (fast.format(a=ta, b=tb), cond, slowcall)

    def emit(self, tail=False):
        b = Binder()
        return build(b, node_src("return " + self.expr(b)))


class Temp(Node):
    """A value a template has already computed into a temporary (FoldOp)."""
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def expr(self, b, depth=0):
        return self.name


class FoldOp(Node):
    """`(op a b c ...)` with an operand after the second that is not a plain
    variable or constant.  The reference evaluates every operand before the
    first operation, so c runs (and its effects happen) even when `a op b`
    fails; a chain of BinOps would not get to it."""
    __slots__ = ("op", "args", "site")

    def __init__(self, op, args, site):
        self.op = op
        self.args = args
        self.site = site

    def tail_expr(self, b):
        return self.expr(b)

    def expr(self, b, depth=0):
        pre = []
        vals = []
        for n in self.args:
            if _simple(n):
                vals.append(n)
                continue
            t = b.temp()
            e = (b.bind(n.emit()) + "(f)") if depth >= _MAX_FUSE else n.expr(b, depth + 1)
            pre.append("(%s := %s)" % (t, e))
            vals.append(Temp(t))
        acc = BinOp(self.op, vals[0], vals[1], self.site)
        for v in vals[2:]:
            acc = BinOp(self.op, acc, v, self.site)
        return "(%s, %s)[-1]" % (", ".join(pre), acc.expr(b, depth))

    def emit(self, tail=False):
        b = Binder()
        return build(b, node_src("return " + self.expr(b)))


class Not(Node):
    __slots__ = ("a",)
    is_bool = True

    def tail_expr(self, b):
        return self.expr(b)

    def __init__(self, a):
        self.a = a

    def expr(self, b, depth=0):
        t = b.temp()
        return "((%s := %s) is None or %s is False)" % (t, self.a.expr(b, depth + 1), t)

    def emit(self, tail=False):
        b = Binder()
        return build(b, node_src("return " + self.expr(b)))


class UnOp(Node):
    """A one-argument operator implemented by a Python function (length, bnot...)."""
    __slots__ = ("fn", "args", "site")

    def __init__(self, fn, args, site):
        self.fn = fn
        self.args = args
        self.site = site

    def emit(self, tail=False):
        b = Binder()
        f = b.bind(self.fn)
        lines, names = operands(b, self.args)
        return build(b, node_src("\n".join(lines + guarded(b, self.site, "%s(%s)" % (
            f, ", ".join(names))))))


def operands(b, nodes):
    """Statements evaluating nodes into temporaries (simple ones stay inline)."""
    lines = []
    names = []
    for n in nodes:
        if _simple(n):
            names.append(n.expr(b, 1))
        else:
            t = b.temp()
            lines.append("%s = %s" % (t, n.expr(b, 1)))
            names.append(t)
    return lines, names


def guarded(b, site, expr):
    """Lines returning expr; an error it raises gets the frame of `site`.

    Operands are evaluated before (see `operands`) so errors they raise are not
    given this frame a second time."""
    return ["try:", "    return " + expr, "except JanetError as _e:",
            "    raise site_error(_e, %s)" % b.bind(site)]


class GetOp(Node):
    """`(get ds k &opt dflt)` / `(in ds k &opt dflt)` with fast paths for tables
    and arrays."""
    __slots__ = ("kind", "ds", "key", "dflt", "site")

    def __init__(self, kind, ds, key, dflt, site):
        self.kind = kind
        self.ds = ds
        self.key = key
        self.dflt = dflt
        self.site = site

    def emit(self, tail=False):
        b = Binder()
        return build(b, node_src("\n".join(self.assign(b, "_r") + ["return _r"])))

    def assign(self, b, target):
        nodes = [self.ds, self.key] + ([self.dflt] if self.dflt is not None else [])
        lines, names = operands(b, nodes)
        d, k = names[0], names[1]
        dv = names[2] if self.dflt is not None else None
        v = b.temp()
        found = v if dv is None else "%s if %s is None else %s" % (dv, v, v)
        key_is_plain = self.key.is_const and self.key.value.__class__ is not bool
        lines += ["if %s.__class__ is Table%s and ((%s := %s.get(%s)) is not None or %s.proto is None):"
                  % (d, "" if key_is_plain else " and %s.__class__ is not bool" % k, v, d, k, d),
                  "    %s = %s" % (target, found)]
        kv = self.key.value if self.key.is_const else None
        if kv.__class__ is float and kv.is_integer() and 0 <= kv < 2 ** 31:
            # a constant index: no tests of the key
            lines += ["elif %s.__class__ is Array and len(%s) > %d:" % (d, d, kv),
                      "    %s = %s[%d]" % (v, d, kv),
                      "    %s = %s" % (target, found)]
        elif not (self.key.is_const and self.key.value.__class__ is not float):
            i = b.temp()
            lines += ["elif %s.__class__ is Array and %s.__class__ is float and 0 <= %s < len(%s) "
                      "and (%s := int(%s)) == %s:" % (d, k, k, d, i, k, k),
                      "    %s = %s[%s]" % (v, d, i),
                      "    %s = %s" % (target, found)]
        slow = b.bind(rt.get if self.kind == "get" else rt.in_)
        lines += ["else:",
                  "    try:",
                  "        %s = %s(%s, %s%s)" % (target, slow, d, k, "" if dv is None else ", " + dv),
                  "    except JanetError as _e:",
                  "        raise site_error(_e, %s)" % b.bind(self.site)]
        return lines


class PutOp(Node):
    """`(put ds k v)` with fast paths for tables and arrays; returns ds."""
    __slots__ = ("ds", "key", "val", "site")

    def __init__(self, ds, key, val, site):
        self.ds = ds
        self.key = key
        self.val = val
        self.site = site

    def emit(self, tail=False):
        b = Binder()
        lines, (d, k, v) = operands(b, [self.ds, self.key, self.val])
        lines += ["if %s.__class__ is Table and %s is not None and (%s.__class__ is Keyword or "
                  "%s.__class__ is bytes or (%s.__class__ is float and %s == %s)):"
                  % (d, v, k, k, k, k, k),
                  "    %s[%s] = %s" % (d, k, v),
                  "    return %s" % d,
                  "if %s.__class__ is Array and %s.__class__ is float:" % (d, k),
                  "    _i = int(%s)" % k,
                  "    if _i == %s and 0 <= _i < len(%s):" % (k, d),
                  "        %s[_i] = %s" % (d, v),
                  "        return %s" % d]
        lines += guarded(b, self.site, "%s(%s, %s, %s)" % (b.bind(rt.put), d, k, v))
        return build(b, node_src("\n".join(lines)))


class Do(Node):
    __slots__ = ("items",)

    def __init__(self, items):
        self.items = items

    def emit(self, tail=False):
        items = self.items
        if not items:
            return Const(None).emit()
        if len(items) == 1:
            return items[0].emit(tail)
        b = Binder()
        lines = []
        for it in items[:-1]:
            s = it.stmt(b)
            if s != "pass":
                lines.append(s)
        last = items[-1]
        lines.append("return " + (last.tail_expr(b) if tail else last.expr(b)))
        return build(b, node_src("\n".join(lines)))


class If(Node):
    __slots__ = ("c", "t", "e")

    def __init__(self, c, t, e):
        self.c = c
        self.t = t
        self.e = e

    def expr(self, b, depth=0):
        cond = self.c.truth(b)
        return "(%s if %s else %s)" % (self.t.expr(b, depth + 1), cond, self.e.expr(b, depth + 1))

    def tail_expr(self, b):
        cond = self.c.truth(b)
        return "(%s if %s else %s)" % (self.t.tail_expr(b), cond, self.e.tail_expr(b))

    def emit(self, tail=False):
        b = Binder()
        cond = self.c.truth(b)
        if tail:
            et = self.t.tail_expr(b)
            ee = self.e.tail_expr(b)
        else:
            et = self.t.expr(b, 1)
            ee = self.e.expr(b, 1)
        return build(b, node_src("if %s:\n    return %s\nreturn %s" % (cond, et, ee)))


def _simple(n):
    return isinstance(n, (Const, Local, CellRef))


class Call(Node):
    """A function call.  `site` names the enclosing function and the form's
    position; `splice_site`, where splicing a value that is no array or tuple
    fails (Compiler.splice_site), when that is not `site`."""
    __slots__ = ("fn", "args", "site", "spliced", "self_call", "no_tail", "splice_site")

    def __init__(self, fn, args, site, spliced=False, splice_site=None):
        self.fn = fn
        self.args = args
        self.site = site
        self.spliced = spliced
        self.splice_site = splice_site
        self.self_call = None     # set by the compiler: (FnScope) for tail self calls
        self.no_tail = False      # top-level calls are not tail calls (except apply)

    def _known_cfun(self):
        """Is the callee a known C-like builtin (called directly even in tail position)?

        Builtins that stand for functions the reference writes in Janet (source
        boot.janet) are tail-called like Janet functions, so traces match.
        """
        if self.fn.is_const:
            v = self.fn.value
            info = getattr(v, "janet", None) if rt.is_function(v) else None
            if id(v) in rt.ASM_PC and not self.site.inlined:
                # an assembly function of the reference, really called: its
                # frame replaces the caller's in a tail call
                return False
            return info is not None and info.source != "boot.janet"
        return False

    def _arglist(self, b):
        """Statements computing the arguments into temporaries; returns (lines, argexpr)."""
        lines = []
        if self.spliced:
            t = b.temp()
            ops_lines, names = operands(b, [a for a, _ in self.args])
            parts = ["*splice_items(%s)" % e if sp else e
                     for e, (_, sp) in zip(names, self.args)]
            lines += ops_lines
            # splicing a non-indexed value is an error of the calling frame
            lines += ["try:",
                      "    %s = (%s,)" % (t, ", ".join(parts)) if parts else "    %s = ()" % t,
                      "except JanetError as _e:",
                      "    raise site_error(_e, %s)" % b.bind(self.splice_site or self.site)]
            return lines, None, t
        names = []
        for a in self.args:
            if _simple(a):
                names.append(a.expr(b, 1))
            else:
                t = b.temp()
                lines.append("%s = %s" % (t, a.expr(b, 1)))
                names.append(t)
        return lines, names, None

    def emit(self, tail=False):
        if self.no_tail:
            tail = False
        b = Binder()
        lines = []
        if self.fn.is_const:
            fn = self.fn.expr(b)
        else:
            fn = "_fn"
            lines.append("_fn = " + self.fn.expr(b))
        alines, names, argtuple = self._arglist(b)
        lines += alines
        if tail and self.self_call is not None and not self.spliced:
            return self._emit_self(b, lines, names)
        if not self.fn.is_const and names is not None and len(names) == 1:
            # `(t :k)` with a table or struct in a variable is a lookup: do it
            # here rather than through a Python call of the table
            k = names[0]
            lines += ["if _fn.__class__ is Table or _fn.__class__ is Struct:",
                      "    if %s.__class__ is not bool:" % k,
                      "        _r = _fn.get(%s)" % k,
                      "        if _r is not None or _fn.proto is None: return _r",
                      "    return _fn(%s)" % k]
        if tail and not self._known_cfun():
            site = b.bind(self.site)
            if argtuple is not None:
                lines.append("return TailCall(%s, %s, %s)" % (fn, argtuple, site))
            else:
                lines.append("return TailCall(%s, (%s), %s)" % (
                    fn, "".join(n + ", " for n in names), site))
            return build(b, node_src("\n".join(lines)))
        site = b.bind(self.site)
        if argtuple is not None:
            call = "%s(*%s)" % (fn, argtuple)
            argt = argtuple
        else:
            call = "%s(%s)" % (fn, ", ".join(names))
            argt = "(%s)" % "".join(n + ", " for n in names)
        lines.append("try:")
        lines.append("    _r = " + call)
        if not self._known_cfun():
            lines.append("    if _r.__class__ is TailCall: _r = resolve(_r)")
        lines.append("except JanetError as _e:")
        lines.append("    add_frame(_e, %s, %s)" % (fn, site))
        lines.append("    raise")
        lines.append("except RecursionError:")
        lines.append("    raise")
        lines.append("except Exception as _e:")
        lines.append("    _r = call_error(_e, %s, %s, %s)" % (fn, argt, site))
        lines.append("return _r")
        return build(b, node_src("\n".join(lines)))

    def assign(self, b, target):
        # A call of a known function inlines into the template that uses it.
        # ("# call" keeps _localize_slots off the loop: the callee may reach
        # this frame through a closure.)
        if not self.fn.is_const:
            return Node.assign(self, b, target)
        fn = self.fn.expr(b)
        lines, names, argtuple = self._arglist(b)
        site = b.bind(self.site)
        if argtuple is not None:
            call = "%s(*%s)" % (fn, argtuple)
            argt = argtuple
        else:
            call = "%s(%s)" % (fn, ", ".join(names))
            argt = "(%s)" % "".join(n + ", " for n in names)
        r = b.temp()
        lines += ["try:  # call",
                  "    %s = %s" % (r, call)]
        if not self._known_cfun():
            lines.append("    if %s.__class__ is TailCall: %s = resolve(%s)" % (r, r, r))
        lines += ["except JanetError as _e:",
                  "    add_frame(_e, %s, %s)" % (fn, site),
                  "    raise",
                  "except RecursionError:",
                  "    raise",
                  "except Exception as _e:",
                  "    %s = call_error(_e, %s, %s, %s)" % (r, fn, argt, site)]
        if target != r:
            lines.append("%s = %s" % (target, r))
        return lines

    def stmt(self, b):
        if not self.fn.is_const:
            return self.expr(b)
        return "\n".join(self.assign(b, b.temp()))

    def _emit_self(self, b, lines, names):
        fs, param_slots = self.self_call
        nslots = fs.nslots
        n = len(names)
        if fs.captured:
            vals = ["f[0]"]
            if fs.self_slot is not None:
                vals.append("f[%d]" % fs.self_slot)
            vals += names
            vals += ["None"] * (nslots - len(vals))
            lines.append("return [%s]" % ", ".join(vals))
        else:
            for slot, nm in zip(param_slots, names):
                lines.append("f[%d] = %s" % (slot, nm))
            for slot in param_slots[n:]:
                lines.append("f[%d] = None" % slot)
            lines.append("return f")
        return build(b, node_src("\n".join(lines)))


def _splice_items(x):
    """What a splice (`;x`) in generated code spreads: an array or tuple."""
    if x.__class__ is Array or isinstance(x, tuple):
        return x
    panicf("expected array or tuple, got %v", x)


TEMPLATE_GLOBALS["splice_items"] = _splice_items


class Spliced:
    """What `splice` (or a quasiquote that is one `,;x`) analyses to where a
    splice is accepted: its value's node, to be spread by the caller
    (Compiler.analyse_arg); the reference's JANET_SLOT_SPLICED."""
    __slots__ = ("node",)

    def __init__(self, node):
        self.node = node


class MethodCall(Node):
    """`(:name obj args...)`: call the method `name` of obj (janet_method_invoke)."""
    __slots__ = ("name", "args", "site", "spliced", "splice_site")

    def __init__(self, name, args, site, spliced=False, splice_site=None):
        self.name = name
        self.args = args
        self.site = site
        self.spliced = spliced
        self.splice_site = splice_site

    def emit(self, tail=False):
        args = self.args if self.spliced else [n for n, _ in self.args]
        c = Call(Const(_method_caller(self.name)), args, self.site, self.spliced,
                 self.splice_site)
        return c.emit(False)


_method_callers = {}


def _method_caller(name):
    f = _method_callers.get(name)
    if f is None:
        def f(*args):
            return rt.call_nonfn(name, args)
        f.janet = rt.CFunInfo(repr(name), 0, -1, "", True)
        _method_callers[name] = f
    return f


class SetLocal(Node):
    __slots__ = ("depth", "slot", "val")

    def __init__(self, depth, slot, val):
        self.depth = depth
        self.slot = slot
        self.val = val

    def emit(self, tail=False):
        b = Binder()
        t = b.temp()
        return build(b, node_src("%s = %s\nf%s[%d] = %s\nreturn %s" % (
            t, self.val.expr(b), "[0]" * self.depth, self.slot, t, t)))

    def stmt(self, b):
        return "\n".join(self.val.assign(b, "f%s[%d]" % ("[0]" * self.depth, self.slot)))


class SetCell(Node):
    __slots__ = ("cell", "val")

    def __init__(self, cell, val):
        self.cell = cell
        self.val = val

    def emit(self, tail=False):
        b = Binder()
        t = b.temp()
        c = b.bind(self.cell)
        return build(b, node_src("%s = %s\n%s[0] = %s\nreturn %s" % (t, self.val.expr(b), c, t, t)))

    def stmt(self, b):
        c = b.bind(self.cell)
        return "%s[0] = %s" % (c, self.val.expr(b))


class SetEntry(Node):
    """Top-level def: store the value in the env entry's :value and a local slot."""
    __slots__ = ("entry", "slot", "val")

    def __init__(self, entry, slot, val):
        self.entry = entry
        self.slot = slot
        self.val = val

    def emit(self, tail=False):
        b = Binder()
        t = b.temp()
        e = b.bind(self.entry)
        k = b.bind(KW_VALUE)
        lines = ["%s = %s" % (t, self.val.expr(b)),
                 "if %s is None: %s.pop(%s, None)" % (t, e, k),
                 "else: %s[%s] = %s" % (e, k, t)]
        if self.slot is not None:
            lines.append("f[%d] = %s" % (self.slot, t))
        lines.append("return " + t)
        return build(b, node_src("\n".join(lines)))


class PutNode(Node):
    """`(set (ds key) val)`: put and return val."""
    __slots__ = ("ds", "key", "val", "site")

    def __init__(self, ds, key, val, site):
        self.ds = ds
        self.key = key
        self.val = val
        self.site = site

    def emit(self, tail=False):
        b = Binder()
        put = b.bind(rt.put)
        site = b.bind(self.site)
        d, k, v = b.temp(), b.temp(), b.temp()
        return build(b, node_src(
            "%s = %s\n%s = %s\n%s = %s\ntry:\n    %s(%s, %s, %s)\n"
            "except JanetError as _e:\n    raise site_error(_e, %s)\nreturn %s"
            % (d, self.ds.expr(b), k, self.key.expr(b), v, self.val.expr(b),
               put, d, k, v, site, v)))


class While(Node):
    __slots__ = ("cond", "body", "has_break", "subframe", "site", "fs")

    def __init__(self, cond, body, has_break, subframe=None, site=None, fs=None):
        self.cond = cond
        self.body = body
        self.has_break = has_break
        self.fs = fs                 # the function the loop is in
        self.subframe = subframe     # slot count of a per-iteration frame, or None
        # with a subframe: where the loop stands in its function (the reference
        # runs such a loop as a function of its own, called from there)
        self.site = site

    def emit(self, tail=False):
        b = Binder()
        lines = []
        ind = ""
        if self.has_break:
            lines.append("try:")
            ind = "    "
        if self.subframe is not None:
            n = self.subframe
            lines.append(ind + "_pf = f")
            if self.site is not None:
                lines.append(ind + "_again = False")
            lines.append(ind + "while True:")
            lines.append(ind + "    f = [_pf%s]" % (", None" * (n - 1)))
            if not (self.cond.is_const and truthy(self.cond.value)):
                lines.append(ind + "    if not %s: break" % self.cond.truth(b))
        else:
            # (`while True` with a test: only an unconditional backward jump
            # counts towards CPython 3.11's warm-up of a code object, see
            # tier._while)
            lines.append(ind + "while True:")
            if not (self.cond.is_const and truthy(self.cond.value)):
                lines.append(ind + "    if not (%s): break" % self.cond.truth(b))
        body = self.body
        stmts = [s for s in (x.stmt(b) for x in (body.items if isinstance(body, Do) else [body]))
                 if s != "pass"]
        if not stmts:
            stmts = ["pass"]
        for s in stmts:
            lines += [ind + "    " + x for x in s.split("\n")]
        if self.site is not None:
            # the reference's loop function calls itself for each further
            # iteration, so an error after the first shows that as a tail call
            lines.append(ind + "    _again = True")
        if self.has_break:
            lines.append("except Break:")
            lines.append("    pass")
        if self.site is not None:
            lines = ["try:"] + ["    " + x for x in lines] + [
                "except JanetError as _e:",
                "    if _again and _e.trace and _e.trace[-1].name == 'while':",
                "        _e.trace[-1].tail = True",
                "    _e.trace.append(%s.frame())" % b.bind(self.site),
                "    raise"]
        lines.append("return None")
        if self.subframe is None:
            lines = _localize_slots(lines, self.fs is not None and not self.fs.captured)
        return build(b, node_src("\n".join(lines)))


_F_USE = lazy.pattern(r"\bf\b(\[\d+\])?", globals())
_F_SLOT = lazy.pattern(r"\bf\[(\d+)\]", globals())
_F_STORE = lazy.pattern(r"\bf\[(\d+)\] = ", globals())


def _localize_slots(lines, calls_ok=False):
    """Run a self-contained loop on Python locals instead of frame slots.

    When every use of the frame in the loop's code is a plain slot access
    (no nested node is called with the frame), the slots are read into locals
    before the loop and the ones it assigns are written back when it ends: local
    variables are several times faster than list items.  Nothing else can see
    the frame while the loop runs, so the write-back at the end is exact --
    provided a function the loop calls cannot reach the frame either, which
    `calls_ok` says: no closure captures this function's variables.  (When the
    loop is left by an error instead, the frame is not written back; with no
    closure over it, nothing reads it again.)
    """
    src = "\n".join(lines)
    if "# call" in src and not calls_ok:
        return lines
    uses = _F_USE.findall(src)
    if not uses or any(u == "" for u in uses):
        return lines
    slots = sorted(set(int(n) for n in _F_SLOT.findall(src)))
    stored = sorted(set(int(n) for n in _F_STORE.findall(src)))
    load = ["_l%d = f[%d]" % (n, n) for n in slots]
    save = ["f[%d] = _l%d" % (n, n) for n in stored]
    body = [_F_SLOT.sub(lambda m: "_l" + m.group(1), l) for l in lines[:-1]]
    return load + body + save + [lines[-1]]


class BreakNode(Node):
    __slots__ = ("val", "is_return")

    def __init__(self, val, is_return):
        self.val = val
        self.is_return = is_return

    def emit(self, tail=False):
        b = Binder()
        if self.is_return:
            return build(b, node_src("raise Break(%s)" % self.val.expr(b)))
        if self.val is not None:
            return build(b, node_src("%s\nraise Break(None)" % self.val.stmt(b)))
        return build(b, node_src("raise Break(None)"))


class MakeData(Node):
    """Data constructors: [a b] @[a b] {k v} @{k v} @"buf" (with splices).
    `splice_site`: as Call's."""
    __slots__ = ("kind", "items", "site", "splice_site")

    def __init__(self, kind, items, site, splice_site=None):
        self.kind = kind       # "tuple", "btuple", "array", "struct", "table", "buffer"
        self.items = items     # list of (node, spliced)
        self.site = site
        self.splice_site = splice_site

    def emit(self, tail=False):
        b = Binder()
        lines, names = operands(b, [n for n, _ in self.items])
        parts = ["*splice_items(%s)" % e if sp else e
                 for e, (_, sp) in zip(names, self.items)]
        if self.splice_site is not None:
            t = b.temp()
            lines += ["try:",
                      "    %s = (%s)" % (t, "".join(p + ", " for p in parts)),
                      "except JanetError as _e:",
                      "    raise site_error(_e, %s)" % b.bind(self.splice_site)]
            parts = ["*" + t]
        e = literal_source(self.kind, parts)
        return build(b, node_src("\n".join(lines + guarded(b, self.site, e))))


def _mk_btuple(items):
    return mk_tuple(items, brackets=True)


# what builds a literal of each kind from its items' source (`parts`, spliced
# ones already written as *splice_items(...)); the function tier uses it too
_LITERAL_BUILDERS = {"tuple": "%s", "btuple": "mk_btuple(%s)", "array": "Array(%s)",
                     "struct": "mk_struct(%s)", "table": "mk_table(%s)"}


def literal_source(kind, parts):
    fmt = _LITERAL_BUILDERS.get(kind)
    if fmt is None:                 # a buffer literal: its one string
        return "Buffer(%s)" % parts[0]
    return fmt % ("(%s)" % "".join(p + ", " for p in parts))


def _mk_struct(items):
    if len(items) & 1:      # (only a splice can make it odd)
        panicf("expected even number of arguments to struct constructor, got %d", len(items))
    s = Struct()
    for i in range(0, len(items) - 1, 2):
        k = items[i]
        v = items[i + 1]
        if k is None or v is None:
            continue
        if k.__class__ is float and k != k:
            continue
        s[table_key(k)] = v
    return s


def _mk_table(items):
    if len(items) & 1:      # (only a splice can make it odd)
        panicf("expected even number of arguments to table constructor, got %d", len(items))
    t = Table()
    t.icap = len(items) // 2
    for i in range(0, len(items) - 1, 2):
        k = items[i]
        v = items[i + 1]
        if k is None or (k.__class__ is float and k != k):
            continue
        rt.put(t, k, v)
    return t


TEMPLATE_GLOBALS.update(mk_btuple=_mk_btuple, mk_struct=_mk_struct, mk_table=_mk_table)


class FnNode(Node):
    """A `fn` form: creates a closure over the current frame."""
    __slots__ = ("fdef", "fs", "body", "nparams", "nopt", "rest", "keys", "prologue",
                 "instrumented", "capture", "notier")

    def __init__(self, fdef, fs, body, nparams, nopt, rest, keys):
        self.instrumented = False  # compiled with debug points (see "Debug points")
        self.capture = False       # finish_fn hands back what it would build
        self.notier = False        # the tier's code for it is beyond Python's limits
        self.fdef = fdef
        self.fs = fs
        self.body = body          # Node, compiled in fs
        self.nparams = nparams    # fixed required params
        self.nopt = nopt          # &opt params
        self.rest = rest          # None, "tuple", "ignore", "keys"
        self.keys = keys

    def emit(self, tail=False):
        if (DEFER and not self.instrumented and self.fs.parent is not None
                and self.fs.parent.top and not LazyBodies.active and not LazyBodies.calling
                and _recording is None):
            return _deferred_factory(self)
        return self.emit_now()

    def emit_now(self):
        _FN_CONSTS.append([])
        try:
            return self._emit(False)
        finally:
            _FN_CONSTS.pop()

    def _emit(self, tail):
        # ---- function tier hook (pyjanet/tier.py): one Python function for the
        # whole body when the tier covers it; else the closures below
        yields = _has_yield(self.body)
        if (FN_TIER is not None and not self.instrumented and not self.notier
                and not yields):
            fac = FN_TIER(self)
            if fac is not None:
                return fac
        # ---- end of the tier hook
        fs = self.fs
        b = Binder()
        fdef = b.bind(self.fdef)
        params = ["_p%d" % i for i in range(self.nparams)]
        params += ["_p%d=None" % i for i in range(self.nparams, self.nparams + self.nopt)]
        slots = ["_pf"]
        if fs.self_slot is not None:
            slots.append("jfn")
        slots += ["_p%d" % i for i in range(self.nparams + self.nopt)]
        if self.rest == "tuple":
            params.append("*_rest")
            slots.append("_rest")
        elif self.rest == "ignore":
            params.append("*_rest")
        elif self.rest == "keys":
            params.append("*_rest")
            slots.append("keys_struct(_rest, %s)" % fdef)
        pad = fs.nslots - len(slots)
        slots += ["None"] * pad
        # The body is inlined into the function as one expression (the frame is
        # `f`, like in every node), saving a call per invocation.
        body = self.body.tail_expr(b)
        lines = ["def node(_pf):",
                 "    def jfn(%s):" % ", ".join(params),
                 "        f = [%s]" % ", ".join(slots)]
        if fs.has_self_tail:
            # an error after the function tail-called itself marks its frame
            # "(tail call)", as the reference's does
            inner = ["_tc = False",
                     "try:",
                     "    while True:",
                     "        _r = " + body,
                     "        if _r.__class__ is not list: return looped_tail(_tc, _r)",
                     "        f = _r",
                     "        _tc = True",
                     "except JanetError as _e:",
                     "    if _tc and _e.trace: _e.trace[-1].tail = True",
                     "    raise"]
        else:
            inner = ["return " + body]
        if fs.has_break:
            lines.append("        try:")
            lines += ["            " + x for x in inner]
            lines.append("        except Break as _bk:")
            lines.append("            return _bk.value")
        else:
            lines += ["        " + x for x in inner]
        gen = None
        if yields and not self.instrumented:
            # the generator version: from the function tier when it can
            # (pyjanet/tier.py compile_gen), else written here; an instrumented
            # twin (breakpoints) has none
            gfac = GEN_TIER(self) if GEN_TIER is not None else None
            if gfac is not None:
                gen = ["jgen = %s(_pf)" % b.bind(gfac)]
            else:
                gen = _generator_lines(self, b, params, slots)
        if gen is not None:
            lines += ["    " + x for x in gen]
        lines.append("    jfn.__doc__ = %s" % fdef)
        if gen is not None:
            lines.append("    jfn._jgen = jgen")
        lines.append("    return jfn")
        lines.append("return node")
        return finish_fn(self, b, "\n".join(lines))


def finish_fn(fnode, b, src, compiled=None):
    """The factory of fnode's function from its template (`build`), or, while
    a deferred function is being realized, what it would be built from."""
    if fnode.capture:
        fnode.capture = False
        return (b, src, compiled)
    return build(b, src, compiled)


# --------------------------------------------------------------------------
# Deferred functions
#
# A function defined at the top level of a file (what `defn` makes) is
# analysed with its form, as in the reference, but its Python code (the
# tier's or the closure compiler's) is written when it is first called: a
# program that imports a library calls few of its functions, and writing
# code is most of what loading costs.  What `emit` gives for it makes a
# *stub*: a function with the same parameters and the same FuncDef that, on
# its first call, writes the real code and takes it over, so that the stub
# is the function from then on (callers, the environment and the function's
# calls of itself hold one object; no call is forwarded).  A Python
# function's code can be replaced only by code with as many free variables
# as its closure has cells, and Python offers no way to replace a closure, so
# the stub takes the real function's closure by writing the pointer in the
# function object (`_adopt`, CPython's layout, checked before it is used);
# where that cannot be done, the stub forwards each call to the real
# function instead.  (Stubs used to have 64 or 128 cells of their own and the
# real code unused free variables up to that number: every call then copied
# them all into its frame, and such big frames made CPython allocate and free
# a chunk of its frame stack at every call and return crossing a chunk's
# end, which made a recursion like fib's ten times slower.)  Writing code
# reads only the analysed function (no environment, no dynamic binding), and
# of the functions it calls only whether they say they make no tail call
# (`_jtail`, which a stub does not say yet), so doing it later gives code
# that does the same.  Whatever looks
# at a function's code (trace, debug points, disasm, fibers asking for the
# generator version) realizes a stub first (`realize_deferred`).
# PYJANET_DEFER=0 in the environment writes every function's code at once.

DEFER = os.environ.get("PYJANET_DEFER", "1") != "0"
_DEFERRED = {}          # id(stub code) -> (stub code, index of its realizer's cell)
_STUB_CODES = {}        # (nparams, nopt, rest?) -> stub code


def _stub_code(nparams, nopt, rest, forward=False):
    """The code of a stub taking these parameters; with `forward`, the code
    that a stub whose function's code does not fit it runs from then on: a
    call of the real closure (held where the stub holds its realizer)."""
    key = (nparams, nopt, rest, forward)
    code = _STUB_CODES.get(key)
    if code is None:
        names = ["_p%d" % i for i in range(nparams + nopt)]
        params = names[:nparams] + [n + "=None" for n in names[nparams:]]
        if rest:
            params.append("*_rest")
            names.append("*_rest")
        text = "\n".join([
            "def _outer(_dz, _pf):",
            "    def jfn(%s):" % ", ".join(params),
            "        if 0: _pf, jfn",
            "        return _dz%s(%s)" % ("" if forward else "(jfn)", ", ".join(names)),
            "    return jfn"])
        outer = next(c for c in _compiled_template(text).co_consts
                     if isinstance(c, types.CodeType))
        code = next(c for c in outer.co_consts if isinstance(c, types.CodeType))
        code = _STUB_CODES[key] = code.replace(co_name="jfn")
        if not forward:
            _DEFERRED[id(code)] = (code, code.co_freevars.index("_dz"))
    return code


def _deferred_factory(fnode):
    """The factory (`node(frame) -> function`) of a deferred function."""
    code = _stub_code(fnode.nparams, fnode.nopt, fnode.rest is not None)
    free = code.co_freevars
    i_dz, i_pf, i_jfn = free.index("_dz"), free.index("_pf"), free.index("jfn")
    defaults = (None,) * fnode.nopt or None
    fdef = fnode.fdef
    dz = _realizer(fnode)
    cell = types.CellType
    nones = (None,) * len(free)

    def node(pf):
        cells = tuple(map(cell, nones))
        stub = types.FunctionType(code, TEMPLATE_GLOBALS, "jfn", defaults, cells)
        cells[i_dz].cell_contents = dz
        cells[i_pf].cell_contents = pf
        cells[i_jfn].cell_contents = stub
        stub.__doc__ = fdef
        return stub
    return node


def _realizer(fnode):
    """What a deferred function's stubs call first: writes the function's
    code (once for all its stubs) and gives it to the stub."""
    made = []           # [factory]

    def realize(stub):
        code = stub.__code__
        if id(code) not in _DEFERRED:
            return stub         # (realized meanwhile)
        pf = stub.__closure__[code.co_freevars.index("_pf")].cell_contents
        if not made:
            made.append(_write(fnode, pf))
        real = made[0](pf)
        jgen = real.__dict__.get("_jgen")
        # the function's calls of itself (and its generator version's) reach the stub
        for f in (real, jgen):
            if f is not None and "jfn" in f.__code__.co_freevars:
                f.__closure__[f.__code__.co_freevars.index("jfn")].cell_contents = stub
        if _adopt(stub, real):
            stub.__defaults__ = real.__defaults__
            stub.__kwdefaults__ = real.__kwdefaults__
            stub.__qualname__ = real.__qualname__
            stub.__dict__.update(real.__dict__)
            return stub
        # (the forwarding code has the stub's free variables, in the same order)
        stub.__closure__[code.co_freevars.index("_dz")].cell_contents = real
        stub.__code__ = _stub_code(fnode.nparams, fnode.nopt, fnode.rest is not None, True)
        stub.__dict__.update(real.__dict__)
        return real
    return realize


def _write(fnode, pf):
    """The factory of fnode's function."""
    while True:
        fnode.capture = True
        try:
            got = fnode.emit_now()
        finally:
            fnode.capture = False
        if got.__class__ is not tuple:
            return got
        b, src, compiled = got
        try:
            return build(b, src, compiled)
        except SyntaxError:
            if fnode.notier:
                raise
            # beyond Python's nesting limits: the tier declines such a
            # function when it builds it itself (tier.compile_fn)
            fnode.notier = True


_CLOSURE_AT = []        # [offset of func_closure in a function object, or None]


def _adopt(stub, real):
    """Give the function `stub` the code and the closure of `real`; False
    when this Python's function objects are not laid out as expected.

    The closure of a function cannot be replaced from Python, so its pointer
    is written where CPython (3.11 to 3.13) keeps it: after the object's
    head, the globals, builtins, name, qualname, code, defaults and kwdefaults
    pointers, which are checked against the object's attributes first."""
    if not _CLOSURE_AT:
        # (ctypes is imported here, not with the compiler: its import costs
        # several milliseconds, and only a program that calls a deferred
        # function needs it)
        import ctypes
        ptr = ctypes.sizeof(ctypes.c_void_p)
        at = None
        if sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13):
            probe = stub
            words = [ctypes.c_void_p.from_address(id(probe) + i * ptr).value for i in range(2, 10)]
            want = [probe.__globals__, probe.__builtins__, probe.__name__, probe.__qualname__,
                    probe.__code__, probe.__defaults__, probe.__kwdefaults__, probe.__closure__]
            if all((w or None) == (id(x) if x is not None else None) for w, x in zip(words, want)):
                at = 9 * ptr
        _CLOSURE_AT.append((at, ctypes))
    at, ctypes = _CLOSURE_AT[0]
    if at is None:
        return False
    new = real.__closure__
    old = stub.__closure__
    slot = ctypes.c_void_p.from_address(id(stub) + at)
    if new is not None:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(new))
    slot.value = id(new) if new is not None else None
    if old is not None:
        ctypes.pythonapi.Py_DecRef(ctypes.py_object(old))
    stub.__code__ = real.__code__
    return True


def realize_deferred(fn):
    """Give a deferred function's stub its real code now (for what reads a
    function's code); anything else is left as it is."""
    code = getattr(fn, "__code__", None)
    if code is not None and id(code) in _DEFERRED and fn.__closure__ is not None:
        fn.__closure__[_DEFERRED[id(code)][1]].cell_contents(fn)


# --------------------------------------------------------------------------
# Functions that yield, as Python generators
#
# A fiber switches greenlets twice per yielded value, which costs several times
# what a Python generator's step does.  So a function whose body yields
# directly -- `(yield x)` as a statement of its body, of a `do`, `if` or
# `while` in it, or as the value of a `def`/`set` there -- also gets a Python
# generator version of itself (`jfn._jgen`), and a fiber made from it
# (fiber.py) steps that generator on its resumer's stack: each `(yield x)`
# is a Python `yield`.
#
# Code in such a function that may call other Janet code (any call other than
# yield) could signal from inside that call, which a generator cannot suspend.
# Before running such code the generator first yields _PROMOTE: the fiber then
# moves the generator onto a greenlet of its own and drives it from there, so
# everything after works as in any fiber.  Operators are not calls for this
# purpose: an operator method that yields (a table's :+ method, say) reached
# from an unpromoted generator is refused (see fiber.py).

YIELD_FN = None         # the `yield` builtin (set by lib/core)
PROMOTE = object()      # what a generator yields to ask for a greenlet


class _NoGenerator(Exception):
    """The function yields somewhere a generator version cannot follow."""


_SLOTS_OF = {}           # node class -> its slots, () for a fn (see _children)
_LEAVES = frozenset([int, float, str, bool, bytes, Symbol, Keyword])


def _children(n):
    """The nodes n holds (in its slots, or in lists and tuples in them, or in
    tuples in those), in slot order; none for a fn, whose body is its own.
    The tree walks of both compilers go through here, so it is kept fast:
    the slots of a class are looked up once, and values that are never
    nodes nor hold any are skipped first."""
    slots = _SLOTS_OF.get(n.__class__)
    if slots is None:
        cls = n.__class__
        slots = _SLOTS_OF[cls] = () if issubclass(cls, (FnNode, LazyFnNode)) else cls.__slots__
    out = []
    for name in slots:
        v = getattr(n, name, None)
        if v is None or v.__class__ in _LEAVES:
            continue
        if isinstance(v, Node):
            out.append(v)
        elif isinstance(v, (list, tuple)):
            for e in v:
                if isinstance(e, Node):
                    out.append(e)
                elif isinstance(e, tuple):
                    for e2 in e:
                        if isinstance(e2, Node):
                            out.append(e2)
    return out


def _is_yield(n):
    return (n.__class__ is Call and n.fn.is_const and n.fn.value is YIELD_FN
            and YIELD_FN is not None and not n.spliced and len(n.args) <= 1)


def _has_yield(n):
    stack = [n]
    while stack:
        x = stack.pop()
        if x.__class__ is Call and _is_yield(x):
            return True
        stack.extend(_children(x))
    return False


_GEN_SAFE = None


def _gen_safe(n):
    """Can evaluating n run no Janet code but its own (no calls)?"""
    global _GEN_SAFE
    if _GEN_SAFE is None:
        _GEN_SAFE = (Const, Local, CellRef, BinOp, Not, UnOp, GetOp, PutOp, Do, If, While,
                     SetLocal, SetCell, SetEntry, PutNode, BreakNode, MakeData, FnNode,
                     LazyFnNode, Seq, StoreTemp, Extract)
    if not isinstance(n, _GEN_SAFE):
        return False
    return all(_gen_safe(c) for c in _children(n))


def _generator_lines(fnode, b, params, slots):
    """The source of `jgen`, the generator version of fnode's function, or None."""
    fs = fnode.fs
    out = ["def jgen(%s):" % ", ".join(params),
           "    f = [%s]" % ", ".join(slots),
           "    _prom = False"]
    body = []
    try:
        _gen_block(fnode.body, b, True, body, not fs.captured)
    except _NoGenerator:
        return None
    if fs.has_break:
        body = ["try:"] + ["    " + x for x in body] + [
            "except Break as _bk:", "    return _bk.value"]
    out += ["    " + x for x in body]
    return out


def _promote_unless_safe(n, out):
    if not _gen_safe(n):
        out.append("if not _prom: _prom = yield PROMOTE")


def _yield_expr(n, b, out):
    # the value is computed first: its errors are not the yield's
    if n.args:
        _promote_unless_safe(n.args[0], out)
        if _simple(n.args[0]):
            return "(yield %s)" % n.args[0].expr(b)
        t = b.temp()
        out += n.args[0].assign(b, t)
        return "(yield %s)" % t
    return "(yield None)"


def _at_yield(call, b, line):
    # an error the fiber is resumed with (cancel) shows the yield's frame, as
    # from the call of `yield` in a function running on a greenlet
    return ["try:", "    " + line, "except JanetError as _e:",
            "    add_frame(_e, %s, %s)" % (b.bind(YIELD_FN), b.bind(call.site)),
            "    raise"]


def _gen_block(n, b, tail, out, localize):
    """Append to `out` the generator statements for node n (returning its value
    when `tail`)."""
    if not _has_yield(n):
        _promote_unless_safe(n, out)
        if tail and n.__class__ is Call and n.self_call is None and not n.no_tail:
            # a tail call: returned as a TailCall that the fiber runs once the
            # generator has ended (fiber.py _gen_driver), so the callee's
            # frame replaces the generator's, as the reference's tail call
            # replaces the caller's frame (a generator that made a call has
            # been promoted to a greenlet by then)
            out.append("return " + n.tail_expr(b))
        elif tail:
            out.append("return " + n.expr(b))
        else:
            st = n.stmt(b)
            if st != "pass":
                out += st.split("\n")
        return
    c = n.__class__
    if _is_yield(n):
        e = _yield_expr(n, b, out)
        out += _at_yield(n, b, ("return " if tail else "") + e)
    elif c is Do:
        for it in n.items[:-1]:
            _gen_block(it, b, False, out, localize)
        if n.items:
            _gen_block(n.items[-1], b, tail, out, localize)
    elif c is If:
        if _has_yield(n.c):
            raise _NoGenerator()
        _promote_unless_safe(n.c, out)
        out.append("if %s:" % n.c.truth(b))
        sub = []
        _gen_block(n.t, b, tail, sub, localize)
        out += ["    " + x for x in (sub or ["pass"])]
        sub = []
        _gen_block(n.e, b, tail, sub, localize)
        if sub:
            out.append("else:")
            out += ["    " + x for x in sub]
    elif c is While and n.subframe is None and not _has_yield(n.cond):
        _promote_unless_safe(n.cond, out)
        loop = []
        loop.append("while True:")      # (see While.emit)
        if not (n.cond.is_const and truthy(n.cond.value)):
            loop.append("    if not (%s): break" % n.cond.truth(b))
        sub = []
        _gen_block(n.body, b, False, sub, localize)
        loop += ["    " + x for x in (sub or ["pass"])]
        if n.has_break:
            loop = ["try:"] + ["    " + x for x in loop] + ["except Break:", "    pass"]
        if localize:
            # (nothing but this function's closures could see the frame while
            # the generator is suspended, and none captures it)
            loop = _localize_slots(loop + ["pass"], True)[:-1]
        out += loop
        if tail:
            out.append("return None")
    elif c is SetLocal and _is_yield(n.val):
        e = _yield_expr(n.val, b, out)
        out += _at_yield(n.val, b, "f%s[%d] = %s" % ("[0]" * n.depth, n.slot, e))
        if tail:
            out.append("return f%s[%d]" % ("[0]" * n.depth, n.slot))
    else:
        raise _NoGenerator()


TEMPLATE_GLOBALS["PROMOTE"] = PROMOTE


class LazyBodies:
    """The prelude's top-level functions are compiled in two steps: their
    parameter lists while the prelude loads, their bodies on first call.  A
    program calls few of the prelude's functions and macros, and analysing
    their bodies is most of the prelude's load time."""
    active = False        # set by boot while the prelude compiles
    env = None            # the prelude's environment, private helpers included
    gensym_counter = 0    # gensyms of prelude code, apart from the user's
    calling = False       # a body compiled because it is being called (not deferred)


class LazyFnNode(Node):
    """A prelude function whose body is analysed when it is first called: a
    stub with the function's parameters that builds the real closure (over the
    same parent frame) then and forwards every call to it."""
    __slots__ = ("fdef", "finish", "nparams", "nopt", "rest", "real", "env")

    def __init__(self, fdef, finish, nparams, nopt, rest, env):
        self.env = env            # the prelude's environment while it loads
        self.fdef = fdef
        self.finish = finish      # Compiler -> the FnNode
        self.nparams = nparams
        self.nopt = nopt
        self.rest = rest
        self.real = None

    def realize(self, pf):
        if self.real is None:
            if LazyBodies.active:        # called while the prelude still loads
                self.real = self._compile(self.env)
            else:
                st = rt.STATE
                saved = st.gensym_counter
                st.gensym_counter = LazyBodies.gensym_counter
                try:
                    self.real = self._compile(LazyBodies.env)
                finally:
                    LazyBodies.gensym_counter = st.gensym_counter
                    st.gensym_counter = saved
        return self.real(pf)

    def _compile(self, env):
        c = Compiler(env, self.fdef.source)
        c.line, c.column = self.fdef.line, self.fdef.column
        node = self.finish(c)
        # (compiled now because it is being called: not deferred again)
        return node.emit_now() if node.__class__ is FnNode else node.emit()

    def emit(self, tail=False):
        b = Binder()
        fdef = b.bind(self.fdef)
        realize = b.bind(self.realize)
        names = ["_p%d" % i for i in range(self.nparams + self.nopt)]
        params = names[:self.nparams] + [n + "=None" for n in names[self.nparams:]]
        if self.rest is not None:
            params.append("*_rest")
            names.append("*_rest")
        lines = ["def node(_pf):",
                 "    _real = None",
                 "    def jfn(%s):" % ", ".join(params),
                 "        nonlocal _real",
                 "        if _real is None:",
                 "            _real = %s(_pf)" % realize,
                 "        return _real(%s)" % ", ".join(names),
                 "    jfn.__doc__ = %s" % fdef,
                 "    return jfn",
                 "return node"]
        return build(b, "\n".join(lines))


def _keys_struct(rest, fdef):
    if len(rest) & 1:
        # the reference builds the struct anyway, dropping the unmatched key
        rest = rest[:-1]
    return _mk_struct(rest)


TEMPLATE_GLOBALS["keys_struct"] = _keys_struct


class Seq(Node):
    """Evaluate nodes in order for effect, then produce `last` (used for destructuring)."""
    __slots__ = ("items", "last")

    def __init__(self, items, last):
        self.items = items
        self.last = last

    def emit(self, tail=False):
        return Do(self.items + [self.last]).emit(tail)


class StoreTemp(Node):
    """Evaluate val into frame slot `slot` (a hidden temporary)."""
    __slots__ = ("slot", "val")

    def __init__(self, slot, val):
        self.slot = slot
        self.val = val

    def stmt(self, b):
        return "f[%d] = %s" % (self.slot, self.val.expr(b))

    def emit(self, tail=False):
        b = Binder()
        t = b.temp()
        return build(b, node_src("%s = %s\nf[%d] = %s\nreturn %s" % (
            t, self.val.expr(b), self.slot, t, t)))


class Extract(Node):
    """Destructuring access: `how` is "index", "key" or "rest"."""
    __slots__ = ("src", "how", "key", "site")

    def __init__(self, src, how, key, site):
        self.src = src
        self.how = how
        self.key = key
        self.site = site

    def emit(self, tail=False):
        b = Binder()
        fn = b.bind({"index": _destr_index, "key": _destr_key, "rest": _destr_rest}[self.how])
        nodes = [self.src] + ([self.key] if isinstance(self.key, Node) else [])
        lines, names = operands(b, nodes)
        key = names[1] if isinstance(self.key, Node) else b.bind(self.key)
        return build(b, node_src("\n".join(lines + guarded(b, self.site, "%s(%s, %s)" % (
            fn, names[0], key)))))


def _destr_index(ds, i):
    c = ds.__class__
    if c is Array or isinstance(ds, tuple):
        return ds[i] if i < len(ds) else None
    if c is bytes or c is Buffer:
        return float(ds[i]) if i < len(ds) else None
    if c is Symbol or c is Keyword:
        return float(ds.bname[i]) if i < len(ds.bname) else None
    if c is Table or c is Struct:
        return rt.get(ds, float(i))
    from .errors import panicf
    from .values import Abstract
    if isinstance(ds, Abstract):
        return ds.janet_get(float(i))
    panicf("expected %T, got %v", rt._LENGTHABLE, ds)


def _destr_key(ds, k):
    return rt.in_(ds, k)


def _destr_rest(ds, i):
    n = int(rt.length(ds))
    return tuple(rt.get(ds, float(j)) for j in range(i, n))


# --------------------------------------------------------------------------
# Scopes

class FnScope:
    """Compile-time state of one function (or the top-level thunk)."""
    __slots__ = ("parent", "name", "nslots", "captured", "self_slot", "has_break",
                 "has_self_tail", "top", "is_loop", "fdef", "site", "commit", "entry")

    def __init__(self, parent, name, top=False, is_loop=False):
        self.parent = parent
        self.name = name
        self.nslots = 1
        self.captured = False
        self.self_slot = None
        self.has_break = False
        self.has_self_tail = False
        self.top = top
        self.is_loop = is_loop
        self.fdef = None
        self.site = None        # a loop's: where it stands in its function
        # The Site of the operation the reference's VM last recorded its pc for
        # in this frame (a call, get/put/in/length/next, destructuring), in
        # evaluation order as far as analysis can tell: None at the entry,
        # COMMIT_UNKNOWN after branches that end differently.  A failing
        # splice (its PUSH_ARRAY records no pc) reports that position.
        self.commit = None
        self.entry = None       # the Site of its first instruction, when analysed

    def alloc(self):
        i = self.nslots
        self.nslots += 1
        return i


COMMIT_UNKNOWN = "unknown"

# Nodes that make the reference's compiler emit instructions at their form
# (FnScope.entry): calls and operators, data constructors; of the specials'
# nodes, closures, `set`, top-level definitions.  (A local `def` of a value
# names its slot; `var`, `if` and `while` report themselves.)
_EMITTING = set()
_EMITTING_SPECIAL = set()


class LocalBinding:
    __slots__ = ("fn", "slot", "mutable", "is_self", "used")

    def __init__(self, fn, slot, mutable=False, is_self=False):
        self.fn = fn
        self.slot = slot
        self.mutable = mutable
        self.is_self = is_self
        self.used = is_self       # read or set somewhere (the unused-binding lint)


class Scope:
    """A lexical block: names declared in it and what kind of block it is."""
    __slots__ = ("parent", "fn", "names", "decls", "kind", "top", "closure", "brk", "dead")

    def __init__(self, parent, fn, kind=None, top=False, dead=False):
        self.parent = parent
        self.fn = fn
        self.names = {}
        self.decls = []          # (symbol, binding) in order, shadowed ones too
        self.dead = dead         # code compiled only to be checked (a constant if's other branch)
        self.kind = kind         # "function", "while", or None
        self.top = top
        self.closure = False     # a fn form was compiled inside (while-loop rule)
        self.brk = False         # a break targets this while scope

    def declare(self, s, binding, unused_ok=False):
        """Bind symbol s here.  Names starting with _ (and bindings tagged
        :unused) are never reported as unused."""
        if unused_ok or s.name.startswith("_"):
            binding.used = True
        self.names[s] = binding
        self.decls.append((s, binding))
        return binding


# --------------------------------------------------------------------------
# The compiler

def _fn_name(f):
    """How an arity error names function f (only an error needs it)."""
    from .printer import describe
    return describe(f).decode("utf-8", "replace")


class Compiler:
    """Compiles forms against an environment table; one per top-level form."""

    def __init__(self, env, source="<anonymous>"):
        self.env = env
        self.source = source if isinstance(source, str) else (
            source.decode("utf-8", "replace") if isinstance(source, (bytes, bytearray)) else str(source))
        self.line = -1
        self.column = -1
        self.guard = RECURSION_GUARD
        self.lints = None
        # set by analyse_arg for the one form it analyses (the reference's
        # JANET_FOPTS_ACCEPT_SPLICE): only `splice` and `quasiquote` read it
        self.accept_splice = False
        self.debug = None       # an Instrumenter while compiling with debug points

    # -- errors and positions

    def error(self, msg):
        raise CompileError(msg, self.source, self.line, self.column)

    def lint(self, level, msg):
        """Record a lint (level is "relaxed", "normal" or "strict") at the current form."""
        if self.lints is not None:
            self.lints.append((kw(level), None if self.line == -1 else float(self.line),
                               None if self.column == -1 else float(self.column),
                               msg.encode("utf-8", "surrogateescape")))

    def lint_unused(self, scope):
        """At the end of a scope: the strict lint for each binding never used."""
        if self.lints is None or scope.top or scope.dead:
            return
        for s, b in scope.decls:
            if not b.used:
                self.lint("strict", "binding %s is unused" % s.name)

    def check_shadow(self, s, scope):
        """The reference's shadowing lints when binding symbol s."""
        if s.name.startswith("_"):
            return
        b, _ = self.local_lookup(s, scope)
        if b is not None:
            self.lint("strict", "binding %s is shadowing a binding" % s.name)
            return
        entry = self.lookup_global(s)
        if entry is None or not isinstance(entry, (Table, Struct)):
            return
        if truthy(rt.get(entry, KW_MACRO)):
            self.lint("normal", "binding %s is shadowing a macro" % s.name)
        elif scope.top:
            self.lint("strict", "top-level binding %s is shadowing another top-level binding" % s.name)
        else:
            self.lint("strict", "binding %s is shadowing a top-level binding" % s.name)

    def site(self, scope):
        fs = scope.fn
        name = fs.name
        return rt.Site(name, self.source, self.line, self.column)

    @staticmethod
    def splice_site(scope):
        """Where a splice analysed now fails, if not at its own form: the
        reference's PUSH_ARRAY raises without recording its pc, so the frame
        shows the last call (or get/put/...) made in it before.  None when
        that is not known (at the function's entry the first instruction is
        usually the splice's own form's)."""
        fs = scope.fn
        s = fs.commit
        if s is None:
            return fs.entry
        return s if s.__class__ is rt.Site else None

    def emitted(self, scope):
        """The form being analysed emits an instruction of the reference's
        compiler; the first one's position is the frame's until it records
        another (FnScope.entry)."""
        fs = scope.fn
        if fs.entry is None:
            fs.entry = rt.Site(fs.name, self.source, self.line, self.column)

    @staticmethod
    def committed(scope, site):
        """An operation at `site` that records its pc runs now (see FnScope.commit)."""
        scope.fn.commit = site

    # -- environment lookup

    def lookup_global(self, s):
        """The env entry for symbol s (following prototypes), or None."""
        t = self.env
        k = s
        while t is not None:
            v = t.get(k)
            if v is not None:
                return v
            t = t.proto
        return None

    def resolve(self, s, scope):
        """Resolve a symbol to a Node (Local/CellRef/Const)."""
        depth = 0
        sc = scope
        cur_fn = scope.fn
        while sc is not None:
            b = sc.names.get(s)
            if b is not None:
                if b.fn is not cur_fn:
                    b.fn.captured = True
                    dbg = self.debug
                    if dbg is not None:
                        dbg.captures(s, b)
                b.used = True
                return Local(depth, b.slot)
            if sc.kind == "function":
                depth += 1
            sc = sc.parent
        entry = self.lookup_global(s)
        if entry is None:
            handler = self.env.get(KW_MISSING) if isinstance(self.env, Table) else None
            if handler is not None:
                try:
                    entry = rt.call(handler, s)
                except JanetError as e:
                    from .errors import error_message
                    self.error("(lookup) " + error_message(e.value))
            if entry is None:
                self.error("unknown symbol %s" % s.name)
        if isinstance(entry, (Table, Struct)):
            dep = rt.get(entry, KW_DEPRECATED)
            if dep is not None:
                level = dep.name if dep.__class__ is Keyword and dep.name in (
                    "relaxed", "normal", "strict") else ("normal" if dep.__class__ is not Keyword else None)
                if level is not None:
                    self.lint(level, "%s is deprecated" % s.name)
        return self._entry_node(entry)

    def _entry_node(self, entry):
        if not isinstance(entry, (Table, Struct)):
            return Const(None)
        ref = rt.get(entry, KW_REF)
        if ref is not None and ref.__class__ is Array:
            return CellRef(ref)
        return Const(rt.get(entry, KW_VALUE))

    def local_lookup(self, s, scope):
        sc = scope
        while sc is not None:
            b = sc.names.get(s)
            if b is not None:
                return b, sc
            sc = sc.parent
        return None, None

    # -- macros

    def macro_of(self, head):
        """The macro function named by symbol `head` in the env, or None."""
        entry = self.lookup_global(head)
        if entry is None or not isinstance(entry, (Table, Struct)):
            return None
        if not truthy(rt.get(entry, KW_MACRO)):
            return None
        f = rt.get(entry, KW_VALUE)
        if not rt.is_function(f):
            return None
        return f

    def expand_macro(self, m, form):
        args = form[1:]
        d = getattr(m, "__doc__", None)
        n = len(args)
        if d.__class__ is FuncDef:
            if d.min_arity >= 0 and n < d.min_arity:
                self.error("macro arity mismatch, expected at least %d, got %d" % (d.min_arity, n))
            if d.max_arity >= 0 and n > d.max_arity:
                self.error("macro arity mismatch, expected at most %d, got %d" % (d.max_arity, n))
        env = self.env
        old = env.get(KW_MACRO_FORM)
        env[KW_MACRO_FORM] = form
        if self.lints is not None:
            env[KW_MACRO_LINTS] = self.lints
        fiber = rt.STATE.fiber
        oldenv = fiber.env if fiber is not None else None
        if fiber is not None:
            fiber.env = env
        try:
            return rt.call(untraced(m), *args)
        except JanetError as e:
            from .errors import error_message
            msg = "(macro) " + error_message(e.value)
            ce = CompileError(msg, self.source, self.line, self.column)
            me = JanetError(ce.value)
            me.trace = e.trace
            ce.macro_error = me
            from .fiber import Fiber, ST_ERROR
            mf = Fiber(m, 0)
            mf.status = ST_ERROR
            mf.error = me
            mf.last_value = ce.value
            ce.macro_fiber = mf
            raise ce
        except RecursionError:
            self.error("(macro) stack overflow")
        finally:
            if fiber is not None:
                fiber.env = oldenv
            if old is None:
                env.pop(KW_MACRO_FORM, None)
            else:
                env[KW_MACRO_FORM] = old
            env.pop(KW_MACRO_LINTS, None)

    # -- analysis

    def analyse(self, x, scope, tail=False):
        """Form -> Node.  `tail` marks tail position in a function body."""
        self.guard -= 1
        if self.guard <= 0:
            self.error("recursed too deeply")
        oldpos = (self.line, self.column)
        accept = self.accept_splice
        if accept:
            self.accept_splice = False
        dbg = self.debug
        if dbg is not None:
            if tail and dbg.plain is not x and not isinstance(x, tuple):
                return dbg.returning(self, x, scope)
            dbg = dbg.entering(x, scope)
        try:
            spec = None
            n = MAX_MACRO_EXPAND
            while True:
                if not isinstance(x, tuple) or len(x) == 0:
                    break
                ln = getattr(x, "line", -1)
                if ln is not None and ln >= 0:
                    self.line = ln
                    self.column = x.column
                if getattr(x, "brackets", False):
                    break
                head = x[0]
                if head.__class__ is not Symbol:
                    break
                spec = SPECIALS.get(head)
                if spec is not None:
                    break
                m = self.macro_of(head)
                if m is None:
                    break
                n -= 1
                if n == 0:
                    self.error("recursed too deeply in macro expansion")
                x = self.expand_macro(m, x)
            if spec is not None:
                if accept and spec in SPLICING_SPECIALS:
                    self.accept_splice = True
                n = spec(self, x, scope, tail)
                if scope.fn.entry is None and n.__class__ in _EMITTING_SPECIAL:
                    self.emitted(scope)
                if dbg is not None:
                    return self.debug.point(self, n, dbg, tail, x, scope)
                return n
            c = x.__class__
            if c is Symbol:
                return self.resolve(x, scope)
            if isinstance(x, tuple):
                if len(x) == 0:
                    return Const(Tuple())     # a new empty tuple, as the reference's
                if getattr(x, "brackets", False):
                    n = self.analyse_maker("tuple", x, scope)
                else:
                    n = self.analyse_call(x, scope, tail)
                if scope.fn.entry is None and n.__class__ in _EMITTING:
                    self.emitted(scope)
                return n if dbg is None else self.debug.point(self, n, dbg, tail)
            if c is Array:
                return self.analyse_maker("array", x, scope)
            if c is Struct:
                return self.analyse_dict("struct", x, scope)
            if c is Table:
                return self.analyse_dict("table", x, scope)
            if c is Buffer:
                return MakeData("buffer", [(Const(bytes(x)), False)], self.site(scope))
            if c is float and x == 0.0:
                return Const(0.0)      # -0 in code is loaded as the integer 0
            return Const(x)
        finally:
            self.line, self.column = oldpos
            self.guard += 1

    def analyse_items(self, items, scope):
        """Compile a sequence of argument forms, noting `(splice x)`."""
        out = []
        spliced = False
        for it in items:
            n, sp = self.analyse_arg(it, scope)
            out.append((n, sp))
            spliced = spliced or sp
        return out, spliced

    def analyse_arg(self, x, scope):
        """An argument or data constructor item: (node, spliced).  As in the
        reference, the item is macro-expanded before `(splice x)` is recognised
        (so `~,;x` splices), and a splice of a splice is one splice."""
        self.accept_splice = True
        try:
            n = self.analyse(x, scope)
        finally:
            self.accept_splice = False
        if n.__class__ is Spliced:
            return n.node, True
        return n, False

    def analyse_maker(self, kind, x, scope):
        items, spliced = self.analyse_items(x, scope)
        if kind == "tuple" and not spliced and all(n.is_const for n, _ in items):
            # (a Tuple, not Python's one shared empty tuple: the reference
            # folds each literal into a tuple of its own)
            c = Const(Tuple(n.value for n, _ in items))
            # (an item copied from a branch makes the tuple no constant of the
            # reference's either: it builds it at run time)
            c.branch = any(n.branch for n, _ in items)
            return c
        return MakeData(kind, items, self.site(scope), self.splice_site(scope) if spliced else None)

    def analyse_dict(self, kind, x, scope):
        items = []
        allconst = True
        spliced = False
        # like the reference's compiler, the entries are evaluated (and a table
        # filled) in the sorted order of their keys
        entries = sorted(x.items(), key=lambda kv: SortKey(from_key(kv[0])))
        for k, v in entries:
            kn, ks = self.analyse_arg(from_key(k), scope)
            vn, vs = self.analyse_arg(v, scope)
            items.append((kn, ks))
            items.append((vn, vs))
            allconst = allconst and kn.is_const and vn.is_const and not ks and not vs
            spliced = spliced or ks or vs
        if kind == "struct" and allconst:
            c = Const(_mk_struct([n.value for n, _ in items]))
            c.branch = any(n.branch for n, _ in items)
            return c
        return MakeData(kind, items, self.site(scope), self.splice_site(scope) if spliced else None)

    def analyse_call(self, x, scope, tail):
        head = x[0]
        fn = self.analyse(head, scope)
        items, spliced = self.analyse_items(x[1:], scope)
        site = self.site(scope)
        n = self._analyse_call(x, scope, tail, fn, items, spliced, site)
        c = n.__class__
        if c is Call or c is MethodCall or c is GetOp or c is PutOp or (
                c is UnOp and n.fn is rt.length):
            if not site.inlined or (fn.is_const and fn.value.janet.name in _COMMITTING_OPS):
                self.committed(scope, site)
        return n

    def _analyse_call(self, x, scope, tail, fn, items, spliced, site):
        head = x[0]
        if fn.is_const:
            if not (fn.__class__ is Const and fn.branch):
                self.check_arity(fn.value, items, spliced, x[1:])
            v = fn.value
            if not spliced and id(v) in rt.ASM_PC:
                test = REF_SPECIALIZES.get(v.janet.name)
                site.inlined = test is None or test(len(items))
            if v is INLINE_FN.get("apply") and not spliced and len(items) >= 2:
                # `(apply f a xs)` is the call `(f a ;xs)`; like the reference's it
                # is a tail call in tail position, even at the top level
                args = [(n, False) for n, _ in items[1:-1]] + [(items[-1][0], True)]
                return Call(items[0][0], args, site, True, self.splice_site(scope))
            if not spliced:
                inl = self.inline(v, [n for n, _ in items], site)
                if inl is not None:
                    return inl
        if fn.is_const and fn.value.__class__ is Keyword:
            return MethodCall(fn.value, items, site, spliced,
                              self.splice_site(scope) if spliced else None)
        if spliced:
            c = Call(fn, items, site, True, self.splice_site(scope))
        else:
            c = Call(fn, [n for n, _ in items], site)
        # no tail calls directly at the top level, as the reference (better
        # errors); inside a top-level `do` they are tail calls again
        if scope.top:
            c.no_tail = True
            tail = False
        elif scope.fn.top:
            tail = False
        if tail and isinstance(fn, Local) and fn.depth == 0 and not spliced:
            fs = scope.fn
            b, _ = self.local_lookup(head, scope) if head.__class__ is Symbol else (None, None)
            if b is not None and b.is_self and fs.fdef is not None:
                fd = fs.fdef
                n = len(items)
                if not fd.vararg and fd.min_arity <= n <= fd.max_arity:
                    slots = [fs.self_slot + 1 + i for i in range(fd.max_arity)]
                    c.self_call = (fs, slots)
                    fs.has_self_tail = True
        return c

    def check_arity(self, f, items, spliced, forms=()):
        """The reference rejects calls that provably have the wrong arity.
        `forms` are the argument forms (the named-argument lint reads them)."""
        n = len(items)
        d = getattr(f, "__doc__", None) if rt.is_function(f) else None
        if d.__class__ is FuncDef:
            mn, mx = d.min_arity, d.max_arity
            if spliced:
                nmin = sum(1 for _, s in items if not s)
                if mx >= 0 and nmin > mx:
                    self.error("%s expects at most %d argument%s, got at least %d"
                               % (_fn_name(f), mx, "" if mx == 1 else "s", nmin))
                return
            if mx >= 0 and n > mx:
                self.error("%s expects at most %d argument%s, got %d"
                           % (_fn_name(f), mx, "" if mx == 1 else "s", n))
            if n < mn:
                self.error("%s expects at least %d argument%s, got %d"
                           % (_fn_name(f), mn, "" if mn == 1 else "s", n))
            if d.structarg and n > d.arity and (n - d.arity) & 1:
                self.lint("normal", "odd number of named arguments to `%s` function %s"
                          % ("&named" if d.namedarg else "&keys", _fn_name(f)))
            if d.namedarg and d.named_keys:
                # as the reference: a key form that is neither a known keyword
                # nor a tuple (which might compute one) is linted
                for i in range(d.arity, len(forms), 2):
                    k = forms[i]
                    if (k in d.named_keys if k.__class__ is Keyword else isinstance(k, tuple)):
                        continue
                    from .printer import format_message
                    self.lint("normal", "unused named argument %s to function %s" % (
                        format_message("%v", k).decode("utf-8", "replace"), _fn_name(f)))
        elif f.__class__ is Keyword:
            if n == 0 and not spliced:
                self.error(":%s expects at least 1 argument, got 0" % f.name)
        elif f is None or rt.is_function(f) or isinstance(f, (type,)):
            return
        elif _is_plain_data(f) or getattr(f, "is_fiber", False):
            from .printer import describe
            if not spliced and n != 1:
                self.error("%s expects 1 argument, got %d"
                           % (describe(f).decode("utf-8", "replace"), n))
            nmin = sum(1 for _, s in items if not s)
            if spliced and nmin > 1:
                self.error("%s expects 1 argument, got at least %d"
                           % (describe(f).decode("utf-8", "replace"), nmin))

    def inline(self, f, args, site):
        op = INLINE.get(id(f))
        if op is None or INLINE_FN.get(op) is not f:
            return None
        n = len(args)
        if op in ("+", "*"):
            unit = 0.0 if op == "+" else 1.0
            if n == 0:
                return Const(unit)
            if n == 1:
                return BinOp(op, Const(unit), args[0], site)
            return self.fold(op, args, site)
        if op in ("-", "/"):
            if n == 0:
                return Const(0.0 if op == "-" else 1.0)
            if n == 1:
                if op == "-":
                    return BinOp("*", args[0], Const(-1.0), site)
                return BinOp("/", Const(1.0), args[0], site)
            return self.fold(op, args, site)
        if op in ("%", "mod", "div"):
            if n < 2:
                return None
            return self.fold(op, args, site)
        if op in ("<", ">", "<=", ">=", "=", "not="):
            if n == 2:
                return BinOp(op, args[0], args[1], site)
            return None
        if op == "not":
            if n == 1:
                return Not(args[0])
            return None
        if op == "get" or op == "in":
            # (the reference specializes `in` of 2 arguments only: `(in ds k
            # dflt)` calls its assembly function, which has a frame)
            if n == 2 or (n == 3 and op == "get"):
                return GetOp(op, args[0], args[1], args[2] if n == 3 else None, site)
            return None
        if op == "put":
            if n == 3:
                return PutOp(args[0], args[1], args[2], site)
            return None
        if op == "length":
            if n == 1:
                return UnOp(rt.length, args, site)
            return None
        if op in ("blshift", "brshift", "brushift"):
            imms = tuple(i > 0 and _is_imm(a) for i, a in enumerate(args))
            if n >= 2 and any(imms):
                return UnOp(_shift_caller(op, imms), args, site)
            return None
        return None

    @staticmethod
    def fold(op, args, site):
        """`(op a b c ...)` of an inlined arithmetic operator, left to right."""
        if not all(_simple(a) for a in args[2:]):
            return FoldOp(op, args, site)
        acc = BinOp(op, args[0], args[1], site)
        for a in args[2:]:
            acc.chain = True
            acc = BinOp(op, acc, a, site)
        return acc

    def analyse_body(self, forms, scope, tail):
        """Compile a sequence of forms; the last one in `tail` position."""
        if not forms:
            return Const(None)
        nodes = []
        last = len(forms) - 1
        for i, f in enumerate(forms):
            nodes.append(self.analyse(f, scope, tail and i == last))
        if len(nodes) == 1:
            return nodes[0]
        return Do(nodes)


_EMITTING.update((BinOp, FoldOp, Not, UnOp, GetOp, PutOp, Call, MethodCall, MakeData))
_EMITTING_SPECIAL.update((FnNode, LazyFnNode, SetCell, SetEntry, PutNode, MakeData))


def _is_plain_data(x):
    return x.__class__ in (float, bool, bytes, Symbol, Buffer, Array, Struct, Table, Tuple, tuple)


SYM_SPLICE = sym("splice")
SPLICING_SPECIALS = set()    # filled by specials.py: the specials that may splice
SYM_AMP = sym("&")

# Builtins the compiler may inline: id(function) -> op name; INLINE_FN maps back
# so a rebinding of the name to another function is never inlined.
INLINE = {}
INLINE_FN = {}


# Of the builtins the reference writes in assembly (runtime.ASM_PC), those its
# compiler specializes only for some numbers of arguments (cfuns.c's
# can_optimize tests); the others it always specializes in a direct call
# without a splice.
# Of those, the ones whose instructions record the pc (vm.c's vm_commit) even
# when they succeed.
_COMMITTING_OPS = {"in", "get", "put", "length", "next", "resume", "propagate", "cancel"}

REF_SPECIALIZES = {
    "error": lambda n: n == 1, "in": lambda n: n == 2, "get": lambda n: n in (2, 3),
    "put": lambda n: n == 3, "length": lambda n: n == 1, "bnot": lambda n: n == 1,
    "next": lambda n: n in (1, 2), "cmp": lambda n: n == 2,
}


def _shift_caller(op, imms):
    def shift(*args):
        return ops.shift_fold(op, imms, args)
    return shift


def register_inline(op, f):
    INLINE[id(f)] = op
    INLINE_FN[op] = f


for _name, _f in (("+", ops.plus), ("-", ops.minus), ("*", ops.times), ("/", ops.divide),
                  ("%", ops.remainder), ("mod", ops.modulo), ("div", ops.divfloor),
                  ("<", ops.lt), (">", ops.gt), ("<=", ops.le), (">=", ops.ge),
                  ("=", ops.equal), ("not=", ops.not_equal), ("blshift", ops.blshift),
                  ("brshift", ops.brshift), ("brushift", ops.brushift)):
    register_inline(_name, _f)


# --------------------------------------------------------------------------
# Entry points

def compile_form(form, env, source="<anonymous>", lints=None):
    """Compile one top-level form; returns a thunk (a zero-argument Janet function).

    Lint messages are appended to the Janet array `lints` when one is given, as
    (level line column message) tuples like the reference's.
    """
    c = Compiler(env, source)
    c.lints = lints
    fs = FnScope(None, "thunk", top=True)
    scope = Scope(None, fs, kind="function", top=True)
    node = c.analyse(form, scope, tail=False)
    # the reference makes no tail calls at the top level, so traces keep the
    # thunk (calls made there are marked no_tail), apply excepted
    _FN_CONSTS.append([])
    try:
        body = node.emit(True)
    finally:
        _FN_CONSTS.pop()
    nslots = fs.nslots
    fdef = FuncDef("thunk", 0, 0, 0, c.source)

    if fs.has_break:
        def thunk():
            try:
                r = body([None] * nslots)
            except rt.Break as b:
                r = b.value
            if r.__class__ is rt.TailCall:
                r = rt.resolve(r)
            return r
    else:
        def thunk():
            r = body([None] * nslots)
            if r.__class__ is rt.TailCall:
                r = rt.resolve(r)
            return r
    thunk.__doc__ = fdef
    return thunk


# --------------------------------------------------------------------------
# Rebuilding a closure in another process (marshal / images)
#
# A closure is its `fn` form compiled in a lexical layout, over the frame of
# the function that made it.  `scope_layout` records the layout when the form
# is compiled (the local names each enclosing function level sees, and their
# slots); `rebuild_closure` compiles the form again in the same layout, so the
# code finds every captured variable in the same slot of the (unmarshalled)
# frame chain.

def scope_layout(scope):
    """The local variables visible at `scope`: a tuple of levels, outermost
    first, each (top, ((symbol, slot, mutable, is_self), ...)); None when
    no local is visible."""
    levels = []
    names = {}
    fn = None
    sc = scope
    while sc is not None:
        if sc.fn is not fn:
            if fn is not None:
                levels.append((fn.top, tuple(names.values())))
            fn = sc.fn
            names = {}
        for s, b in sc.names.items():
            if s not in names:
                names[s] = (s, b.slot, b.mutable, b.is_self)
        sc = sc.parent
    if fn is not None:
        levels.append((fn.top, tuple(names.values())))
    if not any(level[1] for level in levels):
        return None
    levels.reverse()
    return tuple(levels)


def _layout_scope(layout):
    """The scope a closure's `fn` form was compiled in, rebuilt from its
    layout (see scope_layout)."""
    scope = None
    fs = None
    for top, names in (layout or ((True, ()),)):
        fs = FnScope(fs, "thunk" if top else "<closure>", top=top)
        scope = Scope(scope, fs, kind="function", top=top)
        for s, slot, mutable, is_self in names:
            slot = int(slot)
            b = LocalBinding(fs, slot, bool(mutable), bool(is_self))
            b.used = True
            scope.names[s] = b
            fs.nslots = max(fs.nslots, slot + 1)
    return scope


def rebuild_closure(form, env, source, layout, frame):
    """The closure `form` (a fn form) makes over `frame` when compiled in
    `layout` (see scope_layout) against `env`."""
    # the reference unmarshals bytecode, expanding no macro: so the gensyms of
    # this compile are drawn apart from the program's, like the prelude's
    st = rt.STATE
    saved = st.gensym_counter
    st.gensym_counter = LazyBodies.gensym_counter
    try:
        c = Compiler(env, source)
        node = c.analyse(form, _layout_scope(layout), tail=False)
    finally:
        LazyBodies.gensym_counter = st.gensym_counter
        st.gensym_counter = saved
    return node.emit(False)(frame)


_TIER_BOUND = lazy.pattern(r"(?:_b\d+|jfn)$", globals())
NO_FRAME = object()


def defining_frame(fn, fd):
    """The frame a compiled closure was made over (its `_pf` cell), None when
    it sees no local variable, NO_FRAME when it cannot be found (a function
    whose code was swapped by trace or a breakpoint, say)."""
    if getattr(fd, "form", None) is None:
        return NO_FRAME
    code = fn.__code__
    try:
        i = code.co_freevars.index("_pf")
    except ValueError:
        # no frame: the function sees no local variable when it has no layout
        # and captures nothing but the function tier's bound globals (_bN) and
        # itself (jfn)
        if fd.layout is None and all(_TIER_BOUND.match(n) for n in code.co_freevars):
            return None
        return NO_FRAME
    try:
        frame = fn.__closure__[i].cell_contents
    except (ValueError, IndexError, TypeError):
        return NO_FRAME
    return frame if frame.__class__ is list else NO_FRAME


# --------------------------------------------------------------------------
# Debug points (what debug/break, debug/fbreak and debug/step stop at)
#
# The reference marks bytecode instructions.  pyjanet's nearest equivalent:
# a function with a breakpoint is compiled again (`instrument`) with a call
# of a hook at each form of its body that has a position of its own -- its
# "debug points", numbered in the order the reference emits instructions
# (a form's operands first, then the form), and the number is the `pc`.
# A point stands where the form's first instruction would: after the
# operands that need evaluating (calls, other forms) and before the form's
# own work (the call, the test of an `if` or `while`, the store of a `def`).
# Only functions with breakpoints run this code (lib/debug.py swaps it in),
# so code without breakpoints costs nothing; the closure compiler compiles
# it (the function tier declines nodes it does not know).

class Point:
    """One debug point: its `pc`, position, how many loop frames (a `while`
    that makes closures has a frame per iteration) lie between it and its
    function's frame, and the local variables visible there as
    (symbol, frame depth, slot); `upvals`, those of the frames the function
    was made in that it uses, as (symbol, depth from the function's frame,
    slot)."""
    __slots__ = ("pc", "line", "column", "ldepth", "names", "loops", "call", "upvals")

    def __init__(self, line, column, info):
        self.pc = -1
        self.line = line
        self.column = column
        self.ldepth, self.names, self.loops, self.upvals = info
        self.call = False       # the point of a call (more than one instruction)


class DebugPoint(Node):
    """Calls the hook, then runs the form (a form whose operands need no
    evaluating: variables, constants)."""
    __slots__ = ("inner", "point", "hook")

    def __init__(self, inner, point, hook):
        self.inner = inner
        self.point = point
        self.hook = hook

    def emit(self, tail=False):
        b = Binder()
        src = "%s(f, %s)\nreturn %s(f)" % (b.bind(self.hook), b.bind(self.point),
                                           b.bind(self.inner.emit(tail)))
        return build(b, node_src(src))


class AfterPoint(Node):
    """Evaluates an operand (the last that needs evaluating), then calls the
    hook: the point of the form the operand belongs to."""
    __slots__ = ("inner", "point", "hook")

    def __init__(self, inner, point, hook):
        self.inner = inner
        self.point = point
        self.hook = hook

    def emit(self, tail=False):
        b = Binder()
        t = b.temp()
        src = "%s = %s\n%s(f, %s)\nreturn %s" % (
            t, self.inner.expr(b), b.bind(self.hook), b.bind(self.point), t)
        return build(b, node_src(src))


# the operands of a node, in evaluation order: attribute names holding a node,
# a list of nodes or a list of (node, spliced)
_OPERANDS = {
    Call: ("fn", "args"), MethodCall: ("args",), BinOp: ("a", "b"),
    FoldOp: ("args",), Not: ("a",), UnOp: ("args",), GetOp: ("ds", "key", "dflt"),
    PutOp: ("ds", "key", "val"), PutNode: ("ds", "key", "val"), SetLocal: ("val",),
    SetCell: ("val",), SetEntry: ("val",), If: ("c",), While: ("cond",),
    MakeData: ("items",), BreakNode: ("val",), StoreTemp: ("val",),
}
_NO_POINT = (Const, Local, CellRef, Temp, Do, Spliced)
SYM_SET = sym("set")
SYM_DEF = sym("def")


class Instrumenter:
    """Compiler.debug while a function is compiled with debug points."""

    def __init__(self, hook):
        self.hook = hook          # called as hook(frame, point)
        self.fs = None            # the function's FnScope (set by the fn special)
        self.done = []            # nodes given a point (so a `do` adds none)
        self.sites = []           # (site, point) of each call: a frame's pc there
        self.plain = None         # the value form `returning` is analysing
        self.selfref = ()         # the function's name, when its body uses it
        self.outer = {}           # FnScope of each frame the function was made
        #                           in -> its depth from the function's frame
        self.upvals = {}          # symbol -> (symbol, depth, slot): the outer
        #                           variables the function (or a closure in it) uses

    def captures(self, s, b):
        """A use of the outer variable s (binding b): the reference lists the
        variables a closure captures (its upvalues) among a frame's locals."""
        d = self.outer.get(b.fn)
        if d is not None and s not in self.upvals:
            self.upvals[s] = (s, d, b.slot)

    def _loops(self, fs):
        """Loop frames between fs and the function's, or -1 when fs is not
        the function's (nor a loop of it)."""
        n = 0
        while fs is not self.fs:
            if fs is None or not fs.is_loop:
                return -1
            fs = fs.parent
            n += 1
        return n

    def entering(self, x, scope):
        """Before form x is analysed: its loop depth and the locals visible
        where it starts, or None when it gets no point."""
        if self.fs is None or not isinstance(x, tuple) or not x:
            return None
        ld = self._loops(scope.fn)
        if ld < 0:
            return None
        names = {}
        sc = scope
        while sc is not None:
            d = self._loops(sc.fn)
            if d < 0:
                break
            for s, b in sc.names.items():
                if s not in names and (not b.is_self or s in self.selfref):
                    names[s] = (s, ld - d, b.slot)
            sc = sc.parent
        loops = []
        fs = scope.fn
        while fs is not self.fs:
            loops.append(fs.site)
            fs = fs.parent
        return (ld, tuple(names.values()), tuple(loops), self.upvals)

    def returning(self, c, x, scope):
        """A value that is not a form (a variable, a constant) returned by
        the function: its point is the return, at the enclosing form."""
        info = self.entering((x,), scope)
        self.plain = x
        try:
            node = c.analyse(x, scope, True)
        finally:
            self.plain = None
        if info is None:
            return node
        return self._ret(node, Point(c.line, c.column, info))

    def _ret(self, node, p):
        # the reference's `ret` instruction (a call in tail position is a
        # tail call instead, and an `if` or `do` returns from its branches)
        inner = node.inner if node.__class__ is DebugPoint else node
        if inner.__class__ in (Call, MethodCall, If, Do, BreakNode):
            return node
        out = AfterPoint(node, p, self.hook)
        self.done.append(out)
        return out

    def point(self, c, node, info, tail=False, form=None, scope=None):
        if not isinstance(node, Node) or any(node is d for d in self.done):
            return node
        if isinstance(node, _NO_POINT):
            if tail and node.__class__ is not Do:
                return self._ret(node, Point(c.line, c.column, info))
            return node
        p = Point(c.line, c.column, info)
        if (node.__class__ is SetLocal or node.__class__ is SetCell) and form is not None \
                and form[0] is SYM_SET:
            # the reference compiles a (set var value) form's value straight
            # into the variable: the store is at the value form's position,
            # one with the value's own instructions when that form has them
            v = form[2] if len(form) == 3 else None
            if isinstance(v, tuple) and v:
                if node.val.__class__ is DebugPoint or node.val.__class__ is AfterPoint:
                    self.done.append(node)
                    return self._ret(node, p) if tail else node
                ln = getattr(v, "line", -1)
                if ln is not None and ln >= 0:
                    p.line, p.column = ln, v.column
        elif node.__class__ is SetLocal and form is not None and form[0] is SYM_DEF \
                and node.val.__class__ is Local and node.val.depth == 0 \
                and form[-1].__class__ is Symbol:
            # a def of a local that cannot change names the same register
            # in the reference: no instruction
            b, _ = c.local_lookup(form[-1], scope)
            if b is not None and not b.mutable:
                self.done.append(node)
                return self._ret(node, p) if tail else node
        if node.__class__ is If:
            e = node.e
            missing = e.__class__ is Const and e.value is None
            if tail and missing:
                # the nil of a missing else is returned at the `if`
                node.e = AfterPoint(e, Point(c.line, c.column, info), self.hook)
            elif not tail and not missing:
                # the jump over the else branch, at the `if`
                node.t = AfterPoint(node.t, Point(c.line, c.column, info),
                                    self.hook)
        spec = _OPERANDS.get(node.__class__)
        if node.__class__ is Seq and node.items and node.items[0].__class__ is StoreTemp:
            holder, spec = node.items[0], ("val",)
        else:
            holder = node
        last = None
        for attr in spec or ():
            v = getattr(holder, attr)
            if isinstance(v, Node):
                if not _simple(v):
                    last = (holder, attr, None, v)
            elif isinstance(v, list):
                for i, e in enumerate(v):
                    n = e[0] if isinstance(e, tuple) else e
                    if isinstance(n, Node) and not _simple(n):
                        last = (v, None, i, n)
        if node.__class__ is Call or node.__class__ is MethodCall:
            self.sites.append((node.site, p))
            p.call = True
        elif node.__class__ is While and node.subframe is not None:
            # the test runs in the loop's own frame
            p.ldepth += 1
            p.names = tuple((s, d + 1, slot) for s, d, slot in p.names)
            p.loops = (node.site,) + p.loops
        if last is None:
            out = DebugPoint(node, p, self.hook)
        else:
            obj, attr, i, n = last
            ap = AfterPoint(n, p, self.hook)
            if attr is not None:
                setattr(obj, attr, ap)
            elif isinstance(obj[i], tuple):
                obj[i] = (ap,) + tuple(obj[i][1:])
            else:
                obj[i] = ap
            out = node
        self.done.append(out)
        if tail:
            return self._ret(out, Point(c.line, c.column, info))
        return out


def _number(n, points):
    """Give the points under node n their pcs, in evaluation order."""
    if n.__class__ is DebugPoint:
        n.point.pc = len(points)
        points.append(n.point)
        _number(n.inner, points)
    elif n.__class__ is AfterPoint:
        _number(n.inner, points)
        n.point.pc = len(points)
        points.append(n.point)
    else:
        for ch in _children(n):
            _number(ch, points)


def _mentions(x, s):
    if x.__class__ is Symbol:
        return x == s
    if isinstance(x, (tuple, Array)):
        return any(_mentions(e, s) for e in x)
    if x.__class__ is Struct or x.__class__ is Table:
        return any(_mentions(k, s) or _mentions(v, s) for k, v in x.items())
    return False


def instrument(fd, hook):
    """fd's function compiled with debug points: (factory, points, sites),
    where factory(frame) makes the closure over `frame` (the frame the
    original was made over, see defining_frame), points[pc] is a Point and
    sites lists (site, point) for the calls.  Raises CompileError when the
    form does not compile again where it was defined."""
    if fd.form is None:
        raise CompileError("no form", fd.source, fd.line, fd.column)
    c = Compiler(fd.env, fd.source)
    c.debug = dbg = Instrumenter(hook)
    form = fd.form
    if form and len(form) > 1 and form[1].__class__ is Symbol and _mentions(form[2:], form[1]):
        # the reference lists a function's own name among its locals when the
        # body refers to it
        dbg.selfref = (form[1],)
    # (a `fn` form made by a macro has no position: it had the macro call's)
    c.line, c.column = fd.line, fd.column
    outer = _layout_scope(fd.layout)
    sc, depth = outer, 1
    while sc is not None:
        dbg.outer[sc.fn] = depth
        sc, depth = sc.parent, depth + 1
    node = c.analyse(fd.form, outer, tail=False)
    if node.__class__ is not FnNode:
        raise CompileError("no function", fd.source, fd.line, fd.column)
    node.instrumented = True
    points = []
    _number(node.body, points)
    return node.emit(False), points, dbg.sites


from . import specials  # noqa: E402  (fills SPECIALS; needs the classes above)

FN_TIER = None   # tier.compile_fn, set by the tier module (the function tier)
GEN_TIER = None  # tier.compile_gen (generator versions), set there too
from . import tier  # noqa: E402,F401  (sets FN_TIER; needs the classes above)


# --------------------------------------------------------------------------
# Tracing (`trace`/`untrace`)
#
# A traced function reports each call before running.  Rather than test a flag
# on every call of every function, `trace` swaps the function's code for a
# stand-in with the same parameters and the same free variables (so the
# closure still fits): callers and recursive calls reach the stand-in, which
# reports the call and runs a copy of the function holding the original code.

_TRACED = {}       # id(code of a stand-in) -> (original code, key)
_TRACE_CALLS = {}  # key -> what the stand-in with that key runs
TRACE_HOOK = None  # set by lib/core: called with (function, args) on each call
_trace_keys = iter(range(1, 1 << 62))


_NOT_GIVEN = object()


def _trace_call(key, args):
    return _TRACE_CALLS[key](args)


TEMPLATE_GLOBALS["_trace_call"] = _trace_call


def _stand_in_code(code, key):
    import inspect as _inspect
    import types
    n = code.co_argcount
    params = list(code.co_varnames[:n])
    rest = code.co_varnames[n] if code.co_flags & _inspect.CO_VARARGS else None
    sig = ", ".join(params + (["*" + rest] if rest else []))
    args = "(%s)" % "".join(p + ", " for p in params)
    if rest:
        args += " + " + rest
    free = code.co_freevars
    lines = ["def _outer():"]
    if free:
        lines.append("    %s = None" % " = ".join(free))
    lines.append("    def %s(%s):" % (code.co_name, sig))
    if free:
        lines.append("        (%s,)" % ", ".join(free))
    lines.append("        return _trace_call(%d, %s)" % (key, args))
    lines.append("    return %s" % code.co_name)
    outer = _compile_source("\n".join(lines), "<pyjanet trace>").co_consts
    outer = next(c for c in outer if isinstance(c, types.CodeType))
    return next(c for c in outer.co_consts if isinstance(c, types.CodeType))


def untraced(fn):
    """fn, or when it is traced the copy that runs without reporting the call
    (the reference reports calls made by its VM's call instructions only, so
    not the compiler's call of a macro)."""
    code = getattr(fn, "__code__", None)
    entry = _TRACED.get(id(code)) if code is not None else None
    return fn if entry is None or entry[2] is not code else entry[3]


def set_traced(fn, on):
    """Turn tracing of the Janet function fn on or off."""
    import types
    realize_deferred(fn)
    mod = fn.__globals__.get("__name__")
    if on and mod is not None and lazy.is_pending(mod):
        # a stand-in of a namespace not loaded yet: load it, so that the
        # real code is what gets traced
        lazy.run_namespace(sys.modules[mod])
    code = fn.__code__
    entry = _TRACED.get(id(code))
    if on and entry is None:
        key = next(_trace_keys)
        copy = types.FunctionType(code, fn.__globals__, fn.__name__, fn.__defaults__,
                                  fn.__closure__)
        copy.__doc__ = fn.__doc__

        def run(args):
            # optional parameters not passed hold _NOT_GIVEN (see below)
            args = tuple(a for a in args if a is not _NOT_GIVEN)
            TRACE_HOOK(fn, args)
            return copy(*args)
        stand_in = _stand_in_code(code, key)
        if stand_in.co_freevars != code.co_freevars:
            raise RuntimeError("trace: closure layout differs")
        _TRACE_CALLS[key] = run
        # the stand-in reaches _trace_call through the function's globals:
        # the templates' for compiled Janet, a module's for the functions
        # pyjanet writes in Python (map, filter ...)
        fn.__globals__.setdefault("_trace_call", _trace_call)
        fn.__code__ = stand_in
        # the trace shows the arguments given, not the defaults of the rest
        fn.__defaults__ = tuple(_NOT_GIVEN for _ in fn.__defaults__ or ())
        _TRACED[id(fn.__code__)] = (code, key, fn.__code__, copy)
    elif not on and entry is not None:
        fn.__code__ = entry[0]
        fn.__defaults__ = tuple(None for _ in fn.__defaults__ or ())
        del _TRACED[id(code)]
        del _TRACE_CALLS[entry[1]]
    return fn
