"""The function tier: a whole Janet function becomes one generated Python function.

Part of the compiler layer (the reference has no counterpart: its compile.c emits
bytecode for one VM; pyjanet has two ways to run a function).  The closure
compiler (compiler.py) turns each IR node into a Python closure called with the
frame list; this tier instead writes the source of one Python function for a
whole `fn` form, so that

* the function's variables are Python locals (`_l3`), unless a closure made
  inside captures them: then they stay in the frame list `f`, which the closures
  hold, exactly as in the closure compiler;
* `if`, `do`, `while` and `break` are Python statements and a function's tail
  call to itself is a `continue` of a loop around its body;
* calls are direct Python calls inside `try` blocks (free in Python 3.11 when
  nothing is raised) whose handlers add the same stack-trace frames as the
  closure compiler's call nodes (`runtime.add_frame`, `site_error`); a tail call
  of another function returns a `TailCall` for the caller to run, as there;
* operators use the closure compiler's fused expressions (type-guarded fast
  paths, `ops.py` slow paths), and variables the function only ever assigns
  numbers to lose the type guards.

`compile_fn(fnode)` returns the function's factory (`node(parent_frame) -> jfn`,
the protocol of FnNode.emit) or None when the function holds something the tier
does not do, in which case the closure compiler compiles it: functions that yield
(they need the generator version of compiler.py) and loops that make a closure
per iteration are the main ones (those loops run as closure-compiler nodes
inside a tier function, which then keeps its variables in the frame list).

Set PYJANET_TIER=0 in the environment to run everything on the closure compiler.
"""

import atexit
import marshal
import math
import os

from .values import Keyword, Symbol, Table, Struct, truthy, PLAIN_CLASSES
from . import runtime as rt
from . import lazy
from . import compiler as C
from . import diskcache

__all__ = ["compile_fn"]

NEXT_FN = None        # the `next` builtin and fiber.fiber_next (set by lib/core)
FIBER_NEXT = None
GEN_NEXT_SLOW = None  # fiber.gen_next_slow (set by lib/core)
STRING_FN = None      # the `string` builtin (set by lib/core)
ENABLED = os.environ.get("PYJANET_TIER", "1") != "0"

_PURE = lazy.pattern(r"^(?:[A-Za-z_]\w*(?:\[\d+\])*|\(?-?[\d.]+(?:e[-+]?\d+)?\)?)$", globals())
_STABLE = lazy.pattern(r"^(?:_[tb]\d+|None|True|False|jfn|\(?-?[\d.]+(?:e[-+]?\d+)?\)?)$", globals())

_VAR = lazy.pattern(r"^(?:_l\d+|jfn|f(?:\[\d+\])+|_pf(?:\[\d+\])+|_b\d+\[0\])$", globals())
_ARITH = {"+": "+", "-": "-", "*": "*"}
_CMP = {"<": "<", ">": ">", "<=": "<=", ">=": ">=", "=": "==", "not=": "!="}


_TREE_OPS = ("+", "-", "*", "/")
_TREE_ROOT = ("+", "-", "*", "/", "<", ">", "<=", ">=")


def _in_tree(n):
    return n.__class__ is C.BinOp and n.op in _TREE_OPS


def _tree_leaves(n, out):
    """The operands of an arithmetic tree rooted at n, in evaluation order."""
    for x in (n.a, n.b):
        if _in_tree(x):
            _tree_leaves(x, out)
        else:
            out.append(x)


def _group_ends(n):
    """For each leaf of a tree (in _tree_leaves order), the index of the last
    leaf of the call it is an operand of: a nested operator call reads its
    variables when it runs, after its own operands but before the later
    operands of the calls around it (the links of one variadic call, such
    as (+ a b c), are one call)."""
    groups = []

    def walk(x, g):
        for y in (x.a, x.b):
            if _in_tree(y):
                walk(y, g if y.chain else object())
            else:
                groups.append(g)
    walk(n, object())
    last = {}
    for i, g in enumerate(groups):
        last[id(g)] = i
    return [last[id(g)] for g in groups]


def _leaf_list(n):
    out = []
    _tree_leaves(n, out)
    return out


def _tree_type(n):
    return "bool" if n.op in _CMP else None


def _tree_post(n, out):
    """The operands of tree n in evaluation order, with None for each
    operation where it runs."""
    for x in (n.a, n.b):
        if _in_tree(x):
            _tree_post(x, out)
        else:
            out.append(x)
    out.append(None)
    return out


def _effects_first(post):
    """Whether every operand that is more than a variable or a constant (a
    call, an assignment) comes before every operation in `post`: then the
    operands can all be computed before the operations, which is what one
    type test in front of the whole expression needs.  (An operation on
    values that are not numbers may fail or run a method, and must do so
    before a later call runs, as in the reference.)"""
    seen = False
    for x in post:
        if x is None:
            seen = True
        elif seen and not C._simple(x):
            return False
    return True


def _fold_post(n):
    """_tree_post of a FoldOp: all its operands run before the first of its
    own operations."""
    out = []
    for a in n.args:
        if _in_tree(a):
            _tree_post(a, out)
        else:
            out.append(a)
    out.extend([None] * (len(n.args) - 1))
    return out


def _fast_op(op, a, b, b_leaf):
    """The plain Python expression of `a op b` on floats."""
    if op == "/":
        if b_leaf:
            # (division by zero gives the IEEE result, as in C)
            return "(%s / %s if %s else fdiv(%s, %s))" % (a, b, b, a, b)
        return "fdiv(%s, %s)" % (a, b)
    return "(%s %s %s)" % (a, _ARITH.get(op) or _CMP[op], b)


class Decline(Exception):
    """The function uses something the tier does not compile."""


class Raw(C.Local):
    """A Python expression standing for an already-compiled operand, so that the
    closure compiler's expression builders can be reused on tier operands."""
    __slots__ = ("code",)

    def __init__(self, code):
        self.code = code

    def expr(self, b, depth=0):
        return self.code


def _fallback_ok(n):
    """Can node n run as a closure-compiler node inside a tier function?  Only
    loops with a frame per iteration: they reach this function's frame only
    through that frame's slot 0, and a break in them is their own."""
    return n.__class__ is C.While and n.subframe is not None


def _walk(n):
    """n and every node below it, this function's own (not in nested fns)."""
    stack = [n]
    while stack:
        x = stack.pop()
        yield x
        stack.extend(C._children(x))


def _scan(fnode):
    """Decline what the tier cannot do; say whether the body needs the frame
    list `f` and whether it makes closures."""
    frame = fnode.fs.captured
    closures = False
    stack = [fnode.body]
    while stack:
        n = stack.pop()
        cls = n.__class__
        if cls in (C.FnNode, C.LazyFnNode):
            closures = True
            continue
        if _fallback_ok(n):
            closures = True
            continue
        if cls not in _HANDLED:
            raise Decline(cls.__name__)
        if C._is_yield(n):
            raise Decline("yield")
        stack.extend(C._children(n))
    return frame, closures


def _captured_slots(body):
    """This function's slots that code of closures made in it reads or sets:
    at nesting level k (a fn form, or a loop with a frame per iteration, is one
    level) a variable `depth` k up is this function's."""
    out = set()
    stack = [(body, 0)]
    while stack:
        n, level = stack.pop()
        cls = n.__class__
        if cls is C.FnNode:
            stack.append((n.body, level + 1))
            continue
        if cls is C.LazyFnNode:
            continue          # (made only where no local is in scope)
        if cls is C.While and n.subframe is not None:
            stack.append((n.cond, level + 1))
            stack.append((n.body, level + 1))
            continue
        if level > 0 and (cls is C.Local or cls is C.SetLocal) and n.depth == level:
            out.add(n.slot)
        stack.extend((c, level) for c in C._children(n))
    return out


def _assigned(n, out):
    """Slot -> list of value nodes assigned to this function's own slots."""
    for x in _walk(n):
        if x.__class__ is C.SetLocal and x.depth == 0:
            out.setdefault(x.slot, []).append(x.val)
        elif x.__class__ is C.StoreTemp:
            out.setdefault(x.slot, []).append(x.val)
    return out


