"""The parser/* namespace and `parse` / `parse-all`.

Corresponds to the reference's src/core/parse.c (the `core/parser` abstract type
and its functions) and the `parse` / `parse-all` functions of src/boot/boot.janet.

The state machine itself is `pyjanet.reader.ByteParser`; this module wraps it in
an abstract value so Janet code can drive it byte by byte, and gives it the
reference's method table (`(:consume p "...")`, `(p :produce)`, `next` over the
method names).
"""

from ..values import Abstract, Array, Table, Keyword, kw
from ..errors import JanetError, panicf
from ..runtime import builtin, boot_frame, cfun_frame
from ..reader import ByteParser, parse_string, parse_all_string
from .. import args as A

SOURCE = "src/core/parse.c"


def cfun(name, usage, doc):
    return builtin(name, usage, doc, source=SOURCE)


KW_STATUS = {s: kw(s) for s in ("root", "pending", "error", "dead")}
KW_ARGS = kw("args")
KW_TYPE = kw("type")
KW_BUFFER = kw("buffer")
KW_LINE = kw("line")
KW_COLUMN = kw("column")
KW_FRAMES = kw("frames")
KW_DELIMITERS = kw("delimiters")


class Parser(Abstract):
    """A `core/parser`: the reference's incremental parser object."""
    __slots__ = ("p",)
    type_name = "core/parser"

    def __init__(self, p=None):
        self.p = p if p is not None else ByteParser()

    def janet_get(self, key):
        if key.__class__ is Keyword:
            return METHODS.get(key)
        return None

    def janet_next(self, key):
        # the method names, in the reference's (alphabetical) table order
        if key is None:
            return METHOD_NAMES[0]
        try:
            i = METHOD_NAMES.index(key)
        except ValueError:
            return None
        return METHOD_NAMES[i + 1] if i + 1 < len(METHOD_NAMES) else None


def _parser(x):
    if x.__class__ is Parser:
        return x.p
    A.abstract(x, 0, Parser, "core/parser")


def _text(msg):
    return msg.encode("utf-8", "surrogateescape")


@cfun("parser/new", "(parser/new)",
         "Makes a new parser: a state machine that is fed bytes and hands back the "
         "values it has finished reading.")
def parser_new():
    return Parser()


@cfun("parser/consume", "(parser/consume parser bytes &opt index)",
         "Feeds `bytes` (from byte `index` on) to the parser.  A parse error does not "
         "raise; the parser stops after the offending byte and goes to the :error "
         "state.  Returns the number of bytes used.")
def parser_consume(parser, data, index=None):
    p = _parser(parser)
    b = A.bytes_(data, 1)
    start = 0
    if index is not None:
        start = A.integer(index, 2)
        if start < 0 or start > len(b):
            panicf("invalid offset %d out of range [0,%d]", start, len(b))
    return float(p.consume(b, start))


@cfun("parser/byte", "(parser/byte parser b)",
         "Feeds the single byte `b` to the parser.  Returns the parser.")
def parser_byte(parser, b):
    p = _parser(parser)
    p.byte(A.integer(b, 1))
    return parser


@cfun("parser/eof", "(parser/eof parser)",
         "Tells the parser the input has ended; it moves to the :dead state (or "
         ":error when a value was left open).  Returns the parser.")
def parser_eof(parser):
    _parser(parser).eof()
    return parser


@cfun("parser/status", "(parser/status parser)",
         "The parser's state: :root (between values; safe to stop), :pending (in "
         "the middle of a value), :error (after a parse error) or :dead (after "
         "`parser/eof`).")
def parser_status(parser):
    return KW_STATUS[_parser(parser).status()]


@cfun("parser/error", "(parser/error parser)",
         "When the parser is in the :error state, returns the error message and "
         "resets the parser (its queue and unfinished values are dropped), so "
         "take the queued values first.  Otherwise nil.")
def parser_error(parser):
    e = _parser(parser).error()
    return None if e is None else _text(e)


@cfun("parser/has-more", "(parser/has-more parser)",
         "True when finished values are waiting to be taken with `parser/produce`.")
def parser_has_more(parser):
    return _parser(parser).has_more()


@cfun("parser/produce", "(parser/produce parser &opt wrap)",
         "Takes the next finished value from the parser's queue, or nil when the "
         "queue is empty.  With `wrap` truthy, returns it inside a one-element "
         "tuple that carries its source position.")
def parser_produce(parser, wrap=None):
    return _parser(parser).produce(wrap is not None and wrap is not False)


@cfun("parser/flush", "(parser/flush parser)",
         "Drops the parser's unfinished values and queue, keeping its line and "
         "column counters.  Returns the parser.")
def parser_flush(parser):
    _parser(parser).flush()
    return parser


