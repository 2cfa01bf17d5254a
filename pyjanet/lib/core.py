"""Un-namespaced core builtins: constructors, type queries, data access, signals.

Corresponds to the reference's src/core/corelib.c plus the core functions it
compiles to instructions (get, in, put, next, length, apply, error, yield, resume,
cancel, propagate, debug; see src/core/cfuns.c).  Operators live in ops.py.
"""

import math

from ..weak import sweep_weak
from ..values import (Symbol, Keyword, Buffer, Array, Tuple, Struct, Table, Abstract,
                      FuncDef, sym, kw, table_key, from_key, type_name, truthy, mk_tuple)
from ..errors import JanetError, panic, panicf
from ..runtime import asm_function, builtin, define, on_reset, STATE, is_closure, call, call_vm, get as rt_get, in_ as rt_in, \
    put as rt_put, next_key, length as rt_length, dyn as rt_dyn, setdyn as rt_setdyn, FiberReturn
from .. import args as A
from .. import fiber as F
from .. import sandbox as _SB
from ..printer import to_string_into, to_string, describe as pr_describe, format_message


# --------------------------------------------------------------------------
# Constructors

@builtin("array", "(array & items)", "Makes a new array holding `items`.")
def array(*items):
    return Array(items)


@builtin("tuple", "(tuple & items)", "Makes a new tuple holding `items`.")
def tuple_(*items):
    # Python has one empty tuple; the reference makes a new one each time
    # (its address shows in `(string (tuple))`)
    return items if items else Tuple()


@builtin("table", "(table & kvs)",
         "Makes a new table from alternating keys and values.  Pairs whose key is "
         "nil are skipped.")
def table(*kvs):
    if len(kvs) & 1:
        panic("expected even number of arguments")
    t = Table()
    t.icap = len(kvs) // 2
    for i in range(0, len(kvs), 2):
        k = kvs[i]
        if k is not None:
            rt_put(t, k, kvs[i + 1])
    return t


@builtin("struct", "(struct & kvs)",
         "Makes a new struct from alternating keys and values.  Pairs with a nil key "
         "or value are left out.")
def struct(*kvs):
    if len(kvs) & 1:
        panic("expected even number of arguments")
    s = Struct()
    for i in range(0, len(kvs), 2):
        k = kvs[i]
        v = kvs[i + 1]
        if k is None or v is None or (k.__class__ is float and k != k):
            continue
        s[table_key(k)] = v
    return s


def _concat(parts):
    out = bytearray()
    for p in parts:
        c = p.__class__
        if c is bytes or c is Buffer:
            out += p
        else:
            to_string_into(out, p)
    return out


@builtin("string", "(string & xs)",
         "Makes a string by concatenating the text of every argument: strings, "
         "symbols, keywords and buffers as their bytes, other values as `print` "
         "shows them.")
def string(*xs):
    # `string` is everywhere in Janet code: the common shapes go straight to bytes
    if len(xs) == 1:
        x = xs[0]
        c = x.__class__
        if c is bytes:
            return x
        if c is float and x.is_integer() and -9007199254740992.0 <= x <= 9007199254740992.0:
            return b"%d" % x
        return to_string(x)
    parts = []
    for x in xs:
        c = x.__class__
        if c is bytes:
            parts.append(x)
        elif c is float and x.is_integer() and -9007199254740992.0 <= x <= 9007199254740992.0:
            parts.append(b"%d" % x)
        else:
            parts.append(to_string(x))
    return b"".join(parts)


@builtin("symbol", "(symbol & xs)", "Like `string`, but makes a symbol.")
def symbol(*xs):
    return sym(bytes(_concat(xs)))


@builtin("keyword", "(keyword & xs)", "Like `string`, but makes a keyword.")
def keyword(*xs):
    return kw(bytes(_concat(xs)))


@builtin("buffer", "(buffer & xs)", "Like `string`, but makes a new buffer.")
def buffer(*xs):
    return Buffer(_concat(xs))


@builtin("describe", "(describe x)",
         "Returns a string describing x: the same text `%v` formats.  (Given "
         "several values, or none, the descriptions of all of them run together.)")
def describe(*xs):
    if len(xs) == 1:
        return pr_describe(xs[0])
    return b"".join(pr_describe(x) for x in xs)


@builtin("gensym", "(gensym)",
         "Returns a new symbol that is unique within this program, for macros that "
         "need fresh names.")
