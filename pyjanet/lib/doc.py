"""Documentation and environment introspection: doc, doc*, doc-of, doc-format,
all-bindings, all-dynamics, env-lookup.

Corresponds to the documentation section of the reference's src/boot/boot.janet
(doc-format's markdown-subset formatter, print-module-entry, print-index, doc*,
doc, doc-of, all-bindings, all-dynamics) and env-lookup in src/core/marsh.c.

`doc-format` reads a docstring as a small subset of markdown -- paragraphs,
`*`/`-` bullet lists, numbered lists, fenced and indented code blocks, and
`code`, *italics*, **bold** spans -- and re-flows it to (dyn :doc-width) columns
(80 by default) with an indent, exactly as the reference lays it out, trailing
spaces and all.
"""

from ..values import Array, Buffer, Keyword, Struct, Symbol, Table, kw, sym, truthy, \
    type_name, from_key, SortKey
from ..errors import panicf, JanetError, Frame
from ..printer import format_message
from ..runtime import builtin, dyn, get as rt_get, in_ as rt_in, STATE, length as rt_length
from ..ops import sub_slow
from .. import args as A
from .eval import boot
from .table import table_getproto

KW_DOC_WIDTH = kw("doc-width")
KW_DOC_COLOR = kw("doc-color")
KW_VALUE = kw("value")
KW_REF = kw("ref")
KW_REDEF = kw("redef")
KW_MACRO = kw("macro")
KW_MODULE = kw("module")
KW_KIND = kw("kind")
KW_DOC = kw("doc")
KW_SOURCE_MAP = kw("source-map")
KW_UL = kw("ul")
KW_OL = kw("ol")
KW_CB = kw("cb")

SPECIAL_FORMS = tuple(sym(s) for s in (
    "break", "def", "do", "fn", "if", "quasiquote", "quote", "set", "splice",
    "unquote", "upscope", "var", "while"))

SPACE, NEWLINE, STAR, DASH, DOT, TICK, BACKSLASH = 32, 10, 42, 45, 46, 96, 92

_COLOR_DELIMS = {"code": (b"\x1b[97m", b"\x1b[39m"), "italics": (b"\x1b[4m", b"\x1b[24m"),
                 "bold": (b"\x1b[1m", b"\x1b[22m")}
_PLAIN_DELIMS = {"code": (b"`", b"`"), "italics": (b"*", b"*"), "bold": (b"**", b"**")}


# --------------------------------------------------------------------------
# doc-format: parsing into blocks

