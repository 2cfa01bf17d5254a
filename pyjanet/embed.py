"""The embedding API's interpreter session, `Janet` (docs/embedding.md).

pyjanet/__init__.py exports it with the names below; this module is its home
so that the package itself imports nothing heavy: the command line, which does
not use it, starts without it (docs/architecture.md, "Start-up").  It
corresponds to the reference's janet.h C API.
"""

from .errors import JanetError, CompileError, ParseError
from .values import Keyword, Symbol, kw, sym
from .boundary import (Conversion, PythonPolicy, Session, JanetArray, JanetTable,
                       JanetStruct, JanetFunction, JanetFiber, WORKER,
                       default_attribute_filter, to_janet, to_python as _to_python,
                       deep_python, eval_source, lookup, python_callback, janet_args)
from .values import Table
from . import limits
from . import runtime as rt
from .boot import root_env


def _new_env():
    env = Table()
    env.proto = root_env()
    return env


class Janet:
    """An interpreter session with its own environment (over the shared core).

    strings           "str" (default) or "bytes": how Janet strings come back
    ints              True: integral numbers come back as int (default float)
    sandbox           capabilities its scripts are denied (docs/embedding.md,
                      "Sandboxing untrusted scripts"; pyjanet/limits.py)
    python            False: the py/ namespace refuses to work
    python_modules    None (any) or the modules py/import may import
    attribute_filter  f(obj, name, setting) -> bool deciding which attributes
                      of Python objects Janet code may read or set (default:
                      no __dunder__ names, no frame/code/globals attributes)
    """

    def __init__(self, *, strings="str", ints=False, python=True, python_modules=None,
                 attribute_filter=None, sandbox=None):
        self._sandbox = limits.new_domain(sandbox)
        self.conversion = Conversion(strings, ints)
        self.policy = PythonPolicy(python, python_modules, attribute_filter)
        self.env = WORKER.run(_new_env)
        self._session = Session(self.env, self.conversion, self.policy)

    def _run(self, fn, loop=False, timeout=None):
        # on the interpreter thread, under the session's sandbox and within
        # `timeout` seconds (the event loop's run included)
        return self._session.run(fn, loop,
                                 guard=lambda body: limits.run(self._sandbox, timeout, body))

    def _py(self, x):
        return _to_python(x, self.conversion)

    def eval(self, source, name="<embed>", *, timeout=None):
        """Evaluate every form of `source` (str or bytes), then run the event
        loop until the tasks it started are done; return the last value."""
        if isinstance(source, str):
            source = source.encode("utf-8", "surrogateescape")
        return self._run(lambda: self._py(eval_source(source, self.env, name)), loop=True,
                         timeout=timeout)

    def run_file(self, path, *, timeout=None):
        """Evaluate a .janet file in this session's environment (then run the
        event loop, as `eval` does); return the last value."""
        with open(path, "rb") as f:
            src = f.read()
        return self._run(lambda: self._py(eval_source(src, self.env, str(path))), loop=True,
                         timeout=timeout)

    def call(self, fn, *args, timeout=None, **kwargs):
        """Call a Janet function, given by name or as a value, with Python
        arguments (keyword arguments go to `&named` / `&keys` parameters)."""
        def run():
            f = lookup(self.env, fn) if isinstance(fn, str) else to_janet(fn)
            return self._py(rt.call(f, *janet_args(args, kwargs)))
        return self._run(run, timeout=timeout)

    def define(self, name, value):
        """Bind `name` to `value` (converted) in this session, like a top-level
        `def`.  A Python function becomes a Janet cfunction (a callback)."""
        def run():
            entry = Table()
            entry[kw("value")] = to_janet(value)
            doc = getattr(value, "__doc__", None) if callable(value) else None
            if isinstance(doc, str):
                # (doc name) shows a Python function's docstring
                entry[kw("doc")] = doc.encode("utf-8", "surrogateescape")
            self.env[sym(name)] = entry
        self._run(run)

    def get(self, name):
        """The value bound to `name` in this session, converted to Python."""
        return self._run(lambda: self._py(lookup(self.env, name)))

    def to_python(self, value, deep=False):
        """Convert a Janet value with this session's options (deeply: lists
        and dicts instead of views)."""
        if deep:
            return deep_python(value, self.conversion)
        return self._py(value)

    def callback(self, f):
        """`f` as a Janet cfunction with this session's conversion (what
        `define` makes of a function); usable as a decorator."""
        return python_callback(f, self.conversion)
