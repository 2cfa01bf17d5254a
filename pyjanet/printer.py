"""Turning Janet values into text: the one home of value formatting.

Corresponds to the reference's src/core/pp.c (number output, `describe`,
`string`, the pretty printer behind `%p`/`%q`/`%m`/`%n`, the JDN printer behind
`%j`, and the directive engine shared by `string/format`, `buffer/format` and
janet_formatc / janet_panicf) plus the `%.17g` number output of strtod.c.

Everything works on bytes: Janet strings are byte strings, and bytes that are
not printable ASCII are shown as `\\xHH` escapes, never decoded.

Public API:

    format_number(x) -> str       number_bytes(x) -> bytes
    to_string(x) -> bytes         what `(string x)` / `print` produce
    describe(x) -> bytes          what `(describe x)` / `%v` produce
    escape_string(s) -> bytes     the quoted, escaped form of a byte string
    pretty(x, ...) -> bytes       the pretty printer (`%p %P %q %Q %m %M %n %N`)
    jdn(x, depth) -> bytes        Janet data notation (`%j`)
    string_format(fmt, args)      the whole of `string/format`
    format_into(out, fmt, args)   the same, appending to a bytearray/Buffer
    format_message(fmt, *args)    janet_formatc-style messages for our own code
    type_set_text(flags)          "string, symbol, keyword or buffer" (`%T`)
"""

import math
from functools import cmp_to_key

from .values import (Symbol, Keyword, Buffer, Array, Struct, Table,
                     Abstract, Pointer, FuncDef, from_key, type_name, compare, equals, kw,
                     _FUNCTION_TYPES)
from .errors import JanetError
from . import lazy
from .hashing import dict_order


def args_s64(x):
    from .args import s64
    return s64(x)


def args_u64(x):
    from .args import u64
    return u64(x)

__all__ = [
    "format_number", "number_bytes", "to_string", "describe", "escape_string",
    "describe_into", "to_string_into", "pretty", "pretty_into", "jdn", "jdn_into",
    "string_format", "format_into", "format_message", "type_set_text",
    "RECURSION_GUARD", "COLUMNS",
    "TFLAG_NUMBER", "TFLAG_NIL", "TFLAG_BOOLEAN", "TFLAG_FIBER", "TFLAG_STRING",
    "TFLAG_SYMBOL", "TFLAG_KEYWORD", "TFLAG_ARRAY", "TFLAG_TUPLE", "TFLAG_TABLE",
    "TFLAG_STRUCT", "TFLAG_BUFFER", "TFLAG_FUNCTION", "TFLAG_CFUNCTION",
    "TFLAG_ABSTRACT", "TFLAG_POINTER", "TFLAG_BYTES", "TFLAG_INDEXED",
    "TFLAG_DICTIONARY", "TFLAG_LENGTHABLE", "TFLAG_CALLABLE",
]

# Default depth of the pretty and JDN printers, and default line width.
RECURSION_GUARD = 1024
COLUMNS = 80

# ---------------------------------------------------------------------------
# Numbers

_INT_LIMIT = 9007199254740992.0      # 2^53: integers up to here print exactly


def number_bytes(x):
    """A number as `(string x)` prints it.

    Integral values within +-2^53 print with no fraction ("%.0f"); everything
    else uses 15 significant digits ("%.15g").  Zero never prints a sign, and
    a NaN shows its sign bit the way the C library does ("nan" / "-nan").
    """
    if x.__class__ is not float:
        x = float(x)
    if x.is_integer():
        if -_INT_LIMIT <= x <= _INT_LIMIT:
            return b"%d" % x          # also turns -0.0 into "0"
        return b"%.15g" % x
    if x != x:
        return b"-nan" if math.copysign(1.0, x) < 0 else b"nan"
    return b"%.15g" % x               # inf / -inf come out as "inf" / "-inf"


def format_number(x):
    """`number_bytes` as a str."""
    return number_bytes(x).decode("ascii")


# ---------------------------------------------------------------------------
# Strings

def _escape_table():
    t = []
    for c in range(256):
        if 32 <= c <= 126:
            t.append(bytes((c,)))
        else:
            t.append(b"\\x%02X" % c)
    special = {0x22: b'\\"', 0x0A: b"\\n", 0x0D: b"\\r", 0x00: b"\\0", 0x0C: b"\\f",
               0x0B: b"\\v", 0x07: b"\\a", 0x08: b"\\b", 0x1B: b"\\e", 0x5C: b"\\\\",
               0x09: b"\\t"}
    for c, e in special.items():
        t[c] = e
    return t


_ESCAPES = _escape_table()
# Bytes that need an escape: controls, DEL and above, the quote, the backslash.
_NEEDS_ESCAPE = lazy.pattern(rb'[^\x20\x21\x23-\x5b\x5d-\x7e]+', globals())


