"""Calling, tail calls, data access, dynamic bindings and the builtin registry.

Corresponds to the reference's src/core/vm.c (calls, method calls, arity errors),
value.c (get/in/put/next/length), capi.c (argument-count errors) and the
JANET_CORE_FN registration tables spread over src/core/*.c.

Calling convention (see docs/architecture.md):

* A Janet closure is a plain Python function.  Calling it may return a `TailCall`
  (when its body ended in a call in tail position) or, for self tail calls inside
  the closure itself, never escapes.  Whoever calls a Janet function from Python
  must resolve tail calls: use `call(f, *args)`; compiled call nodes inline the
  same check.
* Builtins are Python functions registered with `@builtin`; they never return a
  TailCall.
* Errors are JanetError; call sites add stack-trace frames as the error passes.
"""

import types

from . import lazy
from .values import (Symbol, Keyword, Buffer, Array, Tuple, Struct, Table, Abstract,
                     FuncDef, table_key, from_key, kw, sym)
from .errors import JanetError, Frame, internal_error, panicf, panic
from .sandbox import checked_before_arity
from .hashing import next_after_missing

__all__ = ["TailCall", "resolve", "call", "builtin", "define", "REGISTRY", "Site",
           "add_frame", "call_fallback", "call_nonfn", "get", "in_", "put",
           "next_key", "length", "dyn", "setdyn", "STATE", "fn_info", "is_function",
           "is_closure", "Break"]


# --------------------------------------------------------------------------
# Tail calls

class TailCall:
    """A pending call returned from tail position; the caller runs it.

    `site` is where the tail call was made: an error raised while entering the
    callee (wrong arity, not callable) still shows that caller's frame."""
    __slots__ = ("fn", "args", "site", "looped")

    def __init__(self, fn, args, site=None):
        self.fn = fn
        self.args = args
        self.site = site
        # made by a function after it tail-called itself (so it was entered
        # by a tail call, which its frame shows if this call fails to enter)
        self.looped = False


def looped_tail(looped, r):
    """r, the value of a function that may have tail-called itself."""
    if looped and r.__class__ is TailCall:
        r.looped = True
    return r


class Break(BaseException):
    """Unwinds to the enclosing `while` loop or function for `(break value)`."""
    __slots__ = ("value",)

    def __init__(self, value=None):
        self.value = value


class FiberReturn(BaseException):
    """Ends the running fiber as if its function had returned `value`: what
    `propagate` of a value from a dead fiber does (the reference's VM then
    returns with status :ok from wherever it is).  A nested janet_call
    (`ccall`) is such a VM too, so it ends there."""
    __slots__ = ("value",)

    def __init__(self, value=None):
        self.value = value


def _invoke(fn, args):
    n = len(args)
    if n == 0:
        return fn()
    if n == 1:
        return fn(args[0])
    if n == 2:
        return fn(args[0], args[1])
    if n == 3:
        return fn(args[0], args[1], args[2])
    return fn(*args)


def resolve(tc):
    """Run a TailCall chain to completion in constant Python stack."""
    # whether the function that made `tc` was itself entered by a tail call
    # (by this loop), which its frame says when the call it made fails
    entered_by_tail = tc.looped
    while True:
        fn = tc.fn
        args = tc.args
        try:
            r = _invoke(fn, args)
        except JanetError as e:
            if fn.__class__ in _DATA_CALLABLES:
                # calling data failed (`(@[1] 1 2)`): no call was made, so the
                # error is the calling function's, at the call
                if tc.site is not None:
                    e.trace.append(_site_frame(tc.site, entered_by_tail))
            else:
                _mark_tail(e, fn)
            raise
        except TypeError as e:
            if e.__traceback__.tb_next is not None and not _is_arity_error(e, fn):
                raise internal_error(e)
            try:
                r = call_fallback(fn, args, e)
            except JanetError as je:
                if tc.site is not None:
                    je.trace.append(_site_frame(tc.site, entered_by_tail))
                raise
        if r.__class__ is not TailCall:
            return r
        tc = r
        entered_by_tail = True


