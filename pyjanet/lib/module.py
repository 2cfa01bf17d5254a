"""Modules: module/*, require, import*, merge-module, dofile.

Corresponds to the module section of the reference's src/boot/boot.janet
(module/paths, module/find, module/loaders, require, import*, merge-module,
dofile, ...) and module/expand-path in src/core/corelib.c.

How a module is found and loaded, as in the reference:

* `module/paths` holds [template kind filter] entries tried in order.  A
  template is a string expanded by `module/expand-path` (:all: :@all: :cur:
  :dir: :name: :sys: :native:) or a function of the path; the filter (a
  string suffix or a predicate) says whether the entry applies to the path.
  `./x` paths are relative to the directory of (dyn :current-file), so imports
  inside a module are relative to that module's file.
* `require` finds the module, returns its environment from `module/cache`
  (keyed by the expanded path, so each file loads once) or calls the loader
  for its kind from `module/loaders`; the :source loader runs the file with
  `dofile` in a fresh environment.  `module/loading` catches circular imports.
* `import*` (behind the `import` and `use` macros in boot.janet) then copies
  the module's public bindings into the current environment with a prefix.

Also here: `flycheck` (boot.janet's "Flychecking" section: dofile with an
evaluator that runs only the top-level forms known to be safe).

The reference writes these functions in Janet, so its error traces show their
frames (e.g. `in require-1 [boot.janet] on line 3454, column 20`); they are
registered without a frame of their own and add the reference's frames
(eval.boot_frame).
"""

import os

from ..values import (Symbol, Keyword, Array, Tuple, Table, Struct, Buffer, kw, sym, truthy,
                      type_name, mk_tuple)
from ..errors import JanetError, panic, panicf
from ..runtime import (on_reset, builtin, define, call, dyn, get as rt_get, in_ as rt_in, put,
                       STATE, REGISTRY, is_closure, is_function, iter_values, iter_keys,
                       boot_frame, cfun_frame)
from ..compiler import compile_form
from ..printer import to_string
from .. import fiber as F
from .. import args as A
from .. import modcache
from .. import lazy
from ..reader import read_program
from ..sandbox import (sandbox_assert, SANDBOX_DYNAMIC_MODULES, SANDBOX_FS_READ,
                       SANDBOX_UNMARSHAL)
from .io import cstring, JFile, eflush
from .core import propagate
from .prelude import make_env, curenv
from .debug import debug_stacktrace, report_error
from .eval import boot, run_context, bad_parse, bad_compile, where_name

# only a native module (a shared library) needs it
ctypes = lazy.module("ctypes", globals())

KW_CURRENT_FILE = kw("current-file")
KW_SYSPATH = kw("syspath")
KW_MODULE_CACHE = kw("module-cache")
KW_MODULE_PATHS = kw("module-paths")
KW_MODULE_LOADING = kw("module-loading")
KW_MODULE_LOADERS = kw("module-loaders")
# the module system's tables, each interpreter's own (see own_table)
SYM_MODULE_CACHE = sym("module/cache")
SYM_MODULE_PATHS = sym("module/paths")
SYM_MODULE_LOADING = sym("module/loading")
SYM_MODULE_LOADERS = sym("module/loaders")
VM_TABLES = (SYM_MODULE_CACHE, SYM_MODULE_LOADING, SYM_MODULE_PATHS, SYM_MODULE_LOADERS)
KW_MODULE_MAKE_ENV = kw("module-make-env")
KW_PRIVATE = kw("private")
KW_VALUE = kw("value")
KW_REF = kw("ref")
KW_SOURCE = kw("source")
KW_EXIT = kw("exit")
KW_ERR = kw("err")
KW_ENV = kw("env")
KW_EXPANDER = kw("expander")
KW_EVALUATOR = kw("evaluator")
KW_READ = kw("read")
KW_PARSER = kw("parser")
KW_LOADER = kw("loader")
KW_FRESH = kw("fresh")
KW_AS = kw("as")
KW_PREFIX = kw("prefix")
KW_EXPORT = kw("export")
KW_ONLY = kw("only")
KW_ANON = kw("<anonymous>")
KW_NATIVE = kw("native")
KW_IMAGE = kw("image")
KW_PRELOAD = kw("preload")
KW_SOURCE_KIND = KW_SOURCE


def _helper(name, usage):
    """Make a Python function look like the Janet function `name` (a value in a
    module table, not a root binding)."""
    def deco(f):
        return builtin(name, usage, "", kind="function", source="boot.janet",
                       register=False)(f)
    return deco