class _DocParser:
    """Splits a docstring into blocks.  A block is a paragraph (a tuple of
    (word, visible-length) tokens), ("ul"|"ol", [item-blocks...]) or ("cb", text).
    Positions are byte offsets; reading past the end gives None."""

    def __init__(self, text, has_color):
        self.s = text
        self.n = len(text)
        self.cursor = 0
        self.stack = []
        self.delims = _COLOR_DELIMS if has_color else _PLAIN_DELIMS
        self.has_color = has_color
        self.modes = {}

    # -- traversal helpers
    def c(self, k=0):
        i = self.cursor + k
        return self.s[i] if 0 <= i < self.n else None

    def skipwhite(self):
        x = self.cursor
        while self.c() == SPACE:
            self.cursor += 1
        return self.cursor - x

    def skipline(self):
        x = self.cursor
        while True:
            y = self.c()
            if y is None or y == NEWLINE:
                break
            self.cursor += 1
        self.cursor += 1
        return self.cursor - x

    # -- detectors: how many bytes the marker takes, or None
    def ul(self):
        x, x1 = self.c(), self.c(1)
        return 2 if x1 == SPACE and (x == STAR or x == DASH) else None

    def ol(self):
        old = self.cursor
        while True:
            y = self.c()
            # past the end, the reference's comparison of nil with a digit fails
            if y is None or not (48 <= y <= 57):
                break
            self.cursor += 1
        c1, c2, end = self.c(), self.c(1), self.cursor
        self.cursor = old
        if c1 == DOT and c2 == SPACE:
            return end - old + 2
        return None

    def fcb(self):
        return 3 if self.c() == TICK and self.c(1) == TICK and self.c(2) == TICK else None

    def getslice(self, a, b):
        if a > self.n:
            # the reference's string/slice refuses a start past the end
            panicf("start index %d out of range [%d,%d]", a, -self.n - 1, self.n)
        return self.s[a:min(b, self.n)]

    # -- block parsers; each returns the indentation it leaves the cursor at
    def parse_list(self, check, kind, indent):
        items = []
        node = (kind, items)
        old = self.stack
        cur = indent
        while self.c() is not None and cur >= indent:
            x = check()
            if x is None:
                cur = self.skipwhite()
                break
            self.cursor += x
            item_indent = indent + self.skipwhite() + x
            self.stack = []
            cur = self.parse_blocks(item_indent)
            items.append(self.stack)
        self.stack = old
        self.stack.append(node)
        return cur

    def add_codeblock(self, indent, start, end):
        code = self.getslice(start, end).replace(b"\n" + b" " * indent, b"\n")
        self.stack.append(("cb", code))
        self.skipline()
        return self.skipwhite()

    def parse_fcb(self, indent):
        self.cursor += 3
        self.skipline()
        self.cursor += indent
        start = end = self.cursor
        while self.c() is not None:
            if self.fcb():
                break
            self.skipline()
            end = self.cursor
            self.skipwhite()
        return self.add_codeblock(indent, start, end)

    def parse_icb(self, indent):
        start = end = self.cursor
        while self.c() is not None:
            self.skipline()
            end = self.cursor
            if self.skipwhite() < indent:
                break
        return self.add_codeblock(indent, start, end)

    def toggle(self, mode):
        active = self.modes.get(mode, False)
        self.modes[mode] = not active
        return self.delims[mode][1 if active else 0]

    def tokenize_line(self, line):
        tokens = []
        token = bytearray()
        length = [0]

        def delim(mode):
            d = self.toggle(mode)
            if not self.has_color:
                length[0] += len(d)
            token.extend(d)

        def endtoken():
            if token:
                tokens.append((bytes(token), length[0]))
            del token[:]
            length[0] = 0

        i = 0
        n = len(line)
        while i < n:
            b = line[i]
            if b == NEWLINE or b == SPACE:
                endtoken()
            elif b == TICK:
                delim("code")
            elif not self.modes.get("code"):
                if b == BACKSLASH:
                    length[0] += 1
                    i += 1
                    if i < n:
                        token.append(line[i])
                    else:
                        # buffer/push of the missing byte after a final backslash
                        panicf("bad slot #1, expected string, symbol, keyword or buffer, got nil")
                elif b == STAR:
                    if i + 1 < n and line[i + 1] == STAR:
                        i += 1
                        delim("bold")
                    else:
                        delim("italics")
                else:
                    length[0] += 1
                    token.append(b)
            else:
                length[0] += 1
                token.append(b)
            i += 1
        endtoken()
        return tuple(tokens)

    def parse_blocks(self, indent):
        new_indent = indent
        p_start = None
        p_end = None
        while self.c() is not None and new_indent >= indent:
            if self.c() == NEWLINE or self.ul() or self.ol() or self.fcb() \
                    or new_indent >= indent + 4:
                if p_start is not None and p_end > p_start:
                    self.stack.append(self.tokenize_line(self.getslice(p_start, p_end)))
                    p_start = None
                if self.c() == NEWLINE:
                    self.cursor += 1
                    new_indent = self.skipwhite()
                elif self.ul():
                    new_indent = self.parse_list(self.ul, "ul", new_indent)
                elif self.ol():
                    new_indent = self.parse_list(self.ol, "ol", new_indent)
                elif self.fcb():
                    new_indent = self.parse_fcb(new_indent)
                else:
                    new_indent = self.parse_icb(new_indent)
            else:
                if p_start is None:
                    p_start = self.cursor
                self.skipline()
                p_end = self.cursor
                new_indent = self.skipwhite()
        if p_start is not None and p_end > p_start:
            self.stack.append(self.tokenize_line(self.getslice(p_start, p_end)))
        return new_indent


