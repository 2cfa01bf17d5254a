"""Parsing expression grammars: the peg/* namespace and the core/peg type.

Corresponds to the reference's src/core/peg.c.  `default-peg-grammar` and the
`:peg-grammar` binding, which the reference sets up in src/boot/boot.janet, are
in lib/prelude.py, so that this namespace can be loaded on first use
(pyjanet.lib.LAZY) while they are in the root environment from the start.

How a grammar becomes a matcher, in three passes:

1. **Grammar compilation** (`_Builder`) walks the Janet data (strings, numbers,
   tuples, structs, tables, keywords) the way the reference's compiler does:
   the same rule lookup through nested grammars, the same memoisation of
   already-compiled forms (which is what makes recursive rules work), the same
   checks and error texts.  It yields a graph of `Node`s, the counterpart of
   the reference's bytecode; recursion makes the graph cyclic.
2. **Regular-expression lowering** (`_Gen.regex`): a sub-graph that captures
   nothing and has no side effects is translated to an equivalent Python `re`
   pattern.  PEG operators never backtrack into a sub-match once it succeeded,
   so every translated piece is made deterministic with atomic groups and
   possessive repeats (Python 3.11+); ordered choice becomes `(?>a|b)`, `not`
   a negative lookahead, `to` a tempered scan.  Sequences whose elements are
   such patterns or simple captures of them are fused into one pattern with
   groups, so a record like `(* (<- :w+) "," (number :d+))` costs one `re` call.
3. **Matchers**, in two tiers.  `_Gen.sub` makes every other node a Python
   closure `m(state, pos) -> new pos or None`; back edges of the graph (the
   recursive rule references) become small forwarding closures, which also
   keep the reference's recursion budget, so runaway grammars end in the
   Janet error "peg/match recursed too deeply".  Closures are quick to make,
   so every grammar starts with them.  Once a grammar is warm (`_Prog.warm`),
   `_Src` writes it as Python source instead, one function per shared rule
   with the others inline, spending the budget on the same edges.

A compiled `Peg` holds its `_Prog` (the top matcher and search helpers,
shared by the core/pegs compiled from one source); `peg/match` builds a fresh
match state and calls it.  Peg source handed to `peg/match` and friends, or to
`peg/compile`, is compiled once and remembered while it cannot have changed
(see `_get_peg`), by identity or by shape (`_compile_shaped`).
"""

import bisect
import re

from ..values import (Symbol, Keyword, Buffer, Array, Struct, Table, Abstract, kw,
                      table_key, equals, truthy)
from ..errors import JanetError, panic, panicf
from ..runtime import builtin, ccall, dyn, is_function, table_get
from ..printer import format_message, to_string
from ..reader import scan_number
from .. import args as A
from .inttypes import make_s64, make_u64, next_method
from .string import text_substitution
from .marsh import register_abstract
from . import io as _io

RECURSION_GUARD = 1024        # the reference's JANET_RECURSION_GUARD
INF = 0xFFFFFFFF              # "no upper bound" in repetitions (UINT32_MAX)
MAX_TAGS = 255
# Regular expressions above this size are not built; the closures take over.
# (Shared sub-rules are inlined into a pattern, so a grammar of rules that
# each use the previous one twice would otherwise grow exponentially.)
MAX_RX = 20000
_ABSENT = object()

KW_MAIN = kw("main")
KW_PEG_GRAMMAR = kw("peg-grammar")
KW_ERR = kw("err")
KW_ERR_COLOR = kw("err-color")

# --------------------------------------------------------------------------
# The node graph

(LITERAL, NCHAR, NOTNCHAR, RANGE, SET, LOOK, CHOICE, SEQUENCE, IF, IFNOT, NOT,
 TO, THRU, BETWEEN, GETTAG, POSITION, LINE, COLUMN, ARGUMENT, CONSTANT, CAPTURE,
 CAPTURE_NUM, ACCUMULATE, DROP, ONLY_TAGS, GROUP, NTH, SUB, TIL, SPLIT, REPLACE,
 MATCHTIME, MATCHSPLICE, ERROR, BACKMATCH, LENPREFIX, READINT, UNREF, DEBUG,
 ALIAS) = range(40)


class Node:
    """One rule of a compiled grammar.

    `op` is one of the constants above, `args` its immediate operands (a tuple
    whose layout depends on `op`), `kids` its sub-rules.  A node is created
    empty before its sub-rules are compiled, so that a rule can refer to
    itself; `op` is None until it is filled in."""
    __slots__ = ("op", "args", "kids")

    def __init__(self):
        self.op = None
        self.args = ()
        self.kids = ()

    def set(self, op, args=(), kids=()):
        self.op = op
        self.args = args
        self.kids = kids
        return self


def _resolve(node):
    while node.op == ALIAS:
        node = node.kids[0]
    return node


# --------------------------------------------------------------------------
# Grammar compilation (the reference's peg_compile1 and its specials)

class _Key:
    """A cache key comparing like Janet's `=` (so `true` and `1` differ)."""
    __slots__ = ("v", "h")

    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return equals(self.v, other.v)


class _Grammar:
    """One level of nested grammars: its rule definitions, the grammar it is
    nested in, and the rules already compiled for tuples in this context."""
    __slots__ = ("rules", "proto", "cache")

    def __init__(self, rules, proto):
        self.rules = rules
        self.proto = proto
        self.cache = {}

    def lookup(self, key):
        """(definition, grammar defining it) following enclosing grammars."""
        g = self
        k = table_key(key)
        while g is not None:
            v = g.rules.get(k)
            if v is not None:
                return v, g
            g = g.proto
        return None, None


def _is_int(x):
    return x.__class__ is float and x.is_integer() and -2147483648.0 <= x <= 2147483647.0


class _Builder:
    __slots__ = ("grammar", "root", "default", "deps", "tags", "nexttag", "form", "depth",
                 "has_backref", "has_acc", "hashes", "order", "constants", "mutable")

    def __init__(self, form, default):
        self.root = self.grammar = _Grammar({}, None)
        self.default = default
        self.deps = []          # (keyword, definition) taken from the default grammar
        self.mutable = []       # (table or buffer read, a copy of what was read)
        self.tags = {}
        self.nexttag = 1
        self.form = form
        self.depth = RECURSION_GUARD
        self.has_backref = False
        self.has_acc = False
        self.hashes = {}        # id of a tuple -> its hash, computed once
        # Nodes in the order the reference lays out their bytecode, and the
        # constants it keeps (with the node using each): for marshal.
        self.order = []
        self.constants = []

    def form_hash(self, x):
        """A hash of peg source consistent with Janet's `=`; shared tuples are
        hashed once, so this stays linear in the size of the source."""
        if isinstance(x, tuple):
            h = self.hashes.get(id(x))
            if h is None:
                h = hash((len(x),) + tuple(self.form_hash(y) for y in x))
                self.hashes[id(x)] = h
            return h
        if x.__class__ is Struct:
            return len(x)
        try:
            return hash(x)
        except TypeError:
            return id(x)

    def constant(self, node, value):
        self.constants.append((node, value))

    # -- errors ------------------------------------------------------------

    def error(self, fmt, *args):
        msg = format_message(fmt, *args)
        panicf("grammar error in %p, %s", self.form, msg)

    def fixarity(self, argc, arity):
        if argc != arity:
            self.error("expected %d argument%s, got %d", arity, "" if arity == 1 else "s", argc)

    def arity(self, argc, mn, mx):
        if mn >= 0 and argc < mn:
            self.error("arity mismatch, expected at least %d, got %d", mn, argc)
        if mx >= 0 and argc > mx:
            self.error("arity mismatch, expected at most %d, got %d", mx, argc)

    def integer(self, x):
        if not _is_int(x):
            self.error("expected integer, got %v", x)
        return int(x)

    def nat(self, x):
        i = self.integer(x)
        if i < 0:
            self.error("expected non-negative integer, got %v", x)
        return i

    def tag(self, t):
        if t.__class__ is not Keyword:
            self.error("expected keyword for capture tag, got %v", t)
        n = self.tags.get(t)
        if n is None:
            n = self.nexttag
            self.nexttag += 1
            if n > MAX_TAGS:
                self.error("too many tags - up to 255 tags are supported per peg")
            self.tags[t] = n
        return n

    # -- the compiler proper -----------------------------------------------

    def compile(self, peg):
        old_form = self.form
        old_grammar = self.grammar
        self.form = peg
        grammar = old_grammar
        # Follow keyword references, first through the grammars, then the default.
        i = RECURSION_GUARD
        while i > 0 and peg.__class__ is Keyword:
            nxt, where = grammar.lookup(peg)
            if nxt is None:
                nxt = table_get(self.default, peg) if self.default is not None else None
                if nxt is None:
                    self.error("unknown rule")
                self.deps.append((peg, nxt))
            else:
                grammar = where
            peg = nxt
            self.form = peg
            self.grammar = grammar
            i -= 1
        if i == 0:
            self.error("reference chain too deep")
        # Forms compiled before in this context are shared (by value, as the
        # reference does), which is also what lets a rule refer to itself.  A
        # tuple means different things in different grammars (its keywords may
        # be bound differently), so tuples are remembered per grammar; other
        # forms once; structs never (each use makes a new grammar).
        c = peg.__class__
        is_tuple = isinstance(peg, tuple)
        if is_tuple:
            cache = grammar.cache
            key = _Key(peg, self.form_hash(peg))
        elif c is Struct or peg is None:
            cache = key = None
        else:
            cache = self.root.cache
            key = _Key(peg, self.form_hash(peg))
        if cache is not None:
            node = cache.get(key)
            if node is not None:
                self.form = old_form
                self.grammar = old_grammar
                return node
        if self.depth == 0:
            self.error("peg grammar recursed too deeply")
        self.depth -= 1
        node = Node()
        self.order.append(node)
        if cache is not None:
            cache[key] = node
        if c is float:
            n = self.integer(peg)
            node.set(NOTNCHAR, (-n,)) if n < 0 else node.set(NCHAR, (n,))
        elif c is bool:
            node.set(NCHAR if peg else NOTNCHAR, (0,))
        elif c is bytes or c is Buffer:
            lit = bytes(peg)
            if c is Buffer:
                self.mutable.append((peg, lit))
            node.set(LITERAL, (lit,))
        elif c is Table or c is Struct:
            if c is Table:
                rules = dict(peg)
                self.mutable.append((peg, rules))
            else:
                rules = {k: v for k, v in peg.items() if k.__class__ is Keyword}
            grammar = self.grammar = _Grammar(rules, grammar)
            main = rules.get(KW_MAIN)
            if main is None:
                self.error("grammar requires :main rule")
            target = self.compile(main)
            node.set(ALIAS, (), (target,))
            node = target
        elif is_tuple:
            self.tuple_(node, peg)
        else:
            self.error("unexpected peg source")
        self.depth += 1
        self.form = old_form
        self.grammar = old_grammar
        return node

    def tuple_(self, node, tup):
        n = len(tup)
        if n == 0:
            self.error("tuple in grammar must have non-zero length")
        head = tup[0]
        if _is_int(head):
            if head < 0:
                self.error("expected non-negative integer, got %d", int(head))
            _spec_repeat(self, node, tup)
            return
        if head.__class__ is not Symbol:
            self.error("expected grammar command, found %v", head)
        spec = _SPECIALS.get(head.name)
        if spec is None:
            self.error("unknown special %S", head.bname)
        spec(self, node, tup[1:])


# Each special fills in `node` from its arguments `argv`, checking them in the
# reference's order (so the first error reported is the same).

def _getrange(b, x):
    if x.__class__ is not bytes:
        b.error("expected string for character range")
    if len(x) != 2:
        b.error("expected string to have length 2, got %v", x)
    if x[1] < x[0]:
        b.error("range %v is empty", x)
    return x


def _spec_range(b, node, argv):
    b.arity(len(argv), 1, -1)
    if len(argv) == 1:
        r = _getrange(b, argv[0])
        node.set(RANGE, (r[0], r[1]))
    else:
        chars = set()
        for x in argv:
            r = _getrange(b, x)
            chars.update(range(r[0], r[1] + 1))
        node.set(SET, (frozenset(chars),))


def _spec_set(b, node, argv):
    b.fixarity(len(argv), 1)
    x = argv[0]
    if x.__class__ is not bytes:
        b.error("expected string for character set")
    node.set(SET, (frozenset(x),))


def _spec_look(b, node, argv):
    b.arity(len(argv), 1, 2)
    if len(argv) == 2:
        offset = b.integer(argv[0])
        rule = argv[1]
    else:
        offset = 0
        rule = argv[0]
    node.set(LOOK, (offset,), (b.compile(rule),))


def _variadic(op):
    def spec(b, node, argv):
        node.set(op, (), ())
        node.kids = tuple(b.compile(x) for x in argv)
    return spec


def _branch(op):
    def spec(b, node, argv):
        b.fixarity(len(argv), 2)
        x = b.compile(argv[0])
        y = b.compile(argv[1])
        node.set(op, (), (x, y))
    return spec


def _spec_between(b, node, argv):
    b.fixarity(len(argv), 3)
    lo = b.nat(argv[0])
    hi = b.nat(argv[1])
    node.set(BETWEEN, (lo, hi), (b.compile(argv[2]),))


def _repeater(lo):
    def spec(b, node, argv):
        b.fixarity(len(argv), 1)
        node.set(BETWEEN, (lo, INF), (b.compile(argv[0]),))
    return spec


def _spec_atleast(b, node, argv):
    b.fixarity(len(argv), 2)
    n = b.nat(argv[0])
    node.set(BETWEEN, (n, INF), (b.compile(argv[1]),))


def _spec_atmost(b, node, argv):
    b.fixarity(len(argv), 2)
    n = b.nat(argv[0])
    node.set(BETWEEN, (0, n), (b.compile(argv[1]),))


def _spec_opt(b, node, argv):
    b.fixarity(len(argv), 1)
    node.set(BETWEEN, (0, 1), (b.compile(argv[0]),))


def _spec_repeat(b, node, argv):
    b.fixarity(len(argv), 2)
    n = b.nat(argv[0])
    node.set(BETWEEN, (n, n), (b.compile(argv[1]),))


def _onerule(op):
    def spec(b, node, argv):
        b.fixarity(len(argv), 1)
        node.set(op, (), (b.compile(argv[0]),))
    return spec


def _spec_error(b, node, argv):
    if not argv:
        node.set(ERROR, (), (b.compile(0.0),))
    else:
        b.fixarity(len(argv), 1)
        node.set(ERROR, (), (b.compile(argv[0]),))


def _cap1(op):
    def spec(b, node, argv):
        b.arity(len(argv), 1, 2)
        tag = b.tag(argv[1]) if len(argv) == 2 else 0
        if op == ACCUMULATE:
            b.has_acc = True
        node.set(op, (tag,), (b.compile(argv[0]),))
    return spec


def _spec_nth(b, node, argv):
    b.arity(len(argv), 2, 3)
    nth = b.nat(argv[0])
    rule = b.compile(argv[1])
    tag = b.tag(argv[2]) if len(argv) == 3 else 0
    node.set(NTH, (nth, tag), (rule,))


def _spec_number(b, node, argv):
    b.arity(len(argv), 1, 3)
    base = 0
    if len(argv) >= 2 and argv[1] is not None:
        x = argv[1]
        if not _is_int(x) or not 2 <= x <= 36:
            b.error("expected integer between 2 and 36, got %v", x)
        base = int(x)
    tag = b.tag(argv[2]) if len(argv) == 3 else 0
    node.set(CAPTURE_NUM, (base, tag), (b.compile(argv[0]),))


