"""The string/* namespace, plus keyword/slice and symbol/slice: byte-string operations.

Corresponds to the reference's src/core/string.c (string/format itself is the
printer's format engine; see pyjanet.printer.format_into).

Searching: the reference scans with Knuth-Morris-Pratt; Python's bytes.find,
bytes.replace and bytes.split give the same matches (leftmost first, and for
replace/split non-overlapping, restarting right after each match), so the hot
functions lean on them instead of a Python-level loop.

Every function accepts strings, symbols, keywords and buffers where the
reference takes a byte view, and returns fresh immutable strings (bytes).
"""

from ..values import Buffer, Symbol, Keyword, Array, sym, kw
from ..errors import panic, panicf
from ..runtime import builtin, call, ccall, is_function
from ..printer import string_format, to_string
from .. import args as A

# Marks an optional argument that was not passed at all: several functions here
# (like the reference) treat an explicit nil differently from a missing value.
_ABSENT = object()

_WHITESPACE = b" \t\r\n\v\f"
_INT32_MAX = 2147483647


def _view(x, n):
    """The bytes of a string/symbol/keyword/buffer argument (janet_getbytes)."""
    c = x.__class__
    if c is bytes or c is Buffer:
        return x
    if c is Symbol or c is Keyword:
        return x.bname
    A.panic_type(x, n, A._BYTES_T)


def slice_args(args):
    """(view, start, end) for the *-slice functions (janet_getslice).

    The reference reads the byte view before it checks the arity, so a bad first
    argument is reported even when there are too many arguments.  (With no
    argument at all it reads a stale slot past the arguments, whatever an
    earlier call left there; nil stands for it here, as in tuple/slice.)"""
    n = len(args)
    data = args[0] if n else None
    c = data.__class__
    if c is not bytes and c is not Buffer:
        data = _view(data, 0)
    if n > 3:
        panicf("arity mismatch, expected at most 3, got %d", n)
    length = len(data)
    if n == 1:
        return data, 0, length
    # Fast path for the usual in-range, non-negative float indices; anything
    # else (negative, out of range, bad type) goes through the shared checker.
    s = args[1]
    if s is None:
        s = 0
    elif s.__class__ is float and 0.0 <= s <= length and s.is_integer():
        s = int(s)
    else:
        return (data,) + A.slice_range(args, length)
    if n == 2:
        return data, s, length
    e = args[2]
    if e is None:
        e = length
    elif e.__class__ is float and 0.0 <= e <= length and e.is_integer():
        e = int(e)
    else:
        return (data,) + A.slice_range(args, length)
    return data, s, (e if e > s else s)


@builtin("string/slice", "(string/slice bytes &opt start end)",
         "The part of a byte sequence from index start (inclusive) to end "
         "(exclusive) as a new string.  Negative indices count from the end: -1 "
         "is the end itself, so a negative start is exclusive and a negative end "
         "inclusive.", arity=(1, -1))
def string_slice(*args):
    data, s, e = slice_args(args)
    return bytes(data[s:e])


@builtin("keyword/slice", "(keyword/slice bytes &opt start end)",
         "Like string/slice, but the result is a keyword.", arity=(1, -1))
def keyword_slice(*args):
    data, s, e = slice_args(args)
    return kw(data[s:e])


@builtin("symbol/slice", "(symbol/slice bytes &opt start end)",
         "Like string/slice, but the result is a symbol.", arity=(1, -1))
def symbol_slice(*args):
    data, s, e = slice_args(args)
    return sym(data[s:e])


@builtin("string/repeat", "(string/repeat bytes n)",
         "A new string made of n copies of bytes, one after the other.")
def string_repeat(b, n):
    data = _view(b, 0)
    rep = A.integer(n, 1)
    if rep < 0:
        panic("expected non-negative number of repetitions")
    if rep == 0:
        return b""
    if rep * len(data) > _INT32_MAX:
        panic("result string is too long")
    return bytes(data) * rep


@builtin("string/bytes", "(string/bytes str)",
         "The byte values of str, as a tuple of integers.")
def string_bytes(s):
    return tuple(map(float, _view(s, 0)))


def bytes_from_ints(vals):
    """The bytes of integer arguments, each truncated to its low 8 bits."""
    out = bytearray(len(vals))
    for i, v in enumerate(vals):
        out[i] = A.integer(v, i) & 0xFF
    return out


@builtin("string/from-bytes", "(string/from-bytes & byte-vals)",
         "A new string whose bytes are the given integers; each is reduced to its "
         "low 8 bits (0-255).")