def _escape_run(m):
    esc = _ESCAPES
    return b"".join([esc[c] for c in m.group()])


def escape_string(s):
    """`s` (bytes-like) quoted and escaped as `describe` shows a string."""
    s = bytes(s)
    return b'"' + _NEEDS_ESCAPE.sub(_escape_run, s) + b'"'


# ---------------------------------------------------------------------------
# describe / string

_ADDR_MASK = (1 << 48) - 1


def _address_form(title, x):
    """`<title 0xADDRESS>`: the reference shows 6 bytes of the pointer in upper hex
    and cuts the title at 32 bytes."""
    if title.__class__ is str:
        title = title.encode("utf-8", "surrogateescape")
    addr = x.address if x.__class__ is Pointer else id(x)
    return b"<%s 0x%012X>" % (title[:32], addr & _ADDR_MASK)


def _name_bytes(name):
    c = name.__class__
    if c is bytes:
        return name
    if c is str:
        return name.encode("utf-8", "surrogateescape")
    if c is Symbol or c is Keyword:
        return name.bname
    return bytes(name)


def _describe_other(x):
    """Description of everything that prints the same in `describe` and `string`:
    containers, functions and anything unknown."""
    c = x.__class__
    if c is Array:
        return _address_form(b"array", x)
    if c is Table:
        return _address_form(b"table", x)
    if c is Struct:
        return _address_form(b"struct", x)
    if isinstance(x, tuple):
        return _address_form(b"tuple", x)
    if isinstance(x, _FUNCTION_TYPES):
        d = getattr(x, "__doc__", None)
        if d.__class__ is FuncDef:
            if d.name:
                return b"<function " + _name_bytes(d.name) + b">"
            return _address_form(b"function", x)
        reg = getattr(x, "janet", None)
        name = getattr(reg, "name", None) if reg is not None else None
        if name is None:
            name = getattr(x, "__name__", None)
        if name:
            return b"<cfunction " + _name_bytes(name) + b">"
        return _address_form(b"cfunction", x)
    return _address_form(type_name(x), x)


def _abstract_text(x, describing):
    rp = getattr(x, "janet_repr", None)
    if rp is not None:
        return rp()         # a type that prints the same everywhere (py/ objects)
    ts = getattr(x, "janet_tostring", None)
    if ts is None:
        return _address_form(x.type_name, x)
    if describing:
        return b"<" + _name_bytes(x.type_name) + b" " + ts() + b">"
    return ts()


def to_string(x):
    """The bytes `(string x)` produces for one value: byte sequences are copied
    raw, nil is empty, other values as `describe` shows them."""
    c = x.__class__
    if c is bytes:
        return x
    if c is float:
        return number_bytes(x)
    if c is Symbol or c is Keyword:
        return x.bname
    if c is Buffer:
        return bytes(x)
    if x is None:
        return b""
    if x is True:
        return b"true"
    if x is False:
        return b"false"
    if c is int:
        return number_bytes(x)
    if c is str:
        return x.encode("utf-8", "surrogateescape")
    if isinstance(x, Abstract):
        return _abstract_text(x, False)
    return _describe_other(x)


def describe(x):
    """The bytes `(describe x)` produces: strings and buffers quoted and escaped,
    keywords with their colon, symbols raw, containers and functions by kind and
    address or name, abstract values by type (and their own text if they have it)."""
    c = x.__class__
    if c is bytes:
        return escape_string(x)
    if c is float:
        return number_bytes(x)
    if c is Keyword:
        return b":" + x.bname
    if c is Symbol:
        return x.bname
    if c is Buffer:
        return b"@" + escape_string(x)
    if x is None:
        return b"nil"
    if x is True:
        return b"true"
    if x is False:
        return b"false"
    if c is int:
        return number_bytes(x)
    if c is str:
        return escape_string(x.encode("utf-8", "surrogateescape"))
    if isinstance(x, Abstract):
        return _abstract_text(x, True)
    return _describe_other(x)


def describe_into(out, x):
    """Append `describe(x)` to `out`.  When `x` is `out` itself, the reference
    escapes the buffer's contents after pushing the `@`, so the `@` shows up
    inside the quotes too; this reproduces that."""
    if x is out:
        out.append(64)
        out += escape_string(out)
    else:
        out += describe(x)


def to_string_into(out, x):
    """Append `to_string(x)` to `out` (a buffer may append itself)."""
    out += to_string(x)


# ---------------------------------------------------------------------------
# Type names and type sets (%t, %T)

_TYPE_ENUM = ("number", "nil", "boolean", "fiber", "string", "symbol", "keyword",
              "array", "tuple", "table", "struct", "buffer", "function", "cfunction",
              "abstract", "pointer")
