"""One module per Janet namespace; importing this package registers the builtins.

The modules correspond to the reference's src/core/*.c files of the same names
(core.py is corelib.c); prelude.py holds Python versions of functions the
reference writes in src/boot/boot.janet.

The namespaces in LAZY are not imported here: most programs never use them,
and importing them (with the standard-library modules they need: socket,
subprocess, select...) is a good part of pyjanet's start.  boot.py imports them
when it builds the root environment from scratch and otherwise binds stand-ins
for their builtins that load them on first use (pyjanet/lazy.py).
`import_all()` imports them now.
"""

import sys

from .. import lazy
from .. import ops  # noqa: F401  (operators register themselves)
from . import core, io, array, tuple, buffer, string, prelude, compile, fiber, module, math  # noqa: F401
from . import parser, debug, eval, doc  # noqa: F401
from . import table, struct  # noqa: F401
from . import inttypes  # noqa: F401
# (debugger defines debugger-env, a table, which no stand-in can be: it and
# the asm it uses load at start)
from . import asm, debugger  # noqa: F401

# Loaded on first use, in this order when loaded together (the order in which
# their builtins appear in the registry and the root environment).
LAZY = ("ev", "os_process", "net", "bundle", "filewatch", "py", "peg", "ffi", "marsh", "os_")


def import_all():
    """Import the LAZY namespaces (running any that are pending)."""
    for name in LAZY:
        full = __name__ + "." + name
        __import__(full)
        lazy.run_namespace(sys.modules[full])     # a pending one runs now
