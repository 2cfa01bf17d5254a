"""The root environment: every registered builtin plus the boot.janet prelude.

Corresponds to the reference's janet_core_env (src/core/corelib.c), which builds
the core environment from the C registration tables and then runs the boot
image.  Here the registry entries become environment entries
(`@{:value v :doc "..." :source-map [...]}`) and pyjanet/boot.janet is compiled
into the same table.  The root environment is built once per process.

The prelude snapshot.  Compiling boot.janet means reading it, expanding a
macro for nearly every top-level form and analysing the result; at every start
that would cost more than everything else pyjanet does for a small script.  So
the first build records what each top-level form did to the environment, and
later starts replay the record (`_replay`):

* a function or macro definition whose function the compiler made lazy (see
  `LazyFnNode` in compiler.py) is recorded as its environment entry (doc,
  source map, flags) with the function's parameters and its source form; the
  replay binds a fresh lazy stub with the same parameters, and the form is
  compiled only when the function is first called, exactly when the normal
  build would have compiled its body;
* a definition of plain data (a literal, a `defdyn` keyword) is recorded as its
  entry;
* any other form is recorded as itself and compiled again by the replay.

The gensym counter is recorded after each form, so names drawn later are the
ones the normal build draws; a lazy body compiled later draws its own from
where the counter stood after its form, and what it compiles to is kept
between runs (bodycache.py).  The record also lists the registry in order and,
for the namespaces loaded on first use (pyjanet.lib.LAZY), what a stand-in
for each of their builtins needs (pyjanet/lazy.py): the root environment then
names them without importing them.  The record lives in the per-user cache
(diskcache.py, "prelude.marshal") under a key made of the sizes and modification
times of pyjanet's source files; when the key differs or the file cannot be
read, everything is imported, the prelude compiled and the record written
again (or not, when the cache cannot be written: then every start compiles
it).  docs/architecture.md, "Start-up", has the whole picture.
"""

import marshal
import operator
import os
import sys
import types

from .values import Table, Array, Struct, Buffer, Symbol, Keyword, Tuple, sym, kw
from . import runtime as rt
from . import diskcache
from . import lazy
from . import bodycache
from . import lib  # noqa: F401  (registers the builtins)
from .compiler import compile_form, record_boot_templates, LazyBodies, LazyFnNode
from .fiber import new_root
from .codec import NotData, encode, decode, blob, unblob
from .reader import read_program_bytewise
from .lib.table import table_clone
from .lib.doc import env_lookup

KW_VALUE = kw("value")
KW_REF = kw("ref")
KW_DOC = kw("doc")
KW_MACRO = kw("macro")
KW_SOURCE_MAP = kw("source-map")
KW_DYN = kw("dyn")
KW_PRIVATE = kw("private")
KW_SYSPATH = kw("syspath")

HERE = os.path.dirname(os.path.abspath(__file__))
BOOT_PATH = os.path.join(HERE, "boot.janet")
py_compile = lazy.module("py_compile", globals())    # only when the record is made

SNAPSHOT = "prelude.marshal"
SNAPSHOT_VERSION = 1

_root = None


def root_env():
    """The process-wide root environment (built on first use)."""
    global _root
    if _root is None:
        _root = _build()
    return _root


def _entry(e):
    t = Table()
    t[KW_VALUE] = e.value
    if e.doc:
        t[KW_DOC] = e.doc.encode("utf-8") if isinstance(e.doc, str) else e.doc
    if e.kind == "macro":
        t[KW_MACRO] = True
    elif e.kind == "dyn":
        t[kw("dyn")] = True
    if e.source and getattr(e, "line", -1) > 0:
        t[KW_SOURCE_MAP] = (e.source.encode(), float(e.line), float(e.column))
    return t


# --------------------------------------------------------------------------
# The snapshot's key and file

