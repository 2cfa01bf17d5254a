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

from . import lazy  # noqa: E402

__all__ = ["Janet", "JanetError", "CompileError", "ParseError", "Keyword", "Symbol",
           "kw", "sym", "JanetArray", "JanetTable", "JanetStruct", "JanetFunction",
           "JanetFiber", "default_attribute_filter"]
__version__ = "0.1.0"

# The embedding API lives in pyjanet/embed.py and is imported when one of
# these names is first read (`from pyjanet import Janet`), so that the command
# line, which uses none of it, does not load it (docs/architecture.md,
# "Start-up").
__getattr__ = lazy.exports("pyjanet.embed", __all__, globals())