def _spec_backref(b, node, argv):
    b.arity(len(argv), 1, 2)
    search = b.tag(argv[0])
    tag = b.tag(argv[1]) if len(argv) == 2 else 0
    b.has_backref = True
    node.set(GETTAG, (search, tag))


def _tag1(op):
    def spec(b, node, argv):
        if op == BACKMATCH:
            b.has_backref = True
        b.arity(len(argv), 0, 1)
        node.set(op, (b.tag(argv[0]) if argv else 0,))
    return spec


def _spec_argument(b, node, argv):
    b.arity(len(argv), 1, 2)
    tag = b.tag(argv[1]) if len(argv) == 2 else 0
    node.set(ARGUMENT, (b.nat(argv[0]), tag))


def _spec_constant(b, node, argv):
    # The reference checks this arity with its plain argument checker, so the
    # message has no "grammar error in" prefix.
    n = len(argv)
    if n < 1:
        panicf("arity mismatch, expected at least %d, got %d", 1, n)
    if n > 2:
        panicf("arity mismatch, expected at most %d, got %d", 2, n)
    tag = b.tag(argv[1]) if n == 2 else 0
    b.constant(node, argv[0])
    node.set(CONSTANT, (argv[0], tag))


def _spec_debug(b, node, argv):
    b.arity(len(argv), 0, 0)
    node.set(DEBUG)


def _spec_replace(b, node, argv):
    b.arity(len(argv), 2, 3)
    rule = b.compile(argv[0])
    b.constant(node, argv[1])
    tag = b.tag(argv[2]) if len(argv) == 3 else 0
    node.set(REPLACE, (argv[1], tag), (rule,))


def _matchtime(op):
    def spec(b, node, argv):
        b.arity(len(argv), 2, 3)
        rule = b.compile(argv[0])
        fun = argv[1]
        if not is_function(fun) and fun.__class__ is not _Hole:
            b.error("expected function or cfunction, got %v", fun)
        tag = b.tag(argv[2]) if len(argv) == 3 else 0
        b.constant(node, fun)
        node.set(op, (fun, tag), (rule,))
    return spec


def _readint(signed, big):
    def spec(b, node, argv):
        b.arity(len(argv), 1, 2)
        tag = b.tag(argv[1]) if len(argv) == 2 else 0
        width = b.nat(argv[0])
        if width > 8:
            b.error("width must be between 0 and %d, got %d", 8, width)
        node.set(READINT, (width, signed, big, tag))
    return spec


_SPECIALS = {
    "!": _onerule(NOT), "$": _tag1(POSITION), "%": _cap1(ACCUMULATE),
    "*": _variadic(SEQUENCE), "+": _variadic(CHOICE), "->": _spec_backref,
    "/": _spec_replace, "<-": _cap1(CAPTURE), ">": _spec_look, "?": _spec_opt,
    "??": _spec_debug, "accumulate": _cap1(ACCUMULATE), "any": _repeater(0),
    "argument": _spec_argument, "at-least": _spec_atleast, "at-most": _spec_atmost,
    "backmatch": _tag1(BACKMATCH), "backref": _spec_backref, "between": _spec_between,
    "capture": _cap1(CAPTURE), "choice": _variadic(CHOICE),
    "cms": _matchtime(MATCHSPLICE), "cmt": _matchtime(MATCHTIME),
    "column": _tag1(COLUMN), "constant": _spec_constant, "debug": _spec_debug,
    "drop": _onerule(DROP), "error": _spec_error, "group": _cap1(GROUP),
    "if": _branch(IF), "if-not": _branch(IFNOT), "int": _readint(True, False),
    "int-be": _readint(True, True), "lenprefix": _branch(LENPREFIX),
    "line": _tag1(LINE), "look": _spec_look, "not": _onerule(NOT), "nth": _spec_nth,
    "number": _spec_number, "only-tags": _onerule(ONLY_TAGS), "opt": _spec_opt,
    "position": _tag1(POSITION), "quote": _cap1(CAPTURE), "range": _spec_range,
    "repeat": _spec_repeat, "replace": _spec_replace, "sequence": _variadic(SEQUENCE),
    "set": _spec_set, "some": _repeater(1), "split": _branch(SPLIT),
    "sub": _branch(SUB), "thru": _onerule(THRU), "til": _branch(TIL),
    "to": _onerule(TO), "uint": _readint(False, False), "uint-be": _readint(False, True),
    "unref": _cap1(UNREF),
}


# --------------------------------------------------------------------------
# Match state and the helpers the closures share

class _State:
    """Everything one match works on (the reference's PegState).

    `caps` holds the captures (an Array, returned as the result), `tags` and
    `tcaps` the tagged-capture stack kept for back-references, `scratch` the
    text collected in accumulate mode (`acc`).  `end` is where the text ends
    for the rule being matched (sub, til and split narrow it); `outer` is the
    real end, used for line and column numbers."""
    __slots__ = ("text", "end", "outer", "caps", "tags", "tcaps", "scratch", "acc",
                 "br", "extra", "linemap", "depth", "consts")

    def __init__(self, text, extra, br, consts=()):
        self.consts = consts
        self.text = text
        self.end = self.outer = len(text)
        self.caps = Array()
        self.tags = []
        self.tcaps = []
        self.scratch = bytearray()
        self.acc = False
        self.br = br
        self.extra = extra
        self.linemap = None
        self.depth = RECURSION_GUARD

    def reset(self):
        del self.caps[:]
        del self.tags[:]
        del self.tcaps[:]
        del self.scratch[:]
        self.acc = False
        self.end = self.outer
        self.depth = RECURSION_GUARD


def _push(s, v, tag):
    """Add a capture: to the scratch text in accumulate mode, else to the
    capture stack; remembered with its tag when the grammar has back-references."""
    if s.acc:
        s.scratch += to_string(v)
    else:
        s.caps.append(v)
    if s.br:
        s.tcaps.append(v)
        s.tags.append(tag)


def _save(s):
    return (len(s.caps), len(s.tcaps), len(s.scratch))


def _load(s, cs):
    """Drop everything captured since `cs` (after a failed alternative)."""
    del s.caps[cs[0]:]
    del s.tcaps[cs[1]:]
    del s.tags[cs[1]:]
    del s.scratch[cs[2]:]


def _load_keept(s, cs):
    """Like _load but keeps tagged captures (for rules that succeeded)."""
    del s.caps[cs[0]:]
    del s.scratch[cs[2]:]


def _linecol(s, pos):
    """1-based (line, column) of a position; a newline belongs to the line it ends."""
    lm = s.linemap
    if lm is None:
        text = s.text
        lm = []
        i = text.find(b"\n", 0, s.outer)
        while i >= 0:
            lm.append(i)
            i = text.find(b"\n", i + 1, s.outer)
        s.linemap = lm
    k = bisect.bisect_left(lm, pos)
    if k == 0:
        return 1, pos + 1
    return k + 1, pos - lm[k - 1]


def _too_deep():
    panic("peg/match recursed too deeply")


# --------------------------------------------------------------------------
# Regular expressions for capture-free rules

def _rx_class(chars):
    """A character class matching exactly the byte values in `chars`."""
    if not chars:
        return b"(?!)"
    if len(chars) == 256:
        return b"."
    out = bytearray(b"[")
    cs = sorted(chars)
    i = 0
    while i < len(cs):
        j = i
        while j + 1 < len(cs) and cs[j + 1] == cs[j] + 1:
            j += 1
        out += b"\\x%02x" % cs[i]
        if j > i:
            out += b"-\\x%02x" % cs[j]
        i = j + 1
    out += b"]"
    return bytes(out)


def _wrap(rx):
    """`rx` as a single unit that a quantifier can follow."""
    return b"(?:" + rx + b")"


# Rules that match without spending recursion budget (they have no sub-rule).
_LEAVES = frozenset((LITERAL, NCHAR, NOTNCHAR, RANGE, SET, GETTAG, POSITION, LINE, COLUMN,
                     ARGUMENT, CONSTANT, BACKMATCH, READINT, DEBUG))


def _first_peak(node):
    """The most recursion budget the reference holds while descending from
    `node` through first sub-rules to a leaf (sequences and choices release
    theirs before their last element)."""
    held = peak = 0
    seen = set()
    while True:
        node = _resolve(node)
        if node in seen or node.op in _LEAVES or not node.kids:
            return peak
        seen.add(node)
        peak = max(peak, held + 1)
        if node.op not in (SEQUENCE, CHOICE) or len(node.kids) > 1:
            held += 1
        node = node.kids[0]


_SIMPLE_NULLABLE = {NOTNCHAR: True, RANGE: False, SET: False, LOOK: True, NOT: True,
                    TO: True}


def _fused_items(parts):
    """The captures of a fused run of (regex, item) parts, each as (kind,
    group, tag, extra): `group` numbers the regex groups, which every capture
    but a constant has."""
    items = []
    g = 0
    for _p, item in parts:
        if item is None:
            continue
        kind, tag, extra = item
        if kind != _F_CONST:
            g += 1
        items.append((kind, g, tag, extra))
    return items