def source_key():
    """The prelude record's key: its format's version and pyjanet's own
    (diskcache.package_key), so a record made by other code, or from another
    prelude, is not replayed."""
    return "%d-%s" % (SNAPSHOT_VERSION, diskcache.package_key())


def _read_snapshot(key):
    data = diskcache.read(SNAPSHOT)
    if data is None:
        return None
    try:
        snap = marshal.loads(data)
    except (ValueError, EOFError, TypeError):   # a damaged file is just rebuilt
        return None
    if not isinstance(snap, tuple) or len(snap) != 2 or snap[0] != key:
        return None
    return snap[1]


def _boot_forms():
    """The prelude's forms, read with the byte parser (the reader's reference
    for every input; no lark tables to build on an empty cache)."""
    with open(BOOT_PATH, "rb") as f:
        src = f.read()
    items, err = read_program_bytewise(src, "boot.janet")
    if err is not None:
        raise err
    return items


# --------------------------------------------------------------------------
# Recording

# Top-level forms whose only effect is one definition.
_DEF_FN = frozenset(sym(n) for n in ("defn", "defn-", "defmacro", "defmacro-"))
_DEF_DATA = frozenset(sym(n) for n in ("def", "def-"))
_DEF_DYN = sym("defdyn")
_QUOTE = sym("quote")
_FN = sym("fn")


def _is_data(x, depth=0):
    """x is plain data (no function, abstract value or anything code made)."""
    c = x.__class__
    if x is None or c in (bool, float, int, bytes, Symbol, Keyword):
        return True
    if depth > 20:
        return False
    if c is Tuple or c is tuple or c is Array:
        return all(_is_data(v, depth + 1) for v in x)
    if c is Table or c is Struct:
        return (x.proto is None and
                all(_is_data(k, depth + 1) and _is_data(v, depth + 1) for k, v in x.items()))
    return c is Buffer


def _is_literal(form):
    """Evaluating `form` runs no code (no call, no symbol lookup)."""
    c = form.__class__
    if c is Tuple or c is tuple:
        if len(form) == 2 and form[0] is _QUOTE:
            return _is_data(form[1])
        return getattr(form, "brackets", False) and all(_is_literal(v) for v in form)
    if c is Symbol:
        return False
    if c is Array:
        return all(_is_literal(v) for v in form)
    if c is Table or c is Struct:
        return all(_is_literal(k) and _is_literal(v) for k, v in form.items())
    return _is_data(form)


def _is_fn_form(form):
    return form.__class__ in (Tuple, tuple) and len(form) > 1 and form[0] is _FN


def _lazy_node(value):
    """The LazyFnNode behind a lazy prelude function's stub, or None."""
    for cell in getattr(value, "__closure__", None) or ():
        try:
            c = cell.cell_contents
        except ValueError:
            continue
        node = getattr(c, "__self__", None)
        if node.__class__ is LazyFnNode:
            return node
    return None


def _one_new_key(env, keys, values):
    """The key `form` added to env when that is all it changed (env had `keys`
    and `values` before, in order), else None."""
    n = len(keys)
    if len(env) != n + 1:
        return None
    now_keys = list(env)
    now_values = list(env.values())
    if all(map(operator.is_, now_keys[:n], keys)) and \
            all(map(operator.is_, now_values[:n], values)):
        return now_keys[n]
    return None


def _record(form, env, keys, values):
    """What replaying `form` needs, given the environment's keys and values
    before it."""
    head = form[0] if form.__class__ in (Tuple, tuple) and form else None
    name = _one_new_key(env, keys, values)
    form_blob = blob(form)
    if name.__class__ is Symbol:
        entry = env[name]
        if entry.__class__ is Table and KW_VALUE in entry and KW_REF not in entry:
            meta = Table(entry)
            value = meta.pop(KW_VALUE)
            if _is_data(meta) and entry.proto is None:
                if head in _DEF_FN or (head in _DEF_DATA and _is_fn_form(form[-1])):
                    node = _lazy_node(value)
                    if node is not None and value.__doc__ is node.fdef:
                        return ("fn", encode(name), encode(meta), encode(node.fdef),
                                node.nparams, node.nopt, node.rest, form_blob)
                elif ((head in _DEF_DATA and _is_literal(form[-1])) or head is _DEF_DYN) \
                        and _is_data(value):
                    return ("data", encode(name), blob(entry))
    return ("form", form_blob)


