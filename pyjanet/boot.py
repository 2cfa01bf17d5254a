"""The root environment: every registered builtin plus the boot.janet prelude.

Corresponds to the reference's janet_core_env (src/core/corelib.c), which builds
the core environment from the C registration tables and then runs the boot
image.  Here the registry entries become environment entries
(`@{:value v :doc "..." :source-map [...]}`) and pyjanet/boot.janet is compiled
into the same table.  The root environment is built once per process.
"""

import os

from .values import Table, sym, kw
from .errors import JanetError
from . import runtime as rt

KW_VALUE = kw("value")
KW_DOC = kw("doc")
KW_MACRO = kw("macro")
KW_SOURCE_MAP = kw("source-map")
KW_DYN = kw("dyn")
KW_PRIVATE = kw("private")
KW_SYSPATH = kw("syspath")

BOOT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "boot.janet")

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


def _boot_forms():
    """The prelude's forms, from the cache when boot.janet has not changed."""
    import hashlib
    import pickle
    from . import diskcache
    from .reader import read_program
    with open(BOOT_PATH, "rb") as f:
        src = f.read()
    name = "boot-" + hashlib.sha1(src).hexdigest()[:16] + ".pickle"
    data = diskcache.read(name)
    if data is not None:
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 - a bad cache file is just rebuilt
            pass
    items, err = read_program(src, "boot.janet")
    if err is not None:
        raise err
    diskcache.write(name, pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
    return items


def _build():
    from . import lib  # noqa: F401  (registers the builtins)
    from .fiber import new_root
    from .reader import read_program
    from .compiler import compile_form, record_boot_templates, LazyBodies
    from .lib.table import table_clone
    env = Table()
    for e in rt.REGISTRY:
        env[sym(e.name)] = _entry(e)
    env[sym("root-env")] = _entry(rt.RegEntry("root-env", env,
                                             "The root environment used to create "
                                             "environments with make-env.", "value", ""))
    rt.STATE.root_env = env
    if rt.STATE.fiber is None:
        rt.STATE.root_fiber = rt.STATE.fiber = new_root(env)
    items = _boot_forms()
    # the prelude's own gensyms are drawn far from the ones user code will see
    rt.STATE.gensym_counter = 62 ** 5
    prev_env = rt.STATE.fiber.env
    rt.STATE.fiber.env = env
    record_boot_templates(True)
    LazyBodies.active = True
    try:
        for form, _line, _col in items:
            compile_form(form, env, "boot.janet")()
    finally:
        LazyBodies.active = False
        record_boot_templates(False)
        rt.STATE.fiber.env = prev_env
    # function bodies compiled later see the prelude as it is now, private
    # helpers included, and draw their gensyms from the prelude's sequence
    LazyBodies.env = table_clone(env)
    LazyBodies.gensym_counter = rt.STATE.gensym_counter
    # the image dictionaries name every core value (filled once the prelude is in)
    from .lib.doc import env_lookup
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
