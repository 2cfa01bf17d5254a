"""The Python boundary: values and errors crossing between Python and Janet.

This is the one home for converting values in both directions, for wrapping
Python exceptions as Janet errors and Janet errors as the exceptions an
embedder sees, for the Python objects Janet code holds (`py/` and callbacks)
and for the policy that limits what Janet code may reach of Python.  It plays
the part of the reference's C embedding API (janet.h: janet_wrap_* /
janet_unwrap_*, janet_pcall, janet_dostring), for Python.

docs/embedding.md holds the conversion table; in short:

    Python -> Janet   `to_janet`: None bool float str bytes bytearray list tuple
                      dict and int (a number up to 2^53 in magnitude, else
                      int/s64 or int/u64, else an error); Janet values and the
                      views below pass through unwrapped; functions become
                      cfunctions; any other object a `PyObject`.
    Janet -> Python   `to_python`: numbers are floats (ints on request),
                      strings str (or bytes on request), arrays, tables and
                      structs *views* (`JanetArray`, `JanetTable`, `JanetStruct`:
                      sequence and mapping protocols, no copy; `.to_python()`
                      copies deeply), tuples tuples, functions `JanetFunction`
                      callables, fibers `JanetFiber` iterators.

Python callables reached through `py/` get their arguments deep-copied the
way Python libraries expect (strings str, integral numbers int, keywords str,
arrays lists, tables dicts): see PY_CALLS.

This module sits at the runtime layer (it imports nothing of lib/): lib/py.py,
the `py/` namespace, and the embedding API in __init__.py build on it.
"""

import sys
import types
from collections.abc import MutableSequence, Mapping, MutableMapping

from .values import (Symbol, Keyword, Buffer, Array, Tuple, Struct, Table, Abstract,
                     FuncDef, table_key, from_key, kw)
from .errors import (JanetError, CompileError, ParseError, Frame, internal_error,
                     error_message, format_frame)
from . import runtime as rt
from . import fiber as fib
from .printer import describe, format_message
from .sandbox import sandbox_assert, SANDBOX_PYTHON
from .bigthread import Worker
from .reader import read_program
from .compiler import compile_form
from . import evloop

__all__ = ["Conversion", "SESSION_DEFAULT", "PY_CALLS", "to_janet", "to_python",
           "deep_python", "JanetArray", "JanetTable", "JanetStruct", "JanetFunction",
           "JanetFiber", "PyObject", "PyKwargs", "PythonPolicy", "Session",
           "current_session", "python_callback", "call_python", "check_python",
           "default_attribute_filter", "py_value"]

# Integers a double holds exactly and the reference calls numbers (math/int-min
# .. math/int-max); beyond them a Python int becomes int/s64 or int/u64.
INT_MAX = 2 ** 53
S64_MIN, S64_MAX = -2 ** 63, 2 ** 63 - 1
U64_MAX = 2 ** 64 - 1


class Conversion:
    """How Janet values become Python values.

    strings   "str" (UTF-8, undecodable bytes kept as surrogates, so encoding
              back gives the same bytes) or "bytes"
    ints      integral numbers become Python ints (else floats)
    deep      arrays, tables and structs are copied into lists and dicts
              (else they are views on the Janet value)
    keywords  keywords and symbols become str (else Keyword / Symbol)
    """
    __slots__ = ("strings", "ints", "deep", "keywords")

    def __init__(self, strings="str", ints=False, deep=False, keywords=False):
        if strings not in ("str", "bytes"):
            raise ValueError('strings must be "str" or "bytes", not %r' % (strings,))
        self.strings = strings
        self.ints = bool(ints)
        self.deep = bool(deep)
        self.keywords = bool(keywords)

    def replace(self, **kw_):
        c = Conversion(self.strings, self.ints, self.deep, self.keywords)
        for k, v in kw_.items():
            setattr(c, k, v)
        return c


SESSION_DEFAULT = Conversion()
# Arguments of Python functions called through py/: what Python libraries expect.
PY_CALLS = Conversion("str", ints=True, deep=True, keywords=True)


