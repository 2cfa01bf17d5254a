"""The Janet reader: source bytes to Janet values.

Corresponds to the reference's src/core/parse.c (the parser state machine and the
`parser/*` functions' semantics), the number scanner of src/core/strtod.c, and the
`parse` / `parse-all` functions of src/boot/boot.janet.

Two readers live here and agree on every input:

* the lark reader: lark's LALR parser for grammar/janet.lark, whose transformer
  (given to the Lark constructor) builds values during the parse, with no
  intermediate tree.  Its tokens come from one regular expression made of the
  grammar's own terminals and are fed through lark's interactive parser:
  lark's generic lexer would otherwise cost more than all the rest.  It
  handles every well-formed input.
* `ByteParser`: a byte-at-a-time state machine that behaves like the reference's
  parser object, quirks included.  It is the source of truth for parse errors
  (message and position), for incremental input (REPL) and for `parser/*`.
  Whenever the lark reader rejects an input, or its transformer finds something
  malformed, the input is re-read with a ByteParser, so errors and the forms that
  precede an error are always exactly the reference's.  Sources shorter than
  _SMALL bytes go straight to a ByteParser, which is faster than setting up a
  lark parse for them, and so do long sources until the process has read
  enough to repay loading lark (_LARK_AFTER).

Values follow pyjanet.values: numbers are floats, strings bytes, symbols and
keywords interned, `( )` and `[ ]` give `Tuple`s carrying `.line`/`.column`
(1-based, bytes; `[ ]` also sets `.brackets`), `@( )`/`@[ ]` give `Array`,
`{ }` `Struct`, `@{ }` `Table`, `@"..."` and long buffers give `Buffer`.
Reader prefixes `' ~ , ; |` give (quote x) (quasiquote x) (unquote x)
(splice x) (short-fn x), tuples positioned at the prefix.  Lines and columns
are counted like the reference: "\\r", "\\n" and "\\r\\n" each end a line, and
columns count bytes.

Public API (src may be str or bytes; str is encoded as UTF-8):

    read_all(src, source="<string>") -> list of forms; raises ParseError
    read_program(src, source="<string>") -> (items, error)
        items: [(form, line, column)] of every top-level form read before the
        first parse error, with the position the reference's run-context gives
        that form; error: a ParseError (positioned like `file:L:C: parse error`)
        or None.  A runner evaluates the items, then reports the error.
    read_program_bytewise(src, source="<string>")  the same, read by a
                           ByteParser alone (the prelude: no lark tables to build)
    parse_string(src)      Janet's `parse`: the first form; JanetError on error
                           ("no value" when there is none)
    parse_all_string(src)  Janet's `parse-all`: a list; JanetError on error
    read_one(src, start=0, source="<string>") -> (form, end)
        the first form at or after byte `start` and the index just past the
        bytes consumed for it (positions count from `start`); raises
        ParseError, or EOFError if no form
    delimiter_state(src) -> str   the open delimiters after src, like
                           (parser/state p :delimiters), e.g. '(["'
    is_complete(src) -> bool   whether src plus a newline leaves the parser at
                           its root or in error (else a REPL reads more)
    ByteParser             the reference's parser object (consume, byte, eof,
                           status, error, produce, has_more, flush, where,
                           delimiters, frames_state, clone, insert), for the
                           REPL and the parser/* functions
    prepare()              build the lark parser now rather than on first use
    classify_token(b)      value of an atom's bytes (number, keyword, symbol,
                           nil, true, false); raises TokenError
    scan_number(b)         the reference's number syntax -> float or None
    register_int_types(make_s64, make_u64)  constructors used for the `1:s`
                           and `1:u` literals (int/s64, int/u64)

The analysed grammar is cached by lark under the user's cache directory
($XDG_CACHE_HOME or ~/.cache, in pyjanet/; lark checks it against the grammar's
hash).  Lark is imported and the parser loaded on the first long read past
_LARK_AFTER (or prepare()), so importing this module stays cheap.
"""

import bisect
import math
import os
import sys
import threading

from .errors import JanetError, ParseError
from . import lazy
from .values import Array, Buffer, Keyword, Struct, Symbol, Table, Tuple, kw, sym, table_key
from .weak import INTERN_HOLDERS

re = lazy.module("re", globals())     # (only for lark's scanner)

__all__ = [
    "read_all", "read_program", "parse_string", "parse_all_string", "read_one",
    "delimiter_state", "is_complete", "ByteParser", "classify_token", "scan_number",
    "TokenError", "register_int_types", "prepare", "GRAMMAR_PATH",
]

def _grammar_path():
    """grammar/janet.lark: installed inside the package (pyjanet/grammar, see
    pyproject.toml), or at the top of a source checkout."""
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "grammar", "janet.lark")
    if os.path.exists(installed):
        return installed
    return os.path.join(os.path.dirname(here), "grammar", "janet.lark")


GRAMMAR_PATH = _grammar_path()


# ---------------------------------------------------------------------------
# Character classes

def _byte_set(chars):
    table = [False] * 256
    for c in chars:
        table[c] = True
    return tuple(table)


# Bytes that may appear in a symbol, keyword or number (the reference's symchars
# table): A-Z a-z 0-9 ! $ % & * + - . / : < = > ? @ ^ _ and every byte >= 0x80.
_SYMCHAR = _byte_set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                     b"!$%&*+-./:<=>?@^_" + bytes(range(0x80, 0x100)))
_BLANK = _byte_set(b" \t\n\r\0\v\f")

# Value of a digit in bases up to 36; 99 marks "not a digit".
_DIGIT = tuple(
    (c - 48) if 48 <= c <= 57 else
    (c - 55) if 65 <= c <= 90 else
    (c - 87) if 97 <= c <= 122 else 99
    for c in range(256))

