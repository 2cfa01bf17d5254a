"""pyjanet: the Janet programming language in Python.

Embedding API (docs/embedding.md has the whole story and the conversion table):

    from pyjanet import Janet
    j = Janet()
    j.eval("(+ 1 2)")                  # -> 3.0
    j.define("greet", lambda name: "hello " + name)
    j.eval('(string/ascii-upper (greet "bob"))')   # -> 'HELLO BOB'
    j.call("string/ascii-upper", "abc")            # -> 'ABC'
    j.run_file("script.janet")

Values convert both ways in pyjanet/boundary.py; Janet errors raise JanetError
(ParseError and CompileError with file, line and column); a Python exception
raised by a callback and not caught by Janet code comes back as itself.  All
Janet code runs on one interpreter thread with a big stack (pyjanet/bigthread.py),
whichever Python thread calls.
"""

import sys as _sys

# Start-up time matters for a command-line interpreter: keep our modules' byte
# code even where PYTHONDONTWRITEBYTECODE is set, so later runs skip compiling
# them (the cache lives in pyjanet/__pycache__ like any package's).
_sys.dont_write_bytecode = False

from .errors import JanetError, CompileError, ParseError  # noqa: E402
from .values import Keyword, Symbol, kw, sym  # noqa: E402
from .boundary import (Conversion, PythonPolicy, Session, JanetArray, JanetTable,  # noqa: E402
                       JanetStruct, JanetFunction, JanetFiber, WORKER,
                       default_attribute_filter, to_janet, to_python as _to_python,
                       deep_python, eval_source, lookup, python_callback, janet_args)
from . import limits  # noqa: E402

__all__ = ["Janet", "JanetError", "CompileError", "ParseError", "Keyword", "Symbol",
           "kw", "sym", "JanetArray", "JanetTable", "JanetStruct", "JanetFunction",
           "JanetFiber", "default_attribute_filter"]
__version__ = "0.1.0"


def _new_env():
    from .boot import root_env
    from .values import Table
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
        from . import runtime as rt

        def run():
            f = lookup(self.env, fn) if isinstance(fn, str) else to_janet(fn)
            return self._py(rt.call(f, *janet_args(args, kwargs)))
        return self._run(run, timeout=timeout)

    def define(self, name, value):
        """Bind `name` to `value` (converted) in this session, like a top-level
        `def`.  A Python function becomes a Janet cfunction (a callback)."""
        from .values import Table

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
