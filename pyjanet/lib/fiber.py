"""The fiber/* namespace.

Corresponds to the reference's src/core/fiber.c; the machinery is in
pyjanet/fiber.py.
"""

from ..values import kw
from ..errors import panic
from ..runtime import builtin, STATE, is_closure
from .. import fiber as F
from .. import args as A


def _fiber(x, n):
    if isinstance(x, F.Fiber):
        return x
    A.panic_type(x, n, "fiber")


_ABSENT = object()


@builtin("fiber/new", "(fiber/new func &opt sigmask env)",
         "Makes a fiber that will run `func` (of 0 or 1 arguments) when resumed.  "
         "`sigmask` is a keyword of flags naming the signals the fiber traps: "
         ":a all, :d debug, :e error, :t error and user0-4, :u user signals, "
         ":y yield, :w await (user9), :r interrupt (user8), :0-:9 one user signal; "
         "plus :i to share the current environment or :p to inherit from it.  The "
         "default mask is :y.  `env` gives the fiber's environment table.")
def fiber_new(func, sigmask=_ABSENT, env=None):
    if not is_closure(func):
        A.panic_type(func, 0, "function")
    # as the reference: the environment is checked before the mask, and a
    # mask given as nil is an error (only a missing one means the default)
    if env is not None:
        A.table(env, 2)
    if sigmask is _ABSENT:
        sigmask = None
    else:
        sigmask = A.bytes_(sigmask, 1)
    return F.new_fiber(func, sigmask, env)


@builtin("fiber/status", "(fiber/status fib)",
         "The status of a fiber: :dead, :error, :debug, :pending, :user0-:user7, "
         ":interrupted, :suspended, :new or :alive.")
def fiber_status(fib):
    return kw(F.STATUS_NAMES[_fiber(fib, 0).status])


@builtin("fiber/current", "(fiber/current)", "The fiber that is running now.")
def fiber_current():
    return STATE.fiber


@builtin("fiber/root", "(fiber/root)",
         "The outermost fiber of the current chain of resumed fibers.")
def fiber_root():
    return STATE.root_fiber


@builtin("fiber/last-value", "(fiber/last-value fib)",
         "The value the fiber last yielded, returned or raised.")
def fiber_last_value(fib):
    return _fiber(fib, 0).last_value


@builtin("fiber/can-resume?", "(fiber/can-resume? fib)",
         "True unless the fiber has finished: it is not dead, and did not end with "
         "an error or user signal 0-4.")
def fiber_can_resume(fib):
    return F.can_resume(_fiber(fib, 0))


@builtin("fiber/getenv", "(fiber/getenv fib)",
         "The fiber's environment table, or nil when it has none.")
def fiber_getenv(fib):
    return _fiber(fib, 0).env


@builtin("fiber/setenv", "(fiber/setenv fib table)",
         "Sets the fiber's environment table; returns the fiber.")
def fiber_setenv(fib, table):
    f = _fiber(fib, 0)
    if table is not None:
        A.table(table, 1)
    f.env = table
    return f


@builtin("fiber/maxstack", "(fiber/maxstack fib)",
         "The maximum stack size of the fiber, in Janet stack slots.")
def fiber_maxstack(fib):
    return float(_fiber(fib, 0).maxstack)


@builtin("fiber/setmaxstack", "(fiber/setmaxstack fib maxstack)",
         "Sets the maximum stack size of the fiber; returns the fiber.")
def fiber_setmaxstack(fib, maxstack):
    f = _fiber(fib, 0)
    n = A.integer(maxstack, 1)
    if n < 0:
        panic("expected positive integer")
    f.maxstack = n
    return f