def _fmod_const(n):
    """A divisor for which `%` of a float is C's fmod."""
    return (n.is_const and n.value.__class__ is float and n.value != 0.0
            and math.isfinite(n.value))


def _ntype(n, floats):
    """'float' when node n surely evaluates to a float, given the float slots."""
    cls = n.__class__
    if cls is C.Const:
        return "float" if n.value.__class__ is float else None
    if cls is C.Local:
        return "float" if n.depth == 0 and n.slot in floats else None
    if cls is C.BinOp:
        if n.op in ("+", "-", "*", "/"):
            if _ntype(n.a, floats) == "float" and _ntype(n.b, floats) == "float":
                return "float"
        elif n.op == "%" and _fmod_const(n.b) and _ntype(n.a, floats) == "float":
            return "float"
        return None
    if cls is C.FoldOp:
        if n.op in _TREE_OPS and all(_ntype(a, floats) == "float" for a in n.args):
            return "float"
        return None
    if cls is C.If:
        t = _ntype(n.t, floats)
        return t if t is not None and t == _ntype(n.e, floats) else None
    if cls is C.Do:
        return _ntype(n.items[-1], floats) if n.items else None
    if cls is C.SetLocal or cls is C.StoreTemp:
        return _ntype(n.val, floats)
    return None


def _float_slots(fnode, params):
    """Slots only ever assigned floats (parameters excepted): their reads need
    no type guard.  Optimistic start, then drop slots until consistent."""
    assigned = _assigned(fnode.body, {})
    floats = set(s for s in assigned if s not in params)
    changed = True
    while changed:
        changed = False
        for s in list(floats):
            if any(_ntype(v, floats) != "float" for v in assigned[s]):
                floats.discard(s)
                changed = True
    return floats


