r"""Tests of the reader (pyjanet/reader.py, grammar/janet.lark) against the reference.

Every expectation below was produced by the reference, /work/scratch/bin/janet
(Janet 1.41), never written by hand:

* CASES: each source was given to a fresh `parser/new` with `parser/consume`
  (stopping at an error, as run-context does), then `parser/eof`; every value
  from `(parser/produce p true)` is shown as "LINE:COL FORM" (the position from
  `tuple/sourcemap` of the wrapper), and an error as "error L:C MSG" (during
  consume) or "eof error L:C MSG" (at eof), with L:C from `(parser/where p)` and
  MSG from `(parser/error p)`.  FORM uses the notation of `show` below: numbers
  with "%.17g", strings as "..." and buffers as @"..." with bytes outside
  printable ASCII (and " \) as \xHH, tuples as (..)@L:C or [..]@L:C with their
  `tuple/sourcemap`, arrays @(..), structs {..} and tables @{..} with their
  pairs sorted, int/s64 and int/u64 as <s64 N> / <u64 N>.  SHOW_JANET at the
  end of this file is the Janet script that printed them: save it as
  show.janet, write one line per source ("x" followed by the source's bytes
  in hex) to cases.hex, and run `janet show.janet cases.hex`.
* The other tests quote the janet expression that gave their expectation.
"""

import pytest

from pyjanet import reader
from pyjanet.errors import JanetError, ParseError
from pyjanet.values import (Array, Buffer, Keyword, Struct, Symbol, Table, from_key, kw,
                            sym)


class _Int:
    """Stand-in for int/s64 and int/u64 values while the reader is tested."""

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


@pytest.fixture(autouse=True)
def int_types():
    saved = reader._INT_TYPES
    reader.register_int_types(lambda v: _Int("s64", v), lambda v: _Int("u64", v))
    yield
    reader._INT_TYPES = saved


def _esc(b):
    return "".join(chr(c) if 0x20 <= c < 0x7F and c not in (34, 92) else "\\x%02x" % c
                   for c in b)


def show(x):
    c = x.__class__
    if c is float:
        return "%.17g" % x
    if x is None:
        return "nil"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if c is bytes:
        return '"%s"' % _esc(x)
    if c is Buffer:
        return '@"%s"' % _esc(x)
    if c is Symbol:
        return _esc(x.bname)
    if c is Keyword:
        return ":" + _esc(x.bname)
    if isinstance(x, tuple):
        inner = " ".join(map(show, x))
        if getattr(x, "brackets", False):
            return "[%s]@%d:%d" % (inner, x.line, x.column)
        return "(%s)@%d:%d" % (inner, x.line, x.column)
    if c is Array:
        return "@(%s)" % " ".join(map(show, x))
    if c is Struct or c is Table:
        pairs = " ".join(sorted("%s %s" % (show(from_key(k)), show(v)) for k, v in x.items()))
        return ("{%s}" if c is Struct else "@{%s}") % pairs
    if c is _Int:
        return "<%s %d>" % (x.kind, x.value)
    raise AssertionError("unexpected value %r" % (x,))


def outcome(r):
    out = ["%d:%d %s" % (line, col, show(v)) for v, line, col in r.items]
    if r.error is not None:
        e = r.error
        out.append("%s %d:%d %s" % ("eof error" if r.at_eof else "error", e.line, e.column,
                                    e.value.decode()))
    return " | ".join(out)


