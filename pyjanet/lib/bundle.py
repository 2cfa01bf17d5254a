"""The bundle/* namespace: installing Janet bundles into the syspath.

Corresponds to the bundle manager of the reference's src/boot/boot.janet
(its "Bundle tools" section), which pyjanet writes in Python.  A bundle is a
directory with a bundle script (`bundle/init.janet` or `bundle.janet`) and an
optional info file (`bundle/info.jdn` or `info.jdn`); installing it copies
its `bundle/` directory to `<syspath>/bundle/<name>`, loads the script as a
module and runs its hooks (postdeps, clean, build, install, check), which
call `bundle/add*` to copy files into the syspath.  What was installed is
recorded in `<syspath>/bundle/<name>/manifest.jdn`, read back by uninstall,
reinstall and the others.

Hooks are ordinary Janet code, so bundles of Janet modules install as in the
reference.  A bundle whose hooks build C code needs a C toolchain and the
reference's headers; a native module it installs fails to load with the
message of `native` (C modules need the reference's C runtime).
"""

from ..values import Array, Table, Struct, Symbol, kw, sym, truthy, table_key
from ..errors import JanetError
from ..runtime import STATE, call, dyn, get as rt_get, put as rt_put
from ..hashing import dict_order
from .eval import boot
from .string import string_format_
from .io import print_, eprintf, slurp, spit
from .parser import parse
from .module import require, module_value
from .os_ import (os_stat, os_lstat, os_dir, os_mkdir, os_rmdir, os_rm, os_realpath,
                  os_chmod, os_cd, os_cwd)

SEP = b"/"

KW_SYSPATH = kw("syspath")
KW_NAME = kw("name")
KW_FILES = kw("files")
KW_MODE = kw("mode")
KW_PERMISSIONS = kw("permissions")
KW_FILE = kw("file")
KW_DIRECTORY = kw("directory")
KW_DEPENDENCIES = kw("dependencies")
KW_LOCAL_SOURCE = kw("local-source")
KW_HOOKS = kw("hooks")
KW_INFO = kw("info")
KW_CONFIG = kw("config")
KW_AUTO_REMOVE = kw("auto-remove")
KW_WORKDIR = kw("workdir")
KW_PRIVATE = kw("private")
KW_CLEAN = kw("clean")
KW_CHECK = kw("check")
KW_HAS_EXE = kw("has-exe")
KW_HAS_BIN_SCRIPT = kw("has-bin-script")
KW_HAS_MAN = kw("has-man")
KW_BUNDLE_DIR = kw("bundle-dir")
KW_MODULE_CACHE = kw("module-cache")
KW_MODULE_LOADING = kw("module-loading")
KW_MODULE_MAKE_ENV = kw("module-make-env")
KW_RB = kw("rb")
KW_WB = kw("wb")

MISSING_SCRIPT = b"could not find module @syspath/bundle/"


def _fail(fmt, *args):
    """errorf: an error whose value is the formatted string."""
    raise JanetError(string_format_(fmt, *args))


def _s(x):
    return x if x.__class__ is bytes else bytes(x)


def _syspath():
    return dyn(KW_SYSPATH)


def _rpath(path):
    return os_realpath(path)


def _bundle_dir(name=None):
    d = _rpath(_syspath()) + SEP + b"bundle"
    return d + SEP + _s(name) if name is not None else d


def _bundle_file(name, filename):
    return _bundle_dir(name) + SEP + filename


def _manifest_file(name):
    return _bundle_file(name, b"manifest.jdn")


def _fexists(path):
    return os_stat(path, KW_MODE) is KW_FILE


def _say(*xs):
    print_(*xs)


def _files(manifest):
    files = rt_get(manifest, KW_FILES)
    if files is None:
        files = Array()
    rt_put(manifest, KW_FILES, files)
    return files


def _rmrf(path):
    mode = os_lstat(path, KW_MODE)
    if mode is None:
        return
    if mode is KW_DIRECTORY:
        for entry in os_dir(path):
            _rmrf(path + SEP + entry)
        os_rmdir(path)
    else:
        os_rm(path)