(TFLAG_NUMBER, TFLAG_NIL, TFLAG_BOOLEAN, TFLAG_FIBER, TFLAG_STRING, TFLAG_SYMBOL,
 TFLAG_KEYWORD, TFLAG_ARRAY, TFLAG_TUPLE, TFLAG_TABLE, TFLAG_STRUCT, TFLAG_BUFFER,
 TFLAG_FUNCTION, TFLAG_CFUNCTION, TFLAG_ABSTRACT, TFLAG_POINTER) = \
    [1 << i for i in range(16)]
TFLAG_BYTES = TFLAG_STRING | TFLAG_SYMBOL | TFLAG_BUFFER | TFLAG_KEYWORD
TFLAG_INDEXED = TFLAG_ARRAY | TFLAG_TUPLE
TFLAG_DICTIONARY = TFLAG_TABLE | TFLAG_STRUCT
TFLAG_LENGTHABLE = TFLAG_BYTES | TFLAG_INDEXED | TFLAG_DICTIONARY
TFLAG_CALLABLE = TFLAG_FUNCTION | TFLAG_CFUNCTION | TFLAG_LENGTHABLE | TFLAG_ABSTRACT


def type_set_text(flags):
    """A set of types as error messages list them, e.g. TFLAG_BYTES gives
    "string, symbol, keyword or buffer" (types in the reference's enum order).
    `flags` is a TFLAG_* bit set, or an iterable of type names."""
    if not isinstance(flags, int):
        bits = 0
        for name in flags:
            bits |= 1 << _TYPE_ENUM.index(name)
        flags = bits
    names = [n for i, n in enumerate(_TYPE_ENUM) if flags >> i & 1]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


# ---------------------------------------------------------------------------
# The pretty printer

_CYCLE_COLOR = b"\x1b[36m"
_CLASS_COLOR = b"\x1b[34m"
_RESET = b"\x1b[0m"
_LEAF_COLORS = {
    float: b"\x1b[32m", int: b"\x1b[32m", bytes: b"\x1b[35m", Buffer: b"\x1b[35m",
    Symbol: b"\x1b[34m", Keyword: b"\x1b[33m",
}
_OTHER_COLOR = b"\x1b[36m"           # nil, booleans, fibers, functions, abstracts

_DICT_LIMIT = 30                      # entries shown before "..."
# Bigger dictionaries print unsorted: the reference uses its hash order there,
# we use insertion order.
_DICT_KEYSORT_LIMIT = 2000
_ARRAY_LIMIT = 160                    # longer sequences show 3 ... 3
_MAX_PROTO_DEPTH = 200
_NAME_KEY = kw("_name")
# Colour codes do not take up columns when deciding whether lines fit.
_COLOR_CODE = lazy.pattern(rb"(?s)\x1b\[(?:0|3.)m", globals())
_NEWLINE_INDENT = lazy.pattern(rb"\n *", globals())


def _is_container(x):
    c = x.__class__
    return c is Array or c is Table or c is Struct or isinstance(x, tuple)


def _leaf_color(x):
    return _LEAF_COLORS.get(x.__class__, _OTHER_COLOR)


def _class_name(d):
    """The `:_name` found through a table's or struct's prototype chain, if it
    is a byte sequence."""
    p = d.proto
    key = _NAME_KEY
    depth = _MAX_PROTO_DEPTH
    while p is not None and depth:
        v = dict.get(p, key)
        if v is not None:
            c = v.__class__
            if c is bytes or c is Buffer:
                return bytes(v)
            if c is Symbol or c is Keyword:
                return v.bname
            return None
        p = p.proto
        depth -= 1
    return None


def _sorted_pairs(pairs):
    """(key, value) pairs in the reference's total order of keys (`compare`),
    fast for the common all-keyword and all-number dictionaries."""
    if pairs:
        c0 = pairs[0][0].__class__
        if all(p[0].__class__ is c0 for p in pairs):
            if c0 is Keyword or c0 is Symbol:
                return sorted(pairs, key=_bname_of_key)
            if c0 is bytes or (c0 is float and all(p[0] == p[0] for p in pairs)):
                return sorted(pairs, key=_first)
    return sorted(pairs, key=_compare_key)


def _bname_of_key(p):
    return p[0].bname


def _first(p):
    return p[0]


_cmp_key = cmp_to_key(compare)


def _compare_key(p):
    return _cmp_key(p[0])


