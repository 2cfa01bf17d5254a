"""Printing and files: print/prin/printf families, stdout/stderr/stdin, file/*.

Corresponds to the reference's src/core/io.c.  Output goes to the dynamic binding
(:out for print, :err for eprint) when it is set -- a buffer collects the text, a
function is called with it, a file is written -- and to the process's standard
streams otherwise.
"""

import os
import sys

from ..values import Buffer, Abstract, Keyword, kw
from ..errors import panic, panicf, JanetError
from ..runtime import builtin, define, dyn, call, is_function
from ..printer import to_string_into, format_into
from .. import args as A

KW_OUT = kw("out")
KW_ERR = kw("err")


class JFile(Abstract):
    """A `core/file`: a Python binary stream plus the reference's mode flags."""
    __slots__ = ("f", "mode", "closed", "is_std", "tty")
    type_name = "core/file"

    def __init__(self, f, mode="r", is_std=False):
        self.f = f
        self.mode = mode
        self.closed = False
        self.is_std = is_std
        try:
            self.tty = f.isatty()
        except (AttributeError, ValueError, OSError):
            self.tty = False

    def janet_get(self, key):
        return FILE_METHODS.get(key)

    def write(self, data):
        if self.closed:
            panic("file is closed")
        try:
            self.f.write(data)
            if self.tty:
                self.f.flush()
        except (OSError, ValueError) as e:
            panicf("cannot write to file: %s", str(e))

    def flush(self):
        if not self.closed:
            try:
                self.f.flush()
            except (OSError, ValueError):
                pass


FILE_METHODS = {}


def _std(stream):
    return getattr(stream, "buffer", stream)


STDOUT = JFile(_std(sys.stdout), "w", True)
STDERR = JFile(_std(sys.stderr), "w", True)
STDIN = JFile(_std(sys.stdin), "r", True)
STDERR.tty = True     # the reference's stderr is unbuffered


def reset_std_streams():
    """Re-bind the standard files to the current sys streams (embedding, tests)."""
    STDOUT.f = _std(sys.stdout)
    STDERR.f = _std(sys.stderr)
    STDIN.f = _std(sys.stdin)


define("stdout", STDOUT, "The standard output file.")
define("stderr", STDERR, "The standard error file.")
define("stdin", STDIN, "The standard input file.")


def write_to(dest, default, data):
    """Write bytes `data` to a print destination (buffer, function, file or nil)."""
    if dest is None:
        default.write(data)
    elif dest.__class__ is Buffer:
        dest += data
    elif isinstance(dest, JFile):
        dest.write(data)
    elif is_function(dest):
        call(dest, Buffer(data))
    elif isinstance(dest, Abstract):
        return
    else:
        panicf("cannot print to %v", dest)


def _text(xs, newline):
    out = bytearray()
    for x in xs:
        c = x.__class__
        if c is bytes or c is Buffer:
            out += x
        else:
            to_string_into(out, x)
    if newline:
        out += b"\n"
    return out


def _print(key, default, xs, newline):
    dest = dyn(key)
    if dest is not None and dest.__class__ is Buffer:
        for x in xs:
            c = x.__class__
            if c is bytes or c is Buffer:
                dest += x
            else:
                to_string_into(dest, x)
        if newline:
            dest += b"\n"
        return None
    write_to(dest, default, bytes(_text(xs, newline)))
    return None


@builtin("print", "(print & xs)",
         "Writes the text of every x (as `string` makes it) and a newline to "
         "(dyn :out), standard output by default.")
def print_(*xs):
    return _print(KW_OUT, STDOUT, xs, True)


@builtin("prin", "(prin & xs)", "Like `print`, without the newline.")
def prin(*xs):
    return _print(KW_OUT, STDOUT, xs, False)


@builtin("eprint", "(eprint & xs)", "Like `print`, to (dyn :err), standard error by default.")
def eprint(*xs):
    return _print(KW_ERR, STDERR, xs, True)


@builtin("eprin", "(eprin & xs)", "Like `eprint`, without the newline.")
def eprin(*xs):
    return _print(KW_ERR, STDERR, xs, False)


def _formatted(fmt, xs):
    f = A.bytes_(fmt, 0)
    return bytes(format_into(bytearray(), f, list(xs)))


@builtin("printf", "(printf fmt & xs)",
         "Formats xs with `string/format` and writes the result and a newline to "
         "(dyn :out).")
def printf(fmt, *xs):
    write_to(dyn(KW_OUT), STDOUT, _formatted(fmt, xs) + b"\n")


@builtin("prinf", "(prinf fmt & xs)", "Like `printf`, without the newline.")
def prinf(fmt, *xs):
    write_to(dyn(KW_OUT), STDOUT, _formatted(fmt, xs))


@builtin("eprintf", "(eprintf fmt & xs)", "Like `printf`, to (dyn :err).")
def eprintf(fmt, *xs):
    write_to(dyn(KW_ERR), STDERR, _formatted(fmt, xs) + b"\n")


@builtin("eprinf", "(eprinf fmt & xs)", "Like `prinf`, to (dyn :err).")
def eprinf(fmt, *xs):
    write_to(dyn(KW_ERR), STDERR, _formatted(fmt, xs))


def _x_dest(to):
    if to is None:
        return None
    return to


@builtin("xprint", "(xprint to & xs)", "Like `print`, writing to the file or buffer `to`.")
def xprint(to, *xs):
    write_to(to, STDOUT, bytes(_text(xs, True)))


@builtin("xprin", "(xprin to & xs)", "Like `prin`, writing to the file or buffer `to`.")
def xprin(to, *xs):
    write_to(to, STDOUT, bytes(_text(xs, False)))


@builtin("xprintf", "(xprintf to fmt & xs)", "Like `printf`, writing to `to`.")
def xprintf(to, fmt, *xs):
    write_to(to, STDOUT, _formatted(fmt, xs) + b"\n")


@builtin("xprinf", "(xprinf to fmt & xs)", "Like `prinf`, writing to `to`.")
def xprinf(to, fmt, *xs):
    write_to(to, STDOUT, _formatted(fmt, xs))


def _flush(key, default):
    dest = dyn(key)
    if dest is None:
        default.flush()
    elif isinstance(dest, JFile):
        dest.flush()


@builtin("flush", "(flush)", "Flushes (dyn :out) if it is a file, standard output by default.")
def flush():
    _flush(KW_OUT, STDOUT)


@builtin("eflush", "(eflush)", "Flushes (dyn :err) if it is a file, standard error by default.")
def eflush():
    _flush(KW_ERR, STDERR)
