"""Modules: module/* , require, import*, merge-module, dofile.

Corresponds to the module section of the reference's src/boot/boot.janet and
module/expand-path in src/core/corelib.c.  Search rules follow the reference:
`module/paths` holds [template kind checker] entries tried in order; templates
use :all: :@all: :cur: :dir: :name: :sys: :native:, and `./relative` paths are
resolved against the directory of (dyn :current-file).  Loaded modules are cached
in `module/cache` by full path.
"""

import os

from ..values import (Symbol, Keyword, Array, Table, Struct, Buffer, kw, sym, truthy,
                      table_key, from_key)
from ..errors import JanetError, panic, panicf, CompileError, ParseError
from ..runtime import builtin, define, call, dyn, get as rt_get, STATE, is_function
from .. import args as A

KW_CURRENT_FILE = kw("current-file")
KW_SYSPATH = kw("syspath")
KW_MODULE_CACHE = kw("module-cache")
KW_MODULE_PATHS = kw("module-paths")
KW_MODULE_LOADING = kw("module-loading")
KW_MODULE_LOADERS = kw("module-loaders")
KW_MODULE_MAKE_ENV = kw("module-make-env")
KW_PRIVATE = kw("private")
KW_VALUE = kw("value")
KW_REF = kw("ref")
KW_SOURCE = kw("source")
KW_EXIT = kw("exit")

MODULE_CACHE = define("module/cache", Table(),
                      "A table mapping loaded module identifiers to their environments.")
MODULE_LOADING = define("module/loading", Table(),
                        "A table of modules being loaded now (to detect circular imports).")


def _normalize(path):
    """Collapse `.` and `..` segments like the reference's module/expand-path."""
    absolute = path.startswith("/")
    out = []
    ups = 0
    for seg in path.split("/"):
        if seg in ("", "."):
            continue
        if seg == "..":
            if out:
                out.pop()
            elif not absolute:
                ups += 1
            continue
        out.append(seg)
    res = "/".join([".."] * ups + out)
    if absolute:
        res = "/" + res
    return res


def expand_path(path, template):
    curfile = dyn(KW_CURRENT_FILE)
    curfile = bytes(curfile).decode("utf-8", "surrogateescape") if curfile is not None \
        and curfile.__class__ in (bytes, Buffer) else ""
    syspath = dyn(KW_SYSPATH)
    syspath = bytes(syspath).decode("utf-8", "surrogateescape") if syspath is not None \
        and syspath.__class__ in (bytes, Buffer) else ""
    name = path.rsplit("/", 1)[-1]
    cut = curfile.rfind("/")
    curdir = curfile[:cut] if cut > 0 else "."
    out = []
    i = 0
    t = template
    while i < len(t):
        if t.startswith(":all:", i):
            out.append(path)
            i += 5
        elif t.startswith(":@all:", i):
            if path.startswith("@"):
                seg = path.split("/", 1)
                v = dyn(kw(seg[0][1:]))
                from ..printer import to_string
                out.append(to_string(v).decode("utf-8", "surrogateescape"))
                if len(seg) > 1:
                    out.append("/" + seg[1])
            else:
                out.append(path)
            i += 6
        elif t.startswith(":cur:", i):
            out.append(curdir)
            i += 5
        elif t.startswith(":dir:", i):
            out.append(path[:len(path) - len(name)])
            i += 5
        elif t.startswith(":sys:", i):
            out.append(syspath)
            i += 5
        elif t.startswith(":name:", i):
            out.append(name)
            i += 6
        elif t.startswith(":native:", i):
            out.append(".so")
            i += 8
        else:
            out.append(t[i])
            i += 1
    return _normalize("".join(out))


@builtin("module/expand-path", "(module/expand-path path template)",
         "Expands a `module/paths` template for `path`: :all: is the path itself, "
         ":@all: the same but with a leading @segment replaced by that dynamic "
         "binding, :cur: the directory of the current file, :dir: the directory "
         "part of path, :name: its last segment, :native: the native library "
         "extension, :sys: the system path.", source="src/core/corelib.c")
def module_expand_path(path, template):
    p = bytes(A.string(path, 0)).decode("utf-8", "surrogateescape")
    t = bytes(A.string(template, 1)).decode("utf-8", "surrogateescape")
    return Buffer(expand_path(p, t).encode("utf-8", "surrogateescape"))


def _check(kind):
    def chk(x):
        s = bytes(x)
        if kind == "relative":
            ok = s.startswith(b".")
        elif kind == "dep":
            ok = not (s.startswith(b"/") or s.startswith(b"@") or s.startswith(b"."))
        elif kind == "project":
            ok = s.startswith(b"/")
        elif kind == "dyn":
            ok = s.startswith(b"@")
        else:
            ok = not (s.startswith(b"/") or b"." in s or b"@" in s)
        return x if ok else None
    chk.__name__ = "check-" + kind
    builtin("check-" + kind, "(check-%s x)" % kind, "")(chk)
    from ..runtime import REGISTRY
    REGISTRY.pop()      # a helper value, not a root binding
    return chk