class _Gen:
    """Turns the node graph of one grammar into closures (see the module doc)."""

    def __init__(self, br, acc):
        self.br = br              # the grammar has back-references
        self.acc = acc            # the grammar has accumulate rules
        self.full = br or acc     # captures need the full save/restore
        self.rx_memo = {}
        self.null_memo = {}
        self.rx_busy = set()
        self.memo = {}
        self.active = {}
        self.path_nodes = []
        self.path_downs = []
        self.cells = {}

    # -- regex lowering ----------------------------------------------------

    def regex(self, node):
        """The pattern source equivalent to `node`, or None when the node
        captures, has effects, is recursive, or its pattern would be too big."""
        node = _resolve(node)
        memo = self.rx_memo
        if node in memo:
            return memo[node]
        if node in self.rx_busy:
            return None
        self.rx_busy.add(node)
        try:
            rx = self._regex(node)
        finally:
            self.rx_busy.discard(node)
        if rx is not None and len(rx) > MAX_RX:
            rx = None
        memo[node] = rx
        return rx

    def _regex(self, node):
        op = node.op
        a = node.args
        if op == LITERAL:
            return re.escape(a[0])
        if op == NCHAR:
            n = a[0]
            if n > 65535:
                return None
            return b"" if n == 0 else (b"." if n == 1 else b".{%d}" % n)
        if op == NOTNCHAR:
            n = a[0]
            if n > 65535:
                return None
            return b"(?!)" if n == 0 else b"(?!.{%d})" % n
        if op == RANGE:
            return _rx_class(range(a[0], a[1] + 1))
        if op == SET:
            return _rx_class(a[0])
        kids = node.kids
        if op in (DROP, ONLY_TAGS, UNREF):
            return self.regex(kids[0])
        subs = []
        for k in kids:
            r = self.regex(k)
            if r is None:
                return None
            subs.append(r)
        if op == SEQUENCE:
            return b"".join(subs)
        if op == CHOICE:
            if not subs:
                return b"(?!)"
            if len(subs) == 1:
                return subs[0]
            return b"(?>" + b"|".join(subs) + b")"
        if op == IF:
            return b"(?=" + subs[0] + b")" + subs[1]
        if op == IFNOT:
            return b"(?!" + subs[0] + b")" + subs[1]
        if op == NOT:
            return b"(?!" + subs[0] + b")"
        if op == LOOK:
            off = a[0]
            if off == 0:
                return b"(?=" + subs[0] + b")"
            if off > 0:
                if off > 65535:
                    return None
                return b"(?=.{%d}" % off + subs[0] + b")"
            if -off > 65535:
                return None
            return b"(?<=(?=" + subs[0] + b").{%d})" % -off
        if op == TO:
            return b"(?:(?!" + subs[0] + b").)*+(?=" + subs[0] + b")"
        if op == THRU:
            return b"(?:(?!" + subs[0] + b").)*+" + _wrap(subs[0])
        if op == BETWEEN:
            lo, hi = a
            x = _wrap(subs[0])
            nullable = self.nullable(kids[0])
            if hi == INF:
                if lo == 0:
                    return x + b"*+"
                if nullable or lo > 65535:
                    return None
                return x + b"{%d,}+" % lo
            if lo > hi:
                return b"(?!)"
            if lo > 0 and nullable:
                return None
            if hi > 65535:
                return None
            if lo == 0 and hi == 1:
                return x + b"?+"
            if lo == hi:
                return x + b"{%d}" % lo
            return x + b"{%d,%d}+" % (lo, hi)
        return None

    def nullable(self, node, seen=None):
        """Whether `node` may succeed without consuming input (conservative:
        rules on a cycle count as nullable, which only keeps them out of
        regular expressions, where recursive rules never go anyway)."""
        node = _resolve(node)
        op = node.op
        if op in _SIMPLE_NULLABLE:
            return _SIMPLE_NULLABLE[op]
        if op == LITERAL:
            return not node.args[0]
        if op == NCHAR:
            return node.args[0] == 0
        r = self.null_memo.get(node)
        if r is None:
            if seen is None:
                seen = set()
            if node in seen:
                return True
            seen.add(node)
            r = self.null_memo[node] = self._nullable(node, seen)
        return r

    def _nullable(self, node, seen):
        op = node.op
        kids = node.kids
        if op == SEQUENCE:
            return all(self.nullable(k, seen) for k in kids)
        if op == CHOICE:
            return any(self.nullable(k, seen) for k in kids)
        if op in (IF, IFNOT):
            return self.nullable(kids[1], seen)
        if op == THRU or op in (DROP, ONLY_TAGS, UNREF):
            return self.nullable(kids[0], seen)
        if op == BETWEEN:
            return node.args[0] == 0 or self.nullable(kids[0], seen)
        return True

    def first(self, node, seen=None):
        """Bytes that `node` needs at the position where it starts: a set S
        such that at a position whose byte is not in S (or at the end of the
        text) the rule fails, and fails without running any function or
        printing; None when there is no such set."""
        node = _resolve(node)
        op = node.op
        if op == LITERAL:
            lit = node.args[0]
            return frozenset(lit[:1]) if lit else None
        if op == RANGE:
            return frozenset(range(node.args[0], node.args[1] + 1))
        if op == SET:
            return node.args[0]
        if seen is None:
            seen = set()
        if node in seen:
            return None
        seen.add(node)
        kids = node.kids
        if op == CHOICE:
            out = frozenset()
            for k in kids:
                f = self.first(k, seen)
                if f is None:
                    return None
                out |= f
            return out
        if op == BETWEEN:
            return self.first(kids[0], seen) if node.args[0] >= 1 else None
        if op == LOOK:
            return self.first(kids[0], seen) if node.args[0] == 0 else None
        if op == SEQUENCE and kids:
            # the byte that the first consuming item needs: at the same place
            return self.first(kids[_first_consuming(kids)], seen)
        if op in (SEQUENCE, IF, CAPTURE, CAPTURE_NUM, GROUP, DROP, ONLY_TAGS, REPLACE,
                  MATCHTIME, MATCHSPLICE, ACCUMULATE, UNREF, NTH, ERROR, LENPREFIX, SUB):
            return self.first(kids[0], seen) if kids else None
        return None

    def skipper(self, node):
        """A search for the next position where `node` can match at all (for
        peg/find and friends, which try every position), or None."""
        f = self.first(node)
        if f is None or len(f) == 256:
            return None
        pat = self._compile_rx(_rx_class(f))
        return None if pat is None else pat.search

    def _compile_rx(self, rx):
        try:
            return re.compile(rx, re.DOTALL)
        except (re.error, RecursionError, OverflowError):
            return None

    # -- closures ----------------------------------------------------------

    def top(self, node):
        return self.sub(node, False)

    def sub(self, node, down):
        """The matcher of `node`, reached from its parent through an edge on
        which the reference spends one level of its recursion budget when
        `down` is true."""
        node = _resolve(node)
        f = self.memo.get(node)
        if f is not None:
            return f
        k = self.active.get(node)
        if k is not None:
            # A rule referring back to one being built: forward through a cell.
            # Each pass around this cycle costs the reference `weight` levels
            # of its recursion budget, after `entry` levels spent reaching it.
            weight = sum(self.path_downs[k + 1:]) + (1 if down else 0)
            entry = sum(self.path_downs[:k + 1])
            peak = self._attempt_peak(self.path_nodes[k:])
            return self._forwarder(node, weight, entry + peak)
        self.active[node] = len(self.path_downs)
        self.path_downs.append(1 if down else 0)
        self.path_nodes.append(node)
        try:
            f = self._gen(node)
        finally:
            self.path_downs.pop()
            self.path_nodes.pop()
            del self.active[node]
        self.memo[node] = f
        cell = self.cells.get(node)
        if cell is not None:
            cell[0] = f
        return f

    def _attempt_peak(self, cycle):
        """The most recursion budget a pass around `cycle` (its nodes from the
        head to the rule referring back to it) holds in the reference when
        that pass fails early: earlier elements of sequences are tried first,
        and the pass is taken to fail at the first one that must consume."""
        held = peak = 0
        head = cycle[0]
        for j, x in enumerate(cycle):
            nxt = cycle[j + 1] if j + 1 < len(cycle) else head
            kids = [_resolve(k) for k in x.kids]
            i = kids.index(nxt) if nxt in kids else 0
            peak = max(peak, held + 1)
            for sib in kids[:i]:
                peak = max(peak, held + 1 + _first_peak(sib))
                if x.op == SEQUENCE and not self.nullable(sib):
                    return peak
            if x.op in (SEQUENCE, CHOICE, IF, IFNOT):
                if i < len(kids) - 1:
                    held += 1           # the last element is a tail call
            else:
                held += 1
        return peak

    def _forwarder(self, node, weight, limit):
        cell = self.cells.get(node)
        if cell is None:
            cell = self.cells[node] = [None]
        if weight == 0:
            # the reference loops here without using its budget (tail calls)
            def fwd(s, p):
                return cell[0](s, p)
            return fwd
        # `limit` is what the reference has spent before the first pass plus
        # what a pass spends before it first reaches a leaf: the budget runs
        # out in the pass that would take it there.

        def fwd_counted(s, p):
            d = s.depth - weight
            if d <= limit:
                _too_deep()
            s.depth = d
            r = cell[0](s, p)
            s.depth = d + weight
            return r
        return fwd_counted

    def _gen(self, node):
        op = node.op
        # Single-byte and literal tests are cheaper in Python than a regex call.
        if op == LITERAL:
            return _m_literal(node.args[0])
        if op == NCHAR:
            return _m_nchar(node.args[0])
        if op == NOTNCHAR:
            return _m_notnchar(node.args[0])
        if op == RANGE:
            return _m_range(*node.args)
        if op == SET:
            return _m_set(node.args[0])
        if op == TO or op == THRU or op == TIL or op == SPLIT:
            return self._gen_scan(node)
        rx = self.regex(node)
        if rx is not None:
            pat = self._compile_rx(rx)
            if pat is not None:
                return _m_regex(pat.match)
        return _GENERATORS[op](self, node)

    # Rules that scan forward for a pattern use re's search when it is pure.
    def _searcher(self, node):
        rx = self.regex(node)
        if rx is None:
            return None
        pat = self._compile_rx(rx)
        return None if pat is None else pat.search

    def _gen_scan(self, node):
        op = node.op
        kids = node.kids
        srch = self._searcher(kids[0])
        if op == TO or op == THRU:
            if srch is not None:
                return _m_to_search(srch, op == TO)
            return _m_to(self.sub(kids[0], True), op == TO)
        if op == TIL:
            body = self.sub(kids[1], True)
            if srch is not None:
                return _m_til_search(srch, body)
            return _m_til(self.sub(kids[0], True), body)
        body = self.sub(kids[1], True)
        if srch is not None:
            return _m_split_search(srch, body)
        return _m_split(self.sub(kids[0], True), body)

    # One generator per remaining op (see _GENERATORS).

    def _g_look(self, node):
        return _m_look(node.args[0], self.sub(node.kids[0], True))

    def _g_choice(self, node):
        kids = node.kids
        if not kids:
            return _m_fail
        fs = [self.sub(k, i < len(kids) - 1) for i, k in enumerate(kids)]
        if len(fs) == 1:
            return fs[0]
        return _m_choice(fs, self.full)

    def _g_sequence(self, node):
        kids = node.kids
        if not kids:
            return _m_empty
        return self._sequence(kids)

    def _g_if(self, node):
        a = self.sub(node.kids[0], True)
        return _m_if(a, self.sub(node.kids[1], False))

    def _g_ifnot(self, node):
        a = self.sub(node.kids[0], True)
        return _m_ifnot(a, self.sub(node.kids[1], False))

    def _g_not(self, node):
        return _m_not(self.sub(node.kids[0], True))

    def _g_between(self, node):
        lo, hi = node.args
        a = self.sub(node.kids[0], True)
        if lo == 0 and hi == 1:
            return _m_opt(a, self.full)
        if hi == INF:
            many = _m_many(lo, a, self.full)
            if not self.br:
                # `(any (* "," (<- :w+)))`: one re call per repetition
                parts = self._fusable(node.kids[0])
                if parts and all(i is None or i[0] == _F_CAP for _r, i in parts):
                    pat = self._compile_rx(b"".join(r for r, _i in parts))
                    if pat is not None:
                        return _m_many_caps(lo, pat.match, many)
            return many
        return _m_between(lo, hi, a)

    def _g_gettag(self, node):
        return _m_gettag(*node.args)

    def _g_position(self, node):
        return _m_position(node.args[0], self.br)

    def _g_line(self, node):
        return _m_linecol(node.args[0], 0)

    def _g_column(self, node):
        return _m_linecol(node.args[0], 1)

    def _g_argument(self, node):
        return _m_argument(*node.args)

    def _g_constant(self, node):
        return _m_constant(*node.args)

    def _g_capture(self, node):
        return _m_capture(self.sub(node.kids[0], True), node.args[0], self.br)

    def _g_number(self, node):
        base, tag = node.args
        return _m_number(self.sub(node.kids[0], True), self._scanner(node), tag, self.br)

    def _scanner(self, node):
        """The number converter for a `number` rule: float() directly when its
        pattern can only match decimal digits, else the reader's scanner."""
        base = node.args[0]
        cs = self.charset(node.kids[0]) if base in (0, 10) else None
        if cs is not None and cs <= _DIGITS:
            return _scan_digits
        if base == 0:
            return _scan_default
        return lambda t: scan_number(t, base)

    def charset(self, node, seen=None):
        """The bytes `node` may consume, or None when it may consume any byte."""
        node = _resolve(node)
        op = node.op
        if op == LITERAL:
            return frozenset(node.args[0])
        if op == RANGE:
            return frozenset(range(node.args[0], node.args[1] + 1))
        if op == SET:
            return node.args[0]
        if op in (NOTNCHAR, NOT, LOOK) or (op == NCHAR and node.args[0] == 0):
            return frozenset()
        if op in (SEQUENCE, CHOICE, BETWEEN, DROP, ONLY_TAGS, UNREF, CAPTURE, GROUP,
                  IF, IFNOT):
            if seen is None:
                seen = set()
            if node in seen:
                return frozenset()
            seen.add(node)
            kids = node.kids[1:] if op in (IF, IFNOT) else node.kids
            out = frozenset()
            for k in kids:
                c = self.charset(k, seen)
                if c is None:
                    return None
                out |= c
            return out
        return None

    def _g_accumulate(self, node):
        return _m_accumulate(self.sub(node.kids[0], True), node.args[0])

    def _g_drop(self, node):
        return _m_restoring(self.sub(node.kids[0], True), _load)

    def _g_only_tags(self, node):
        return _m_restoring(self.sub(node.kids[0], True), _load_keept)

    def _g_group(self, node):
        return _m_group(self.sub(node.kids[0], True), node.args[0], self.full)

    def _g_nth(self, node):
        nth, tag = node.args
        return _m_nth(self.sub(node.kids[0], True), nth, tag)

    def _g_sub(self, node):
        a = self.sub(node.kids[0], True)
        return _m_sub(a, self.sub(node.kids[1], True))

    def _g_replace(self, node):
        return _m_replace(self.sub(node.kids[0], True), node.args[0], node.args[1], REPLACE)

    def _g_matchtime(self, node):
        return _m_replace(self.sub(node.kids[0], True), node.args[0], node.args[1], MATCHTIME)

    def _g_matchsplice(self, node):
        return _m_replace(self.sub(node.kids[0], True), node.args[0], node.args[1], MATCHSPLICE)

    def _g_error(self, node):
        return _m_error(self.sub(node.kids[0], True))

    def _g_backmatch(self, node):
        return _m_backmatch(node.args[0])

    def _g_lenprefix(self, node):
        a = self.sub(node.kids[0], True)
        return _m_lenprefix(a, self.sub(node.kids[1], True))

    def _g_readint(self, node):
        return _m_readint(*node.args)

    def _g_unref(self, node):
        return _m_unref(self.sub(node.kids[0], True), node.args[0])

    def _g_debug(self, node):
        return _m_debug

    # -- sequences and their fusion into one pattern -----------------------

    def _fusable(self, node, seen=None):
        """How `node` can join a fused pattern: a list of (regex piece, item)
        where item is None for pure text or describes a capture; None if it
        cannot."""
        node = _resolve(node)
        rx = self.regex(node)
        if rx is not None:
            return [(rx, None)]
        op = node.op
        if op == CAPTURE:
            rx = self.regex(node.kids[0])
            if rx is not None:
                return [(b"(" + rx + b")", (_F_CAP, node.args[0], None))]
        elif op == CAPTURE_NUM:
            rx = self.regex(node.kids[0])
            if rx is not None:
                return [(b"(" + rx + b")", (_F_NUM, node.args[1], self._scanner(node)))]
        elif op == POSITION:
            return [(b"()", (_F_POS, node.args[0], None))]
        elif op == CONSTANT and node.args[0].__class__ is not _Hole:
            return [(b"", (_F_CONST, node.args[1], node.args[0]))]
        elif op == SEQUENCE and node.kids:
            if seen is None:
                seen = set()
            if node in seen or node in self.active:
                return None
            seen.add(node)
            out = []
            for k in node.kids:
                parts = self._fusable(k, seen)
                if parts is None:
                    return None
                out.extend(parts)
            return out
        return None

    def _sequence(self, kids):
        fs = []
        run = []

        def flush():
            if not run:
                return
            parts0 = run[0][0]
            if len(run) == 1 and len(parts0) == 1 and parts0[0][1] is None:
                fs.append(run[0][1])        # a lone pure rule: its own matcher
            else:
                parts = [p for group, _f in run for p in group]
                f = self._fused(parts)
                if f is None:
                    fs.extend(f for _g, f in run)
                else:
                    fs.append(f)
            del run[:]

        n = len(kids)
        for i, k in enumerate(kids):
            parts = self._fusable(k)
            f = self.sub(k, i < n - 1)
            if parts is None:
                flush()
                fs.append(f)
            else:
                run.append((parts, f))
        flush()
        if len(fs) == 1:
            return fs[0]
        return _m_sequence(fs)

    def _fused(self, parts):
        rx = b"".join(p for p, _i in parts)
        if len(rx) > MAX_RX:
            return None
        pat = self._compile_rx(rx)
        if pat is None:
            return None
        items = _fused_items(parts)
        if not items:
            return _m_regex(pat.match)
        if not self.br:
            if all(it[0] == _F_CAP for it in items):
                return _m_fused_caps(pat.match)
            return _m_fused_plain(pat.match, tuple((k, g, x) for k, g, _t, x in items))
        return _m_fused(pat.match, tuple(items))


_GENERATORS = {
    LOOK: _Gen._g_look, CHOICE: _Gen._g_choice, SEQUENCE: _Gen._g_sequence,
    IF: _Gen._g_if, IFNOT: _Gen._g_ifnot, NOT: _Gen._g_not, BETWEEN: _Gen._g_between,
    GETTAG: _Gen._g_gettag, POSITION: _Gen._g_position, LINE: _Gen._g_line,
    COLUMN: _Gen._g_column, ARGUMENT: _Gen._g_argument, CONSTANT: _Gen._g_constant,
    CAPTURE: _Gen._g_capture, CAPTURE_NUM: _Gen._g_number,
    ACCUMULATE: _Gen._g_accumulate, DROP: _Gen._g_drop, ONLY_TAGS: _Gen._g_only_tags,
    GROUP: _Gen._g_group, NTH: _Gen._g_nth, SUB: _Gen._g_sub, REPLACE: _Gen._g_replace,
    MATCHTIME: _Gen._g_matchtime, MATCHSPLICE: _Gen._g_matchsplice,
    ERROR: _Gen._g_error, BACKMATCH: _Gen._g_backmatch, LENPREFIX: _Gen._g_lenprefix,
    READINT: _Gen._g_readint, UNREF: _Gen._g_unref, DEBUG: _Gen._g_debug,
}


_F_CAP, _F_NUM, _F_POS, _F_CONST = range(4)


# --------------------------------------------------------------------------
# The matchers.  Each _m_* function builds one closure m(s, p) that returns the
# position after the match, or None when the rule does not match at p.

def _m_empty(s, p):
    return p


def _m_fail(s, p):
    return None


def _m_literal(lit):
    n = len(lit)
    if n == 0:
        return _m_empty

    def m(s, p):
        return p + n if s.text.startswith(lit, p, s.end) else None
    return m


def _m_nchar(n):
    if n == 0:
        return _m_empty

    def m(s, p):
        q = p + n
        return q if q <= s.end else None
    return m


def _m_notnchar(n):
    def m(s, p):
        return p if p + n > s.end else None
    return m


def _m_range(lo, hi):
    def m(s, p):
        if p < s.end and lo <= s.text[p] <= hi:
            return p + 1
        return None
    return m


def _m_set(chars):
    table = bytes(1 if i in chars else 0 for i in range(256))

    def m(s, p):
        if p < s.end and table[s.text[p]]:
            return p + 1
        return None
    return m


def _m_regex(match):
    def m(s, p):
        r = match(s.text, p, s.end)
        return None if r is None else r.end()
    return m


def _m_look(offset, a):
    def m(s, p):
        q = p + offset
        if q < 0 or q > s.end:
            return None
        return None if a(s, q) is None else p
    return m


def _m_choice(fs, full):
    last = fs[-1]
    first = fs[:-1]
    if not full:
        if len(fs) == 2:
            a = fs[0]

            def choice2(s, p):
                caps = s.caps
                n = len(caps)
                q = a(s, p)
                if q is not None:
                    return q
                del caps[n:]
                return last(s, p)
            return choice2

        def choice(s, p):
            caps = s.caps
            n = len(caps)
            for f in first:
                q = f(s, p)
                if q is not None:
                    return q
                del caps[n:]
            return last(s, p)
        return choice

    def choice_full(s, p):
        cs = _save(s)
        for f in first:
            q = f(s, p)
            if q is not None:
                return q
            _load(s, cs)
        return last(s, p)
    return choice_full


def _m_sequence(fs):
    if len(fs) == 2:
        a, b = fs

        def seq2(s, p):
            p = a(s, p)
            return None if p is None else b(s, p)
        return seq2
    if len(fs) == 3:
        a, b, c = fs

        def seq3(s, p):
            p = a(s, p)
            if p is None:
                return None
            p = b(s, p)
            return None if p is None else c(s, p)
        return seq3
    fs = tuple(fs)

    def seq(s, p):
        for f in fs:
            p = f(s, p)
            if p is None:
                return None
        return p
    return seq