def _copyfile(src, dest):
    try:
        with open(src, "rb") as f:
            data = f.read()
    except OSError:
        _fail(b"source file %s cannot be opened for reading", src)
    try:
        with open(dest, "wb") as f:
            f.write(data)
    except OSError:
        _fail(b"destination file %s cannot be opened for writing", dest)
    os_chmod(dest, os_stat(src, KW_PERMISSIONS))


def _copyrf(src, dest):
    mode = os_stat(src, KW_MODE)
    if mode is KW_FILE:
        _copyfile(src, dest)
    elif mode is KW_DIRECTORY:
        os_mkdir(dest)
        for entry in os_dir(src):
            _copyrf(src + SEP + entry, dest + SEP + entry)


def _sync_manifest(manifest):
    name = rt_get(manifest, KW_NAME)
    string_format_(b"%j", manifest)      # only valid JDN goes into the file
    spit(_manifest_file(name), string_format_(b"%.99m\n", manifest))


def _deps(manifest):
    d = rt_get(manifest, KW_DEPENDENCIES)
    return d if d is not None else ()


def _with_cwd(path, f, *args):
    here = os_cwd()
    os_cd(path)
    try:
        return f(*args)
    finally:
        os_cd(here)


def _with_env(env, f, *args):
    # the reference runs this in a fiber of its own whose environment is env
    fiber = STATE.fiber
    old = fiber.env
    fiber.env = env
    try:
        return f(*args)
    finally:
        fiber.env = old


def _bundle_module(name):
    """Load the installed bundle script of `name` as a module (get-bundle-module)."""
    manifest = bundle_manifest(name)
    here = os_cwd()
    workdir = rt_get(manifest, KW_LOCAL_SOURCE)
    if workdir is None:
        workdir = b"."
    syspath = _rpath(_syspath())
    try:
        os_cd(workdir)
    except JanetError:
        _say(b"cannot enter source directory ", workdir, b" for bundle ", name)
    try:
        env = Table()
        env.proto = STATE.root_env
        env[KW_MODULE_CACHE] = Table()
        env[KW_MODULE_LOADING] = Table()

        def make_bundle_env(*_):
            t = Table()
            t.proto = env
            return t
        env[KW_MODULE_MAKE_ENV] = make_bundle_env
        env[KW_WORKDIR] = workdir
        env[KW_NAME] = name
        env[KW_SYSPATH] = syspath

        def load():
            env[KW_BUNDLE_DIR] = _bundle_dir(name)
            try:
                return require(b"@syspath/bundle/" + _s(name))
            except JanetError as e:
                v = e.value
                if v.__class__ is bytes and v.startswith(MISSING_SCRIPT):
                    e.value = b"bundle must contain bundle.janet or bundle/init.janet"
                raise
        return _with_env(env, load)
    finally:
        os_cd(here)


def _do_hook(module, name, hook, *args):
    f = module_value(module, sym(hook.name))
    if not truthy(f):
        return
    workdir = rt_get(module, KW_WORKDIR)

    def run():
        _say(b"running hook ", hook, b" for bundle ", name)
        call(f, *args)
    _with_cwd(workdir if workdir is not None else b".", run)


def _keys_arg(rest, who):
    """The &keys parameter: a struct of the key/value pairs in rest."""
    s = Struct()
    for i in range(0, len(rest) - 1, 2):
        if rest[i + 1] is not None:
            s[table_key(rest[i])] = rest[i + 1]
    return s


def _kvs(d):
    out = []
    if d is not None:
        for k, v in dict_order(d):
            out.append(k)
            out.append(v)
    return out


# --------------------------------------------------------------------------
# Reading what is installed

@boot("bundle/manifest", "(bundle/manifest bundle-name)",
      "The manifest of the installed bundle `bundle-name`: the table its "
      "installation recorded (name, source directory, files, hooks, ...).")