def _check_ext(ext):
    def check_ext(x):
        return bytes(x).endswith(ext)
    check_ext.janet = None
    return check_ext


def _is_cached(path):
    return path if _cache().get(table_key(path)) is not None else None


_rel, _dep, _proj, _dynrel, _pre = (_check(k) for k in
                                    ("relative", "dep", "project", "dyn", "preloadable"))

KW_SOURCE_KIND = kw("source")
KW_IMAGE = kw("image")
KW_NATIVE = kw("native")
KW_PRELOAD = kw("preload")

MODULE_PATHS = define("module/paths", Array([
    (_is_cached, KW_PRELOAD, _pre),
    (b":all:", KW_NATIVE, _check_ext(b".so")),
    (b":all:", KW_NATIVE, _check_ext(b".dll")),
    (b":all:", KW_SOURCE_KIND, _check_ext(b".jimage")),
    (b":all:", KW_SOURCE_KIND, _check_ext(b".janet")),
    (b":cur:/:all:.jimage", KW_IMAGE, _rel),
    (b":cur:/:all:.janet", KW_SOURCE_KIND, _rel),
    (b":cur:/:all:/init.janet", KW_SOURCE_KIND, _rel),
    (b":cur:/:all::native:", KW_NATIVE, _rel),
    (b":sys:/:all:.jimage", KW_IMAGE, _dep),
    (b":sys:/:all:.janet", KW_SOURCE_KIND, _dep),
    (b":sys:/:all:/init.janet", KW_SOURCE_KIND, _dep),
    (b":sys:/:all::native:", KW_NATIVE, _dep),
    (b".:all:.jimage", KW_IMAGE, _proj),
    (b".:all:.janet", KW_SOURCE_KIND, _proj),
    (b".:all:/init.janet", KW_SOURCE_KIND, _proj),
    (b".:all::native:", KW_NATIVE, _proj),
    (b":@all:.jimage", KW_IMAGE, _dynrel),
    (b":@all:.janet", KW_SOURCE_KIND, _dynrel),
    (b":@all:/init.janet", KW_SOURCE_KIND, _dynrel),
    (b":@all::native:", KW_NATIVE, _dynrel),
]), "The list of [template kind checker] entries `module/find` tries, in order.")


def _cache():
    c = dyn(KW_MODULE_CACHE)
    return c if c is not None else MODULE_CACHE


def _paths():
    p = dyn(KW_MODULE_PATHS)
    return p if p is not None else MODULE_PATHS


def _loading():
    p = dyn(KW_MODULE_LOADING)
    return p if p is not None else MODULE_LOADING


def _passes(checker, path):
    if checker is None:
        return True
    if checker.__class__ is bytes:
        return path.endswith(checker)
    return truthy(call(checker, path))


@builtin("module/find", "(module/find path &opt find-all)",
         "Looks for the module `path` using `module/paths`.  Returns [fullpath kind], "
         "or [nil message] listing the paths that were tried.", kind="function",
         source="boot.janet")
def module_find(path, find_all=None):
    path = bytes(A.string(path, 0))
    spath = path.decode("utf-8", "surrogateescape")
    found = Array() if truthy(find_all) else None
    for entry in _paths():
        tmpl, kind = entry[0], entry[1]
        checker = entry[2] if len(entry) > 2 else None
        if not _passes(checker, path):
            continue
        if callable(tmpl) and not isinstance(tmpl, (bytes, Buffer)):
            res = call(tmpl, path)
            if truthy(res):
                if found is None:
                    return (res, kind)
                found.append((res, kind))
            continue
        full = expand_path(spath, bytes(tmpl).decode("utf-8", "surrogateescape"))
        if os.path.isfile(full):
            r = (full.encode("utf-8", "surrogateescape"), kind)
            if found is None:
                return r
            found.append(r)
    if found is not None:
        return found
    tried = []
    for entry in _paths():
        tmpl = entry[0]
        checker = entry[2] if len(entry) > 2 else None
        if isinstance(tmpl, (bytes, Buffer)) and _passes(checker, path):
            tried.append(expand_path(spath, bytes(tmpl).decode("utf-8", "surrogateescape")))
    msg = "could not find module " + spath + ":\n    " + "\n    ".join(tried)
    return (None, msg.encode("utf-8", "surrogateescape"))


def dofile_impl(path, exit=False, env=None, source=None):
    """Evaluate a file in a new environment and return it (the reference's dofile)."""
    from ..context import run_source, ScriptError
    from .prelude import make_env
    spath = bytes(path).decode("utf-8", "surrogateescape")
    try:
        with open(spath, "rb") as f:
            src = f.read()
    except OSError:
        panicf("could not find file %s", spath)
    if env is None:
        mk = dyn(KW_MODULE_MAKE_ENV)
        env = call(mk) if mk is not None else make_env()
    env[KW_SOURCE] = bytes(path)
    if exit:
        try:
            run_source(src, env, spath, exit_on_error=True)
        except ScriptError as e:
            raise SystemExit(e.code)
        return env
    _run_collecting(src, env, spath)
    return env


