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

    def __init__(self, *, sandbox=None):
        import sys
        from .boot import root_env
        from .values import Table
        from . import limits
        if sys.getrecursionlimit() < 20000:
            sys.setrecursionlimit(20000)
        self.env = Table()
        self.env.proto = root_env()
        # the capabilities its scripts are denied (docs/embedding.md,
        # "Sandboxing untrusted scripts"; pyjanet/limits.py)
        self._sandbox = limits.new_domain(sandbox)

    _depth = 0      # calls into Janet in progress (an eval from a callback nests)

    def _run(self, fn, loop=False, timeout=None):
        # under the session's sandbox and within `timeout` seconds
        from . import limits
        return limits.run(self._sandbox, timeout, lambda: self._run_body(fn, loop))

    def _run_body(self, fn, loop):
        from . import runtime as rt
        fiber = rt.STATE.fiber
        old = fiber.env
        fiber.env = self.env
        Janet._depth += 1
        try:
            result = fn()
            if loop and Janet._depth == 1:
                # like the reference's janet_dostring: tasks the code started
                # (ev/spawn, servers) run to completion before it returns (no
                # task can exist unless the loop's module was imported)
                evloop = _sys.modules.get("pyjanet.evloop")
                if evloop is not None:
                    evloop.run()
            return result
        except RecursionError:
            raise JanetError(b"stack overflow")
        finally:
            Janet._depth -= 1
            fiber.env = old
            if Janet._depth == 0:
                # Janet's output is buffered apart from Python's: flush it so
                # that the two appear in the order they were written
                from .lib.io import STDOUT, STDERR
                STDOUT.flush()
                STDERR.flush()

    def eval(self, source, name="<embed>", *, timeout=None):
        """Evaluate every form of `source` (str or bytes), then run the event
        loop until the tasks it started are done; return the last value.
        With `timeout` (seconds), a script still running then is stopped."""
        from .context import eval_string
        if isinstance(source, str):
            source = source.encode("utf-8")
        return self._run(lambda: eval_string(source, self.env, name), loop=True,
                         timeout=timeout)

    def run_file(self, path, *, timeout=None):
        """Evaluate a .janet file in this session's environment (then run the
        event loop, as `eval` does)."""
        from .context import eval_string
        with open(path, "rb") as f:
            src = f.read()
        return self._run(lambda: eval_string(src, self.env, str(path)), loop=True,
                         timeout=timeout)

    def call(self, name, *args, timeout=None):
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
        return self._run(lambda: rt.call(f, *[_to_janet(a) for a in args]), timeout=timeout)

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