def bundle_manifest(bundle_name):
    path = _manifest_file(bundle_name)
    if not _fexists(path):
        _fail(b"no bundle %v found", bundle_name)
    return parse(slurp(path))


@boot("bundle/list", "(bundle/list)",
      "The names of the installed bundles, sorted.")
def bundle_list():
    d = _bundle_dir()
    if os_stat(d, KW_MODE) is None:
        return Array()
    return Array(sorted(os_dir(d)))


@boot("bundle/installed?", "(bundle/installed? bundle-name)",
      "Whether a bundle called `bundle-name` is installed.")
def bundle_installed(bundle_name):
    return os_stat(_bundle_dir(bundle_name), KW_MODE) is not None


@boot("bundle/topolist", "(bundle/topolist)",
      "The installed bundles in an order where each comes after the bundles it "
      "depends on.  An error names a dependency cycle.")
def bundle_topolist():
    visited = set()
    visiting = set()
    order = Array()
    stack = []

    def visit(b):
        stack.append(b)
        if b in visited:
            return
        if b in visiting:
            _fail(b"cycle detected in bundle dependencies: %s", b" -> ".join(stack))
        visiting.add(b)
        for d in _deps(bundle_manifest(b)):
            visit(d)
        visiting.discard(b)
        visited.add(b)
        stack.pop()
        order.append(b)

    for b in bundle_list():
        visit(b)
    return order


@boot("bundle/whois", "(bundle/whois path)",
      "The name of the installed bundle that installed the file at `path`, or nil.")
def bundle_whois(path):
    rpath = _rpath(path)
    for name in bundle_list():
        files = rt_get(bundle_manifest(name), KW_FILES)
        if files is not None and rpath in files:
            return name
    return None


# --------------------------------------------------------------------------
# Removing

def _uninstall_unchecked(name):
    man = bundle_manifest(name)
    hooks = rt_get(man, KW_HOOKS)
    if hooks is not None and kw("uninstall") in hooks:
        module = _bundle_module(name)
        _do_hook(module, name, kw("uninstall"), man)
    files = rt_get(man, KW_FILES)
    for f in reversed(list(files if files is not None else ())):
        _say(b"remove ", f)
        mode = os_stat(f, KW_MODE)
        if mode is KW_FILE:
            os_rm(f)
        elif mode is KW_DIRECTORY:
            os_rmdir(f)
    _rmrf(_bundle_dir(name))


@boot("bundle/uninstall", "(bundle/uninstall bundle-name)",
      "Removes the installed bundle `bundle-name` and the files it installed.  "
      "An error when other installed bundles depend on it.  Runs the bundle "
      "script's `uninstall` hook first, when it has one.")
def bundle_uninstall(bundle_name):
    breaks = set()
    for b in bundle_list():
        if b != bundle_name and bundle_name in _deps(bundle_manifest(b)):
            breaks.add(b)
    if breaks:
        _fail(b"cannot uninstall %s, breaks dependent bundles %n", bundle_name,
              Array(sorted(breaks)))
    _uninstall_unchecked(bundle_name)
    return None


@boot("bundle/prune", "(bundle/prune)",
      "Uninstalls the orphaned bundles: those installed with :auto-remove that no "
      "other installed bundle depends on.")
def bundle_prune():
    exempt = set()
    drop = []
    for b in reversed(list(bundle_topolist())):
        m = bundle_manifest(b)
        if b in exempt or not truthy(rt_get(m, KW_AUTO_REMOVE)):
            exempt.add(b)
            exempt.update(_deps(m))
        else:
            drop.append(b)
    _say(b"pruning ", float(len(drop)), b" bundles")
    for b in drop:
        _say(b"uninstall ", b)
    for b in drop:
        _say(b"uninstalling ", b)
        _uninstall_unchecked(b)
    return None


# --------------------------------------------------------------------------
# Installing