def _m_if(a, b):
    def m(s, p):
        return None if a(s, p) is None else b(s, p)
    return m


def _m_ifnot(a, b):
    def m(s, p):
        cs = _save(s)
        if a(s, p) is not None:
            return None
        _load(s, cs)
        return b(s, p)
    return m


def _m_not(a):
    def m(s, p):
        cs = _save(s)
        if a(s, p) is not None:
            return None
        _load(s, cs)
        return p
    return m


def _m_to(a, to):
    def m(s, p):
        cs = _save(s)
        end = s.end
        q = None
        while p <= end:
            cs2 = _save(s)
            q = a(s, p)
            if q is not None:
                if to:
                    _load(s, cs2)
                break
            _load(s, cs2)
            p += 1
        if p > end:
            _load(s, cs)
            return None
        return p if to else q
    return m


def _m_to_search(search, to):
    if to:
        def m_to(s, p):
            r = search(s.text, p, s.end)
            return None if r is None else r.start()
        return m_to

    def m_thru(s, p):
        r = search(s.text, p, s.end)
        return None if r is None else r.end()
    return m_thru


def _m_opt(a, full):
    if not full:
        def opt(s, p):
            caps = s.caps
            n = len(caps)
            q = a(s, p)
            if q is None:
                del caps[n:]
                return p
            return q
        return opt

    def opt_full(s, p):
        cs = _save(s)
        q = a(s, p)
        if q is None:
            _load(s, cs)
            return p
        return q
    return opt_full


def _m_many(lo, a, full):
    """`any`, `some` and `at-least`: repeat until failure or an empty match."""
    if not full:
        def many(s, p):
            caps = s.caps
            n0 = len(caps)
            count = 0
            while True:
                n = len(caps)
                q = a(s, p)
                if q is None or q == p:
                    del caps[n:]
                    break
                count += 1
                p = q
            if count < lo:
                del caps[n0:]
                return None
            return p
        return many

    def many_full(s, p):
        cs = _save(s)
        count = 0
        while True:
            cs2 = _save(s)
            q = a(s, p)
            if q is None or q == p:
                _load(s, cs2)
                break
            count += 1
            p = q
        if count < lo:
            _load(s, cs)
            return None
        return p
    return many_full


def _m_between(lo, hi, a):
    def m(s, p):
        cs = _save(s)
        count = 0
        while count < hi:
            cs2 = _save(s)
            q = a(s, p)
            if q is None:
                _load(s, cs2)
                break
            count += 1
            p = q
        if count < lo:
            _load(s, cs)
            return None
        return p
    return m


def _m_gettag(search, tag):
    def m(s, p):
        tags = s.tags
        for i in range(len(tags) - 1, -1, -1):
            if tags[i] == search:
                _push(s, s.tcaps[i], tag)
                return p
        return None
    return m


def _m_position(tag, br):
    if not br:
        def pos(s, p):
            if s.acc:
                s.scratch += to_string(float(p))
            else:
                s.caps.append(float(p))
            return p
        return pos

    def pos_br(s, p):
        _push(s, float(p), tag)
        return p
    return pos_br


def _m_linecol(tag, which):
    def m(s, p):
        _push(s, float(_linecol(s, p)[which]), tag)
        return p
    return m


def _m_argument(index, tag):
    def m(s, p):
        extra = s.extra
        _push(s, extra[index] if index < len(extra) else None, tag)
        return p
    return m


def _m_constant(value, tag):
    if value.__class__ is _Hole:
        i = value.i

        def hole(s, p):
            _push(s, s.consts[i], tag)
            return p
        return hole

    def m(s, p):
        _push(s, value, tag)
        return p
    return m


def _m_capture(a, tag, br):
    if not br:
        def cap(s, p):
            q = a(s, p)
            if q is None:
                return None
            if s.acc:
                s.scratch += s.text[p:q]
            else:
                s.caps.append(s.text[p:q])
            return q
        return cap

    def cap_br(s, p):
        q = a(s, p)
        if q is None:
            return None
        _push(s, s.text[p:q], tag)
        return q
    return cap_br


_DIGITS = frozenset(b"0123456789")
_SIMPLE_DECIMAL = re.compile(rb"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)\Z").match


def _scan_digits(t):
    # Up to 15 decimal digits convert exactly, as the reader's scanner would.
    if 0 < len(t) <= 15:
        return float(t)
    return scan_number(t)


def _scan_default(t):
    if len(t) <= 15 and _SIMPLE_DECIMAL(t):
        return float(t)
    return scan_number(t)


def _m_number(a, scan, tag, br):
    def num(s, p):
        q = a(s, p)
        if q is None:
            return None
        t = s.text[p:q]
        x = scan(t)
        if x is None:
            return None
        if s.acc and not br:
            s.scratch += t          # accumulate keeps the text as written
        else:
            _push(s, x, tag)
        return q
    return num


def _m_accumulate(a, tag):
    def m(s, p):
        old = s.acc
        if not tag and old:
            return a(s, p)
        cs = _save(s)
        s.acc = True
        q = a(s, p)
        s.acc = old
        if q is None:
            return None
        cap = bytes(s.scratch[cs[2]:])
        _load_keept(s, cs)
        _push(s, cap, tag)
        return q
    return m


def _m_restoring(a, load):
    """Match `a`, then put the captures back as they were before it with
    `load`: _load drops all of a's captures (drop), _load_keept keeps its
    tagged ones (only-tags)."""
    def m(s, p):
        cs = _save(s)
        q = a(s, p)
        if q is None:
            return None
        load(s, cs)
        return q
    return m


def _m_group(a, tag, full):
    if not full:
        def group(s, p):
            caps = s.caps
            n = len(caps)
            q = a(s, p)
            if q is None:
                return None
            sub = Array(caps[n:])
            del caps[n:]
            caps.append(sub)
            return q
        return group

    def group_full(s, p):
        cs = _save(s)
        old = s.acc
        s.acc = False
        q = a(s, p)
        s.acc = old
        if q is None:
            return None
        sub = Array(s.caps[cs[0]:])
        _load_keept(s, cs)
        _push(s, sub, tag)
        return q
    return group_full


def _m_nth(a, nth, tag):
    def m(s, p):
        cs = _save(s)
        old = s.acc
        s.acc = False
        q = a(s, p)
        s.acc = old
        if q is None:
            return None
        if len(s.caps) - cs[0] <= nth:
            return None
        cap = s.caps[cs[0] + nth]
        _load_keept(s, cs)
        _push(s, cap, tag)
        return q
    return m


def _m_sub(window, a):
    def m(s, p):
        w = window(s, p)
        if w is None:
            return None
        saved = s.end
        s.end = w
        q = a(s, p)
        s.end = saved
        return None if q is None else w
    return m


def _m_til(term, a):
    def m(s, p):
        end = s.end
        t = p
        te = None
        while t <= end:
            cs = _save(s)
            te = term(s, t)
            _load(s, cs)
            if te is not None:
                break
            t += 1
        if te is None:
            return None
        saved = s.end
        s.end = t
        q = a(s, p)
        s.end = saved
        return None if q is None else te
    return m


def _m_til_search(search, a):
    def m(s, p):
        r = search(s.text, p, s.end)
        if r is None:
            return None
        saved = s.end
        s.end = r.start()
        q = a(s, p)
        s.end = saved
        return None if q is None else r.end()
    return m


def _m_split(sep, a):
    def m(s, p):
        saved = s.end
        start = p
        while p <= saved:
            cs = _save(s)
            chunk_end = p
            while p <= saved:
                chunk_end = p
                q = sep(s, p)
                _load(s, cs)
                if q is not None:
                    p = q
                    break
                p += 1
            s.end = chunk_end
            q = a(s, start)
            s.end = saved
            if q is None or p == start:
                return None
            start = p
        return saved
    return m


def _m_split_search(search, a):
    def m(s, p):
        saved = s.end
        text = s.text
        start = p
        while p <= saved:
            r = search(text, p, saved)
            if r is None:
                chunk_end = saved
                p = saved + 1
            else:
                chunk_end = r.start()
                p = r.end()
            s.end = chunk_end
            q = a(s, start)
            s.end = saved
            if q is None or p == start:
                return None
            start = p
        return saved
    return m


def _m_replace(a, const, tag, op):
    c = const.__class__
    if c is _Hole:
        kind = 4
        hole = const.i
    elif is_function(const):
        kind = 0
    elif c is Struct:
        kind = 1
    elif c is Table:
        kind = 2
    else:
        kind = 3
    splice = op == MATCHSPLICE
    check = op != REPLACE

    def m(s, p):
        caps = s.caps
        cs = _save(s)
        old = s.acc
        s.acc = False
        q = a(s, p)
        s.acc = old
        if q is None:
            return None
        if kind == 0:
            v = ccall(const, *caps[cs[0]:])
        elif kind == 4:
            v = ccall(s.consts[hole], *caps[cs[0]:])
        elif kind == 3:
            v = const
        elif not caps:
            v = None
        elif kind == 1:
            v = const.get(table_key(caps[-1]))
        else:
            v = table_get(const, caps[-1])
        _load_keept(s, cs)
        if check and (v is None or v is False):
            return None
        if splice and isinstance(v, (tuple, list)):
            for x in v:
                _push(s, x, tag)
        else:
            _push(s, v, tag)
        return q
    return m


def _m_error(a):
    def m(s, p):
        old = s.acc
        s.acc = False
        n = len(s.caps)
        q = a(s, p)
        s.acc = old
        if q is None:
            return None
        if len(s.caps) > n:
            raise JanetError(s.caps[-1])
        line, col = _linecol(s, p)
        panicf("match error at line %d, column %d", line, col)
    return m


def _m_backmatch(search):
    def m(s, p):
        tags = s.tags
        for i in range(len(tags) - 1, -1, -1):
            if tags[i] == search:
                cap = s.tcaps[i]
                if cap.__class__ is not bytes:
                    return None
                return p + len(cap) if s.text.startswith(cap, p, s.end) else None
        return None
    return m


def _m_lenprefix(a, b):
    def m(s, p):
        old = s.acc
        s.acc = False
        cs = _save(s)
        q = a(s, p)
        if q is None:
            return None         # (the reference leaves the mode switched here too)
        s.acc = old
        caps = s.caps
        if len(caps) - cs[0] <= 0 or not _is_int(caps[cs[0]]):
            _load(s, cs)
            return None
        nrep = int(caps[cs[0]])
        _load(s, cs)
        for _ in range(nrep):
            q = b(s, q)
            if q is None:
                _load(s, cs)
                return None
        return q
    return m


def _m_readint(width, signed, big, tag):
    order = "big" if big else "little"

    def m(s, p):
        q = p + width
        if q > s.end:
            return None
        v = int.from_bytes(s.text[p:q], order, signed=signed) if width else 0
        if width > 6:
            v = make_s64(v) if signed else make_u64(v)
        else:
            v = float(v)
        _push(s, v, tag)
        return q
    return m


def _m_unref(a, tag):
    def m(s, p):
        start = len(s.tags)
        q = a(s, p)
        if q is None:
            return None
        tags = s.tags
        tcaps = s.tcaps
        if tag:
            keep = [i for i in range(start, len(tags)) if tags[i] != tag]
            tcaps[start:] = [tcaps[i] for i in keep]
            tags[start:] = [tags[i] for i in keep]
        else:
            del tags[start:]
            del tcaps[start:]
        return q
    return m


def _eprint(data):
    _io.write_to(dyn(KW_ERR), _io.STDERR, data)


def _m_debug(s, p):
    chunk = s.text[p:min(s.outer, p + 31)]
    z = chunk.find(b"\0")
    if z >= 0:
        chunk = chunk[:z]
    _eprint(b"?? at [" + chunk + b"] (index %d)\n" % p)
    fmt = "%M" if truthy(dyn(KW_ERR_COLOR)) else "%m"
    if s.scratch:
        _eprint(format_message("accumulate buffer: %v\n", Buffer(s.scratch)))
    if s.caps:
        _eprint(b"stack [%d]:\n" % len(s.caps))
        for i, v in enumerate(s.caps):
            _eprint(format_message("  [%d]: " + fmt + "\n", i, v))
    if s.tcaps:
        _eprint(b"tag stack [%d]:\n" % len(s.tcaps))
        for i, v in enumerate(s.tcaps):
            _eprint(format_message("  [%d] tag=%d: " + fmt + "\n", i, s.tags[i], v))
    return p


def _m_fused_caps(match):
    def m(s, p):
        r = match(s.text, p, s.end)
        if r is None:
            return None
        if s.acc:
            for v in r.groups():
                s.scratch += v
        else:
            s.caps.extend(r.groups())
        return r.end()
    return m


def _m_fused_plain(match, items):
    """A fused sequence with numbers, positions or constants, no back-references."""
    def m(s, p):
        r = match(s.text, p, s.end)
        if r is None:
            return None
        vals = []
        for kind, g, extra in items:
            if kind == _F_CAP:
                vals.append(r.group(g))
            elif kind == _F_NUM:
                t = r.group(g)
                v = extra(t)
                if v is None:
                    return None
                vals.append(t if s.acc else v)   # accumulate keeps the text as written
            elif kind == _F_POS:
                vals.append(float(r.start(g)))
            else:
                vals.append(extra)
        if s.acc:
            for v in vals:
                s.scratch += to_string(v)
        else:
            s.caps.extend(vals)
        return r.end()
    return m


def _m_fused(match, items):
    """A fused sequence in a grammar with back-references: captures keep tags."""
    def m(s, p):
        r = match(s.text, p, s.end)
        if r is None:
            return None
        for kind, g, tag, extra in items:
            if kind == _F_CAP:
                v = r.group(g)
            elif kind == _F_NUM:
                v = extra(r.group(g))
                if v is None:
                    return None
            elif kind == _F_POS:
                v = float(r.start(g))
            else:
                v = extra
            _push(s, v, tag)
        return r.end()
    return m


def _m_many_caps(lo, match, general):
    """`any`/`some` of a fused sequence of text and plain captures."""
    def m(s, p):
        if s.acc:
            return general(s, p)
        caps = s.caps
        text = s.text
        end = s.end
        n0 = len(caps)
        count = 0
        while True:
            r = match(text, p, end)
            if r is None:
                break
            q = r.end()
            if q == p:
                break
            caps.extend(r.groups())
            count += 1
            p = q
        if count < lo:
            del caps[n0:]
            return None
        return p
    return m


# --------------------------------------------------------------------------
# Python source generation: the grammar as one Python function per rule

class _NoSource(Exception):
    """A grammar `_Src` cannot write (it keeps its closures)."""


