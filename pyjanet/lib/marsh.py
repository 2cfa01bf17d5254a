"""marshal and unmarshal: Janet's binary serialisation of values.

Corresponds to the reference's src/core/marsh.c (env-lookup, also from that
file, lives in doc.py).  The byte format is the reference's, so buffers made
here unmarshal in the reference and the other way round, for every value that
needs no bytecode: nil, booleans, numbers, strings, symbols, keywords, buffers,
arrays, tuples, tables, structs, back-references to values met before, values
named through a lookup table, and abstract values whose type has a codec
(int/s64, int/u64, core/rng, and whatever other modules register).

The format in brief: one lead byte per value.  Bytes below 200 start a compact
integer (one byte for 0..127, two for a 14-bit signed value); 205 starts a
4-byte big-endian integer; 200 an 8-byte little-endian double; the other lead
bytes are listed below.  Lengths and counts are written as compact integers.
While marshalling, every reference value (and every non-integer number) gets
the next id as it is written; a value equal to one written before is written
as a reference to its id.  Unmarshalling pushes values on a list in the same
order, so ids agree.

Janet closures and fibers are bytecode in the reference; pyjanet has none.  A
function whose environment is part of the marshal (an image) is written as its
`fn` form, environment, visible locals and captured frames, which another
process compiles again (Marshaller._rebuildable, compiler.rebuild_closure);
a fiber that has not started or has finished is written as its function,
mask, environment, status and last value (Marshaller._fiber); other functions
and suspended fibers are written as references into this process's table of
marshalled objects (Marshaller._live).

Tables and structs are written in the order the reference's hash tables would
hold their entries (pyjanet/hashing.py), so the bytes match
the reference's as long as the keys hash the same in both (strings, symbols,
keywords, numbers, booleans, tuples and structs of those, 64-bit integers;
keys hashed by address are in an order the reference does not fix either).

Other modules teach marshal about their abstract types with `register_abstract`.
"""

import os
import struct as _struct

from ..weak import WEAK, make_weak
from ..values import (_FUNCTION_TYPES, FuncDef, Abstract, Array, Buffer, Keyword, Struct, Symbol, Table,
                      Tuple, SortKey, equals, compare, from_key, kw, mk_tuple, sym, table_key)
from ..errors import Frame, JanetError, panic, panicf
from ..runtime import builtin, is_closure, STATE
from ..fiber import Fiber, ST_ALIVE, ST_NEW, STATUS_NAMES, FINISHED
from ..compiler import defining_frame, NO_FRAME
from .debug import live_frames, own_frames
from .inttypes import S64, U64, make_s64
from .math import RNG
from .. import args as A
from .. import lazy
from ..sandbox import sandbox_assert, SANDBOX_UNMARSHAL

__all__ = ["register_abstract", "Marshaller", "Unmarshaller", "marshal_value", "unmarshal_value",
           "janet_hash"]

# Lead bytes (the reference's LeadBytes enum).
LB_REAL = 200
LB_NIL = 201
LB_FALSE = 202
LB_TRUE = 203
LB_FIBER = 204
LB_INTEGER = 205
LB_STRING = 206
LB_SYMBOL = 207
LB_KEYWORD = 208
LB_ARRAY = 209
LB_TUPLE = 210
LB_TABLE = 211
LB_TABLE_PROTO = 212
LB_STRUCT = 213
LB_BUFFER = 214
LB_FUNCTION = 215
LB_REGISTRY = 216
LB_ABSTRACT = 217
LB_REFERENCE = 218
LB_FUNCENV_REF = 219
LB_FUNCDEF_REF = 220
LB_UNSAFE_CFUNCTION = 221
LB_UNSAFE_POINTER = 222
LB_STRUCT_PROTO = 223
LB_THREADED_ABSTRACT = 224
LB_POINTER_BUFFER = 225
LB_TABLE_WEAKK = 226
LB_TABLE_WEAKV = 227
LB_TABLE_WEAKKV = 228
LB_TABLE_WEAKK_PROTO = 229
LB_TABLE_WEAKV_PROTO = 230
LB_TABLE_WEAKKV_PROTO = 231
LB_ARRAY_WEAK = 232

# Table.weak ("k", "v", "kv") -> lead byte without / with a prototype.
_WEAK_LEADS = {None: (LB_TABLE, LB_TABLE_PROTO),
               "k": (LB_TABLE_WEAKK, LB_TABLE_WEAKK_PROTO),
               "v": (LB_TABLE_WEAKV, LB_TABLE_WEAKV_PROTO),
               "kv": (LB_TABLE_WEAKKV, LB_TABLE_WEAKKV_PROTO)}
# lead byte -> (Table.weak, has a prototype)
_TABLE_LEADS = {lb: (w, i == 1) for w, pair in _WEAK_LEADS.items() for i, lb in enumerate(pair)}

RECURSION_GUARD = 1024         # the reference's JANET_RECURSION_GUARD
MAX_PROTO_DEPTH = 200          # the reference's JANET_MAX_PROTO_DEPTH
M32 = 0xFFFFFFFF
M64 = (1 << 64) - 1
_PACK_D = _struct.Struct("<d")
_PACK_Q = _struct.Struct("<Q")
_NO_ARG = object()


def _i32(h):
    h &= M32
    return h - 0x100000000 if h & 0x80000000 else h


# --------------------------------------------------------------------------
# Abstract types

class _Codec:
    __slots__ = ("name", "sym", "marshal", "unmarshal")

    def __init__(self, name, marshal, unmarshal):
        self.name = name
        self.sym = sym(name)
        self.marshal = marshal
        self.unmarshal = unmarshal