# --------------------------------------------------------------------------
# doc-format: laying the blocks out

class _Emitter:
    def __init__(self, max_width):
        self.buf = Buffer()
        self.col = 0
        self.max_width = max_width

    def indent(self, n):
        if n - self.col > 0:
            self.buf += b" " * (n - self.col)
            self.col = n

    def nl(self):
        self.buf.append(NEWLINE)
        self.col = 0

    def word(self, w, indent, length=None):
        buf = self.buf
        if buf and buf[-1] != NEWLINE and buf[-1] != SPACE:
            buf.append(SPACE)
            self.col += 1
        if length is None:
            length = len(w)
        if indent is not None and 1 + self.col + length > self.max_width:
            self.nl()
            self.indent(indent)
        buf += w
        self.col += length

    def code(self, text, indent):
        self.indent(4 + indent)
        self.buf += text.replace(b"\n", b"\n" + b" " * (4 + indent))
        if text.endswith(b"\n"):
            self.col = 0
        else:
            self.nl()

    def node(self, el, indent):
        self.indent(indent)
        if el.__class__ is tuple and (not el or el[0].__class__ is tuple):
            rep = b"\n" + b" " * indent
            for w, n in el:
                self.word(w.replace(b"\n", rep), indent, n)
            self.nl()
            return
        kind, body = el
        if kind == "cb":
            self.code(body, indent)
            return
        for i, item in enumerate(body, 1):
            if i > 1:
                self.indent(indent)
            lab = b"* " if kind == "ul" else b"%d. " % i
            self.word(lab, None)
            for sub in item:
                self.node(sub, indent + len(lab))


def doc_format_bytes(text, width=None, indent=4, colorize=None):
    """doc-format on bytes; returns a Buffer."""
    if width is None:
        width = dyn(KW_DOC_WIDTH, 80.0)
    max_width = sub_slow(width, 8.0, True)
    has_color = truthy(colorize if colorize is not None else dyn(KW_DOC_COLOR))
    p = _DocParser(text, has_color)
    rt_in(text, 0.0)           # like the reference, an empty docstring is an error
    if text[0] == 40:          # "(" starts the usage line of a function's docstring
        p.skipline()
        first = text[:p.cursor - 1]
        if has_color:
            p.stack.append(((b"\x1b[97m" + first + b"\x1b[39m", len(first)),))
        else:
            p.stack.append(((first, len(first)),))
    p.parse_blocks(0)
    e = _Emitter(max_width)
    for el in p.stack:
        e.nl()
        e.node(el, indent)
    return e.buf


@boot("doc-format", "(doc-format str &opt width indent colorize)",
      "Lays out the docstring `str` for reading: re-flows its paragraphs to "
      "`width` columns (default (dyn :doc-width 80)), indented by `indent` "
      "spaces (default 4).  Understands a little markdown: `*` and `-` lists, "
      "numbered lists, fenced or indented code blocks, `code`, *italics* and "
      "**bold**, which become terminal colours when `colorize` (default "
      "(dyn :doc-color)) is truthy.  Returns a buffer.")