# --------------------------------------------------------------------------
# Python -> Janet

_S64_BOX = []    # int/s64 and int/u64 constructors, found in the registry once


def _int_box(signed):
    if not _S64_BOX:
        names = {e.name: e.value for e in rt.REGISTRY if e.name in ("int/s64", "int/u64")}
        _S64_BOX.extend((names["int/s64"], names["int/u64"]))
    return _S64_BOX[0 if signed else 1]


def _int_to_janet(v):
    if -INT_MAX <= v <= INT_MAX:
        return float(v)
    if S64_MIN <= v <= S64_MAX:
        return _int_box(True)(b"%d" % v)
    if 0 <= v <= U64_MAX:
        return _int_box(False)(b"%d" % v)
    raise JanetError(("integer %d is out of range for a Janet number, int/s64 "
                      "or int/u64" % v).encode())


_CALLABLE_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.BuiltinMethodType)


def to_janet(v, callbacks=None):
    """The Janet value for Python value `v` (containers are copied; Janet
    values and views pass through).  Python functions become cfunctions whose
    arguments convert with `callbacks` (a Conversion; None: the current
    session's); with callbacks=PY_CALLS every object that is not plain data
    becomes a PyObject, as values coming back from py/ do."""
    c = v.__class__
    if v is None or c is bool or c is float or c is bytes:
        return v
    if c is str:
        return v.encode("utf-8", "surrogateescape")
    if c is int:
        return _int_to_janet(v)
    if (c is Keyword or c is Symbol or c is Array or c is Table or c is Struct
            or c is Buffer or c is Tuple):
        return v
    if c is tuple:
        return tuple([to_janet(x, callbacks) for x in v])
    if c is list:
        return Array([to_janet(x, callbacks) for x in v])
    if c is dict:
        return _dict_to_table(v, callbacks)
    if isinstance(v, _View):
        return v._j
    if c is JanetFunction or c is JanetFiber:
        return v._j
    if isinstance(v, Abstract):
        return v                        # fibers, int/s64, files, PyObjects...
    if isinstance(v, _CALLABLE_TYPES):
        if v.__doc__.__class__ is FuncDef or hasattr(v, "janet"):
            return v                    # already a Janet function or builtin
        if callbacks is PY_CALLS:
            return py_value(v)
        return python_callback(v, callbacks)
    if isinstance(v, bool):
        return bool(v)
    if isinstance(v, int):
        return _int_to_janet(int(v))
    if isinstance(v, float):
        return float(v)
    if isinstance(v, str):
        return str(v).encode("utf-8", "surrogateescape")
    if isinstance(v, (bytes, memoryview)):
        return bytes(v)
    if isinstance(v, bytearray):
        return Buffer(v)
    if isinstance(v, list):
        return Array([to_janet(x, callbacks) for x in v])
    if isinstance(v, tuple):
        return tuple([to_janet(x, callbacks) for x in v])
    if isinstance(v, dict):
        return _dict_to_table(v, callbacks)
    return py_value(v)


def _dict_to_table(d, callbacks):
    t = Table()
    for k, x in d.items():
        k = to_janet(k, callbacks)
        if k is None:
            raise JanetError(b"a Python dict with a None key has no Janet table")
        if x is not None:
            t[table_key(k)] = to_janet(x, callbacks)
    return t


def py_value(v, alias=None):
    """A Python object as Janet sees it through py/: plain data is converted
    (to_janet), anything else is wrapped in a PyObject; a module outside the
    allow-list is refused (unless the name it was reached by, `alias` such as
    "os.path" for posixpath, is allowed)."""
    c = v.__class__
    if v is None or c is bool or c is float or c is str or c is int or c is bytes:
        return to_janet(v)
    if c is list or c is tuple or c is dict:
        return to_janet(v, PY_CALLS)
    if c is types.ModuleType:
        policy = current_session().policy
        # (an alias counts only when it is the module's import name too:
        # sys.modules has "os.path" for posixpath, not "pathlib.os" for os)
        if alias is None or sys.modules.get(alias) is not v or not policy.module_allowed(alias):
            policy.check_module(v.__name__)
    if c is PyObject:
        return v
    return PyObject(v)