_CODECS = {}        # type name (str) -> _Codec
_CODECS_BY_SYM = {}  # Symbol -> _Codec


def register_abstract(type_name, marshal_fn=None, unmarshal_fn=None):
    """Teach marshal/unmarshal an abstract type, the way the reference's
    JanetAbstractType carries marshal and unmarshal hooks.

    `type_name` is the type's name as `(type x)` shows it (e.g. "core/peg"); it
    is written as a symbol after the abstract lead byte.

    `marshal_fn(value, m)` writes the value's payload with the methods of `m`
    (a Marshaller): `m.mark_seen(value)` (the reference's janet_marshal_abstract:
    gives the value its back-reference id; call it where the reference does),
    `m.write_int(n)` (a 32-bit signed integer, compact), `m.write_int64(n)` and
    `m.write_size(n)` (64 bits, 1 to 9 bytes), `m.write_byte(b)`,
    `m.write_bytes(bs)` and `m.write_value(x)` (any Janet value, recursively).

    `unmarshal_fn(u)` returns the value, reading with `u.read_int()`,
    `u.read_int64()` (signed), `u.read_size()` (unsigned), `u.read_byte()`,
    `u.read_bytes(n)`, `u.read_value()` and `u.ensure(n)`; it must call
    `u.register(value)` exactly once (the reference's janet_unmarshal_abstract),
    before reading any nested value that could refer back to it.

    A type registered without `marshal_fn` cannot be marshalled; one without
    `unmarshal_fn` is known but cannot be unmarshalled, as in the reference.
    Registering a name again replaces its codec.
    """
    c = _Codec(type_name, marshal_fn, unmarshal_fn)
    _CODECS[type_name] = c
    _CODECS_BY_SYM[c.sym] = c


# The reference writes dictionary entries in its bucket order (hashing.py).
from ..hashing import janet_hash, struct_order as _struct_order, table_order as _table_order  # noqa: E402


# --------------------------------------------------------------------------
# Marshalling

class _EqKey:
    """A tuple or struct as a key of the seen-values dict, compared with
    Janet's equality (brackets count, true is not 1)."""
    __slots__ = ("v", "h")

    def __init__(self, v):
        self.v = v
        self.h = hash(v)

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return other.__class__ is _EqKey and equals(self.v, other.v)


