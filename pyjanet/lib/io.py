"""Files and printing: the core/file type, file/*, stdin/stdout/stderr, the
print/printf families, flush, and the boot.janet I/O helpers slurp, spit, pp and
file/lines.

Corresponds to the reference's src/core/io.c (and the "IO Helpers" section of
src/boot/boot.janet).  A core/file wraps a buffered Python binary stream and
carries the reference's JANET_FILE_* flag bits, which decide what each operation
allows and which error it raises.  Files are opened with os.open using the
flags the C library's fopen would use, so modes behave as fopen's do.

Print destinations follow the reference: the dynamic binding (:out for print,
:err for eprint) when set -- a buffer collects the text, a Janet function is
called with it, a core/file is written -- and the process's standard streams
otherwise.
"""

import io
import os
import stat as _stat
import sys

from ..values import Buffer, Abstract, Keyword, kw
from ..errors import panic, panicf, JanetError, Frame
from ..runtime import (builtin, define, dyn, call, ccall, is_closure, ref_source, cfun_frame,
                       boot_frame)
from ..printer import to_string, to_string_into, format_into
from .. import args as A
from ..sandbox import (sandbox_assert, SANDBOX_FS, SANDBOX_FS_READ, SANDBOX_FS_TEMP,
                       SANDBOX_FS_WRITE)
from .. import lazy

tempfile = lazy.module("tempfile", globals())   # for file/temp only

KW_OUT = kw("out")
KW_ERR = kw("err")
KW_ALL = kw("all")
KW_LINE = kw("line")
KW_PRETTY_FORMAT = kw("pretty-format")

# The reference's JANET_FILE_* flag bits (janet.h).
F_WRITE = 1
F_READ = 2
F_APPEND = 4
F_UPDATE = 8
F_NOT_CLOSEABLE = 16
F_CLOSED = 32
F_BINARY = 64
F_SERIALIZABLE = 128
F_NONIL = 512
F_WRITABLE = F_WRITE | F_APPEND | F_UPDATE

BUFSIZ = 8192          # glibc's default stdio buffer size

# Default of optional parameters whose absence differs from an explicit nil
# (the reference checks its argument count, not the value).
MISSING = object()


class JFile(Abstract):
    """A `core/file`: a Python binary stream plus the reference's flag bits.

    `tty` streams (and unbuffered ones) are flushed after every write, which is
    what the C library does for a terminal (line buffering) or an unbuffered
    stream, as far as anyone outside the process can observe.
    """
    __slots__ = ("f", "flags", "tty", "append", "moved")
    type_name = "core/file"

    def __init__(self, f, flags, tty=None):
        self.f = f
        self.flags = flags
        # Opened with O_APPEND: every write goes to the end of the file.  Python's
        # buffered streams do not know it, so after a read or seek (`moved`) the
        # stream is moved to the end before writing, as the C library does.
        self.append = False
        self.moved = False
        if tty is None:
            try:
                tty = f.isatty()
            except (AttributeError, ValueError, OSError):
                tty = False
        self.tty = tty

    def janet_get(self, key):
        if key.__class__ is Keyword:
            return FILE_METHODS.get(key)
        return None

    def janet_next(self, key):
        return _next_method(key)

    def assert_writeable(self):
        flags = self.flags
        if flags & F_CLOSED:
            panic("file is closed")
        if not flags & F_WRITABLE:
            panic("file is not writeable")

    def write(self, data):
        """Write bytes to the file (a default print destination)."""
        self.assert_writeable()
        self.put(data)

    def put(self, data, failed=None):
        """Write `data`; when the system call fails, raise the error
        `failed()` gives (by default file/write's)."""
        try:
            if self.moved:
                self.f.seek(0, 2)
                self.moved = False
            n = self.f.write(data)
            # An unbuffered (raw) stream, e.g. stdout under PYTHONUNBUFFERED, may
            # take only part of the data; fwrite writes it all.
            while n and n < len(data):
                data = data[n:]
                n = self.f.write(data)
            if self.tty:
                self.f.flush()
        except (OSError, ValueError, AttributeError):
            panic(failed() if failed is not None else "error writing to file")

    def flush(self):
        """Flush, ignoring failures (what the reference's flush/eflush do)."""
        if not self.flags & F_CLOSED:
            try:
                self.f.flush()
            except (OSError, ValueError, AttributeError):
                pass