# --------------------------------------------------------------------------
# Janet -> Python

def to_python(x, conv=None):
    """The Python value for Janet value `x` under Conversion `conv` (the
    current session's when None)."""
    if conv is None:
        conv = current_session().conversion
    c = x.__class__
    if x is None or c is bool:
        return x
    if c is float:
        if conv.ints and x.is_integer():
            return int(x)
        return x
    if c is bytes:
        return x.decode("utf-8", "surrogateescape") if conv.strings == "str" else x
    if c is Keyword or c is Symbol:
        return x.name if conv.keywords else x
    if c is Buffer:
        return x
    if c is Array:
        return [to_python(e, conv) for e in x] if conv.deep else JanetArray(x, conv)
    if c is Table:
        return _deep_dict(x, conv) if conv.deep else JanetTable(x, conv)
    if c is Struct:
        return _deep_dict(x, conv) if conv.deep else JanetStruct(x, conv)
    if isinstance(x, tuple):
        return tuple([to_python(e, conv) for e in x])
    if c is PyObject:
        return x.obj
    if c is PyKwargs:
        return x
    if c is fib.Fiber:
        return JanetFiber(x, conv)
    if isinstance(x, Abstract):
        tn = x.type_name
        if tn == "core/s64" or tn == "core/u64":
            return x.value
        return x
    if isinstance(x, _CALLABLE_TYPES):
        orig = getattr(x, "python_function", None)
        if orig is not None:
            return orig                 # a Python callback comes back as itself
        return JanetFunction(x, conv)
    if c is int:
        return x
    return x


def deep_python(x, conv=None):
    """`to_python` copying arrays, tables and structs all the way down."""
    if conv is None:
        conv = current_session().conversion
    return to_python(x, conv.replace(deep=True))


def _deep_dict(d, conv):
    out = {}
    for k, v in d.items():
        pk = to_python(from_key(k), conv)
        try:
            hash(pk)
        except TypeError:
            pk = from_key(k)        # an array or table key stays the Janet value
        out[pk] = to_python(v, conv)
    return out


class _View:
    """What the views on Janet collections share: the Janet value `_j`, the
    conversion of what they hand out, printing as Janet prints."""
    __slots__ = ("_j", "_conv")

    def __init__(self, j, conv=None):
        self._j = j
        self._conv = conv if conv is not None else current_session().conversion

    @property
    def janet(self):
        """The Janet value itself (pyjanet.values)."""
        return self._j

    def to_python(self):
        """A deep copy as plain Python lists, dicts and tuples."""
        return deep_python(self._j, self._conv)

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__,
                            format_message("%q", self._j).decode("utf-8", "replace"))

    def __len__(self):
        return len(self._j)