class Marshaller:
    """State of one `marshal` call (the reference's MarshalState)."""

    __slots__ = ("out", "seen", "nextid", "rreg", "cycles", "_ctx_depth", "_env_ok", "shared",
                 "live")

    def __init__(self, rreg=None, cycles=True, shared=False, live=None):
        # shared: a copy within this process (a message to a thread), where
        # what has an identity -- functions, fibers, cfunctions, threaded
        # channels, streams and other abstract values without a codec -- is
        # written by reference, as the reference's unsafe marshal writes pointers
        self.shared = shared
        self.out = bytearray()
        self.seen = {}
        self.nextid = 0
        self.rreg = rreg
        self.cycles = cycles
        self._ctx_depth = 0
        self._env_ok = None     # id(env) -> whether a function's environment can be written
        # where values written by reference are kept (see LiveTable)
        self.live = PROCESS_LIVE if live is None else live

    # -- primitives
    def write_byte(self, b):
        self.out.append(b & 0xFF)

    def write_bytes(self, bs):
        self.out += bs

    def write_int(self, x):
        """A 32-bit signed integer in 1, 2 or 5 bytes."""
        out = self.out
        if 0 <= x < 128:
            out.append(x)
        elif -8192 <= x <= 8191:
            out.append(((x >> 8) & 0x3F) | 0x80)
            out.append(x & 0xFF)
        else:
            out.append(LB_INTEGER)
            out += (x & M32).to_bytes(4, "big")

    def write_int64(self, x):
        """A 64-bit integer (taken modulo 2^64) in 1 to 9 bytes."""
        x &= M64
        if x <= 0xF0:
            self.out.append(x)
        else:
            n = (x.bit_length() + 7) >> 3
            self.out.append(0xF0 + n)
            self.out += x.to_bytes(n, "little")

    write_size = write_int64

    def write_value(self, x):
        self._one(x, self._ctx_depth + 1)

    def mark_seen(self, x):
        """Give `x` the next back-reference id (janet_marshal_abstract)."""
        if self.cycles:
            self._mark(x)

    # -- the seen table
    def _mark(self, x):
        c = x.__class__
        if c is tuple or c is Tuple or c is Struct:
            self.seen[_EqKey(x)] = self.nextid
        elif c is not float or x == x:      # the reference never finds a NaN key
            self.seen[x] = self.nextid
        self.nextid += 1

    # -- values
    def _one(self, x, depth):
        if depth > RECURSION_GUARD:
            panic("stack overflow")
        out = self.out
        c = x.__class__
        if c is float or c is int:
            if -2147483648.0 <= x <= 2147483647.0 and x == int(x):
                if 0 <= x < 128:
                    out.append(int(x))
                else:
                    self.write_int(int(x))
                return
            x = float(x)
            c = float
        elif x is None:
            out.append(LB_NIL)
            return
        elif c is bool:
            out.append(LB_TRUE if x else LB_FALSE)
            return

        cycles = self.cycles
        key = None              # x as a key of the seen table
        if cycles:
            if c is tuple or c is Tuple or c is Struct:
                key = _EqKey(x)
            elif c is not float or x == x:
                key = x
            if key is not None:
                ref = self.seen.get(key)
                if ref is not None:
                    out.append(LB_REFERENCE)
                    if ref < 128:
                        out.append(ref)
                    else:
                        self.write_int(ref)
                    return
        if self.rreg is not None:
            name = _dict_get(self.rreg, x)
            if name.__class__ is Symbol:
                if cycles:
                    self._mark(x)
                out.append(LB_REGISTRY)
                self.write_int(len(name.bname))
                out += name.bname
                return

        if c is bytes or c is Keyword or c is Symbol or c is Buffer:
            if cycles:
                if key is not None:
                    self.seen[key] = self.nextid
                self.nextid += 1
            if c is bytes:
                out.append(LB_STRING)
            elif c is Keyword:
                out.append(LB_KEYWORD)
                x = x.bname
            elif c is Symbol:
                out.append(LB_SYMBOL)
                x = x.bname
            else:
                out.append(LB_BUFFER)
            n = len(x)
            if n < 128:
                out.append(n)
            else:
                self.write_int(n)
            out += x
        elif c is Struct:
            proto = x.proto
            out.append(LB_STRUCT if proto is None else LB_STRUCT_PROTO)
            self.write_int(len(x))
            if proto is not None:
                self._one(proto, depth + 1)
            for k, v in _struct_order(x):
                self._one(k, depth + 1)
                self._one(v, depth + 1)
            if cycles:
                self.seen[key] = self.nextid    # after the entries, as the reference
                self.nextid += 1
        elif c is tuple or c is Tuple:
            out.append(LB_TUPLE)
            self.write_int(len(x))
            out.append(1 if c is Tuple and x.brackets else 0)
            for e in x:
                self._one(e, depth + 1)
            if cycles:
                self.seen[key] = self.nextid    # after the items, as the reference
                self.nextid += 1
        elif c is Table and self.shared and x is STATE.root_env:
            self._live(x, key, cycles)      # a thread shares the core
        elif c is Table:
            if cycles:
                self.seen[key] = self.nextid
                self.nextid += 1
            leads = _WEAK_LEADS.get(x.weak, _WEAK_LEADS[None])
            proto = x.proto
            out.append(leads[0] if proto is None else leads[1])
            self.write_int(len(x))
            if proto is not None:
                self._one(proto, depth + 1)
            for k, v in _table_order(x):
                self._one(k, depth + 1)
                self._one(v, depth + 1)
        elif c is Array:
            if cycles:
                self.seen[key] = self.nextid
                self.nextid += 1
            out.append(LB_ARRAY_WEAK if x in WEAK else LB_ARRAY)
            self.write_int(len(x))
            for e in x:
                self._one(e, depth + 1)
        elif c is float:
            out.append(LB_REAL)
            out += _PACK_D.pack(x)
            if cycles:
                if key is not None:
                    self.seen[key] = self.nextid
                self.nextid += 1
        elif isinstance(x, Fiber):
            if self.shared:
                self._live(x, key, cycles)      # a thread shares fibers
            else:
                self._fiber(x, key, depth)
        elif isinstance(x, Abstract):
            codec = _CODECS.get(x.type_name)
            if self.shared and (x.type_name not in _COPIED_IN_SHARED
                                or getattr(x, "threaded", False)):
                if x.type_name == "core/file":
                    x = _file_copy(x)
                self._live(x, key, cycles)
                return
            if codec is None or codec.marshal is None:
                panicf("cannot marshal %p", x)
            out.append(LB_ABSTRACT)
            self._one(codec.sym, depth + 1)
            saved = self._ctx_depth
            self._ctx_depth = depth + 1
            try:
                codec.marshal(x, self)
            finally:
                self._ctx_depth = saved
        elif isinstance(x, tuple):
            # a tuple of another Python class: treat it as a plain tuple
            self._one(tuple(x), depth)
        elif x.__doc__.__class__ is FuncDef if isinstance(x, _FUNCTION_TYPES) else False:
            # a Janet function (the reference writes its bytecode)
            fd = x.__doc__
            env = getattr(fd, "env", None)
            frame = defining_frame(x, fd)
            if (cycles and env is not None and frame is not NO_FRAME
                    and self._env_writable(env) and self._portable(fd)):
                # a captured value that cannot be written: undo, and write the
                # function by reference as before
                mark = (len(self.out), len(self.seen), self.nextid)
                try:
                    self._rebuildable(x, fd, key, depth, frame)
                except JanetError:
                    del self.out[mark[0]:]
                    for k in list(self.seen)[mark[1]:]:
                        del self.seen[k]
                    self.nextid = mark[2]
                    self._live(x, key, cycles)
            else:
                self._live(x, key, cycles)
        elif self.shared:
            self._live(x, key, cycles)
        else:
            # cfunctions without a registry entry, and anything else
            panicf("no registry value and cannot marshal %p", x)

    def _env_writable(self, env):
        """Whether a function's environment is, or can be, part of this marshal:
        it is being written already (an image's own functions), or it can be
        written with this marshal's lookup table (a module the image imported)."""
        if env.__class__ is not Table:
            return False
        if self.seen.get(env) is not None or self.shared:
            return True         # (a thread's copy writes what it cannot copy by reference)
        if self.rreg is None:
            return False        # a root environment is written only by name
        cache = self._env_ok
        if cache is None:
            cache = self._env_ok = {}
        ok = cache.get(id(env))
        if ok is None:
            try:
                Marshaller(self.rreg, True, live=LiveTable())._one(env, 0)
                ok = True
            except JanetError:
                ok = False
            cache[id(env)] = ok
        return ok

    def _portable(self, fd):
        """Whether the `fn` form and layout can be written with this marshal's
        lookup table (a macro may have put a value with no name into the form)."""
        try:
            m = Marshaller(self.rreg, True, self.shared, LiveTable())
            m._one(fd.form, 0)
            m._one(fd.layout, 0)
        except JanetError:
            return False
        return True

    def _frame(self, frame, depth):
        """A frame of local variables: a Python list whose slot 0 is the
        enclosing function's frame (None at the top)."""
        if frame is None:
            self.out.append(LB_NIL)
            return
        if depth > RECURSION_GUARD:
            panic("stack overflow")
        key = _IdKey(frame)
        ref = self.seen.get(key)
        if ref is not None:
            self.out.append(LB_REFERENCE)
            self.write_int(ref)
            return
        self.seen[key] = self.nextid
        self.nextid += 1
        self.out.append(_FRAME_MARK)
        self.write_int(len(frame))
        self._frame(frame[0] if frame else None, depth + 1)
        for v in frame[1:]:
            self._one(v, depth + 1)

    def _rebuildable(self, x, fd, key, depth, frame):
        """A function that captures no local variable, whose environment is
        part of this marshal (an image): written with its `fn` form, so
        another process can compile it again (see _Rebuilt), and with its
        in-process reference, so this process gets the very function back."""
        if key is not None:
            self.seen[key] = self.nextid
        self.nextid += 1
        out = self.out
        out.append(LB_FUNCTION)
        out.append(_FORM_MARK)
        # a thread's copy is rebuilt even in this process (no token matches)
        out += bytes(8) if self.shared else PROCESS_TOKEN
        self.write_int(self.live.number(x))
        name = fd.name.encode("utf-8", "surrogateescape") if isinstance(fd.name, str) else (
            bytes(fd.name) if fd.name else b"")
        src = fd.source.encode("utf-8", "surrogateescape") if isinstance(fd.source, str) else (
            bytes(fd.source) if fd.source else b"")
        for b in (name, src):
            self.write_int(len(b))
            out += b
        for n in (fd.min_arity, fd.max_arity, fd.arity, fd.line, fd.column):
            self.write_int(int(n))
        self.write_int((1 if fd.vararg else 0) | (2 if fd.structarg else 0) |
                       (4 if fd.namedarg else 0))
        if self.shared:
            # a thread's copy compiles the very form (which the thread does
            # not change), so its errors have the form's source positions
            self._live(fd.form, None, True)
        else:
            self._one(fd.form, depth + 1)
        self._one(fd.env, depth + 1)
        self._one(fd.layout, depth + 1)
        self._frame(frame if fd.layout is not None else None, depth + 1)

    def _fiber(self, x, key, depth):
        """A fiber.  The reference writes its stack frames; pyjanet's are
        Python frames on a greenlet, which cannot be written.  So a fiber with
        no frames to write -- one that has not started (its function, mask,
        environment) or has finished (its status, last value and the frames
        its error recorded) -- is written in full and unmarshals anywhere as a
        new fiber, as in the reference; a suspended one is written by
        reference, so it unmarshals only in this process (as itself).  Like the
        reference, a fiber whose stack holds a builtin's frame (suspended in
        `ev/sleep`, signalled by `signal`, failed inside a builtin) cannot be
        marshalled at all."""
        st = x.status
        if st == ST_ALIVE:
            panic("cannot marshal alive fiber")
        if st == ST_NEW:
            frames = ()
        elif st in FINISHED:
            frames = own_frames(x)
        else:
            frames = [fr for fr, _ in live_frames(x)]
        for fr in frames:
            if fr.cfun:
                panicf("cannot marshal fiber with c stackframe (<cfunction %s>)", fr.name)
        if st != ST_NEW and st not in FINISHED:
            self._live(x, key, self.cycles)
            return
        if self.cycles:
            if key is not None:
                self.seen[key] = self.nextid
            self.nextid += 1
        out = self.out
        out.append(LB_FIBER)
        out.append(_FORM_MARK)
        for n in (st, x.mask, 1 if x.inline else 0, x.maxstack):
            self.write_int(n)
        self._one(x.fn if st == ST_NEW else None, depth + 1)
        self._one(x.env, depth + 1)
        self._one(x.child, depth + 1)
        self._one(x.last_value, depth + 1)
        # the frames of a finished fiber's error, for its stack traces
        self.write_int(len(frames))
        for fr in frames:
            for s in (fr.name, fr.source):
                b = s.encode("utf-8", "surrogateescape") if s else b""
                self.write_int(len(b))
                out += b
            self.write_int(int(fr.line))
            self.write_int(int(fr.column))
            self.write_int(1 if fr.tail else 0)

    def _live(self, x, key, cycles):
        """Janet functions and fibers are bytecode and stacks in the reference;
        here they are Python objects.  They are written as a reference into this
        process's table of marshalled objects, so `unmarshal` in the same process
        gives them back (not in another process: the bytes hold no code)."""
        if cycles:
            if key is not None:
                self.seen[key] = self.nextid
            self.nextid += 1
        self.out.append(LB_FUNCTION if not isinstance(x, Fiber) else LB_FIBER)
        self.out.append(_LIVE_MARK)
        self.out += PROCESS_TOKEN
        self.write_int(self.live.number(x))
        if isinstance(x, Fiber):
            # (its status: what the error names when another process reads it)
            self.write_int(x.status)


