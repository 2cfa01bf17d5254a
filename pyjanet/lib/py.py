"""The `py/` namespace: Python modules and objects from Janet code.

pyjanet's own namespace (the reference has no counterpart: its nearest
relative is `ffi/*`).  A Python object reached from Janet is an abstract value
of type :python that prints as `<python TYPE ...>`; `get`, `in`, calls, method
calls `(:name obj ...)`, `length`, `each` and `map` work on it
(boundary.PyObject).  Values cross as boundary.py converts them: plain data
(numbers, strings, lists, tuples, dicts) becomes Janet data, anything else
stays a Python object.

Every function here asks the sandbox first (`sandbox_assert(SANDBOX_PYTHON)`),
then the session's policy: an embedder can switch py/ off, limit the modules
`py/import` reaches and filter attributes (docs/embedding.md).
"""

import importlib

from ..runtime import builtin, current_env
from ..values import Keyword, Symbol, Table, kw, sym
from ..errors import JanetError
from ..boundary import (PyObject, PyKwargs, PY_CALLS, check_python, current_session,
                        py_value, to_python, call_python, get_attribute, set_attribute,
                        python_error)

SRC = "pyjanet/lib/py.py"
KW_VALUE = kw("value")
KW_DOC = kw("doc")


def _enter():
    check_python()
    current_session().policy.check_enabled()


def _obj(x, what="python object"):
    """The Python object behind a Janet value given to py/ (a cfunction made
    from a Python function gives that function back)."""
    if x.__class__ is PyObject:
        return x.obj
    f = getattr(x, "python_function", None)
    if f is not None:
        return f
    raise JanetError(b"expected python object, got " + _describe(x))


def _describe(x):
    from ..printer import describe
    return describe(x)


def _name(x):
    c = x.__class__
    if c is Keyword or c is Symbol:
        return x.name
    if c is bytes:
        return x.decode("utf-8", "surrogateescape")
    raise JanetError(b"expected keyword, symbol or string, got " + _describe(x))


@builtin("py/import", "(py/import name)",
         "Import the Python module `name` (a string such as \"json\" or "
         "\"os.path\") and return it as a Python object.  The embedder's "
         "allow-list decides which modules may be imported.", source=SRC)
def py_import(name):
    _enter()
    n = _name(name)
    policy = current_session().policy
    policy.check_module(n)
    try:
        m = importlib.import_module(n)
    except Exception as ex:  # noqa: BLE001 - ModuleNotFoundError & co. as Janet errors
        raise python_error(ex) from None
    # (the name asked for was checked: os.path is allowed with "os", though
    # the module itself is called posixpath)
    return PyObject(m)


@builtin("py/use", "(py/use name &opt prefix)",
         "Import the Python module `name` like `py/import`, and bind each of "
         "its public attributes (names not starting with _) that the attribute "
         "filter allows as `prefix/attr` in the current environment, as "
         "`import` does for Janet modules.  `prefix` defaults to the last part "
         "of the module name: after `(py/use \"os.path\")`, `(path/join \"a\" "
         "\"b\")` calls os.path.join.  Bindings get the attribute's Python "
         "docstring as their doc.  Returns the module.", source=SRC)
def py_use(name, prefix=None):
    mod = py_import(name)
    m = mod.obj
    pre = _name(prefix) if prefix is not None else _name(name).rsplit(".", 1)[-1]
    policy = current_session().policy
    env = current_env()
    for attr in dir(m):
        if attr.startswith("_") or not policy.attribute_filter(m, attr, False):
            continue
        try:
            v = get_attribute(m, attr)
        except JanetError:
            continue        # a module outside the allow-list, a failing property
        entry = Table()
        entry[KW_VALUE] = v
        doc = getattr(getattr(m, attr, None), "__doc__", None)
        if isinstance(doc, str) and not isinstance(getattr(m, attr, None), (int, float, str)):
            entry[KW_DOC] = doc.encode("utf-8", "surrogateescape")
        env[sym(pre + "/" + attr)] = entry
    return mod