def _site_frame(site, tail):
    fr = site.frame()
    if tail:
        fr.tail = True
    return fr


def call(fn, *args):
    """Call any Janet callable from Python, resolving tail calls."""
    try:
        r = _invoke(fn, args)
    except TypeError as e:
        if e.__traceback__.tb_next is not None and not _is_arity_error(e, fn):
            raise internal_error(e)
        r = call_fallback(fn, args, e, from_c=True)
    if r.__class__ is TailCall:
        r = resolve(r)
    return r


def ccall(fn, *args):
    """Call Janet code from a builtin the reference writes in C (its janet_call:
    printing to a function, PEG and replacement callbacks, operator methods).
    The reference runs such a call in a nested VM that cannot suspend, so a
    yield or await in it (in the same fiber) becomes an error; the count on the
    fiber lets fiber.signal do the same."""
    fib = STATE.fiber
    if fib is None:
        return call(fn, *args)
    fib.ccalls += 1
    STATE.ccalls += 1
    try:
        return call(fn, *args)
    except FiberReturn as r:
        return r.value
    finally:
        fib.ccalls -= 1
        STATE.ccalls -= 1


def c_method_invoke(m, args):
    """method_invoke from C (operator methods): a Janet method is a janet_call."""
    if m.__class__ is types.FunctionType and m.__doc__.__class__ is FuncDef:
        return ccall(m, *args)
    return method_invoke(m, args)


def call_vm(fn, args):
    """Call like the reference's call instruction (used by `apply`): arity errors
    read `<function f> called with 3 arguments, expected 2`."""
    try:
        r = _invoke(fn, args)
    except TypeError as e:
        if e.__traceback__.tb_next is not None and not _is_arity_error(e, fn):
            raise internal_error(e)
        r = call_fallback(fn, args, e)
    if r.__class__ is TailCall:
        r = resolve(r)
    return r


def _is_arity_error(e, fn):
    # A TypeError raised while binding arguments has no deeper traceback entry,
    # except when it comes through our own _invoke helper.
    tb = e.__traceback__.tb_next
    return tb is not None and tb.tb_next is None and tb.tb_frame.f_code is _invoke.__code__


_DATA_CALLABLES = frozenset([Array, Tuple, tuple, Table, Struct, Keyword, Symbol, Buffer, bytes])


def _mark_tail(e, fn):
    d = getattr(fn, "__doc__", None)
    if d.__class__ is FuncDef and getattr(fn, "janet", None) is None:
        if e.trace:
            e.trace[-1].tail = True
        else:
            f = Frame(d.name or "<anonymous>", d.source, d.line, d.column)
            f.tail = True
            e.trace.append(f)
    else:
        info = getattr(fn, "janet", None)
        if info is not None:
            if not info.noframe:
                f = Frame(info.name, info.source, info.line, info.column, cfun=True)
                f.tail = info.source == "boot.janet"
                e.trace.append(f)
            elif info.source == "boot.janet" and e.trace:
                # boot-level builtins that record their own frames
                e.trace[-1].tail = True
            else:
                f = asm_frame(e, fn, True)
                if f is not None:
                    e.trace.append(f)


# --------------------------------------------------------------------------
# Stack frames for errors

class Site:
    """Where a call or operator sits: enclosing function name, file, line, column.
    `inlined`: the reference's compiler turns the call made here into
    instructions (a call of `+` or `in` it specializes), so the callee has no
    frame of its own."""
    __slots__ = ("name", "source", "line", "column", "inlined")

    def __init__(self, name, source, line, column):
        self.name = name
        self.source = source
        self.line = line
        self.column = column
        self.inlined = False

    def frame(self):
        f = Frame(self.name, self.source, self.line, self.column)
        if self.name == "thunk":
            f.tail = True
        return f


# The builtins the reference writes in assembly (corelib.c's janet_quick_asm and
# templatize_varop): id(function) -> the pc of the instruction that fails in
# them.  Called as functions (through a variable, with a splice, by a function
# of boot.janet) they have a frame `in NAME pc=N`; called directly, the
# reference's compiler turns them into instructions (Site.inlined).
ASM_PC = {}
# by name, the pc of the instruction that fails in each: the varops' loop
# (templatize_varop), or the one instruction of the others (janet_quick_asm)
ASM_PCS = dict.fromkeys(("+", "-", "*", "/", "div", "%", "mod", "band", "bor", "bxor",
                         "blshift", "brshift", "brushift"), 14)