class _Src(_Gen):
    """Writes a grammar's matcher as Python source, compiles it and returns its
    top function (used instead of closures for grammars without accumulate).

    Every rule that several rules use (and every rule a recursion comes back
    to) becomes one function `def rN(s, p)`, returning the position after its
    match or None; a rule used once is written inline in its user's body, so a
    rule like `(+ (* "(" :list ")") :atom)` is a few `if`s and no calls.
    Inline code works on the function's locals: the text, its end, the
    capture list, and position variables.  The regular-expression lowering and
    sequence fusion of `_Gen` decide the leaves, which become one `re` call.
    The traversal is `_Gen.sub`'s (same order, same recursion-budget
    bookkeeping on the edges), so the counted calls on back edges spend the
    reference's budget exactly where the closures would.  Rare operators
    (sub, til, split, lenprefix, readint, unref, nth, line, column, debug,
    back-matches and unsearchable to/thru) stay closures from `_Gen`, called
    from the generated code, with their sub-rules as generated functions.

    Constants (compiled patterns, functions, tables, captured values) are
    globals of the generated module named in order of use, so grammars of the
    same shape give the same source, which is compiled only once."""

    MAX_INDENT = 40         # Python allows 100 levels; deeper rules get a function
    MAX_LOOPS = 12          # and 20 nested loops

    def __init__(self, br, acc, keep0):
        _Gen.__init__(self, br, acc)
        self.keep0 = keep0          # push untagged captures on the tag stack too
        self.names = {}             # node -> name of its function
        self.indeg = {}
        self.consts = {}            # id(value) -> name
        self.ns = {"_too_deep": _too_deep, "_error_at": _error_at, "ccall": ccall,
                   "table_key": table_key, "table_get": table_get, "Array": Array,
                   "JanetError": JanetError, "to_string": to_string}
        self.defs = []              # finished function sources
        self.late = []              # (name, builder) closures made after exec
        self.nvar = 0
        self.nfun = 0
        self.lines = None
        self.loops = 0
        self._last_save = None      # (line count, indent, name, tags, lines) of the last save

    # -- driver ------------------------------------------------------------

    def top(self, node):
        node = _resolve(node)
        self._count(node)
        name = self.fn(node, False)
        src = "\n".join(self.defs)
        code = _CODE_CACHE.get(src)
        if code is None:
            code = compile(src, "<peg>", "exec")
            if len(_CODE_CACHE) >= _CODE_CACHE_MAX:
                _CODE_CACHE.clear()
            _CODE_CACHE[src] = code
        ns = self.ns
        exec(code, ns)
        for lname, build in self.late:
            ns[lname] = build()
        return ns[name]

    def _count(self, root):
        """Count each rule's users, and find the rules that may push captures
        (`caps`) and those that may push onto the tag stack (`tagged`): the
        rules from which such an operator can be reached."""
        indeg = self.indeg
        users = {}
        stack = [root]
        seen = {root}
        while stack:
            n = stack.pop()
            for k in n.kids:
                k = _resolve(k)
                indeg[k] = indeg.get(k, 0) + 1
                users.setdefault(k, []).append(n)
                if k not in seen:
                    seen.add(k)
                    stack.append(k)
        keep0 = self.keep0
        caps = [n for n in seen if n.op in _PUSHERS]
        tagged = [n for n in seen if n.op in _PUSHERS and
                  (keep0 or n.op in _DELEGATED_PUSHERS or n.args[-1])]
        self.caps = self._reaching(caps, users)
        self.tagged = self._reaching(tagged, users)
        self.cyclic = self._reaching(self._cycle_heads(root), users)

    @staticmethod
    def _cycle_heads(root):
        """Rules that a depth-first walk finds referred back to: every cycle
        has one, so the rules reaching these are the rules reaching a cycle."""
        heads = set()
        done = set()
        on_path = {root}
        stack = [(root, iter(root.kids))]
        while stack:
            node, kids = stack[-1]
            for k in kids:
                k = _resolve(k)
                if k in on_path:
                    heads.add(k)
                elif k not in done:
                    on_path.add(k)
                    stack.append((k, iter(k.kids)))
                    break
            else:
                stack.pop()
                on_path.discard(node)
                done.add(node)
        return heads

    @staticmethod
    def _reaching(start, users):
        out = set(start)
        stack = list(start)
        while stack:
            for u in users.get(stack.pop(), ()):
                if u not in out:
                    out.add(u)
                    stack.append(u)
        return out

    def guardable(self, node):
        """Whether `node`, at a position whose byte is not in `first(node)`,
        fails in inline code before any call: only then may the code skip it
        (a call could be one that spends recursion budget, which must be
        checked even on an attempt that fails)."""
        node = _resolve(node)
        while True:
            op = node.op
            if op in (LITERAL, RANGE, SET):
                return True
            if self._delegated(node):
                return False
            if self.indeg.get(node, 0) > 1 or node in self.active or node in self.names:
                # a rule of its own: its code spends no budget if it reaches
                # no cycle (and so is not being written now either)
                return node not in self.cyclic and node.op not in (TO, THRU, TIL, SPLIT)
            if op in (TO, THRU, TIL, SPLIT):
                return False
            if self.regex(node) is not None:
                return True
            if op == CHOICE:
                return bool(node.kids) and all(self.guardable(k) for k in node.kids)
            if not node.kids:
                return False
            if op == SEQUENCE:
                node = _resolve(node.kids[_first_consuming(node.kids)])
                continue
            if op in _FIRST_KID or (op == BETWEEN and node.args[0] >= 1) or \
                    (op == LOOK and node.args[0] == 0):
                node = _resolve(node.kids[0])
                continue
            return False

    def guard(self, node, pin, byte=None):
        """A test that is false only where `node` surely fails, or None.
        `byte`: a variable holding the byte at pin, 256 at the end."""
        if not self.guardable(node):
            return None
        f = self.first(node)
        if f is None or len(f) == 256:
            return None
        if byte is not None:
            if len(f) == 1:
                return "%s == %d" % (byte, next(iter(f)))
            return "%s[%s]" % (self.const(bytes(1 if i in f else 0 for i in range(257))), byte)
        if len(f) == 1:
            return "%s < end and text[%s] == %d" % (pin, pin, next(iter(f)))
        table = bytes(1 if i in f else 0 for i in range(256))
        return "%s < end and %s[text[%s]]" % (pin, self.const(table), pin)

    def const(self, value):
        name = self.consts.get(id(value))
        if name is None:
            name = self.consts[id(value)] = "k%d" % len(self.consts)
            self.ns[name] = value
        return name

    def var(self, base="x"):
        self.nvar += 1
        return "%s%d" % (base, self.nvar)

    def emit(self, ind, line):
        self.lines.append("    " * ind + line)

    # -- rules as functions --------------------------------------------------

    def fn(self, node, down):
        """The name of a callable `(s, p) -> position or None` for `node`."""
        node = _resolve(node)
        name = self.names.get(node)
        if name is not None:
            return name
        if node in self.active:
            # (a rule written inline is used once, so never refers back to)
            raise _NoSource
        self.nfun += 1
        name = "r%d" % self.nfun
        self.names[node] = name
        self._enter(node, down)
        saved = (self.lines, self.nvar, self.loops)
        self.lines = ["def %s(s, p):" % name]
        self.nvar = 0
        self.loops = 0
        try:
            if self._delegated(node):
                self._delegate(node, name)
                self.lines = None
            else:
                self.node(node, "p", "r", 1)
                self.emit(1, "return r")
                # the state the body uses, as locals
                body = "\n".join(self.lines[1:])
                names = [x for x in ("text", "end", "caps", "tcaps", "tags", "scratch")
                         if re.search(r"(?<![.\w])%s\b" % x, body)]
                if names:
                    self.lines.insert(1, "    " + "; ".join("%s = s.%s" % (x, x) for x in names))
        finally:
            self._leave(node)
        if self.lines is not None:
            self.defs.append("\n".join(self.lines))
        self.lines, self.nvar, self.loops = saved
        return name

    def _enter(self, node, down):
        self.active[node] = len(self.path_downs)
        self.path_downs.append(1 if down else 0)
        self.path_nodes.append(node)

    def _leave(self, node):
        self.path_downs.pop()
        self.path_nodes.pop()
        del self.active[node]

    def call_rule(self, node, down, pin, out, ind):
        """Code calling `node`'s function, counting the recursion budget when
        the edge closes a cycle (as `_Gen._forwarder` does)."""
        node = _resolve(node)
        k = self.active.get(node)
        name = self.fn(node, down)
        if k is not None:
            weight = sum(self.path_downs[k + 1:]) + (1 if down else 0)
            if weight:
                entry = sum(self.path_downs[:k + 1])
                limit = entry + self._attempt_peak(self.path_nodes[k:])
                d = self.var("d")
                self.emit(ind, "%s = s.depth - %d" % (d, weight))
                self.emit(ind, "if %s <= %d: _too_deep()" % (d, limit))
                self.emit(ind, "s.depth = %s" % d)
                self.emit(ind, "%s = %s(s, %s)" % (out, name, pin))
                self.emit(ind, "s.depth = %s + %d" % (d, weight))
                return
        self.emit(ind, "%s = %s(s, %s)" % (out, name, pin))

    # -- operators kept as closures ------------------------------------------

    def _delegated(self, node):
        op = node.op
        if op in (TO, THRU):
            return self._searcher(node.kids[0]) is None
        return op in (SUB, TIL, SPLIT, LENPREFIX, READINT, UNREF, NTH, LINE, COLUMN, DEBUG,
                      BACKMATCH)

    def _delegate(self, node, name):
        """`node` becomes the closure `_Gen` makes for it, its sub-rules
        generated functions bound once the module has run."""
        op = node.op
        kids = node.kids
        ns = self.ns
        a = node.args
        if op in (TO, THRU):
            k0 = self.fn(kids[0], True)
            build = lambda: _m_to(ns[k0], op == TO)
        elif op == TIL:
            k0 = self.fn(kids[1], True)   # _gen_scan generates the body first
            kt = self.fn(kids[0], True) if self._searcher(kids[0]) is None else None
            srch = self._searcher(kids[0])
            if srch is not None:
                build = lambda: _m_til_search(srch, ns[k0])
            else:
                build = lambda: _m_til(ns[kt], ns[k0])
        elif op == SPLIT:
            k0 = self.fn(kids[1], True)
            srch = self._searcher(kids[0])
            kt = self.fn(kids[0], True) if srch is None else None
            if srch is not None:
                build = lambda: _m_split_search(srch, ns[k0])
            else:
                build = lambda: _m_split(ns[kt], ns[k0])
        elif op == SUB:
            k0 = self.fn(kids[0], True)
            k1 = self.fn(kids[1], True)
            build = lambda: _m_sub(ns[k0], ns[k1])
        elif op == LENPREFIX:
            k0 = self.fn(kids[0], True)
            k1 = self.fn(kids[1], True)
            build = lambda: _m_lenprefix(ns[k0], ns[k1])
        elif op == UNREF:
            k0 = self.fn(kids[0], True)
            build = lambda: _m_unref(ns[k0], a[0])
        elif op == NTH:
            k0 = self.fn(kids[0], True)
            build = lambda: _m_nth(ns[k0], a[0], a[1])
        elif op == READINT:
            build = lambda: _m_readint(*a)
        elif op == LINE:
            build = lambda: _m_linecol(a[0], 0)
        elif op == COLUMN:
            build = lambda: _m_linecol(a[0], 1)
        elif op == BACKMATCH:
            build = lambda: _m_backmatch(a[0])
        else:
            build = lambda: _m_debug
        self.late.append((name, build))

    # -- inline code -----------------------------------------------------------

    def push(self, ind, v, tag, raw=False):
        """Add the capture (a Python expression) to the capture stack; in a
        grammar with accumulate rules, to the text collected when in that
        mode (`raw`: the value is bytes already)."""
        tagged = self.br and (tag or self.keep0)
        if (tagged or self.acc) and not v.isidentifier():
            t = self.var("v")
            self.emit(ind, "%s = %s" % (t, v))
            v = t
        if self.acc:
            self.emit(ind, "if s.acc: scratch += %s" % (v if raw else "to_string(%s)" % v))
            self.emit(ind, "else: caps.append(%s)" % v)
        else:
            self.emit(ind, "caps.append(%s)" % v)
        if tagged:
            self.emit(ind, "tcaps.append(%s); tags.append(%d)" % (v, tag))

    def save(self, ind, *nodes):
        """Remember the capture stacks before `nodes` run (only the stacks
        they may push onto); returns the handle for `restore`, or None."""
        nodes = [_resolve(n) for n in nodes]
        cap = any(n in self.caps for n in nodes)
        tag = self.br and any(n in self.tagged for n in nodes)
        if not cap and not tag:
            return None
        last = self._last_save
        if (last is not None and last[4] is self.lines and last[0] == len(self.lines)
                and last[1] == ind and (last[3] or not tag)):
            # nothing ran since the last save here: the same lengths
            return (last[2], tag)
        c = self.var("c")
        if tag:
            self.emit(ind, "%s = len(caps); %s_ = len(tcaps)" % (c, c))
        else:
            self.emit(ind, "%s = len(caps)" % c)
        if self.acc and cap:
            self.emit(ind, "%sa = len(scratch)" % c)
        else:
            self._last_save = (len(self.lines), ind, c, tag, self.lines)
        return (c, tag)

    def restore(self, ind, c, node=None, keep_tags=False):
        """Drop what was pushed since `save` (by `node`, when given)."""
        if c is None:
            return
        name, tag = c
        if node is not None:
            node = _resolve(node)
            if node not in self.caps:
                return
            tag = tag and node in self.tagged
        if tag and not keep_tags:
            self.emit(ind, "del caps[%s:]; del tcaps[%s_:]; del tags[%s_:]" % (name, name, name))
        else:
            self.emit(ind, "del caps[%s:]" % name)
        if self.acc:
            self.emit(ind, "del scratch[%sa:]" % name)

    def keep(self, pin, out, ind):
        """`pin` as a variable the code writing `out` does not overwrite."""
        if pin != out:
            return pin
        v = self.var("p")
        self.emit(ind, "%s = %s" % (v, pin))
        return v

    def sub_node(self, node, down, pin, out, ind):
        """Code for a sub-rule: inline when used only here, else a call."""
        node = _resolve(node)
        if (node in self.names or node in self.active or self.indeg.get(node, 0) > 1
                or ind > self.MAX_INDENT or self._delegated(node)
                or (self.loops >= self.MAX_LOOPS and node.op in (BETWEEN, GETTAG))):
            if self._leaf(node, pin, out, ind):
                return
            self.call_rule(node, down, pin, out, ind)
            return
        self._enter(node, down)
        try:
            self.node(node, pin, out, ind)
        finally:
            self._leave(node)

    def _leaf(self, node, pin, out, ind):
        """Single tests are written in place wherever the rule is used."""
        op = node.op
        if op in (LITERAL, NCHAR, NOTNCHAR, RANGE, SET):
            self.node(node, pin, out, ind)
            return True
        return False

    def rx_match(self, rx, pin, out, ind, at_end=True):
        pat = self._compile_rx(rx)
        if pat is None:
            return False
        m = self.var("m")
        self.emit(ind, "%s = %s(text, %s, end)" % (m, self.const(pat.match), pin))
        self.emit(ind, "%s = None if %s is None else %s.end()" % (out, m, m))
        return True

    def node(self, node, pin, out, ind):
        op = node.op
        a = node.args
        if op == LITERAL:
            lit = a[0]
            if not lit:
                self.emit(ind, "%s = %s" % (out, pin))
            elif len(lit) == 1:
                self.emit(ind, "%s = %s + 1 if %s < end and text[%s] == %d else None"
                          % (out, pin, pin, pin, lit[0]))
            else:
                self.emit(ind, "%s = %s + %d if text.startswith(%r, %s, end) else None"
                          % (out, pin, len(lit), lit, pin))
            return
        if op == NCHAR:
            n = a[0]
            self.emit(ind, "%s = %s + %d if %s + %d <= end else None" % (out, pin, n, pin, n))
            return
        if op == NOTNCHAR:
            self.emit(ind, "%s = %s if %s + %d > end else None" % (out, pin, pin, a[0]))
            return
        if op == RANGE:
            self.emit(ind, "%s = %s + 1 if %s < end and %d <= text[%s] <= %d else None"
                      % (out, pin, pin, a[0], pin, a[1]))
            return
        if op == SET:
            table = bytes(1 if i in a[0] else 0 for i in range(256))
            self.emit(ind, "%s = %s + 1 if %s < end and %s[text[%s]] else None"
                      % (out, pin, pin, self.const(table), pin))
            return
        if op in (TO, THRU):
            srch = self._searcher(node.kids[0])
            if srch is not None:
                m = self.var("m")
                self.emit(ind, "%s = %s(text, %s, end)" % (m, self.const(srch), pin))
                self.emit(ind, "%s = None if %s is None else %s.%s()"
                          % (out, m, m, "start" if op == TO else "end"))
                return
        if self._delegated(node):
            self.call_rule(node, False, pin, out, ind)
            return
        rx = self.regex(node)
        if rx is not None and self.rx_match(rx, pin, out, ind):
            return
        getattr(self, _EMITTERS[op])(node, pin, out, ind)

    def e_look(self, node, pin, out, ind):
        off = node.args[0]
        q = self.var("q")
        t = self.var("t")
        self.emit(ind, "%s = %s + %d" % (q, pin, off))
        self.emit(ind, "if %s < 0 or %s > end:" % (q, q))
        self.emit(ind + 1, "%s = None" % out)
        self.emit(ind, "else:")
        self.sub_node(node.kids[0], True, q, t, ind + 1)
        self.emit(ind + 1, "%s = None if %s is None else %s" % (out, t, pin))

    def e_choice(self, node, pin, out, ind):
        kids = node.kids
        if not kids:
            self.emit(ind, "%s = None" % out)
            return
        if len(kids) == 1:
            self.sub_node(kids[0], False, pin, out, ind)
            return
        pin = self.keep(pin, out, ind)
        last = len(kids) - 1
        c = self.save(ind, *kids[:-1])
        # An alternative that surely fails at this byte is skipped; the
        # captures of one that failed are dropped before the next is tried.
        guards = [self.guard(k, pin) for k in kids]
        if sum(g is not None for g in guards) > 2:
            # the byte at pin read once for all the tests
            byte = self.var("b")
            self.emit(ind, "%s = text[%s] if %s < end else 256" % (byte, pin, pin))
            guards = [self.guard(k, pin, byte) for k in kids]
        if any(g is not None for g in guards):
            self.emit(ind, "%s = None" % out)
        for i, k in enumerate(kids):
            g = guards[i]
            if i:
                cond = "%s is None" % out
                g = cond if g is None else "%s and %s" % (cond, g)
            if g is None:
                sub = ind
            else:
                self.emit(ind, "if %s:" % g)
                sub = ind + 1
            self.sub_node(k, i < last, pin, out, sub)
            if i < last and c is not None and _resolve(k) in self.caps:
                self.emit(sub, "if %s is None:" % out)
                self.restore(sub + 1, c, k)

    def e_sequence(self, node, pin, out, ind):
        kids = node.kids
        if not kids:
            self.emit(ind, "%s = %s" % (out, pin))
            return
        # the items in order: ("node", kid, down) or ("fused", parts)
        items = []
        run = []

        def flush():
            if not run:
                return
            parts0 = run[0][0]
            if len(run) == 1 and len(parts0) == 1 and parts0[0][1] is None:
                items.append(("node",) + run[0][1:])
            else:
                parts = [p for group, _k, _d in run for p in group]
                rx = b"".join(p for p, _i in parts)
                if len(rx) <= MAX_RX and self._compile_rx(rx) is not None:
                    items.append(("fused", parts))
                else:
                    items.extend(("node", k, d) for _g, k, d in run)
            del run[:]

        n = len(kids)
        for i, k in enumerate(kids):
            parts = self._fusable(k)
            if parts is None:
                flush()
                items.append(("node", k, i < n - 1))
            else:
                run.append((parts, k, i < n - 1))
        flush()
        cur = pin
        for j, item in enumerate(items):
            if j:
                self.emit(ind, "if %s is not None:" % out)
                sub = ind + 1
            else:
                sub = ind
            if item[0] == "node":
                self.sub_node(item[1], item[2], cur, out, sub)
            else:
                self.fused(item[1], cur, out, sub)
            cur = out

    def _fusable(self, node, seen=None):
        parts = _Gen._fusable(self, node, seen)
        if parts is not None and self.acc and any(i is not None for _r, i in parts):
            return None     # (captures in accumulate mode are not fused)
        return parts

    def fused(self, parts, pin, out, ind):
        rx = b"".join(p for p, _i in parts)
        pat = self._compile_rx(rx)
        items = _fused_items(parts)
        m = self.var("m")
        self.emit(ind, "%s = %s(text, %s, end)" % (m, self.const(pat.match), pin))
        if not items:
            self.emit(ind, "%s = None if %s is None else %s.end()" % (out, m, m))
            return
        self.emit(ind, "if %s is None:" % m)
        self.emit(ind + 1, "%s = None" % out)
        self.emit(ind, "else:")
        ind += 1
        if all(it[0] == _F_CAP and not (self.br and (it[2] or self.keep0)) for it in items):
            self.emit(ind, "caps.extend(%s.groups())" % m)
            self.emit(ind, "%s = %s.end()" % (out, m))
            return
        # numbers may fail to convert: convert all first, then push
        vals = []
        conv = []
        for kind, g, tag, extra in items:
            if kind == _F_CAP:
                vals.append(("%s.group(%d)" % (m, g), tag))
            elif kind == _F_NUM:
                v = self.var("n")
                self.emit(ind, "%s = %s(%s.group(%d))" % (v, self.const(extra), m, g))
                conv.append(v)
                vals.append((v, tag))
            elif kind == _F_POS:
                vals.append(("float(%s.start(%d))" % (m, g), tag))
            else:
                vals.append((self.const(extra), tag))
        if conv:
            self.emit(ind, "if %s:" % " or ".join("%s is None" % v for v in conv))
            self.emit(ind + 1, "%s = None" % out)
            self.emit(ind, "else:")
            ind += 1
        for v, tag in vals:
            self.push(ind, v, tag)
        self.emit(ind, "%s = %s.end()" % (out, m))

    def e_if(self, node, pin, out, ind):
        pin = self.keep(pin, out, ind)
        t = self.var("t")
        self.sub_node(node.kids[0], True, pin, t, ind)
        self.emit(ind, "if %s is None:" % t)
        self.emit(ind + 1, "%s = None" % out)
        self.emit(ind, "else:")
        self.sub_node(node.kids[1], False, pin, out, ind + 1)

    def _unless(self, node, pin, out, ind):
        """Fail when node's first pattern matches; otherwise undo what it
        captured and return the pin to write the success case at (ind + 1)."""
        pin = self.keep(pin, out, ind)
        c = self.save(ind, node.kids[0])
        t = self.var("t")
        g = self.guard(node.kids[0], pin)
        if g is None:
            self.sub_node(node.kids[0], True, pin, t, ind)
        else:
            # (not tried where it surely fails: `(if-not "`" 1)` over a text)
            self.emit(ind, "if %s:" % g)
            self.sub_node(node.kids[0], True, pin, t, ind + 1)
            self.emit(ind, "else:")
            self.emit(ind + 1, "%s = None" % t)
        self.emit(ind, "if %s is not None:" % t)
        self.emit(ind + 1, "%s = None" % out)
        self.emit(ind, "else:")
        self.restore(ind + 1, c)
        return pin

    def e_ifnot(self, node, pin, out, ind):
        pin = self._unless(node, pin, out, ind)
        self.sub_node(node.kids[1], False, pin, out, ind + 1)

    def e_not(self, node, pin, out, ind):
        pin = self._unless(node, pin, out, ind)
        self.emit(ind + 1, "%s = %s" % (out, pin))

    def e_between(self, node, pin, out, ind):
        lo, hi = node.args
        kid = node.kids[0]
        if lo == 0 and hi == 1:
            pin = self.keep(pin, out, ind)
            c = self.save(ind, kid)
            self.sub_node(kid, True, pin, out, ind)
            self.emit(ind, "if %s is None:" % out)
            self.restore(ind + 1, c)
            self.emit(ind + 1, "%s = %s" % (out, pin))
            return
        x = self.var("p")
        q = self.var("q")
        cnt = self.var("n") if lo > 0 or hi != INF else None
        self.emit(ind, "%s = %s" % (x, pin))
        c0 = self.save(ind, kid) if lo > 0 else None
        if cnt:
            self.emit(ind, "%s = 0" % cnt)
        if hi == INF and not self.br and not self.acc:
            parts = self._fusable(kid)
            if parts and all(i is None or i[0] == _F_CAP for _r, i in parts):
                pat = self._compile_rx(b"".join(r for r, _i in parts))
                if pat is not None:
                    # `(any (* "," (<- :w+)))`: one re call per repetition
                    m = self.var("m")
                    self.emit(ind, "while True:")
                    self.emit(ind + 1, "%s = %s(text, %s, end)" % (m, self.const(pat.match), x))
                    self.emit(ind + 1, "if %s is None: break" % m)
                    self.emit(ind + 1, "%s = %s.end()" % (q, m))
                    self.emit(ind + 1, "if %s == %s: break" % (q, x))
                    if any(i is not None for _r, i in parts):
                        self.emit(ind + 1, "caps.extend(%s.groups())" % m)
                    if cnt:
                        self.emit(ind + 1, "%s += 1" % cnt)
                    self.emit(ind + 1, "%s = %s" % (x, q))
                    self._many_end(lo, cnt, c0, x, out, ind)
                    return
        self.emit(ind, "while %s:" % ("True" if hi == INF else "%s < %d" % (cnt, hi)))
        self.loops += 1
        c = self.save(ind + 1, kid)
        g = self.guard(kid, x)
        if g is None:
            self.sub_node(kid, True, x, q, ind + 1)
        else:
            # where the rule surely fails, the loop ends without trying it
            self.emit(ind + 1, "if %s:" % g)
            self.sub_node(kid, True, x, q, ind + 2)
            self.emit(ind + 1, "else:")
            self.emit(ind + 2, "%s = None" % q)
        if hi == INF:
            self.emit(ind + 1, "if %s is None or %s == %s:" % (q, q, x))
        else:
            self.emit(ind + 1, "if %s is None:" % q)
        self.restore(ind + 2, c)
        self.emit(ind + 2, "break")
        if cnt:
            self.emit(ind + 1, "%s += 1" % cnt)
        self.emit(ind + 1, "%s = %s" % (x, q))
        self.loops -= 1
        self._many_end(lo, cnt, c0, x, out, ind)

    def _many_end(self, lo, cnt, c0, x, out, ind):
        if lo > 0:
            self.emit(ind, "if %s < %d:" % (cnt, lo))
            self.restore(ind + 1, c0)
            self.emit(ind + 1, "%s = None" % out)
            self.emit(ind, "else:")
            self.emit(ind + 1, "%s = %s" % (out, x))
        else:
            self.emit(ind, "%s = %s" % (out, x))

    def e_gettag(self, node, pin, out, ind):
        search, tag = node.args
        pin = self.keep(pin, out, ind)
        i = self.var("i")
        self.emit(ind, "%s = None" % out)
        self.emit(ind, "for %s in range(len(tags) - 1, -1, -1):" % i)
        self.emit(ind + 1, "if tags[%s] == %d:" % (i, search))
        self.push(ind + 2, "tcaps[%s]" % i, tag)
        self.emit(ind + 2, "%s = %s" % (out, pin))
        self.emit(ind + 2, "break")

    def e_position(self, node, pin, out, ind):
        self.push(ind, "float(%s)" % pin, node.args[0])
        self.emit(ind, "%s = %s" % (out, pin))

    def e_argument(self, node, pin, out, ind):
        index, tag = node.args
        self.push(ind, "(s.extra[%d] if %d < len(s.extra) else None)" % (index, index), tag)
        self.emit(ind, "%s = %s" % (out, pin))

    def e_constant(self, node, pin, out, ind):
        value, tag = node.args
        if value.__class__ is _Hole:
            self.push(ind, "s.consts[%d]" % value.i, tag)
        else:
            self.push(ind, self.const(value), tag)
        self.emit(ind, "%s = %s" % (out, pin))

    def e_capture(self, node, pin, out, ind):
        pin = self.keep(pin, out, ind)
        self.sub_node(node.kids[0], True, pin, out, ind)
        self.emit(ind, "if %s is not None:" % out)
        self.push(ind + 1, "text[%s:%s]" % (pin, out), node.args[0], raw=True)

    def e_number(self, node, pin, out, ind):
        pin = self.keep(pin, out, ind)
        self.sub_node(node.kids[0], True, pin, out, ind)
        v = self.var("v")
        self.emit(ind, "if %s is not None:" % out)
        self.emit(ind + 1, "%s = %s(text[%s:%s])" % (v, self.const(self._scanner(node)), pin, out))
        self.emit(ind + 1, "if %s is None:" % v)
        self.emit(ind + 2, "%s = None" % out)
        if self.acc and not self.br:
            # accumulate keeps the text as written
            self.emit(ind + 1, "elif s.acc:")
            self.emit(ind + 2, "scratch += text[%s:%s]" % (pin, out))
        self.emit(ind + 1, "else:")
        self.push(ind + 2, v, node.args[1])

    def e_drop(self, node, pin, out, ind):
        c = self.save(ind, node.kids[0])
        self.sub_node(node.kids[0], True, pin, out, ind)
        if c is not None:
            self.emit(ind, "if %s is not None:" % out)
            self.restore(ind + 1, c)

    def e_only_tags(self, node, pin, out, ind):
        c = self.save(ind, node.kids[0])
        self.sub_node(node.kids[0], True, pin, out, ind)
        if c is not None:
            self.emit(ind, "if %s is not None:" % out)
            self.restore(ind + 1, c, keep_tags=True)

    def plain_mode(self, ind):
        """In a grammar with accumulate rules: leave that mode for a sub-rule
        whose captures are collected as values (returns the saved mode)."""
        if not self.acc:
            return None
        o = self.var("o")
        self.emit(ind, "%s = s.acc; s.acc = False" % o)
        return o

    def end_mode(self, ind, o, c):
        if o is not None:
            self.emit(ind, "s.acc = %s" % o)

    def keep_captures(self, ind, c):
        """Drop the captures since c but keep tagged ones (_load_keept)."""
        self.emit(ind, "del caps[%s:]" % c)
        if self.acc:
            self.emit(ind, "del scratch[%sa:]" % c)

    def mark(self, ind):
        c = self.var("c")
        self.emit(ind, "%s = len(caps)" % c)
        if self.acc:
            self.emit(ind, "%sa = len(scratch)" % c)
        return c

    def e_group(self, node, pin, out, ind):
        c = self.mark(ind)
        o = self.plain_mode(ind)
        self.sub_node(node.kids[0], True, pin, out, ind)
        self.end_mode(ind, o, c)
        v = self.var("v")
        self.emit(ind, "if %s is not None:" % out)
        self.emit(ind + 1, "%s = Array(caps[%s:])" % (v, c))
        self.keep_captures(ind + 1, c)
        self.push(ind + 1, v, node.args[0])

    def e_accumulate(self, node, pin, out, ind):
        tag = node.args[0]
        kid = node.kids[0]
        o = self.var("o")
        self.emit(ind, "%s = s.acc" % o)
        if not tag:
            # inside another accumulate an untagged one adds nothing
            self.emit(ind, "if %s:" % o)
            self.call_rule(kid, True, pin, out, ind + 1)
            self.emit(ind, "else:")
            ind += 1
        pin = self.keep(pin, out, ind)
        c = self.mark(ind)
        self.emit(ind, "s.acc = True")
        self.call_rule(kid, True, pin, out, ind)
        self.emit(ind, "s.acc = %s" % o)
        v = self.var("v")
        self.emit(ind, "if %s is not None:" % out)
        self.emit(ind + 1, "%s = bytes(scratch[%sa:])" % (v, c))
        self.keep_captures(ind + 1, c)
        self.push(ind + 1, v, tag, raw=True)

    def e_replace(self, node, pin, out, ind):
        const, tag = node.args
        op = node.op
        c = self.mark(ind)
        v = self.var("v")
        o = self.plain_mode(ind)
        self.sub_node(node.kids[0], True, pin, out, ind)
        self.end_mode(ind, o, c)
        self.emit(ind, "if %s is not None:" % out)
        k = self.const(const)
        cls = const.__class__
        if cls is _Hole:
            self.emit(ind + 1, "%s = ccall(s.consts[%d], *caps[%s:])" % (v, const.i, c))
        elif is_function(const):
            self.emit(ind + 1, "%s = ccall(%s, *caps[%s:])" % (v, k, c))
        elif cls is Struct:
            self.emit(ind + 1, "%s = %s.get(table_key(caps[-1])) if caps else None" % (v, k))
        elif cls is Table:
            self.emit(ind + 1, "%s = table_get(%s, caps[-1]) if caps else None" % (v, k))
        else:
            self.emit(ind + 1, "%s = %s" % (v, k))
        self.keep_captures(ind + 1, c)
        ind += 1
        if op != REPLACE:
            self.emit(ind, "if %s is None or %s is False:" % (v, v))
            self.emit(ind + 1, "%s = None" % out)
            self.emit(ind, "else:")
            ind += 1
        if op == MATCHSPLICE:
            x = self.var("v")
            self.emit(ind, "if isinstance(%s, (tuple, list)):" % v)
            self.emit(ind + 1, "for %s in %s:" % (x, v))
            self.push(ind + 2, x, tag)
            self.emit(ind, "else:")
            self.push(ind + 1, v, tag)
        else:
            self.push(ind, v, tag)

    def e_error(self, node, pin, out, ind):
        pin = self.keep(pin, out, ind)
        c = self.var("c")
        t = self.var("t")
        o = self.plain_mode(ind)
        self.emit(ind, "%s = len(caps)" % c)
        self.sub_node(node.kids[0], True, pin, t, ind)
        self.end_mode(ind, o, c)
        self.emit(ind, "if %s is not None:" % t)
        self.emit(ind + 1, "if len(caps) > %s: raise JanetError(caps[-1])" % c)
        self.emit(ind + 1, "_error_at(s, %s)" % pin)
        self.emit(ind, "%s = None" % out)