class _ClosedFd(io.RawIOBase):
    """A standard stream whose descriptor was closed before the process
    started (`pyjanet x.janet >&-`), where Python gives None.  Like a C FILE
    on a bad descriptor, every read and write fails with EBADF; on top of it
    the usual buffering holds up to BUFSIZ bytes first, as stdio's does."""

    def __init__(self, fd):
        io.RawIOBase.__init__(self)
        self.fd = fd

    def readable(self):
        return self.fd == 0

    def writable(self):
        return self.fd != 0

    def readinto(self, b):
        raise OSError(9, os.strerror(9))

    def write(self, b):
        raise OSError(9, os.strerror(9))


def _std(stream, fd=None):
    """The binary layer of a standard stream, buffered like C's stdio.

    Under PYTHONUNBUFFERED (or -u) Python's binary stdout is a raw file; the
    reference's stdout is buffered (flushed per write only on a terminal), which
    is both faster and decides how its output interleaves with stderr.
    """
    if stream is None:
        if fd is None:
            return None
        raw = _ClosedFd(fd)
        return (io.BufferedReader(raw) if fd == 0
                else io.BufferedWriter(raw, BUFSIZ))
    b = getattr(stream, "buffer", stream)
    if isinstance(b, io.RawIOBase):
        b = io.BufferedWriter(b) if b.writable() else io.BufferedReader(b)
    return b


_STD_FLAGS = F_NOT_CLOSEABLE | F_SERIALIZABLE
STDOUT = JFile(_std(sys.stdout, 1), F_APPEND | _STD_FLAGS)
STDERR = JFile(_std(sys.stderr, 2), F_APPEND | _STD_FLAGS, tty=True)   # stderr is unbuffered
STDIN = JFile(_std(sys.stdin, 0), F_READ | _STD_FLAGS, tty=False)


def reset_std_streams():
    """Re-bind the standard files to the current sys streams (embedding, tests)."""
    STDOUT.f = _std(sys.stdout, 1)
    STDERR.f = _std(sys.stderr, 2)
    STDIN.f = _std(sys.stdin, 0)


define("stdout", STDOUT, "The standard output file.")
define("stderr", STDERR, "The standard error file.")
define("stdin", STDIN, "The standard input file.")


def cstring(x, n):
    """A string argument handed to the C library: the reference's
    janet_getcstring (strings only, no zero bytes)."""
    if x.__class__ is not bytes:
        A.panic_type(x, n, "string")
    if 0 in x:
        panic("bytes contain embedded 0s")
    return x


def _file(x, n):
    if x.__class__ is not JFile:
        panicf("bad slot #%d, expected core/file, got %v", n, x)
    return x


# --------------------------------------------------------------------------
# Opening files

def _check_flags(mode):
    """The reference's flag bits for a mode keyword; -1 when a flag repeats
    (the reference then treats the file as closed)."""
    n = len(mode)
    if n == 0 or n > 10:
        panic("file mode must have a length between 1 and 10")
    c = mode[0]
    if c == 119:        # w
        flags = F_WRITE
        sandbox_assert(SANDBOX_FS_WRITE)
    elif c == 97:       # a
        flags = F_APPEND
        sandbox_assert(SANDBOX_FS)
    elif c == 114:      # r
        flags = F_READ
        sandbox_assert(SANDBOX_FS_READ)
    else:
        panicf("invalid flag %c, expected w, a, or r", c)
    for c in mode[1:]:
        if c == 43:     # +
            bit = F_UPDATE
        elif c == 98:   # b
            bit = F_BINARY
        elif c == 110:  # n
            bit = F_NONIL
        else:
            panicf("invalid flag %c, expected +, b, or n", c)
        if flags & bit:
            return -1
        if bit == F_UPDATE:
            sandbox_assert(SANDBOX_FS_WRITE)
        flags |= bit
    return flags


def _open_flags(mode):
    """os.open flags and Python stream mode for an fopen mode string.  Like the
    C library, only the first character and a '+' among the next six count."""
    update = 43 in mode[1:7]
    c = mode[0]
    if c == 114:
        return (os.O_RDWR if update else os.O_RDONLY), ("r+b" if update else "rb")
    extra = os.O_CREAT | (os.O_TRUNC if c == 119 else os.O_APPEND)
    return (os.O_RDWR | extra if update else os.O_WRONLY | extra), ("r+b" if update else "wb")