CASES = [
    (b'1',
     '1:1 1'),
    (b'-2.5',
     '1:1 -2.5'),
    (b'1e3',
     '1:1 1000'),
    (b'1_000',
     '1:1 1000'),
    (b'0xFF',
     '1:1 255'),
    (b'16rFF',
     '1:1 255'),
    (b'2r1010',
     '1:1 10'),
    (b'8r17',
     '1:1 15'),
    (b'16r1&2',
     '1:1 256'),
    (b'2r1&10',
     '1:1 4'),
    (b'.5',
     '1:1 0.5'),
    (b'-0x10',
     '1:1 -16'),
    (b'+5',
     '1:1 5'),
    (b'1.',
     '1:1 1'),
    (b'-0',
     '1:1 -0'),
    (b'0.1',
     '1:1 0.10000000000000001'),
    (b'1E5',
     '1:1 100000'),
    (b'1e-3',
     '1:1 0.001'),
    (b'0x1p4',
     '1:1 16'),
    (b'0x1.8p1',
     '1:1 3'),
    (b'36rZZ',
     '1:1 1295'),
    (b'1__0',
     '1:1 10'),
    (b'0r5',
     '1:1 5'),
    (b'-.5',
     '1:1 -0.5'),
    (b'+.5',
     '1:1 0.5'),
    (b'0x1.8',
     '1:1 1.5'),
    (b'9007199254740993',
     '1:1 9007199254740994'),
    (b'9007199254740995',
     '1:1 9007199254740996'),
    (b'1e309',
     '1:1 inf'),
    (b'-1e309',
     '1:1 -inf'),
    (b'1e-400',
     '1:1 0'),
    (b'4.9e-324',
     '1:1 4.9406564584124654e-324'),
    (b'1.5:n',
     '1:1 1.5'),
    (b'inf nan -inf',
     '1:1 inf | 1:5 nan | 1:9 -inf'),
    (b'_1',
     '1:1 _1'),
    (b'37r1x',
     'eof error 1:5 unexpected end of source,  opened at line 1, column 1'),
    (b'1abc ',
     'error 1:5 symbol literal cannot start with a digit'),
    (b'1abc',
     'eof error 1:4 unexpected end of source,  opened at line 1, column 1'),
    (b'1:s 2:u -3:s 0x10:u 1_0:s',
     '1:1 <s64 1> | 1:5 <u64 2> | 1:9 <s64 -3> | 1:14 <u64 16> | 1:21 <s64 10>'),
    (b'18446744073709551615:u -9223372036854775808:s',
     '1:1 <u64 18446744073709551615> | 1:24 <s64 -9223372036854775808>'),
    (b'-1:u',
     '1:1 -1:u'),
    (b'9223372036854775808:s ',
     'error 1:22 symbol literal cannot start with a digit'),
    (b'18446744073709551616:u ',
     'error 1:23 symbol literal cannot start with a digit'),
    (b'1e ',
     'error 1:3 symbol literal cannot start with a digit'),
    (b'0x ',
     'error 1:3 symbol literal cannot start with a digit'),
    (b'1..2 ',
     'error 1:5 symbol literal cannot start with a digit'),
    (b'1:x ',
     'error 1:4 symbol literal cannot start with a digit'),
    (b'2r2 ',
     'error 1:4 symbol literal cannot start with a digit'),
    (b'"abc"',
     '1:1 "abc"'),
    (b'"a\\nb\\tc\\rd\\0e\\zf\\fg\\eh\\vi"',
     '1:1 "a\\x0ab\\x09c\\x0dd\\x00e\\x00f\\x0cg\\x1bh\\x0bi"'),
    (b'"\\"\\\\\\\'\\a\\b\\?"',
     '1:1 "\\x22\\x5c\'\\x07\\x08?"'),
    (b'"\\x41\\xff\\x00"',
     '1:1 "A\\xff\\x00"'),
    (b'"\\u00e9\\u20AC"',
     '1:1 "\\xc3\\xa9\\xe2\\x82\\xac"'),
    (b'"\\U01F600"',
     '1:1 "\\xf0\\x9f\\x98\\x80"'),
    (b'"\\U10FFFF"',
     '1:1 "\\xf4\\x8f\\xbf\\xbf"'),
    (b'"\\ud800"',
     '1:1 "\\xed\\xa0\\x80"'),
    (b'"a\nb"',
     '1:1 "ab"'),
    (b'"a\r\nb"',
     '1:1 "ab"'),
    (b'"\xc3\xa9"',
     '1:1 "\\xc3\\xa9"'),
    (b'"\xff"',
     '1:1 "\\xff"'),
    (b'""',
     '1:1 ""'),
    (b'"\\q"',
     'error 1:3 invalid string escape sequence'),
    (b'"ab\\ "',
     'error 1:5 invalid string escape sequence'),
    (b'"\\x4g"',
     'error 1:5 invalid hex digit in hex escape'),
    (b'"\\u12x4"',
     'error 1:6 invalid hex digit in unicode escape'),
    (b'"\\U110000"',
     'error 1:9 invalid unicode codepoint'),
    (b'"abc',
     'eof error 1:4 unexpected end of source, " opened at line 1, column 1'),
    (b'"a\\',
     'eof error 1:3 unexpected end of source, " opened at line 1, column 1'),
    (b'(print "a)\n',
     'eof error 2:0 unexpected end of source, " opened at line 1, column 8'),
    (b'``long``',
     '1:1 "long"'),
    (b'`a`',
     '1:1 "a"'),
    (b'```a``b```',
     '1:1 "a``b"'),
    (b'``a```',
     '1:1 "a" | eof error 1:6 unexpected end of source, ` opened at line 1, column 6'),
    (b'@`buf`',
     '1:2 @"buf"'),
    (b'@"buf\\n"',
     '1:2 @"buf\\x0a"'),
    (b'@""',
     '1:2 @""'),
    (b'``\nline\n``',
     '1:1 "line"'),
    (b'``\r\nline\r\n``',
     '1:1 "line"'),
    (b'  ``\n  foo\n    bar\n  ``',
     '1:3 "foo\\x0a  bar"'),
    (b'  ``\n  foo\n bar\n  ``',
     '1:3 "  foo\\x0a bar\\x0a  "'),
    (b'(def x\n    ``\n    doc\n      more\n    ``)',
     '1:1 (def x "doc\\x0a  more")@1:1'),
    (b'`` `` ',
     '1:1 " "'),
    (b'``unterminated',
     'eof error 1:14 unexpected end of source, `` opened at line 1, column 1'),
    (b'``',
     'eof error 1:2 unexpected end of source, `` opened at line 1, column 1'),
    (b'`a`b',
     '1:1 "a" | 1:4 b'),
    (b'abc',
     '1:1 abc'),
    (b'a-b/c!$%&*+-./:<=>?@^_',
     '1:1 a-b/c!$%&*+-./:<=>?@^_'),
    (b'@foo',
     '1:2 @foo'),
    (b'@',
     '2:0 @'),
    (b'@\n',
     '2:0 @'),
    (b'(@)',
     '1:1 (@)@1:1'),
    (b'@@',
     '1:2 @@'),
    (b'\xce\xbb',
     '1:1 \\xce\\xbb'),
    (b':kw',
     '1:1 :kw'),
    (b':',
     '1:1 :'),
    (b'::',
     '1:1 ::'),
    (b':a/b',
     '1:1 :a/b'),
    (b':1',
     '1:1 :1'),
    (b'-',
     '1:1 -'),
    (b'+',
     '1:1 +'),
    (b'.',
     '1:1 .'),
    (b'a.b',
     '1:1 a.b'),
    (b'nil true false',
     '1:1 nil | 1:5 true | 1:10 false'),
    (b'nilx truex',
     '1:1 nilx | 1:6 truex'),
    (b'\xff ',
     'error 1:2 invalid utf-8 in symbol'),
    (b'\xc0\x80 ',
     'error 1:3 invalid utf-8 in symbol'),
    (b':\xff ',
     'error 1:3 invalid utf-8 in keyword'),
    (b'\xed\xa0\x80',
     '1:1 \\xed\\xa0\\x80'),
    (b'\xf4\x90\x80\x80',
     '1:1 \\xf4\\x90\\x80\\x80'),
    (b'(a b c)',
     '1:1 (a b c)@1:1'),
    (b'[a b]',
     '1:1 [a b]@1:1'),
    (b'()',
     '1:1 ()@1:1'),
    (b'[]',
     '1:1 []@1:1'),
    (b'@(1 2)',
     '1:2 @(1 2)'),
    (b'@[1 2]',
     '1:2 @(1 2)'),
    (b'{:a 1 :b 2}',
     '1:1 {:a 1 :b 2}'),
    (b'@{:a 1}',
     '1:2 @{:a 1}'),
    (b'{}',
     '1:1 {}'),
    (b'@{}',
     '1:2 @{}'),
    (b'{1 2 1 3}',
     '1:1 {1 3}'),
    (b'{nil 1 2 3}',
     '1:1 {2 3}'),
    (b'{1 nil}',
     '1:1 {}'),
    (b'@{1 2 1 nil}',
     '1:2 @{}'),
    (b'@{nil 1}',
     '1:2 @{}'),
    (b'{true 1 false 2}',
     '1:1 {false 2 true 1}'),
    (b'{1}',
     'error 1:3 struct and table literals expect even number of arguments'),
    (b'@{1 2 3}',
     'error 1:8 struct and table literals expect even number of arguments'),
    (b'(a [b (c)] {:d [e]})',
     '1:1 (a [b (c)@1:7]@1:4 {:d [e]@1:16})@1:1'),
    (b'(a\n  (b)\n\t(c))',
     '1:1 (a (b)@2:3 (c)@3:2)@1:1'),
    (b'(a)\r(b)\r\n(c)\n(d)',
     '1:1 (a)@1:1 | 2:1 (b)@2:1 | 3:1 (c)@3:1 | 4:1 (d)@4:1'),
    (b'a\r\n\r\n(b)',
     '1:1 a | 3:1 (b)@3:1'),
    (b'(\xce\xbb (x))',
     '1:1 (\\xce\\xbb (x)@1:5)@1:1'),
    (b"'x",
     '1:1 (quote x)@1:1'),
    (b'~x',
     '1:1 (quasiquote x)@1:1'),
    (b',x',
     '1:1 (unquote x)@1:1'),
    (b';x',
     '1:1 (splice x)@1:1'),
    (b'|x',
     '1:1 (short-fn x)@1:1'),
    (b"'(a)",
     '1:1 (quote (a)@1:2)@1:1'),
    (b"''x",
     '1:1 (quote (quote x)@1:2)@1:1'),
    (b'~(a ,b ,;c)',
     '1:1 (quasiquote (a (unquote b)@1:5 (unquote (splice c)@1:9)@1:8)@1:2)@1:1'),
    (b'|(+ $ 1)',
     '1:1 (short-fn (+ $ 1)@1:2)@1:1'),
    (b"' x",
     '1:1 (quote x)@1:1'),
    (b"'\n# c\nx",
     '1:1 (quote x)@1:1'),
    (b"(a 'b)",
     '1:1 (a (quote b)@1:4)@1:1'),
    (b"'@[1]",
     '1:1 (quote @(1))@1:1'),
    (b'# only a comment',
     ''),
    (b'1 # c\n2',
     '1:1 1 | 2:1 2'),
    (b'a#b',
     '1:1 a'),
    (b'(a # c ) \n b)',
     '1:1 (a b)@1:1'),
    (b' \t\r\n\x00\x0b\x0c 1',
     '2:5 1'),
    (b'',
     ''),
    (b')',
     'error 1:1 unexpected closing delimiter )'),
    (b'(]',
     'error 1:2 mismatched delimiter ], ( opened at line 1, column 1'),
    (b'[)',
     'error 1:2 mismatched delimiter ), [ opened at line 1, column 1'),
    (b'{a]',
     'error 1:3 mismatched delimiter ], { opened at line 1, column 1'),
    (b'(a}',
     'error 1:3 mismatched delimiter }, ( opened at line 1, column 1'),
    (b'@(1]',
     'error 1:4 mismatched delimiter ], ( opened at line 1, column 2'),
    (b"(')",
     'error 1:3 mismatched delimiter ),  opened at line 1, column 2'),
    (b"')",
     'error 1:2 mismatched delimiter ),  opened at line 1, column 1'),
    (b"'",
     'eof error 1:1 unexpected end of source,  opened at line 1, column 1'),
    (b'(',
     'eof error 1:1 unexpected end of source, ( opened at line 1, column 1'),
    (b'((',
     'eof error 1:2 unexpected end of source, ( opened at line 1, column 2'),
    (b'[1 [2',
     'eof error 1:5 unexpected end of source, [ opened at line 1, column 4'),
    (b'(defn f [] (print "a")\n(',
     'eof error 2:1 unexpected end of source, ( opened at line 2, column 1'),
    (b'(defn f [] (print "a")\n(\n',
     'eof error 3:0 unexpected end of source, ( opened at line 2, column 1'),
    (b'(a)\n)',
     '1:1 (a)@1:1 | error 2:1 unexpected closing delimiter )'),
    (b'x)',
     '1:1 x | error 1:2 unexpected closing delimiter )'),
    (b'\x01',
     'error 1:1 unexpected character'),
    (b'\\',
     'error 1:1 unexpected character'),
    (b'a\\b',
     '1:1 a | error 1:2 unexpected character'),
    (b'(a ``b',
     'eof error 1:6 unexpected end of source, `` opened at line 1, column 4'),
    (b'{:a "b',
     'eof error 1:6 unexpected end of source, " opened at line 1, column 5'),
    (b'@',
     '2:0 @'),
    (b'@ ',
     '1:2 @'),
    (b'@"x',
     'eof error 1:3 unexpected end of source, " opened at line 1, column 2'),
    (b'@``x',
     'eof error 1:4 unexpected end of source, `` opened at line 1, column 2'),
    (b'1 2 (3',
     '1:1 1 | 1:3 2 | eof error 1:6 unexpected end of source, ( opened at line 1, column 5'),
    (b'1 )',
     '1:1 1 | error 1:3 unexpected closing delimiter )'),
    (b'(foo bar))',
     '1:1 (foo bar)@1:1 | error 1:10 unexpected closing delimiter )'),
]