# --------------------------------------------------------------------------
# module/expand-path

def _cstring_dyn(key):
    v = dyn(key)
    if v is None:
        return b""
    if v.__class__ is not bytes:
        panicf("expected string, got %v", v)
    if b"\0" in v:
        panicf("string %v contains embedded 0s", v)
    return v


def syspath():
    # (dyn :syspath), "" when unset -- as in a fiber without an environment;
    # the root environment gets it at start-up
    return _cstring_dyn(KW_SYSPATH)


def _normalize(out):
    """Collapse `.` / `..` segments and repeated slashes, the way the reference's
    module/expand-path does (quirks included: trailing dots are dropped)."""
    res = bytearray()
    sections = 0
    dots = 0
    n = len(out)
    for i in range(n):
        c = out[i]
        if c == 46:                     # '.'
            if dots >= 0:
                dots += 1
            else:
                res.append(46)
        elif c == 47:                   # '/'
            if dots == 1:
                pass
            elif dots == 2:
                if sections > 0:
                    res.pop()           # the separator before the last section
                    while res and res[-1] != 47:
                        res.pop()
                    sections -= 1
                else:
                    res += b"../"
            elif i == 0 or dots != 0:
                while dots > 0:
                    dots -= 1
                    res.append(46)
                if i > 0:
                    sections += 1
                res.append(47)
            dots = 0
        else:
            while dots > 0:
                dots -= 1
                res.append(46)
            dots = -1
            res.append(c)
    return bytes(res)


def expand_path(path, template):
    """module/expand-path on bytes: the expanded, normalised path (bytes)."""
    curfile = _cstring_dyn(KW_CURRENT_FILE)
    sysp = syspath()
    name = path[path.rfind(b"/") + 1:]
    # the directory of the current file; a file with one path segment (or one
    # whose only separator is the first byte) is in "."
    cut = curfile.rfind(b"/")
    curdir = curfile[:cut] if cut > 0 else b"."
    out = bytearray()
    t = template
    n = len(t)
    i = 0
    while i < n:
        c = t[i]
        if c == 58:                     # ':'
            if t.startswith(b":all:", i):
                out += path
                i += 5
                continue
            if t.startswith(b":@all:", i):
                if path.startswith(b"@"):
                    j = path.find(b"/")
                    j = len(path) if j < 0 else j
                    out += to_string(dyn(kw(path[1:j])))
                    out += path[j:]
                else:
                    out += path
                i += 6
                continue
            if t.startswith(b":cur:", i):
                out += curdir
                i += 5
                continue
            if t.startswith(b":dir:", i):
                out += path[:len(path) - len(name)]
                i += 5
                continue
            if t.startswith(b":sys:", i):
                out += sysp
                i += 5
                continue
            if t.startswith(b":name:", i):
                out += name
                i += 6
                continue
            if t.startswith(b":native:", i):
                out += b".so"
                i += 8
                continue
        out.append(c)
        i += 1
    return _normalize(out)


def _cstring_arg(x, n):
    s = A.string(x, n)
    if b"\0" in s:
        panic("string contains embedded 0s")
    return s


@builtin("module/expand-path", "(module/expand-path path template)",
         "Expands a `module/paths` template for the module name `path` and "
         "normalises the result (`.` and `..` segments resolved).  In the "
         "template, :all: is path itself; :@all: is path with a leading `@name` "
         "segment replaced by (dyn :name); :cur: is the directory of "
         "(dyn :current-file); :dir: the directory part of path; :name: its last "
         "segment; :native: the native module extension (.so); :sys: the system "
         "module directory (dyn :syspath).  Returns a buffer.",
         source="src/core/corelib.c")
def module_expand_path(path, template):
    return Buffer(expand_path(_cstring_arg(path, 0), _cstring_arg(template, 1)))


# --------------------------------------------------------------------------
# module/paths and its filters

def _has_prefix(x, p):
    return bytes(A.bytes_(x, 0)).startswith(p)


@_helper("check-relative", "(check-relative x)")
def check_relative(x):
    return x if _has_prefix(x, b".") else None


@_helper("check-is-dep", "(check-is-dep x)")
def check_is_dep(x):
    b = bytes(A.bytes_(x, 0))
    return None if b[:1] in (b"/", b"@", b".") else x


@_helper("check-project-relative", "(check-project-relative x)")
def check_project_relative(x):
    return x if _has_prefix(x, b"/") else None