@boot("bundle/install", "(bundle/install path &keys config)",
      "Installs the bundle in directory `path` and returns its name, taken from "
      "the :name of `config` or of the bundle's info file.  The bundle script's "
      "hooks run in this order: postdeps, clean (with :clean true), build, "
      "install, check (with :check true); the dependencies its info file lists "
      "must be installed already.  On an error everything installed so far is "
      "removed again.")
def bundle_install(path, *rest):
    config = _keys_arg(rest, "bundle/install")
    path = _rpath(path)
    info_src1 = path + SEP + b"bundle" + SEP + b"info.jdn"
    info_src2 = path + SEP + b"info.jdn"
    info_src = info_src1 if _fexists(info_src1) else (info_src2 if _fexists(info_src2) else None)
    info = parse(slurp(info_src)) if info_src is not None else None
    name = rt_get(config, KW_NAME)
    if name is None:
        name = rt_get(info, KW_NAME) if info is not None else None
    if not truthy(name):
        _fail(b"unable to infer bundle name for %v, use :name argument or add :name "
              b"to info file", path)
    # (string/check-set "\\/" name): only a name made of separators is refused
    if all(c in b"\\/" for c in _s(name)):
        _fail(b"bundle name %v cannot contain path separators", name)
    if not len(name):
        raise JanetError(b"cannot use empty bundle-name")
    if _fexists(_manifest_file(name)):
        _fail(b"bundle %v is already installed", name)
    script2 = path + SEP + b"bundle.janet"
    bdir = _bundle_dir()
    os_mkdir(bdir)
    if os_stat(bdir, KW_MODE) is None:
        raise JanetError(b"assert failure")
    os_mkdir(_bundle_dir(name))
    if _fexists(info_src2):
        _copyfile(info_src2, _bundle_file(name, b"info.jdn"))
    if _fexists(script2):
        _copyfile(script2, _bundle_file(name, b"init.janet"))
    implicit = path + SEP + b"bundle"
    if os_stat(implicit, KW_MODE) is KW_DIRECTORY:
        _copyrf(implicit, _bundle_dir(name))
    man = Table({KW_NAME: name, KW_LOCAL_SOURCE: path, KW_FILES: Array()})
    for k, v in dict_order(config):
        rt_put(man, k, v)
    _sync_manifest(man)
    try:
        if info is not None:
            deps = Array()
            for d in rt_get(info, KW_DEPENDENCIES) or ():
                if d.__class__ in (Table, Struct):
                    d = rt_get(d, KW_NAME)
                deps.append(string_format_(b"%s", d) if d.__class__ is not bytes else d)
            missing = [d for d in deps if not bundle_installed(d)]
            if missing:
                raise JanetError(b"missing dependencies " + b", ".join(missing))
            man[KW_DEPENDENCIES] = deps
            man[KW_INFO] = info
        module = _bundle_module(name)
        clean = rt_get(config, KW_CLEAN)
        check = rt_get(config, KW_CHECK)
        hooks = Array()
        for k, v in dict_order(module):
            if k.__class__ is Symbol and not truthy(rt_get(v, KW_PRIVATE)):
                hooks.append(kw(k.name))
        man[KW_HOOKS] = hooks
        _do_hook(module, name, kw("dependencies"), man)    # the old name of postdeps
        _do_hook(module, name, kw("postdeps"), man)
        if truthy(clean):
            _do_hook(module, name, KW_CLEAN, man)
        _do_hook(module, name, kw("build"), man)
        _do_hook(module, name, kw("install"), man)
        if not len(rt_get(man, KW_FILES) or ()):
            _say(b"no files installed, is this a valid bundle?")
        _sync_manifest(man)
        if truthy(check):
            _do_hook(module, name, KW_CHECK, man)
    except JanetError:
        _say(b"installation error, uninstalling")
        bundle_uninstall(name)
        raise
    _say(b"installed ", name)
    if truthy(man.get(KW_HAS_EXE)) or truthy(man.get(KW_HAS_BIN_SCRIPT)):
        eprintf(b"executable files have been installed to %s", _syspath() + SEP + b"bin")
    if truthy(man.get(KW_HAS_MAN)):
        eprintf(b"man pages have been installed to %s", _syspath() + SEP + b"man")
    return name