def _size_arg(x, n):
    if x.__class__ is float and x.is_integer() and 0 <= x <= 9007199254740992.0:
        return int(x)
    panicf("bad slot #%d, expected size, got %v", n, x)


@builtin("file/open", "(file/open path &opt mode buffer-size)",
         "Opens the file at `path` and returns it, or nil when it cannot be opened.  "
         "`mode` is a keyword: its first character is r (read), w (write, truncating "
         "or creating the file) or a (append, creating the file); the flags after it "
         "are + (update: reading and writing), b (binary, no effect on POSIX) and n "
         "(raise an error instead of returning nil).  The default mode is :r.")
def file_open(path, mode=MISSING, size=MISSING):
    fname = A.string(path, 0)
    if mode is not MISSING and size is MISSING:
        mode = A.keyword(mode, 1).bname
        flags = _check_flags(mode)
    else:
        # As in the reference, a mode is only honoured when it is the last argument.
        mode = b"r"
        sandbox_assert(SANDBOX_FS_READ)
        flags = F_READ
    z = fname.find(b"\0")
    cname = fname if z < 0 else fname[:z]
    oflags, pymode = _open_flags(mode)
    try:
        fd = os.open(cname, oflags, 0o666)
    except OSError as e:
        if flags & F_NONIL:
            panicf("failed to open file %s: %s", cname, e.strerror)
        return None
    try:
        if _stat.S_ISDIR(os.fstat(fd).st_mode):
            panicf("cannot open directory: %s", cname)
        bufsize = BUFSIZ
        if size is not MISSING and size is not None:
            bufsize = _size_arg(size, 2)
        f = open(fd, pymode, buffering=bufsize if bufsize > 1 else -1)
    except BaseException:
        os.close(fd)
        raise
    if mode[0] == 97 and not 43 in mode[1:7]:
        # fopen(..., "a") starts at the end of the file; "a+" starts reading at 0.
        f.seek(0, 2)
    jf = JFile(f, flags)
    jf.append = mode[0] == 97
    if bufsize <= 1:
        jf.tty = True
    return jf


@builtin("file/temp", "(file/temp)",
         "Opens a new anonymous temporary file for reading and writing; it is "
         "deleted when closed.  Raises an error when it cannot be made.")
def file_temp():
    sandbox_assert(SANDBOX_FS_TEMP)
    try:
        f = tempfile.TemporaryFile()
    except OSError as e:
        panicf("unable to create temporary file - %s", e.strerror or str(e))
    return JFile(f, F_WRITE | F_READ | F_BINARY, tty=False)


# --------------------------------------------------------------------------
# Reading, writing, seeking

def _read_chunk(jf, out, n):
    if not jf.flags & (F_READ | F_UPDATE):
        panic("file is not readable")
    jf.moved = jf.append
    try:
        data = jf.f.read(n) if n >= 0 else jf.f.read()
    except (OSError, ValueError, AttributeError):
        panic("could not read file")
    if data:
        out += data


@builtin("file/read", "(file/read f what &opt buf)",
         "Reads from file `f` and returns a buffer (`buf` when given, the data "
         "appended to it).  `what` is :all (everything up to the end of the file), "
         ":line (up to and including the next newline) or a number of bytes.  "
         "Returns nil when nothing could be read, except for :all.")
def file_read(f, what, buf=MISSING):
    jf = _file(f, 0)
    if jf.flags & F_CLOSED:
        panic("file is closed")
    out = Buffer() if buf is MISSING else A.buffer(buf, 2)
    start = len(out)
    if what.__class__ is Keyword:
        if what is KW_ALL:
            _read_chunk(jf, out, -1)
            return out
        if what is KW_LINE:
            jf.moved = jf.append
            try:
                line = jf.f.readline()
            except (OSError, ValueError, AttributeError):
                # fgetc on a stream that cannot be read just reports end of file
                line = b""
            if line:
                out += line
        else:
            panicf("expected one of :all, :line, got %v", what)
    else:
        n = A.integer(what, 1)
        if n < 0:
            panic("expected positive integer")
        if n:
            _read_chunk(jf, out, n)
        elif not jf.flags & (F_READ | F_UPDATE):
            panic("file is not readable")
    if len(out) == start:
        return None
    return out


@builtin("file/write", "(file/write f & bytes)",
         "Writes each of `bytes` (strings, buffers, symbols or keywords) to file `f`; "
         "returns the file.")