def string_from_bytes(*vals):
    return bytes(bytes_from_ints(vals))


@builtin("string/ascii-lower", "(string/ascii-lower str)",
         "A copy of str with the ASCII letters A-Z made lowercase; every other "
         "byte (including non-ASCII text) is kept as it is.")
def string_ascii_lower(s):
    return bytes(_view(s, 0)).lower()


@builtin("string/ascii-upper", "(string/ascii-upper str)",
         "A copy of str with the ASCII letters a-z made uppercase; every other "
         "byte (including non-ASCII text) is kept as it is.")
def string_ascii_upper(s):
    return bytes(_view(s, 0)).upper()


@builtin("string/reverse", "(string/reverse str)",
         "A new string with the bytes of str in reverse order.")
def string_reverse(s):
    return bytes(_view(s, 0)[::-1])


def _find_args(patt, text, start, start_slot):
    """(pattern, text, start index) checked in the reference's order."""
    pat = patt if patt.__class__ is bytes else _view(patt, 0)
    txt = text if text.__class__ is bytes else _view(text, start_slot - 1)
    if start is _ABSENT:
        i = 0
    else:
        i = A.integer(start, start_slot)
        if i < 0:
            panic("expected non-negative start index")
    if not pat:
        panic("expected non-empty pattern")
    return pat, txt, i


@builtin("string/find", "(string/find patt str &opt start-index)",
         "The index of the first occurrence of patt in str at or after "
         "start-index, or nil when there is none.")
def string_find(patt, s, start=_ABSENT):
    if patt.__class__ is bytes and s.__class__ is bytes and start is _ABSENT and patt:
        r = s.find(patt)        # the common case, checked inline
    else:
        pat, txt, i = _find_args(patt, s, start, 2)
        r = txt.find(pat, i)
    return None if r < 0 else float(r)


@builtin("string/find-all", "(string/find-all patt str &opt start-index)",
         "An array of the indices of every occurrence of patt in str, counting "
         "overlapping occurrences separately.")
def string_find_all(patt, s, start=_ABSENT):
    pat, txt, i = _find_args(patt, s, start, 2)
    out = Array()
    find = txt.find
    append = out.append
    r = find(pat, i)
    while r >= 0:
        append(float(r))
        r = find(pat, r + 1)
    return out


@builtin("string/has-prefix?", "(string/has-prefix? pfx str)",
         "Whether str begins with pfx.")
def string_has_prefix(pfx, s):
    p = _view(pfx, 0)
    return _view(s, 1).startswith(p)


@builtin("string/has-suffix?", "(string/has-suffix? sfx str)",
         "Whether str ends with sfx.")
def string_has_suffix(sfx, s):
    p = _view(sfx, 0)
    return _view(s, 1).endswith(p)


def text_substitution(subst, match):
    """The replacement bytes for one match (the reference's janet_text_substitution).

    A function or cfunction is called with the matched text and its result is
    used; a byte sequence is used as it is; any other value by its `string`
    form.  Shared with peg/replace."""
    if is_function(subst):
        return to_string(ccall(subst, match))
    return to_string(subst)


def _replace_args(patt, s, start):
    pat = patt if patt.__class__ is bytes else _view(patt, 0)
    txt = s if s.__class__ is bytes else bytes(_view(s, 2))
    if start is _ABSENT:
        i = 0
    else:
        i = A.integer(start, 3)
        if i < 0:
            panic("expected non-negative start index")
    if not pat:
        panic("expected non-empty pattern")
    return pat, txt, i


@builtin("string/replace", "(string/replace patt subst str)",
         "str with its first occurrence of patt replaced by subst.  When subst "
         "is a function it is called with the matched text (only if there is a "
         "match) and returns the replacement.  Without a match the result is str "
         "itself, as a string.")
def string_replace(patt, subst, s, start=_ABSENT):
    pat, txt, i = _replace_args(patt, s, start)
    r = txt.find(pat, i)
    if r < 0:
        return txt
    end = r + len(pat)
    rep = subst if subst.__class__ is bytes else text_substitution(subst, txt[r:end])
    return txt[:r] + rep + txt[end:]


@builtin("string/replace-all", "(string/replace-all patt subst str)",
         "str with every occurrence of patt replaced by subst, scanning left to "
         "right and skipping over each replaced match (so overlapping matches "
         "are replaced once).  A function subst is called with the matched text "
         "for each match and returns its replacement.")