# Objects marshalled by reference (see Marshaller._live).
_LIVE_MARK = 0xFF
_FORM_MARK = 0xFE       # a function written with its form (Marshaller._rebuildable)
_FRAME_MARK = 0xFD      # a frame of local variables (Marshaller._frame)


class _IdKey:
    """A frame (an unhashable list) as a key of the seen table: by identity."""
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return id(self.x)

    def __eq__(self, other):
        return other.__class__ is _IdKey and other.x is self.x


PROCESS_TOKEN = os.urandom(8)   # tells this process's marshals apart


class LiveTable:
    """The values a marshal wrote by reference (Marshaller._live), by number:
    what an unmarshal in this process reads those references from."""
    __slots__ = ("values", "numbers")

    def __init__(self):
        self.values = []
        self.numbers = {}       # id(value) -> its number

    def number(self, x):
        """x's number, x added when it has none."""
        i = self.numbers.get(id(x))
        if i is None or self.values[i] is not x:
            i = len(self.values)
            self.values.append(x)
            self.numbers[id(x)] = i
        return i


# The table of `marshal` and `unmarshal`.  Its values live as long as the
# process: the bytes of a marshal are the only thing that refers to them (a
# buffer that may be kept, copied, written out and read back), and they must
# unmarshal to the very value for as long as the process runs -- a function
# marshalled while nothing else holds it, `(marshal (fn [] 1))`, is alive only
# here.  Weak references would make such bytes fail to unmarshal once the value
# is collected, where the reference (which writes bytecode) succeeds.  Only
# what a marshal call needs is added: checks whose bytes are thrown away and
# thread messages (thread_copy, unmarshalled at once) use tables of their own,
# dropped with them.
PROCESS_LIVE = LiveTable()