ASM_PCS.update(dict.fromkeys(("bnot", "cmp", "get", "in", "put", "next", "length",
                              "error"), 0))
# the pc of the varops' one-argument path (`(+ x)` is `0 + x` there), which an
# error records as its `asm_pc`; with more arguments the loop's instruction fails
ASM_PC_UNARY = 9


def asm_function(fn):
    """Record builtin `fn` as one the reference writes in assembly."""
    ASM_PC[id(fn)] = ASM_PCS[fn.janet.name]
    return fn


def asm_frame(e, fn, tail):
    """The frame of assembly builtin `fn`, which error `e` left; None for others."""
    pc = ASM_PC.get(id(fn))
    if pc is None:
        return None
    f = Frame(fn.janet.name, "")
    f.pc = getattr(e, "asm_pc", pc)
    f.tail = tail
    return f


def builtin_frame(info):
    """The stack frame of a builtin (its CFunInfo)."""
    return Frame(info.name, info.source, info.line, info.column, cfun=True)


def boot_frame(e, name, line, column, tail=False):
    """Append to error `e` the frame of boot.janet function `name` at the
    reference's position; returns e."""
    fr = Frame(name, "boot.janet", line, column)
    fr.tail = tail
    e.trace.append(fr)
    return e


def cfun_frame(e, name):
    """Append to error `e` the frame of the reference's C function `name`."""
    ref = ref_source(name)
    source, line = (ref[0], ref[1]) if ref is not None else ("", -1)
    e.trace.append(Frame(name, source, line, cfun=True))
    return e


def callback_error(e, callee):
    """Error `e` left `callee`, called back from a builtin written in Python
    where the reference's boot.janet calls it: record the frame the
    reference's call instruction would, when `callee` is a builtin too."""
    info = getattr(callee, "janet", None)
    if info is not None:
        if not info.noframe:
            e.trace.append(builtin_frame(info))
        else:
            f = asm_frame(e, callee, False)
            if f is not None:
                e.trace.append(f)
    return e


def add_frame(e, callee, site):
    """Record frames on error `e` that left `callee` at call site `site`."""
    tr = e.trace
    info = getattr(callee, "janet", None)
    if info is not None:
        # a builtin: it has no frames of its own, so show it (unless the
        # reference compiles it to an instruction, like `error`)
        if not info.noframe:
            tr.append(builtin_frame(info))
        elif not site.inlined:
            f = asm_frame(e, callee, False)
            if f is not None:
                tr.append(f)
    else:
        d = getattr(callee, "__doc__", None)
        if d.__class__ is FuncDef and not tr:
            tr.append(Frame(d.name or "<anonymous>", d.source, d.line, d.column))
    tr.append(site.frame())


def site_error(e, site):
    """Record the frame of an operator that failed at `site`."""
    e.trace.append(site.frame())
    return e


# --------------------------------------------------------------------------
# Function metadata and arity errors

_FUNCTION_TYPES = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.BuiltinMethodType)


def is_closure(x):
    return isinstance(x, types.FunctionType) and x.__doc__.__class__ is FuncDef


def is_function(x):
    """Janet function or cfunction.  (Data values like tables are Python-callable
    too -- `(t :k)` -- but they are not functions.)"""
    return isinstance(x, _FUNCTION_TYPES)


def fn_info(fn):
    """(name, min_arity, max_arity, is_closure) of a callable."""
    d = getattr(fn, "__doc__", None)
    if d.__class__ is FuncDef:
        return d
    return getattr(fn, "janet", None)


def _describe(x):
    from .printer import describe
    return describe(x).decode("utf-8", "replace")