class _Pretty:
    """State of one pretty-printing run (the reference's `struct pretty`)."""
    __slots__ = ("buf", "depth", "width", "align", "leaf_align", "color", "oneline",
                 "notrunc", "startlen", "barrier", "seen")

    def __init__(self, buf, depth, width, color, oneline, notrunc, startlen, barrier):
        self.buf = buf
        self.depth = depth
        self.width = width
        self.align = 0
        self.leaf_align = 0
        self.color = color
        self.oneline = oneline
        self.notrunc = notrunc
        self.startlen = startlen
        self.barrier = barrier
        self.seen = []                # containers being printed, outermost first

    # Line breaking.  Every element of a multi-element container goes on its
    # own line; whenever a container closes, the lines since the newline that
    # started the current line are joined again if they fit in `width` columns.
    def backtrack(self):
        buf = self.buf
        if self.oneline or not buf or buf[-1] not in b")]}":
            return
        b0 = self.barrier
        columns = self.width
        offset = len(buf)
        color = self.color
        leaf_align = self.leaf_align
        while True:
            nl = buf.rfind(b"\n", b0, offset)
            start = nl + 1 if nl >= 0 else b0
            seg = buf[start:offset]
            visible = len(seg)
            if color:
                for m in _COLOR_CODE.finditer(seg):
                    visible -= m.end() - m.start()
            if visible >= columns:
                return                # does not fit: keep the line breaks
            columns -= visible
            if nl < 0:
                break                 # reached the start of this directive's output
            indent = len(seg) - len(seg.lstrip(b" "))
            if indent < leaf_align:
                break                 # the line that opened the current container
            columns += indent - 1     # the indentation goes, the newline becomes a space
            if columns <= 0:
                return
            offset = nl
        buf[start:] = _NEWLINE_INDENT.sub(b" ", buf[start:])

    def newline(self, align):
        if self.oneline:
            self.buf.append(32)
            return
        self.backtrack()
        buf = self.buf
        buf.append(10)
        buf += b" " * align
        self.leaf_align = self.align = align

    def leaf(self, x):
        buf = self.buf
        color = self.color
        if color:
            col = _leaf_color(x)
            buf += col
        if x is buf:
            # buffer/format printing its own buffer shows what it held before
            buf.append(64)
            s = escape_string(buf[:self.startlen])
            buf += s
            self.align += 1 + len(s)
        else:
            d = describe(x)
            buf += d
            self.align += len(d)
        if color:
            buf += _RESET

    def cycle_index(self, x):
        seen = self.seen
        for i, a in enumerate(seen):
            if a is x:
                return i
        if not (x.__class__ is Array or x.__class__ is Table):
            for i, a in enumerate(seen):
                if a.__class__ is x.__class__ and equals(a, x):
                    return i
        return -1

    def one(self, x):
        c = x.__class__
        if c is float or c is bytes or c is Keyword or c is Symbol or x is None \
                or c is bool or not _is_container(x):
            self.leaf(x)
            return
        buf = self.buf
        idx = self.cycle_index(x)
        if idx >= 0:
            if self.color:
                buf += _CYCLE_COLOR
            s = b"<cycle %d>" % idx
            buf += s
            self.align += len(s)
            if self.color:
                buf += _RESET
            return
        self.seen.append(x)
        if c is Table or c is Struct:
            self.dictionary(x, c is Table)
        else:
            self.sequence(x, c is Array)
        self.seen.pop()

    def sequence(self, x, isarray):
        buf = self.buf
        if isarray:
            start, end = b"@[", 93
        elif getattr(x, "brackets", False):
            start, end = b"[", 93
        else:
            start, end = b"(", 41
        buf += start
        self.align += len(start)
        align = self.leaf_align = self.align
        self.depth -= 1
        if self.depth == 0:
            buf += b"..."
            self.align += 3
        else:
            n = len(x)
            if n > _ARRAY_LIMIT and not self.notrunc:
                for i in range(3):
                    if i:
                        self.newline(align)
                    self.one(x[i])
                self.newline(align)
                buf += b"..."
                self.align += 3
                for i in range(n - 3, n):
                    self.newline(align)
                    self.one(x[i])
            else:
                first = True
                for item in x:
                    if first:
                        first = False
                    else:
                        self.newline(align)
                    self.one(item)
        self.depth += 1
        buf.append(end)
        self.align += 1

    def dictionary(self, x, istable):
        buf = self.buf
        if istable:
            self.align += 1
            buf.append(64)
        if x.proto is not None:
            name = _class_name(x)
            if name is not None:
                if self.color:
                    buf += _CLASS_COLOR
                buf += name
                self.align += len(name)
                if self.color:
                    buf += _RESET
        buf.append(123)
        self.align += 1
        align = self.leaf_align = self.align
        self.depth -= 1
        if self.depth == 0:
            buf += b"..."
            self.align += 3
        else:
            n = len(x)
            truncated = False
            pairs = [(from_key(k), v) for k, v in x.items()]
            if n <= _DICT_KEYSORT_LIMIT:
                pairs = _sorted_pairs(pairs)
            if n > _DICT_LIMIT and not self.notrunc:
                del pairs[_DICT_LIMIT:]
                truncated = True
            first = True
            for k, v in pairs:
                if first:
                    first = False
                else:
                    self.newline(align)
                self.one(k)
                buf.append(32)
                self.align += 1
                self.one(v)
            if truncated:
                self.newline(align)
                buf += b"..."
                self.align += 3
        self.depth += 1
        buf.append(125)
        self.align += 1


