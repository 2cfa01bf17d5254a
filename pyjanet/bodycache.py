"""The prelude-body cache: the functions the prelude's lazy bodies compile to,
kept between runs.

A prelude function or macro is compiled when it is first called (`LazyFnNode`
in compiler.py, `_finisher` in boot.py): its recorded form is macro-expanded,
analysed and turned into Python code.  Nearly every program calls `defn`,
`let`, `each`, `loop`, `case`, `match` ... so each process compiled the same
few dozen bodies again, about 0.1 s of a typical small program.  What such a
compilation makes depends only on pyjanet's own sources: the form is the
prelude's, the environment it is analysed in is the prelude's own (a private
copy, `LazyBodies.env`), and its gensyms are drawn from a counter fixed per
function (boot.py).  So the result is kept, one cache file per function:

* the function is written as a graph of the objects it is made of -- Python
  functions (code object, closure cells, defaults, attributes), the frames
  and constants they hold, `FuncDef` and `Site` records, Janet values --
  each shared object once, so identity and cycles are kept;
* objects that exist before the compilation are written by name and looked up
  again when the record is read: module globals of pyjanet's modules (helpers,
  classes, sentinels, the template globals) and the prelude environment's
  entries, values and cells;
* anything else (an object of a class not listed here) makes the function
  uncacheable: it is simply compiled at every run, as before.

A record is used only when it was made by the same pyjanet sources
(`diskcache.package_key`) for the same function, and only while the prelude
environment's values are the ones it had after start-up (a program that put
other values into its entries compiles bodies against what they hold now).
Reading a record rebuilds the function without running any compiler step:
no macro of the prelude is called while its body compiles, so nothing a
program can observe is skipped (prelude bodies have no side effects but the
gensym counter, which is set per function, and the serial numbers of their
function definitions, which are drawn anew).  A damaged or foreign record is
ignored and rewritten.  Files are named after the function (one per prelude
function, so the cache stays bounded) and written to a temporary name and
renamed (diskcache.write).  `PYJANET_BODYCACHE=0` turns the cache off.
"""

import itertools
import marshal
import operator
import os
import sys
import types
import zlib

from .values import (Table, Array, Struct, Buffer, Symbol, Keyword, Tuple, FuncDef,
                     table_key, from_key)
from . import runtime as rt
from . import diskcache
from . import compiler as C
from . import specials

FORMAT = 1
PREFIX = "prelude-body-"
ENABLED = os.environ.get("PYJANET_BODYCACHE", "1") != "0"
KW_VALUE = Keyword("value")
KW_REF = Keyword("ref")

_IMM = frozenset((type(None), bool, int, float, str, bytes))
_OBJ_CLASSES = (rt.Site, FuncDef)
_CellType = types.CellType
_FunctionType = types.FunctionType
_CodeType = types.CodeType


class Unsupported(Exception):
    """An object the cache cannot write."""


# ---------------------------------------------------------------------------
# What exists before a body compiles: named, not written.

_module_names = None        # id -> (module, attribute), for writing


def _module_objects():
    global _module_names
    if _module_names is None:
        names = {}
        for mname, m in list(sys.modules.items()):
            if m is None or not (mname == "pyjanet" or mname.startswith("pyjanet.")
                                 or mname == "builtins"):
                continue
            d = getattr(m, "__dict__", None)
            if d is None:
                continue
            names.setdefault(id(d), ("G", mname, None))
            for k, v in list(d.items()):
                if v.__class__ in _IMM or v.__class__ is types.ModuleType:
                    continue
                names.setdefault(id(v), ("X", mname, k))
        _module_names = names
    return _module_names


def _env_names(env):
    names = {id(env): ("E", "env", None)}
    for k, e in env.items():
        if k.__class__ is not Symbol or e.__class__ is not Table:
            continue
        names.setdefault(id(e), ("E", "entry", k.name))
        v = e.get(KW_VALUE)
        if v is not None and v.__class__ not in _IMM:
            names.setdefault(id(v), ("E", "value", k.name))
        r = e.get(KW_REF)
        if r is not None:
            names.setdefault(id(r), ("E", "ref", k.name))
    return names


def _resolve(named):
    m = sys.modules.get(named[1])
    if m is None:
        return None
    return m.__dict__ if named[2] is None else m.__dict__.get(named[2])


# ---------------------------------------------------------------------------
# Writing