def gensym():
    # The reference counts with the digits 0-9, a-z, A-Z in six places after an
    # underscore.  (It also skips names that are already symbols; its symbol
    # table forgets unused symbols, ours keeps every one, so we do not.)
    n = STATE.gensym_counter
    STATE.gensym_counter += 1
    s = ""
    for _ in range(6):
        s = _GENSYM_DIGITS[n % 62] + s
        n //= 62
    return sym("_" + s)


_GENSYM_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


# --------------------------------------------------------------------------
# Types

@builtin("type", "(type x)",
         "Returns the type of x as a keyword: :nil :boolean :number :string :symbol "
         ":keyword :array :tuple :table :struct :buffer :function :cfunction :fiber, "
         "or the abstract type's name (like :core/file).")
def type_(x):
    return kw(type_name(x))


def _pred(name, doc, test, classes=None):
    def f(x):
        return test(x)
    f.__name__ = name
    f = builtin(name, "(%s x)" % name, doc)(f)
    if classes is not None:
        # the plain classes (values.PLAIN_CLASSES) it is true of, so that the
        # function tier can test the class of such a value in place of a call
        f._jclasses = frozenset(classes)
    return f


_pred("abstract?", "Is x an abstract value (file, fiber-less core type, ...)?",
      lambda x: isinstance(x, Abstract) and not getattr(x, "is_fiber", False))
_pred("bytes?", "Is x a string, symbol, keyword or buffer?",
      lambda x: x.__class__ in (bytes, Symbol, Keyword, Buffer), (bytes, Symbol, Keyword, Buffer))
_pred("dictionary?", "Is x a table or struct?",
      lambda x: x.__class__ is Table or x.__class__ is Struct, (Table, Struct))
_pred("indexed?", "Is x an array or tuple?",
      lambda x: x.__class__ is Array or isinstance(x, tuple), (Array, tuple, Tuple))
_pred("lengthable?", "Does x have a length (bytes, indexed or dictionary)?",
      lambda x: x.__class__ in (bytes, Symbol, Keyword, Buffer, Array, Table, Struct)
      or isinstance(x, tuple))
_pred("int?", "Is x a number that is an integer in the 32-bit signed range?",
      lambda x: x.__class__ is float and A.is_int(x))
_pred("nat?", "Is x a non-negative 32-bit integer?",
      lambda x: x.__class__ is float and A.is_int(x) and x >= 0)


# --------------------------------------------------------------------------
# Data access (the reference compiles these to instructions)

@builtin("get", "(get ds key &opt dflt)",
         "Looks up key in ds and returns the value, or dflt (nil when not given) "
         "when there is none.  Never errors on a missing key.", kind="function", noframe=True)
def get(ds, key, dflt=None):
    return rt_get(ds, key, dflt)


@builtin("in", "(in ds key &opt dflt)",
         "Looks up key in ds like `get`, but an out-of-range index into an array, "
         "tuple or byte sequence is an error.", kind="function", noframe=True)
def in_(ds, key, dflt=None):
    return rt_in(ds, key, dflt)


@builtin("put", "(put ds key value)",
         "Associates key with value in the table, array or buffer ds and returns ds. "
         "Putting nil in a table removes the key; putting past the end of an array "
         "or buffer extends it.", kind="function", noframe=True)
def put(ds, key, value):
    return rt_put(ds, key, value)


@builtin("next", "(next ds &opt key)",
         "Returns the key that follows `key` in ds, or the first key when key is nil; "
         "nil after the last.  Used to iterate over any data structure.",
         kind="function", noframe=True)
def next_(ds, key=None):
    if ds.__class__ is _Fiber:
        return _fiber_next(ds)      # (how `each` steps a generator)
    return next_key(ds, key)


_Fiber = F.Fiber
_fiber_next = F.fiber_next


@builtin("length", "(length ds)",
         "Number of elements (or bytes, or key-value pairs) in ds.", kind="function", noframe=True)
def length(ds):
    return rt_length(ds)


@builtin("apply", "(apply f & args)",
         "Calls f with the given arguments, the last of which must be an array or "
         "tuple whose elements are passed individually.", kind="function", noframe=True)
def apply(f, *args):
    if not args:
        return call_vm(f, ())
    last = args[-1]
    if not (last.__class__ is Array or isinstance(last, tuple)):
        panicf("expected array or tuple, got %v", last)
    return call_vm(f, args[:-1] + tuple(last))


def _slice_arity(extra):
    panicf("arity mismatch, expected at most 3, got %d", 3 + len(extra))