def call_fallback(fn, args, exc, from_c=False):
    """A call raised TypeError before entering `fn`: arity error or not a function."""
    d = getattr(fn, "__doc__", None) if is_function(fn) else None
    n = len(args)
    if d.__class__ is FuncDef:
        from . import compiler
        if compiler._TRACED and id(fn.__code__) in compiler._TRACED:
            compiler.TRACE_HOOK(fn, args)     # the reference traces before checking arity
        if from_c:
            mn, mx = d.min_arity, d.max_arity
            if mn == mx:
                panicf("arity mismatch in %v, expected %d, got %d", fn, mn, n)
            if n < mn:
                panicf("arity mismatch in %v, expected at least %d, got %d", fn, mn, n)
            panicf("arity mismatch in %v, expected at most %d, got %d", fn, mx, n)
        panicf("%v called with %d argument%s, expected %d", fn, n, "" if n == 1 else "s", d.arity)
    info = getattr(fn, "janet", None) if is_function(fn) else None
    if info is not None:
        mn, mx = info.min_arity, info.max_arity
        if checked_before_arity(info.name):
            msg = "operation forbidden by sandbox"
        elif mn == mx:
            msg = "arity mismatch, expected %d, got %d" % (mn, n)
        elif n < mn:
            msg = "arity mismatch, expected at least %d, got %d" % (mn, n)
        elif mx >= 0 and n > mx:
            msg = "arity mismatch, expected at most %d, got %d" % (mx, n)
        else:
            raise internal_error(exc)
        e = JanetError(msg.encode())
        if not info.noframe:     # the builtin itself reports, so it has a frame
            e.trace.append(Frame(info.name or "<cfunction>", info.source, info.line,
                                 info.column, cfun=True))
        raise e
    if is_function(fn):
        raise internal_error(exc)
    return call_nonfn(fn, args)


def call_nonfn(callee, args):
    """Call a value that is not a function (the reference's janet_method_invoke)."""
    if callee.__class__ is Keyword:
        if not args:
            panicf("method call (%v) takes at least 1 argument, got 0", callee)
        own = getattr(args[0], "janet_method", None)
        if own is not None:
            # an abstract type with its own method calls (Python objects:
            # obj.name(...) takes no self argument)
            return own(callee, args[1:])
        m = get(args[0], callee)
        if m is None:
            panicf("unknown method %v invoked on %v", callee, args[0])
        try:
            # called like the VM calls it (arity errors read "called with")
            return call_vm(m, args)
        except JanetError as e:
            info = getattr(m, "janet", None)
            if info is not None and not info.noframe:
                # a method implemented in C (Python) has a frame of its own
                # (which an arity error has already)
                name = info.name or "<cfunction>"
                last = e.trace[-1] if e.trace else None
                if last is None or not (last.cfun and last.name == name):
                    e.trace.append(Frame(name, info.source, info.line, info.column, cfun=True))
            raise
    return method_invoke(callee, args)


def method_invoke(m, args):
    if is_function(m):
        return call(m, *args)
    # (a fiber is no abstract value in the reference: it is the key, not the
    # data structure, of the lookup below)
    is_abstract = isinstance(m, Abstract) and not getattr(m, "is_fiber", False)
    if is_abstract:
        c = getattr(m, "janet_call", None)
        if c is not None:
            return c(*args)
    n = len(args)
    c = m.__class__
    if c in _INDEXABLE or isinstance(m, tuple) or is_abstract:
        if n != 1:
            panicf("%v called with %d arguments, possibly expected 1", m, n)
        return in_(m, args[0])
    if n != 1:
        panicf("%v called with %d arguments, possibly expected 1", m, n)
    return in_(args[0], m)


_INDEXABLE = {bytes, Buffer, Table, Struct, Array, Tuple, tuple}


# --------------------------------------------------------------------------
# Data access: get / in / put / next / length

def _intkey(k):
    """k as a non-negative Python int if it is an integer-valued number, else None."""
    c = k.__class__
    if c is float:
        if k.is_integer() and 0 <= k < 2147483648.0:
            return int(k)
        return None
    if c is int and not isinstance(k, bool):
        return k if 0 <= k < 2147483648 else None
    return None


def table_get(t, k):
    """Table/struct lookup following prototypes (janet_table_get)."""
    k = table_key(k)
    while t is not None:
        v = t.get(k)
        if v is not None:
            return v
        t = t.proto
    return None