VALID = [src for src, expected in CASES if "error" not in expected]


@pytest.mark.parametrize("src,expected", CASES)
def test_byte_parser(src, expected):
    assert outcome(reader._byte_read(src, "t.janet")) == expected


@pytest.mark.parametrize("src,expected", CASES)
def test_lark_reader(src, expected):
    # Inputs the lark parser rejects are re-read by the byte parser, so errors
    # come out the same either way.
    assert outcome(reader._lark_read(src, "t.janet")) == expected


@pytest.mark.parametrize("src", VALID)
def test_lark_reader_accepts_every_valid_source(src):
    # _fast_read raises reader._Reject when it hands an input to the byte parser.
    reader._fast_read(src)


def test_read_all_values():
    # (parse-all `(def x @[1 "a"]) :k 'q`)
    forms = reader.read_all('(def x @[1 "a"]) :k \'q')
    assert len(forms) == 3
    d, k, q = forms
    assert d[0] is sym("def") and d[1] is sym("x")
    assert d[2].__class__ is Array and list(d[2]) == [1.0, b"a"]
    assert d[2][0].__class__ is float
    assert k is kw("k")
    assert q == (sym("quote"), sym("q")) and (q.line, q.column) == (1, 21)


def test_read_all_accepts_str_and_counts_columns_in_bytes():
    # (tuple/sourcemap ((parse-all "(\"é\" (x))") 0)) -> (1 1); inner (x) is at
    # column 7 because é takes two bytes: (tuple/sourcemap (((parse-all "(\"é\" (x))") 0) 1)) -> (1 7)
    (t,) = reader.read_all('("é" (x))')
    assert t[0] == "é".encode()
    assert (t[1].line, t[1].column) == (1, 7)