def _dict_get(t, key):
    """janet_table_get: `key` in table `t` or its prototypes, else None."""
    k = table_key(key)
    for _ in range(MAX_PROTO_DEPTH):
        if t is None:
            break
        try:
            v = t.get(k)
        except TypeError:       # an unhashable stray value: never a key
            return None
        if v is not None:
            return v
        t = t.proto
    return None


def marshal_value(x, rreg=None, cycles=True, into=None):
    """The bytes of `x` in the reference's format, appended to `into` (a
    Buffer, made when None); returns the buffer.  Raises JanetError for values
    that cannot be marshalled; what was written before the error stays in
    `into`, as in the reference."""
    buf = Buffer() if into is None else into
    m = Marshaller(rreg, cycles)
    try:
        m._one(x, 0)
    finally:
        buf += m.out
    return buf


# --------------------------------------------------------------------------
# Unmarshalling

class Unmarshaller:
    """State of one `unmarshal` call (the reference's UnmarshalState)."""

    __slots__ = ("data", "pos", "end", "lookup", "reg", "_ctx_depth", "_pending", "live")

    def __init__(self, data, reg=None, live=None):
        self.live = PROCESS_LIVE if live is None else live
        self.data = bytes(data)
        self.pos = 0
        self.end = len(self.data)
        self.lookup = []
        self.reg = reg
        self._ctx_depth = 0
        self._pending = False

    def _eos(self, p):
        if p >= self.end:
            panic("unexpected end of source")

    # -- primitives
    def read_int(self):
        """A 32-bit signed integer as written by write_int."""
        data = self.data
        p = self.pos
        if p >= self.end:
            panic("unexpected end of source")
        b = data[p]
        if b < 128:
            self.pos = p + 1
            return b
        if b < 192:
            self._eos(p + 1)
            v = ((b & 0x3F) << 8) + data[p + 1]
            if v >> 13:
                v -= 0x4000
            self.pos = p + 2
            return v
        if b == LB_INTEGER:
            self._eos(p + 4)
            self.pos = p + 5
            return _i32(int.from_bytes(data[p + 1:p + 5], "big"))
        panicf("expected integer, got byte %x at index %d", b, p)

    def read_nat(self):
        v = self.read_int()
        if v < 0:
            panicf("expected integer >= 0, got %d", v)
        return v

    def read_size(self):
        """A 64-bit unsigned integer as written by write_size."""
        data = self.data
        p = self.pos
        self._eos(p)
        b = data[p]
        if b <= 0xF0:
            self.pos = p + 1
            return b
        n = b - 0xF0
        if n > 8:
            panic("invalid 64 bit integer")
        self._eos(p + n)
        self.pos = p + n + 1
        return int.from_bytes(data[p + 1:p + 1 + n], "little")

    def read_int64(self):
        v = self.read_size()
        return v - (1 << 64) if v >> 63 else v

    def read_byte(self):
        self._eos(self.pos)
        b = self.data[self.pos]
        self.pos += 1
        return b

    def read_bytes(self, n):
        self._eos(self.pos + n - 1)
        p = self.pos
        self.pos = p + n
        return self.data[p:p + n]

    def _rebuilt(self, depth):
        """A function written by Marshaller._rebuildable."""
        self.pos += 2
        token = bytes(self.read_bytes(8))
        live = self.read_int()
        name = bytes(self.read_bytes(self.read_int()))
        src = bytes(self.read_bytes(self.read_int()))
        mn, mx, arity, line, column, flags = (self.read_int() for _ in range(6))
        values = self.live.values
        if token == PROCESS_TOKEN and 0 <= live < len(values):
            x = values[live]
            self.lookup.append(x)
            for _ in range(3):          # the form, the environment, the layout
                self._one(depth + 1)
            self._frame(depth + 1)
            return x
        fd = FuncDef(name.decode("utf-8", "surrogateescape") if name else None, mn, mx,
                     arity, src.decode("utf-8", "surrogateescape"), line, column)
        fd.vararg = bool(flags & 1)
        fd.structarg = bool(flags & 2)
        fd.namedarg = bool(flags & 4)
        state = _Rebuilt()
        state.real = None
        state.source = fd.source
        x = _stub(fd, state)
        self.lookup.append(x)
        state.form = self._one(depth + 1)
        state.env = self._one(depth + 1)
        if state.env.__class__ is not Table:
            panic("invalid function environment")
        state.layout = self._one(depth + 1)
        state.frame = self._frame(depth + 1)
        fd.form = state.form
        fd.env = state.env
        fd.layout = state.layout
        return x

    def _fiber(self, depth):
        """A fiber written in full by Marshaller._fiber: a new fiber."""
        self.pos += 2
        st, mask, inline, maxstack = (self.read_int() for _ in range(4))
        if st != ST_NEW and st not in FINISHED:
            panic("invalid fiber status")
        f = Fiber(None, mask, None, bool(inline))
        self.lookup.append(f)
        f.status = st
        f.maxstack = maxstack
        fn = self._one(depth + 1)
        if st == ST_NEW and not is_closure(fn):
            panic("invalid fiber function")
        f.fn = fn
        env = self._one(depth + 1)
        if env is not None and env.__class__ is not Table:
            panicf("expected type table, got %v", env)
        f.env = env
        child = self._one(depth + 1)
        if child is not None and not isinstance(child, Fiber):
            panicf("expected type fiber, got %v", child)
        f.child = child
        f.last_value = self._one(depth + 1)
        n = self.read_nat()
        if n and st != ST_NEW:
            trace = []
            for _ in range(n):
                name, source = (bytes(self.read_bytes(self.read_nat())).decode(
                    "utf-8", "surrogateescape") for _ in range(2))
                fr = Frame(name, source, self.read_int(), self.read_int())
                fr.tail = bool(self.read_int())
                fr.fiber = f
                trace.append(fr)
            e = JanetError(f.last_value, trace)
            e.fiber = f
            e.signal = st
            f.error = e
        elif n:
            panic("invalid fiber frames")
        return f

    def _frame(self, depth):
        """A frame written by Marshaller._frame."""
        if depth > RECURSION_GUARD:
            panic("stack overflow")
        b = self.read_byte()
        if b == LB_NIL:
            return None
        if b == LB_REFERENCE:
            i = self.read_int()
            if not 0 <= i < len(self.lookup) or self.lookup[i].__class__ is not list:
                panicf("invalid reference %d", i)
            return self.lookup[i]
        if b != _FRAME_MARK:
            panic("invalid function frame")
        n = self.read_int()
        if n < 1:
            panic("invalid function frame")
        frame = [None] * n
        self.lookup.append(frame)
        frame[0] = self._frame(depth + 1)
        for i in range(1, n):
            frame[i] = self._one(depth + 1)
        return frame

    def ensure(self, n):
        self._eos(self.pos + n)

    def read_value(self):
        return self._one(self._ctx_depth)

    def register(self, x):
        """Record the abstract value being unmarshalled for back-references
        (janet_unmarshal_abstract)."""
        if not self._pending:
            panic("janet_unmarshal_abstract called more than once")
        self.lookup.append(x)
        self._pending = False

    # -- values
    def _one(self, depth):
        if depth > RECURSION_GUARD:
            panic("stack overflow")
        data = self.data
        p = self.pos
        if p >= self.end:
            panic("unexpected end of source")
        lead = data[p]
        if lead < 128:
            self.pos = p + 1
            return float(lead)
        if lead < LB_REAL or lead == LB_INTEGER:
            return float(self.read_int())
        if lead in _BYTES_LEADS:
            # inline read_nat for the usual one-byte length
            q = p + 1
            n = data[q] if q < self.end else 255
            if n < 128:
                q += 1
            else:
                self.pos = q
                n = self.read_nat()
                q = self.pos
            if q - 1 + n >= self.end:
                panic("unexpected end of source")
            s = data[q:q + n]
            self.pos = q + n
            if lead == LB_STRING:
                x = s
            elif lead == LB_KEYWORD:
                x = kw(s)
            elif lead == LB_SYMBOL:
                x = sym(s)
            elif lead == LB_BUFFER:
                x = Buffer(s)
            else:
                x = _dict_get(self.reg, sym(s)) if self.reg is not None else None
            self.lookup.append(x)
            return x
        if lead == LB_NIL:
            self.pos = p + 1
            return None
        if lead == LB_FALSE:
            self.pos = p + 1
            return False
        if lead == LB_TRUE:
            self.pos = p + 1
            return True
        if lead == LB_REAL:
            self._eos(p + 8)
            x = _PACK_D.unpack_from(data, p + 1)[0]
            self.pos = p + 9
            self.lookup.append(x)
            return x
        if lead == LB_ABSTRACT:
            self.pos = p + 1
            return self._abstract(depth)
        if lead in _COUNTED_LEADS:
            self.pos = p + 1
            n = self.read_nat()
            if lead == LB_REFERENCE:
                if n >= len(self.lookup):
                    panicf("invalid reference %d", n)
                return self.lookup[n]
            self._eos(self.pos - 1 + n)
            if lead == LB_ARRAY or lead == LB_ARRAY_WEAK:
                a = Array()
                if lead == LB_ARRAY_WEAK:
                    make_weak(a, "v")
                self.lookup.append(a)
                for _ in range(n):
                    a.append(self._one(depth + 1))
                return a
            if lead == LB_TUPLE:
                flag = self.read_int()
                items = [self._one(depth + 1) for _ in range(n)]
                t = mk_tuple(items, brackets=True) if flag & 1 else tuple(items)
                self.lookup.append(t)
                return t
            if lead == LB_STRUCT or lead == LB_STRUCT_PROTO:
                proto = None
                if lead == LB_STRUCT_PROTO:
                    proto = self._one(depth + 1)
                    if proto.__class__ is not Struct:
                        panicf("expected type struct, got %v", proto)
                s = Struct()
                for _ in range(n):
                    k = self._one(depth + 1)
                    v = self._one(depth + 1)
                    if k is None or v is None or (k.__class__ is float and k != k):
                        continue
                    s[table_key(k)] = v
                s.proto = proto
                self.lookup.append(s)
                return s
            weak, has_proto = _TABLE_LEADS[lead]
            t = Table()
            if weak:
                make_weak(t, weak)
            t.icap = n
            self.lookup.append(t)
            if has_proto:
                proto = self._one(depth + 1)
                if proto.__class__ is not Table:
                    panicf("expected type table, got %v", proto)
                t.proto = proto
            for _ in range(n):
                k = self._one(depth + 1)
                v = self._one(depth + 1)
                if k is None or (k.__class__ is float and k != k):
                    continue
                if v is None:
                    t.pop(table_key(k), None)
                else:
                    t[table_key(k)] = v
            return t
        if lead == LB_FUNCTION and p + 1 < self.end and data[p + 1] == _FORM_MARK:
            return self._rebuilt(depth)
        if lead == LB_FIBER and p + 1 < self.end and data[p + 1] == _FORM_MARK:
            return self._fiber(depth)
        if lead == LB_FUNCTION or lead == LB_FIBER:
            if p + 1 < self.end and data[p + 1] == _LIVE_MARK:
                self.pos = p + 2
                token = bytes(self.read_bytes(8))
                i = self.read_int()
                if lead == LB_FIBER:
                    st = self.read_int()
                    if token != PROCESS_TOKEN:
                        name = STATUS_NAMES[st] if 0 <= st < len(STATUS_NAMES) else "?"
                        panicf("cannot unmarshal a fiber with status :%s marshalled by "
                               "another process: a suspended fiber's stack cannot be "
                               "serialised", name)
                elif token != PROCESS_TOKEN:
                    panic("cannot unmarshal a function marshalled by reference in "
                          "another process")
                values = self.live.values
                if not 0 <= i < len(values):
                    panicf("invalid reference %d", i)
                x = values[i]
                self.lookup.append(x)
                return x
            if lead == LB_FUNCTION:
                panic("cannot unmarshal a bytecode function")
            panic("cannot unmarshal a fiber")
        if lead in _UNSAFE_LEADS:
            # never allowed: `unmarshal` does not pass the unsafe flag
            if lead == LB_POINTER_BUFFER:
                self.pos = p + 1
                self.read_nat()
                self.read_nat()
                q = self.pos
                self._eos(q + 8)
            else:
                self._eos(p + 8)
                q = p + 1
            panicf("unsafe flag not given, will not unmarshal %s at index %d",
                   _UNSAFE_LEADS[lead], q)
        panicf("unknown byte %x at index %d", lead, p)

    def _abstract(self, depth):
        key = self._one(depth + 1)
        codec = _CODECS_BY_SYM.get(key) if key.__class__ is Symbol else None
        if codec is None and key.__class__ is Symbol and lazy.run_pending():
            # a namespace loaded on first use (peg, ev...) registers its type
            # when it loads
            codec = _CODECS_BY_SYM.get(key)
        if codec is None:
            panic("unknown abstract type")
        if codec.unmarshal is None:
            panic("invalid abstract type - no unmarshal function pointer")
        saved = (self._ctx_depth, self._pending)
        self._ctx_depth = depth
        self._pending = True
        try:
            x = codec.unmarshal(self)
            if self._pending:
                panic("janet_unmarshal_abstract not called")
        finally:
            self._ctx_depth, self._pending = saved
        return x