def get(ds, k, default=None):
    """The reference's janet_get: nil (or `default`) when absent or not indexable."""
    c = ds.__class__
    if c is Table or c is Struct:
        if k.__class__ is bool:
            k = table_key(k)
        v = ds.get(k)
        if v is None and ds.proto is not None:
            v = table_get(ds.proto, k)
    elif c is Array or c is tuple or c is Tuple:
        i = _intkey(k)
        v = ds[i] if i is not None and i < len(ds) else None
    elif c is bytes or c is Buffer:
        i = _intkey(k)
        v = float(ds[i]) if i is not None and i < len(ds) else None
    elif c is Symbol or c is Keyword:
        i = _intkey(k)
        b = ds.bname
        v = float(b[i]) if i is not None and i < len(b) else None
    elif isinstance(ds, Abstract):
        v = ds.janet_get(k)
    elif isinstance(ds, tuple):
        i = _intkey(k)
        v = ds[i] if i is not None and i < len(ds) else None
    else:
        v = None
    return default if v is None else v


def _type_index_name(ds):
    from .values import type_name
    return type_name(ds)


FIBER_CLASS = None       # fiber.Fiber (set there)


def in_(ds, k, default=None):
    """The reference's janet_in: like get but errors on a bad index."""
    c = ds.__class__
    if c is FIBER_CLASS and k.__class__ is float and k == 0.0:
        return ds.last_value      # (`each` over a generator)
    if c is Table or c is Struct:
        v = get(ds, k)
    elif c is Array or c is tuple or c is Tuple or isinstance(ds, tuple):
        i = _intkey(k)
        if i is None or i >= len(ds):
            panicf("expected integer key for %s in range [0, %d), got %v",
                   _type_index_name(ds), len(ds), k)
        v = ds[i]
    elif c is bytes or c is Buffer or c is Symbol or c is Keyword:
        b = ds.bname if (c is Symbol or c is Keyword) else ds
        i = _intkey(k)
        if i is None or i >= len(b):
            panicf("expected integer key for %s in range [0, %d), got %v",
                   _type_index_name(ds), len(b), k)
        v = float(b[i])
    elif isinstance(ds, Abstract):
        if getattr(ds, "is_fiber", False):
            if k.__class__ is float and k == 0.0:
                return ds.last_value
            panicf("expected key 0, got %v", k)
        if type(ds).janet_get is Abstract.janet_get and ds.methods is None:
            panicf("no getter for %v", ds)
        v = ds.janet_get(k)
        if v is None:
            panicf("key %v not found in %v ", k, ds)
    else:
        panicf("expected %T, got %v", _LENGTHABLE, ds)
    return default if v is None else v


_LENGTHABLE = ("string", "symbol", "keyword", "array", "tuple", "table", "struct", "buffer")


def put(ds, k, v):
    """The reference's janet_put; returns ds."""
    c = ds.__class__
    if c is Table:
        if k is None or (k.__class__ is float and k != k):
            return ds          # the reference ignores nil and NaN keys
        if v is None:
            ds.pop(table_key(k), None)
        else:
            ds[table_key(k)] = v
    elif c is Array:
        i = _intkey(k)
        if i is None or i >= 2147483646:
            panicf("expected integer key for %s in range [0, %d), got %v", "array", 2147483646, k)
        n = len(ds)
        if i < n:
            ds[i] = v
        elif i == n:
            ds.append(v)
        else:
            ds.extend([None] * (i - n))
            ds.append(v)
    elif c is Buffer:
        i = _intkey(k)
        if i is None or i >= 2147483646:
            panicf("expected integer key for %s in range [0, %d), got %v", "buffer", 2147483646, k)
        if not (v.__class__ is float and v.is_integer()):
            panicf("can only put integers in buffers, got %v", v)
        n = len(ds)
        if i >= n:
            ds.extend(bytes(i + 1 - n))
        ds[i] = int(v) & 0xFF
    elif isinstance(ds, Abstract) and hasattr(ds, "janet_put"):
        ds.janet_put(k, v)
    elif isinstance(ds, Abstract) and not getattr(ds, "is_fiber", False):
        panicf("no setter for %v ", ds)
    else:
        panicf("expected %T, got %v", ("array", "table", "buffer"), ds)
    return ds


