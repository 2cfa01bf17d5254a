"""Janet values as marshal data: the encoding of pyjanet's cache records.

The records kept between runs (boot.py's prelude record, modcache.py's
compiled sources) hold Janet values: forms, environment entries, function
definitions.  marshal is the fastest serialiser Python has, but knows only its
own types, so each Janet value (and the few Python objects a record holds) is
written as a tagged tuple.  pickle would do too, but importing it costs more
than decoding this.  No reference counterpart (the reference's images are
lib/marsh.py).
"""

import marshal

from .values import (Table, Array, Struct, Buffer, Symbol, Keyword, Tuple, FuncDef,
                     table_key, from_key)
from . import runtime as rt


class NotData(Exception):
    """A value a record cannot hold."""


_SYM, _KW, _TUP, _ARR, _TAB, _STRUCT, _BUF, _FDEF, _CFUN, _DICT, _PTUP, _LIST = range(12)
_PLAIN = frozenset((type(None), bool, float, int, bytes, str))


def encode(v):
    c = v.__class__
    if c in _PLAIN:
        return v
    if c is Symbol:
        return (_SYM, v.name)
    if c is Keyword:
        return (_KW, v.name)
    if c is Tuple:
        return (_TUP, [encode(x) for x in v], v.line, v.column, v.brackets)
    if c is tuple:
        return (_PTUP, [encode(x) for x in v])
    if c is Array:
        return (_ARR, [encode(x) for x in v])
    if c is Table or c is Struct:
        if c is Table and v.weak is not None:
            raise NotData(v)
        kvs = []
        for k, x in v.items():
            kvs.append(encode(from_key(k)))
            kvs.append(encode(x))
        proto = None if v.proto is None else encode(v.proto)
        if c is Struct:
            return (_STRUCT, kvs, proto)
        return (_TAB, kvs, proto, v.icap)
    if c is Buffer:
        return (_BUF, bytes(v))
    if c is FuncDef:
        return (_FDEF, v.name, v.min_arity, v.max_arity, v.arity, v.source, v.line,
                v.column, v.vararg, v.structarg, v.namedarg, encode(v.named_keys),
                encode(v.doc))
    if c is rt.CFunInfo:
        return (_CFUN, v.name, v.min_arity, v.max_arity, v.source, v.noframe, v.line,
                v.column)
    if c is dict:
        return (_DICT, [(k, encode(x)) for k, x in v.items()])
    if c is list:
        return (_LIST, [encode(x) for x in v])
    raise NotData(v)


def decode(m):
    if m.__class__ is not tuple:
        return m
    tag = m[0]
    if tag == _SYM:
        return Symbol(m[1])
    if tag == _KW:
        return Keyword(m[1])
    if tag == _TUP:
        t = Tuple([decode(x) for x in m[1]])
        if m[2] != -1:
            t.line, t.column = m[2], m[3]
        if m[4]:
            t.brackets = True
        return t
    if tag == _PTUP:
        return tuple([decode(x) for x in m[1]])
    if tag == _ARR:
        return Array([decode(x) for x in m[1]])
    if tag == _TAB or tag == _STRUCT:
        kvs = m[1]
        d = {table_key(decode(kvs[i])): decode(kvs[i + 1]) for i in range(0, len(kvs), 2)}
        if tag == _STRUCT:
            s = Struct(d)
            s.proto = decode(m[2])
            return s
        t = Table(d)
        t.proto = decode(m[2])
        t.icap = m[3]
        return t
    if tag == _BUF:
        return Buffer(m[1])
    if tag == _FDEF:
        f = FuncDef(m[1], m[2], m[3], m[4], m[5], m[6], m[7])
        f.vararg, f.structarg, f.namedarg = m[8], m[9], m[10]
        f.named_keys = decode(m[11])
        f.doc = decode(m[12])
        return f
    if tag == _CFUN:
        return rt.CFunInfo(m[1], m[2], m[3], m[4], m[5], m[6], m[7])
    if tag == _DICT:
        return {k: decode(x) for k, x in m[1]}
    if tag == _LIST:
        return [decode(x) for x in m[1]]
    raise ValueError("bad record")


def blob(v):
    """v encoded to bytes, decoded only when needed (`_unblob`)."""
    return marshal.dumps(encode(v))


def unblob(b):
    return decode(marshal.loads(b))
