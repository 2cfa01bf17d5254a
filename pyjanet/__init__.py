"""pyjanet: the Janet programming language in Python.

Embedding API:

    from pyjanet import Janet
    j = Janet()
    j.eval("(+ 1 2)")                 # -> 3.0
    j.define("greeting", b"hello")    # a global visible to later code
    j.eval('(string greeting " world")')
    j.call("string/upcase", b"abc")   # call any Janet function by name
    j.run_file("script.janet")

Values cross the boundary as Janet represents them in Python (see
pyjanet/values.py): numbers are floats, strings are bytes, keywords and symbols
are pyjanet.values.Keyword / Symbol, arrays are lists, tables are dicts.
Janet errors raise JanetError.
"""

import sys as _sys

# Start-up time matters for a command-line interpreter: keep our modules' byte
# code even where PYTHONDONTWRITEBYTECODE is set, so later runs skip compiling
# them (the cache lives in pyjanet/__pycache__ like any package's).
_sys.dont_write_bytecode = False

from .errors import JanetError, CompileError, ParseError  # noqa: E402

__all__ = ["Janet", "JanetError", "CompileError", "ParseError"]
__version__ = "0.1.0"


class Janet:
    """An interpreter session with its own environment (over the shared core)."""

    def __init__(self):
        import sys
        from .boot import root_env
        from .values import Table
        if sys.getrecursionlimit() < 20000:
            sys.setrecursionlimit(20000)
        self.env = Table()
        self.env.proto = root_env()

    def _run(self, fn):
        from . import runtime as rt
        fiber = rt.STATE.fiber
        old = fiber.env
        fiber.env = self.env
        try:
            return fn()
        except RecursionError:
            raise JanetError(b"stack overflow")
        finally:
            fiber.env = old

    def eval(self, source, name="<embed>"):
        """Evaluate every form of `source` (str or bytes); return the last value."""
        from .context import eval_string
        if isinstance(source, str):
            source = source.encode("utf-8")
        return self._run(lambda: eval_string(source, self.env, name))

    def run_file(self, path):
        """Evaluate a .janet file in this session's environment."""
        from .context import eval_string
        with open(path, "rb") as f:
            src = f.read()
        return self._run(lambda: eval_string(src, self.env, str(path)))

    def call(self, name, *args):
        """Call the Janet function bound to `name` with Python-side arguments."""
        from . import runtime as rt
        from .values import sym, kw
        entry = rt.get(self.env, sym(name))
        if entry is None:
            raise JanetError(("unknown symbol %s" % name).encode())
        f = rt.get(entry, kw("value"))
        if f is None:
            ref = rt.get(entry, kw("ref"))
            f = ref[0] if ref else None
        return self._run(lambda: rt.call(f, *[_to_janet(a) for a in args]))

    def define(self, name, value):
        """Bind `name` to `value` in this session, like a top-level `def`."""
        from .values import sym, kw, Table
        entry = Table()
        entry[kw("value")] = _to_janet(value)
        self.env[sym(name)] = entry


def _to_janet(v):
    """Convert plain Python values to Janet values (ints to floats, str to bytes)."""
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return float(v)
    if isinstance(v, str):
        return v.encode("utf-8")
    if isinstance(v, list):
        from .values import Array
        return Array(_to_janet(x) for x in v)
    if isinstance(v, dict) and type(v) is dict:
        from .values import Table, table_key
        t = Table()
        for k, x in v.items():
            t[table_key(_to_janet(k))] = _to_janet(x)
        return t
    return v
