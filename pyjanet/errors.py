"""Janet errors: the one place that builds error values and formats them for users.

Corresponds to the reference's janet_panic* family (src/core/capi.c), compile-error
reporting (src/core/compile.c, boot.janet's bad-compile) and janet_stacktrace
(src/core/debug.c).

Three exception classes carry every error a user can see:

    JanetError    a runtime error; `value` is any Janet value, `trace` the frames
                  collected while it propagates (innermost first)
    CompileError  `file:L:C: compile error: msg`
    ParseError    `file:L:C: parse error: msg`

Python exceptions that are not these are internal errors; `internal_error`
turns them into a JanetError so no Python traceback reaches a user.
"""

__all__ = ["JanetError", "CompileError", "ParseError", "panic", "panicf",
           "internal_error", "format_trace", "error_message", "Frame"]


class Frame:
    """One line of a stack trace: `in NAME [SOURCE] (tail call) on line L, column C`,
    or, for a function the reference writes in assembly (`+`, `in`...), `in NAME
    (tail call) pc=N`."""
    __slots__ = ("name", "source", "line", "column", "tail", "cfun", "fiber", "pc")

    def __init__(self, name, source, line=-1, column=-1, cfun=False):
        self.name = name
        self.source = source
        self.line = line
        self.column = column
        self.tail = False
        self.cfun = cfun
        self.fiber = None
        self.pc = None

    def __repr__(self):
        return "<Frame %s %s %d:%d>" % (self.name, self.source, self.line, self.column)


class JanetError(Exception):
    """A Janet error in flight.  `value` is the error value (bytes for messages)."""

    def __init__(self, value, trace=None):
        Exception.__init__(self)
        self.value = value
        self.trace = trace if trace is not None else []
        self.fiber = None        # the fiber the error was raised in, once known
        self.signal = 1          # the reference's JANET_SIGNAL_ERROR

    # Set on the copy an embedder receives (boundary.public_error): the text
    # of the Janet value, which by then has been converted to Python.
    message = None

    def __str__(self):
        if self.message is not None:
            return self.message
        return error_message(self.value)


class CompileError(JanetError):
    """Raised by the compiler; printed as `file:L:C: compile error: msg`."""

    def __init__(self, msg, source="", line=-1, column=-1):
        if isinstance(msg, str):
            msg = msg.encode("utf-8", "surrogateescape")
        JanetError.__init__(self, msg)
        self.source = source
        self.line = line
        self.column = column

    @property
    def file(self):
        return self.source

    def headline(self):
        return "%s:%d:%d: compile error: %s" % (
            self.source, self.line, self.column, error_message(self.value))


class ParseError(JanetError):
    """Raised by the reader; printed as `file:L:C: parse error: msg`."""

    def __init__(self, msg, source="", line=0, column=0):
        if isinstance(msg, str):
            msg = msg.encode("utf-8", "surrogateescape")
        JanetError.__init__(self, msg)
        self.source = source
        self.line = line
        self.column = column

    @property
    def file(self):
        return self.source

    def headline(self):
        return "%s:%d:%d: parse error: %s" % (
            self.source, self.line, self.column, error_message(self.value))


def panic(msg):
    """Raise a Janet error whose value is the string `msg`."""
    if isinstance(msg, str):
        msg = msg.encode("utf-8", "surrogateescape")
    raise JanetError(msg)


def panicf(fmt, *args):
    """Raise a Janet error formatted like the reference's janet_panicf.

    `fmt` uses the reference's directives: %v (describe), %q (pretty, quoted),
    %s (string), %d, %t (type name), %T (type set).
    """
    from .printer import format_message
    raise JanetError(format_message(fmt, *args))


def error_message(value):
    """The text after `error: ` for an error value, as the reference prints it."""
    from .printer import to_string
    return to_string(value).decode("utf-8", "replace")


def internal_error(exc):
    """Turn an unexpected Python exception into a Janet error (never a traceback)."""
    if isinstance(exc, JanetError):
        return exc
    if isinstance(exc, RecursionError):
        return JanetError(b"stack overflow")
    if isinstance(exc, MemoryError):
        return JanetError(b"out of memory")
    if isinstance(exc, KeyboardInterrupt):
        return JanetError(b"interrupted")
    msg = "internal error: %s: %s" % (type(exc).__name__, exc)
    return JanetError(msg.encode("utf-8", "replace"))


def format_frame(f):
    s = "  in " + f.name
    if f.source:
        s += " [" + f.source + "]"
    if f.tail:
        s += " (tail call)"
    if f.pc is not None:
        s += " pc=%d" % f.pc
    if f.pc is not None:
        pass
    elif not f.cfun:
        # a Janet function's frame always gives its source mapping: code
        # compiled from forms without positions (built by a program and given
        # to eval) has the compiler's initial mapping, line -1, column -1
        s += " on line %d, column %d" % (f.line, f.column)
    elif f.line > 0:
        s += " on line %d" % f.line
        if f.column > 0 and not f.source.startswith("src/"):
            s += ", column %d" % f.column
    return s


def format_trace(err, prefix="error: "):
    """The full report the reference prints for an uncaught error."""
    lines = [prefix + error_message(err.value)]
    for f in err.trace:
        lines.append(format_frame(f))
    return "\n".join(lines) + "\n"