class _Writer:
    def __init__(self, env):
        self.env_names = _env_names(env)
        self.mod_names = _module_objects()
        self.memo = {}
        self.nodes = []
        self.keep = []          # (so that no id is reused while writing)

    def ref(self, x):
        c = x.__class__
        if c in _IMM:
            return (x,)
        i = self.memo.get(id(x))
        if i is not None:
            return i
        i = len(self.nodes)
        self.memo[id(x)] = i
        self.nodes.append(None)
        self.keep.append(x)
        self.nodes[i] = self.node(x, c)
        return i

    def node(self, x, c):
        if c is Symbol:
            return ("S", x.name)
        if c is Keyword:
            return ("K", x.name)
        named = self.env_names.get(id(x))
        if named is not None:
            return named
        named = self.mod_names.get(id(x))
        # (the table was made earlier: an id there may since have been
        # given to another object)
        if named is not None and _resolve(named) is x:
            return named
        ref = self.ref
        if c is _FunctionType:
            if x.__globals__ is not C.TEMPLATE_GLOBALS:
                raise Unsupported(x)
            cells = [ref(cell) for cell in (x.__closure__ or ())]
            attrs = [(k, ref(v)) for k, v in x.__dict__.items()]
            return ("F", ref(x.__code__), x.__name__, x.__qualname__, cells,
                    ref(x.__defaults__), ref(x.__kwdefaults__), ref(x.__doc__), attrs,
                    x.__module__)
        if c is _CodeType:
            return ("C", x)
        if c is _CellType:
            try:
                v = x.cell_contents
            except ValueError:
                return ("c",)
            return ("c", ref(v))
        if c is list:
            return ("L", [ref(v) for v in x])
        if c is tuple:
            return ("T", [ref(v) for v in x])
        if c is Tuple:
            return ("U", [ref(v) for v in x], x.line, x.column, x.brackets)
        if c is frozenset:
            return ("Z", [ref(v) for v in x])
        if c is Array:
            return ("A", [ref(v) for v in x])
        if c is Buffer:
            return ("Y", bytes(x))
        if c is Table:
            if x.weak is not None:
                raise Unsupported(x)
            return ("B", [(ref(from_key(k)), ref(v)) for k, v in x.items()],
                    ref(x.proto), x.icap)
        if c is Struct:
            return ("R", [(ref(from_key(k)), ref(v)) for k, v in x.items()], ref(x.proto))
        if c in _OBJ_CLASSES:
            if c is FuncDef and x.debug is not None:
                raise Unsupported(x)
            slots = []
            for s in c.__slots__:
                if s != "__weakref__" and hasattr(x, s):
                    slots.append((s, ref(getattr(x, s))))
            return ("O", ref(c), slots)
        raise Unsupported(x)


def _dump(fn, env, serial0, serial1):
    w = _Writer(env)
    root = w.ref(fn)
    return marshal.dumps((FORMAT, diskcache.package_key(), root, w.nodes, serial0, serial1))


# ---------------------------------------------------------------------------
# Reading