# Operators that push captures (the last of their args is the tag), those of
# them left as closures (which put untagged captures on the tag stack too), and
# the operators whose first sub-rule decides where they can start.
_PUSHERS = frozenset((CAPTURE, CAPTURE_NUM, POSITION, LINE, COLUMN, ARGUMENT, CONSTANT,
                      GROUP, REPLACE, MATCHTIME, MATCHSPLICE, ACCUMULATE, NTH, GETTAG,
                      READINT))
_DELEGATED_PUSHERS = frozenset((LINE, COLUMN, NTH, READINT))
# Zero-width operators, and the operators they may contain, that run no
# function, raise nothing, and do not recurse: a sequence that begins with such
# items fails where its first consuming item does (first, guardable), having
# only pushed captures that its failure drops.
_ZERO_WIDTH = frozenset((LOOK, NOT, GETTAG, POSITION, ARGUMENT, CONSTANT))
_PURE_OPS = frozenset((LITERAL, NCHAR, NOTNCHAR, RANGE, SET, LOOK, CHOICE, SEQUENCE, IF,
                       IFNOT, NOT, BETWEEN, GETTAG, POSITION, ARGUMENT, CONSTANT, CAPTURE,
                       DROP, GROUP, BACKMATCH))


def _pure(node, seen, depth):
    node = _resolve(node)
    if depth == 0 or node in seen or node.op not in _PURE_OPS:
        return False
    seen.add(node)
    return all(_pure(k, seen, depth - 1) for k in node.kids)