_PREFIX_SYMS = {
    ord("'"): sym("quote"), ord(","): sym("unquote"), ord(";"): sym("splice"),
    ord("|"): sym("short-fn"), ord("~"): sym("quasiquote"),
}
_PREFIX_SYMS_STR = {chr(k): v for k, v in _PREFIX_SYMS.items()}

# Simple escapes after a backslash in a string; x, u and U are handled apart.
_ESCAPES = {
    ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("0"): 0, ord("z"): 0, ord("f"): 12,
    ord("v"): 11, ord("a"): 7, ord("b"): 8, ord("'"): 39, ord("?"): 63, ord("e"): 27,
    ord('"'): 34, ord("\\"): 92,
}


class TokenError(Exception):
    """An atom the reference refuses; `msg` is the reference's message."""

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


# ---------------------------------------------------------------------------
# Atoms: numbers, keywords, symbols, nil / true / false

_INT_TYPES = None


def register_int_types(make_s64, make_u64):
    """Install the constructors of int/s64 and int/u64 values (from a Python int)."""
    global _INT_TYPES
    _INT_TYPES = (make_s64, make_u64)


def _make_int(kind, value):
    if _INT_TYPES is None:
        raise JanetError(b"int/s64 and int/u64 literals are not available")
    return _INT_TYPES[kind](value)


_NOT_A_NUMBER = object()


def _simple_decimal(b):
    """Whether b matches [-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+) entirely: checked
    without a regular expression, since nearly every program reads a number
    and the re module is not otherwise loaded at start."""
    if b[:1] in (b"-", b"+"):
        b = b[1:]
    return b.replace(b".", b"", 1).isdigit()


_LOG2 = [0.0, 0.0] + [math.log2(b) for b in range(2, 37)]


def scan_number(b, base=0):
    """The float the reference reads from the bytes `b`, or None if `b` is no number.

    Syntax: optional sign, then `0x` (hex) or `Nr`/`NNr` (radix 2..36) or nothing,
    digits with `_` separators after the first digit and at most one point, then
    an exponent after `e` (radix 10 only), `p` (hex only, a power of two) or `&`
    (any radix).  Rounding reproduces the reference's converter, which rounds
    exact ties away from zero.
    """
    n = len(b)
    if base == 0 and n <= 15 and _simple_decimal(b):
        # At most 15 significant digits and no exponent: never a rounding tie,
        # so the correctly rounded float is the reference's result.
        return float(b)
    if n == 0 or n > 0xFFFF:
        return None
    i = 0
    neg = False
    c = b[0]
    if c == 45:
        neg = True
        i = 1
    elif c == 43:
        i = 1
    if base == 0:
        if i + 1 < n and b[i] == 48 and b[i + 1] == 120:
            base = 16
            i += 2
        elif i + 1 < n and 48 <= b[i] <= 57 and b[i + 1] == 114:
            base = b[i] - 48       # "0r..." and "1r..." are accepted as the reference does
            i += 2
        elif i + 2 < n and 48 <= b[i] <= 57 and 48 <= b[i + 1] <= 57 and b[i + 2] == 114:
            base = 10 * (b[i] - 48) + (b[i + 1] - 48)
            if base < 2 or base > 36:
                return None
            i += 3
    if base == 0:
        base = 10
    exp_base = base
    mant = 0
    ex = 0
    seen_point = False
    seen_digit = False
    found_exp = False
    # Leading zeros and the point among them.
    while i < n and (b[i] == 48 or b[i] == 46):
        if seen_point:
            ex -= 1
        if b[i] == 46:
            if seen_point:
                return None
            seen_point = True
        else:
            seen_digit = True
        i += 1
    while i < n:
        c = b[i]
        if c == 46:
            if seen_point:
                return None
            seen_point = True
        elif c == 38:
            found_exp = True
            break
        elif base == 16 and (c == 80 or c == 112):
            # Hex float: the digits so far become a binary mantissa.
            found_exp = True
            exp_base = 10
            base = 2
            ex *= 4
            break
        elif base == 10 and (c == 69 or c == 101):
            found_exp = True
            break
        elif c == 95:
            if not seen_digit:
                return None
        else:
            d = _DIGIT[c]
            if d >= base:
                return None
            if seen_point:
                ex -= 1
            mant = mant * base + d
            seen_digit = True
        i += 1
    if not seen_digit:
        return None
    if found_exp:
        seen_digit = False
        i += 1
        if i >= n:
            return None
        eneg = False
        if b[i] == 45:
            eneg = True
            i += 1
        elif b[i] == 43:
            i += 1
        while i < n and b[i] == 48:
            i += 1
            seen_digit = True
        ee = 0
        while i < n:
            d = _DIGIT[b[i]]
            if d >= exp_base:
                return None
            if ee < 53687091:       # the reference stops growing the exponent here
                ee = exp_base * ee + d
            i += 1
            seen_digit = True
        ex = ex - ee if eneg else ex + ee
    if not seen_digit:
        return None
    return _to_float(neg, mant, base, ex)