def doc_format(s, width=None, indent=None, colorize=None):
    # the reference's first uses: `(- width 8)`, then `(in str 0)`
    sub_slow(dyn(KW_DOC_WIDTH, 80.0) if width is None else width, 8.0, True)
    if not isinstance(s, (bytes, Buffer, Symbol, Keyword)):
        # (it then reads items by index while they are truthy: with none, the
        # text is empty; with some, it slices them as a string, which fails)
        rt_in(s, 0.0)
        if not truthy(rt_get(s, 0.0)):
            return Buffer()
        rt_length(s)
    text = bytes(A.bytes_(s, 0))
    if not text:
        rt_in(s, 0.0)     # (the reference's error names the type it was given)
    if indent is not None and indent.__class__ is not float:
        sub_slow(indent, 0.0)     # (the reference's first use of indent)
    if indent is not None and text:
        # the reference indents with (string/repeat " " indent)
        if not (indent.is_integer() and -2147483648 <= indent <= 2147483647):
            panicf("bad slot #1, expected 32 bit signed integer, got %v", indent)
        if indent < 0:
            panicf("expected non-negative number of repetitions")
    ind = 4 if indent is None else A.integer(indent, 2)
    return doc_format_bytes(text, width, ind, colorize)


# --------------------------------------------------------------------------
# Environment walks

def _env_walk(pred, env, local):
    if env is None:
        fib = STATE.fiber
        env = fib.env if fib is not None else None
    seen = set()
    e = env
    while truthy(e):
        if e.__class__ is not Table:
            # the reference walks the prototypes with table/getproto first
            err = JanetError(format_message("bad slot #0, expected table, got %v", e))
            info = table_getproto.janet
            err.trace.append(Frame(info.name, info.source, info.line, info.column, cfun=True))
            raise err
        for k in e:
            k = from_key(k)
            if pred(k):
                seen.add(k)
        if truthy(local):
            break
        e = e.proto
    return Array(sorted(seen, key=SortKey))


@boot("all-bindings", "(all-bindings &opt env local)",
      "A sorted array of the symbols bound in `env` (default: the current "
      "environment) and in the environments it inherits from, or only in `env` "
      "itself when `local` is truthy.")
def all_bindings(env=None, local=None):
    return _env_walk(lambda k: k.__class__ is Symbol, env, local)


@boot("all-dynamics", "(all-dynamics &opt env local)",
      "A sorted array of the dynamic bindings (keywords) set in `env` (default: "
      "the current environment) and in the environments it inherits from, or "
      "only in `env` itself when `local` is truthy.")
def all_dynamics(env=None, local=None):
    return _env_walk(lambda k: k.__class__ is Keyword, env, local)


def _entry_value(entry):
    if entry.__class__ is Table or entry.__class__ is Struct:
        v = rt_get(entry, KW_VALUE)
        if v is None:
            v = rt_get(entry, KW_REF)
        return v
    return None


@builtin("env-lookup", "(env-lookup env)",
         "A table from each symbol bound in `env` (and the environments it "
         "inherits from) to its value (the value array, for a var), as "
         "`unmarshal` wants for looking values up; `invert` it to get the table "
         "`marshal` wants.", source="src/core/marsh.c")
def env_lookup(env):
    A.table(env, 0)
    out = Table()
    e = env
    while e is not None:
        for k, entry in e.items():
            if k.__class__ is Symbol:
                v = _entry_value(entry)
                if v is None:
                    out.pop(k, None)
                else:
                    out[k] = v
        e = e.proto
    return out


# --------------------------------------------------------------------------
# doc

def _print(*xs):
    from .io import print_
    print_(*xs)


