"""Deferred imports, for start-up time: the one home of every lazy import.

A script that never opens a socket or starts a process should not pay for
importing the code that does (several milliseconds of a start that is meant to
stay near Python's own).  Two kinds of module are loaded on first use, and
docs/architecture.md ("Start-up") says which:

* Standard-library modules that a pyjanet module needs only inside some of its
  functions are bound with

      socket = lazy.module("socket", globals())

  in place of `import socket`.  The name is bound at the top of the module like
  any import; the first attribute read imports the real module and rebinds the
  name in that module's globals to it, so later reads cost nothing extra.

  Regular expressions are bound the same way, compiled on first use:

      _WORD = lazy.pattern(r"\w+", globals())

* Namespace modules listed in pyjanet.lib.LAZY (ev, net, os/proc...).  The root
  environment must name their builtins from the start, so boot.py binds a
  stand-in for each (`stand_in`): a function with the builtin's parameters and
  attributes, made in the globals of a module object that exists but has not
  run yet (`pending_namespace`).  The first call of a stand-in, or the first
  attribute read on that module (an `import` of it), runs the module's code in
  it.  As the module registers each builtin, `runtime.builtin` hands the new
  function to `adopt`, which moves its code, defaults and attributes into the
  stand-in and returns the stand-in: the module's global, the registry, the
  environment and any code compiled earlier all hold the same function object,
  now the real one.

Neither is ever used to break an import cycle between pyjanet's own modules.
"""

import sys
import threading
import types


# --------------------------------------------------------------------------
# Standard-library modules

class _LazyModule:
    """Stands for the module `name` until an attribute is read."""
    __slots__ = ("_name", "_globals")

    def __init__(self, name, namespace):
        self._name = name
        self._globals = namespace

    def _load(self):
        __import__(self._name)
        mod = sys.modules[self._name]
        g = self._globals
        for k, v in list(g.items()):
            if v is self:
                g[k] = mod
        return mod

    def __getattr__(self, attr):
        return getattr(self._load(), attr)

    def __repr__(self):
        return "<lazy module %s>" % self._name


def module(name, namespace):
    """The module `name`, or a stand-in importing it on first use (bound in
    `namespace`, the caller's globals(), which it then updates)."""
    mod = sys.modules.get(name)
    if mod is not None:
        return mod
    return _LazyModule(name, namespace)


machinery = module("importlib.machinery", globals())
re = module("re", globals())


class _LazyPattern:
    """Stands for re.compile(source, flags) until an attribute is read."""
    __slots__ = ("_args", "_globals")

    def __init__(self, args, namespace):
        self._args = args
        self._globals = namespace

    def __getattr__(self, attr):
        rx = re.compile(*self._args)
        g = self._globals
        for k, v in list(g.items()):
            if v is self:
                g[k] = rx
        return getattr(rx, attr)

    def __repr__(self):
        return "<lazy pattern %r>" % (self._args[0],)


def exports(name, names, namespace):
    """A package's module `__getattr__` (PEP 562) for `names`, which module
    `name` defines: the first read of one imports that module and binds all
    of them in `namespace` (the package's globals()).  Used by pyjanet/__init__
    for the embedding API, which the command line does not load."""
    wanted = frozenset(names)

    def __getattr__(attr):
        if attr not in wanted:
            raise AttributeError("module %r has no attribute %r"
                                 % (namespace["__name__"], attr))
        __import__(name)
        mod = sys.modules[name]
        for n in wanted:
            namespace[n] = getattr(mod, n)
        return namespace[attr]
    return __getattr__


def pattern(source, namespace, flags=0):
    """A regular expression compiled when first used: like `module`, bound in
    `namespace` (the caller's globals()), where the first attribute read
    (`.match`, `.sub`...) puts the compiled pattern.  Compiling the patterns
    of every module at import is a millisecond or two of each start, and most
    runs use few of them."""
    return _LazyPattern((source, flags), namespace)


# --------------------------------------------------------------------------
# Namespace modules

_lock = threading.RLock()
STANDINS = {}       # builtin name -> stand-in not yet adopted