@_helper("check-dyn-relative", "(check-dyn-relative x)")
def check_dyn_relative(x):
    return x if _has_prefix(x, b"@") else None


@_helper("check-preloadable", "(check-preloadable x)")
def check_preloadable(x):
    b = bytes(A.bytes_(x, 0))
    return None if (b.startswith(b"/") or b"." in b or b"@" in b) else x


def _check_ext(ext):
    @_helper("check-ext", "(check-ext x)")
    def check_ext(x):
        return bytes(A.bytes_(x, 0)).endswith(bytes(ext))
    return check_ext


@_helper("is-cached", "(is-cached path)")
def is_cached(path):
    return path if rt_in(cache(), path) is not None else None


MODULE_CACHE = define("module/cache", Table(),
                      "A table mapping each loaded module's full path to its "
                      "environment.  `require` looks here first.", source="boot.janet")
MODULE_LOADING = define("module/loading", Table(),
                        "A table of the modules being loaded right now (full path -> "
                        "true), used to detect circular imports.", source="boot.janet")
MODULE_PATHS = define("module/paths", Array(),
                      "The [template kind filter] entries `module/find` tries, in "
                      "order.  A template is a string for `module/expand-path` or a "
                      "function of the module name; kind is the key of the loader in "
                      "`module/loaders` (:source, :native, :image, :preload); the "
                      "optional filter, a string suffix or a predicate, says whether "
                      "the entry applies to a given name.", source="boot.janet")


def own_table(name, default):
    """The interpreter's own module table `name` (a symbol): its root
    environment's binding, which in an ev/thread holds the thread's copy (the
    reference's thread unmarshals boot.janet's tables with its function).
    `default`, the program's table, when the binding is gone."""
    root = STATE.root_env
    if root is not None:
        entry = root.get(name)
        if entry.__class__ is Table:
            v = entry.get(KW_VALUE)
            if v is not None:
                return v
    return default


def cache():
    c = dyn(KW_MODULE_CACHE)
    return c if c is not None else own_table(SYM_MODULE_CACHE, MODULE_CACHE)


def paths():
    p = dyn(KW_MODULE_PATHS)
    return p if p is not None else own_table(SYM_MODULE_PATHS, MODULE_PATHS)


def loading():
    p = dyn(KW_MODULE_LOADING)
    return p if p is not None else own_table(SYM_MODULE_LOADING, MODULE_LOADING)


def loaders():
    p = dyn(KW_MODULE_LOADERS)
    return p if p is not None else own_table(SYM_MODULE_LOADERS, MODULE_LOADERS)


def _find_prefix(mp, pre):
    for i, e in enumerate(mp):
        t = rt_in(e, 0.0)
        if t.__class__ is bytes and t.startswith(pre):
            return i
    return 0


@boot("module/add-paths", "(module/add-paths ext loader)",
      "Adds `module/paths` entries so that modules with the file extension `ext` "
      "(with its dot) are found like source modules are: relative to the current "
      "file, in the system path, from the project root and through @ bindings; "
      "`loader` is the key of their loader in `module/loaders`.  Returns "
      "`module/paths`.")
def module_add_paths(ext, loader):
    mp = paths()
    e = to_string(ext)
    mp.insert(_find_prefix(mp, b":@all:"), (b":@all:" + e, loader, check_dyn_relative))
    mp.insert(_find_prefix(mp, b".:all:"), (b".:all:" + e, loader, check_project_relative))
    mp.insert(_find_prefix(mp, b":sys:"), (b":sys:/:all:" + e, loader, check_is_dep))
    mp.insert(_find_prefix(mp, b":cur:/:all:"), (b":cur:/:all:" + e, loader, check_relative))
    return mp


@boot("module/add-file-extension", "(module/add-file-extension ext loader)",
      "Adds a `module/paths` entry (tried first) so that a path ending in the "
      "file extension `ext` (with its dot) is loaded as it is written, relative "
      "to the working directory, with the loader `loader`.  Returns "
      "`module/paths`.")
def module_add_file_extension(ext, loader):
    if not bytes(A.bytes_(ext, 0)).startswith(b"."):
        panic("file extension must have . prefix")
    mp = paths()
    mp.insert(0, (b":all:", loader, _check_ext(ext)))
    return mp


@boot("module/add-syspath", "(module/add-syspath path)",
      "Adds a second system module directory: every `module/paths` entry whose "
      "template starts with :sys:/ is copied with `path` in place of :sys:, "
      "right after the last of them.  Returns `module/paths`.")