def _compile_prelude(env):
    """Compile boot.janet into env; returns the record of what each form did."""
    items = _boot_forms()
    if diskcache.cache_dir() is None:
        # nowhere to keep a record: just compile
        for form, _line, _col in items:
            compile_form(form, env, "boot.janet")()
        return None
    record = []
    for form, _line, _col in items:
        keys = list(env)
        values = list(env.values())
        compile_form(form, env, "boot.janet")()
        if record is not None:
            try:
                record.append((_record(form, env, keys, values), rt.STATE.gensym_counter))
            except NotData:
                record = None       # (the reader makes only data; nothing to record)
    return record


# --------------------------------------------------------------------------
# Replaying

class _Built:
    """A function compiled from its recorded form, as LazyFnNode's `finish`
    returns it: `emit()` gives the maker of the closure for a parent frame."""
    __slots__ = ("fn",)

    def __init__(self, fn):
        self.fn = fn

    def emit(self, tail=False):
        fn = self.fn
        return lambda _pf: fn


def _finisher(name, form_blob, counter):
    """LazyFnNode's `finish` for a replayed definition: compile the recorded
    form (with the compiler's environment, in a scratch table) and take its
    function.  Its gensyms are drawn from `counter`, where the prelude's
    sequence stood after the form at start-up, so that what the body compiles
    to does not depend on which functions were compiled before it; which makes
    it a function of pyjanet's sources alone, kept between runs
    (bodycache.py)."""

    def finish(c):
        lazy_env = LazyBodies.env
        cached = c.env is lazy_env and not LazyBodies.active
        if cached:
            fn = bodycache.load(name.name, lazy_env)
            if fn is not None:
                return _Built(fn)
            serial0 = bodycache.serial_now()
        scratch = Table()
        scratch.proto = c.env
        active, calling = LazyBodies.active, LazyBodies.calling
        LazyBodies.active = False
        LazyBodies.calling = True       # (it is being called: no deferring)
        st = rt.STATE
        saved = st.gensym_counter
        st.gensym_counter = counter
        try:
            compile_form(unblob(form_blob), scratch, "boot.janet")()
        finally:
            LazyBodies.active, LazyBodies.calling = active, calling
            st.gensym_counter = saved
        fn = scratch[name][KW_VALUE]
        if cached:
            bodycache.save(name.name, fn, lazy_env, serial0)
        return _Built(fn)
    return finish


def _replay(record, env):
    for step, counter in record:
        kind = step[0]
        if kind == "fn":
            _, name, meta, fdef, nparams, nopt, rest, form_blob = step
            name = decode(name)
            meta = decode(meta)
            node = LazyFnNode(decode(fdef), _finisher(name, form_blob, counter),
                              nparams, nopt, rest, env)
            meta[KW_VALUE] = node.emit()([None])
            env[name] = meta
        elif kind == "data":
            env[decode(step[1])] = unblob(step[2])
        else:
            compile_form(unblob(step[1]), env, "boot.janet")()
        rt.STATE.gensym_counter = counter