def length(x):
    """`(length x)` as a float."""
    c = x.__class__
    if c is bytes or c is Array or c is tuple or c is Tuple or c is Buffer:
        return float(len(x))
    if c is Table or c is Struct:
        return float(len(x))
    if c is Symbol or c is Keyword:
        return float(len(x.bname))
    if isinstance(x, tuple):
        return float(len(x))
    if isinstance(x, Abstract) and not getattr(x, "is_fiber", False):
        n = getattr(x, "janet_length", None)
        if n is not None:
            return float(n())
        m = x.janet_get(_KW_LENGTH)
        if m is None:
            panicf("could not find method :length for %v", x)
        return call(m, x)
    panicf("expected %T, got %v", _LENGTHABLE, x)


_KW_LENGTH = kw("length")


class _KeyCache:
    """Snapshot of a dictionary's keys used to make `next` O(1) per step.
    It holds the dictionary itself: the cache is found by `id()`, and Python
    reuses the id of a freed table for the next one made."""
    __slots__ = ("keys", "index", "n", "ds")


_key_caches = {}


def next_key(ds, k):
    """The reference's janet_next."""
    c = ds.__class__
    if c is Table or c is Struct:
        n = len(ds)
        if n == 0:
            return None
        kc = _key_caches.get(id(ds))
        if kc is None or kc.ds is not ds or kc.n != n or kc.keys[0] not in ds:
            from .hashing import dict_order
            kc = _KeyCache()
            kc.ds = ds
            kc.keys = [table_key(k) for k, _ in dict_order(ds)]
            kc.index = {kk: i for i, kk in enumerate(kc.keys)}
            kc.n = n
            if len(_key_caches) > 64:
                _key_caches.clear()
            _key_caches[id(ds)] = kc
        if k is None:
            i = 0
        else:
            j = kc.index.get(table_key(k))
            if j is None:
                return next_after_missing(ds, k)
            i = j + 1
        while i < len(kc.keys):
            kk = kc.keys[i]
            if kk in ds:
                return from_key(kk)
            i += 1
        return None
    if c is Array or c is bytes or c is Buffer or isinstance(ds, tuple) or c is Symbol or c is Keyword:
        n = len(ds.bname) if (c is Symbol or c is Keyword) else len(ds)
        if k is None:
            i = 0
        elif k.__class__ is float and k.is_integer():
            i = int(k) + 1
        else:
            return None
        return float(i) if 0 <= i < n else None
    if isinstance(ds, Abstract):
        nx = getattr(ds, "janet_next", None)
        if nx is None:
            return None
        return nx(k)
    panicf("expected iterable type, got %v", ds)


# --------------------------------------------------------------------------
# Dynamic bindings and interpreter state

class State:
    """Per-interpreter mutable state (the reference's janet_vm): the running
    fiber, the root environment (whose module tables are the interpreter's
    own: see ev/thread), the gensym counter and math/random's generator.  The
    program's interpreter is STATE; an ev/thread starts with a new State
    (evloop.start_thread), set up by the on_new_vm hooks."""
    __slots__ = ("fiber", "root_env", "root_fiber", "gensym_counter", "compiler_env",
                 "ccalls", "rng")

    def __init__(self):
        self.ccalls = 0          # janet_calls in progress, all fibers (see ccall)
        self.fiber = None
        self.root_env = None
        self.root_fiber = None
        self.gensym_counter = 0
        self.rng = None
        for fn in _NEW_VM_HOOKS:
            fn(self)


# fn(state) for each slot a library keeps in State, giving a new interpreter
# its own object (lib/math.py: the default generator, seeded with 0 as
# janet_init seeds it)
_NEW_VM_HOOKS = []


def on_new_vm(fn):
    _NEW_VM_HOOKS.append(fn)
    fn(STATE)
    return fn


STATE = State()