def test_parse_error_headline():
    # printf '(defn f [] (print "a")\n(\n' > t.janet; janet t.janet
    # -> t.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
    with pytest.raises(ParseError) as info:
        reader.read_all(b'(defn f [] (print "a")\n(\n', "t.janet")
    e = info.value
    assert (e.source, e.line, e.column) == ("t.janet", 3, 0)
    assert e.value == b"unexpected end of source, ( opened at line 2, column 1"
    assert e.headline() == ("t.janet:3:0: parse error: unexpected end of source, "
                            "( opened at line 2, column 1")


def test_read_program_keeps_forms_before_an_error():
    # printf '(print 1)\n) (print 2)' > a.janet; janet a.janet
    # -> prints 1, then a.janet:2:1: parse error: unexpected closing delimiter )
    items, err = reader.read_program(b"(print 1)\n) (print 2)", "a.janet")
    assert [show(v) for v, _, _ in items] == ["(print 1)@1:1"]
    assert (err.line, err.column, err.value) == (2, 1, b"unexpected closing delimiter )")


# (protect (parse s)) for each s
PARSE = [
    (b"1 2", "1"),
    (b"(a) (b", "(a)@1:1"),          # a form before an error found at eof is returned
    (b"1 (", "1"),
    (b"@", "@"),
    (b"", "no value"),
    (b"  ", "no value"),
    (b"# c", "no value"),
    (b"(1", "unexpected end of source, ( opened at line 1, column 1"),
    (b"1 )", "unexpected closing delimiter )"),
    (b"1abc", "unexpected end of source,  opened at line 1, column 1"),
]