def file_write(f, *data):
    jf = _file(f, 0)
    jf.assert_writeable()
    views = [A.bytes_(x, i) for i, x in enumerate(data, 1)]
    for v in views:
        if v:
            jf.put(v)
    return f


@builtin("file/flush", "(file/flush f)",
         "Writes out whatever file `f` holds buffered; returns the file.")
def file_flush(f):
    jf = _file(f, 0)
    jf.assert_writeable()
    try:
        jf.f.flush()
    except (OSError, ValueError, AttributeError):
        panic("could not flush file")
    return f


@builtin("file/close", "(file/close f)",
         "Closes file `f`, releasing it.  Closing a closed file does nothing; the "
         "standard files cannot be closed.  Returns nil.")
def file_close(f):
    jf = _file(f, 0)
    if jf.flags & F_CLOSED:
        return None
    if jf.flags & F_NOT_CLOSEABLE:
        panic("file not closable")
    try:
        jf.f.close()
    except (OSError, ValueError):
        jf.flags |= F_NOT_CLOSEABLE
        panic("could not close file")
    jf.flags |= F_CLOSED
    return None


_WHENCE = {kw("cur"): 1, kw("set"): 0, kw("end"): 2}


@builtin("file/seek", "(file/seek f &opt whence n)",
         "Moves the position of file `f` by `n` bytes (0 by default) from `whence`: "
         ":cur (the current position), :set (the start) or :end (the end of the "
         "file).  Returns the file.")
def file_seek(f, whence, n=MISSING):
    jf = _file(f, 0)
    if jf.flags & F_CLOSED:
        panic("file is closed")
    w = _WHENCE.get(A.keyword(whence, 1))
    if w is None:
        panicf("expected one of :cur, :set, :end, got %v", whence)
    offset = 0 if n is MISSING else A.s64(n)
    jf.moved = jf.append
    try:
        jf.f.seek(offset, w)
    except (OSError, ValueError, OverflowError, AttributeError):
        panic("error seeking file")
    return f


@builtin("file/tell", "(file/tell f)", "The current position in file `f`.")
def file_tell(f):
    jf = _file(f, 0)
    if jf.flags & F_CLOSED:
        panic("file is closed")
    try:
        return float(jf.f.tell())
    except (OSError, ValueError, AttributeError):
        panic("error getting position in file")


FILE_METHODS = {kw("close"): file_close, kw("flush"): file_flush, kw("read"): file_read,
                kw("seek"): file_seek, kw("tell"): file_tell, kw("write"): file_write}
_METHOD_ORDER = list(FILE_METHODS)


def _next_method(key):
    if key is None:
        return _METHOD_ORDER[0]
    try:
        i = _METHOD_ORDER.index(key)
    except ValueError:
        return None
    return _METHOD_ORDER[i + 1] if i + 1 < len(_METHOD_ORDER) else None


# --------------------------------------------------------------------------
# The print families

def _target(dest, default):
    """The file a print family function writes to, or None when `dest` takes
    the text some other way (buffer, function) or silently drops it (an
    abstract value that is not a file).  Raises the reference's errors for
    destinations that cannot be printed to."""
    if dest is None:
        if default is None:
            panic("cannot print to nil")
        return default
    if dest.__class__ is JFile:
        dest.assert_writeable()
        return dest
    if dest.__class__ is Buffer or is_closure(dest):
        return None
    if isinstance(dest, Abstract) and not getattr(dest, "is_fiber", False):
        return None
    panicf("cannot print to %v", dest)


def write_to(dest, default, data):
    """Write bytes `data` to a print destination: a buffer, a Janet function, a
    core/file, or nil for `default` (an error when `default` is None)."""
    target = _target(dest, default)
    if target is not None:
        if data:
            target.put(data)
    elif dest.__class__ is Buffer:
        dest += data
    elif is_closure(dest):
        ccall(dest, Buffer(data))


def err_write(text, stderr=False):
    """Write error text (str or bytes) to (dyn :err) or stderr (always stderr
    with `stderr`: what the reference's C main prints, outside any fiber)."""
    if isinstance(text, str):
        text = text.encode("utf-8", "replace")
    dest = None if stderr else dyn(KW_ERR)
    try:
        write_to(dest, STDERR, text)
    except JanetError:
        # a report that cannot be written to a file (stderr closed) is lost,
        # as the reference's fprintf to it is
        if dest is not None and dest.__class__ is not STDERR.__class__:
            raise