@builtin("slice", "(slice x &opt start end)",
         "The part of an array, tuple, string or buffer from start (inclusive) to end "
         "(exclusive), as a tuple for indexed values and a string for byte "
         "sequences.  Negative indices count from the end.")
def slice_(x=None, start=None, end=None, *extra):
    # (x=None: with no argument the reference reads a stale slot past the
    # arguments; nil stands for it, as in the */slice functions)
    c = x.__class__
    if c is Array or isinstance(x, tuple):
        if extra:
            _slice_arity(extra)
        s, e = A.slice_range((x, start, end), len(x))
        return tuple(x[s:e])
    b = A.bytes_(x, 0) if c in (bytes, Buffer, Symbol, Keyword) else None
    if b is None:
        # (the reference looks at x before it counts the arguments)
        A.panic_type(x, 0, ("string", "symbol", "keyword", "array", "tuple", "buffer"))
    if extra:
        _slice_arity(extra)
    s, e = A.slice_range((x, start, end), len(b))
    return bytes(b[s:e])


@builtin("range", "(range & args)",
         "An array of numbers: `(range n)` counts 0 to n-1, `(range start end)` "
         "counts from start below end, `(range start end step)` uses the step.")
def range_(*args):
    n = len(args)
    start, step = 0.0, 1.0
    if n == 3:
        start, stop, step = A.number(args[0], 0), A.number(args[1], 1), A.number(args[2], 2)
        count = (stop - start) / step if step != 0.0 else 0.0
    elif n == 2:
        start, stop = A.number(args[0], 0), A.number(args[1], 1)
        count = stop - start
    elif n == 1:
        count = stop = A.number(args[0], 0)
    else:
        panicf("arity mismatch, expected at least 1, got 0" if n == 0
               else "arity mismatch, expected at most 3, got %d", n)
    if math.isinf(step):
        panic("infinite step not allowed")
    if not count > 0.0:
        count = 0.0
    if count > 2147483647.0:
        panicf("range is too large, %f elements", count)
    k = int(math.ceil(count))
    if step == 1.0 and start.is_integer():
        s0 = int(start)
        return Array([float(i) for i in range(s0, s0 + k)])
    return Array([start + i * step for i in range(k)])


@builtin("getproto", "(getproto x)",
         "The prototype of a table or struct, or nil when it has none.")
def getproto(x):
    if x.__class__ is Table or x.__class__ is Struct:
        return x.proto
    panicf("expected struct or table, got %v", x)


@builtin("hash", "(hash value)",
         "A number hash of value; equal values have equal hashes.  Strings, "
         "symbols, keywords, numbers, tuples and structs hash as in the reference.")
def hash_(value):
    from .marsh import janet_hash
    return float(janet_hash(value))


@builtin("memcmp", "(memcmp a b &opt len offset-a offset-b)",
         "Compares the bytes of a and b like C's memcmp, returning a negative number, "
         "0 or a positive number.")
def memcmp(a, b, n=None, oa=None, ob=None):
    x = A.bytes_(a, 0)
    y = A.bytes_(b, 1)
    oa = A.opt_nat(oa, 3, 0)
    ob = A.opt_nat(ob, 4, 0)
    if n is None:
        ln = min(len(x) - oa, len(y) - ob)
        xs, ys = bytes(x[oa:oa + ln]), bytes(y[ob:ob + ln])
        if xs != ys:
            return -1.0 if xs < ys else 1.0
        return float((len(x) - oa) - (len(y) - ob) > 0) - float((len(x) - oa) - (len(y) - ob) < 0)
    ln = A.nat(n, 2)
    if oa + ln > len(x):
        panicf("invalid offset-a: %d", oa)
    if ob + ln > len(y):
        panicf("invalid offset-b: %d", ob)
    xs, ys = bytes(x[oa:oa + ln]), bytes(y[ob:ob + ln])
    return 0.0 if xs == ys else (-1.0 if xs < ys else 1.0)


# --------------------------------------------------------------------------
# Dynamic bindings

@builtin("dyn", "(dyn key &opt default)",
         "The value of the dynamic binding `key` in the current fiber's environment, "
         "or default.")
def dyn(key, default=None):
    return rt_dyn(key, default)


@builtin("setdyn", "(setdyn key value)",
         "Sets the dynamic binding `key` in the current fiber's environment; returns "
         "value.")
def setdyn(key, value):
    return rt_setdyn(key, value)


# --------------------------------------------------------------------------
# Errors and signals

@builtin("error", "(error e)",
         "Raises an error with value e (usually a string message).  Catch it with "
         "`try` or `protect`.", kind="function", noframe=True)
