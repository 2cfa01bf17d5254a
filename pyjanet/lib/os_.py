"""The os/* namespace: platform, exit, environment, time and dates, random
bytes, files and directories, permissions.

Corresponds to the reference's src/core/os.c (the parts that do not need the
event loop: processes, os/open and os/pipe live elsewhere).  Named os_.py so it
does not shadow Python's os module.  Paths and other strings handed to the C
library go through `cstring` (strings only, no zero bytes), and failures report
the C library's strerror text, as the reference does.
"""

import os
import stat as _stat
import time

from ..values import Array, Table, Struct, Buffer, Keyword, kw
from ..errors import panic, panicf
from ..runtime import builtin, get as rt_get
from .. import args as A
from ..sandbox import (sandbox_assert, SANDBOX_ENV, SANDBOX_FS_READ, SANDBOX_FS_WRITE,
                       SANDBOX_HRTIME, SANDBOX_SUBPROCESS, SANDBOX_CHROOT)
from .. import evloop as L
from .. import lazy
from .io import cstring, JFile, STDOUT, STDERR, MISSING


def _truthy(x):
    return x is not None and x is not False


# --------------------------------------------------------------------------
platform = lazy.module("platform", globals())   # for os/compiler only

# The platform and the process

@builtin("os/which", "(os/which &opt test)",
         "The operating system, as a keyword (:linux here).  With a truthy `test` "
         "keyword, whether the operating system is that one.")
def os_which(test=None):
    if _truthy(test):
        A.keyword(test, 0)
        return test is _LINUX
    return _LINUX


_LINUX = kw("linux")


@builtin("os/compiler", "(os/compiler)",
         "The C compiler behind the interpreter, as a keyword: :gcc, :clang, :msvc, "
         ":kencc or :unknown.  pyjanet is not compiled from C itself; this names the "
         "compiler that built the Python running it.")
def os_compiler():
    c = platform.python_compiler().lower()
    for name, key in (("clang", "clang"), ("gcc", "gcc"), ("msc", "msvc")):
        if name in c:
            return kw(key)
    return kw("unknown")


@builtin("os/posix-chroot", "(os/posix-chroot dirname)",
         "Makes `dirname` the root directory of the process (the chroot system call, "
         "which needs privileges).  Returns nil.")
def os_posix_chroot(dirname):
    sandbox_assert(SANDBOX_CHROOT)
    path = cstring(dirname, 0)
    try:
        os.chroot(path)
    except OSError as e:
        panic(os.strerror(e.errno))
_ARCHES = {"x86_64": "x64", "amd64": "x64", "i386": "x86", "i486": "x86", "i586": "x86",
           "i686": "x86", "aarch64": "aarch64", "arm64": "aarch64", "riscv64": "riscv64",
           "riscv32": "riscv32", "s390x": "s390x", "s390": "s390", "ppc64": "ppc64",
           "ppc64le": "ppc64", "ppc": "ppc", "sparc": "sparc", "sparc64": "sparc"}


@builtin("os/arch", "(os/arch)",
         "The instruction set the interpreter runs on: :x64, :x86, :aarch64, :arm, "
         ":riscv64, ... or :unknown.")
def os_arch():
    m = os.uname().machine.lower()     # what platform.machine() reads
    if m.startswith("arm") and m not in _ARCHES:
        return kw("arm")
    return kw(_ARCHES.get(m, "unknown"))


@builtin("os/exit", "(os/exit &opt x force)",
         "Ends the process.  The exit status is 0 without `x`, `x` when it is an "
         "integer, and 1 otherwise.  Output is flushed first unless `force` is "
         "truthy, which exits at once.")
def os_exit(x=MISSING, force=None):
    if x is MISSING:
        status = 0
    elif A.is_int(x):
        status = int(x)
    else:
        status = 1
    status &= 0xFF
    if _truthy(force):
        # _Exit: no cleanup, buffered output is lost (as in the reference)
        os._exit(status)
    STDOUT.flush()
    STDERR.flush()
    raise SystemExit(status)