_BYTES_LEADS = frozenset((LB_STRING, LB_SYMBOL, LB_BUFFER, LB_KEYWORD, LB_REGISTRY))
_COUNTED_LEADS = frozenset((LB_REFERENCE, LB_ARRAY, LB_ARRAY_WEAK, LB_TUPLE, LB_STRUCT,
                            LB_STRUCT_PROTO) + tuple(_TABLE_LEADS))
_UNSAFE_LEADS = {LB_UNSAFE_CFUNCTION: "function pointer", LB_UNSAFE_POINTER: "raw pointer",
                 LB_THREADED_ABSTRACT: "threaded abstract pointer",
                 LB_POINTER_BUFFER: "raw pointer"}


class _Rebuilt:
    """A function unmarshalled from its form in another process: compiled
    against its environment and over its frame on its first call (the
    environment is complete only once the whole image is read)."""
    __slots__ = ("form", "env", "source", "layout", "frame", "real")

    def call(self, args):
        f = self.real
        if f is None:
            from ..compiler import rebuild_closure
            f = self.real = rebuild_closure(self.form, self.env, self.source, self.layout,
                                            self.frame if self.frame is not None else [None])
        return f(*args)


_STUB_FACTORIES = {}


def _stub(fd, state):
    """A Python function with fd's parameters (so arity errors are those of
    the function) that hands its arguments to state.call."""
    nreq = fd.min_arity
    nopt = max(fd.arity - fd.min_arity, 0)
    rest = fd.max_arity < 0
    shape = (nreq, nopt, rest)
    factory = _STUB_FACTORIES.get(shape)
    if factory is None:
        params = ["_p%d" % i for i in range(nreq)]
        params += ["_p%d=None" % i for i in range(nreq, nreq + nopt)]
        if rest:
            params.append("*_rest")
        args = "(%s)" % "".join("_p%d, " % i for i in range(nreq + nopt))
        if rest:
            args += " + _rest"
        src = "def factory(_st):\n    def jfn(%s):\n        return _st.call(%s)\n" \
              "    return jfn\n" % (", ".join(params), args)
        ns = {}
        exec(compile(src, "<unmarshal>", "exec"), ns)
        factory = _STUB_FACTORIES[shape] = ns["factory"]
    f = factory(state)
    f.__doc__ = fd
    return f