def _save_package_bytecode():
    """pyjanet/__init__.py turns bytecode writing back on for the package when
    PYTHONDONTWRITEBYTECODE is set (see there), but it is itself imported
    before it can: its compiled form would never be saved, and every start
    would compile it again (~2 ms).  Save it whenever the prelude record is
    made, which is after any change to pyjanet's sources."""
    src = os.path.join(HERE, "__init__.py")
    pyc = os.path.join(HERE, "__pycache__", "__init__.%s.pyc" % sys.implementation.cache_tag)
    try:
        with open(pyc, "rb") as f:
            head = f.read(16)
        # a timestamp pyc records the source's mtime and size (PEP 552)
        st = os.stat(src)
        if (head[4:8] == bytes(4) and int.from_bytes(head[8:12], "little") ==
                int(st.st_mtime) & 0xFFFFFFFF and
                int.from_bytes(head[12:16], "little") == st.st_size & 0xFFFFFFFF):
            return
    except OSError:
        pass
    try:
        py_compile.compile(src, doraise=True)
    except (py_compile.PyCompileError, OSError):
        pass        # a read-only installation: Python compiles it each time


# --------------------------------------------------------------------------
# Building

def _registry_entries(plan):
    """The registry's entries for the root environment, in registration order:
    with a plan from the record, the LAZY namespaces not yet loaded are
    represented by stand-ins (`_stand_ins`); without, they are imported now."""
    if plan is None:
        lib.import_all()
        return list(rt.REGISTRY)
    order, lazy_entries, shapes = plan
    live = iter(rt.REGISTRY)
    loaded = {}         # name -> entry, of LAZY namespaces something already ran
    for e in rt.REGISTRY:
        if getattr(e.value, "__module__", None) in lazy_entries:
            loaded[e.name] = e
    made = {}
    entries = []
    for name, owner in order:
        if owner is None:
            e = next(live, None)
            while e is not None and e.name in loaded:
                e = next(live, None)
            if e is None or e.name != name:
                raise ValueError("the registry differs from the record")
        elif name in loaded:
            e = loaded[name]
        else:
            if owner not in made:
                made[owner] = _stand_ins(owner, lazy_entries[owner], shapes)
            e = made[owner][name]
        entries.append(e)
    rest = [e for e in live if e.name not in loaded]
    if rest:
        raise ValueError("the registry differs from the record")
    return entries


def _stand_ins(modname, specs, shapes):
    """Registry entries for the builtins of the LAZY namespace `modname`,
    whose values are stand-ins loading it on first call (pyjanet/lazy.py)."""
    path = os.path.join(HERE, "lib", modname.rsplit(".", 1)[1] + ".py")
    namespace = lazy.pending_namespace(modname, path)
    out = {}
    codes = {}
    for name, shape, fname, qualname, attrs, doc, reg in specs:
        code = codes.get(shape)
        if code is None:
            code = codes[shape] = marshal.loads(shapes[shape])
        fn = lazy.stand_in(code, namespace, name, shape[1], decode(attrs), decode(doc))
        fn.__name__ = fname
        fn.__qualname__ = qualname
        e = rt.RegEntry(name, fn, reg[0], reg[1], reg[2])
        e.line, e.column = reg[3], reg[4]
        out[name] = e
    return out


def _registry_plan(entries, first_lazy):
    """What `_registry_entries` needs to rebuild `entries` (the whole registry,
    LAZY namespaces loaded) with stand-ins, or None when some builtin of a
    LAZY namespace cannot have one (it is not a plain function of its module,
    or its attributes are not data).  `first_lazy`: how many entries there were
    before the LAZY namespaces were imported."""
    mods = {lib.__name__ + "." + n: sys.modules[lib.__name__ + "." + n] for n in lib.LAZY}
    order = []
    lazy_entries = {m: [] for m in mods}
    shapes = {}
    for e in entries:
        f = e.value
        owner = getattr(f, "__module__", None) if f.__class__ is types.FunctionType else None
        if owner not in mods:
            order.append((e.name, None))
            continue
        if f.__closure__ is not None or f.__globals__ is not mods[owner].__dict__:
            return None
        code = f.__code__
        shape = (code.co_argcount, len(f.__defaults__ or ()),
                 bool(code.co_flags & 0x04))        # CO_VARARGS
        if shape not in shapes:
            src = lazy.stand_in_source("stand_in", *shape)
            mcode = compile(src, "<pyjanet stand-in>", "exec")
            shapes[shape] = marshal.dumps(next(c for c in mcode.co_consts
                                               if isinstance(c, types.CodeType)))
        doc = f.__doc__
        order.append((e.name, owner))
        try:
            attrs = encode(dict(f.__dict__))
            doc = encode(doc)
        except NotData:
            return None     # an attribute that is not data: no stand-ins
        lazy_entries[owner].append((e.name, shape, f.__name__, f.__qualname__, attrs, doc,
                                    (e.doc, e.kind, e.source, e.line, e.column)))
    # what importing the LAZY namespaces registered must be their own builtins
    if any(owner is None for _name, owner in order[first_lazy:]):
        return None
    return (order, lazy_entries, shapes)