@pytest.mark.parametrize("src,expected", PARSE)
def test_parse_string(src, expected):
    try:
        got = show(reader.parse_string(src))
    except JanetError as e:
        assert not isinstance(e, ParseError)
        got = e.value.decode()
    assert got == expected


def test_parse_all_string():
    # (parse-all "(a) [b]") -> @[(a) [b]]; (parse-all "") -> @[]
    assert [show(v) for v in reader.parse_all_string(b"(a) [b]")] == ["(a)@1:1", "[b]@1:5"]
    assert reader.parse_all_string(b"") == []
    # (protect (parse-all "1 (")) -> (false "unexpected end of source, ( opened at line 1, column 3")
    with pytest.raises(JanetError) as info:
        reader.parse_all_string(b"1 (")
    assert info.value.value == b"unexpected end of source, ( opened at line 1, column 3"


# (parser/state p :delimiters) after (parser/consume p s)
DELIMITERS = [
    (b"(", "("), (b"([", "(["), (b"(a [b {c", "([{"), (b'"abc', '"'), (b'("a', '("'),
    (b"``x", "``"), (b"```x", "```"), (b"@(", "("), (b"@{", "{"), (b"@[", "["),
    (b"'", ""), (b"'(", "("), (b"(a) (b", "("), (b"abc", ""), (b"# c", ""),
    (b"``", "`"), (b"` ", "`"), (b"(a ``b` ", "(``"), (b'"a\\', '"'), (b"(]", "("),
    (b"{:a 1", "{"),
]