def _file_copy(f):
    """A thread's copy of file f: its own stream on a duplicate of the
    descriptor (the standard streams, which cannot be closed, are shared)."""
    from .io import JFile, F_NOT_CLOSEABLE, F_CLOSED
    if f.flags & (F_NOT_CLOSEABLE | F_CLOSED):
        return f
    try:
        fd = f.f.fileno()
        mode = f.f.mode
        g = JFile(open(os.dup(fd), mode if "b" in mode else mode + "b"), f.flags, f.tty)
    except (OSError, ValueError, AttributeError):
        return f
    g.append = f.append
    return g


# abstract types a thread message copies (the others it shares)
_COPIED_IN_SHARED = frozenset(("core/s64", "core/u64", "core/rng", "core/channel"))


_SYM_ROOT = sym("root-env")


def thread_copy(x, root=None):
    """x as a message to another thread receives it: data copied through
    marshal and unmarshal, values with an identity shared (Marshaller.shared).
    With `root`, the copy has `root` where x has this interpreter's root
    environment (what a new thread's own root environment replaces)."""
    # (the bytes are read back at once and then dropped: the values written by
    # reference need no place in the process's table)
    live = LiveTable()
    if root is None:
        m = Marshaller(None, True, shared=True, live=live)
        reg = None
    else:
        # (written by name, as a reverse lookup table names a value)
        m = Marshaller(Table({STATE.root_env: _SYM_ROOT}), True, shared=True, live=live)
        reg = Table({_SYM_ROOT: root})
    m._one(x, 0)
    return Unmarshaller(bytes(m.out), reg, live)._one(0)