def string_replace_all(patt, subst, s, start=_ABSENT):
    pat, txt, i = _replace_args(patt, s, start)
    if subst.__class__ is bytes or not is_function(subst):
        # bytes.replace matches exactly like the reference's scan-and-skip loop.
        if txt.find(pat, i) < 0:
            return txt
        rep = subst if subst.__class__ is bytes else text_substitution(subst, pat)
        if i == 0:
            return txt.replace(pat, rep)
        return txt[:i] + txt[i:].replace(pat, rep)
    parts = []
    last = 0
    plen = len(pat)
    r = txt.find(pat, i)
    while r >= 0:
        parts.append(txt[last:r])
        parts.append(text_substitution(subst, txt[r:r + plen]))
        last = r + plen
        r = txt.find(pat, last)
    parts.append(txt[last:])
    return b"".join(parts)


@builtin("string/split", "(string/split delim str &opt start limit)",
         "Splits str at each occurrence of delim into an array of strings, "
         "which do not contain delim (one element when delim does not occur).  "
         "The search for delim begins at start, and at most limit pieces are "
         "made when limit is given.")
def string_split(delim, s, start=_ABSENT, limit=_ABSENT):
    if start is _ABSENT and delim.__class__ is bytes and s.__class__ is bytes and delim:
        return Array(s.split(delim))         # the common case, checked inline
    # The reference reads limit before anything else.
    lim = -1 if limit is _ABSENT else A.integer(limit, 3)
    pat, txt, i = _find_args(delim, s, start, 2)
    txt = bytes(txt)
    # A limit of n keeps n - 1 cuts; zero or negative means no limit.
    maxsplit = lim - 1 if lim > 0 else -1
    if i == 0:
        return Array(txt.split(pat, maxsplit))
    # With a start index the first piece still begins at 0: only the search
    # for the first delimiter starts later.
    r = txt.find(pat, i)
    if r < 0 or maxsplit == 0:
        return Array((txt,))
    out = Array((txt[:r],))
    out.extend(txt[r + len(pat):].split(pat, maxsplit - 1 if maxsplit > 0 else -1))
    return out


@builtin("string/check-set", "(string/check-set set str)",
         "Whether every byte of str is one of the bytes of set.")
def string_check_set(cset, s):
    chars = _view(cset, 0)
    return not bytes(_view(s, 1)).translate(None, chars)


@builtin("string/join", "(string/join parts &opt sep)",
         "Concatenates the byte sequences in the array or tuple parts into one "
         "string, with sep between each two when it is given.")
def string_join(parts, sep=_ABSENT):
    items = A.indexed(parts, 0)
    joiner = b"" if sep is _ABSENT else bytes(_view(sep, 1))
    try:
        # bytes.join takes strings and buffers as they are; anything else
        # (symbols, keywords, non-byte values) goes the slow way below.
        return joiner.join(items)
    except TypeError:
        pass
    views = []
    for i, x in enumerate(items):
        c = x.__class__
        if c is bytes or c is Buffer:
            views.append(x)
        elif c is Symbol or c is Keyword:
            views.append(x.bname)
        else:
            panicf("item %d of parts is not a byte sequence, got %v", i, x)
    return joiner.join(views)


@builtin("string/format", "(string/format format & values)",
         "Formats the values into a new string like C's printf, with Janet's own "
         "directives (%q %p %j %v ...) for showing values.")
def string_format_(fmt, *values):
    return string_format(A.string(fmt, 0), list(values))


def _trim_args(s, chars):
    txt = _view(s, 0)
    cset = _WHITESPACE if chars is _ABSENT else _view(chars, 1)
    return bytes(txt), cset


@builtin("string/trim", "(string/trim str &opt set)",
         "str without its leading and trailing whitespace, or without the "
         "leading and trailing bytes that belong to set when set is given.")
def string_trim(s, chars=_ABSENT):
    txt, cset = _trim_args(s, chars)
    return txt.strip(cset)


@builtin("string/triml", "(string/triml str &opt set)",
         "str without its leading whitespace (or leading bytes from set).")
def string_triml(s, chars=_ABSENT):
    txt, cset = _trim_args(s, chars)
    return txt.lstrip(cset)


@builtin("string/trimr", "(string/trimr str &opt set)",
         "str without its trailing whitespace (or trailing bytes from set).")
def string_trimr(s, chars=_ABSENT):
    txt, cset = _trim_args(s, chars)
    return txt.rstrip(cset)