@pytest.mark.parametrize("src,expected", DELIMITERS)
def test_delimiter_state(src, expected):
    assert reader.delimiter_state(src) == expected


# (parser/status p) after (parser/consume p (string s "\n")): :root or :error is complete
COMPLETE = [
    (b"abc", True), (b"(a", False), (b"'abc", True), (b"'", False), (b"# c", True),
    (b"@", True), (b'"a', False), (b"``a", False), (b"``a``", True), (b"(a))", True),
    (b"(a) (", False), (b"[1 2]", True), (b"|", False), (b'"a\\', True),
]


@pytest.mark.parametrize("src,expected", COMPLETE)
def test_is_complete(src, expected):
    assert reader.is_complete(src) is expected


def test_read_one():
    # A symbol is finished by the byte after it, like (parser/consume p "abc (x)")
    # which produces abc once the space is read.
    form, end = reader.read_one(b"abc (x)")
    assert form is sym("abc") and end == 4
    # Positions count from `start`, as for a new parser given an index:
    # (parser/consume p "abc (x)" 4) (parser/eof p) (tuple/sourcemap (parser/produce p)) -> (1 1)
    form, end = reader.read_one(b"abc (x)", end)
    assert show(form) == "(x)@1:1" and end == 7
    with pytest.raises(EOFError):
        reader.read_one(b"abc (x)  ", end)
    with pytest.raises(ParseError) as info:
        reader.read_one(b" )")
    assert (info.value.line, info.value.column) == (1, 2)