class _PendingModule(types.ModuleType):
    """A namespace module whose code has not run yet: reading any attribute it
    lacks runs it (the stand-ins bound from it do too)."""

    def __getattr__(self, attr):
        run_namespace(self)
        return getattr(self, attr)


def pending_namespace(fullname, path):
    """Make the module `fullname` (source file `path`) importable without
    running it; returns its globals, for the stand-ins."""
    mod = _PendingModule(fullname)
    mod.__file__ = path
    package, _, child = fullname.rpartition(".")
    mod.__package__ = package
    sys.modules[fullname] = mod
    setattr(sys.modules[package], child, mod)
    return mod.__dict__


def is_pending(name):
    """Whether module `name` is a namespace whose code has not run."""
    return sys.modules.get(name).__class__ is _PendingModule


def run_pending():
    """Run every namespace module whose code has not run; returns whether
    there was one (for code that looks up what such modules register, like
    unmarshal's abstract types)."""
    pending = [m for m in list(sys.modules.values()) if m.__class__ is _PendingModule]
    for mod in pending:
        run_namespace(mod)
    return bool(pending)


def run_namespace(mod):
    """Run a pending namespace module's code in it (once)."""
    with _lock:
        if mod.__class__ is not _PendingModule:
            return
        mod.__class__ = types.ModuleType
        name = mod.__name__
        loader = machinery.SourceFileLoader(name, mod.__file__)
        spec = machinery.ModuleSpec(name, loader, origin=mod.__file__)
        spec.has_location = True
        mod.__spec__ = spec
        mod.__loader__ = loader
        loader.exec_module(mod)


class _Trampoline:
    """What a stand-in calls: run its module (which adopts the real code into
    the stand-in), then call the stand-in again with the arguments given."""
    __slots__ = ("mod", "fn", "target")

    def __init__(self, mod):
        self.mod = mod
        self.fn = None
        self.target = None    # the real function, when it could not be adopted

    def __call__(self, fixed, rest):
        run_namespace(self.mod)
        args = list(fixed)
        while args and args[-1] is _UNSET:
            args.pop()
        return (self.target or self.fn)(*args, *rest)


_UNSET = object()     # an optional parameter the caller did not pass


def stand_in_source(name, nparams, ndefaults, varargs):
    """Python source of a stand-in with these parameters (compiled once per
    shape by boot.py and kept in its record)."""
    params = ["p%d" % i for i in range(nparams)]
    sig = params[:]
    if varargs:
        sig.append("*rest")
    sig.append("_lazy_=None" if varargs else "*, _lazy_=None")
    return "def %s(%s):\n    return _lazy_((%s), %s)\n" % (
        name, ", ".join(sig), "".join(p + ", " for p in params), "rest" if varargs else "()")


def stand_in(code, namespace, name, ndefaults, attrs, doc):
    """A stand-in for builtin `name` from the pending module whose globals are
    `namespace`: `code` from stand_in_source, `attrs` its attributes (the
    builtin's CFunInfo as `janet`...), `doc` its __doc__."""
    mod = sys.modules[namespace["__name__"]]
    tramp = _Trampoline(mod)
    fn = types.FunctionType(code, namespace, code.co_name, (_UNSET,) * ndefaults or None)
    fn.__kwdefaults__ = {"_lazy_": tramp}
    fn.__dict__.update(attrs)
    fn.__doc__ = doc
    tramp.fn = fn
    STANDINS[name] = fn
    return fn


def adopt(name, f):
    """`f`, the function just registered as builtin `name`, or the stand-in
    bound for it earlier, which becomes `f` (see the module docstring)."""
    fn = STANDINS.pop(name, None)
    if fn is None:
        return f
    if (f.__class__ is not types.FunctionType or f.__closure__ is not None
            or f.__globals__ is not fn.__globals__):
        fn.__kwdefaults__["_lazy_"].target = f     # keep forwarding to it
        return f
    fn.__code__ = f.__code__
    fn.__defaults__ = f.__defaults__
    fn.__kwdefaults__ = f.__kwdefaults__
    fn.__dict__.update(f.__dict__)
    fn.__doc__ = f.__doc__
    fn.__name__ = f.__name__
    fn.__qualname__ = f.__qualname__
    return fn