def _print_module_entry(x):
    from ..printer import to_string
    ref = rt_get(x, KW_REF)
    if truthy(rt_get(x, KW_REDEF)):
        kind = type_name(rt_in(ref, 0.0)).encode()
    elif truthy(ref):
        kind = b"var (" + type_name(rt_in(ref, 0.0)).encode() + b")"
    elif truthy(rt_get(x, KW_MACRO)):
        kind = b"macro"
    elif truthy(rt_get(x, KW_MODULE)):
        kind = b"module (" + to_string(rt_get(x, KW_KIND)) + b")"
    else:
        kind = type_name(rt_get(x, KW_VALUE)).encode()
    sm = rt_get(x, KW_SOURCE_MAP)
    where = None
    if truthy(sm):
        path, line, col = rt_get(sm, 0.0), rt_get(sm, 1.0), rt_get(sm, 2.0)
        where = b"    " + to_string(path)
        # builtins without a known position carry -1: show only the file
        if truthy(line) and truthy(col) and not (line.__class__ is float and line < 0):
            where += b" on line " + to_string(line) + b", column " + to_string(col)
    d = rt_get(x, KW_DOC)
    _print(b"\n\n", b"    " + kind + b"\n", where, b"\n" if truthy(sm) else None,
           doc_format_bytes(bytes(A.bytes_(d, 0))) if truthy(d)
           else b"\n    no documentation found.\n", b"\n")


def _print_special_form_entry(s):
    _print(b"\n\n", b"    special form\n\n", b"    (", s, b" ...)\n\n",
           b"    See https://janet-lang.org/docs/specials.html\n\n")


def _print_index(fltr):
    from ..printer import describe
    bindings = [b for b in all_bindings() if fltr(b)]
    dynamics = [describe(k) for k in all_dynamics() if fltr(k)]
    _print()
    _print(doc_format_bytes(b"Bindings:\n\n" + b" ".join(b.bname for b in bindings),
                            None, 4, False))
    _print()
    _print(doc_format_bytes(b"Dynamics:\n\n" + b" ".join(dynamics), None, 4, False))
    _print(b"\n    Use (doc sym) for more information on a binding.\n")


@boot("doc*", "(doc* &opt sym)",
      "The function behind `doc`: prints the documentation of the binding "
      "`sym` in the current environment (or of a special form, or of a loaded "
      "module of that name).  With a string, lists the bindings whose names "
      "contain it; with nothing, lists every binding.")
def doc_star(s=None):
    if s.__class__ is bytes:
        _print_index(lambda x: s in x.bname)
        return None
    if not truthy(s):
        _print_index(lambda x: True)
        return None
    x = dyn(s)
    if truthy(x):
        _print_module_entry(x)
        return None
    if s in SPECIAL_FORMS:
        _print_special_form_entry(s)
        return None
    from .module import module_find, cache
    from ..printer import to_string
    fullpath, kind = module_find(to_string(s))
    mod_env = rt_in(cache(), fullpath) if fullpath is not None else None
    if truthy(mod_env):
        t = Table()
        t[KW_MODULE] = True
        t[KW_KIND] = kind
        t[KW_SOURCE_MAP] = (fullpath, None, None)
        t[KW_DOC] = rt_in(mod_env, KW_DOC)
        _print_module_entry(t)
    else:
        _print(b"symbol ", s, b" not found.")
    return None


@builtin("doc", "(doc &opt sym)",
         "Prints the documentation of the binding `sym`: its kind, where it was "
         "defined, its usage and its docstring.  With a string instead, lists "
         "the bindings and dynamic bindings whose names contain it; with no "
         "argument, lists them all.",
         kind="function", source="boot.janet", macro=True)
def doc(s=None):
    return (doc_star, (sym("quote"), s))


@boot("doc-of", "(doc-of x)",
      "Prints the documentation of the binding whose value is `x`, searching "
      "the root environment and every module in `module/cache`.  Returns nil.")
def doc_of(x):
    from .module import MODULE_CACHE, SYM_MODULE_CACHE, own_table
    from ..values import equals
    found = False
    modules = [STATE.root_env] + [m for m in own_table(SYM_MODULE_CACHE, MODULE_CACHE).values()]
    for module in modules:
        if module.__class__ is not Table and module.__class__ is not Struct:
            continue
        for value in list(module.values()):
            check = rt_get(value, KW_REF)
            if not truthy(check):
                check = rt_get(value, KW_VALUE)
            if equals(check, x):
                _print_module_entry(value)
                found = True
                break
    if not found:
        _print(b"documentation for value ", x, b" not found.")
    return None