def _core_env(entries):
    """A fresh environment holding every registered builtin."""
    env = Table()
    for e in entries:
        env[sym(e.name)] = _entry(e)
    env[sym("root-env")] = _entry(rt.RegEntry("root-env", env,
                                             "The root environment used to create "
                                             "environments with make-env.", "value", ""))
    rt.STATE.root_env = env
    if rt.STATE.fiber is None:
        rt.STATE.root_fiber = rt.STATE.fiber = new_root(env)
    return env


def _load_prelude(env, record):
    """Run the prelude into env, from the record when there is one; returns
    the record to save, or None."""
    # the prelude's own gensyms are drawn far from the ones user code will see
    rt.STATE.gensym_counter = 62 ** 5
    prev_env = rt.STATE.fiber.env
    rt.STATE.fiber.env = env
    record_boot_templates(True)
    LazyBodies.active = True
    try:
        if record is not None:
            _replay(record, env)
            return None
        return _compile_prelude(env)
    finally:
        LazyBodies.active = False
        record_boot_templates(False)
        rt.STATE.fiber.env = prev_env


def _build():
    key = source_key()
    snap = _read_snapshot(key)
    try:
        if snap is None:
            raise LookupError
        env = _core_env(_registry_entries(snap["registry"]))
        _load_prelude(env, snap["prelude"])
        new = None
    except Exception:  # noqa: BLE001 - no record, or one that does not replay: rebuild
        first_lazy = len(rt.REGISTRY)
        entries = _registry_entries(None)
        env = _core_env(entries)
        new = {"prelude": _load_prelude(env, None),
               "registry": _registry_plan(entries, first_lazy)}
    if new is not None and new["prelude"] is not None:
        try:
            data = marshal.dumps((key, new))
        except ValueError:  # (cannot happen: the record is made of marshal's types)
            data = None
        if data is not None:
            diskcache.write(SNAPSHOT, data)
            diskcache.remove("boot-")      # earlier versions' parsed prelude
        _save_package_bytecode()
    # function bodies compiled later see the prelude as it is now, private
    # helpers included, and draw their gensyms from the prelude's sequence
    LazyBodies.env = table_clone(env)
    LazyBodies.gensym_counter = rt.STATE.gensym_counter
    bodycache.snapshot(LazyBodies.env)
    # the image dictionaries name every core value (filled once the prelude is in)
    lookup = env_lookup(env)
    load_dict = rt.get(rt.get(env, sym("load-image-dict")), KW_VALUE)
    make_dict = rt.get(rt.get(env, sym("make-image-dict")), KW_VALUE)
    for k, v in lookup.items():
        load_dict[k] = v
        rt.put(make_dict, v, k)
    # the prelude's private helpers are not part of the root environment
    for k in [k for k, v in env.items() if isinstance(v, Table) and v.get(KW_PRIVATE) is True]:
        del env[k]
    env[KW_SYSPATH] = os.environ.get("JANET_PATH", "/usr/local/lib/janet").split(":")[0].encode()
    # User code sees gensyms numbered like the reference's first ones (_00000Y).
    rt.reset_state()
    from .weak import mark_core_atoms
    mark_core_atoms()       # for weak tables: the core's own keywords stay
    return env