# Process-wide state a fresh interpreter starts with (the default random seed,
# the gensym counter, the module cache...).  Modules register how to restore
# theirs; `reset_state` gives embedders and the test runner a clean slate, as a
# new `janet` process would have.
_RESET_HOOKS = []


def on_reset(fn):
    _RESET_HOOKS.append(fn)
    return fn


FIRST_GENSYM = 60      # the reference's first gensym in a new program is _00000Y


def reset_state():
    STATE.gensym_counter = FIRST_GENSYM
    for fn in _RESET_HOOKS:
        fn()


def current_env():
    f = STATE.fiber
    if f is not None:
        return f.env          # a fiber made without an environment has none
    return STATE.root_env


def dyn(key, default=None):
    t = current_env()
    if key.__class__ is bool:
        key = table_key(key)
    while t is not None:        # (table_get, inline: dyn is called a lot)
        v = t.get(key)
        if v is not None:
            return v
        t = t.proto
    return default


def setdyn(key, value):
    env = current_env()
    if env is None:
        # like the reference, a fiber without an environment gets a fresh one
        env = STATE.fiber.env = Table()
    put(env, key, value)
    return value


# --------------------------------------------------------------------------
# The builtin registry

class CFunInfo:
    """What the runtime knows about a builtin: name, arity, source position."""
    __slots__ = ("name", "min_arity", "max_arity", "source", "noframe", "line", "column")

    def __init__(self, name, min_arity, max_arity, source, noframe=False, line=-1, column=-1):
        self.name = name
        self.min_arity = min_arity
        self.max_arity = max_arity
        self.source = source
        self.noframe = noframe
        self.line = line
        self.column = column


# Where the reference defines each of its C functions (file, line, column), as
# its own `:source-map` metadata reports them (data/cfun-sources.tsv, made with
# tools/refsources.janet).  Stack traces and `doc` show these positions, so a
# builtin's frame reads exactly like the reference's.
_ref_sources = None


def ref_source(name):
    global _ref_sources
    if _ref_sources is None:
        import os
        _ref_sources = {}
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                            "cfun-sources.tsv")
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 4:
                        _ref_sources[parts[0]] = (parts[1], int(parts[2]), int(parts[3]))
        except OSError:
            pass
    return _ref_sources.get(name)


class RegEntry:
    __slots__ = ("name", "value", "doc", "kind", "source", "line", "column")

    def __init__(self, name, value, doc, kind, source):
        self.name = name
        self.value = value
        self.doc = doc
        self.kind = kind
        self.source = source
        self.line = -1
        self.column = -1


REGISTRY = []


def _source_of(module):
    # pyjanet.lib.string -> src/core/string.c: the reference file whose
    # namespace this module implements, as the reference's traces name it.
    part = module.rsplit(".", 1)[-1]
    return "src/core/%s.c" % {"core": "corelib", "os_": "os", "io_": "io",
                             "math_": "math"}.get(part, part)


def _arity_of(f):
    """(min, max) positional arguments of a Python function; max -1 if variadic."""
    code = f.__code__
    n = code.co_argcount
    ndefaults = len(f.__defaults__ or ())
    variadic = code.co_flags & 0x04      # CO_VARARGS
    return n - ndefaults, (-1 if variadic else n)