def _run_collecting(src, env, spath):
    """Run a file for `dofile` without :exit: errors are raised, not printed."""
    from ..reader import read_program
    from ..compiler import compile_form
    from ..context import format_compile_error
    items, perr = read_program(src, spath)
    env[kw("current-file")] = spath.encode("utf-8", "surrogateescape")
    fiber = STATE.fiber
    old = fiber.env
    fiber.env = env
    try:
        for form, _l, _c in items:
            try:
                thunk = compile_form(form, env, spath)
            except CompileError as e:
                env[KW_EXIT] = True
                raise JanetError(format_compile_error(e).rstrip(b"\n"))
            thunk()
        if perr is not None:
            env[KW_EXIT] = True
            raise JanetError(perr.headline().encode("utf-8", "replace"))
    finally:
        fiber.env = old


@builtin("dofile", "(dofile path &named exit env source expander evaluator read parser)",
         "Evaluates the file at path and returns the environment it made.  With "
         ":exit true, an error prints a report and exits the process with status 1.",
         kind="function", source="boot.janet")
def dofile(path, *named):
    if len(named) & 1:
        named = named[:-1]
    opts = {}
    for i in range(0, len(named), 2):
        opts[named[i]] = named[i + 1]
    return dofile_impl(A.bytes_(path, 0), truthy(opts.get(KW_EXIT)), opts.get(kw("env")),
                       opts.get(kw("source")))


def require_impl(path, args):
    kargs = {}
    for i in range(0, len(args) - 1, 2):
        kargs[args[i]] = args[i + 1]
    loader = kargs.get(kw("loader"))
    if loader is not None:
        full, kind = path, loader
    else:
        full, kind = module_find(path)
    if full is None:
        raise JanetError(kind)
    cache = _cache()
    if not truthy(kargs.get(kw("fresh"))):
        hit = cache.get(table_key(full))
        if hit is not None:
            return hit
    loading = _loading()
    if truthy(loading.get(table_key(full))):
        panicf("circular dependency %s detected", full)
    if kind is KW_PRELOAD:
        m = cache.get(table_key(full))
        return m
    if kind is not KW_SOURCE_KIND:
        loaders = dyn(KW_MODULE_LOADERS)
        ld = rt_get(loaders, kind) if loaders is not None else None
        if ld is None:
            panicf("module type %v unknown", kind)
        env = call(ld, full, Array(args))
        cache[table_key(full)] = env
        return env
    loading[table_key(full)] = True
    try:
        env = dofile_impl(full, truthy(kargs.get(KW_EXIT)))
    finally:
        loading.pop(table_key(full), None)
    cache[table_key(full)] = env
    return env


@builtin("require", "(require path & args)",
         "Loads the module `path` (searching `module/paths`) unless it is already in "
         "`module/cache`, and returns its environment.", kind="function",
         source="boot.janet")
def require(path, *args):
    return require_impl(A.string(path, 0), args)


@builtin("merge-module", "(merge-module target source &opt prefix export only)",
         "Copies the public bindings of the module environment `source` into "
         "`target`, each name prefixed with `prefix`; the copies are private unless "
         "`export` is truthy.  `only` limits the copy to the given symbols.",
         kind="function", source="boot.janet")
def merge_module(target, source, prefix=None, export=None, only=None):
    pre = b"" if prefix is None else A.bytes_(prefix, 2)
    only_set = None if only is None else set(only)
    for k, v in list(source.items()):
        if k.__class__ is not Symbol:
            continue
        if truthy(rt_get(v, KW_PRIVATE)):
            continue
        if only_set is not None and k not in only_set:
            continue
        e = Table()
        e[KW_PRIVATE] = not truthy(export)
        e.proto = v
        target[sym(bytes(pre) + k.bname)] = e
    return target


@builtin("import*", "(import* path & args)",
         "The function behind `import`: requires the module and merges its bindings "
         "into the current environment (see `import` for the options).",
         kind="function", source="boot.janet")
def import_star(path, *args):
    from .prelude import curenv
    env = curenv()
    kargs = {}
    for i in range(0, len(args) - 1, 2):
        kargs[args[i]] = args[i + 1]
    newenv = require_impl(A.string(path, 0), args)
    as_ = kargs.get(kw("as"))
    prefix = kargs.get(kw("prefix"))
    if as_ is not None:
        from ..printer import to_string
        prefix = to_string(as_) + b"/"
    elif prefix is None:
        p = bytes(path)
        prefix = p.rsplit(b"/", 1)[-1].split(b".", 1)[0] + b"/"
    return merge_module(env, newenv, prefix, kargs.get(kw("export")), kargs.get(kw("only")))