def pretty_into(out, x, depth=RECURSION_GUARD, width=COLUMNS, color=False,
                oneline=False, notrunc=False, startlen=None):
    """Pretty-print `x` at the end of `out` (a bytearray or Buffer).

    `depth` limits nesting (containers deeper show `...`), `width` is the line
    width used to decide where lines break, `oneline` keeps everything on one
    line, `notrunc` disables the `...` shortening of long sequences and big
    dictionaries, `color` adds ANSI colours.  `startlen` is the length `out`
    had when the enclosing format call began (only matters when `x` is `out`).
    """
    here = len(out)
    p = _Pretty(out, depth, width, color, oneline, notrunc,
                here if startlen is None else startlen, here)
    p.one(x)
    p.backtrack()
    return out


def pretty(x, depth=RECURSION_GUARD, width=COLUMNS, color=False, oneline=False,
           notrunc=False):
    """The pretty-printed form of `x` as bytes (see `pretty_into`).

    `%p` is pretty(x), `%q` pretty(x, oneline=True), `%m` notrunc=True,
    `%n` both; the upper-case directives add color=True.
    """
    return bytes(pretty_into(bytearray(), x, depth, width, color, oneline, notrunc))


# ---------------------------------------------------------------------------
# JDN (%j)

class _JdnFail(Exception):
    pass


def _symbol_char_table():
    ok = bytearray(256)
    for c in b"!$%&*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_abcdefghijklmnopqrstuvwxyz":
        ok[c] = 1
    for c in range(128, 256):
        ok[c] = 1
    return bytes(ok)


_SYMBOL_CHARS = _symbol_char_table()
_BAD_SYMBOL_BYTES = bytes(c for c in range(256) if not _SYMBOL_CHARS[c])
# UTF-8 as the reader accepts it: well-formed sequences without overlong
# forms; surrogates and code points up to 0x1FFFFF are let through.
_VALID_UTF8 = lazy.pattern(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xef][\x80-\xbf]{2}|\xf0[\x90-\xbf][\x80-\xbf]{2}"
    rb"|[\xf1-\xf7][\x80-\xbf]{3})*", globals())


def _jdn_name_ok(name, issym):
    if name and issym and 48 <= name[0] <= 57:
        return False
    if len(name.translate(None, _BAD_SYMBOL_BYTES)) != len(name):
        return False
    return _VALID_UTF8.fullmatch(name) is not None


def _jdn_one(out, x, depth):
    if depth == 0:
        raise _JdnFail
    c = x.__class__
    if c is float or c is int:
        if x != x or x in (math.inf, -math.inf):
            raise _JdnFail
        out += b"%.17g" % x
    elif c is bytes or c is Buffer or x is None or c is bool:
        describe_into(out, x)
    elif c is Symbol or c is Keyword:
        if not _jdn_name_ok(x.bname, c is Symbol):
            raise _JdnFail
        out += describe(x)
    elif c is Array:
        out += b"@["
        first = True
        for item in x:
            if first:
                first = False
            else:
                out.append(32)
            _jdn_one(out, item, depth - 1)
        out.append(93)
    elif c is Table or c is Struct:
        out += b"@{" if c is Table else b"{"
        first = True
        for k, v in dict_order(x):       # the reference's bucket order
            if first:
                first = False
            else:
                out.append(32)
            _jdn_one(out, k, depth - 1)
            out.append(32)
            _jdn_one(out, v, depth - 1)
        out.append(125)
    elif isinstance(x, tuple):
        isb = getattr(x, "brackets", False)
        out.append(91 if isb else 40)
        first = True
        for item in x:
            if first:
                first = False
            else:
                out.append(32)
            _jdn_one(out, item, depth - 1)
        out.append(93 if isb else 41)
    else:
        raise _JdnFail


def jdn_into(out, x, depth=RECURSION_GUARD):
    """Append `x` in Janet data notation to `out`; values that cannot be read
    back (functions, NaN, bad symbols...) or nesting deeper than `depth` raise
    "could not print to jdn format" (leaving what was already written)."""
    try:
        _jdn_one(out, x, depth)
    except (_JdnFail, RecursionError):
        raise JanetError(b"could not print to jdn format")
    return out


def jdn(x, depth=RECURSION_GUARD):
    return bytes(jdn_into(bytearray(), x, depth))


