"""One module per Janet namespace; importing this package registers every builtin.

The modules correspond to the reference's src/core/*.c files of the same names
(core.py is corelib.c); prelude.py holds Python versions of functions the
reference writes in src/boot/boot.janet.
"""

from .. import ops  # noqa: F401  (operators register themselves)
from . import core, io, array, tuple, buffer, string, prelude, compile, fiber, module, os_, math  # noqa: F401
from . import parser, debug, eval, doc  # noqa: F401
from . import table, struct  # noqa: F401
from . import inttypes  # noqa: F401
from . import peg  # noqa: F401
from . import marsh  # noqa: F401
from . import ev  # noqa: F401
from . import os_process  # noqa: F401
from . import net  # noqa: F401
from . import py  # noqa: F401