def test_byte_parser_errors_and_flush():
    # (def p (parser/new)) (parser/consume p "1 ) 2") -> 3, status :error, where (1 3)
    p = reader.ByteParser()
    assert p.consume(b"1 ) 2") == 3
    assert p.status() == "error"
    assert p.where() == (1, 3)
    # (protect (parser/consume p "x")) -> (false "parser is dead, cannot consume")
    with pytest.raises(JanetError) as info:
        p.consume(b"x")
    assert info.value.value == b"parser is dead, cannot consume"
    # (parser/error p) -> "unexpected closing delimiter )", then :root and no values
    assert p.error() == "unexpected closing delimiter )"
    assert p.status() == "root" and not p.has_more()
    # (parser/consume p "(a) \"\\q") -> 7, :error; consuming again:
    # "parser has unchecked error, cannot consume";
    # (tuple/sourcemap (parser/produce p true)) -> (1 4), the column going on
    # from the first consume
    assert p.consume(b'(a) "\\q') == 7
    assert p.status() == "error"
    with pytest.raises(JanetError) as info:
        p.consume(b"x")
    assert info.value.value == b"parser has unchecked error, cannot consume"
    assert show(p.produce()) == "(a)@1:4"
    # (parser/error p) -> "invalid string escape sequence"; (parser/where p) -> (1 10)
    assert p.error() == "invalid string escape sequence"
    assert p.where() == (1, 10)


def test_byte_parser_produce_and_eof():
    p = reader.ByteParser()
    # (parser/consume p "[x]\n  y ") then (parser/produce p true) twice:
    # ([x]) with sourcemap (1 11) and (y) with sourcemap (2 3) (the line
    # continues from earlier input in the reference's session)
    p.consume(b"[x]\n  y ")
    w = p.produce(True)
    assert show(w) == "([x]@1:1)@1:1"
    w = p.produce(True)
    assert show(w) == "(y)@2:3"
    assert p.produce() is None
    # (parser/consume p "(") (parser/eof p): :error with
    # "unexpected end of source, ( opened at line 2, column 5", then :dead
    p.consume(b"(")
    p.eof()
    assert p.status() == "error"
    assert p.error() == "unexpected end of source, ( opened at line 2, column 5"
    assert p.status() == "dead"
    with pytest.raises(JanetError) as info:
        p.eof()
    assert info.value.value == b"parser is dead, cannot consume"


def test_byte_parser_state_where_clone_insert():
    # (parser/consume s "(a [b \"c") (parser/state s :frames)
    s = reader.ByteParser()
    s.consume(b'(a [b "c')
    frames = s.frames_state()
    assert [(f["type"], f["line"], f["column"]) for f in frames] == [
        ("root", 1, 0), ("tuple", 1, 1), ("tuple", 1, 4), ("string", 1, 7)]
    assert frames[1]["args"] == [sym("a")] and frames[3]["buffer"] == b"c"
    # (parser/byte s 34) (parser/byte s 93) (parser/state s :delimiters) -> "("
    s.byte(34)
    s.byte(93)
    assert s.delimiters() == "("
    # (parser/where s 10 3) -> (10 3)
    assert s.where(10, 3) == (10, 3)
    # (parser/consume c "(a b") (parser/clone c), the clone closes: (a b); c still "("
    c = reader.ByteParser()
    c.consume(b"(a b")
    c2 = c.clone()
    c2.consume(b")")
    assert show(c2.produce()) == "(a b)@1:1"
    assert c.delimiters() == "("
    # (parser/consume i "(a ") (parser/insert i 42) (parser/consume i "b")
    # (parser/insert i :k) (parser/consume i ") \"x") (parser/insert i "yz")
    # (parser/consume i "\" ") (parser/insert i 7) -> produces (a 42 b :k), "xyz", 7
    i = reader.ByteParser()
    i.consume(b"(a ")
    i.insert(42.0)
    i.consume(b"b")
    i.insert(kw("k"))
    i.consume(b') "x')
    i.insert(b"yz", to_string=lambda v: v)
    i.consume(b'" ')
    i.insert(7.0)
    assert [show(i.produce()) for _ in range(3)] == ["(a 42 b :k)@1:1", '"xyz"', "7"]
    assert i.produce() is None


def test_long_source_goes_through_lark():
    # Sources of at least reader._SMALL bytes are read by the lark parser.
    # (def src (string/repeat "(defn f [x]\r\n  ``\r\n  doc\r\n  ``\r\n  [x @{:a 'b}])\n@foo\n" 20))
    # parsed with parser/consume + parser/eof: the last wrapper's sourcemap is
    # (120 2); show.janet gives the first form as in the assertion.
    src = b"(defn f [x]\r\n  ``\r\n  doc\r\n  ``\r\n  [x @{:a 'b}])\n@foo\n" * 20
    assert len(src) >= reader._SMALL
    fast = reader._fast_read(src)
    slow = reader._byte_read(src, "t").items
    assert [(show(v), l, c) for v, l, c in fast] == [(show(v), l, c) for v, l, c in slow]
    assert fast[-1][1:] == (120, 2)
    assert fast[0][1:] == (1, 1)
    assert show(fast[0][0]) == '(defn f [x]@1:9 "doc" [x @{:a (quote b)@5:11}]@5:3)@1:1'