class _Gen:
    """Writes the body of one tier function."""

    def __init__(self, fnode, frame, closures):
        self.fnode = fnode
        self.fs = fnode.fs
        self.b = C.Binder()
        self.frame = frame            # variables live in the frame list f
        self.closures = closures
        self.lines = []
        self.ind = 0
        self.need_fr = False
        self.floats = set()
        self.cslots = set()           # slots closures made here can see (in f)
        self.fibers = set()           # variables known to hold a fiber here (st_while)
        self.fiber_keys = set()       # variables then known to hold 0 or nil
        self.gen = False              # writing the generator version (compile_gen)
        self.fnode = fnode
        self._slot_uses = None        # slot -> how many nodes read or set it

    # -- output

    def emit(self, line):
        self.lines.append("    " * self.ind + line)

    def sub(self, fn, *args):
        """Run fn one indentation level deeper; returns (lines, result)."""
        saved = self.lines
        self.lines = []
        self.ind += 1
        try:
            r = fn(*args)
        finally:
            self.ind -= 1
            out, self.lines = self.lines, saved
        return out, r

    def temp(self):
        return self.b.temp()

    def atom(self, code):
        """code, or a temporary holding its value when code is not a plain name."""
        if _PURE.match(code):
            return code
        t = self.temp()
        self.emit("%s = %s" % (t, code))
        return t

    # -- variables

    def local(self, depth, slot):
        if depth == 0:
            if slot in self.cslots or (slot == 0 and self.frame):
                return "f[%d]" % slot
            if slot == 0:
                self.need_fr = True
                return "_fr"
            if slot == self.fs.self_slot:
                return "jfn"
            return "_l%d" % slot
        return "_pf" + "[0]" * (depth - 1) + "[%d]" % slot

    def frame_expr(self):
        if self.frame:
            return "f"
        self.need_fr = True
        return "_fr"

    # -- expressions: ex(n) -> (code, type); statements may be emitted first

    def exprs(self, nodes, ends=None):
        """Compile operands in order; an operand that needs statements first
        makes the earlier operands go into temporaries before those.  With
        `ends` (the leaves of an arithmetic tree, _group_ends), a variable
        whose operator has run by then is read before them too."""
        out = []
        for j, n in enumerate(nodes):
            mark = len(self.lines)
            code, typ = self.ex(n)
            if len(self.lines) > mark:
                ins = []
                for i, (pc, pt) in enumerate(out):
                    # a variable is read where its value is used, as the
                    # reference's instructions read its slot (so an operand
                    # that sets it is seen by earlier operands too)
                    if not (_STABLE.match(pc) or (_VAR.match(pc) and (ends is None
                                                                       or j <= ends[i]))):
                        t = self.temp()
                        ins.append("    " * self.ind + "%s = %s" % (t, pc))
                        out[i] = (t, pt)
                self.lines[mark:mark] = ins
            out.append((code, typ))
        return out

    def ex(self, n):
        m = _EX.get(n.__class__)
        if m is None:
            if _fallback_ok(n):
                return "%s(%s)" % (self.b.bind(n.emit()), self.frame_expr()), None
            raise Decline(n.__class__.__name__)
        return m(self, n)

    def ex_const(self, n):
        v = n.value
        if v is None or v is True or v is False:
            return repr(v), ("bool" if v is not None else None)
        if v.__class__ is float:
            if math.isfinite(v) and not (v == 0.0 and math.copysign(1.0, v) < 0):
                r = repr(v)
                return ("(%s)" % r if v < 0 else r), "float"
            return self.b.bind(v), "float"
        return self.b.bind(v), None

    def ex_local(self, n):
        code = self.local(n.depth, n.slot)
        if n.depth == 0 and n.slot in self.floats:
            return code, "float"
        return code, None

    def ex_cell(self, n):
        return self.b.bind(n.cell) + "[0]", None

    def _operand_node(self, orig, code):
        return orig if orig.is_const else Raw(code)

    def ex_binop(self, n):
        if n.op in ("=", "not=") and not (n.a.is_const or n.b.is_const):
            (ca, ta), (cb, tb) = self.exprs([n.a, n.b])
            if ta == "float" and tb == "float":
                return "(%s %s %s)" % (ca, _CMP[n.op], cb), "bool"
            a = self.atom(ca)
            b = self.atom(cb)
            # numbers and strings compare by value in Python as in Janet
            # and keywords, symbols, nil and booleans by identity
            e = ("(%s == %s if %s.__class__ is %s.__class__ and (%s.__class__ is float or "
                 "%s.__class__ is bytes) else %s is %s if %s is None or %s.__class__ is Keyword or "
                 "%s.__class__ is bool or %s.__class__ is %s else opslow(%s, eq, %s, %s))"
                 % (a, b, a, b, a, a, a, b, a, a, a, a, self.b.bind(Symbol), self.b.bind(n.site), a, b))
            return (e if n.op == "=" else "(not %s)" % e), "bool"
        if (n.op in _TREE_ROOT and (_in_tree(n.a) or _in_tree(n.b))
                and _effects_first(_tree_post(n, []))):
            return self.ex_tree(n)
        (ca, ta), (cb, tb) = self.exprs([n.a, n.b])
        op = n.op
        if ta == "float" and tb == "float":
            if op in _ARITH:
                return "(%s %s %s)" % (ca, _ARITH[op], cb), "float"
            if op in _CMP:
                return "(%s %s %s)" % (ca, _CMP[op], cb), "bool"
            if op == "/":
                return "fdiv(%s, %s)" % (ca, cb), "float"
        if op == "%" and ta == "float" and _fmod_const(n.b):
            a = self.atom(ca)
            return "(fmod(%s, %s) if %s - %s == 0.0 else opslow(%s, rem_slow, %s, %s, False))" % (
                a, cb, a, a, self.b.bind(n.site), a, cb), "float"
        if (op in _TREE_ROOT and not (_in_tree(n.a) or _in_tree(n.b))
                and (_PURE.match(ca) or n.a.is_const) and (_PURE.match(cb) or n.b.is_const)):
            return self._tree_code(n, {id(n.a): (ca, ta), id(n.b): (cb, tb)})
        node = C.BinOp(op, self._operand_node(n.a, ca), self._operand_node(n.b, cb), n.site)
        return node.expr(self.b), ("bool" if op in _CMP else None)

    def ex_tree(self, n):
        """An arithmetic expression over several operands: one type test of
        all its operands guards the plain Python expression; otherwise each
        operator runs as it would alone (its own guard and slow path)."""
        leaves = []
        _tree_leaves(n, leaves)
        codes = self.exprs(leaves, _group_ends(n))
        done = {}
        for x, (c, t) in zip(leaves, codes):
            if not (x.is_const or _PURE.match(c)):
                c = self.atom(c)
            done[id(x)] = (c, t)
        return self._tree_code(n, done)

    def ex_fold(self, n):
        """`(op a b c ...)` with an operand after the second that is not a
        variable or constant: every operand is computed before the first
        operation (the reference's order)."""
        op = n.op
        args = n.args
        if op in _TREE_OPS and _effects_first(_fold_post(n)):
            # one type test of all the leaves guards the plain expression
            leaves = []
            for a in args:
                if _in_tree(a):
                    _tree_leaves(a, leaves)
                else:
                    leaves.append(a)
            done = {}
            for x, (c, t) in zip(leaves, self.exprs(leaves)):
                if not (x.is_const or _PURE.match(c)):
                    c = self.atom(c)
                done[id(x)] = (c, t)
            guards = []
            for x in leaves:
                c, t = done[id(x)]
                if t == "float":
                    continue
                if x.is_const:
                    guards = None
                    break
                g = "%s.__class__ is float" % c
                if g not in guards:
                    guards.append(g)
            if guards == []:
                acc = self._tree_fast(args[0], done)
                for a in args[1:]:
                    acc = _fast_op(op, acc, self._tree_fast(a, done), id(a) in done)
                return acc, "float"
            r = self.temp()
            if guards:
                acc = self._tree_fast(args[0], done)
                for a in args[1:]:
                    acc = _fast_op(op, acc, self._tree_fast(a, done), id(a) in done)
                self.emit("if %s:" % " and ".join(guards))
                self.emit("    %s = %s" % (r, acc))
                self.emit("else:")
                self.ind += 1
            vals = [(a, done[id(a)][0]) if id(a) in done else (a, self.atom(self._tree_slow(a, done)))
                    for a in args]
            self._fold_slow(n, vals, r)
            if guards:
                self.ind -= 1
            return r, None
        codes = self.exprs(args)
        vals = []
        for a, (c, t) in zip(args, codes):
            if not (a.is_const or _STABLE.match(c) or _VAR.match(c)):
                c = self.atom(c)
            vals.append((a, c))
        if op in _TREE_OPS and all(t == "float" for _, t in codes):
            acc = vals[0][1]
            for a, c in vals[1:]:
                acc = _fast_op(op, acc, c, True)
            return acc, "float"
        r = self.temp()
        self._fold_slow(n, vals, r)
        return r, None

    def _fold_slow(self, n, vals, r):
        """r = the operations of FoldOp n, each on its own, over operands
        already computed (vals: (node, code))."""
        acc = None
        for a, c in vals:
            x = self._operand_node(a, c)
            if acc is None:
                acc = x
                continue
            self.emit("%s = %s" % (r, C.BinOp(n.op, acc, x, n.site).expr(self.b)))
            acc = Raw(r)

    def _tree_code(self, n, done):
        guards = []
        for x in _leaf_list(n):
            c, t = done[id(x)]
            if t == "float":
                continue
            if x.is_const:
                # a constant that is not a number: only the slow path applies
                return self._tree_slow(n, done), _tree_type(n)
            g = "%s.__class__ is float" % c
            if g not in guards:
                guards.append(g)
        fast = self._tree_fast(n, done)
        if not guards:
            return fast, ("bool" if n.op in _CMP else "float")
        return "(%s if %s else %s)" % (fast, " and ".join(guards), self._tree_slow(n, done)), \
            _tree_type(n)

    def _tree_fast(self, n, done):
        if id(n) in done:
            return done[id(n)][0]
        a = self._tree_fast(n.a, done)
        b = self._tree_fast(n.b, done)
        if n.op == "/":
            if id(n.b) in done:
                # (division by zero gives the IEEE result, as in C)
                return "(%s / %s if %s else fdiv(%s, %s))" % (a, b, b, a, b)
            return "fdiv(%s, %s)" % (a, b)
        return "(%s %s %s)" % (a, _ARITH.get(n.op) or _CMP[n.op], b)

    def _tree_slow(self, n, done):
        if id(n) in done:
            return done[id(n)][0]
        if n.is_const:
            return self.ex_const(n)[0]
        a = n.a if id(n.a) in done and n.a.is_const else Raw(self._tree_slow(n.a, done))
        b = n.b if id(n.b) in done and n.b.is_const else Raw(self._tree_slow(n.b, done))
        return C.BinOp(n.op, a, b, n.site).expr(self.b)

    def ex_not(self, n):
        c, t = self.ex(n.a)
        if t == "bool":
            return "(not %s)" % c, "bool"
        if _PURE.match(c):
            return "(%s is None or %s is False)" % (c, c), "bool"
        tmp = self.temp()
        return "((%s := %s) is None or %s is False)" % (tmp, c, tmp), "bool"

    def truth(self, n):
        if n.is_const:
            return "True" if truthy(n.value) else "False"
        c, t = self.ex(n)
        if t == "bool":
            return c
        if t == "float":
            return "True"      # (a float expression cannot fail)
        if _PURE.match(c):
            return "(%s is not None and %s is not False)" % (c, c)
        tmp = self.temp()
        return "((%s := %s) is not None and %s is not False)" % (tmp, c, tmp)

    def guarded(self, expr, site):
        t = self.temp()
        self.emit("try:")
        self.emit("    %s = %s" % (t, expr))
        self.emit("except JanetError as _e:")
        self.emit("    raise site_error(_e, %s)" % self.b.bind(site))
        return t

    def ex_unop(self, n):
        args = [c for c, _ in self.exprs(n.args)]
        if n.fn is rt.length and len(args) == 1:
            a = self.atom(args[0])
            t = self.temp()
            self.emit("if %s.__class__ is Array or %s.__class__ is bytes or %s.__class__ is tuple "
                      "or %s.__class__ is Tuple or %s.__class__ is Buffer:" % (a, a, a, a, a))
            self.emit("    %s = float(len(%s))" % (t, a))
            self.emit("else:")
            self.ind += 1
            self.emit("try:")
            self.emit("    %s = %s(%s)" % (t, self.b.bind(n.fn), a))
            self.emit("except JanetError as _e:")
            self.emit("    raise site_error(_e, %s)" % self.b.bind(n.site))
            self.ind -= 1
            return t, None
        return self.guarded("%s(%s)" % (self.b.bind(n.fn), ", ".join(args)), n.site), None

    def ex_get(self, n):
        nodes = [n.ds, n.key] + ([n.dflt] if n.dflt is not None else [])
        typed = self.exprs(nodes)
        codes = [self.atom(c) for c, _ in typed]
        if n.kind == "in" and codes[0] in self.fibers and n.dflt is None:
            # (in fiber 0), how `each` reads a fiber's value
            t = self.temp()
            k = codes[1]
            if k in self.fiber_keys:
                self.emit("if %s is not None:" % k)
            else:
                self.emit("if %s == 0.0 and %s.__class__ is float:" % (k, k))
            self.emit("    %s = %s.last_value" % (t, codes[0]))
            self.emit("else:")
            self.emit("    try:")
            self.emit("        %s = %s(%s, %s)" % (t, self.b.bind(rt.in_), codes[0], k))
            self.emit("    except JanetError as _e:")
            self.emit("        raise site_error(_e, %s)" % self.b.bind(n.site))
            return t, None
        raws = [self._operand_node(x, c) for x, c in zip(nodes, codes)]
        g = C.GetOp(n.kind, raws[0], raws[1], raws[2] if n.dflt is not None else None, n.site)
        t = self.temp()
        lines = g.assign(self.b, t)
        if typed[1][1] == "float":
            # a number key: no boolean or type test on it
            k0 = codes[1]
            lines = [x.replace(" and %s.__class__ is not bool" % k0, "")
                     .replace(" and %s.__class__ is float" % k0, "") for x in lines]
        # tuples index like arrays
        d0 = codes[0]
        lines = [x.replace("elif %s.__class__ is Array and " % d0,
                           "elif (%s.__class__ is Array or %s.__class__ is tuple or %s.__class__ is Tuple) and "
                           % (d0, d0, d0), 1) if x.startswith("elif ") else x for x in lines]
        if n.kind == "in" and rt.FIBER_CLASS is not None and not n.key.is_const:
            # `each` over a fiber reads its last value with (in fiber 0)
            at = lines.index("else:")
            lines[at:at] = ["elif %s.__class__ is %s and %s == 0.0 and %s.__class__ is float:"
                            % (codes[0], self.b.bind(rt.FIBER_CLASS), codes[1], codes[1]),
                            "    %s = %s.last_value" % (t, codes[0])]
        for line in lines:
            self.emit(line)
        return t, None

    def ex_put(self, n):
        (d, _), (k, kt), (v, vt) = [(self.atom(c), t) for c, t in self.exprs([n.ds, n.key, n.val])]
        tests = ["%s.__class__ is Table" % d]
        if vt != "float" and not (n.val.is_const and n.val.value is not None):
            tests.append("%s is not None" % v)
        if kt == "float":
            tests.append("%s == %s" % (k, k))      # (not NaN)
        elif not (n.key.is_const and n.key.value.__class__ in (Keyword, bytes)):
            tests.append("(%s.__class__ is Keyword or %s.__class__ is bytes or "
                         "(%s.__class__ is float and %s == %s))" % (k, k, k, k, k))
        self.emit("if %s:" % " and ".join(tests))
        self.emit("    %s[%s] = %s" % (d, k, v))
        self.emit("else:")
        self.ind += 1
        self.emit("_i = int(%s) if %s.__class__ is float and %s.__class__ is Array and "
                  "%s - %s == 0.0 else -1" % (k, k, d, k, k))
        self.emit("if _i == %s and 0 <= _i < len(%s):" % (k, d))
        self.emit("    %s[_i] = %s" % (d, v))
        self.emit("else:")
        self.emit("    try:")
        self.emit("        %s(%s, %s, %s)" % (self.b.bind(rt.put), d, k, v))
        self.emit("    except JanetError as _e:")
        self.emit("        raise site_error(_e, %s)" % self.b.bind(n.site))
        self.ind -= 1
        return d, None

    def ex_putnode(self, n):
        d, k, v = [c for c, _ in self.exprs([n.ds, n.key, n.val])]
        v = self.atom(v) if not _STABLE.match(v) else v
        self.emit("try:")
        self.emit("    %s(%s, %s, %s)" % (self.b.bind(rt.put), d, k, v))
        self.emit("except JanetError as _e:")
        self.emit("    raise site_error(_e, %s)" % self.b.bind(n.site))
        return v, None

    def ex_do(self, n):
        items = n.items
        if not items:
            return "None", None
        for it in items[:-1]:
            self.st(it)
        return self.ex(items[-1])

    def ex_seq(self, n):
        for it in n.items:
            self.st(it)
        return self.ex(n.last)

    def ex_if(self, n):
        cond = self.truth(n.c)
        tl, (ct, tt) = self.sub(self.ex, n.t)
        el, (ce, te) = self.sub(self.ex, n.e)
        typ = tt if tt == te else None
        if not tl and not el:
            return "(%s if %s else %s)" % (ct, cond, ce), typ
        r = self.temp()
        self.emit("if %s:" % cond)
        self.lines += tl
        self.emit("    %s = %s" % (r, ct))
        self.emit("else:")
        self.lines += el
        self.emit("    %s = %s" % (r, ce))
        return r, typ

    def ex_while(self, n):
        self.st_while(n)
        return "None", None

    def ex_break(self, n):
        self.st_break(n)
        return "None", None

    def ex_setlocal(self, n):
        c, t = self.ex(n.val)
        target = self.local(n.depth, n.slot)
        self.emit("%s = %s" % (target, c))
        return target, t

    def ex_storetemp(self, n):
        c, t = self.ex(n.val)
        target = self.local(0, n.slot)
        self.emit("%s = %s" % (target, c))
        return target, t

    def ex_setcell(self, n):
        c, t = self.ex(n.val)
        c = c if _STABLE.match(c) else self.atom(c)
        self.emit("%s[0] = %s" % (self.b.bind(n.cell), c))
        return c, t

    def ex_setentry(self, n):
        c, _ = self.ex(n.val)
        t = self.atom(c) if not _STABLE.match(c) else c
        e = self.b.bind(n.entry)
        k = self.b.bind(C.KW_VALUE)
        self.emit("if %s is None: %s.pop(%s, None)" % (t, e, k))
        self.emit("else: %s[%s] = %s" % (e, k, t))
        if n.slot is not None:
            self.emit("%s = %s" % (self.local(0, n.slot), t))
        return t, None

    def ex_fn(self, n):
        return "%s(%s)" % (self.b.bind(n.emit()), self.frame_expr()), None

    def ex_make(self, n):
        codes = [c for c, _ in self.exprs([x for x, _ in n.items])]
        if (n.kind in ("struct", "table") and not any(sp for _, sp in n.items) and len(codes) % 2 == 0
                and all(x.is_const and x.value.__class__ in (Keyword, bytes)
                        for x, _ in n.items[0::2])):
            # {:a x :b y} with keyword or string keys: filled here (a nil
            # value leaves its key out of a struct, and removes it from a table)
            t = self.temp()
            self.emit("%s = %s()" % (t, "Struct" if n.kind == "struct" else "Table"))
            if n.kind == "table":
                self.emit("%s.icap = %d" % (t, len(codes) // 2))
            for (kn, _), k, (vn, _), v in zip(n.items[0::2], codes[0::2], n.items[1::2], codes[1::2]):
                if vn.is_const and vn.value is not None:
                    self.emit("%s[%s] = %s" % (t, k, v))
                else:
                    v = self.atom(v)
                    self.emit("if %s is not None: %s[%s] = %s" % (v, t, k, v))
                    if n.kind == "table":
                        self.emit("else: %s.pop(%s, None)" % (t, k))
            return t, None
        parts = ["*splice_items(%s)" % e if sp else e for e, (_, sp) in zip(codes, n.items)]
        if n.splice_site is not None:
            parts = ["*" + self.guarded("(%s)" % "".join(p + ", " for p in parts), n.splice_site)]
        k = n.kind
        e = C.literal_source(k, parts)
        if k in ("tuple", "array") and not any(sp for _, sp in n.items):
            t = self.temp()
            self.emit("%s = %s" % (t, e))
            return t, None
        return self.guarded(e, n.site), None

    def ex_extract(self, n):
        if n.how == "index" and n.key.__class__ is int:
            src = self.atom(self.ex(n.src)[0])
            t = self.temp()
            self.emit("if (%s.__class__ is tuple or %s.__class__ is Array) and len(%s) > %d:"
                      % (src, src, src, n.key))
            self.emit("    %s = %s[%d]" % (t, src, n.key))
            self.emit("else:")
            self.ind += 1
            self.emit("try:")
            self.emit("    %s = %s(%s, %d)" % (t, self.b.bind(C._destr_index), src, n.key))
            self.emit("except JanetError as _e:")
            self.emit("    raise site_error(_e, %s)" % self.b.bind(n.site))
            self.ind -= 1
            return t, None
        fn = self.b.bind({"index": C._destr_index, "key": C._destr_key,
                          "rest": C._destr_rest}[n.how])
        nodes = [n.src] + ([n.key] if isinstance(n.key, C.Node) else [])
        codes = [c for c, _ in self.exprs(nodes)]
        key = codes[1] if isinstance(n.key, C.Node) else self.b.bind(n.key)
        return self.guarded("%s(%s, %s)" % (fn, codes[0], key), n.site), None

    def ex_method(self, n):
        args = n.args if n.spliced else [x for x, _ in n.args]
        c = C.Call(C.Const(C._method_caller(n.name)), args, n.site, n.spliced, n.splice_site)
        return self.call(c, False)

    def ex_call(self, n):
        return self.call(n, False)

    # -- calls

    def arglist(self, n):
        """(fn code, [arg codes] or None, argtuple code or None)."""
        if n.spliced:
            nodes = [n.fn] + [a for a, _ in n.args]
        else:
            nodes = [n.fn] + list(n.args)
        codes = self.exprs(nodes)
        fn = codes[0][0]
        if not n.fn.is_const:
            fn = self.atom(fn)
        args = [c for c, _ in codes[1:]]
        if n.spliced:
            parts = ["*splice_items(%s)" % e if sp else e for e, (_, sp) in zip(args, n.args)]
            t = self.temp()
            self.emit("try:")
            self.emit("    %s = (%s)" % (t, "".join(p + ", " for p in parts)))
            self.emit("except JanetError as _e:")
            self.emit("    raise site_error(_e, %s)" % self.b.bind(n.splice_site or n.site))
            return fn, None, t
        return fn, args, None

    def call(self, n, tail):
        """Compile call n; in tail position emit the return (or the self-call
        loop) and give None, else give the result's code."""
        if n.no_tail:
            tail = False
        if self.gen and C._is_yield(n):
            return self.yield_call(n, tail)
        fn, args, argt = self.arglist(n)
        if tail and n.self_call is not None and argt is None:
            self.self_call(n, args)
            return None
        if n.fn.is_const and args is not None and len(args) == 1:
            yes = getattr(n.fn.value, "_jclasses", None)
            if yes is not None:
                # a type predicate: a class test, calling it for other classes
                a = args[0] if _STABLE.match(args[0]) or _PURE.match(args[0]) else self.atom(args[0])
                c = self.temp()
                test = " or ".join("%s is %s" % (c, self.b.bind(k)) for k in
                                   sorted(yes, key=lambda k: k.__name__)) or "False"
                code = "((%s) if (%s := %s.__class__) in %s else %s(%s))" % (
                    test, c, a, self.b.bind(PLAIN_CLASSES), fn, a)
                if tail:
                    self.emit("return " + code)
                    return None
                return code, "bool"
        known = n._known_cfun()
        site = self.b.bind(n.site)
        if args is not None:
            args = [a if _STABLE.match(a) or _PURE.match(a) else self.atom(a) for a in args]
        ind0 = self.ind
        r = self.temp()
        fiber_next = (n.fn.is_const and n.fn.value is NEXT_FN and NEXT_FN is not None
                      and args is not None and len(args) in (1, 2) and args[0] in self.fibers)
        if (n.fn.is_const and n.fn.value is NEXT_FN and NEXT_FN is not None and args is not None
                and len(args) == 2 and not fiber_next):
            # `each` over an array or tuple: the next index, without a call
            d, k = args
            self.emit("if (%s.__class__ is Array or %s.__class__ is tuple or %s.__class__ is Tuple) "
                      "and (%s is None or %s.__class__ is float):" % (d, d, d, k, k))
            self.emit("    %s = (0.0 if len(%s) else None) if %s is None else (%s + 1.0 if -1.0 <= %s "
                      "< len(%s) - 1 and %s.is_integer() else None)" % (r, d, k, k, k, d, k))
            self.emit("else:")
            self.ind += 1
        table_path = not n.fn.is_const and args is not None and len(args) == 1 and fn != "jfn"
        if table_path:
            # `(t :k)` with a table or struct in a variable is a lookup
            k = args[0]
            a0 = n.args[0]
            kb = "" if a0.is_const and a0.value.__class__ is not bool else " and %s.__class__ is not bool" % k
            self.emit("if (%s.__class__ is Table or %s.__class__ is Struct)%s "
                      "and ((%s := %s.get(%s)) is not None or %s.proto is None):"
                      % (fn, fn, kb, r, fn, k, fn))
            if tail:
                self.emit("    return %s" % r)
            else:
                self.emit("    pass")
            # and `(xs i)` with an array or tuple an index
            i = self.temp()
            self.emit("elif (%s.__class__ is Array or %s.__class__ is tuple or %s.__class__ is Tuple) "
                      "and %s.__class__ is float and 0 <= %s < len(%s) and (%s := int(%s)) == %s:"
                      % (fn, fn, fn, k, k, fn, i, k, k))
            self.emit("    %s %s[%s]" % ("return" if tail else r + " =", fn, i))
            self.emit("else:")
            self.ind += 1
        if (n.fn.is_const and args is not None and len(args) == 3
                and n.fn.value is C.INLINE_FN.get("in")):
            # `(in ds k dflt)` is a real call of the reference's assembly `in`
            # (its frame shows in traces, and in tail position it is a tail
            # call), so the call stays; a table lookup, which cannot fail, is
            # done here first
            d, k, dv = args
            v = self.temp()
            self.emit("if %s.__class__ is Table and %s.__class__ is not bool "
                      "and ((%s := %s.get(%s)) is not None or %s.proto is None):"
                      % (d, k, v, d, k, d))
            self.emit("    %s %s if %s is None else %s" % ("return" if tail else r + " =", dv, v, v))
            self.emit("else:")
            self.ind += 1
        if tail and not known:
            if argt is not None:
                self.emit("return TailCall(%s, %s, %s)" % (fn, argt, site))
            else:
                self.emit("return TailCall(%s, (%s), %s)" % (fn, "".join(a + ", " for a in args), site))
            self.ind = ind0
            return None
        if argt is not None:
            call = "%s(*%s)" % (fn, argt)
        else:
            call = "%s(%s)" % (fn, ", ".join(args))
            if fiber_next:
                call = "%s(%s)" % (self.b.bind(FIBER_NEXT), args[0])
            elif (n.fn.is_const and n.fn.value is NEXT_FN and NEXT_FN is not None
                    and FIBER_NEXT is not None and len(args) in (1, 2)):
                # `each` over a fiber resumes it with (next fiber key)
                call = "(%s(%s) if %s.__class__ is %s else %s)" % (
                    self.b.bind(FIBER_NEXT), args[0], args[0], self.b.bind(rt.FIBER_CLASS), call)
            elif n.fn.is_const and n.fn.value is STRING_FN and STRING_FN is not None and 1 <= len(args) <= 4:
                # `string` of strings and integers, the common case, without a call
                parts = []
                for a, node in zip(args, n.args):
                    if node.is_const and node.value.__class__ is bytes:
                        parts.append(a)
                    elif _ntype(node, self.floats) == "float":
                        parts.append("(b'%%d' %% %s if %s.is_integer() and -9007199254740992.0 <= %s "
                                     "<= 9007199254740992.0 else %s(%s))" % (a, a, a, fn, a))
                    else:
                        parts.append("(%s if %s.__class__ is bytes else b'%%d' %% %s if %s.__class__ is float "
                                     "and %s.is_integer() and -9007199254740992.0 <= %s <= 9007199254740992.0 "
                                     "else %s(%s))" % (a, a, a, a, a, a, fn, a))
                call = " + ".join(parts) if len(parts) > 1 else parts[0]
            elif known and len(args) == 1 and n.fn.value.janet.name == "math/sqrt":
                # (C's sqrt and Python's agree on every float Python does not refuse)
                a = args[0]
                call = "(%s(%s) if %s.__class__ is float and %s >= 0.0 else %s)" % (
                    self.b.bind(math.sqrt), a, a, a, call)
            elif known and len(args) == 1 and n.fn.value.janet.name in ("buffer/clear", "array/peek"):
                a = args[0]
                if n.fn.value.janet.name == "buffer/clear":
                    call = "((%s.clear(), %s)[1] if %s.__class__ is Buffer else %s)" % (a, a, a, call)
                else:
                    call = "((%s[-1] if %s else None) if %s.__class__ is Array else %s)" % (a, a, a, call)
            elif known and len(args) >= 2:
                name = n.fn.value.janet.name
                if name == "array/push" and len(args) == 2:
                    a, x = args
                    call = "((%s.append(%s), %s)[1] if %s.__class__ is Array else %s)" % (
                        a, x, a, a, call)
                elif name == "buffer/push-string" and len(args) <= 4:
                    bf, xs = args[0], args[1:]
                    test = " and ".join(["%s.__class__ is Buffer" % bf] +
                                        ["%s.__class__ is bytes" % x for x, node in zip(xs, n.args[1:])
                                         if not (node.is_const and node.value.__class__ is bytes)])
                    call = "((%s, %s)[-1] if %s else %s)" % (
                        ", ".join("%s.extend(%s)" % (bf, x) for x in xs), bf, test, call)
            argt = "(%s)" % "".join(a + ", " for a in args)
        self.emit("try:")
        if fiber_next and GEN_NEXT_SLOW is not None:
            # fiber_next's first case written out: a generator fiber steps
            # on this stack without a call of fiber_next (the rest of it,
            # when the generator stops or asks for a greenlet, is called)
            x = args[0]
            g, v, cur = self.temp(), self.temp(), self.temp()
            st = self.b.bind(rt.STATE)
            # (status 3 is fiber.ST_PENDING)
            self.emit("    if (%s := %s.gen) is not None and %s.glet is None and %s.status == 3 "
                      "and (%s := %s.fiber) is not None:" % (g, x, x, x, cur, st))
            self.emit("        %s.fiber = %s" % (st, x))
            self.emit("        try:")
            self.emit("            %s = %s.send(None)" % (v, g))
            self.emit("        except BaseException as _ex:")
            self.emit("            %s = _ex" % g)
            self.emit("            %s = %s" % (v, self.b.bind(C.PROMOTE)))
            self.emit("        if %s is %s:" % (v, self.b.bind(C.PROMOTE)))
            self.emit("            %s = %s(%s, %s, %s)" % (r, self.b.bind(GEN_NEXT_SLOW), x, cur, g))
            self.emit("        else:")
            self.emit("            %s.fiber = %s" % (st, cur))
            self.emit("            %s.last_value = %s" % (x, v))
            self.emit("            %s = 0.0" % r)
            self.emit("    else:")
            self.emit("        %s = %s" % (r, call))
        else:
            self.emit("    %s = %s" % (r, call))
        if not (known or (n.fn.is_const and getattr(n.fn.value, "_jtail", True) is False)):
            self.emit("    if %s.__class__ is TailCall: %s = resolve(%s)%s" % (
                r, r, r, "  # self" if fn == "jfn" else ""))
        self.emit("except JanetError as _e:")
        self.emit("    add_frame(_e, %s, %s)" % (fn, site))
        self.emit("    raise")
        self.emit("except RecursionError:")
        self.emit("    raise")
        self.emit("except Exception as _e:")
        self.emit("    %s = call_error(_e, %s, %s, %s)" % (r, fn, argt, site))
        self.ind = ind0
        if tail:
            self.emit("return " + r)
            return None
        return r, None

    def yield_call(self, n, tail):
        """`(yield x)` in the generator version: a Python yield (its value is
        computed first: its errors are not the yield's)."""
        _, args, _ = self.arglist(n)
        v = args[0] if args else "None"
        if not (_STABLE.match(v) or _PURE.match(v)):
            v = self.atom(v)
        r = self.temp()
        self.emit("try:")
        self.emit("    %s = (yield %s)" % (r, v))
        self.emit("except JanetError as _e:")
        # (an error the fiber is resumed with shows the yield's frame)
        self.emit("    add_frame(_e, %s, %s)" % (self.b.bind(C.YIELD_FN), self.b.bind(n.site)))
        self.emit("    raise")
        if tail:
            self.emit("return " + r)
            return None
        return r, None

    def self_call(self, n, args):
        fs, param_slots = n.self_call
        vals = [a if _STABLE.match(a) else self.atom(a) for a in args]
        if self.frame:
            # closures made by the last round keep its frame: a new one
            items = ["f[0]"]
            if fs.self_slot is not None:
                items.append("jfn")
            items += vals
            items += ["None"] * (fs.nslots - len(items))
            self.emit("f = [%s]" % ", ".join(items))
        for slot, v in zip(param_slots, vals):
            if slot not in self.cslots:
                self.emit("_l%d = %s" % (slot, v))
        for slot in param_slots[len(vals):]:
            if slot not in self.cslots:
                self.emit("_l%d = None" % slot)
        self.emit("_tc = True")
        self.emit("continue")

    # -- statements

    def st(self, n):
        m = _ST.get(n.__class__)
        if m is not None:
            m(self, n)
            return
        c, _ = self.ex(n)
        if not _PURE.match(c):
            self.emit(c)

    def st_nothing(self, n):
        pass

    def st_do(self, n):
        for it in n.items:
            self.st(it)

    def st_seq(self, n):
        for it in n.items:
            self.st(it)
        self.st(n.last)

    def st_if(self, n):
        cond = self.truth(n.c)
        tl, _ = self.sub(self.st, n.t)
        el, _ = self.sub(self.st, n.e)
        if not tl and not el:
            if not _PURE.match(cond):
                self.emit(cond)
            return
        self.emit("if %s:" % cond)
        self.lines += tl or ["    " * (self.ind + 1) + "pass"]
        if el:
            self.emit("else:")
            self.lines += el

    def _fiber_loop_var(self, n):
        """The variable a loop steps with `next` (as `each` does) when the loop
        cannot change it: the loop is then written twice, once for a fiber
        in that variable, so that `next` and `in` on it go straight to the
        fiber (see ex_get and call)."""
        if rt.FIBER_CLASS is None or NEXT_FN is None or FIBER_NEXT is None or self.fibers:
            return None
        var = None
        count = 0
        for x in _walk(n):
            count += 1
            cls = x.__class__
            if count > 400 or cls is C.FnNode or cls is C.LazyFnNode or _fallback_ok(x):
                return None
            if (cls is C.Call and var is None and x.fn.is_const and x.fn.value is NEXT_FN
                    and not x.spliced and len(x.args) in (1, 2)):
                a = x.args[0]
                if (a.__class__ is C.Local and a.depth == 0 and a.slot not in self.cslots
                        and a.slot != 0 and a.slot != self.fs.self_slot):
                    var = a.slot
        if var is None:
            return None
        for x in _walk(n):
            if (x.__class__ is C.SetLocal and x.depth == 0 or x.__class__ is C.StoreTemp) \
                    and x.slot == var:
                return None
        # a variable only ever set to (next var ...) of this one (a `def` or
        # parameter) holds 0 or nil when var holds a fiber: fiber_next gives
        # nothing else (ex_get)
        assigned = _assigned(self.fnode.body, {})
        if len(assigned.get(var, ())) <= 1:
            for slot, vals in assigned.items():
                if slot in self.cslots or slot == var:
                    continue
                if all(v.__class__ is C.Call and v.fn.is_const and v.fn.value is NEXT_FN
                       and not v.spliced and len(v.args) in (1, 2) and v.args[0].__class__ is C.Local
                       and v.args[0].depth == 0 and v.args[0].slot == var for v in vals):
                    self.fiber_keys.add(self.local(0, slot))
        return self.local(0, var)
    def slot_uses(self, slot):
        if self._slot_uses is None:
            uses = self._slot_uses = {}
            for x in _walk(self.fnode.body):
                c = x.__class__
                if (c is C.Local or c is C.SetLocal) and x.depth == 0 or c is C.StoreTemp:
                    uses[x.slot] = uses.get(x.slot, 0) + 1
        return self._slot_uses.get(slot, 0)

    def _each_loop(self, n, body):
        """The parts of an `each` loop over a variable, or None: the loop
        `(while (not= nil k) (def x (in ds k)) ... (set k (next ds k)))` where
        nothing else reads or sets k (the macro's gensym; its first value is
        set before the loop) and the loop does not set ds."""
        if NEXT_FN is None or len(body) < 2:
            return None
        c = n.cond
        if c.__class__ is not C.BinOp or c.op != "not=":
            return None
        k = c.b if c.a.is_const and c.a.value is None else c.a if c.b.is_const and c.b.value is None else None
        if k is None or k.__class__ is not C.Local or k.depth != 0:
            return None
        first, last = body[0], body[-1]
        if not (first.__class__ in (C.SetLocal, C.StoreTemp) and getattr(first, "depth", 0) == 0
                and first.val.__class__ is C.GetOp):
            return None
        get = first.val
        ds = get.ds
        if not (get.kind == "in" and get.dflt is None and ds.__class__ is C.Local and ds.depth == 0
                and get.key.__class__ is C.Local and get.key.depth == 0 and get.key.slot == k.slot):
            return None
        if not (last.__class__ is C.SetLocal and last.depth == 0 and last.slot == k.slot
                and last.val.__class__ is C.Call and not last.val.spliced
                and last.val.fn.is_const and last.val.fn.value is NEXT_FN and len(last.val.args) == 2):
            return None
        a, b = last.val.args
        if not (a.__class__ is C.Local and a.depth == 0 and a.slot == ds.slot
                and b.__class__ is C.Local and b.depth == 0 and b.slot == k.slot):
            return None
        names = (self.local(0, k.slot), self.local(0, ds.slot))
        if any(not x.startswith("_l") for x in names):
            return None         # (in the frame: a closure could see them)
        # k: set before the loop, the test, the key of in, the next and its key
        if self.slot_uses(k.slot) != 5:
            return None
        for x in body:
            for y in _walk(x):
                if y.__class__ is C.SetLocal and y.depth == 0 and y.slot == ds.slot:
                    return None
        return names

    def st_while(self, n):
        if n.subframe is not None:
            self.emit("%s(%s)" % (self.b.bind(n.emit()), self.frame_expr()))
            return
        v = self._fiber_loop_var(n)
        if v is None:
            self._while(n)
            return
        self.emit("if %s.__class__ is %s:" % (v, self.b.bind(rt.FIBER_CLASS)))
        self.fibers.add(v)
        self.ind += 1
        try:
            self._while(n)
        finally:
            self.ind -= 1
            self.fibers.discard(v)
            self.fiber_keys.clear()
        self.emit("else:")
        self.ind += 1
        self._while(n)
        self.ind -= 1

    def _while(self, n):
        body = n.body.items if n.body.__class__ is C.Do else [n.body]
        # (not in the fiber copy of a loop: its next and in go to the fiber)
        each = None if self.fibers else self._each_loop(n, body)
        if each is not None:
            self.st_each(body, *each)
            return
        if n.cond.is_const and truthy(n.cond.value):
            self.emit("while True:")
            head = []
        else:
            head, cond = self.sub(self.truth, n.cond)
            # (always `while True`: CPython 3.11 counts a code object's
            # warm-up, after which it specialises its instructions, at calls
            # and at unconditional backward jumps only, so the loop of a
            # function called a few times would run unspecialised under a
            # `while cond:`, whose back edge is a conditional jump)
            self.emit("while True:")
            self.lines += head
            self.emit("    if not (%s): break" % cond)
        bl, _ = self.sub(lambda: [self.st(x) for x in body])
        self.lines += bl or ["    " * (self.ind + 1) + "pass"]

    def st_each(self, body, k, ds):
        """An `each` over an array or tuple counts a Python index: no tests of
        the key, and the element read without a call.  (The array's length is
        read at each step, so one that grows or shrinks meanwhile is walked as
        `next` would; k, which only the loop sees, just stays non-nil while
        elements remain.)  Anything else steps with `next` and `in` as usual."""
        arr = self.temp()
        i = self.temp()
        v = self.temp()
        self.emit("%s = %s.__class__ is Array or %s.__class__ is tuple or %s.__class__ is Tuple"
                  % (arr, ds, ds, ds))
        self.emit("%s = 0" % i)
        self.emit("while True:")
        self.ind += 1
        self.emit("if %s is None: break" % k)
        self.emit("if %s:" % arr)
        self.emit("    %s = %s[%s]" % (v, ds, i))
        self.emit("else:")
        got, c = self.sub(lambda: self.ex(body[0].val)[0])
        self.lines += got
        self.emit("    %s = %s" % (v, c))
        self.emit("%s = %s" % (self.local(0, body[0].slot), v))
        for x in body[1:-1]:
            self.st(x)
        self.emit("if %s:" % arr)
        self.emit("    %s += 1" % i)
        self.emit("    if %s >= len(%s): %s = None" % (i, ds, k))
        self.emit("else:")
        nxt, c = self.sub(lambda: self.ex(body[-1].val)[0])
        self.lines += nxt
        self.emit("    %s = %s" % (k, c))
        self.ind -= 1

    def st_break(self, n):
        if n.is_return:
            c, _ = self.ex(n.val)
            self.emit("return " + c)
        else:
            if n.val is not None:
                self.st(n.val)
            self.emit("break")

    def st_call(self, n):
        self.call(n, False)

    # -- tail position

    def tl(self, n):
        cls = n.__class__
        if cls is C.If:
            cond = self.truth(n.c)
            tl, _ = self.sub(self.tl, n.t)
            el, _ = self.sub(self.tl, n.e)
            self.emit("if %s:" % cond)
            self.lines += tl
            self.emit("else:")
            self.lines += el
            return
        if cls is C.Do:
            if not n.items:
                self.emit("return None")
                return
            for it in n.items[:-1]:
                self.st(it)
            self.tl(n.items[-1])
            return
        if cls is C.Seq:
            for it in n.items:
                self.st(it)
            self.tl(n.last)
            return
        if cls is C.Call:
            self.call(n, True)
            return
        if cls is C.BreakNode:
            self.st_break(n)
            return
        c, _ = self.ex(n)
        self.emit("return " + c)


_HANDLED = (C.Const, C.Local, C.CellRef, C.BinOp, C.FoldOp, C.Not, C.UnOp, C.GetOp, C.PutOp, C.Do, C.If,
            C.Call, C.MethodCall, C.SetLocal, C.SetCell, C.SetEntry, C.PutNode, C.While,
            C.BreakNode, C.MakeData, C.Seq, C.StoreTemp, C.Extract)

_EX = {
    C.Const: _Gen.ex_const, C.Local: _Gen.ex_local, C.CellRef: _Gen.ex_cell,
    C.BinOp: _Gen.ex_binop, C.FoldOp: _Gen.ex_fold, C.Not: _Gen.ex_not, C.UnOp: _Gen.ex_unop, C.GetOp: _Gen.ex_get,
    C.PutOp: _Gen.ex_put, C.Do: _Gen.ex_do, C.If: _Gen.ex_if, C.Call: _Gen.ex_call,
    C.MethodCall: _Gen.ex_method, C.SetLocal: _Gen.ex_setlocal, C.SetCell: _Gen.ex_setcell,
    C.SetEntry: _Gen.ex_setentry, C.PutNode: _Gen.ex_putnode, C.While: _Gen.ex_while,
    C.BreakNode: _Gen.ex_break, C.MakeData: _Gen.ex_make, C.Seq: _Gen.ex_seq,
    C.StoreTemp: _Gen.ex_storetemp, C.Extract: _Gen.ex_extract, C.FnNode: _Gen.ex_fn,
    C.LazyFnNode: _Gen.ex_fn,
}

_ST = {
    C.Const: _Gen.st_nothing, C.Local: _Gen.st_nothing, C.CellRef: _Gen.st_nothing,
    C.Do: _Gen.st_do, C.Seq: _Gen.st_seq, C.If: _Gen.st_if, C.While: _Gen.st_while,
    C.BreakNode: _Gen.st_break, C.Call: _Gen.st_call, C.FnNode: _Gen.st_nothing,
    C.LazyFnNode: _Gen.st_nothing,
}


def compile_fn(fnode):
    """The factory of fnode's function compiled by the tier, or None."""
    if not ENABLED:
        return None
    try:
        frame, closures = _scan(fnode)
        return _build(fnode, frame, closures)
    except (Decline, RecursionError):
        return None
    except SyntaxError:
        # Python's limits on nesting (100 indentation levels, 20 nested
        # blocks) are below what a deeply nested Janet function can need
        return None


def compile_gen(fnode):
    """The factory of the generator version of fnode's function (`jgen`, see
    "Functions that yield" in compiler.py), or None.  Only for a body that
    calls nothing but `yield`: such a generator never needs a greenlet, so it
    never asks for one (no PROMOTE)."""
    if not ENABLED or C.YIELD_FN is None or fnode.fs.captured:
        return None
    self_slot = fnode.fs.self_slot
    for x in _walk(fnode.body):
        cls = x.__class__
        if cls not in _HANDLED or cls is C.MethodCall or _fallback_ok(x):
            return None
        if cls is C.Call and not C._is_yield(x):
            return None
        if cls is C.Local and x.depth == 0 and (x.slot == self_slot or x.slot == 0):
            # (the function itself, or the frame: the tier's jgen has neither)
            return None
    try:
        return _build(fnode, False, False, gen=True)
    except (Decline, RecursionError, SyntaxError):
        return None


# (a pattern that begins with a literal is searched for quickly, which matters
# on the long lines of a big function; _class_uses checks the word boundary)
_CLASS_USE = lazy.pattern(r"_l\d+(?=\.__class__)", globals())
_ASSIGN = lazy.pattern(r"(_l\d+) = ", globals())


def _class_uses(line):
    """The matches of `_lN.__class__` in line (N's variable, not a longer name)."""
    return [m for m in _CLASS_USE.finditer(line)
            if m.start() == 0 or not (line[m.start() - 1].isalnum() or line[m.start() - 1] == "_")]


def _indent(line):
    return len(line) - len(line.lstrip(" "))


def _hoist_classes(lines, params):
    """A variable set once (a `def`, or a parameter of a function that does not
    call itself in tail position) keeps its class: read it once, into `_cN`,
    for the type tests that follow."""
    uses = {}               # name -> the index of its line, per class test
    for i, x in enumerate(lines):
        if ".__class__" in x:
            for m in _class_uses(x):
                uses.setdefault(m.group(0), []).append(i)
    if not uses:
        return lines
    assigns = {}            # name -> the indexes of the lines assigning it
    for i, x in enumerate(lines):
        m = _ASSIGN.match(x, len(x) - len(x.lstrip(" ")))
        if m is not None and m.group(1) in uses:
            assigns.setdefault(m.group(1), []).append(i)
    pset = set("_l%d" % p for p in params)
    chosen = {}             # name -> the variable holding its class
    lines_to_sub = set()    # the lines with tests of chosen names
    front = []              # class reads of parameters, before the body
    after = {}              # line index -> the class read that follows it
    # (in sorted order, so that the same function gives the same text, which
    # is the key of the code caches)
    for name in sorted(uses):
        at = assigns.get(name, ())
        if name in pset:
            if at:
                continue
        elif len(at) != 1:
            continue
        where = uses[name]
        if len(where) < 2:
            # one test: reading the class there costs no more
            if not at or _indent(lines[where[0]]) <= _indent(lines[at[0]]):
                continue
        c = "_c" + name[2:]
        chosen[name] = c
        lines_to_sub.update(where)
        if name in pset:
            front.append("%s = %s.__class__" % (c, name))
        else:
            i = at[0]
            after[i] = "%s%s = %s.__class__" % (" " * _indent(lines[i]), c, name)
    if not chosen:
        return lines

    out = []
    if front:
        ind = " " * _indent(lines[0])
        out += [ind + x for x in front]
    for i, x in enumerate(lines):
        if i in lines_to_sub:
            parts = []
            at = 0
            for m in _class_uses(x):
                c = chosen.get(m.group(0))
                if c is not None:
                    parts += [x[at:m.start()], c]
                    at = m.end() + len(".__class__")
            x = "".join(parts) + x[at:]
        out.append(x)
        if i in after:
            out.append(after[i])
    return out


def _build(fnode, frame, closures, gen=False):
    fs = fnode.fs
    g = _Gen(fnode, frame, closures)
    g.gen = gen
    b = g.b
    fdef = b.bind(fnode.fdef)
    first = (fs.self_slot + 1) if fs.self_slot is not None else 1
    npos = fnode.nparams + fnode.nopt
    pslots = list(range(first, first + npos))
    if frame:
        g.cslots = _captured_slots(fnode.body)
        if fs.self_slot is not None:
            g.cslots.add(fs.self_slot)
    pnames = ["_l%d" % s for s in pslots]
    g.floats = _float_slots(fnode, set(pslots) | g.cslots | (
        {first + npos} if fnode.rest in ("tuple", "keys") else set()))
    params = pnames[:fnode.nparams] + [p + "=None" for p in pnames[fnode.nparams:]]
    rest = None
    if fnode.rest is not None:
        params.append("*_rest")
        if fnode.rest == "tuple":
            rest = "_rest"
        elif fnode.rest == "keys":
            rest = "keys_struct(_rest, %s)" % fdef
    loop = fs.has_self_tail and not gen
    g.ind = 3 if loop else 1
    g.tl(fnode.body)
    body = _hoist_classes(g.lines, pslots + ([first + npos] if rest is not None else []))
    pro = []
    if rest is not None:
        pro.append("_l%d = %s" % (first + npos, rest))
    if frame:
        # the frame holds what closures see; the other slots stay None there
        slots = ["_pf"] + (["jfn"] if fs.self_slot is not None else [])
        slots += [p if s in g.cslots else "None" for s, p in zip(pslots, pnames)]
        if rest is not None:
            slots.append("_l%d" % (first + npos) if first + npos in g.cslots else "None")
        slots += ["None"] * (fs.nslots - len(slots))
        pro.append("f = [%s]" % ", ".join(slots))
    elif g.need_fr:
        pro.append("_fr = [_pf]")
    lines = ["def node(_pf):", "    def %s(%s):" % ("jgen" if gen else "jfn", ", ".join(params))]
    lines += ["        " + x for x in pro]
    if loop:
        # an error after the function tail-called itself marks its frame
        # "(tail call)", as the reference's does
        lines += ["        _tc = False",
                  "        try:",
                  "            while True:"]
        lines += ["    " + x for x in body]
        lines += ["        except JanetError as _e:",
                  "            if _tc and _e.trace: _e.trace[-1].tail = True",
                  "            raise"]
    else:
        lines += ["    " + x for x in body]
    if gen:
        if any("TailCall(" in x or "jfn" in x for x in lines):
            raise Decline("tail call in a generator")
        lines += ["    return jgen", "return node"]
        return C.build(b, "\n".join(lines), _compiled)
    if not any("return TailCall(" in x for x in lines):
        # the function never returns a TailCall: neither its calls of itself
        # nor (jfn._jtail) its callers need to look for one
        lines = [x for x in lines if not x.endswith("  # self")]
        if fs.parent is None or fs.parent.top:
            # (only functions made at the top level become constants that
            # code compiled later calls; a closure skips the attribute)
            lines.append("    jfn._jtail = False")
    if loop:
        # a call made in tail position after the function tail-called itself
        lines = [x.replace("return TailCall(", "return looped_tail(_tc, TailCall(") + ")"
                 if "return TailCall(" in x else x for x in lines]
    lines += ["    jfn.__doc__ = %s" % fdef, "    return jfn", "return node"]
    return C.finish_fn(fnode, b, "\n".join(lines), _compiled)


# The code of tier functions is kept on disk like the closure compiler's
# templates, but in a file of its own: a whole function's code is large and
# seldom shared, and the template file is read by any program that needs one
# template the prelude did not, `-e '(print 1)'` included.  The prelude's own
# tier functions go to the boot template file with its templates.
_TIER_CACHE = "templates-tier.marshal"
_TIER_CACHE_MAX = 2000          # entries; the oldest are dropped first
_tier_templates = None          # text -> code, from _TIER_CACHE (read lazily)
_tier_dirty = False


def _compiled(text):
    global _tier_templates, _tier_dirty
    if C._recording is not None:
        return C._compiled_template(text)
    if C._boot_templates is None:
        C._boot_templates = C._load_templates(C._BOOT_CACHE)
    code = C._boot_templates.get(text)
    if code is not None:
        return code
    if C.CODE_RECORD is not None:
        return C.CODE_RECORD.code(text)
    if _tier_templates is None:
        _tier_templates = C._load_templates(_TIER_CACHE)
    code = _tier_templates.get(text)
    if code is None:
        code = _tier_templates[text] = C._compile_source(text, "<pyjanet>")
        if not _tier_dirty:
            _tier_dirty = True
            atexit.register(save_tier_templates)
    return code


def save_tier_templates():
    """Write the tier's code cache when this run added to it."""
    global _tier_dirty
    if _tier_dirty and _tier_templates is not None:
        _tier_dirty = False
        extra = len(_tier_templates) - _TIER_CACHE_MAX
        if extra > 0:
            for k in list(_tier_templates)[:extra]:
                del _tier_templates[k]
        diskcache.write(_TIER_CACHE, marshal.dumps(_tier_templates))


C.FN_TIER = compile_fn
C.GEN_TIER = compile_gen