# ---------------------------------------------------------------------------
# C printf conversions (what snprintf makes of one directive)

def _pad(body, flags, width):
    if len(body) >= width:
        return body
    if 45 in flags:                   # '-'
        return body + b" " * (width - len(body))
    return b" " * (width - len(body)) + body


def _c_int(flags, width, prec, conv, n):
    """An integer directive (d i u o x X) exactly as C formats it."""
    neg = n < 0
    if neg:
        n = -n
    if conv == 120:
        digits = b"%x" % n
    elif conv == 88:
        digits = b"%X" % n
    elif conv == 111:
        digits = b"%o" % n
    else:
        digits = b"%d" % n
    if prec is not None:
        if prec == 0 and n == 0:
            digits = b""
        elif len(digits) < prec:
            digits = b"0" * (prec - len(digits)) + digits
    prefix = b""
    if 35 in flags:                   # '#'
        if conv == 111:
            if not digits.startswith(b"0"):
                digits = b"0" + digits
        elif (conv == 120 or conv == 88) and n != 0:
            prefix = b"0x" if conv == 120 else b"0X"
    if conv == 100 or conv == 105:    # only signed conversions show a sign
        if neg:
            prefix = b"-"
        elif 43 in flags:
            prefix = b"+"
        elif 32 in flags:
            prefix = b" "
    size = len(prefix) + len(digits)
    if size < width:
        if 45 in flags:
            return prefix + digits + b" " * (width - size)
        if 48 in flags and prec is None:
            return prefix + b"0" * (width - size) + digits
        return b" " * (width - size) + prefix + digits
    return prefix + digits


def _float_sign(flags, x):
    if math.copysign(1.0, x) < 0:
        return b"-"
    if 43 in flags:
        return b"+"
    if 32 in flags:
        return b" "
    return b""


def _hex_float(flags, prec, upper, x):
    """%a / %A: hexadecimal floating point as glibc prints it."""
    x = abs(x)
    if x == 0.0:
        value, exp = 0, 0
    else:
        m, e = math.frexp(x)
        if e >= -1021:                # normal: 1.xxx * 2^(e-1)
            value = int(m * (1 << 53))
            exp = e - 1
        else:                         # subnormal: 0.xxx * 2^-1022
            value = int(math.ldexp(x, 1074))
            exp = -1022
    # `value` is the significand with 52 fraction bits below the leading digit.
    if prec is None:
        lead = value >> 52
        frac = b"%013x" % (value & ((1 << 52) - 1))
        frac = frac.rstrip(b"0")
    else:
        if prec < 13:
            shift = 4 * (13 - prec)
            q, r = divmod(value, 1 << shift)
            half = 1 << (shift - 1)
            if r > half or (r == half and q & 1):
                q += 1                # round half to even, like glibc
            lead = q >> (4 * prec)
            frac = b"%0*x" % (prec, q & ((1 << (4 * prec)) - 1)) if prec else b""
        else:
            lead = value >> 52
            frac = b"%013x" % (value & ((1 << 52) - 1)) + b"0" * (prec - 13)
    point = b"." if frac or 35 in flags else b""
    body = b"%d" % lead + point + frac + b"p%+d" % exp
    prefix = b"0x"
    if upper:
        body = body.upper()
        prefix = b"0X"
    return prefix, body


def _c_float(flags, width, prec, conv, x):
    """A floating point directive (a A e E f g G) exactly as C formats it."""
    if x != x or x in (math.inf, -math.inf):
        body = b"nan" if x != x else b"inf"
        if conv in (69, 71, 65):      # E G A
            body = body.upper()
        return _pad(_float_sign(flags, x) + body, flags, width)
    if conv == 97 or conv == 65:
        sign = _float_sign(flags, x)
        prefix, body = _hex_float(flags, prec, conv == 65, x)
        size = len(sign) + len(prefix) + len(body)
        if size < width and 48 in flags and 45 not in flags:
            return sign + prefix + b"0" * (width - size) + body
        return _pad(sign + prefix + body, flags, width)
    spec = b"%" + flags
    if width:
        spec += b"%d" % width
    if prec is not None:
        spec += b".%d" % prec
    return (spec + bytes((conv,))) % x


def _c_unknown(flags, width, prec, conv):
    """glibc's output for a conversion it does not know (Janet lets %D and %I
    through to snprintf): the directive itself, rebuilt from the parsed flags.
    A bare %I (no width or precision) is an incomplete directive: nothing."""
    if conv == 73 and not width and prec is None:
        return b""
    s = b"%"
    if 35 in flags:
        s += b"#"
    if 43 in flags:
        s += b"+"
    elif 32 in flags:
        s += b" "
    if 45 in flags:
        s += b"-"
    elif 48 in flags:
        s += b"0"
    if width:
        s += b"%d" % width
    if prec is not None:
        s += b".%d" % prec
    return s + bytes((conv,))