class JanetArray(_View, MutableSequence):
    """A Janet array seen from Python as a mutable sequence, without copying:
    changes on either side show on the other."""
    __slots__ = ()

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [to_python(x, self._conv) for x in self._j[i]]
        return to_python(self._j[i], self._conv)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._j[i] = [to_janet(x) for x in v]
        else:
            self._j[i] = to_janet(v)

    def __delitem__(self, i):
        del self._j[i]

    def insert(self, i, v):
        self._j.insert(i, to_janet(v))

    def __eq__(self, other):
        if isinstance(other, JanetArray):
            return other._j is self._j or list(self) == list(other)
        if isinstance(other, (list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None


class _MappingView(_View):
    __slots__ = ()

    def _key(self, k):
        jk = to_janet(k)
        if jk is None:
            raise KeyError(k)
        return table_key(jk)

    def __getitem__(self, k):
        v = self._j.get(self._key(k))
        if v is None:
            raise KeyError(k)
        return to_python(v, self._conv)

    def __iter__(self):
        conv = self._conv
        return iter([to_python(from_key(k), conv) for k in self._j])

    def __contains__(self, k):
        try:
            return self._key(k) in self._j
        except JanetError:
            return False

    @property
    def proto(self):
        """The prototype, as a view (or None)."""
        p = self._j.proto
        return None if p is None else to_python(p, self._conv)


class JanetTable(_MappingView, MutableMapping):
    """A Janet table seen from Python as a mutable mapping, without copying.
    Own entries only (`.proto` is the prototype); storing None removes a key,
    as `put` does."""
    __slots__ = ()

    def __setitem__(self, k, v):
        jv = to_janet(v)
        if jv is None:
            self._j.pop(self._key(k), None)
        else:
            self._j[self._key(k)] = jv

    def __delitem__(self, k):
        del self._j[self._key(k)]


class JanetStruct(_MappingView, Mapping):
    """A Janet struct seen from Python as a read-only mapping."""
    __slots__ = ()

    def __hash__(self):
        return hash(self._j)


def janet_args(args, kwargs):
    """A Python call's arguments for a Janet function: positional ones
    converted, keyword ones as the `:name value` pairs that `&named` and
    `&keys` parameters take."""
    jargs = [to_janet(a) for a in args]
    for k, v in kwargs.items():
        jargs.append(kw(k))
        jargs.append(to_janet(v))
    return jargs


class _Held:
    """A Janet value held for Python code, with the session it came from and
    the conversion its results get."""
    __slots__ = ("_j", "_conv", "_session")

    def __init__(self, value, conv=None):
        self._j = value
        s = current_session()
        self._session = s
        self._conv = conv if conv is not None else s.conversion

    @property
    def janet(self):
        return self._j


class JanetFunction(_Held):
    """A Janet function (or builtin) as a Python callable.

    Arguments convert with `to_janet`; keyword arguments are passed the way
    Janet's `&named` and `&keys` parameters take them (`:name value` pairs at
    the end); the result converts with the session's conversion.  Tail calls
    are resolved and errors raise JanetError (arity errors with the
    reference's text)."""
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        fn = self._j
        conv = self._conv

        def run():
            jargs = janet_args(args, kwargs)
            if Session.depth > 1 or self._session.worker is None:
                # Python code called from Janet calls back: like the
                # reference's janet_call from C, the call cannot suspend
                return to_python(rt.ccall(fn, *jargs), conv)
            return to_python(rt.call(fn, *jargs), conv)
        return self._session.run(run)

    def __repr__(self):
        return "<JanetFunction %s>" % describe(self._j).decode("utf-8", "replace")


class JanetFiber(_Held):
    """A Janet fiber as a Python iterator: each `next` resumes it and gives
    the value it yields; once it is dead StopIteration carries its return
    value.  `resume(value)` resumes it with a value; `status` is its status
    name ("new", "pending", "dead", ...)."""
    __slots__ = ()

    @property
    def status(self):
        return fib.STATUS_NAMES[self._j.status]

    def __iter__(self):
        return self

    def resume(self, value=None):
        f = self._j
        conv = self._conv

        def run():
            r = fib.resume_fiber(f, to_janet(value))
            if f.status == fib.ST_ERROR:
                # the fiber's mask trapped its error: for Python it is raised
                raise f.error if isinstance(f.error, JanetError) else JanetError(r)
            return to_python(r, conv)
        return self._session.run(run)

    def __next__(self):
        if self._j.status in fib.FINISHED:
            raise StopIteration
        v = self.resume()
        if self._j.status == fib.ST_DEAD:
            raise StopIteration(v)
        return v

    def __repr__(self):
        return "<JanetFiber %s>" % self.status


# --------------------------------------------------------------------------
# Python objects held by Janet code

def _type_label(o):
    t = type(o)
    return t.__name__


def _short(text, limit=60):
    return text if len(text) <= limit else text[:limit - 3] + "..."


class PyKwargs(Abstract):
    """Keyword arguments for a Python call, made by `(py/kw :name value ...)`
    and passed as the last argument of the call."""
    __slots__ = ("kwargs",)
    type_name = "python/kwargs"

    def __init__(self, kwargs):
        self.kwargs = kwargs

    def janet_repr(self):
        inner = " ".join("%s=%s" % (k, _short(repr(v), 30)) for k, v in self.kwargs.items())
        return ("<python/kwargs %s>" % inner).encode("utf-8", "surrogateescape")


class PyObject(Abstract):
    """A Python object held by Janet code (type `:python`).

    `(get obj :name)` and `(obj :name)` read an attribute, `(get obj key)` with
    any other key indexes (obj[key]); `(:method obj ...)` calls a method;
    calling it calls it; `length`, `each`, `map`, `next` work on sized and
    iterable objects.  Every access asks the sandbox and the session's policy
    (its attribute filter)."""
    __slots__ = ("obj", "_it", "_cur", "_n")
    type_name = "python"

    def __init__(self, obj):
        self.obj = obj
        self._it = None      # iteration in progress (generic iterables)
        self._cur = None
        self._n = -1

    # identity of the Python object is identity of the Janet value
    def __eq__(self, other):
        return other.__class__ is PyObject and other.obj is self.obj

    def __hash__(self):
        return id(self.obj) >> 4

    def janet_equals(self, other):
        return self.__eq__(other)

    def janet_repr(self):
        o = self.obj
        t = _type_label(o)
        if isinstance(o, types.ModuleType):
            text = o.__name__
        elif isinstance(o, (type, types.FunctionType, types.BuiltinFunctionType,
                            types.MethodType, types.BuiltinMethodType)):
            text = getattr(o, "__qualname__", None) or getattr(o, "__name__", "?")
        else:
            try:
                text = repr(o)
            except Exception:  # noqa: BLE001 - a broken __repr__ still prints
                text = "0x%x" % id(o)
            text = _short(text)
        return ("<python %s %s>" % (t, text)).encode("utf-8", "surrogateescape")

    def janet_get(self, key):
        check_python()
        o = self.obj
        if key.__class__ is Keyword or key.__class__ is Symbol:
            return get_attribute(o, key.name, missing=None)
        if self._it is not None and key.__class__ is float and key == self._n:
            return self._cur
        try:
            return py_value(o[to_python(key, PY_CALLS)])
        except (KeyError, IndexError, TypeError):
            return None
        except Exception as ex:  # noqa: BLE001 - becomes a Janet error
            raise python_error(ex)

    def janet_put(self, key, value):
        check_python()
        o = self.obj
        v = to_python(value, PY_CALLS)
        try:
            if key.__class__ is Keyword or key.__class__ is Symbol:
                set_attribute(o, key.name, v)
            else:
                o[to_python(key, PY_CALLS)] = v
        except JanetError:
            raise
        except Exception as ex:  # noqa: BLE001 - becomes a Janet error
            raise python_error(ex)

    def janet_length(self):
        check_python()
        try:
            return len(self.obj)
        except Exception as ex:  # noqa: BLE001 - becomes a Janet error
            raise python_error(ex)

    def janet_next(self, key):
        """Iteration for `next`, `each`, `map`: sequences by index, mappings by
        key, any other iterable through one iterator (keys count 0, 1, ...)."""
        check_python()
        o = self.obj
        try:
            if isinstance(o, (list, tuple, str, bytes, bytearray, range)):
                i = 0 if key is None else int(key) + 1
                return float(i) if i < len(o) else None
            if isinstance(o, Mapping):
                keys = list(o.keys())
                if key is None:
                    i = 0
                else:
                    pk = to_python(key, PY_CALLS)
                    i = keys.index(pk) + 1 if pk in o else len(keys)
                return py_value(keys[i]) if i < len(keys) else None
            if key is None:
                self._it = iter(o)
                self._n = -1
            elif self._it is None or key != self._n:
                return None
            try:
                self._cur = py_value(next(self._it))
            except StopIteration:
                self._it = None
                self._cur = None
                return None
            self._n += 1
            return float(self._n)
        except JanetError:
            raise
        except Exception as ex:  # noqa: BLE001 - becomes a Janet error
            raise python_error(ex)

    def janet_method(self, name, args):
        """`(:name obj args...)`: call the method obj.name(args...)."""
        check_python()
        m = get_attribute(self.obj, name.name)
        if m is None:
            raise JanetError(format_message("unknown method %v invoked on %v", name, self))
        return _call_framed(m.obj if m.__class__ is PyObject else m, args)

    def __call__(self, *args):
        check_python()
        o = self.obj
        if not callable(o) and len(args) == 1:
            # calling data looks a key up, as with Janet's own data
            return rt.in_(self, args[0])
        return _call_framed(o, args)


def _call_framed(f, args):
    """call_python, with a stack-trace frame for the Python function when an
    error leaves it (as a C function has its frame in the reference's traces)."""
    try:
        return call_python(f, args)
    except JanetError as e:
        code = getattr(f, "__code__", None)
        name = getattr(f, "__qualname__", None) or getattr(f, "__name__", None) or \
            type(f).__name__
        e.trace.append(Frame(name, code.co_filename if code is not None else "python",
                             code.co_firstlineno if code is not None else -1, -1, cfun=True))
        raise


def check_python():
    """Ask the sandbox, then the session, whether Janet code may use Python."""
    sandbox_assert(SANDBOX_PYTHON)


_FRAME_ATTRS = frozenset([
    "gi_frame", "gi_code", "cr_frame", "cr_code", "ag_frame", "ag_code",
    "f_globals", "f_locals", "f_builtins", "f_back", "f_code", "tb_frame",
    "tb_next", "func_globals", "func_code", "mro"])


def default_attribute_filter(obj, name, setting):
    """The default filter: no `__dunder__` names and none of the frame, code
    and globals attributes through which Python code reaches everything."""
    if name.startswith("__") and name.endswith("__"):
        return False
    return name not in _FRAME_ATTRS


def _check_attr(o, name, setting):
    s = current_session()
    if not s.policy.attribute_filter(o, name, setting):
        raise JanetError(("python attribute %s is not accessible" % name).encode(
            "utf-8", "surrogateescape"))


def get_attribute(o, name, missing=JanetError):
    """o.name for Janet code, filtered and converted (py_value)."""
    _check_attr(o, name, False)
    try:
        v = getattr(o, name)
    except AttributeError:
        if missing is JanetError:
            raise JanetError(("%s object has no attribute %s"
                              % (type(o).__name__, name)).encode("utf-8", "surrogateescape"))
        return missing
    except Exception as ex:  # noqa: BLE001 - becomes a Janet error
        raise python_error(ex)
    if isinstance(o, types.ModuleType):
        return py_value(v, o.__name__ + "." + name)
    return py_value(v)


def set_attribute(o, name, value):
    _check_attr(o, name, True)
    try:
        setattr(o, name, value)
    except Exception as ex:  # noqa: BLE001 - becomes a Janet error
        raise python_error(ex)


class PythonPolicy:
    """What Janet code may reach of Python in one session.

    enabled           False: the py/ functions refuse to work
    modules           None (every module) or names py/import may import; a
                      name allows its submodules too ("os" allows "os.path")
    attribute_filter  f(obj, name, setting) -> bool for every attribute read
                      or written; default_attribute_filter by default
    """

    def __init__(self, enabled=True, modules=None, attribute_filter=None):
        self.enabled = enabled
        self.modules = None if modules is None else frozenset(modules)
        self.attribute_filter = attribute_filter or default_attribute_filter

    def check_enabled(self):
        if not self.enabled:
            raise JanetError(b"python access is disabled")

    def module_allowed(self, name):
        if self.modules is None:
            return True
        parts = name.split(".")
        return any(".".join(parts[:i]) in self.modules for i in range(1, len(parts) + 1))

    def check_module(self, name):
        self.check_enabled()
        if self.module_allowed(name):
            return
        raise JanetError(("python module %s is not allowed" % name).encode(
            "utf-8", "surrogateescape"))


# --------------------------------------------------------------------------
# Calling Python from Janet; Python exceptions as Janet errors

def python_error(ex):
    """The Janet error for Python exception `ex` raised by Python code called
    from Janet: its value is "Type: message"; the exception itself rides along
    (`py_exc`) so that an embedder it reaches gets the original back."""
    if isinstance(ex, JanetError):
        return _into_janet(ex)
    if isinstance(ex, RecursionError):
        return JanetError(b"stack overflow")
    text = str(ex)
    name = type(ex).__name__
    msg = "%s: %s" % (name, text) if text else name
    e = JanetError(msg.encode("utf-8", "surrogateescape"))
    e.py_exc = ex
    return e


def _into_janet(e):
    """A JanetError raised by Python code going back into Janet: its value
    back to a Janet value (an embedder may have seen it converted)."""
    if getattr(e, "public", False):
        ne = JanetError(to_janet(e.value))
        ne.trace = []
        orig = getattr(e, "py_exc", None)
        if orig is not None:
            ne.py_exc = orig
        return ne
    return e


def _split_kwargs(args, conv):
    kwargs = None
    if args and args[-1].__class__ is PyKwargs:
        kwargs = args[-1].kwargs
        args = args[:-1]
    return [to_python(a, conv) for a in args], kwargs


def call_python(f, args, conv=PY_CALLS, results=PY_CALLS):
    """Call Python `f` with Janet arguments (a trailing PyKwargs gives keyword
    arguments); the result converts back with to_janet (with py_value when
    `results` is PY_CALLS)."""
    pargs, kwargs = _split_kwargs(args, conv)
    try:
        r = f(*pargs, **kwargs) if kwargs else f(*pargs)
    except JanetError as e:
        raise _into_janet(e)
    except Exception as ex:  # noqa: BLE001 - a Python error is a Janet error
        raise python_error(ex) from None
    if results is PY_CALLS:
        return py_value(r)
    return to_janet(r, results)


def python_callback(f, conv=None):
    """A Janet cfunction calling Python callable `f` (what `define` and the
    conversion of a callback's results make of Python functions).  Its
    arguments convert with `conv` (the current session's when None), its
    result with to_janet.  Its frame in stack traces names the function and
    where Python defines it."""
    if conv is None:
        conv = current_session().conversion

    def cfun(*args):
        return call_python(f, args, conv, conv)
    name = getattr(f, "__name__", None) or type(f).__name__
    code = getattr(f, "__code__", None)
    source = code.co_filename if code is not None else "python"
    line = code.co_firstlineno if code is not None else -1
    cfun.janet = rt.CFunInfo(name, 0, -1, source, False, line, -1)
    cfun.python_function = f
    cfun.__name__ = name
    return cfun


# --------------------------------------------------------------------------
# Sessions: running Janet code for an embedder

WORKER = Worker()


class Session:
    """What Janet code runs with: its environment, conversion and Python
    policy.  `run(fn)` runs fn() on the interpreter thread in this session and
    turns what escapes into the exceptions an embedder sees (`public_error`)."""

    depth = 0           # runs in progress (an eval from a callback nests)
    stack = []          # the sessions running, innermost last

    def __init__(self, env=None, conversion=SESSION_DEFAULT, policy=None, worker=WORKER):
        self.env = env
        self.conversion = conversion
        self.policy = policy if policy is not None else PythonPolicy()
        self.worker = worker     # None: run on the calling thread (the CLI's)

    def run(self, fn, loop=False, guard=None):
        """fn() (then the event loop when `loop`), inside guard(body) when given
        (the embedding API's sandbox and time limit, pyjanet/limits.py)."""
        def body():
            return self._run(fn, loop)
        work = body if guard is None else (lambda: guard(body))
        if self.worker is None:
            return work()
        return self.worker.run(work)

    def _run(self, fn, loop):
        fiber = rt.STATE.fiber
        old = fiber.env if fiber is not None else None
        if fiber is not None and self.env is not None:
            fiber.env = self.env
        Session.depth += 1
        Session.stack.append(self)
        try:
            result = fn()
            if loop and Session.depth == 1:
                # like the reference's janet_dostring: tasks the code started
                # (ev/spawn, servers) run to completion before it returns
                evloop.run()
            return result
        except BaseException as e:  # noqa: B902 - sorted out by public_error
            pe = public_error(e, self.conversion)
            if pe is e:
                raise
            raise pe from None
        finally:
            Session.stack.pop()
            Session.depth -= 1
            if fiber is not None:
                fiber.env = old
            if Session.depth == 0:
                # Janet's output is buffered apart from Python's: flush it so
                # that the two appear in the order they were written
                jio = sys.modules.get("pyjanet.lib.io")
                if jio is not None:
                    jio.STDOUT.flush()
                    jio.STDERR.flush()


# What code run by the command line works with: its interpreter thread is the
# CLI's own, so Janet functions Python code calls back run right there.
CLI_SESSION = Session(worker=None)


def current_session():
    s = Session.stack
    return s[-1] if s else CLI_SESSION


def public_error(e, conv):
    """The exception an embedder sees for exception `e` leaving Janet code:
    the original Python exception a callback raised (with the Janet stack in
    a note and `janet_trace`), or a JanetError / ParseError / CompileError
    with `value` converted, `trace` frames and no internal object."""
    if isinstance(e, JanetError):
        if getattr(e, "public", False):
            return e
        orig = getattr(e, "py_exc", None)
        if orig is not None:
            trace = _frames(e.trace)
            orig.janet_trace = trace
            if trace and hasattr(orig, "add_note"):
                orig.add_note("Janet stack:\n" + "\n".join(format_frame(f) for f in trace))
            return orig
        sig = getattr(e, "signal", fib.SIG_ERROR)
        msg = _message(e.value)
        if isinstance(e, ParseError):
            pe = ParseError(e.value, e.source, e.line, e.column)
        elif isinstance(e, CompileError):
            pe = CompileError(e.value, e.source, e.line, e.column)
        else:
            pe = JanetError(None)
            if sig != fib.SIG_ERROR:
                # a yield or user signal that nothing caught
                msg = "%s: %s" % (fib.STATUS_NAMES[sig], msg)
        pe.value = _public_value(e.value, conv)
        pe.message = msg
        pe.trace = _frames(e.trace)
        pe.signal = fib.STATUS_NAMES[sig] if sig != fib.SIG_ERROR else "error"
        pe.public = True
        return pe
    if isinstance(e, RecursionError):
        return public_error(JanetError(b"stack overflow"), conv)
    if isinstance(e, Exception):
        return public_error(internal_error(e), conv)
    return e            # KeyboardInterrupt, SystemExit: the host's own


def _public_value(v, conv):
    try:
        return to_python(v, conv)
    except Exception:  # noqa: BLE001 - an error value is never worth a crash
        return None


def _message(v):
    """str() of an error: a string's text, any other value as Janet prints it
    with %q (a struct shows its contents, not its address)."""
    c = v.__class__
    if c is bytes or c is Buffer or c is Keyword or c is Symbol or c is str:
        return error_message(v)
    try:
        return format_message("%q", v).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - fall back on the plain form
        return error_message(v)


def _frames(trace):
    out = []
    for f in trace:
        g = Frame(f.name, f.source, f.line, f.column, f.cfun)
        g.tail = f.tail
        out.append(g)
    return out


def eval_source(src, env, name):
    """Run every form of `src` like the reference's janet_dostring: each form
    is compiled and run before the next is read, and a parse error comes
    after the forms before it have run.  Returns the last value."""
    items, err = read_program(src, name)
    last = None
    for form, _line, _col in items:
        last = compile_form(form, env, name)()
    if err is not None:
        raise err
    return last


_KW_REF = kw("ref")
_KW_VALUE = kw("value")


def lookup(env, name):
    """The value bound to `name` in env (a def or a var), or raise."""
    entry = rt.get(env, Symbol(name))
    if entry is None:
        raise JanetError(("unknown symbol %s" % name).encode("utf-8", "surrogateescape"))
    ref = rt.get(entry, _KW_REF)
    if ref is not None:
        return ref[0]
    return rt.get(entry, _KW_VALUE)
