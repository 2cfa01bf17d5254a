"""The interactive REPL (minimal version: reads forms from stdin).

Corresponds to the reference's `repl` in src/boot/boot.janet and the getline
editor of src/mainclient/shell.c.  The full prompt_toolkit REPL replaces this.
"""

import sys


def run_repl(quiet=False, raw=False, color=None, env=None):
    from . import runtime as rt
    from .boot import root_env
    from .values import Table
    from .context import report_error, report_compile_error
    from .errors import JanetError, CompileError
    from .reader import read_program
    from .compiler import compile_form
    from .printer import pretty
    from .lib.io import STDOUT
    if env is None:
        env = Table()
        env.proto = root_env()
    if not quiet:
        from .__main__ import VERSION, BUILD
        STDOUT.write(("Janet %s-%s linux/x64/python - '(doc)' for help\n" % (VERSION, BUILD)).encode())
    src = sys.stdin.buffer.read()
    items, perr = read_program(src, "repl")
    rt.STATE.fiber.env = env
    for form, _l, _c in items:
        try:
            v = compile_form(form, env, "repl")()
            STDOUT.write(pretty(v, oneline=True) + b"\n")
        except CompileError as e:
            report_compile_error(e)
        except JanetError as e:
            report_error(e)
    if perr is not None:
        from .context import err_write
        err_write(perr.headline() + "\n")
    return 0