@cfun("parser/where", "(parser/where parser &opt line col)",
         "Returns the parser's position as a tuple [line column], after setting "
         "the line (and then the column) when they are given.")
def parser_where(parser, line=None, col=None):
    p = _parser(parser)
    if line is not None:
        ln = A.integer(line, 1)
        if ln < 1:
            panicf("invalid line number %d", ln)
        p.line = ln
    if col is not None:
        c = A.integer(col, 2)
        if c < 0:
            panicf("invalid column number %d", c)
        p.column = c
    return (float(p.line), float(p.column))


def _frames(p):
    out = Array()
    for d in p.frames_state():
        t = Table()
        if "args" in d:
            t[KW_ARGS] = Array(d["args"])
        t[KW_TYPE] = kw(d["type"])
        if "buffer" in d:
            t[KW_BUFFER] = d["buffer"]
        t[KW_LINE] = float(d["line"])
        t[KW_COLUMN] = float(d["column"])
        out.append(t)
    return out


def _delimiters(p):
    return p.delimiters().encode("utf-8", "surrogateescape")


@cfun("parser/state", "(parser/state parser &opt key)",
         "Describes what the parser is in the middle of.  With key :delimiters, a "
         "string of the open delimiters, innermost last (e.g. `([\"`), handy for "
         "a REPL prompt; with :frames, an array of tables, one per nesting level, "
         "giving its :type, where it started (:line, :column) and what it holds "
         "so far (:args or :buffer).  Without a key, a table of both.")
def parser_state(parser, key=None):
    p = _parser(parser)
    if key is None:
        t = Table()
        t[KW_FRAMES] = _frames(p)
        t[KW_DELIMITERS] = _delimiters(p)
        return t
    k = A.keyword(key, 1)
    if k is KW_FRAMES:
        return _frames(p)
    if k is KW_DELIMITERS:
        return _delimiters(p)
    panicf("unexpected keyword %v", k)


@cfun("parser/insert", "(parser/insert parser value)",
         "Puts `value` into the parser as if it had been read: as the next element "
         "of the innermost open container, as a finished top-level value, or, "
         "inside a string, as its text.  Returns the parser.")
def parser_insert(parser, value):
    _parser(parser).insert(value)
    return parser


@cfun("parser/clone", "(parser/clone p)",
         "An independent copy of the parser in its current state, e.g. to go back "
         "to a known good point after a later error.")
def parser_clone(p):
    return Parser(_parser(p).clone())


METHODS = {kw(name): f for name, f in (
    ("byte", parser_byte), ("clone", parser_clone), ("consume", parser_consume),
    ("eof", parser_eof), ("error", parser_error), ("flush", parser_flush),
    ("has-more", parser_has_more), ("insert", parser_insert),
    ("produce", parser_produce), ("state", parser_state), ("status", parser_status),
    ("where", parser_where))}
METHOD_NAMES = list(METHODS)


# --------------------------------------------------------------------------
# boot.janet's parse / parse-all
#
# The reference writes these in Janet around a parser object; their error
# traces show where in boot.janet the error was raised, which depends on
# whether the parser failed while consuming or at the end of the input.

def _source_arg(s, who):
    try:
        return bytes(A.bytes_(s, 1))
    except JanetError as e:
        cfun_frame(e, "parser/consume")
        raise boot_frame(e, who, 3060 if who == "parse" else 3076, 5)


def _error_line(data, consuming, at_end):
    """The line of the `error` call that raises for this input."""
    p = ByteParser()
    p.consume(data)
    return consuming if p.err is not None else at_end


def parse_value(s):
    """`(parse s)` with the reference's error frames."""
    data = _source_arg(s, "parse")
    try:
        return parse_string(data)
    except JanetError as e:
        if e.value == b"no value":
            raise boot_frame(e, "parse", 3068, 9)
        ln = _error_line(data, 3062, 3067)
        raise boot_frame(e, "parse", ln, 7 if ln == 3062 else 9)


def parse_all_values(s):
    """`(parse-all s)` as a Python list, with the reference's error frames."""
    data = _source_arg(s, "parse-all")
    try:
        return parse_all_string(data)
    except JanetError as e:
        raise boot_frame(e, "parse-all", _error_line(data, 3078, 3083), 7)


@builtin("parse", "(parse str)",
         "Reads the first value from the string `str`.  Raises the parse error, or "
         "\"no value\" when there is none.  For more control (several values, "
         "incremental input) use a parser from `parser/new`.",
         kind="function", source="boot.janet", noframe=True)
def parse(s):
    return parse_value(s)


@builtin("parse-all", "(parse-all str)",
         "Reads every value in the string `str` and returns them in an array; "
         "raises on a parse error.", kind="function", source="boot.janet", noframe=True)
def parse_all(s):
    return Array(parse_all_values(s))