class _Reader:
    def __init__(self, nodes, env, remap):
        self.nodes = nodes
        self.env = env
        self.remap = remap      # serial number recorded -> drawn now
        self.memo = {}
        self.pending = []       # (cell, content ref): filled last (cycles)

    def get(self, r):
        if r.__class__ is tuple:
            return r[0]
        x = self.memo.get(r, self)
        if x is not self:
            return x
        n = self.nodes[r]
        tag = n[0]
        memo = self.memo
        get = self.get
        if tag == "S":
            x = memo[r] = Symbol(n[1])
        elif tag == "K":
            x = memo[r] = Keyword(n[1])
        elif tag == "X":
            x = memo[r] = sys.modules[n[1]].__dict__[n[2]]
        elif tag == "G":
            x = memo[r] = sys.modules[n[1]].__dict__
        elif tag == "E":
            if n[1] == "env":
                x = self.env
            else:
                e = self.env[Symbol(n[2])]
                x = e if n[1] == "entry" else e[KW_VALUE] if n[1] == "value" else e[KW_REF]
            memo[r] = x
        elif tag == "F":
            closure = tuple(get(c) for c in n[4]) or None
            x = memo[r] = _FunctionType(get(n[1]), C.TEMPLATE_GLOBALS, n[2], None, closure)
            x.__qualname__ = n[3]
            x.__defaults__ = get(n[5])
            x.__kwdefaults__ = get(n[6])
            x.__doc__ = get(n[7])
            x.__module__ = n[9]
            for k, v in n[8]:
                setattr(x, k, get(v))
        elif tag == "C":
            x = memo[r] = n[1]
        elif tag == "c":
            x = memo[r] = _CellType()
            if len(n) > 1:
                self.pending.append((x, n[1]))
        elif tag == "L":
            x = memo[r] = []
            x.extend(get(v) for v in n[1])
        elif tag == "T":
            x = memo[r] = tuple([get(v) for v in n[1]])
        elif tag == "U":
            x = Tuple([get(v) for v in n[1]])
            if n[2] != -1:
                x.line, x.column = n[2], n[3]
            if n[4]:
                x.brackets = True
            memo[r] = x
        elif tag == "Z":
            x = memo[r] = frozenset([get(v) for v in n[1]])
        elif tag == "A":
            x = memo[r] = Array()
            x.extend(get(v) for v in n[1])
        elif tag == "Y":
            x = memo[r] = Buffer(n[1])
        elif tag == "B":
            x = memo[r] = Table()
            for k, v in n[1]:
                x[table_key(get(k))] = get(v)
            x.proto = get(n[2])
            x.icap = n[3]
        elif tag == "R":
            x = memo[r] = Struct()
            for k, v in n[1]:
                dict.__setitem__(x, table_key(get(k)), get(v))
            x.proto = get(n[2])
        elif tag == "O":
            cls = get(n[1])
            if cls not in _OBJ_CLASSES:
                raise ValueError("bad record")
            x = memo[r] = cls.__new__(cls)
            for s, v in n[2]:
                setattr(x, s, get(v))
            if cls is FuncDef:
                x.serial = self.remap(x.serial)
        else:
            raise ValueError("bad record")
        return x

    def run(self, root):
        x = self.get(root)
        pending = self.pending
        while pending:
            cell, v = pending.pop()
            cell.cell_contents = self.get(v)
        return x


# ---------------------------------------------------------------------------
# The prelude environment as start-up left it (see `intact`)

_entries = None
_values = None
_get_value = operator.methodcaller("get", KW_VALUE)


def snapshot(env):
    """Remember env's entries and values (called once the prelude is in)."""
    global _entries, _values
    _entries = [e for e in env.values() if e.__class__ is Table]
    _values = list(map(_get_value, _entries))


def intact():
    return _entries is not None and all(map(operator.is_, map(_get_value, _entries), _values))


def _name(fname):
    b = fname.encode("utf-8", "surrogateescape")
    return "%s%08x%08x" % (PREFIX, zlib.crc32(b), zlib.adler32(b))


def load(fname, env):
    """The function the prelude's `fname` compiles to, from its record, or
    None (no usable record; the caller compiles it and calls `save`)."""
    if not ENABLED or diskcache.cache_dir() is None or not intact():
        return None
    raw = diskcache.read(_name(fname))
    if raw is None:
        return None
    try:
        rec = marshal.loads(raw)
        if not (rec.__class__ is tuple and len(rec) == 6 and rec[0] == FORMAT
                and rec[1] == diskcache.package_key()):
            return None
        _, _, root, nodes, s0, s1 = rec
        # the function definitions the compilation made are numbered as if
        # it had just run (specials._SERIALS)
        base = next(specials._SERIALS)
        for _ in range(s1 - s0 - 1):
            next(specials._SERIALS)

        def remap(s):
            return base + (s - s0) if s0 <= s < s1 else s
        fn = _Reader(nodes, env, remap).run(root)
    except Exception:  # noqa: BLE001 - a damaged or foreign record: compile instead
        return None
    if fn.__class__ is not _FunctionType or fn.__doc__.__class__ is not FuncDef \
            or fn.__doc__.name != fname:
        return None
    return fn


def serial_now():
    """The next serial number a function definition will get (without drawing it)."""
    n = next(specials._SERIALS)
    specials._SERIALS = itertools.count(n)
    return n


def save(fname, fn, env, serial0):
    """Keep the function `fname` compiled to (made while serial numbers
    serial0.. were drawn)."""
    if not ENABLED or diskcache.cache_dir() is None or not intact():
        return
    serial1 = serial_now()
    try:
        data = _dump(fn, env, serial0, serial1)
    except (Unsupported, ValueError, RecursionError):
        return
    diskcache.write(_name(fname), data)