def _to_float(neg, mant, base, ex):
    """mant * base**ex as the reference's converter computes it.

    The reference works on a big natural number in 31-bit digits: it estimates the
    magnitude to short-cut overflow and underflow, scales exactly (dividing with
    truncation after a generous left shift for negative exponents), keeps the top
    54 bits and rounds on the last of them, so exact ties round away from zero.
    """
    if mant == 0:
        return -0.0 if neg else 0.0
    approx = ((mant.bit_length() - 1) // 31) * 32 + 16 + math.floor(_LOG2[base] * ex)
    if approx > 1176:
        return -math.inf if neg else math.inf
    if approx < -1175:
        return -0.0 if neg else 0.0
    e2 = 0
    if ex > 0:
        mant *= base ** ex
    elif ex < 0:
        shift = 31 * (5 + (-ex) // 4)
        mant = (mant << shift) // (base ** -ex)
        e2 = -shift
    if mant >> 31:
        nd = (mant.bit_length() - 1) // 31        # 31-bit digits above the lowest
        nbits = mant.bit_length() - 31 * nd         # bits in the top digit
        if nd >= 2:
            window = mant >> (31 * (nd - 2))
        else:
            window = mant << 31
        top = window >> (8 + nbits)                 # the top 54 bits
        if top & 1:
            top += 1
        top >>= 1
        if top > 0x1FFFFFFFFFFFFF:
            top >>= 1
            e2 += 1
        e2 += nbits - 53 + 31 * nd
    else:
        top = mant
    try:
        r = math.ldexp(float(top), e2)
    except OverflowError:
        r = math.inf
    return -r if neg else r


def scan_uint64(b):
    """The reference's 64-bit integer text scanner (int/s64 and int/u64 literals,
    `int/s64` of a string, `%d` of a string): an optional sign, `0x` or `NNr`
    radix prefixes, `_` separators after the first digit.  Returns
    (negative, magnitude) or None."""
    n = len(b)
    if n == 0 or n > 0xFFFF:
        return None
    i = 0
    neg = False
    if b[0] == 45:
        neg = True
        i = 1
    elif b[0] == 43:
        i = 1
    base = 10
    if i + 1 < n and b[i] == 48 and b[i + 1] == 120:
        base = 16
        i += 2
    elif i + 1 < n and 48 <= b[i] <= 57 and b[i + 1] == 114:
        base = b[i] - 48
        i += 2
    elif i + 2 < n and 48 <= b[i] <= 57 and 48 <= b[i + 1] <= 57 and b[i + 2] == 114:
        base = 10 * (b[i] - 48) + (b[i + 1] - 48)
        if base < 2 or base > 36:
            return None
        i += 3
    seen = False
    acc = 0
    while i < n and b[i] == 48:
        seen = True
        i += 1
    while i < n:
        c = b[i]
        if c == 95:
            if not seen:
                return None
        else:
            d = _DIGIT[c]
            if d >= base:
                return None
            acc = acc * base + d
            if acc > 0xFFFFFFFFFFFFFFFF:
                return None
            seen = True
        i += 1
    if not seen:
        return None
    return neg, acc


def _scan_numeric(b):
    """A number, int/s64 or int/u64 literal, or _NOT_A_NUMBER."""
    if len(b) >= 2 and b[-2] == 58:
        suffix = b[-1]
        if suffix == 110:                     # 1.5:n
            v = scan_number(b[:-2])
            return _NOT_A_NUMBER if v is None else v
        if suffix == 115 or suffix == 117:    # 1:s, 1:u
            r = scan_uint64(b[:-2])
            if r is None:
                return _NOT_A_NUMBER
            neg, mag = r
            if suffix == 115:
                if neg and mag <= 1 << 63:
                    return _make_int(0, -mag)
                if not neg and mag < 1 << 63:
                    return _make_int(0, mag)
            elif not neg:
                return _make_int(1, mag)
        return _NOT_A_NUMBER
    v = scan_number(b)
    return _NOT_A_NUMBER if v is None else v


def valid_utf8(b):
    """The reference's UTF-8 check: well-formed sequences of 1 to 4 bytes, no
    overlong 2/3/4-byte forms; surrogates and code points above U+10FFFF pass."""
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            i += 1
            continue
        if c >> 5 == 6:
            k = 2
        elif c >> 4 == 14:
            k = 3
        elif c >> 3 == 30:
            k = 4
        else:
            return False
        if i + k > n:
            return False
        for j in range(i + 1, i + k):
            if b[j] >> 6 != 2:
                return False
        if (k == 2 and c < 0xC2) or (c == 0xE0 and b[i + 1] < 0xA0) or \
                (c == 0xF0 and b[i + 1] < 0x90):
            return False
        i += k
    return True


def classify_token(b):
    """The value of an atom's bytes `b` (non-empty, symbol characters only)."""
    c = b[0]
    if c == 58:
        if not b.isascii() and not valid_utf8(b[1:]):
            raise TokenError("invalid utf-8 in keyword")
        return kw(b[1:])
    digit = 48 <= c <= 57
    if digit or c == 45 or c == 43 or c == 46:
        v = _scan_numeric(b)
        if v is not _NOT_A_NUMBER:
            return v
    if b == b"nil":
        return None
    if b == b"false":
        return False
    if b == b"true":
        return True
    if digit:
        raise TokenError("symbol literal cannot start with a digit")
    if not b.isascii() and not valid_utf8(b):
        raise TokenError("invalid utf-8 in symbol")
    return sym(b)


def _utf8_of(cp):
    # Surrogates are encoded like any other code point, as the reference does.
    return chr(cp).encode("utf-8", "surrogatepass")


def _finish_long(data, indent):
    """Post-process a long string's bytes like the reference.

    If, after every newline, the next `indent` bytes (or the rest of the line if
    shorter) are spaces, those bytes are removed (`indent` is the column of the
    opening backtick minus one).  A CRLF met where the check stops re-allows the
    removal, as in the reference.  Then one leading and one trailing line break
    (LF or CRLF) are dropped.
    """
    n = len(data)
    if indent > 0 and 10 in data and 13 not in data:
        # Without carriage returns the rule is simple: line by line.
        lines = data.split(b"\n")
        for line in lines[1:]:
            head = line[:indent]
            if head.count(32) != len(head):
                break
        else:
            data = b"\n".join([lines[0]] + [line[indent:] for line in lines[1:]])
    elif indent > 0 and 10 in data:
        ok = True
        i = 0
        while ok and i < n:
            c = data[i]
            i += 1
            if c == 10:
                j = 0
                while i < n and data[i] != 10 and j < indent:
                    if data[i] != 32:
                        ok = False
                        break
                    j += 1
                    i += 1
                if i + 1 < n and data[i] == 13 and data[i + 1] == 10:
                    ok = True
        if ok:
            out = bytearray()
            i = 0
            while i < n:
                c = data[i]
                out.append(c)
                i += 1
                if c == 10:
                    j = 0
                    while i < n and data[i] != 10 and j < indent:
                        j += 1
                        i += 1
                    if i + 1 < n and data[i] == 13 and data[i + 1] == 10:
                        out.append(13)
                        i += 1
            data = bytes(out)
    if data[:2] == b"\r\n":
        data = data[2:]
    elif data[:1] == b"\n":
        data = data[1:]
    if data[-2:] == b"\r\n":
        data = data[:-2]
    elif data[-1:] == b"\n":
        data = data[:-1]
    return data


def _make_struct(items):
    # Later duplicates win; a nil key or value drops the pair (janet_struct_put).
    st = Struct()
    for i in range(0, len(items), 2):
        k = items[i]
        v = items[i + 1]
        if k is None or v is None:
            continue
        st[table_key(k)] = v
    return st


def _make_table(items):
    # A nil key is ignored and a nil value removes the key (janet_table_put).
    t = Table()
    t.icap = len(items) // 2
    for i in range(0, len(items), 2):
        k = items[i]
        if k is None:
            continue
        v = items[i + 1]
        if v is None:
            t.pop(table_key(k), None)
        else:
            t[table_key(k)] = v
    return t


# ---------------------------------------------------------------------------
# ByteParser: the reference's parser state machine

# Frame kinds.  The first four are containers (they collect values).
_ROOT, _PAREN, _BRACKET, _CURLY, _PREFIX, _STRING, _LONG, _COMMENT, _TOKEN, _AT = range(10)
_OPENER = {_PAREN: "(", _BRACKET: "[", _CURLY: "{", _STRING: '"'}


class _Frame:
    """One level of the parser's stack.

    at: the `@` form (array, table, buffer); args: values of a container;
    mode/counter/acc: progress inside strings (escapes) and long strings
    (backtick counting); ticks: a long string's backtick count; char: a prefix.
    """
    __slots__ = ("kind", "line", "column", "at", "args", "mode", "counter", "acc",
                 "ticks", "char")

    def __init__(self, kind, line, column, at=False):
        self.kind = kind
        self.line = line
        self.column = column
        self.at = at
        self.args = [] if kind <= _CURLY else None
        self.mode = 0
        self.counter = 0
        self.acc = 0
        self.ticks = 0
        self.char = 0

    def copy(self):
        f = _Frame(self.kind, self.line, self.column, self.at)
        f.args = None if self.args is None else list(self.args)
        f.mode = self.mode
        f.counter = self.counter
        f.acc = self.acc
        f.ticks = self.ticks
        f.char = self.char
        return f

    def opener(self):
        if self.kind == _LONG:
            return "`" * self.ticks
        return _OPENER.get(self.kind, "")


class ByteParser:
    """A Janet parser fed one byte at a time, behaving like the reference's
    `core/parser` (messages, positions and quirks included).

    consume(data, start=0) -> bytes used (stops after a byte that causes an error)
    byte(b), eof(), status() -> "root" | "pending" | "error" | "dead",
    error() -> message str or None (and flushes, like parser/error),
    has_more(), produce(wrap=False), flush(), where(line=None, column=None),
    delimiters(), frames_state(), clone(), insert(value).
    `line`/`column` are the position after the last byte consumed.
    """

    def __init__(self):
        self.frames = [_Frame(_ROOT, 1, 0)]
        self.buf = bytearray()
        self.line = 1
        self.column = 0
        self.lookback = -1
        self.err = None          # pending error message (str)
        self.generated = False   # the reference marks delimiter errors this way
        self.dead = False        # after eof
        self.pending = 0         # produced root values not yet taken

    # -- feeding ----------------------------------------------------------

    def _check_alive(self):
        if self.dead or self.generated:
            raise JanetError(b"parser is dead, cannot consume")
        if self.err is not None:
            raise JanetError(b"parser has unchecked error, cannot consume")

    def consume(self, data, start=0):
        if start:
            data = data[start:]
        feed = self._feed
        for i, c in enumerate(data):
            self._check_alive()
            feed(c)
            if self.err is not None:
                return i + 1
        return len(data)

    def byte(self, b):
        self._check_alive()
        self._feed(b & 0xFF)

    def eof(self):
        self._check_alive()
        line = self.line
        column = self.column
        self._feed(10)
        if len(self.frames) > 1:
            # Whatever the final newline caused, the open frame is the error.
            self._delim_error(len(self.frames) - 1, 0, "unexpected end of source")
        self.line = line
        self.column = column
        self.dead = True

    def _feed(self, c):
        if c == 13:
            self.line += 1
            self.column = 0
        elif c == 10:
            self.column = 0
            if self.lookback != 13:
                self.line += 1
        else:
            self.column += 1
        frames = self.frames
        while self.err is None:
            f = frames[-1]
            if _CONSUMERS[f.kind](self, f, c):
                break
        self.lookback = c

    def _push(self, kind, at=False):
        f = _Frame(kind, self.line, self.column, at)
        self.frames.append(f)
        return f

    def _delim_error(self, index, c, msg):
        if c:
            msg += chr(c)
        if index > 0:
            f = self.frames[index]
            msg += ", %s opened at line %d, column %d" % (f.opener(), f.line, f.column)
        self.err = msg
        self.generated = True

    def _pop_value(self, v):
        """Hand a finished value to the frame below, applying reader prefixes."""
        frames = self.frames
        while True:
            top = frames.pop()
            if v.__class__ is Tuple:
                v.line = top.line
                v.column = top.column
            below = frames[-1]
            if below.kind <= _CURLY:
                if len(frames) == 1:
                    w = Tuple((v,))
                    w.line = top.line
                    w.column = top.column
                    below.args.append(w)
                    self.pending += 1
                else:
                    below.args.append(v)
                return
            if below.kind == _PREFIX:
                v = Tuple((_PREFIX_SYMS[below.char], v))
                continue
            return

    # -- consumers: each returns True when it used the byte ---------------

    def _c_container(self, f, c):
        if _BLANK[c]:
            return True
        if c == 40 or c == 91 or c == 123:
            self._push(_PAREN if c == 40 else _BRACKET if c == 91 else _CURLY)
            return True
        if c == 41 or c == 93 or c == 125:
            self._close(f, c)
            return True
        if _SYMCHAR[c] and c != 64:
            self._push(_TOKEN)
            return False
        if c == 34:
            self._push(_STRING)
        elif c == 35:
            self._push(_COMMENT)
        elif c == 64:
            self._push(_AT)
        elif c == 96:
            self._push(_LONG)
        elif c in _PREFIX_SYMS:
            self._push(_PREFIX).char = c
        else:
            self.err = "unexpected character"
        return True

    def _close(self, f, c):
        if len(self.frames) == 1:
            self._delim_error(0, c, "unexpected closing delimiter ")
            return
        k = f.kind
        if (c == 41 and k == _PAREN) or (c == 93 and k == _BRACKET):
            if f.at:
                v = Array(f.args)
            else:
                v = Tuple(f.args)
                if c == 93:
                    v.brackets = True
        elif c == 125 and k == _CURLY:
            if len(f.args) & 1:
                self.err = "struct and table literals expect even number of arguments"
                return
            v = _make_table(f.args) if f.at else _make_struct(f.args)
        else:
            self._delim_error(len(self.frames) - 1, c, "mismatched delimiter ")
            return
        self._pop_value(v)

    def _c_token(self, f, c):
        if _SYMCHAR[c]:
            self.buf.append(c)
            return True
        try:
            v = classify_token(bytes(self.buf))
        except TokenError as e:
            self.err = e.msg
            return False
        self.buf.clear()
        self._pop_value(v)
        return False

    def _c_comment(self, f, c):
        if c == 10:
            self.frames.pop()
            self.buf.clear()
        else:
            self.buf.append(c)
        return True

    def _c_at(self, f, c):
        self.frames.pop()
        if c == 123:
            self._push(_CURLY, True)
        elif c == 34:
            self._push(_STRING, True)
        elif c == 96:
            self._push(_LONG, True)
        elif c == 91:
            self._push(_BRACKET, True)
        elif c == 40:
            self._push(_PAREN, True)
        else:
            # A symbol that starts with @ (possibly just "@").
            self._push(_TOKEN)
            self.buf.append(64)
            return False
        return True

    def _c_string(self, f, c):
        mode = f.mode
        if mode == 0:
            if c == 92:
                f.mode = 1
            elif c == 34:
                self._end_string(f)
            elif c != 10 and c != 13:      # raw line breaks are dropped
                self.buf.append(c)
            return True
        if mode == 1:
            if c == 120:
                f.mode = 2
                f.counter = 2
                f.acc = 0
            elif c == 117 or c == 85:
                f.mode = 3
                f.counter = 4 if c == 117 else 6
                f.acc = 0
            else:
                e = _ESCAPES.get(c)
                if e is None:
                    self.err = "invalid string escape sequence"
                else:
                    self.buf.append(e)
                    f.mode = 0
            return True
        d = _DIGIT[c]
        if d >= 16:
            self.err = ("invalid hex digit in hex escape" if mode == 2
                        else "invalid hex digit in unicode escape")
            return True
        f.acc = (f.acc << 4) + d
        f.counter -= 1
        if f.counter == 0:
            if mode == 2:
                self.buf.append(f.acc & 0xFF)
            else:
                if f.acc > 0x10FFFF:
                    self.err = "invalid unicode codepoint"
                    return True
                self.buf += _utf8_of(f.acc)
            f.acc = 0
            f.mode = 0
        return True

    def _c_long(self, f, c):
        mode = f.mode
        if mode == 1:                       # inside the text
            if c == 96:
                f.mode = 2
                f.counter = 1
            else:
                self.buf.append(c)
            return True
        if mode == 2:                       # counting a run of backticks
            if f.counter == f.ticks:
                self._end_string(f)
                return False
            if c == 96:
                f.counter += 1
                return True
            self.buf += b"`" * f.counter
            self.buf.append(c)
            f.counter = 0
            f.mode = 1
            return True
        f.ticks += 1                        # still in the opening backticks
        if c != 96:
            f.mode = 1
            self.buf.append(c)
        return True

    def _end_string(self, f):
        data = bytes(self.buf)
        if f.kind == _LONG:
            data = _finish_long(data, f.column - 1)
        self.buf.clear()
        self._pop_value(Buffer(data) if f.at else data)

    # -- queries and control ------------------------------------------------

    def status(self):
        if self.err is not None:
            return "error"
        if self.dead or self.generated:
            return "dead"
        if len(self.frames) > 1:
            return "pending"
        return "root"

    def error(self):
        """The pending error message (str), clearing it and flushing; else None."""
        if self.err is None:
            return None
        e = self.err
        self.err = None
        self.generated = False
        self.flush()
        return e

    def has_more(self):
        return self.pending > 0

    def produce(self, wrap=False):
        """The next finished top-level value (nil when none); with `wrap`, the
        1-tuple carrying its position."""
        if self.pending == 0:
            return None
        self.pending -= 1
        w = self.frames[0].args.pop(0)
        return w if wrap else w[0]

    def take_all(self):
        """All finished top-level values as (value, line, column), removed."""
        root = self.frames[0]
        out = [(w[0], w.line, w.column) for w in root.args]
        root.args = []
        self.pending = 0
        return out

    def flush(self):
        root = self.frames[0]
        root.args = []
        del self.frames[1:]
        self.buf.clear()
        self.pending = 0

    def where(self, line=None, column=None):
        if line is not None:
            self.line = line
        if column is not None:
            self.column = column
        return (self.line, self.column)

    def delimiters(self):
        return "".join(f.opener() for f in self.frames)

    def frames_state(self):
        """The frames as (parser/state p :frames) describes them: a list of dicts
        with 'type' (str), 'line', 'column', and 'args' (list) for containers or
        'buffer' (bytes) for strings, comments and tokens."""
        out = []
        buf = bytes(self.buf)
        for f in self.frames:
            d = {}
            k = f.kind
            if k <= _CURLY:
                d["args"] = list(f.args)
            if k == _PAREN or k == _BRACKET:
                d["type"] = "array" if f.at else "tuple"
            elif k == _CURLY:
                d["type"] = "table" if f.at else "struct"
            elif k == _STRING or k == _LONG:
                d["type"] = "buffer" if f.at else "string"
                d["buffer"] = buf
            elif k == _COMMENT:
                d["type"] = "comment"
                d["buffer"] = buf
            elif k == _TOKEN:
                d["type"] = "token"
                d["buffer"] = buf
            elif k == _AT:
                d["type"] = "at"
            elif k == _PREFIX:
                d["type"] = {39: "quote", 44: "unquote", 59: "splice",
                             126: "quasiquote"}.get(f.char, "<reader>")
            else:
                d["type"] = "root"
            d["line"] = f.line
            d["column"] = f.column
            out.append(d)
        return out

    def clone(self):
        p = ByteParser.__new__(ByteParser)
        p.frames = [f.copy() for f in self.frames]
        p.buf = bytearray(self.buf)
        p.line = self.line
        p.column = self.column
        p.lookback = self.lookback
        p.err = self.err
        p.generated = self.generated
        p.dead = self.dead
        p.pending = self.pending
        return p

    def insert(self, value, to_string=None):
        """parser/insert: add `value` to the innermost container, or its text
        (via `to_string`, the printer's) to the string being read."""
        f = self.frames[-1]
        if f.kind == _TOKEN:
            self._feed(32)          # end the token, as if a space came
            self.column -= 1
            f = self.frames[-1]
        if f.kind == _COMMENT:
            f = self.frames[-2]
        if f.kind <= _CURLY:
            if f.kind == _ROOT:
                f.args.append(Tuple((value,)))
                self.pending += 1
            else:
                f.args.append(value)
        elif f.kind == _STRING or f.kind == _LONG:
            if to_string is None:
                from .printer import to_string
            self.buf += to_string(value)
        else:
            raise JanetError(b"cannot insert value into parser")


_CONSUMERS = [None] * 10
for _k in (_ROOT, _PAREN, _BRACKET, _CURLY, _PREFIX):
    _CONSUMERS[_k] = ByteParser._c_container
_CONSUMERS[_STRING] = ByteParser._c_string
_CONSUMERS[_LONG] = ByteParser._c_long
_CONSUMERS[_COMMENT] = ByteParser._c_comment
_CONSUMERS[_TOKEN] = ByteParser._c_token
_CONSUMERS[_AT] = ByteParser._c_at
_CONSUMERS = tuple(_CONSUMERS)


# ---------------------------------------------------------------------------
# The lark reader: LALR tables from grammar/janet.lark, a value-building transformer

class _Reject(Exception):
    """The lark reader cannot build this input; a ByteParser must decide."""


_MISSING = object()
_ATOMS = {}                       # atom text -> value, for atoms worth caching
_ATOM_CACHE_LIMIT = 100000
_CACHEABLE = (float, Symbol, Keyword, bool, type(None))
_ESCAPE_RE = lazy.pattern(
    r'\\(?:([ntr0zfvabe\'?"\\])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{6}))'
    r'|\\|[\n\r]', globals())
_SIMPLE_ESCAPE_TEXT = {chr(c): chr(e) for c, e in _ESCAPES.items()}


def _atom_cache_refs(x):
    """How many references the atom cache holds to symbol or keyword x (for
    weak.sweep_weak)."""
    text = x.name if x.__class__ is Symbol else ":" + x.name
    return 1 if _ATOMS.get(text) is x else 0


INTERN_HOLDERS.append(_atom_cache_refs)


def _atom_slow(text):
    try:
        v = classify_token(text.encode("latin-1"))
    except TokenError:
        raise _Reject() from None
    if v.__class__ in _CACHEABLE:
        if len(_ATOMS) >= _ATOM_CACHE_LIMIT:
            _ATOMS.clear()
        _ATOMS[text] = v
    return v


def _escape_sub(m):
    g = m.lastindex
    if g is None:
        if m.group(0) == "\\":
            raise _Reject()             # an escape the reference refuses
        return ""                       # raw line breaks are dropped
    s = m.group(g)
    if g == 1:
        return _SIMPLE_ESCAPE_TEXT[s]
    cp = int(s, 16)
    if g == 2:
        return chr(cp)
    if cp > 0x10FFFF:
        raise _Reject()
    return _utf8_of(cp).decode("latin-1")


def _string_value(s):
    # `s` is the token text in latin-1: "..." or @"...".
    if s[0] == "@":
        body = s[2:-1]
        at = True
    else:
        body = s[1:-1]
        at = False
    if "\\" in body or "\n" in body or "\r" in body:
        body = _ESCAPE_RE.sub(_escape_sub, body)
    b = body.encode("latin-1")
    return Buffer(b) if at else b


class _Builder:
    """Transformer for grammar/janet.lark: every callback gets the rule's children.

    Positions are computed from token offsets with `lines`, the offsets where
    the source's lines start.  `last` is the opening token of the compound
    reduced most recently: when `top compound` is reduced it is that compound's,
    which gives the top-level form its position.
    """

    def __init__(self):
        self.lines = [0]
        self.last = None

    def pos(self, tok):
        p = tok.start_pos
        lines = self.lines
        i = bisect.bisect_right(lines, p)
        return i, p - lines[i - 1] + 1

    def start(self, c):
        return c[0]

    def top_empty(self, c):
        return []

    def top_atom(self, c):
        t = c[1]
        v = _ATOMS.get(t.value, _MISSING)
        if v is _MISSING:
            v = _atom_slow(t.value)
        c[0].append((v, t))
        return c[0]

    def top_string(self, c):
        c[0].append((_string_value(c[1].value), c[1]))
        return c[0]

    def top_long(self, c):
        c[0].append((self.long(c[1]), c[1]))
        return c[0]

    def top_compound(self, c):
        c[0].append((c[1], self.last))
        return c[0]

    def items_empty(self, c):
        return []

    def items_atom(self, c):
        s = c[1].value
        v = _ATOMS.get(s, _MISSING)
        if v is _MISSING:
            v = _atom_slow(s)
        c[0].append(v)
        return c[0]

    def items_string(self, c):
        c[0].append(_string_value(c[1].value))
        return c[0]

    def items_long(self, c):
        c[0].append(self.long(c[1]))
        return c[0]

    def items_compound(self, c):
        c[0].append(c[1])
        return c[0]

    def value_atom(self, c):
        s = c[0].value
        v = _ATOMS.get(s, _MISSING)
        if v is _MISSING:
            v = _atom_slow(s)
        return v

    def value_string(self, c):
        return _string_value(c[0].value)

    def value_long(self, c):
        return self.long(c[0])

    def long(self, tok):
        s = tok.value
        at = s[0] == "@"
        if at:
            s = s[1:]
        n = len(s) - len(s.lstrip("`"))
        line, col = self.pos(tok)
        data = _finish_long(s[n:-n].encode("latin-1"), col + at - 1)
        return Buffer(data) if at else data

    def ptuple(self, c):
        o = c[0]
        t = Tuple(c[1])
        t.line, t.column = self.pos(o)
        self.last = o
        return t

    def btuple(self, c):
        o = c[0]
        t = Tuple(c[1])
        t.brackets = True
        t.line, t.column = self.pos(o)
        self.last = o
        return t

    def prefixed(self, c):
        o = c[0]
        t = Tuple((_PREFIX_SYMS_STR[o.value], c[1]))
        t.line, t.column = self.pos(o)
        self.last = o
        return t

    def array(self, c):
        self.last = c[0]
        return Array(c[1])

    def struct(self, c):
        items = c[1]
        if len(items) & 1:
            raise _Reject()
        self.last = c[0]
        return _make_struct(items)

    def table(self, c):
        items = c[1]
        if len(items) & 1:
            raise _Reject()
        self.last = c[0]
        return _make_table(items)


_lark = None          # the Lark object, built on first use
_scanner = None       # finditer of the token regex built from its terminals
_Tok = None           # our lark Token subclass
_builder = _Builder()
_lock = threading.Lock()
_LINE_BREAK = lazy.pattern(r"\r\n?|\n", globals())


def _cache_file(lark_version):
    from .diskcache import cache_path
    return cache_path("janet-grammar-lark%s.cache" % lark_version) or False


def _import_lark():
    # lark imports the optional `regex` module when it is installed, which costs
    # about 20 ms and is useless here (our terminals are plain `re` patterns), so
    # it is hidden while lark is imported and restored right after.
    hide = "regex" not in sys.modules
    if hide:
        sys.modules["regex"] = None
    try:
        import lark
    finally:
        if hide and sys.modules.get("regex", 0) is None:
            del sys.modules["regex"]
    return lark


def _build():
    """Load the LALR tables (from the cache when possible) and the scanner.

    The tokens are found by one regular expression made from the grammar's own
    terminals (blanks and comments skipped in front of each token) and fed to
    lark's LALR parser through its interactive interface: lark's generic lexer
    costs more than the whole parse otherwise.
    """
    global _lark, _scanner, _Tok
    lark = _import_lark()
    with open(GRAMMAR_PATH, encoding="utf-8") as f:
        grammar = f.read()
    parser = lark.Lark(grammar, parser="lalr", lexer="basic", transformer=_builder,
                       cache=_cache_file(lark.__version__))
    terms = {t.name: t for t in parser.terminals}
    ignore = parser.lexer_conf.ignore
    blank = "|".join("(?:%s)" % terms[name].pattern.to_regexp() for name in ignore)
    order = sorted((t for t in parser.terminals if t.name not in ignore),
                   key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
    alts = ["(?P<%s>%s)" % (t.name, t.pattern.to_regexp()) for t in order]
    # END matches after trailing blanks; BAD is any byte no terminal accepts.
    alts += [r"(?P<_END>\Z)", r"(?P<_BAD>[\s\S])"]
    _scanner = re.compile("(?:%s)*(?:%s)" % (blank, "|".join(alts))).finditer

    class Tok(lark.Token):
        __slots__ = ()
    _Tok = Tok
    _lark = parser


def prepare():
    """Build the lark parser now (it is otherwise built on the first long read)."""
    if _lark is None:
        with _lock:
            if _lark is None:
                _build()


def _fast_read(data, positions=True):
    """[(form, line, column)] of a whole source read by the lark parser, or
    raise _Reject.  Without `positions` the lines and columns are 0."""
    text = data.decode("latin-1")
    if _lark is None:
        prepare()
    new = str.__new__
    Tok = _Tok
    with _lock:
        lines = [0]
        if "\n" in text or "\r" in text:
            lines += [m.end() for m in _LINE_BREAK.finditer(text)]
        _builder.lines = lines
        try:
            feed = _lark.parse_interactive().parser_state.feed_token
            for m in _scanner(text):
                kind = m.lastgroup
                if kind == "_END":
                    break
                if kind == "_BAD":
                    raise _Reject()
                v = m.group(kind)
                t = new(Tok, v)
                t.type = kind
                t.value = v
                t.start_pos = m.start(kind)
                feed(t)
            t = new(Tok, "")
            t.type = "$END"
            t.value = ""
            t.start_pos = len(text)
            pairs = feed(t, True)
        except (MemoryError, KeyboardInterrupt):
            raise
        except Exception:
            raise _Reject() from None
        finally:
            _builder.last = None
        if not positions:
            return [(v, 0, 0) for v, _ in pairs]
        pos = _builder.pos
        items = []
        n = len(text)
        for v, tok in pairs:
            line, col = pos(tok)
            p = tok.start_pos
            if text[p] == "@":
                # The reference positions an `@...` form at the byte after the
                # `@`; for a lone `@` that may be a line break or the end.
                if p + 1 < n and text[p + 1] not in "\r\n":
                    col += 1
                else:
                    line += 1
                    col = 0
            items.append((v, line, col))
        return items


def _to_bytes(src):
    if src.__class__ is bytes:
        return src
    if isinstance(src, str):
        return src.encode("utf-8", "surrogateescape")
    return bytes(src)


class _Outcome:
    """What reading a whole source gives: forms with positions, maybe an error."""
    __slots__ = ("items", "error", "at_eof")

    def __init__(self, items, error=None, at_eof=False):
        self.items = items          # [(form, line, column)]
        self.error = error          # ParseError or None
        self.at_eof = at_eof        # the error was found at the end of input


def _byte_read(data, source):
    """Read a whole source with a ByteParser, as the reference's run-context does."""
    p = ByteParser()
    p.consume(data)
    if p.err is not None:
        items = p.take_all()
        return _Outcome(items, ParseError(p.err, source, p.line, p.column))
    p.eof()
    items = p.take_all()
    if p.err is not None:
        return _Outcome(items, ParseError(p.err, source, p.line, p.column), True)
    return _Outcome(items)


def _lark_read(data, source, positions=True):
    """Read with the lark reader; anything it rejects is re-read byte by byte."""
    try:
        return _Outcome(_fast_read(data, positions))
    except _Reject:
        return _byte_read(data, source)


# Below this size the byte parser is faster than setting up a lark parse.
_SMALL = 128
# The two readers go about as fast (0.5-0.75 MB/s), but loading lark and its
# parser costs as much as byte-reading a few hundred KB: until a process has
# read this much, long sources go to the byte parser too, so a script's start
# does not pay for lark; a process reading a whole source tree moves to lark.
_LARK_AFTER = 256 * 1024
_bytes_read = 0


def _read(src, source, positions):
    global _bytes_read
    data = _to_bytes(src)
    if len(data) < _SMALL or (_lark is None and _bytes_read + len(data) < _LARK_AFTER):
        _bytes_read += len(data)
        return _byte_read(data, source)
    return _lark_read(data, source, positions)


# ---------------------------------------------------------------------------
# Public API

def read_program(src, source="<string>"):
    """([(form, line, column)], ParseError or None) for a whole source."""
    r = _read(src, source, True)
    return r.items, r.error


def read_program_bytewise(src, source="<string>"):
    """read_program with the byte parser alone: for a long source read once in a
    process (the prelude), where building the lark parser costs more than it saves."""
    r = _byte_read(_to_bytes(src), source)
    return r.items, r.error


def read_all(src, source="<string>"):
    """Every top-level form of `src`; raises ParseError like the reference."""
    r = _read(src, source, False)
    if r.error is not None:
        raise r.error
    return [v for v, _, _ in r.items]


def parse_string(src):
    """Janet's `parse`: the first form of the whole string."""
    r = _read(src, "", False)
    if r.error is not None and not (r.at_eof and r.items):
        raise JanetError(r.error.value)
    if not r.items:
        raise JanetError(b"no value")
    return r.items[0][0]


def parse_all_string(src):
    """Janet's `parse-all`: every form of the string."""
    r = _read(src, "", False)
    if r.error is not None:
        raise JanetError(r.error.value)
    return [v for v, _, _ in r.items]


def read_one(src, start=0, source="<string>"):
    """(form, end): the first form at or after byte `start`, and the index just
    past the bytes the reference's parser consumed to finish it (a symbol or
    number ends with the byte after it).  Raises ParseError on a parse error and
    EOFError when no form remains."""
    data = _to_bytes(src)
    p = ByteParser()
    i = start
    n = len(data)
    while i < n:
        p.byte(data[i])
        i += 1
        if p.err is not None:
            raise ParseError(p.err, source, p.line, p.column)
        if p.pending:
            return p.produce(), i
    p.eof()
    if p.pending:
        return p.produce(), n
    if p.err is not None:
        raise ParseError(p.err, source, p.line, p.column)
    raise EOFError("no form")


def delimiter_state(src):
    """The open delimiters after reading `src`, like (parser/state p :delimiters):
    e.g. "([" or '"' or "``" (an unread error leaves its frames in place)."""
    p = ByteParser()
    p.consume(_to_bytes(src))
    return p.delimiters()


def is_complete(src):
    """Whether `src` followed by a newline leaves the reference's parser at its
    root (or in error): False means a REPL should read another line."""
    p = ByteParser()
    p.consume(_to_bytes(src) + b"\n")
    return p.err is not None or len(p.frames) == 1