def _pack(name, dest, is_backup=False):
    """Make a bundle directory that reinstalls the installed files of `name`
    as they are (the reference's private bundle/pack, used by replace)."""
    man = bundle_manifest(name)
    files = rt_get(man, KW_FILES) or ()
    if not os_mkdir(dest):
        _fail(b"could not create directory %v (or it already exists)", dest)
    os_mkdir(dest + SEP + b"bundle")
    hook_file = dest + SEP + b"bundle" + SEP + b"init.janet"
    try:
        forms = []
        syspath = _rpath(_syspath())
        if is_backup:
            _copyrf(_bundle_dir(name), dest + SEP + b"old-bundle")
        i = 0
        for f in files:
            st = os_stat(f)
            mode = st.get(KW_MODE) if st is not None else None
            perm = st.get(KW_PERMISSIONS) if st is not None else None
            rel = f[len(syspath):].lstrip(SEP)
            if mode is KW_DIRECTORY:
                forms.append((sym("bundle/add-directory"), sym("manifest"), rel, perm))
            elif mode is KW_FILE:
                i += 1
                fname = b"file_%06d" % i
                _copyfile(f, dest + SEP + fname)
                forms.append((sym("bundle/add-file"), sym("manifest"), fname, rel, perm))
            else:
                _fail(b"unexpected file %v", f)
        text = bytearray(b"(defn install [manifest]")
        for form in forms:
            text += b"\n  " + string_format_(b"%j", form)
        text += b")\n"
        spit(hook_file, bytes(text))
    except JanetError:
        _rmrf(dest)
        raise
    return dest


@boot("bundle/replace", "(bundle/replace bundle-name path &keys new-config)",
      "Reinstalls the installed bundle `bundle-name` from directory `path` (which "
      "may differ from where it came from), keeping bundles that depend on it "
      "installed.  If the new installation fails, the old one is put back.")
def bundle_replace(bundle_name, path, *rest):
    new_config = _keys_arg(rest, "bundle/replace")
    manifest = bundle_manifest(bundle_name)
    config = rt_get(manifest, KW_CONFIG)
    if os_stat(path, KW_MODE) is not KW_DIRECTORY:
        _fail(b"local source %v not available", path)
    backup = _syspath() + SEP + _s(bundle_name) + b".backup"
    _rmrf(backup)
    src = _pack(bundle_name, backup, True)
    try:
        _uninstall_unchecked(bundle_name)
        bundle_install(path, KW_NAME, bundle_name, *_kvs(config), *_kvs(new_config))
    except JanetError:
        bundle_install(src, KW_NAME, bundle_name)
        _copyrf(src + SEP + b"old-bundle", _bundle_dir(bundle_name))
        _rmrf(src)
        raise
    _rmrf(src)
    return bundle_name


@boot("bundle/reinstall", "(bundle/reinstall bundle-name &keys new-config)",
      "Reinstalls the installed bundle `bundle-name` from the directory it was "
      "installed from.")
def bundle_reinstall(bundle_name, *rest):
    new_config = _keys_arg(rest, "bundle/reinstall")
    path = rt_get(bundle_manifest(bundle_name), KW_LOCAL_SOURCE)
    bundle_replace(bundle_name, path, *_kvs(new_config))
    return bundle_name


@boot("bundle/update-all", "(bundle/update-all &keys configs)",
      "Reinstalls every installed bundle, dependencies first.")
def bundle_update_all(*rest):
    configs = _keys_arg(rest, "bundle/update-all")
    for b in bundle_topolist():
        bundle_reinstall(b, *_kvs(configs))
    return None


# --------------------------------------------------------------------------
# What hooks call to install files