def module_add_syspath(path):
    copies = []
    last = 0
    mp = paths()
    p = to_string(path)
    for i, entry in enumerate(mp):
        pattern = rt_in(entry, 0.0) if len(entry) else None
        if pattern.__class__ is bytes and pattern.startswith(b":sys:/"):
            last = i
            copies.append(tuple([pattern.replace(b":sys:", p, 1)] + list(entry[1:])))
    mp[last + 1:last + 1] = copies
    return mp


def _filter_ok(checker, path):
    """The reference's mod-filter: nil passes, a string is a suffix, else a predicate."""
    if checker is None:
        return True
    if checker.__class__ is bytes:
        return path.endswith(checker)
    return truthy(call(checker, path))


def _entry(e):
    n = len(e)
    return (e[0] if n > 0 else None, e[1] if n > 1 else None, e[2] if n > 2 else None)


def _fexists(full):
    """The reference's fexists: whether `full` is a file, by `os/stat` (so
    :fs-read forbids it)."""
    try:
        sandbox_assert(SANDBOX_FS_READ)
    except JanetError as e:
        cfun_frame(e, "os/stat")
        raise boot_frame(e, "fexists", 2982, 14)
    return os.path.isfile(full)


@boot("module/find", "(module/find path &opt find-all)",
      "Looks for the module named `path` with the entries of `module/paths`.  "
      "Returns [fullpath kind] for the first match, or [nil message] where the "
      "message lists every path that was tried.  With `find-all`, returns an "
      "array of every match instead.")
def module_find(path, find_all=None):
    p = A.bytes_(path, 0)
    pb = bytes(p)
    mp = paths()
    found = Array() if truthy(find_all) else None
    for e in mp:
        tmpl, kind, checker = _entry(e)
        if not _filter_ok(checker, pb):
            continue
        if is_closure(tmpl) or type_name(tmpl) == "function":
            res = call(tmpl, path)
            if truthy(res):
                if found is None:
                    return (res, kind)
                found.append((res, kind))
            continue
        full = expand_path(pb, bytes(A.string(tmpl, 1)))
        if _fexists(full):
            if found is None:
                return (full, kind)
            found.append((full, kind))
    if found is not None:
        return found
    tried = []
    for e in mp:
        tmpl, _, checker = _entry(e)
        if tmpl.__class__ is bytes and _filter_ok(checker, pb):
            tried.append(expand_path(pb, tmpl))
    return (None, b"could not find module " + pb + b":\n    " + b"\n    ".join(tried))


for _ext, _kind in ((b":native:", KW_NATIVE), (b"/init.janet", KW_SOURCE_KIND),
                    (b".janet", KW_SOURCE_KIND), (b".jimage", KW_IMAGE)):
    module_add_paths(_ext, _kind)
for _ext, _kind in ((b".janet", KW_SOURCE_KIND), (b".jimage", KW_SOURCE_KIND),
                    (b".so", KW_NATIVE), (b".dll", KW_NATIVE)):
    module_add_file_extension(_ext, _kind)
MODULE_PATHS.insert(0, (is_cached, KW_PRELOAD, check_preloadable))


@boot("module/value", "(module/value module sym &opt private)",
      "The value bound to `sym` in the module environment `module` (the current "
      "value, for a var), or nil when there is none.  Private bindings count only "
      "when `private` is truthy.")
def module_value(module, s, private=None):
    entry = rt_get(module, s)
    if not truthy(entry):
        return None
    v = rt_in(entry, KW_VALUE)
    r = rt_in(entry, KW_REF)
    if truthy(rt_in(entry, KW_PRIVATE)) and not truthy(private):
        return None
    if truthy(r) and r.__class__ is Array:
        return rt_get(r, 0.0)
    return v


# --------------------------------------------------------------------------
# dofile

def new_module_env():
    """A fresh environment for a module: (dyn :module-make-env) or make-env."""
    mk = dyn(KW_MODULE_MAKE_ENV)
    if mk is not None:
        return call(mk)
    env = Table()
    env.proto = STATE.root_env
    return env


def _with_err_buffer(f, *args):
    """Run f(*args) with (dyn :err) bound to a new buffer; returns the buffer."""
    buf = Buffer()
    fib = STATE.fiber
    old = fib.env
    tmp = Table()
    tmp.proto = old
    tmp[KW_ERR] = buf
    fib.env = tmp
    try:
        f(*args)
    finally:
        fib.env = old
    return buf