@builtin("py/get", "(py/get obj name &opt dflt)",
         "The attribute `name` (keyword, symbol or string) of Python object "
         "`obj`, converted to a Janet value; `dflt` (or nil) when it has none.",
         source=SRC)
def py_get(obj, name, dflt=None):
    _enter()
    v = get_attribute(_obj(obj), _name(name), missing=dflt)
    return v


@builtin("py/set", "(py/set obj name value)",
         "Set the attribute `name` of Python object `obj` to `value` (converted "
         "to Python); returns `obj`.", source=SRC)
def py_set(obj, name, value):
    _enter()
    set_attribute(_obj(obj), _name(name), to_python(value, PY_CALLS))
    return obj


@builtin("py/call", "(py/call f & args)",
         "Call the Python callable `f` with `args` converted to Python (strings "
         "become str, integral numbers int, keywords str, arrays lists, tables "
         "and structs dicts).  A last argument made by `py/kw` gives keyword "
         "arguments.  Returns the result converted to Janet.", source=SRC)
def py_call(f, *args):
    _enter()
    return call_python(_obj(f), args)


@builtin("py/kw", "(py/kw & keys-and-values)",
         "Keyword arguments for a Python call: `(py/kw :indent 2 :sort_keys true)` "
         "as the last argument of a call passes indent=2, sort_keys=True.",
         source=SRC)
def py_kw(*kvs):
    _enter()
    if len(kvs) % 2:
        raise JanetError(b"expected an even number of arguments to py/kw")
    d = {}
    for i in range(0, len(kvs), 2):
        d[_name(kvs[i])] = to_python(kvs[i + 1], PY_CALLS)
    return PyKwargs(d)


@builtin("py/str", "(py/str obj)",
         "The Python `str` of `obj` as a Janet string.", source=SRC)
def py_str(obj):
    _enter()
    try:
        return str(_py(obj)).encode("utf-8", "surrogateescape")
    except Exception as ex:  # noqa: BLE001 - a broken __str__ as a Janet error
        raise python_error(ex) from None


@builtin("py/repr", "(py/repr obj)",
         "The Python `repr` of `obj` as a Janet string.", source=SRC)
def py_repr(obj):
    _enter()
    try:
        return repr(_py(obj)).encode("utf-8", "surrogateescape")
    except Exception as ex:  # noqa: BLE001 - a broken __repr__ as a Janet error
        raise python_error(ex) from None


@builtin("py/type", "(py/type obj)",
         "The name of the Python type of `obj` (any value, converted to Python) "
         "as a string.", source=SRC)
def py_type(obj):
    _enter()
    return type(_py(obj)).__name__.encode("utf-8", "surrogateescape")


@builtin("py/object?", "(py/object? x)",
         "True when `x` is a Python object (type :python).", source=SRC)
def py_objectp(x):
    _enter()
    return x.__class__ is PyObject


@builtin("py/list", "(py/list obj)",
         "Iterate the Python iterable `obj` to its end and return its items as "
         "a Janet array.", source=SRC)
def py_list(obj):
    _enter()
    return call_python(list, (obj,))


@builtin("py/dir", "(py/dir obj)",
         "The names of the attributes of Python object `obj` that the "
         "session's attribute filter lets Janet code reach, as an array of "
         "strings.", source=SRC)
def py_dir(obj):
    _enter()
    o = _obj(obj)
    flt = current_session().policy.attribute_filter
    return py_value([n for n in dir(o) if flt(o, n, False)])


@builtin("py/fn", "(py/fn f)",
         "The Janet function `f` as a Python object, for Python code that wants "
         "a callable (a callback argument is converted this way anyway).",
         source=SRC)
def py_fn(f):
    _enter()
    return py_value(to_python(f, PY_CALLS))


def _py(x):
    if x.__class__ is PyObject:
        return x.obj
    return to_python(x, PY_CALLS)