def error(e):
    raise JanetError(e)


@builtin("signal", "(signal what &opt x)",
         "Raises a signal with payload x (default nil).  `what` is a user signal "
         "number 0-9 or one of :ok :error :debug :yield :user0 ... :user7 "
         ":interrupt :await.")
def signal(what, x=None):
    if what.__class__ is float and what.is_integer() and -2147483648 <= what <= 2147483647:
        n = int(what)
        if n < 0 or n > 9:
            panicf("expected user signal between 0 and 9, got %d", n)
        return F.signal(F.SIG_USER0 + n, x)
    A.keyword(what, 0)
    if what.name not in F.SIGNAL_NAMES:
        panicf("unknown signal %v", what)
    sig = F.SIGNAL_NAMES.index(what.name)
    if sig == F.SIG_OK:
        # the reference's VM stops the fiber with this "signal" as an error
        raise JanetError(x)
    return F.signal(sig, x)


@builtin("yield", "(yield &opt x)",
         "Suspends the current fiber, giving x (default nil) to whoever resumed it; "
         "returns the value it is next resumed with.", kind="function", noframe=True)
def yield_(x=None):
    return F.signal(F.SIG_YIELD, x)


@builtin("resume", "(resume fiber &opt x)",
         "Continues fiber, passing x; returns the value the fiber yields, returns or "
         "raises (when its mask catches the error).", kind="function", noframe=True)
def resume(fiber, x=None):
    if not isinstance(fiber, F.Fiber):
        panicf("expected fiber, got %v", fiber)
    return F.resume_fiber(fiber, x)


@builtin("cancel", "(cancel fiber err)",
         "Resumes fiber by raising err inside it, as if the code it is suspended in "
         "had raised it.", kind="function", noframe=True)
def cancel(fiber, err):
    if not isinstance(fiber, F.Fiber):
        panicf("expected fiber, got %v", fiber)
    return F.cancel_fiber(fiber, err)


@builtin("propagate", "(propagate x fiber)",
         "Raises the signal that stopped `fiber` again, with value x, keeping the "
         "fiber's stack trace.  Used to rethrow errors.", kind="function", noframe=True)
def propagate(x, fiber):
    if not isinstance(fiber, F.Fiber):
        panicf("expected fiber, got %v", fiber)
    st = fiber.status
    if st > F.SIG_USER9:
        panicf("cannot propagate from fiber with status :%s", F.STATUS_NAMES[st])
    if F.is_terminal(st):
        e = JanetError(x)
        e.signal = st
        old = fiber.error
        if old is not None:
            e.trace = list(old.trace)
            e.fiber = old.fiber
        raise e
    if st == F.SIG_OK:
        # the current fiber ends with x (the reference's VM returns :ok)
        raise FiberReturn(x)
    return F.signal(st, x)


@builtin("debug", "(debug &opt x)",
         "Raises a debug signal with x.  Without a debugger attached it is caught "
         "like any other signal.", kind="function", noframe=True)
def debug(x=None):
    return F.signal(F.SIG_DEBUG, x)


@builtin("not", "(not x)", "True when x is nil or false, false otherwise.")
def not_(x):
    return x is None or x is False


def _function_arg(fn):
    """A Janet function (not a cfunction), as the reference's janet_getfunction."""
    if is_closure(fn):
        return fn
    A.panic_type(fn, 0, ("function",))


KW_ERR = kw("err")


def _report_call(fn, args):
    # the reference's vm_do_trace: pieces written to (dyn :err) one by one
    from .io import write_to, STDERR
    err = rt_dyn(KW_ERR)
    name = fn.__doc__.name
    head = ("trace (" + name).encode() if name else b"trace (" + format_message("%p", fn)
    write_to(err, STDERR, head)
    for a in args:
        write_to(err, STDERR, format_message(" %p", a))
    write_to(err, STDERR, b")\n")


@builtin("trace", "(trace func)",
         "Turns on tracing of the function func: each call prints `trace (name "
         "args...)` to (dyn :err) before it runs.  Returns func.")
def trace(fn):
    from .. import compiler
    compiler.TRACE_HOOK = _report_call
    return compiler.set_traced(_function_arg(fn), True)


@builtin("untrace", "(untrace func)", "Turns off tracing of the function func.  Returns func.")
def untrace(fn):
    from .. import compiler
    return compiler.set_traced(_function_arg(fn), False)