def _exit_now():
    from .os_ import os_exit
    os_exit(1.0)


def _check_open_read():
    """dofile opens a path with `(file/open path :rb)`: :fs-read forbids it."""
    try:
        sandbox_assert(SANDBOX_FS_READ)
    except JanetError as e:
        cfun_frame(e, "file/open")
        raise boot_frame(e, "dofile", 3115, 20)


def dofile_impl(path, exit=False, env=None, source=None, expander=None,
                evaluator=None, read=None, parser=None):
    """The reference's dofile: run a file (path or open file) in a new
    environment and return it; errors are raised after the run, or printed
    followed by exit status 1 with `exit`."""
    is_file = path.__class__ is JFile or (
        type_name(path) == "core/stream")
    fobj = None
    if is_file:
        fobj = path
    else:
        if path.__class__ is not bytes:
            # the reference opens it with file/open, which takes only strings
            e = JanetError(b"")
            try:
                A.string(path, 0)
            except JanetError as err:
                e = err
            raise boot_frame(cfun_frame(e, "file/open"), "dofile", 3372, 12)
        _check_open_read()
        try:
            fobj = open(bytes(A.bytes_(path, 0)), "rb")
        except (OSError, ValueError):
            fobj = None
    if env is None:
        env = new_module_env()
    spath = to_string(path)
    env[KW_SOURCE] = source if truthy(source) else (path if is_file else spath)
    state = {"error": None, "fiber": None}

    def bp(p, where):
        if exit:
            bad_parse(p, where)
            _exit_now()
        env[KW_EXIT] = True
        state["error"] = bytes(_with_err_buffer(bad_parse, p, where)[:-1])

    def bc(msg, macrof=None, where=None, line=None, col=None):
        if exit:
            bad_compile(msg, macrof, where, line, col)
            _exit_now()
        env[KW_EXIT] = True
        state["error"] = bytes(_with_err_buffer(bad_compile, msg, None, where, line, col)[:-1])
        state["fiber"] = macrof

    def onstatus(f, x):
        if f.status != F.ST_DEAD:
            if exit:
                debug_stacktrace(f, x, b"")
                eflush()
                _exit_now()
            env[KW_EXIT] = True
            state["error"] = x
            state["fiber"] = f

    if fobj is None:
        raise boot_frame(JanetError(b"could not find file " + spath), "dofile", 3400, 5)
    where = source if truthy(source) else (KW_ANON if is_file else spath)
    program = None
    record = None
    if read is None and parser is None:
        # The whole source at once: the fast reader instead of a byte parser,
        # or the forms and code kept from an earlier run (modcache.py).
        data = _read_all(fobj)
        if is_file:
            program = read_program(data, _where_text(where))
        else:
            items, perr, record = modcache.read_program(
                data, _where_text(where), os.fsdecode(bytes(path)))
            program = (items, perr)
        chunks = None
    else:
        chunks = _file_chunks(fobj)
    try:
        with modcache.loading(record):
            nenv = run_context(env=env, chunks=chunks, on_parse_error=bp,
                               on_compile_error=bc, onstatus=onstatus, evaluator=evaluator,
                               expander=expander, read=read, parser=parser, where=where,
                               program=program)
    finally:
        if not is_file:
            fobj.close()
    err = state["error"]
    if truthy(err):
        f = state["fiber"]
        if f is not None:
            try:
                propagate(err, f)
            except JanetError as e:
                raise boot_frame(e, "dofile", 3426, 7)
        raise boot_frame(JanetError(err), "dofile", 3427, 7)
    return nenv


def _where_text(where):
    if where.__class__ is Keyword:
        return where.name
    return to_string(where).decode("utf-8", "surrogateescape")


def _read_all(fobj):
    if fobj.__class__ is JFile:
        return fobj.f.read()
    if hasattr(fobj, "read"):
        return fobj.read()
    out = Buffer()
    while True:
        buf = Buffer()
        call(rt_get(fobj, kw("read")), fobj, 4096.0, buf)
        if not buf:
            return bytes(out)
        out += buf


def _file_chunks(fobj):
    data = [_read_all(fobj)]

    def chunks(buf, _p):
        if data:
            buf += data.pop()
        return buf
    return chunks


