"""asm and disasm: the reference's bytecode assembler and disassembler.

Corresponds to the reference's src/core/asm.c.  pyjanet compiles Janet to
Python closures (compiler.py), not to the reference's bytecode, so there is
no instruction stream to show or to load:

* `disasm` answers with the reference's table shape, filled with what pyjanet
  knows of a function (its arity flags, name, source file, and the position of
  its `fn` form as the one source-map entry); `:bytecode`, `:constants`,
  `:defs`, `:environments` and `:symbolmap` are empty and `:slotcount` is 0.
* `asm` of a table `disasm` made (with its :bytecode still empty) gives a new
  function with the disassembled function's code; any other assembly fails,
  after the reference's argument checks, with a message saying that bytecode
  cannot run here.
"""

import types
import weakref

from ..values import Array, Table, Struct, kw, mk_tuple
from ..errors import panic, panicf
from ..runtime import builtin, is_closure
from ..compiler import realize_deferred
from .. import args as A
from .. import sandbox as SB

INT32_MAX = 2147483647.0

# the fields in the reference's order of insertion (janet_disasm)
_FIELDS = ("arity", "min-arity", "max-arity", "bytecode", "source", "vararg",
           "structarg", "namedargs", "name", "slotcount", "symbolmap", "constants",
           "sourcemap", "environments", "defs")
_FIELD_KWS = {kw(f): f for f in _FIELDS}


def _field(fd, name):
    """One disasm field of FuncDef fd; None when the reference leaves it out."""
    if name == "arity":
        return float(fd.arity)
    if name == "min-arity":
        return float(fd.min_arity)
    if name == "max-arity":
        return INT32_MAX if fd.max_arity < 0 else float(fd.max_arity)
    if name == "vararg":
        return bool(fd.vararg)
    if name == "structarg":
        return bool(fd.structarg)
    if name == "namedargs":
        return float(len(fd.named_keys)) if fd.namedarg else None
    if name == "name":
        return fd.name.encode() if isinstance(fd.name, str) and fd.name else (
            bytes(fd.name) if fd.name else None)
    if name == "source":
        src = fd.source
        if not src:
            return None
        return src.encode() if isinstance(src, str) else bytes(src)
    if name == "slotcount":
        return 0.0
    if name == "sourcemap":
        if fd.line is None or fd.line < 0:
            return Array()
        return Array([mk_tuple((float(fd.line), float(fd.column)))])
    return Array()      # bytecode, symbolmap, constants, environments, defs


@builtin("disasm", "(disasm func &opt field)",
         "Describes the Janet function `func` as a table in the shape of the "
         "reference's assembly (or just its `field`: :arity :min-arity :max-arity "
         ":vararg :structarg :namedargs :name :source :sourcemap :bytecode "
         ":constants :defs :environments :symbolmap :slotcount).  pyjanet runs "
         "functions as Python closures, not bytecode, so the instruction-level "
         "fields are empty and the source map holds only the position of the "
         "function's form.")
def disasm(func, field=None):
    SB.sandbox_assert(SB.SANDBOX_ASM)
    if not is_closure(func):
        A.panic_type(func, 0, "function")
    realize_deferred(func)      # (asm copies the code disasm saw)
    fd = func.__doc__
    if field is not None:
        name = _FIELD_KWS.get(field)
        if name is None:
            panicf("unknown disasm key %v", field)
        return _field(fd, name)
    t = Table()
    for name in _FIELDS:
        v = _field(fd, name)
        if v is not None:
            t[kw(name)] = v
    _DISASSEMBLED[t] = func
    return t


# the tables disasm made -> the function each describes (for asm)
_DISASSEMBLED = weakref.WeakKeyDictionary()
KW_BYTECODE = kw("bytecode")


@builtin("asm", "(asm assembly)",
         "Builds a function from assembly (a table or struct like `disasm` "
         "gives).  pyjanet has no bytecode machine: a table made by `disasm`, its "
         ":bytecode left empty, gives a new function with the code of the function "
         "it describes; other assembly raises an error.")
def asm(assembly):
    SB.sandbox_assert(SB.SANDBOX_ASM)
    if assembly.__class__ is not Table and assembly.__class__ is not Struct:
        panic("expected struct or table for assembly source, instruction 0")
    f = _DISASSEMBLED.get(assembly) if assembly.__class__ is Table else None
    code = assembly.get(KW_BYTECODE)
    if f is not None and code.__class__ is Array and not code:
        g = types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__,
                               f.__closure__)
        g.__kwdefaults__ = f.__kwdefaults__
        g.__dict__.update(f.__dict__)
        g.__doc__ = f.__doc__
        return g
    panic("asm is not supported: pyjanet runs Python closures, not the "
          "reference's bytecode")