# ---------------------------------------------------------------------------
# Argument conversion for string/format (the reference's janet_get* helpers)

def _bad_slot(slot, expected, x):
    raise JanetError(b"bad slot #%d, expected %s, got %s" % (slot, expected, describe(x)))


def _get_number(x, slot):
    c = x.__class__
    if c is float:
        return x
    if c is int:
        return float(x)
    _bad_slot(slot, b"number", x)


def _get_int32(x, slot):
    c = x.__class__
    if (c is float or c is int) and x == x and -2147483648 <= x <= 2147483647 \
            and x == int(x):
        return int(x)
    _bad_slot(slot, b"32 bit signed integer", x)



def _get_cbytes(x, slot):
    c = x.__class__
    if c is bytes or c is Buffer:
        b = bytes(x)
    elif c is Symbol or c is Keyword:
        b = x.bname
    else:
        _bad_slot(slot, type_set_text(TFLAG_BYTES).encode(), x)
    if 0 in b:
        raise JanetError(b"bytes contain embedded 0s")
    return b


# ---------------------------------------------------------------------------
# The directive engine

_FLAG_BYTES = frozenset(b"-+ #0")
_ISDIGIT = frozenset(b"0123456789")
_MAX_ITEM = 256                        # snprintf items this long are an error
_PRETTY_CONVS = frozenset(b"pPqQmMnN")


def _scan_directive(fmt, i, n):
    """Parse flags, width and precision starting at fmt[i] (just after the %).
    Returns (flags, width, prec, conv, next_index); conv is 0 at the end."""
    j = i
    while j < n and fmt[j] in _FLAG_BYTES:
        j += 1
    if j - i >= 6:
        raise JanetError(b"invalid format (repeated flags)")
    flags = fmt[i:j]
    w = j
    if j < n and fmt[j] in _ISDIGIT:
        j += 1
        if j < n and fmt[j] in _ISDIGIT:
            j += 1
    width = int(fmt[w:j]) if j > w else 0
    prec = None
    if j < n and fmt[j] == 46:
        j += 1
        p = j
        if j < n and fmt[j] in _ISDIGIT:
            j += 1
            if j < n and fmt[j] in _ISDIGIT:
                j += 1
        prec = int(fmt[p:j]) if j > p else 0
    if j < n and fmt[j] in _ISDIGIT:
        raise JanetError(b"invalid format (width or precision too long)")
    conv = fmt[j] if j < n else 0
    return flags, width, prec, conv, j + 1


def _pretty_directive(out, conv, width, prec, x, startlen):
    depth = prec if prec else RECURSION_GUARD
    color = conv in (80, 81, 77, 78)          # P Q M N
    oneline = conv in (81, 113, 78, 110)      # Q q N n
    notrunc = conv in (77, 109, 78, 110)      # M m N n
    pretty_into(out, x, depth, width or COLUMNS, color, oneline, notrunc, startlen)


def format_into(out, fmt, args, first_slot=1):
    """Append `fmt` formatted with `args` to `out`, as `string/format` and
    `buffer/format` do (the reference's janet_buffer_format).

    `fmt` is bytes (cut at the first zero byte, as the reference reads it as a
    C string); `args` the values after the format; `first_slot` the argument
    index of args[0] used in "bad slot #N" messages (1 for string/format, 2 for
    buffer/format).  Errors are raised as JanetError with the reference's text;
    like the reference, output produced before the error stays in `out`.
    """
    z = fmt.find(b"\0")
    if z >= 0:
        fmt = fmt[:z]
    startlen = len(out)
    n = len(fmt)
    nargs = len(args)
    argi = 0
    i = 0
    while i < n:
        j = fmt.find(b"%", i)
        if j < 0:
            out += fmt[i:] if i else fmt
            break
        if j > i:
            out += fmt[i:j]
        i = j + 1
        if i < n and fmt[i] == 37:
            out.append(37)
            i += 1
            continue
        if argi >= nargs:
            raise JanetError(b"not enough values for format")
        x = args[argi]
        slot = argi + first_slot
        argi += 1
        conv = fmt[i] if i < n else 0
        if conv in _FLAG_BYTES or conv in _ISDIGIT or conv == 46:
            flags, width, prec, conv, i = _scan_directive(fmt, i, n)
        else:
            flags, width, prec = b"", 0, None
            i += 1
        # Directives that append directly
        if conv == 115:                                       # s
            s = _get_cbytes(x, slot)
            if not flags and not width and prec is None:
                out += s
                continue
            if prec is not None:
                s = s[:prec]
            item = _pad(s, flags, width)
        elif conv == 100 or conv == 105:                      # d i
            item = _c_int(flags, width, prec, conv, args_s64(x))
        elif conv in (97, 65, 101, 69, 102, 103, 71):         # a A e E f g G
            item = _c_float(flags, width, prec, conv, _get_number(x, slot))
        elif conv in (120, 88, 111, 117):                     # x X o u
            item = _c_int(flags, width, prec, conv, args_u64(x))
        elif conv == 118:                                     # v
            describe_into(out, x)
            continue
        elif conv == 86:                                      # V
            out += to_string(x)
            continue
        elif conv == 116:                                     # t
            out += type_name(x).encode("utf-8", "surrogateescape")
            continue
        elif conv in _PRETTY_CONVS:
            _pretty_directive(out, conv, width, prec, x, startlen)
            continue
        elif conv == 106:                                     # j
            jdn_into(out, x, prec if prec else RECURSION_GUARD)
            continue
        elif conv == 99:                                      # c
            item = _pad(bytes((_get_int32(x, slot) & 0xFF,)), flags, width)
        elif conv == 68 or conv == 73:                        # D I
            args_s64(x)
            item = _c_unknown(flags, width, prec, conv)
        else:
            raise JanetError(b"invalid conversion '%" + fmt[j + 1:i - 1]
                             + (bytes((conv,)) if conv else b"") + b"' to 'format'")
        if len(item) >= _MAX_ITEM:
            raise JanetError(b"format buffer overflow")
        out += item
    return out