def _named(args, start=0):
    """&named or &keys arguments: a dict from keyword to value (later keys
    win).  An odd last argument is dropped, as the reference's call does when
    it builds the struct (the compiler lints a direct call)."""
    out = {}
    for i in range(start, len(args) - 1, 2):
        out[args[i]] = args[i + 1]
    return out


@boot("dofile", "(dofile path &named exit env source expander evaluator read parser)",
      "Runs the file at `path` (or an open file or stream) with `run-context` "
      "and returns the environment it made (:env to give one).  Parse, compile "
      "and runtime errors stop the file and are raised; with :exit true they "
      "are printed and the process exits with status 1.  :source names the "
      "code in errors; :expander, :evaluator, :read and :parser are passed to "
      "`run-context`.", noframe=True)
def dofile(path, *named):
    o = _named(named)
    return dofile_impl(path, truthy(o.get(KW_EXIT)), o.get(KW_ENV), o.get(KW_SOURCE),
                       o.get(KW_EXPANDER), o.get(KW_EVALUATOR), o.get(KW_READ),
                       o.get(KW_PARSER))


# --------------------------------------------------------------------------
# Loaders, require, import*

@_helper("source-loader", "(source-loader path args)")
def source_loader(path, args):
    ml = loading()
    put(ml, path, True)
    try:
        return dofile(path, *args)
    except JanetError as e:
        if e.trace:
            e.trace[-1].tail = True     # dofile is called in tail position
        raise boot_frame(e, "source-loader", 3438, 15)
    finally:
        put(ml, path, None)


@_helper("preload-loader", "(preload-loader path & args)")
def preload_loader(path, *args):
    mc = cache()
    m = rt_in(mc, path)
    if truthy(m):
        if is_closure(m) or type_name(m) == "function":
            m = call(m, path, *args)
            put(mc, path, m)
        return m
    return None


@builtin("native", "(native path &opt env)",
         "Loads the native (C) module at `path`, a shared library written against "
         "the reference's C API.  pyjanet has no C runtime for such a module to "
         "call into, so this always fails: with the loader's message when the file "
         "is not a loadable library or lacks the module entry point, and otherwise "
         "with a message saying the module needs the reference interpreter.")
def native(path, env=None):
    sandbox_assert(SANDBOX_DYNAMIC_MODULES)
    p = cstring(path, 0)
    if env is not None:
        A.table(env, 1)
    # like the reference, a bare file name means the file here, not a search
    name = p if p[:1] == b"." or b"/" in p else b"./" + p
    try:
        lib = ctypes.CDLL(os.fsdecode(name))
    except OSError as e:
        panicf("could not load native %s: %s", p, str(e).encode())
    for sym_name in ("_janet_init", "_janet_mod_config"):
        if not hasattr(lib, sym_name):
            panicf("could not load native %s: could not find the %s symbol", p, sym_name)
    panicf("could not load native %s: C modules need the reference Janet's C "
           "runtime, which pyjanet does not have", p)


@_helper("native-loader", "(native-loader path & args)")
def native_loader(path, *args):
    try:
        return native(path)
    except JanetError as e:
        cfun_frame(e, "native")
        raise boot_frame(e, "native-loader", 3178, 37)


@_helper("image-loader", "(image-loader path & args)")
def image_loader(path, *args):
    # the reference slurps the file, then unmarshals it
    try:
        sandbox_assert(SANDBOX_FS_READ)
    except JanetError as e:
        cfun_frame(e, "file/open")
        raise boot_frame(e, "slurp", 1890, 10)
    sandbox_assert(SANDBOX_UNMARSHAL)
    panicf("could not load image %s: images are not supported", path)


MODULE_LOADERS = define("module/loaders", Table({
    KW_NATIVE: native_loader, KW_SOURCE_KIND: source_loader,
    KW_PRELOAD: preload_loader, KW_IMAGE: image_loader}),
    "A table from module kinds (the kinds in `module/paths`) to the functions "
    "that load them, called as (loader fullpath args).", source="boot.janet")