def test_scan_number():
    # (scan-number "0x1.8p1") -> 3; (scan-number "1_000") -> 1000; (scan-number "1e") -> nil
    assert reader.scan_number(b"0x1.8p1") == 3.0
    assert reader.scan_number(b"1_000") == 1000.0
    assert reader.scan_number(b"1e") is None
    assert reader.scan_number(b"_1") is None
    # With a base there is no prefix: (scan-number "10" 2) -> 2,
    # (scan-number "0x10" 16) -> nil, (scan-number "1e2" 16) -> 482,
    # (scan-number "1.1" 2) -> 1.5, (scan-number "1e2" 10) -> 100
    assert reader.scan_number(b"10", 2) == 2.0
    assert reader.scan_number(b"0x10", 16) is None
    assert reader.scan_number(b"1e2", 16) == 482.0
    assert reader.scan_number(b"1.1", 2) == 1.5
    assert reader.scan_number(b"1e2", 10) == 100.0


# The reference-side script that produced CASES (see the module docstring).
SHOW_JANET = r"""
# Print, for each hex-encoded source line of the file given as argument, what the
# reference's parser makes of it in the notation of tests/unit/test_reader.py.
(defn unhex [s]
  (def b @"")
  (loop [i :range [0 (length s) 2]]
    (buffer/push-byte b (scan-number (string "0x" (string/slice s i (+ i 2))))))
  b)
(defn esc [s]
  (def b @"")
  (each c s
    (if (and (>= c 0x20) (< c 0x7f) (not= c 34) (not= c 92))
      (buffer/push-byte b c)
      (buffer/push b (string/format "\\x%02x" c))))
  (string b))
(var show nil)
(defn items [xs] (string/join (map show xs) " "))
(defn kvs [x] (string/join (sort (map (fn [[k v]] (string (show k) " " (show v))) (pairs x))) " "))
(set show (fn [x]
  (case (type x)
    :number (string/format "%.17g" x)
    :nil "nil"
    :boolean (if x "true" "false")
    :string (string "\"" (esc x) "\"")
    :buffer (string "@\"" (esc x) "\"")
    :symbol (esc x)
    :keyword (string ":" (esc x))
    :tuple (let [[l c] (tuple/sourcemap x)]
             (if (= (tuple/type x) :brackets)
               (string "[" (items x) "]@" l ":" c)
               (string "(" (items x) ")@" l ":" c)))
    :array (string "@(" (items x) ")")
    :struct (string "{" (kvs x) "}")
    :table (string "@{" (kvs x) "}")
    :core/s64 (string "<s64 " x ">")
    :core/u64 (string "<u64 " x ">")
    (string "?" (type x)))))
(defn run1 [src]
  (def p (parser/new))
  (def out @[])
  (var pos 0)
  (var err nil)
  (defn drain [] (while (parser/has-more p)
    (def w (parser/produce p true))
    (def [l c] (tuple/sourcemap w))
    (array/push out (string l ":" c " " (show (w 0))))))
  (while (< pos (length src))
    (+= pos (parser/consume p src pos))
    (drain)
    (when (= (parser/status p) :error)
      (def [l c] (parser/where p))
      (set err (string "error " l ":" c " " (parser/error p)))
      (break)))
  (unless err
    (parser/eof p)
    (drain)
    (when (= (parser/status p) :error)
      (def [l c] (parser/where p))
      (set err (string "eof error " l ":" c " " (parser/error p)))))
  (if err (array/push out err))
  (string/join out " | "))
(each line (string/split "\n" (slurp ((dyn :args) 1)))
  (when (not= line "")
    (print (run1 (unhex (string/slice line 1))))))
"""