def string_format(fmt, args):
    """`(string/format fmt ;args)` as bytes."""
    return bytes(format_into(bytearray(), fmt, args))


def format_message(fmt, *args):
    """Build a message the way the reference's janet_formatc / janet_panicf do.

    `fmt` is a str (or bytes), followed by one argument per directive (as
    errors.panicf passes them).  Directives and the arguments they take:
    %v describe, %V string, %q %p %m %n (and upper-case, coloured) pretty,
    %j jdn, %t type name, %T a TFLAG_* set (or a list of type names),
    %s a str or bytes, %S Janet bytes, %d %i %D %I %u %x %X %o %c integers,
    %f %e %g %a (and upper-case) numbers, %% a percent sign.  Flags, width and
    precision work as in C (for pretty directives: width = columns,
    precision = depth).
    """
    if fmt.__class__ is str:
        fmt = fmt.encode("utf-8", "surrogateescape")
    out = bytearray()
    n = len(fmt)
    nargs = len(args)
    argi = 0
    i = 0
    while i < n:
        j = fmt.find(b"%", i)
        if j < 0:
            out += fmt[i:]
            break
        out += fmt[i:j]
        i = j + 1
        if i < n and fmt[i] == 37:
            out.append(37)
            i += 1
            continue
        flags, width, prec, conv, i = _scan_directive(fmt, i, n)
        x = args[argi] if argi < nargs else None
        argi += 1
        plain = not flags and not width and prec is None
        if conv == 118:                                       # v
            out += describe(x)
        elif conv == 115 or conv == 83:                       # s S
            if x.__class__ is str:
                s = x.encode("utf-8", "surrogateescape")
            elif x.__class__ is bytes:
                s = x
            else:
                s = to_string(x)
            if plain:
                out += s
            else:
                if 0 in s:
                    raise JanetError(b"string contains zeros")
                if prec is None and len(s) >= 100:
                    raise JanetError(b"no precision and string is too long to be formatted")
                out += _pad(s[:prec] if prec is not None else s, flags, width)
        elif conv in (100, 105, 68, 73):                      # d i D I
            out += _c_int(flags, width, prec, 100, int(x))
        elif conv == 86:                                      # V
            out += to_string(x)
        elif conv == 116:                                     # t
            out += type_name(x).encode("utf-8", "surrogateescape")
        elif conv == 84:                                      # T
            out += (x.encode() if x.__class__ is str else type_set_text(x).encode())
        elif conv in _PRETTY_CONVS:
            _pretty_directive(out, conv, width, prec, x, 0)
        elif conv == 106:                                     # j
            jdn_into(out, x, prec if prec else RECURSION_GUARD)
        elif conv in (120, 88, 111, 117):                     # x X o u
            out += _c_int(flags, width, prec, conv, int(x) & 0xFFFFFFFFFFFFFFFF)
        elif conv in (97, 65, 101, 69, 102, 103, 71):         # a A e E f g G
            out += _c_float(flags, width, prec, conv, float(x))
        elif conv == 99:                                      # c
            out += _pad(bytes((int(x) & 0xFF,)), flags, width)
        else:
            raise JanetError(b"invalid conversion '%" + fmt[j + 1:i - 1]
                             + (bytes((conv,)) if conv else b"") + b"' to 'format'")
    return bytes(out)