_LOCALE_CATEGORIES = ("all", "collate", "ctype", "monetary", "numeric", "time")


@builtin("os/setlocale", "(os/setlocale &opt locale category)",
         "Sets the C library's locale for `category` (:all by default, or :collate "
         ":ctype :monetary :numeric :time) and returns the locale now in effect, or "
         "nil when `locale` is not available; with `locale` nil, only returns the "
         "current one.  (pyjanet's own number printing does not follow the locale.)")
def os_setlocale(loc=None, category=None):
    import locale as _locale
    cat = _locale.LC_ALL
    if category is not None:
        k = A.keyword(category, 1)
        if k.name not in _LOCALE_CATEGORIES:
            panicf("expected one of :all, :collate, :ctype, :monetary, :numeric, or :time, "
                   "got %v", category)
        cat = getattr(_locale, "LC_" + k.name.upper())
    name = None if loc is None else cstring(loc, 0).decode("utf-8", "surrogateescape")
    try:
        return _locale.setlocale(cat, name).encode("utf-8", "surrogateescape")
    except _locale.Error:
        return None


@builtin("os/getpid", "(os/getpid)", "The id of this process.")
def os_getpid():
    sandbox_assert(SANDBOX_SUBPROCESS)
    return float(os.getpid())


@builtin("os/cpu-count", "(os/cpu-count &opt dflt)",
         "How many CPUs this process may run on, or `dflt` when that is unknown.")