def require_1(path, args, kargs):
    """The reference's require-1: find, then load (or take from the cache)."""
    loader = kargs.get(KW_LOADER)
    if truthy(loader):
        fullpath, kind = path, loader
    else:
        try:
            fullpath, kind = module_find(path)
        except JanetError as e:
            boot_frame(e, "module/find", 3016, 17)
            raise boot_frame(e, "require-1", 3197, 7)
    if not truthy(fullpath):
        raise boot_frame(JanetError(kind), "require-1", 3454, 20)
    mc = cache()
    ml = loading()
    mls = loaders()
    if not truthy(kargs.get(KW_FRESH)):
        check = rt_in(mc, fullpath)
        if truthy(check):
            return check
    if truthy(rt_get(ml, fullpath)):
        raise boot_frame(JanetError(b"circular dependency " + to_string(fullpath)
                                    + b" detected"), "require-1", 3461, 7)
    ld = rt_get(mls, kind) if kind.__class__ is Keyword else kind
    if not truthy(ld):
        raise boot_frame(JanetError(b"module type " + to_string(kind) + b" unknown"),
                         "require-1", 3464, 24)
    try:
        env = call(ld, fullpath, tuple(args))
    except JanetError as e:
        raise boot_frame(e, "require-1", 3465, 18)
    put(mc, fullpath, env)
    return env


def _struct_args(args, who, line, column):
    """`(struct ;args)` of a boot.janet function's rest arguments."""
    try:
        if len(args) & 1:
            panicf("expected even number of arguments")
        return _named(args)
    except JanetError as e:
        cfun_frame(e, who[0])
        raise boot_frame(e, who[1], line, column)


@boot("require", "(require path & args)",
      "Loads the module `path`, searching `module/paths`, and returns its "
      "environment.  A module already in `module/cache` is not loaded again "
      "(unless :fresh is true).  The other options are passed to the loader "
      "(for source modules, to `dofile`).", noframe=True)
def require(path, *args):
    kargs = _struct_args(args, ("struct", "require"), 3474, 24)
    try:
        return require_1(path, args, kargs)
    except JanetError as e:
        if e.trace:
            e.trace[-1].tail = True     # require tail-calls require-1
        raise


@boot("merge-module", "(merge-module target source &opt prefix export only)",
      "Copies the public bindings of the module environment `source` into "
      "`target`, as `import` does: each name gets `prefix` in front, and the new "
      "bindings are private unless `export` is truthy.  With `only` (a tuple or "
      "array of symbols), only those are copied.  Returns target.")
def merge_module(target, source, prefix=None, export=None, only=None):
    only_set = None
    if truthy(only):
        only_set = set(iter_values(only))
    pre = to_string(prefix)
    private = not truthy(export)
    if source.__class__ is Table or source.__class__ is Struct:
        pairs = list(source.items())
    else:
        pairs = [(k, rt_in(source, k)) for k in iter_keys(source)]
    for k, v in pairs:
        if k.__class__ is not Symbol:
            continue
        if truthy(rt_get(v, KW_PRIVATE)):
            continue
        if only_set is not None and k not in only_set:
            continue
        e = Table()
        e[KW_PRIVATE] = private
        e.proto = v
        put(target, sym(pre + k.bname), e)
    return target


@boot("import*", "(import* path & args)",
      "The function behind the `import` macro, with the path and option values "
      "given as strings instead of symbols: requires the module and merges its "
      "bindings into the current environment.", noframe=True)
def import_star(path, *args):
    env = curenv()
    kargs = _struct_args(args, ("table", "import*"), 3493, 14)
    try:
        newenv = require_1(path, args, kargs)
    except JanetError as e:
        raise boot_frame(e, "import*", 3498, 15)
    as_ = kargs.get(KW_AS)
    if truthy(as_):
        prefix = to_string(as_) + b"/"
    else:
        prefix = kargs.get(KW_PREFIX)
        if not truthy(prefix):
            p = bytes(A.bytes_(path, 0))
            prefix = p.split(b"/")[-1].split(b".")[0] + b"/"
    try:
        return merge_module(env, newenv, prefix, kargs.get(KW_EXPORT), kargs.get(KW_ONLY))
    except JanetError as e:
        raise boot_frame(e, "merge-module", 3483, 3, tail=True)


@on_reset
def _forget_modules():
    MODULE_CACHE.clear()
    MODULE_LOADING.clear()


# --------------------------------------------------------------------------
# flycheck: run a file's top level without running it

KW_FLYCHECK = kw("flycheck")
KW_FLYCHECKING = kw("flychecking")

# What the reference's boot.janet marks with :flycheck, for root bindings that
# carry no such metadata here: True runs the form, a string names the helper
# below that decides.
_FLYCHECK_ROOT = {
    "defn": True, "defn-": True, "defmacro": True, "defmacro-": True, "assert": True,
    "defdyn": True, "varfn": True, "def-": "def", "var-": "def", "defglobal": "def",
    "varglobal": "def", "import": "import", "import*": "import", "dofile": "import",
    "require": "import", "use": "use"}