def _text_into(out, xs, newline):
    for x in xs:
        c = x.__class__
        if c is bytes or c is Buffer:
            # a buffer printed into itself appends a copy (resizing a bytearray
            # while reading it is refused)
            out += bytes(x) if x is out else x
        else:
            to_string_into(out, x)
    if newline:
        out += b"\n"
    return out


def _text(xs, newline):
    """The bytes printing xs writes (the common one-value case without copies)."""
    if len(xs) == 1:
        s = to_string(xs[0])
        return s + b"\n" if newline else s
    return bytes(_text_into(bytearray(), xs, newline))


def _print_failed(xs, dest):
    """The reference's error when writing a print's text fails: it writes the
    values one by one, and names the first that could not be written (here
    the first with any text: the one an unbuffered stream fails on)."""
    def message():
        n = 0
        for x in xs:
            n = len(x if x.__class__ is bytes or x.__class__ is Buffer else to_string(x))
            if n:
                break
        if dest is None:
            return "cannot print %d bytes" % n
        return format_into(Buffer(), b"cannot print %d bytes to %v", (float(n), dest), 0).decode(
            "utf-8", "replace")
    return message


def _print(dest, default, xs, newline):
    if dest is None and default is not None:
        text = _text(xs, newline)
        if text:
            default.put(text, _print_failed(xs, None))
        return None
    if dest.__class__ is Buffer:
        _text_into(dest, xs, newline)
        return None
    target = _target(dest, default)
    if target is not None:
        text = _text(xs, newline)
        if text:
            target.put(text, _print_failed(xs, None if target is default else dest))
    elif is_closure(dest):
        ccall(dest, _text_into(Buffer(), xs, newline))
    return None


@builtin("print", "(print & xs)",
         "Writes the text of every x (as `string` makes it) and a newline to "
         "(dyn :out), standard output by default.  Returns nil.")
def print_(*xs):
    return _print(dyn(KW_OUT), STDOUT, xs, True)


@builtin("prin", "(prin & xs)", "Like `print`, without the newline.")
def prin(*xs):
    dest = dyn(KW_OUT)
    if dest.__class__ is Buffer:
        # (the common case of code writing its output into a buffer)
        _text_into(dest, xs, False)
        return None
    return _print(dest, STDOUT, xs, False)


@builtin("eprint", "(eprint & xs)", "Like `print`, to (dyn :err), standard error by default.")
def eprint(*xs):
    return _print(dyn(KW_ERR), STDERR, xs, True)


@builtin("eprin", "(eprin & xs)", "Like `eprint`, without the newline.")
def eprin(*xs):
    return _print(dyn(KW_ERR), STDERR, xs, False)


@builtin("xprint", "(xprint to & xs)",
         "Like `print`, writing to `to` (a file, buffer or function) instead of a "
         "dynamic binding.  Returns nil.")
def xprint(to, *xs):
    return _print(to, None, xs, True)


@builtin("xprin", "(xprin to & xs)", "Like `xprint`, without the newline.")
def xprin(to, *xs):
    return _print(to, None, xs, False)


def _printf(dest, default, fmt, xs, first_slot, newline):
    fmt = cstring(fmt, first_slot - 1)
    if dest.__class__ is Buffer:
        format_into(dest, fmt, xs, first_slot)
        if newline:
            dest += b"\n"
        return None
    if dest.__class__ is JFile and dest.flags & F_CLOSED:
        panic("cannot print to closed file")
    target = _target(dest, default)
    if target is None and not is_closure(dest):
        return None
    out = format_into(Buffer(), fmt, xs, first_slot)
    if newline:
        out += b"\n"
    if target is not None:
        if out:
            n = len(out)
            target.put(bytes(out), lambda: "could not print %d bytes to file" % n)
    else:
        ccall(dest, out)
    return None


@builtin("printf", "(printf fmt & xs)",
         "Writes `(string/format fmt ;xs)` and a newline to (dyn :out).")
def printf(fmt, *xs):
    return _printf(dyn(KW_OUT), STDOUT, fmt, xs, 1, True)


@builtin("prinf", "(prinf fmt & xs)", "Like `printf`, without the newline.")
def prinf(fmt, *xs):
    return _printf(dyn(KW_OUT), STDOUT, fmt, xs, 1, False)