# The compiler may turn calls of these into direct operations.
from ..compiler import register_inline  # noqa: E402
register_inline("not", not_)
from .. import compiler as _compiler  # noqa: E402
_compiler.YIELD_FN = yield_      # functions that yield get generator versions
from .. import tier as _tier  # noqa: E402
_tier.NEXT_FN = next_            # the function tier steps fibers in `each` directly
_tier.FIBER_NEXT = _fiber_next
_tier.GEN_NEXT_SLOW = F.gen_next_slow
_tier.STRING_FN = string
register_inline("get", get)
register_inline("in", in_)
register_inline("put", put)
register_inline("length", length)
register_inline("apply", apply)
# (the reference writes these in assembly: their frames read `in NAME pc=0`)
for _f in (get, in_, put, next_, length, error):
    asm_function(_f)


@builtin("scan-number", "(scan-number str &opt base)",
         "Parses str as a number with the reader's number syntax (optionally in "
         "base 2-36); nil when it is not a number.")
def scan_number(s, base=None):
    from ..reader import scan_number as scan
    b = A.bytes_(s, 0)
    r = 0 if base is None else A.integer(base, 1)
    if r == 0:
        return scan(bytes(b))
    if r < 2 or r > 36:
        panicf("expected base between 2 and 36, got %d", r)
    return scan(bytes(b), r)


define("janet/version", b"1.41.3-dev", "The version of Janet that pyjanet implements.")
define("janet/build", b"pyjanet", "The build identifier of this Janet (pyjanet).")
define("janet/config-bits", 1.0,
       "Bits describing how the interpreter was configured; the reference uses them "
       "to check that native modules match.")


@builtin("gccollect", "(gccollect)",
         "Runs the garbage collector: Python collects cycles now, and weak tables "
         "and arrays lose the entries nothing else refers to.")
def gccollect(*_):
    # (like the reference's, it ignores any arguments)
    sweep_weak()


_gc_interval = [4194304.0]


@builtin("gcsetinterval", "(gcsetinterval interval)",
         "Sets the number of bytes to allocate between collections.  Recorded for "
         "`gcinterval`; Python's collector decides when it runs.")
def gcsetinterval(interval):
    # a size (janet_getsize: an integer from 0 to 2^63 - 1), at most 48 bits
    n = interval
    if not (n.__class__ is float and n.is_integer() and 0 <= n <= 9223372036854775807.0):
        panicf("bad slot #0, expected size, got %v", interval)
    if n >= 281474976710656.0:
        panic("interval too large")
    _gc_interval[0] = n


@builtin("gcinterval", "(gcinterval)", "The interval set by `gcsetinterval`.")
def gcinterval():
    return _gc_interval[0]


# --------------------------------------------------------------------------
# The sandbox (the reference's janet_core_sandbox; the bits and the checks
# are pyjanet/sandbox.py's)

@builtin("sandbox", "(sandbox & forbidden-capabilities)",
         "Takes capabilities away from this interpreter for good; nothing gives "
         "them back.  Each argument is a keyword: :all (everything below; input "
         "and output on stdin, stdout and stderr stay allowed), :asm (`asm`, "
         "`disasm`), :chroot (`os/posix-chroot`), :compile (`compile`, so also "
         "`eval`, `dofile` and `import`), :env (reading and setting environment "
         "variables), :ffi (:ffi-define, :ffi-jit and :ffi-use together), "
         ":ffi-define (loading FFI libraries, binding functions), :ffi-jit "
         "(`ffi/jitfn`), :ffi-use (calling bound FFI functions, raw memory), :fs "
         "(:fs-read, :fs-write and :fs-temp together), :fs-read, :fs-write, "
         ":fs-temp (temporary files), :hrtime (`os/clock`), :modules (native "
         "modules), :net (:net-connect and :net-listen), :net-connect, "
         ":net-listen, :python (pyjanet's own: Python objects and modules through "
         "`py/`), :sandbox (calling `sandbox` again), :signal (signal handlers), "
         ":subprocess (running programs, `os/getpid`), :threads (`ev/thread`), "
         ":unmarshal.  A forbidden operation raises \"operation forbidden by "
         "sandbox\".  Returns nil.")
def sandbox(*capabilities):
    bits = 0
    for i, c in enumerate(capabilities):
        name = A.keyword(c, i)
        b = _SB.CAPABILITIES.get(name.bname.decode("utf-8", "replace"))
        if b is None:
            panicf("unknown capability %v", c)
        bits |= b
    _SB.forbid(bits)
    return None


on_reset(_SB.reset)