# Special forms: def and var may run when their value cannot have effects.
_FLYCHECK_SPECIALS = {sym("def"): "def", sym("var"): "def"}


def _no_side_effects(x):
    """Whether evaluating literal `x` cannot run code (no calls inside)."""
    c = x.__class__
    if c is tuple or c is Tuple:
        if not getattr(x, "brackets", False):
            return False
        return all(_no_side_effects(v) for v in x)
    if c is Array:
        return all(_no_side_effects(v) for v in x)
    if c is Table or c is Struct:
        return all(_no_side_effects(k) and _no_side_effects(v) for k, v in x.items())
    return True


def _flycheck_rule(head, env):
    """The :flycheck rule of the binding `head` in env: True, a function, a
    helper name, or nil."""
    if head in _FLYCHECK_SPECIALS:
        return _FLYCHECK_SPECIALS[head]
    entry = rt_get(env, head)
    if entry is None:
        return None
    rule = rt_get(entry, KW_FLYCHECK)
    if rule is None and head.__class__ is Symbol:
        root = STATE.root_env
        if root is not None and root.get(head) is entry:
            rule = _FLYCHECK_ROOT.get(head.name)
    return rule


def _apply_rule(rule, thunk, source, env, where):
    if rule == "def":
        target = rt_in(source, 1.0) if len(source) > 1 else None
        inner = _flycheck_rule(target, env) if target is not None else None
        if inner is not None:
            return _apply_rule(inner, thunk, source, env, where)
        if _no_side_effects(source[-1]):
            return call(thunk)
        return None
    if rule == "import":
        tup = mk_tuple(tuple(source) + (KW_EVALUATOR, flycheck_evaluator),
                       getattr(source, "line", -1), getattr(source, "column", -1))
        return call(compile_form(tup, env, where_name(where)))
    if rule == "use":
        for a in source[1:]:
            import_star(to_string(a), KW_PREFIX, b"", KW_EVALUATOR, flycheck_evaluator)
        return None
    if is_function(rule):
        return call(rule, thunk, source, env, where)
    if truthy(rule):
        return call(thunk)
    return None


@builtin("flycheck-evaluator", "(flycheck-evaluator thunk source env where)",
         "", kind="function", source="boot.janet", register=False)
def flycheck_evaluator(thunk, source, env, where):
    """The run-context evaluator of flycheck: a top-level form runs only when
    its head says it is safe to (definitions of functions and macros, imports,
    defs of plain data)."""
    if not isinstance(source, tuple) or getattr(source, "brackets", False) or not source:
        return None
    rule = _flycheck_rule(source[0], env)
    return _apply_rule(rule, thunk, source, env, where)


def flycheck_impl(path, exit=False, env=None, source=None):
    """The reference's flycheck: dofile `path` in a new environment (under
    `env`) with the flycheck evaluator and a private module cache; an error is
    printed with its stack trace, not raised."""
    new_env = make_env(env)
    new_env[KW_FLYCHECKING] = True
    new_env[KW_MODULE_CACHE] = Table()
    new_env[KW_MODULE_LOADING] = Table()
    new_env[KW_MODULE_MAKE_ENV] = _flycheck_env_maker(new_env)
    try:
        dofile_impl(path, exit, new_env, source, None, flycheck_evaluator)
    except JanetError as e:
        if e.trace:
            e.trace[-1].tail = True     # flycheck's try body tail-calls dofile
        report_error(e)
    return None


def _flycheck_env_maker(parent):
    @builtin("make-flycheck-env", "(make-flycheck-env &)", "", kind="function",
             source="boot.janet", register=False)
    def make_flycheck_env(*_):
        return make_env(parent)
    return make_flycheck_env


@boot("flycheck", "(flycheck path &keys kwargs)",
      "Checks the file at `path` for errors without running it: it is read, "
      "compiled and has its macros expanded, and only top-level forms known to "
      "be safe run (definitions of functions and macros, defs of plain data, "
      "imports, and bindings whose :flycheck metadata is true; a :flycheck "
      "function decides for its forms, like an :evaluator of `run-context`).  "
      "Errors are printed to stderr.  The other arguments are `dofile`'s.  "
      "Returns nil.")
def flycheck(path, *kwargs):
    o = _named(kwargs)
    return flycheck_impl(path, truthy(o.get(KW_EXIT)), o.get(KW_ENV), o.get(KW_SOURCE))