def _first_consuming(kids):
    """The index of the first of a sequence's items that is not a pure
    zero-width one (the last item when all are)."""
    i = 0
    while i < len(kids) - 1 and _resolve(kids[i]).op in _ZERO_WIDTH and _pure(kids[i], set(), 8):
        i += 1
    return i


_FIRST_KID = frozenset((SEQUENCE, IF, CAPTURE, CAPTURE_NUM, GROUP, DROP, ONLY_TAGS, REPLACE,
                        MATCHTIME, MATCHSPLICE, ERROR))

_EMITTERS = {
    LOOK: "e_look", CHOICE: "e_choice", SEQUENCE: "e_sequence", IF: "e_if",
    IFNOT: "e_ifnot", NOT: "e_not", BETWEEN: "e_between", GETTAG: "e_gettag",
    POSITION: "e_position", ARGUMENT: "e_argument", CONSTANT: "e_constant",
    CAPTURE: "e_capture", CAPTURE_NUM: "e_number", DROP: "e_drop",
    ONLY_TAGS: "e_only_tags", GROUP: "e_group", REPLACE: "e_replace",
    ACCUMULATE: "e_accumulate",
    MATCHTIME: "e_replace", MATCHSPLICE: "e_replace", ERROR: "e_error",
}

# Generated sources already compiled (grammars of one shape share a source).
_CODE_CACHE = {}
_CODE_CACHE_MAX = 512


def _error_at(s, pos):
    line, col = _linecol(s, pos)
    panicf("match error at line %d, column %d", line, col)


# --------------------------------------------------------------------------
# The core/peg type and the peg/* functions

class _Prog:
    """What matching uses of a compiled grammar, shared by the core/peg values
    made from one source: the top matcher, whether matching must keep tagged
    captures for back-references, a search function when the whole grammar is
    one regular expression, and one that skips to where it can start.

    A grammar first matches with `_Gen`'s closures, which are quick to make;
    once it has been used a few times (or on long texts) its matcher is
    generated as Python source (`_Src`), which takes longer to make and runs
    faster.  So a grammar built afresh for one short match never pays for
    source generation.  Grammars with accumulate rules keep their closures."""
    __slots__ = ("main", "br", "acc", "search", "skip", "node", "keep0", "credit")

    def __init__(self, node, br, acc, nodes):
        gen = _Gen(br, acc)
        self.main = gen.top(node)
        self.br = br
        self.search = gen._searcher(node)
        self.skip = gen.skipper(node)
        self.acc = acc
        self.node = node
        # The tag stack is only searched for tags other than 0 (untagged),
        # but by `(backmatch)` without a tag, and it is shown by `(debug)`.
        self.keep0 = any(n.op == DEBUG or (n.op == BACKMATCH and n.args[0] == 0)
                         for n in nodes)
        self.credit = _WARM_CREDIT

    def warm(self, n):
        """Count one use on a text of n bytes; generate source when warm."""
        self.credit -= 1 + (n >> 10)
        if self.credit > 0:
            return
        self.credit = 0
        node = self.node
        self.node = None
        try:
            self.main = _Src(self.br, self.acc, self.keep0).top(node)
        except (SyntaxError, RecursionError, MemoryError, _NoSource):
            pass            # a grammar Python cannot compile keeps its closures


_WARM_CREDIT = 8


class Peg(Abstract):
    """A compiled grammar (`core/peg`): its matching program (`_Prog`) and what
    marshal needs (the compiled nodes in layout order with their constants, or
    bytecode)."""
    __slots__ = ("prog", "layout", "consts")
    type_name = "core/peg"
    methods = None      # filled in below, once the functions exist

    def __init__(self, prog, layout, consts=()):
        self.prog = prog
        self.layout = layout
        self.consts = consts        # the functions of a grammar compiled by shape

    def janet_next(self, key):
        return next_method(self.methods, key)


def _default_grammar():
    d = dyn(KW_PEG_GRAMMAR)
    return d if d.__class__ is Table else None


def compile_peg(x, default=_ABSENT):
    """Compile the peg source `x` into a Peg (raises the reference's grammar
    errors); `default` is the fallback grammar, `(dyn :peg-grammar)` if absent."""
    if default is _ABSENT and x.__class__ is not Peg:
        peg = _get_peg(x)
        # each peg/compile makes a new core/peg, as the reference's does
        return Peg(peg.prog, peg.layout, peg.consts)
    return _compile(x, default)[0]


def _compile(x, default):
    b = _Builder(x, default)
    node = b.compile(x)
    prog = _Prog(node, b.has_backref, b.has_acc, b.order)
    return Peg(prog, (b.order, b.constants)), b


# Peg source is compiled on every use in the reference (peg/match with source,
# and peg/compile itself, which programs such as Markdown parsers call per
# document); as that costs far more here, each compiled peg is remembered with
# what it was compiled from.  The builder reads nothing mutable but the tables
# it takes as grammars and the buffers it takes as literals, and the rules it
# took from the default grammar: the entry is used again while each of those
# still holds exactly what was read (compared by identity, so cheaply); other
# values in the source (functions, replacement tables, constants) are kept by
# reference, as the reference's compiled peg keeps them.  Entries hold the
# source, so its id is not reused while cached.
_CACHE = {}
_CACHE_MAX = 256


def _unchanged(mutable):
    for obj, seen in mutable:
        if obj.__class__ is Buffer:
            if bytes(obj) != seen:
                return False
        else:
            if len(obj) != len(seen):
                return False
            get = obj.get
            for k, v in seen.items():
                if get(k, _ABSENT) is not v:
                    return False
    return True


def _valid(default, deps, mutable):
    for k, v in deps:
        if table_get(default, k) is not v:
            return False
    return _unchanged(mutable)


def _get_peg(x):
    if x.__class__ is Peg:
        return x
    default = _default_grammar()
    e = _CACHE.get(id(x))
    if e is not None and e[0] is x and e[1] is default and _valid(default, e[2], e[3]):
        # least recently used entries go first: move this one to the end
        del _CACHE[id(x)]
        _CACHE[id(x)] = e
        return e[4]
    peg, b = _compile_shaped(x, default)
    _evict(_CACHE, _CACHE_MAX)
    _CACHE[id(x)] = (x, default, b.deps, b.mutable, peg)
    return peg