def builtin(name, usage=None, doc="", *, arity=None, noframe=False, source=None,
            macro=False, kind="cfunction", register=True):
    """Register a Python function as the Janet builtin `name`.

    `usage` is the reference-style signature line, e.g. "(string/slice bytes &opt
    start end)"; `doc` is the docstring (our own words).  Arity is taken from the
    Python signature unless `arity=(min, max)` is given (max -1 = variadic).
    `noframe` hides the function from stack traces (as the reference does for
    functions it compiles to instructions, like `error`).  `register=False` makes
    a Janet-callable helper that is not a root binding.  `kind="function"` makes
    the builtin look like a Janet function (`(type +)` is :function in the
    reference, whose operators are bytecode functions, not C functions).
    """
    def deco(f):
        mn, mx = arity if arity is not None else _arity_of(f)
        src = source or _source_of(f.__module__)
        line = column = -1
        ref = ref_source(name) if src != "boot.janet" else None
        if ref is not None:
            src, line, column = ref
        f.janet = CFunInfo(name, mn, mx, src, noframe, line, column)
        text = (usage or "(%s)" % name)
        if doc:
            text = text + "\n\n" + doc
        if kind == "function":
            # its arity counts the optional parameters too, as a closure's does
            code = getattr(f, "__code__", None)
            fd = FuncDef(name, mn, mx, code.co_argcount if code is not None else mn,
                         "", -1, -1)
            fd.vararg = mx < 0
            _keys_flags(fd, usage)
            f.__doc__ = fd
        if register:
            # a namespace loaded on first use gives the stand-in bound for
            # this name its code, and registers the stand-in (see lazy.py)
            f = lazy.adopt(name, f)
            e = RegEntry(name, f, text, "macro" if macro else kind, src)
            e.line = line
            e.column = column
            REGISTRY.append(e)
        return f
    return deco


def _keys_flags(fd, usage):
    """A boot.janet function's `&keys`/`&named` parameters, read from its
    usage line: the compiler lints calls with an odd number of them (and,
    for `&named`, keys it does not know), and disasm shows the flags."""
    words = usage.strip("()").split() if usage else ()
    if "&keys" in words:
        fd.structarg = True
    elif "&named" in words:
        fd.structarg = fd.namedarg = True
        fd.named_keys = tuple(kw(w) for w in words[words.index("&named") + 1:])


def define(name, value, doc="", source=None, kind="value"):
    """Register a non-function root binding (a constant, table or dynamic keyword)."""
    e = RegEntry(name, value, doc, kind, source)
    ref = ref_source(name)
    if ref is not None:
        e.source, e.line, e.column = ref
    REGISTRY.append(e)
    return value


# --------------------------------------------------------------------------
# Iteration from Python, in `next` order

def iter_values(ds):
    """The values `(each x ds ...)` would visit, as a Python iterator."""
    c = ds.__class__
    if c is Array or c is tuple or c is Tuple:
        return iter(ds)
    if c is bytes or c is Buffer:
        return (float(b) for b in ds)
    if c is Table or c is Struct:
        from .hashing import dict_order
        return iter([v for _, v in dict_order(ds)])
    if c is Symbol or c is Keyword:
        return (float(b) for b in ds.bname)
    if isinstance(ds, tuple):
        return iter(ds)
    return _iter_generic(ds)


def _iter_generic(ds):
    k = next_key(ds, None)
    while k is not None:
        yield in_(ds, k)
        k = next_key(ds, k)


def iter_keys(ds):
    c = ds.__class__
    if c is Table or c is Struct:
        from .hashing import dict_order
        return iter([k for k, _ in dict_order(ds)])
    if c is Array or isinstance(ds, tuple) or c is bytes or c is Buffer:
        return (float(i) for i in range(len(ds)))
    return _iter_keys_generic(ds)


def _iter_keys_generic(ds):
    k = next_key(ds, None)
    while k is not None:
        yield k
        k = next_key(ds, k)


# --------------------------------------------------------------------------
# Calling data structures: `(t :k)`, `([1 2] 0)`, `(:k obj)` ...
#
# These are Python-callable so that a call node's ordinary call handles them
# without the exception detour (tables and structs as functions are common
# Janet).  The reference's rules are method_invoke's: one argument, looked up
# with `in`; a keyword callee is a method call.

def _ds_call(self, *args):
    if len(args) == 1:
        return in_(self, args[0])
    return method_invoke(self, args)


def _dict_call(self, *args):
    if len(args) == 1:
        k = args[0]
        if k.__class__ is bool:
            k = table_key(k)
        v = self.get(k)
        if v is None and self.proto is not None:
            v = table_get(self.proto, k)
        return v
    return method_invoke(self, args)


def _keyword_call(self, *args):
    return call_nonfn(self, args)


Table.__call__ = _dict_call
Struct.__call__ = _dict_call
Array.__call__ = _ds_call
Tuple.__call__ = _ds_call
Buffer.__call__ = _ds_call
Keyword.__call__ = _keyword_call