@boot("bundle/add-directory", "(bundle/add-directory manifest dest &opt chmod-mode)",
      "Makes the directory `dest` under (dyn *syspath*) and records it in the "
      "bundle's manifest, so uninstalling removes it.  An error when it exists "
      "already.  Returns its absolute path.")
def bundle_add_directory(manifest, dest, chmod_mode=None):
    files = _files(manifest)
    absdest = _s(_syspath()) + SEP + _s(dest)
    if not os_mkdir(absdest):
        _fail(b"collision at %s, directory already exists", absdest)
    absdest = _rpath(absdest)
    files.append(absdest)
    if truthy(chmod_mode):
        os_chmod(absdest, chmod_mode)
    _say(b"add ", absdest)
    return absdest


@boot("bundle/add-file", "(bundle/add-file manifest src &opt dest chmod-mode)",
      "Copies the file `src` to `dest` (by default `src`) under (dyn *syspath*) and "
      "records it in the bundle's manifest, so uninstalling removes it.  An error "
      "when the destination exists already.  Returns its absolute path.")
def bundle_add_file(manifest, src, dest=None, chmod_mode=None):
    if dest is None:
        dest = src
    files = _files(manifest)
    absdest = _s(_syspath()) + SEP + _s(dest)
    if os_stat(absdest, KW_MODE) is not None:
        _fail(b"collision at %s, file already exists", absdest)
    _copyfile(src, absdest)
    absdest = _rpath(absdest)
    files.append(absdest)
    if truthy(chmod_mode):
        os_chmod(absdest, chmod_mode)
    _say(b"add ", absdest)
    return absdest


@boot("bundle/add", "(bundle/add manifest src &opt dest chmod-mode)",
      "Copies the file or the whole directory `src` to `dest` (by default `src`) "
      "under (dyn *syspath*), recording everything it makes in the bundle's "
      "manifest.  Returns the absolute path of `dest`.")
def bundle_add(manifest, src, dest=None, chmod_mode=None):
    if dest is None:
        dest = src
    mode = os_stat(src, KW_MODE)
    if mode is None:
        _fail(b"file %s does not exist", src)
    if mode is KW_DIRECTORY:
        absdest = bundle_add_directory(manifest, dest, chmod_mode)
        for entry in os_dir(src):
            bundle_add(manifest, _s(src) + SEP + entry, _s(dest) + SEP + entry, chmod_mode)
        return absdest
    if mode is KW_FILE:
        return bundle_add_file(manifest, src, dest, chmod_mode)
    _fail(b"bad path %s - file is a %s", src, mode)


@boot("bundle/add-bin", "(bundle/add-bin manifest src &opt filename chmod-mode)",
      "Installs the file `src` as `filename` (by default its own name) in the "
      "`bin` directory of (dyn *syspath*), executable (mode 8r755) unless "
      "`chmod-mode` says otherwise.")
def bundle_add_bin(manifest, src, filename=None, chmod_mode=None):
    if filename is None:
        filename = _s(src).split(SEP)[-1]
    if chmod_mode is None:
        chmod_mode = float(0o755)
    os_mkdir(_s(_syspath()) + SEP + b"bin")
    rt_put(manifest, KW_HAS_EXE, True)
    rt_put(manifest, KW_HAS_BIN_SCRIPT, True)
    return bundle_add_file(manifest, src, b"bin" + SEP + _s(filename), chmod_mode)


@boot("bundle/add-manpage", "(bundle/add-manpage manifest src &opt mansec)",
      "Installs the file `src` in the man page section directory `mansec` (by "
      "default \"man1\") under the `man` directory of (dyn *syspath*).")
def bundle_add_manpage(manifest, src, mansec=None):
    if mansec is None:
        mansec = b"man1"
    filename = _s(src).split(SEP)[-1]
    base = _s(_syspath()) + SEP + b"man"
    os_mkdir(base)
    os_mkdir(base + SEP + _s(mansec))
    rt_put(manifest, KW_HAS_MAN, True)
    return bundle_add_file(manifest, src, b"man" + SEP + _s(mansec) + SEP + filename)