def unmarshal_value(data, reg=None):
    """The value whose marshalled bytes start `data`; `reg` is the forward
    lookup table for names written through a reverse lookup table."""
    return Unmarshaller(data, reg)._one(0)


# --------------------------------------------------------------------------
# Codecs of the core's abstract types

def _int64_marshal(x, m):
    m.mark_seen(x)
    m.write_int64(x.value)


def _s64_unmarshal(u):
    x = S64(0)
    u.register(x)
    x.value = make_s64(u.read_size()).value
    return x


def _u64_unmarshal(u):
    x = U64(0)
    u.register(x)
    x.value = u.read_size()
    return x


def _rng_marshal(r, m):
    m.mark_seen(r)
    for v in (r.a, r.b, r.c, r.d, r.counter):
        m.write_int(_i32(v))


def _rng_unmarshal(u):
    r = RNG.__new__(RNG)
    u.register(r)
    r.a = u.read_int() & M32
    r.b = u.read_int() & M32
    r.c = u.read_int() & M32
    r.d = u.read_int() & M32
    r.counter = u.read_int() & M32
    return r


def _file_marshal(f, m):
    panic("cannot marshal file in safe mode")


def _file_unmarshal(u):
    panic("cannot unmarshal file in safe mode")


register_abstract("core/s64", _int64_marshal, _s64_unmarshal)
register_abstract("core/u64", _int64_marshal, _u64_unmarshal)
register_abstract("core/rng", _rng_marshal, _rng_unmarshal)
register_abstract("core/file", _file_marshal, _file_unmarshal)


# --------------------------------------------------------------------------
# Builtins

@builtin("marshal", "(marshal x &opt reverse-lookup buffer no-cycles)",
         "Serialises x into a buffer (a new one, or the given `buffer`, appended "
         "to) and returns the buffer; `unmarshal` rebuilds the value.  Values "
         "found in the table `reverse-lookup` are written as the symbol they "
         "map to, to be looked up again when unmarshalling.  With `no-cycles` "
         "truthy, repeated values are written again rather than referenced.")
def marshal(x, reverse_lookup=_NO_ARG, buffer=_NO_ARG, no_cycles=None):
    rreg = None if reverse_lookup is _NO_ARG else A.table(reverse_lookup, 1)
    buf = None if buffer is _NO_ARG else A.buffer(buffer, 2)
    return marshal_value(x, rreg, no_cycles is None or no_cycles is False, buf)


@builtin("unmarshal", "(unmarshal buffer &opt lookup)",
         "Rebuilds the value that `marshal` wrote into `buffer`.  The table "
         "`lookup` maps the symbols written for values found in marshal's "
         "reverse-lookup table back to values.")
def unmarshal(buffer, lookup=_NO_ARG):
    sandbox_assert(SANDBOX_UNMARSHAL)
    data = A.bytes_(buffer, 0)
    reg = None if lookup is _NO_ARG else A.table(lookup, 1)
    return unmarshal_value(data, reg)