def os_cpu_count(dflt=None):
    try:
        return float(len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        n = os.cpu_count()
        return dflt if n is None else float(n)


@builtin("os/isatty", "(os/isatty &opt file)",
         "Whether `file` (standard output by default) is a terminal.")
def os_isatty(f=MISSING):
    jf = STDOUT if f is MISSING else A.abstract(f, 0, JFile, "core/file")
    try:
        return os.isatty(jf.f.fileno())
    except (OSError, ValueError, AttributeError):
        return False


# --------------------------------------------------------------------------
# The environment

@builtin("os/getenv", "(os/getenv variable &opt dflt)",
         "The value of environment variable `variable` as a string, or `dflt` when "
         "it is not set.")
def os_getenv(name, dflt=None):
    sandbox_assert(SANDBOX_ENV)
    v = os.environb.get(cstring(name, 0))
    return dflt if v is None else v


@builtin("os/setenv", "(os/setenv variable value)",
         "Sets environment variable `variable` to `value`, or removes it when `value` "
         "is nil or absent.")
def os_setenv(name, value=None):
    sandbox_assert(SANDBOX_ENV)
    k = cstring(name, 0)
    v = None if value is None else cstring(value, 1)
    try:
        if v is None:
            os.environb.pop(k, None)
        else:
            os.environb[k] = v
    except (ValueError, OSError):
        pass     # setenv's EINVAL (empty name, '=' in it) is ignored, as in the reference
    return None


@builtin("os/environ", "(os/environ)", "A new table of the environment's variables.")
def os_environ():
    sandbox_assert(SANDBOX_ENV)
    t = Table()
    for k, v in os.environb.items():
        t[k] = v
    return t


# --------------------------------------------------------------------------
# Time

@builtin("os/time", "(os/time)",
         "The current time in whole seconds since the Unix epoch (1970-01-01 UTC).")
def os_time():
    return float(int(time.time()))


_CLOCKS = {kw("realtime"): time.CLOCK_REALTIME, kw("monotonic"): time.CLOCK_MONOTONIC,
           kw("cputime"): time.CLOCK_PROCESS_CPUTIME_ID}
_KW_DOUBLE = kw("double")
_KW_INT = kw("int")
_KW_TUPLE = kw("tuple")


@builtin("os/clock", "(os/clock &opt source format)",
         "The current time of a clock: `source` is :realtime (wall clock, the "
         "default), :monotonic (never goes back) or :cputime (processor time used by "
         "this process).  `format` is :double (seconds with a fraction, the default), "
         ":int (whole seconds) or :tuple ([seconds nanoseconds]).")
def os_clock(source=None, fmt=None):
    sandbox_assert(SANDBOX_HRTIME)
    if source is None:
        clock = time.CLOCK_REALTIME
    else:
        clock = _CLOCKS.get(A.keyword(source, 0))
        if clock is None:
            panicf("expected :realtime, :monotonic, or :cputime, got %v", source)
    ns = time.clock_gettime_ns(clock)
    sec, nsec = divmod(ns, 1000000000)
    if fmt is not None:
        A.keyword(fmt, 1)
    if fmt is None or fmt is _KW_DOUBLE:
        return sec + nsec / 1e9
    if fmt is _KW_INT:
        return float(sec)
    if fmt is _KW_TUPLE:
        return (float(sec), float(nsec))
    panicf("expected :double, :int, or :tuple, got %v", fmt)


@builtin("os/sleep", "(os/sleep n)", "Pauses the program for `n` seconds (a real number).")
def os_sleep(n):
    delay = A.number(n, 0)
    if delay < 0:
        panic("invalid argument to sleep")
    try:
        L.sleep(delay)      # (a sleep Ctrl-C in the REPL can interrupt)
    except (ValueError, OverflowError):
        pass
    return None


def _broken_down(t, local):
    """The reference's time_to_tm: the broken-down time of `t` (now when nil),
    local when `local` is truthy, else UTC."""
    t = int(time.time()) if t is None else A.s64(t)
    try:
        if local:
            time.tzset()
            return time.localtime(t)
        return time.gmtime(t)
    except (OverflowError, OSError, ValueError):
        panic("time out of range")


@builtin("os/date", "(os/date &opt time local)",
         "The broken-down date of `time` (seconds since the epoch, now by default) as "
         "a struct of :seconds, :minutes, :hours, :month-day, :month, :year, "
         ":week-day, :year-day and :dst.  Days and months count from 0.  UTC unless "
         "`local` is truthy (then the TZ environment variable applies).")
def os_date(t=None, local=None):
    tm = _broken_down(t, _truthy(local))
    return Struct({
        kw("seconds"): float(tm.tm_sec), kw("minutes"): float(tm.tm_min),
        kw("hours"): float(tm.tm_hour), kw("month-day"): float(tm.tm_mday - 1),
        kw("month"): float(tm.tm_mon - 1), kw("year"): float(tm.tm_year),
        # Python counts week days from Monday and year days from 1; C from Sunday and 0.
        kw("week-day"): float((tm.tm_wday + 1) % 7), kw("year-day"): float(tm.tm_yday - 1),
        kw("dst"): tm.tm_isdst > 0,
    })


_STRFTIME_OK = frozenset(b"aAbBcdHIjmMpSUwWxXyYZ%")


@builtin("os/strftime", "(os/strftime fmt &opt time local)",
         "Formats `time` (now by default) with the C strftime directives of C89 "
         "(%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %%).  UTC "
         "unless `local` is truthy.")
def os_strftime(fmt, t=None, local=None):
    f = cstring(fmt, 0)
    i, n = 0, len(f)
    while i < n:
        c = f[i]
        i += 1
        if c == 37:
            if i >= n:
                panic("invalid conversion specifier")
            if f[i] not in _STRFTIME_OK:
                panicf("invalid conversion specifier '%%%c'", f[i])
            i += 1
    local = _truthy(local)
    tm = _broken_down(t, local)
    if not local:
        # gmtime names its zone GMT in C; Python's says UTC.
        tm = time.struct_time(tuple(tm[:9]) + ("GMT", 0))
    out = time.strftime(f.decode("latin-1"), tm).encode("latin-1")
    return out if len(out) < 250 else b""


def _c_int(v):
    """An int64 stored in a C int field: the low 32 bits, signed."""
    return ((v + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def _date_field(d, name):
    v = rt_get(d, kw(name))
    if v is None:
        return 0
    if not (v.__class__ is float and v.is_integer() and abs(v) <= 9007199254740992.0):
        panicf("bad slot #%s, expected 64 bit signed integer, got %v", name, v)
    return _c_int(int(v))


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date (m 1-12)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


@builtin("os/mktime", "(os/mktime date-struct &opt local)",
         "The time in seconds since the epoch of a broken-down date as `os/date` "
         "makes it (missing fields count as 0; out-of-range ones carry over).  UTC "
         "unless `local` is truthy.  The inverse of `os/date`.")
def os_mktime(d, local=None):
    if d.__class__ is not Table and d.__class__ is not Struct:
        A.panic_type(d, 0, ("table", "struct"))
    sec = _date_field(d, "seconds")
    mins = _date_field(d, "minutes")
    hour = _date_field(d, "hours")
    mday = _c_int(_date_field(d, "month-day") + 1)
    mon = _date_field(d, "month")
    year = _c_int(_date_field(d, "year") - 1900)
    dst = rt_get(d, kw("dst"))
    isdst = -1 if dst is None else int(_truthy(dst))
    if _truthy(local):
        try:
            t = int(time.mktime((year + 1900, mon + 1, mday, hour, mins, sec, 0, 0, isdst)))
        except (OverflowError, ValueError):
            t = -1
    else:
        y = year + 1900 + mon // 12
        t = (_days_from_civil(y, mon % 12 + 1, 1) + mday - 1) * 86400 \
            + hour * 3600 + mins * 60 + sec
    if t == -1:
        # The reference reports errno, which mktime/timegm do not set for this
        # result: what is left there is the terminal probe of stdio (ENOTTY).
        panicf("%s", os.strerror(25))
    return float(t)


# --------------------------------------------------------------------------
# Random bytes

@builtin("os/cryptorand", "(os/cryptorand n &opt buf)",
         "`n` random bytes from the operating system's secure source, in a new buffer "
         "or appended to `buf`.")
def os_cryptorand(n, buf=MISSING):
    count = A.integer(n, 0)
    if count < 0:
        panic("expected positive integer")
    buf = Buffer() if buf is MISSING else A.buffer(buf, 1)
    try:
        buf += os.urandom(count)
    except OSError:
        panic("unable to get sufficient random data")
    return buf


# --------------------------------------------------------------------------
# Files and directories

@builtin("os/cwd", "(os/cwd)", "The current working directory.")
def os_cwd():
    try:
        return os.getcwdb()
    except OSError:
        panic("could not get current directory")


@builtin("os/cd", "(os/cd path)", "Makes `path` the current directory.  Returns nil.")
def os_cd(path):
    sandbox_assert(SANDBOX_FS_READ)
    p = cstring(path, 0)
    try:
        os.chdir(p)
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


_MODE_NAMES = ((_stat.S_ISREG, "file"), (_stat.S_ISDIR, "directory"),
               (_stat.S_ISFIFO, "fifo"), (_stat.S_ISBLK, "block"),
               (_stat.S_ISSOCK, "socket"), (_stat.S_ISLNK, "link"),
               (_stat.S_ISCHR, "character"))


def _mode_kw(m):
    for test, name in _MODE_NAMES:
        if test(m):
            return kw(name)
    return kw("other")


def _perm_string(p):
    return bytes(c if p & bit else 45
                 for c, bit in zip(b"rwxrwxrwx", (0o400, 0o200, 0o100, 0o40, 0o20, 0o10,
                                                  0o4, 0o2, 0o1)))


# The fields of os/stat, in the reference's order.
_STAT_FIELDS = (
    ("dev", lambda st: float(st.st_dev)),
    ("inode", lambda st: float(st.st_ino)),
    ("mode", lambda st: _mode_kw(st.st_mode)),
    ("int-permissions", lambda st: float(st.st_mode & 0o777)),
    ("permissions", lambda st: _perm_string(st.st_mode & 0o777)),
    ("uid", lambda st: float(st.st_uid)),
    ("gid", lambda st: float(st.st_gid)),
    ("nlink", lambda st: float(st.st_nlink)),
    ("rdev", lambda st: float(st.st_rdev)),
    ("size", lambda st: float(st.st_size)),
    ("blocks", lambda st: float(st.st_blocks)),
    ("blocksize", lambda st: float(st.st_blksize)),
    ("accessed", lambda st: float(st.st_atime_ns // 1000000000)),
    ("modified", lambda st: float(st.st_mtime_ns // 1000000000)),
    ("changed", lambda st: float(st.st_ctime_ns // 1000000000)),
)
_STAT_BY_KW = {kw(name): getter for name, getter in _STAT_FIELDS}


def _stat_impl(follow, path, which):
    sandbox_assert(SANDBOX_FS_READ)
    p = cstring(path, 0)
    key = None
    tab = None
    if which is MISSING:
        tab = Table()
    elif which.__class__ is Keyword:
        key = which
    else:
        tab = A.table(which, 1)
    try:
        st = os.stat(p) if follow else os.lstat(p)
    except (OSError, ValueError):
        return None
    if key is None:
        for name, getter in _STAT_FIELDS:
            tab[kw(name)] = getter(st)
        return tab
    getter = _STAT_BY_KW.get(key)
    if getter is None:
        panicf("unexpected keyword %v", key)
    return getter(st)


@builtin("os/stat", "(os/stat path &opt tab|key)",
         "Facts about the file at `path` (following symbolic links): a table of "
         ":dev :inode :mode :int-permissions :permissions :uid :gid :nlink :rdev :size "
         ":blocks :blocksize :accessed :modified :changed (put into `tab` when given), "
         "or just the field `key`.  nil when there is no such file.")
def os_stat(path, which=MISSING):
    return _stat_impl(True, path, which)


@builtin("os/lstat", "(os/lstat path &opt tab|key)",
         "Like `os/stat`, but describes a symbolic link itself rather than its target.")
def os_lstat(path, which=MISSING):
    return _stat_impl(False, path, which)


@builtin("os/dir", "(os/dir dir &opt array)",
         "The names of the entries of directory `dir` (without . and ..), in a new "
         "array or appended to `array`.")
def os_dir(d, arr=MISSING):
    sandbox_assert(SANDBOX_FS_READ)
    p = cstring(d, 0)
    out = Array() if arr is MISSING else A.array(arr, 1)
    try:
        names = os.listdir(p)
    except OSError as e:
        panicf("cannot open directory %s: %s", p, e.strerror)
    out.extend(names)
    return out


@builtin("os/mkdir", "(os/mkdir path)",
         "Makes directory `path`: true when it was made, false when it already "
         "exists; other failures are errors.")
def os_mkdir(path):
    sandbox_assert(SANDBOX_FS_WRITE)
    p = cstring(path, 0)
    try:
        os.mkdir(p, 0o775)
        return True
    except FileExistsError:
        return False
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


@builtin("os/rmdir", "(os/rmdir path)", "Removes the empty directory `path`.  Returns nil.")
def os_rmdir(path):
    sandbox_assert(SANDBOX_FS_WRITE)
    p = cstring(path, 0)
    try:
        os.rmdir(p)
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


@builtin("os/rm", "(os/rm path)",
         "Removes the file (or empty directory, like C's remove) `path`.  Returns nil.")
def os_rm(path):
    p = cstring(path, 0)
    try:
        os.unlink(p)
    except IsADirectoryError:
        try:
            os.rmdir(p)
        except OSError as e:
            panicf("%s: %s", e.strerror, p)
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


@builtin("os/rename", "(os/rename oldname newname)",
         "Renames (moves) the file `oldname` to `newname`.  Returns nil.")
def os_rename(old, new):
    sandbox_assert(SANDBOX_FS_WRITE)
    a = cstring(old, 0)
    b = cstring(new, 1)
    try:
        os.rename(a, b)
    except OSError as e:
        panic(e.strerror)


@builtin("os/touch", "(os/touch path &opt actime modtime)",
         "Sets the access and modification times of `path` (seconds since the epoch; "
         "now by default, `modtime` defaults to `actime`).  Returns nil.")
def os_touch(path, actime=MISSING, modtime=MISSING):
    sandbox_assert(SANDBOX_FS_WRITE)
    p = cstring(path, 0)
    times = None
    if actime is not MISSING:
        a = int(A.number(actime, 1))
        m = a if modtime is MISSING else int(A.number(modtime, 2))
        times = (a, m)
    try:
        os.utime(p, times)
    except OSError as e:
        panic(e.strerror)


@builtin("os/realpath", "(os/realpath path)",
         "The absolute path of `path`, with symbolic links, . and .. resolved.")
def os_realpath(path):
    sandbox_assert(SANDBOX_FS_READ)
    p = cstring(path, 0)
    try:
        return os.path.realpath(p, strict=True)
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


@builtin("os/readlink", "(os/readlink path)", "The target of the symbolic link `path`.")
def os_readlink(path):
    p = cstring(path, 0)
    try:
        return os.readlink(p)
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


def _link(old, new, symbolic):
    a = cstring(old, 0)
    b = cstring(new, 1)
    try:
        (os.symlink if symbolic else os.link)(a, b)
    except OSError as e:
        panicf("%s: %s -> %s", e.strerror, a, b)


@builtin("os/link", "(os/link oldpath newpath &opt symlink)",
         "Makes `newpath` a hard link to `oldpath`, or a symbolic link when `symlink` "
         "is truthy.  Returns nil.")
def os_link(old, new, symbolic=None):
    sandbox_assert(SANDBOX_FS_WRITE)
    _link(old, new, _truthy(symbolic))


@builtin("os/symlink", "(os/symlink oldpath newpath)",
         "Makes `newpath` a symbolic link to `oldpath`.  Returns nil.")
def os_symlink(old, new):
    sandbox_assert(SANDBOX_FS_WRITE)
    _link(old, new, True)


# --------------------------------------------------------------------------
# Permissions

def _unix_mode(x, n):
    """A permission argument: an integer up to 8r777 or a string like "rwxr-xr--"."""
    if A.is_int(x):
        m = int(x)
        if m < 0 or m > 0o777:
            panicf("bad slot #%d, expected integer in range [0, 8r777], got %v", n, x)
        return m
    b = A.bytes_(x, n)
    if len(b) != 9:
        panicf("bad slot #%d: expected byte sequence of length 9, got %v", n, x)
    m = 0
    for i, (c, bit) in enumerate(zip(b"rwxrwxrwx", (0o400, 0o200, 0o100, 0o40, 0o20, 0o10,
                                                   0o4, 0o2, 0o1))):
        if b[i] == c:
            m |= bit
    return m


@builtin("os/perm-string", "(os/perm-string int)",
         "The `ls`-style 9-character permission string (like \"rwxr-xr-x\") of a "
         "permission integer.")
def os_perm_string(x):
    return _perm_string(_unix_mode(x, 0))


@builtin("os/perm-int", "(os/perm-int bytes)",
         "The permission integer of a 9-character permission string.")
def os_perm_int(x):
    return float(_unix_mode(x, 0))


@builtin("os/chmod", "(os/chmod path mode)",
         "Sets the permissions of `path`; `mode` is a permission integer (best "
         "written in octal, like 8r644) or string (like \"rw-r--r--\").  Returns nil.")
def os_chmod(path, mode):
    sandbox_assert(SANDBOX_FS_WRITE)
    p = cstring(path, 0)
    m = _unix_mode(mode, 1)
    try:
        os.chmod(p, m)
    except OSError as e:
        panicf("%s: %s", e.strerror, p)


@builtin("os/umask", "(os/umask mask)", "Sets the file creation mask; returns the old one.")
def os_umask(mask):
    sandbox_assert(SANDBOX_FS_WRITE)
    return float(os.umask(_unix_mode(mask, 0)))