@builtin("eprintf", "(eprintf fmt & xs)", "Like `printf`, to (dyn :err).")
def eprintf(fmt, *xs):
    return _printf(dyn(KW_ERR), STDERR, fmt, xs, 1, True)


@builtin("eprinf", "(eprinf fmt & xs)", "Like `eprintf`, without the newline.")
def eprinf(fmt, *xs):
    return _printf(dyn(KW_ERR), STDERR, fmt, xs, 1, False)


@builtin("xprintf", "(xprintf to fmt & xs)",
         "Like `printf`, writing to `to` (a file, buffer or function).  Returns nil.")
def xprintf(to, fmt, *xs):
    return _printf(to, None, fmt, xs, 2, True)


@builtin("xprinf", "(xprinf to fmt & xs)", "Like `xprintf`, without the newline.")
def xprinf(to, fmt, *xs):
    return _printf(to, None, fmt, xs, 2, False)


def _flush(key, default):
    dest = dyn(key)
    if dest is None:
        default.flush()
    elif dest.__class__ is JFile:
        dest.flush()


@builtin("flush", "(flush)", "Flushes (dyn :out) if it is a file (standard output when "
         "unset); does nothing otherwise.")
def flush():
    _flush(KW_OUT, STDOUT)


@builtin("eflush", "(eflush)", "Flushes (dyn :err) if it is a file (standard error when "
         "unset); does nothing otherwise.")
def eflush():
    _flush(KW_ERR, STDERR)


# --------------------------------------------------------------------------
# The reference's boot.janet I/O helpers

def _boot(name, usage, doc, **kw_):
    return builtin(name, usage, doc, kind="function", source="boot.janet", **kw_)


# slurp and spit are boot.janet functions in the reference: their errors show
# the frame of the form that failed, at its position there
@_boot("slurp", "(slurp path)", "The whole contents of the file at `path`, as a buffer.",
       noframe=True)
def slurp(path):
    try:
        f = _boot_open(path, kw("rb"))
    except JanetError as e:
        raise boot_frame(e, "slurp", 2137, 10)
    if f is None:
        raise boot_frame(JanetError(b"could not open file " + _str(path)), "slurp", 2138, 13)
    data = file_read(f, KW_ALL)
    file_close(f)
    return data


@_boot("spit", "(spit path contents &opt mode)",
       "Writes `contents` to the file at `path`, replacing it; `mode` (default :wb) "
       "is a `file/open` mode, e.g. :ab to append.  Returns nil.", noframe=True)
def spit(path, contents, mode=None):
    if mode is None:
        mode = kw("wb")
    try:
        f = _boot_open(path, mode)
    except JanetError as e:
        raise boot_frame(e, "spit", 2147, 10)
    if f is None:
        raise boot_frame(JanetError(b"could not open file " + _str(path) + b" with mode " +
                                    _str(mode)), "spit", 2148, 13)
    try:
        file_write(f, contents)
    except JanetError as e:
        raise boot_frame(cfun_frame(e, "file/write"), "spit", 2149, 3)
    file_close(f)
    return None


def _boot_open(path, mode):
    """`file/open` called from a boot.janet function: its errors (a bad
    argument, the sandbox) carry the frame of file/open, as the reference's."""
    try:
        return file_open(path, mode)
    except JanetError as e:
        ref = ref_source("file/open")
        e.trace.append(Frame("file/open", ref[0] if ref else "", ref[1] if ref else -1,
                             cfun=True))
        raise


def _str(x):
    out = bytearray()
    to_string_into(out, x)
    return bytes(out)


@_boot("pp", "(pp x)",
       "Pretty-prints x and a newline to (dyn :out), with the format directive "
       "`(dyn *pretty-format* \"%q\")`, then flushes.")
def pp(x):
    fmt = dyn(KW_PRETTY_FORMAT)
    try:
        printf(b"%q" if fmt is None else fmt, x)
    except JanetError as e:
        # the reference's pp calls the printf cfunction
        raise cfun_frame(e, "printf")
    flush()


@_boot("file/lines", "(file/lines file)",
       "A fiber that yields the lines of `file` one by one (see `file/read`).")
def file_lines(file):
    from ..fiber import new_fiber, signal, SIG_YIELD

    def lines(*_):
        while True:
            line = file_read(file, KW_LINE)
            if line is None:
                return None
            signal(SIG_YIELD, line)
    return new_fiber(lines)