def _evict(cache, limit):
    """Make room in a full cache by dropping its older half."""
    if len(cache) >= limit:
        for k in list(cache)[:limit // 2]:
            del cache[k]


# Programs also build their grammars afresh for each use, as structs and
# tuples holding new closures (the replacement functions of one parse).  Such
# sources are the same but for their functions, so they are also remembered
# by shape: the source with each function replaced by its number (in order of
# first appearance, so which functions are the same one is part of the shape).
# A grammar compiled by shape holds `_Hole`s where the functions were, and its
# matchers take them from the core/peg (`Peg.consts`, `_State.consts`).
# Sources with tables, buffers or values of other types are not shaped.

class _Hole:
    """The i-th function of a grammar compiled by shape."""
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i


class _Unshaped(Exception):
    pass


_SHAPE_CACHE = {}
_SHAPE_CACHE_MAX = 256
_TOKENS = {}
_TOKENS_MAX = 200000
_S_TUPLE, _S_STRUCT, _S_FN, _S_TRUE, _S_FALSE = (object() for _ in range(5))
_SHAPE_LEAVES = (bytes, float, Keyword, Symbol, type(None))


def _shape(x, fns, memo):
    c = x.__class__
    if c in _SHAPE_LEAVES:
        return x
    if c is bool:
        return _S_TRUE if x else _S_FALSE
    k = memo.get(id(x))
    if k is not None:
        return k
    if isinstance(x, tuple):
        k = (_S_TUPLE,) + tuple([_shape(y, fns, memo) for y in x])
    elif c is Struct:
        if x.proto is not None:
            raise _Unshaped
        k = (_S_STRUCT,) + tuple([(_shape(a, fns, memo), _shape(b, fns, memo))
                                  for a, b in x.items()])
    elif is_function(x) and not isinstance(x, Abstract):
        i = fns.get(id(x))
        if i is None:
            i = fns[id(x)] = (len(fns), x)
        k = (_S_FN, i[0])
    else:
        raise _Unshaped
    # Each distinct composite shape is one token, so a key is flat: hashing
    # and comparing it stays linear even when the source shares sub-forms.
    t = _TOKENS.get(k)
    if t is None:
        t = _TOKENS[k] = object()
    memo[id(x)] = t
    return t


def _holed(x, holes):
    """x with each function replaced by its hole."""
    c = x.__class__
    if c in _SHAPE_LEAVES or c is bool:
        return x
    if isinstance(x, tuple):
        return tuple([_holed(y, holes) for y in x])
    if c is Struct:
        out = Struct()
        dict.update(out, {a: _holed(b, holes) for a, b in x.items()})
        return out
    return holes[id(x)]


def _compile_shaped(x, default):
    fns = {}
    try:
        key = _shape(x, fns, {})
    except _Unshaped:
        return _compile(x, default)
    consts = tuple(f for _i, f in sorted(fns.values(), key=lambda e: e[0]))
    e = _SHAPE_CACHE.get(key)
    if e is not None and e[0] is default and _valid(default, e[1].deps, e[1].mutable):
        del _SHAPE_CACHE[key]
        _SHAPE_CACHE[key] = e
        tpl = e[2]
        return Peg(tpl.prog, tpl.layout, consts), e[1]
    if fns:
        holes = {fid: _Hole(i) for fid, (i, _f) in fns.items()}
        try:
            peg, b = _compile(_holed(x, holes), default)
        except JanetError:
            return _compile(x, default)     # for the error, which shows the source
        peg.consts = consts
    else:
        peg, b = _compile(x, default)
    if len(_TOKENS) >= _TOKENS_MAX:
        _SHAPE_CACHE.clear()
        _TOKENS.clear()     # (keys made of the old tokens could never match again)
        key = _shape(x, {}, {})
    _evict(_SHAPE_CACHE, _SHAPE_CACHE_MAX)
    _SHAPE_CACHE[key] = (default, b, peg)
    return peg, b


def _text_arg(x, n):
    t = A.bytes_(x, n)
    return t if t.__class__ is bytes else bytes(t)


def _start_arg(rest, n, length):
    if not rest:
        return 0
    raw = A.integer(rest[0], n)
    i = raw + length + 1 if raw < 0 else raw
    if i < 0 or i > length:
        panicf("offset index %d out of range [%d,%d]", raw, -length - 1, length)
    return i


def _prog(peg, t):
    """The matching program of peg source or a Peg, counting a use on text t."""
    prog = _get_peg(peg).prog
    if prog.credit:
        prog.warm(len(t))
    return prog


def _run(prog, s, p):
    try:
        return prog.main(s, p)
    except RecursionError:
        _too_deep()


@builtin("peg/compile", "(peg/compile peg)",
         "Compiles peg source (a string, number, tuple, struct, table ...) into a "
         "<core/peg> that can be matched many times without recompiling.  Keywords "
         "not defined by the grammar are looked up in `(dyn :peg-grammar)`, "
         "`default-peg-grammar` unless rebound.")
def peg_compile(peg):
    return compile_peg(peg)


@builtin("peg/match", "(peg/match peg text &opt start & args)",
         "Matches peg against text (from index start) and returns the array of "
         "captures, or nil when there is no match.  The extra args are what "
         "`(argument n)` captures.  PEG syntax is described on the Janet website.")
def peg_match(peg, text, *rest):
    peg = _get_peg(peg)
    t = _text_arg(text, 1)
    start = _start_arg(rest, 2, len(t))
    prog = _prog(peg, t)
    s = _State(t, rest[1:], prog.br, peg.consts)
    return None if _run(prog, s, start) is None else s.caps


def _positions(prog, t, start, s):
    """Every index from start (excluding the end of text) where peg matches,
    with the end of each match, as a generator of (index, end)."""
    n = len(t)
    search = prog.search
    if search is not None:
        i = start
        while i < n:
            r = search(t, i, n)
            if r is None:
                return
            j = r.start()
            if j >= n:
                return
            yield j, r.end()
            i = j + 1
        return
    main = prog.main
    skip = prog.skip
    i = start
    while i < n:
        if skip is not None:
            # positions where the grammar cannot start fail silently: skip them
            r = skip(t, i, n)
            if r is None:
                return
            i = r.start()
        s.reset()
        try:
            q = main(s, i)
        except RecursionError:
            _too_deep()
        if q is not None:
            yield i, q
        i += 1


@builtin("peg/find", "(peg/find peg text &opt start & args)",
         "The first index (from start) at which peg matches in text, or nil.")
def peg_find(peg, text, *rest):
    peg = _get_peg(peg)
    t = _text_arg(text, 1)
    start = _start_arg(rest, 2, len(t))
    prog = _prog(peg, t)
    s = _State(t, rest[1:], prog.br, peg.consts)
    for i, _q in _positions(prog, t, start, s):
        return float(i)
    return None


@builtin("peg/find-all", "(peg/find-all peg text &opt start & args)",
         "An array of every index (from start) at which peg matches in text.  "
         "Matches may overlap: each index is tried on its own.")
def peg_find_all(peg, text, *rest):
    peg = _get_peg(peg)
    t = _text_arg(text, 1)
    start = _start_arg(rest, 2, len(t))
    prog = _prog(peg, t)
    s = _State(t, rest[1:], prog.br, peg.consts)
    return Array(float(i) for i, _q in _positions(prog, t, start, s))


def _replace(peg, subst, text, rest, only_one):
    peg = _get_peg(peg)
    t = _text_arg(text, 2)
    start = _start_arg(rest, 3, len(t))
    n = len(t)
    prog = _prog(peg, t)
    s = _State(t, rest[1:], prog.br, peg.consts)
    out = Buffer()
    trail = 0
    fn = is_function(subst)
    if not fn:
        subst = text_substitution(subst, b"")
    search = prog.search
    skip = prog.skip
    i = start
    while i < n:
        if search is not None:
            # a grammar without captures: find the next match in one call
            r = search(t, i, n)
            if r is None or r.start() >= n:
                break
            i = r.start()
            q = r.end()
        else:
            if skip is not None:
                r = skip(t, i, n)
                if r is None:
                    break
                i = r.start()
            s.reset()
            q = _run(prog, s, i)
            if q is None:
                i += 1
                continue
        if trail < i:
            out += t[trail:i]
        out += to_string(ccall(subst, t[i:q], *s.caps)) if fn else subst
        trail = q
        i = q + 1 if q == i else q
        if only_one:
            break
    if trail < n:
        out += t[trail:]
    return out


@builtin("peg/replace", "(peg/replace peg subst text &opt start & args)",
         "A new buffer of text with the first match of peg replaced by subst.  "
         "When subst is a function it is called with the matched text and the "
         "match's captures, and its result is used.  Without a match, the buffer "
         "holds text unchanged.")
def peg_replace(peg, subst, text, *rest):
    return _replace(peg, subst, text, rest, True)


@builtin("peg/replace-all", "(peg/replace-all peg subst text &opt start & args)",
         "A new buffer of text with every (non-overlapping) match of peg replaced "
         "by subst, which may be a function of the matched text and the captures.")
def peg_replace_all(peg, subst, text, *rest):
    return _replace(peg, subst, text, rest, False)


Peg.methods = {kw("match"): peg_match, kw("find"): peg_find, kw("find-all"): peg_find_all,
               kw("replace"): peg_replace, kw("replace-all"): peg_replace_all}


# --------------------------------------------------------------------------
# marshal and unmarshal, in the reference's format: the peg's bytecode (one
# 32-bit word per entry) and its constants.  Compiled nodes are laid out as
# the reference's compiler lays out its rules, so the bytes are the same.

# The reference's opcode numbers for our ops, and back.
_OPCODES = {
    LITERAL: 0, NCHAR: 1, NOTNCHAR: 2, RANGE: 3, SET: 4, LOOK: 5, CHOICE: 6, SEQUENCE: 7,
    IF: 8, IFNOT: 9, NOT: 10, BETWEEN: 11, GETTAG: 12, CAPTURE: 13, POSITION: 14,
    ARGUMENT: 15, CONSTANT: 16, ACCUMULATE: 17, GROUP: 18, REPLACE: 19, MATCHTIME: 20,
    ERROR: 21, DROP: 22, BACKMATCH: 23, TO: 24, THRU: 25, LENPREFIX: 26, READINT: 27,
    LINE: 28, COLUMN: 29, UNREF: 30, CAPTURE_NUM: 31, SUB: 32, TIL: 33, SPLIT: 34,
    NTH: 35, ONLY_TAGS: 36, MATCHSPLICE: 37, DEBUG: 38,
}
_OPS = {v: k for k, v in _OPCODES.items()}
M32 = 0xFFFFFFFF


def _rule_size(node):
    op = node.op
    if op == LITERAL:
        return 2 + (len(node.args[0]) + 3) // 4
    if op == SET:
        return 9
    if op in (CHOICE, SEQUENCE):
        return 2 + len(node.kids)
    if op == DEBUG:
        return 1
    if op in (BETWEEN, CAPTURE_NUM, NTH, REPLACE, MATCHTIME, MATCHSPLICE):
        return 4
    if op in (NCHAR, NOTNCHAR, RANGE, NOT, ERROR, DROP, BACKMATCH, TO, THRU, ONLY_TAGS,
              POSITION, LINE, COLUMN):
        return 2
    return 3


def _bytecode(layout):
    """(words, constants) of a compiled peg, as the reference would make them."""
    if layout[0] == "bytecode":
        return layout[1], layout[2]
    order, constants = layout
    index = {}
    n = 0
    for node in order:
        if node.op != ALIAS:
            index[node] = n
            n += _rule_size(node)
    cindex = {}
    for i, (node, _v) in enumerate(constants):
        cindex[node] = i

    def at(k):
        return index[_resolve(k)]

    words = []
    for node in order:
        op = node.op
        if op == ALIAS:
            continue
        a = node.args
        k = node.kids
        w = [_OPCODES[op]]
        if op == LITERAL:
            lit = a[0]
            w.append(len(lit))
            padded = lit + bytes(-len(lit) % 4)
            w.extend(int.from_bytes(padded[i:i + 4], "little") for i in range(0, len(padded), 4))
        elif op in (NCHAR, NOTNCHAR, POSITION, LINE, COLUMN, BACKMATCH):
            w.append(a[0])
        elif op == RANGE:
            w.append(a[0] | (a[1] << 16))
        elif op == SET:
            bits = 0
            for c in a[0]:
                bits |= 1 << c
            w.extend((bits >> (32 * i)) & M32 for i in range(8))
        elif op == LOOK:
            w += [a[0] & M32, at(k[0])]
        elif op in (CHOICE, SEQUENCE):
            w.append(len(k))
            w.extend(at(x) for x in k)
        elif op in (IF, IFNOT, LENPREFIX, SUB, TIL, SPLIT):
            w += [at(k[0]), at(k[1])]
        elif op in (NOT, ERROR, DROP, TO, THRU, ONLY_TAGS):
            w.append(at(k[0]))
        elif op == BETWEEN:
            w += [a[0], a[1], at(k[0])]
        elif op in (GETTAG, ARGUMENT):
            w += [a[0], a[1]]
        elif op == CONSTANT:
            w += [cindex[node], a[1]]
        elif op in (CAPTURE, ACCUMULATE, GROUP, UNREF):
            w += [at(k[0]), a[0]]
        elif op in (REPLACE, MATCHTIME, MATCHSPLICE):
            w += [at(k[0]), cindex[node], a[1]]
        elif op == READINT:
            width, signed, big, tag = a
            w += [width | (0x10 if signed else 0) | (0x20 if big else 0), tag]
        elif op == CAPTURE_NUM:
            w += [at(k[0]), a[0], a[1]]
        elif op == NTH:
            w += [a[0], at(k[0]), a[1]]
        words.extend(w)
    return words, [v for _n, v in constants]


def _peg_marshal(peg, m):
    words, constants = _bytecode(peg.layout)
    constants = [peg.consts[c.i] if c.__class__ is _Hole else c for c in constants]
    m.write_int64(len(words))
    m.write_int(len(constants))
    m.mark_seen(peg)
    for w in words:
        m.write_int(w - 0x100000000 if w & 0x80000000 else w)
    for c in constants:
        m.write_value(c)


# Words after the opcode, for the fixed-size rules; and which of them are
# rules (positions in the bytecode that must be instructions).
_SHAPES = {
    NCHAR: (1, ()), NOTNCHAR: (1, ()), RANGE: (1, ()), POSITION: (1, ()), LINE: (1, ()),
    COLUMN: (1, ()), BACKMATCH: (1, ()), SET: (8, ()), LOOK: (2, (1,)),
    IF: (2, (0, 1)), IFNOT: (2, (0, 1)), LENPREFIX: (2, (0, 1)), BETWEEN: (3, (2,)),
    ARGUMENT: (2, ()), GETTAG: (2, ()), CONSTANT: (2, ()), CAPTURE_NUM: (3, (0,)),
    ACCUMULATE: (2, (0,)), GROUP: (2, (0,)), CAPTURE: (2, (0,)), UNREF: (2, (0,)),
    REPLACE: (3, (0,)), MATCHTIME: (3, (0,)), MATCHSPLICE: (3, (0,)),
    SUB: (2, (0, 1)), TIL: (2, (0, 1)), SPLIT: (2, (0, 1)), ERROR: (1, (0,)),
    DROP: (1, (0,)), ONLY_TAGS: (1, (0,)), NOT: (1, (0,)), TO: (1, (0,)),
    THRU: (1, (0,)), READINT: (2, ()), NTH: (3, (1,)), DEBUG: (0, ()),
}


def _bad_bytecode():
    panic("invalid peg bytecode")


def _peg_unmarshal(u):
    size = u.read_size()
    nconst = u.read_int()
    peg = Peg(None, None)
    u.register(peg)
    if nconst < 0 or size > 0x7FFFFFFF:
        _bad_bytecode()
    words = [u.read_int() & M32 for _ in range(size)]
    constants = [u.read_value() for _ in range(nconst)]
    peg.layout = ("bytecode", words, constants)
    nodes, br, acc = _decode(words, constants)
    if not nodes:
        # The reference accepts an empty program (and then runs whatever
        # follows it in memory); here it is a matcher that reports that.
        peg.prog = _Prog(Node().set(NCHAR, (0,)), False, True, ())
        peg.prog.main = _m_bad_opcode
        return peg
    peg.prog = _Prog(nodes[0], br, acc, nodes.values())
    return peg


def _m_bad_opcode(s, p):
    panic("unexpected opcode")


def _decode(words, constants):
    """Check bytecode the way the reference does and turn it into nodes:
    (nodes by position, has back-references, has accumulate rules)."""
    n = len(words)
    flags = bytearray(n)        # 1: referenced as a rule, 2: an instruction starts here
    starts = []
    br = acc = False
    i = 0
    while i < n:
        flags[i] |= 2
        starts.append(i)
        op = _OPS.get(words[i])
        if op is None:
            _bad_bytecode()
        if op == LITERAL:
            if i > n - 1:
                _bad_bytecode()
            length = words[i + 1] if i + 1 < n else 0
            i += 2 + ((length + 3) >> 2)
            continue
        if op in (CHOICE, SEQUENCE):
            if i > n - 2:
                _bad_bytecode()
            count = words[i + 1]
            if i > n - (2 + count):
                _bad_bytecode()
            for j in range(count):
                r = words[i + 2 + j]
                if r >= n:
                    _bad_bytecode()
                flags[r] |= 1
            i += 2 + count
            continue
        nargs, rules = _SHAPES[op]
        if rules or op in (CONSTANT, REPLACE, MATCHTIME, MATCHSPLICE, READINT):
            if i > n - (nargs + 1):
                _bad_bytecode()
        for j in rules:
            r = words[i + 1 + j]
            if r >= n:
                _bad_bytecode()
            flags[r] |= 1
        if op == CONSTANT and words[i + 1] >= len(constants):
            _bad_bytecode()
        if op in (REPLACE, MATCHTIME, MATCHSPLICE) and words[i + 2] >= len(constants):
            _bad_bytecode()
        if op == READINT and words[i + 1] > 8:
            _bad_bytecode()     # (the reference checks the whole word, signedness bits too)
        if op in (GETTAG, BACKMATCH):
            br = True
        if op == ACCUMULATE:
            acc = True
        i += 1 + nargs
    if i != n or any(f == 1 for f in flags):
        _bad_bytecode()
    nodes = {s: Node() for s in starts}
    for s in starts:
        op = _OPS[words[s]]
        w = words[s + 1:s + 1 + (_SHAPES[op][0] if op in _SHAPES else 0)]
        node = nodes[s]
        if op == LITERAL:
            length = words[s + 1]
            raw = b"".join(x.to_bytes(4, "little") for x in words[s + 2:s + 2 + ((length + 3) >> 2)])
            node.set(LITERAL, (raw[:length],))
        elif op in (CHOICE, SEQUENCE):
            count = words[s + 1]
            node.set(op, (), tuple(nodes[r] for r in words[s + 2:s + 2 + count]))
        elif op in (NCHAR, NOTNCHAR, POSITION, LINE, COLUMN, BACKMATCH):
            node.set(op, (w[0],))
        elif op == RANGE:
            lo, hi = w[0] & 0xFF, (w[0] >> 16) & 0xFF
            if lo <= hi:
                node.set(RANGE, (lo, hi))
            else:
                node.set(SET, (frozenset(),))
        elif op == SET:
            node.set(SET, (frozenset(c for c in range(256) if w[c >> 5] >> (c & 31) & 1),))
        elif op == LOOK:
            off = w[0] - 0x100000000 if w[0] & 0x80000000 else w[0]
            node.set(LOOK, (off,), (nodes[w[1]],))
        elif op in (IF, IFNOT, LENPREFIX, SUB, TIL, SPLIT):
            node.set(op, (), (nodes[w[0]], nodes[w[1]]))
        elif op in (NOT, ERROR, DROP, TO, THRU, ONLY_TAGS):
            node.set(op, (), (nodes[w[0]],))
        elif op == BETWEEN:
            node.set(BETWEEN, (w[0], w[1]), (nodes[w[2]],))
        elif op in (GETTAG, ARGUMENT):
            node.set(op, (w[0], w[1]))
        elif op == CONSTANT:
            node.set(CONSTANT, (constants[w[0]], w[1]))
        elif op in (CAPTURE, ACCUMULATE, GROUP, UNREF):
            node.set(op, (w[1],), (nodes[w[0]],))
        elif op in (REPLACE, MATCHTIME, MATCHSPLICE):
            node.set(op, (constants[w[1]], w[2]), (nodes[w[0]],))
        elif op == READINT:
            node.set(READINT, (w[0] & 0xF, bool(w[0] & 0x10), bool(w[0] & 0x20), w[1]))
        elif op == CAPTURE_NUM:
            node.set(CAPTURE_NUM, (w[1], w[2]), (nodes[w[0]],))
        elif op == NTH:
            node.set(NTH, (w[0], w[2]), (nodes[w[1]],))
        else:
            node.set(DEBUG)
    return nodes, br, acc


register_abstract("core/peg", _peg_marshal, _peg_unmarshal)
