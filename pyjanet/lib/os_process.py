"""The os/* functions that make streams and subprocesses: os/open, os/pipe,
os/spawn, os/execute, os/proc-wait, os/proc-kill, os/proc-close, os/posix-fork,
os/posix-exec and the core/process type.

Corresponds to the process and stream parts of the reference's src/core/os.c
(os_execute_impl, make_pipes, get_stdio_for_handle, os_proc_*, os_open,
os_pipe).  They live apart from os_.py because they are built on the event
loop: their streams are evloop.Stream values, and waiting for a process is an
event-loop wait (on the process's pidfd) that suspends only the calling fiber.

Processes are started with Python's subprocess.Popen (posix_spawn semantics:
without the :p flag the program name is a path, not searched in PATH).
"""

import os

from .. import lazy
from ..values import Abstract, kw, truthy
from ..errors import panic, panicf
from ..runtime import builtin, on_reset, is_closure, get as rt_get
from .. import args as A
from .. import sandbox as SB
from .. import evloop as L
from .. import fiber as F
from ..sandbox import sandbox_assert, SANDBOX_FS_READ, SANDBOX_FS_WRITE, SANDBOX_SUBPROCESS
from .ev import make_stream, STREAM_METHODS
from .os_ import _unix_mode, cstring
from .io import MISSING

# only programs that start processes pay for importing these
_signal = lazy.module("signal", globals())
subprocess = lazy.module("subprocess", globals())

KW_IN = kw("in")
KW_OUT = kw("out")
KW_ERR = kw("err")
KW_PIPE = kw("pipe")
KW_CD = kw("cd")
KW_PID = kw("pid")
KW_RETURN_CODE = kw("return-code")

# JANET_PROC_* flags
P_WAITED = 2
P_WAITING = 4
P_ERROR_NONZERO = 8
P_OWNS_STDIN = 16
P_OWNS_STDOUT = 32
P_OWNS_STDERR = 64
P_ALLOW_ZOMBIE = 128


def getflags(x, n, allowed):
    """The reference's janet_getflags: a keyword of flag characters; returns the
    set of characters."""
    k = A.keyword(x, n).bname
    for c in k:
        if c not in allowed:
            panicf("unexpected flag %c, expected one of \"%s\"", c, allowed.decode())
    return k


# Processes not waited for yet.  The reference kills and reaps them when its
# garbage collector frees them, which at the latest is when the interpreter
# exits; pyjanet does it at exit (kill_unwaited, called by the command line).
_LIVE = {}


class Proc(Abstract):
    """A `core/process`: a subprocess started by os/spawn or os/execute."""
    __slots__ = ("popen", "pid", "in_", "out", "err", "flags", "return_code")
    type_name = "core/process"

    def __init__(self, popen, flags):
        self.popen = popen
        self.pid = popen.pid
        self.in_ = self.out = self.err = None
        self.flags = flags
        self.return_code = -1
        if not flags & P_ALLOW_ZOMBIE:
            _LIVE[self.pid] = self

    def janet_get(self, key):
        if key is KW_IN:
            return self.in_
        if key is KW_OUT:
            return self.out
        if key is KW_ERR:
            return self.err
        if key is KW_PID:
            return float(self.pid)
        if key is KW_RETURN_CODE and self.return_code != -1:
            return float(self.return_code)
        return PROC_METHODS.get(key)

    def janet_next(self, key):
        from .inttypes import next_method
        return next_method(PROC_KEYS, key)

    def janet_call(self, *args):
        # (proc :out) is nil, not "not found", when there is no such stream
        if len(args) != 1:
            panicf("%v called with %d arguments, possibly expected 1", self, len(args))
        key = args[0]
        v = self.janet_get(key)
        if v is None and key not in (KW_IN, KW_OUT, KW_ERR):
            panicf("key %v not found in %v ", key, self)
        return v


def _proc(x, n):
    if isinstance(x, Proc):
        return x
    panicf("bad slot #%d, expected core/process, got %v", n, x)


def _exit_status(rc):
    """POSIX shell convention: a signal N is reported as 128 + N."""
    return rc if rc >= 0 else 128 - rc


def _start_reaper(proc, done):
    """Call done(status) once the process has exited, from the event loop."""
    popen = proc.popen

    def check():
        rc = popen.poll()
        if rc is None:
            return False
        done(_exit_status(rc))
        return True

    try:
        pidfd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        # no pidfd: a task looks every few milliseconds
        def poller(*_):
            while not check():
                L.add_sleep(L.root_task(), 0.005)
                L.await_()
        L.schedule(F.Fiber(poller, F.MASK_TERMINAL, None), None)
        return

    def on_ready():
        if check():
            os.close(pidfd)
            return True
        return False
    L.watch_fd(pidfd, on_ready)


def proc_wait(proc):
    """Suspend the current task until the process ends; its exit status."""
    if proc.flags & (P_WAITED | P_WAITING):
        panic("cannot wait twice on a process")
    proc.flags |= P_WAITING
    fiber = L.root_task()
    sid = fiber.sched_id

    def done(status):
        proc.return_code = status
        proc.flags = (proc.flags | P_WAITED) & ~P_WAITING
        _LIVE.pop(proc.pid, None)
        if F.can_resume(fiber) and fiber.sched_id == sid:
            if status != 0 and proc.flags & P_ERROR_NONZERO:
                L.cancel(fiber, b"command failed with non-zero exit code %d" % status)
            else:
                L.schedule(fiber, float(status))

    _start_reaper(proc, done)
    return L.await_()


@on_reset
def kill_unwaited():
    """Kill and reap the subprocesses nobody waited for (janet_proc_gc)."""
    for proc in list(_LIVE.values()):
        if not proc.flags & P_WAITED:
            try:
                os.kill(proc.pid, _signal.SIGKILL)
                proc.popen.wait()
            except OSError:
                pass
    _LIVE.clear()


@builtin("os/proc-wait", "(os/proc-wait proc)",
         "Suspends the current fiber until the subprocess `proc` ends and returns its "
         "exit code (128 + the signal number if a signal ended it).  A process can be "
         "waited for only once; wait for every process you spawn, or it stays a "
         "zombie.")
def os_proc_wait(proc):
    return proc_wait(_proc(proc, 0))


# the reference's signal keywords, in its order
_SIGNAL_NAMES = (
    ("kill", "KILL"), ("int", "INT"), ("abrt", "ABRT"), ("fpe", "FPE"), ("ill", "ILL"),
    ("segv", "SEGV"), ("term", "TERM"), ("alrm", "ALRM"), ("hup", "HUP"),
    ("pipe", "PIPE"), ("quit", "QUIT"), ("usr1", "USR1"), ("usr2", "USR2"),
    ("chld", "CHLD"), ("cont", "CONT"), ("stop", "STOP"), ("tstp", "TSTP"),
    ("ttin", "TTIN"), ("ttou", "TTOU"), ("bus", "BUS"), ("poll", "POLL"),
    ("prof", "PROF"), ("sys", "SYS"), ("trap", "TRAP"), ("urg", "URG"),
    ("vtlarm", "VTALRM"), ("xcpu", "XCPU"), ("xfsz", "XFSZ"))
_signal_by_name = None    # keyword -> number, made on first use (see lazy.py)


def signal_number(x, n):
    """A signal keyword (:term, :kill, ...) as its number."""
    global _signal_by_name
    k = A.keyword(x, n)
    if _signal_by_name is None:
        _signal_by_name = {kw(name): getattr(_signal, "SIG" + sig)
                           for name, sig in _SIGNAL_NAMES if hasattr(_signal, "SIG" + sig)}
    num = _signal_by_name.get(k)
    if num is None:
        panicf("undefined signal %v", x)
    return num


@builtin("os/sigaction", "(os/sigaction which &opt handler interrupt-interpreter)",
         "Runs `handler`, a function of no arguments, in a new task whenever the "
         "process receives signal `which` (a keyword as for `os/proc-kill`, like "
         ":term or :int), instead of the signal's default action.  With `handler` "
         "nil, the signal is caught and dropped.  The task starts when the event "
         "loop next turns; `interrupt-interpreter` (a boolean) is accepted, but "
         "pyjanet does not interrupt code that is computing.  Returns nil.")
def os_sigaction(which, handler=None, interrupt_interpreter=None):
    SB.sandbox_assert(SB.SANDBOX_SIGNAL)
    sig = signal_number(which, 0)
    if handler is not None and not is_closure(handler):
        A.panic_type(handler, 1, "function")
    if interrupt_interpreter is not None:
        A.boolean(interrupt_interpreter, 2)
    try:
        L.set_signal_handler(sig, handler)
    except (OSError, ValueError):
        pass        # (SIGKILL, SIGSTOP: sigaction refuses them, and the reference says nothing)
    return None


@builtin("os/proc-kill", "(os/proc-kill proc &opt wait signal)",
         "Sends SIGKILL (or `signal`, a keyword like :term or :int) to the "
         "subprocess.  With `wait` truthy, then waits for it and returns its exit "
         "code; otherwise returns `proc`.  An error if the process has already been "
         "waited for.")
def os_proc_kill(proc, *rest):
    if len(rest) > 2:
        panicf("arity mismatch, expected at most 3, got %d", 1 + len(rest))
    p = _proc(proc, 0)
    if p.flags & P_WAITED:
        panic("cannot kill process that has already finished")
    sig = signal_number(rest[1], 2) if len(rest) == 2 else _signal.SIGKILL
    try:
        os.kill(p.pid, sig)
    except OSError as e:
        panic(L.strerror(e))
    if rest and truthy(rest[0]):
        return proc_wait(p)
    return proc


@builtin("os/proc-close", "(os/proc-close proc)",
         "Closes the pipes os/spawn made for the subprocess, then, unless it is "
         "already being waited for, waits for it and returns its exit code (nil "
         "otherwise).")
def os_proc_close(proc):
    p = _proc(proc, 0)
    if p.flags & P_OWNS_STDIN:
        L.stream_close(p.in_)
    if p.flags & P_OWNS_STDOUT:
        L.stream_close(p.out)
    if p.flags & P_OWNS_STDERR:
        L.stream_close(p.err)
    p.flags &= ~(P_OWNS_STDIN | P_OWNS_STDOUT | P_OWNS_STDERR)
    if p.flags & (P_WAITED | P_WAITING):
        return None
    return proc_wait(p)


PROC_METHODS = {kw("wait"): os_proc_wait, kw("kill"): os_proc_kill,
                kw("close"): os_proc_close}
PROC_KEYS = dict(PROC_METHODS)
PROC_KEYS.update({KW_IN: None, KW_OUT: None, KW_ERR: None})


def _make_pipe(child_reads):
    """A pipe for a child's stdio: (parent end, child end).  The parent's end
    is non-blocking and not inherited; the child's is a plain blocking fd."""
    r, w = os.pipe()
    parent, child = (w, r) if child_reads else (r, w)
    os.set_blocking(parent, False)
    os.set_inheritable(child, True)
    return parent, child


def _stdio_handle(x):
    """The descriptor of a stream or file given for :in/:out/:err."""
    from .io import JFile, F_CLOSED
    if isinstance(x, L.Stream):
        if x.flags & L.S_CLOSED:
            panic("stream is closed")
        return x.handle
    if isinstance(x, JFile):
        if x.flags & F_CLOSED:
            panic("file is closed")
        try:
            return x.f.fileno()
        except (OSError, ValueError, AttributeError):
            panic("file is closed")
    panicf("expected file|stream, got %v", x)


def _stdio_for(handle, orig, iswrite):
    """What a process's :in/:out/:err field holds (get_stdio_for_handle)."""
    from .io import JFile, F_WRITE, F_READ, F_APPEND, F_UPDATE
    if orig is None:
        return make_stream(handle, L.S_WRITABLE if iswrite else L.S_READABLE)
    if isinstance(orig, JFile):
        flags = 0
        if orig.flags & (F_WRITE | F_APPEND | F_UPDATE):
            flags |= L.S_WRITABLE
        if orig.flags & (F_READ | F_UPDATE):
            flags |= L.S_READABLE
        return make_stream(os.dup(handle), flags)
    return orig


def _env_block(d):
    """The environment of the child from a table/struct: its string keys and
    values (keys with '=' or NUL skipped, like the reference)."""
    env = {}
    for k, v in d.items():
        if k.__class__ is bytes and v.__class__ is bytes:
            if b"=" in k or b"\0" in k:
                continue
            env[k] = v
    return env


def execute(args, flags, env, is_spawn):
    """The reference's os_execute_impl for os/execute and os/spawn."""
    sandbox_assert(SANDBOX_SUBPROCESS)
    fl = getflags(flags, 1, b"epxd") if flags is not None else b""
    use_environ = b"e" not in fl
    d = A.dictionary(env, 2) if env is not None else None
    envp = _env_block(d) if d is not None else None
    exargs = A.indexed(args, 0)
    if len(exargs) < 1:
        panic("expected at least 1 command line argument")
    owner_flags = P_ALLOW_ZOMBIE if (is_spawn and b"d" in fl) else 0
    new_in = new_out = new_err = None          # descriptors for the child
    orig_in = orig_out = orig_err = None
    pipe_in = pipe_out = pipe_err = None        # our ends of pipes
    err_to_out = False
    cwd = None
    if d is not None:
        v_in = rt_get(d, KW_IN)
        v_out = rt_get(d, KW_OUT)
        v_err = rt_get(d, KW_ERR)
        if is_spawn and v_in is KW_PIPE:
            pipe_in, new_in = _make_pipe(True)
            owner_flags |= P_OWNS_STDIN
        elif v_in is not None:
            new_in, orig_in = _stdio_handle(v_in), v_in
        if is_spawn and v_out is KW_PIPE:
            pipe_out, new_out = _make_pipe(False)
            owner_flags |= P_OWNS_STDOUT
        elif v_out is not None:
            new_out, orig_out = _stdio_handle(v_out), v_out
        if is_spawn and v_err is KW_PIPE:
            pipe_err, new_err = _make_pipe(False)
            owner_flags |= P_OWNS_STDERR
        elif v_err is KW_OUT:
            err_to_out = True
        elif v_err is not None:
            new_err, orig_err = _stdio_handle(v_err), v_err
        wd = rt_get(d, KW_CD)
        if wd.__class__ is bytes:
            cwd = wd
        elif wd is not None:
            panicf("expected string for :cd argumnet, got %v", wd)
    argv = [bytes(A.string(a, i)) for i, a in enumerate(exargs)]
    prog = argv[0]
    executable = None
    if b"p" not in fl and b"/" not in prog:
        executable = b"./" + prog      # posix_spawn does not search PATH
    # our output buffered so far goes first, as the child shares the descriptor
    from .io import STDOUT, STDERR
    STDOUT.flush()
    STDERR.flush()
    try:
        popen = subprocess.Popen(
            argv, executable=executable, stdin=new_in,
            stdout=new_out, stderr=subprocess.STDOUT if err_to_out else new_err,
            env=envp if not use_environ else None, cwd=cwd, close_fds=True)
    except OSError as e:
        for fd in (pipe_in, pipe_out, pipe_err):
            if fd is not None:
                os.close(fd)
        panicf("%p: %s", args, L.strerror(e))
    finally:
        # the child's ends of our pipes are the child's now
        for fd, ours in ((new_in, pipe_in), (new_out, pipe_out), (new_err, pipe_err)):
            if ours is not None:
                os.close(fd)
    proc = Proc(popen, owner_flags)
    if b"x" in fl:
        proc.flags |= P_ERROR_NONZERO
    if not is_spawn:
        return proc_wait(proc)
    if pipe_in is not None:
        proc.in_ = _stdio_for(pipe_in, None, True)
    elif new_in is not None:
        proc.in_ = _stdio_for(new_in, orig_in, True)
    if pipe_out is not None:
        proc.out = _stdio_for(pipe_out, None, False)
    elif new_out is not None:
        proc.out = _stdio_for(new_out, orig_out, False)
    if pipe_err is not None:
        proc.err = _stdio_for(pipe_err, None, False)
    elif new_err is not None:
        proc.err = _stdio_for(new_err, orig_err, False)
    return proc


class _Forked:
    """What Proc needs of a Popen, for a child made by os/posix-fork."""
    __slots__ = ("pid", "returncode")

    def __init__(self, pid):
        self.pid = pid
        self.returncode = None

    def poll(self):
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
                return 0
            if pid == 0:
                return None
            self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self):
        while self.poll() is None:
            try:
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
        return self.returncode


@builtin("os/posix-fork", "(os/posix-fork)",
         "Forks the process.  In the child the program goes on with nil as the "
         "result; in the parent the result is the child as a core/process (wait for "
         "it with os/proc-wait).  Only the fork's caller runs on in the child: the "
         "event loop's other tasks do not.")
def os_posix_fork():
    SB.sandbox_assert(SB.SANDBOX_SUBPROCESS)
    _flush_ours()
    try:
        pid = os.fork()
    except OSError as e:
        panic(L.strerror(e))
    if pid == 0:
        return None
    proc = Proc(_Forked(pid), P_ALLOW_ZOMBIE)
    proc.return_code = 0        # the reference's zeroed process record
    return proc


def _flush_ours():
    # what is buffered belongs to the parent; the child must not print it again
    from .io import STDOUT, STDERR
    STDOUT.flush()
    STDERR.flush()


@builtin("os/posix-exec", "(os/posix-exec args &opt flags env)",
         "Replaces the running process with the program `args` (the program, then "
         "its arguments), like os/execute without the subprocess: :p searches PATH, "
         ":e makes `env` the whole environment.  Returns only on failure, with an "
         "error.  Standard streams cannot be redirected.")
def os_posix_exec(args, flags=None, env=None):
    SB.sandbox_assert(SB.SANDBOX_SUBPROCESS)
    fl = getflags(flags, 1, b"epxd") if flags is not None else b""
    d = A.dictionary(env, 2) if env is not None else None
    exargs = A.indexed(args, 0)
    if len(exargs) < 1:
        panic("expected at least 1 command line argument")
    argv = [bytes(cstring(a, i)) for i, a in enumerate(exargs)]
    # (nothing is flushed: like the C library's buffers in the reference, output
    # not yet written when the process is replaced is lost)
    try:
        if b"e" in fl:
            envp = _env_block(d) if d is not None else {}
            if b"p" in fl:
                os.execvpe(argv[0], argv, envp)
            os.execve(argv[0], argv, envp)
        if b"p" in fl:
            os.execvp(argv[0], argv)
        os.execv(argv[0], argv)
    except OSError as e:
        # (the reference formats the C string with %p here and prints garbage)
        panicf("%p: %s", argv[0], L.strerror(e))


@builtin("os/execute", "(os/execute args &opt flags env)",
         "Runs the program `args` (an array or tuple of strings: the program, then "
         "its arguments) and waits for it; returns its exit code.  Flags: :p search "
         "PATH for the program, :e pass only the variables of `env` as its "
         "environment, :x raise an error on a non-zero exit code, :d allow a zombie "
         "process.  `env` may also redirect :in, :out and :err to files or streams, "
         "and set the working directory with :cd.")
def os_execute(args, flags=None, env=None):
    return execute(args, flags, env, False)


@builtin("os/spawn", "(os/spawn args &opt flags env)",
         "Starts a program like `os/execute` but returns at once with a core/process. "
         "In `env`, :in, :out and :err may also be :pipe, giving the process a stream "
         "in that field, and :err may be :out.  The process has :pid, and "
         ":return-code once waited for; wait for it (`os/proc-wait`) and close its "
         "pipes (`os/proc-close`).")
def os_spawn(args, flags=None, env=None):
    return execute(args, flags, env, True)


@builtin("os/pipe", "(os/pipe &opt flags)",
         "A pipe as a tuple [readable-stream writable-stream].  Both ends are "
         "non-blocking, for the ev functions, unless `flags` has :R (blocking reading "
         "end) or :W (blocking writing end), which suits a pipe given to a "
         "subprocess.")
def os_pipe(flags=None):
    fl = getflags(flags, 0, b"WR") if flags is not None else b""
    try:
        r, w = os.pipe()
    except OSError as e:
        panic(L.strerror(e))
    if b"R" not in fl:
        os.set_blocking(r, False)
    if b"W" not in fl:
        os.set_blocking(w, False)
    reader = L.Stream(r, 0 if b"R" in fl else L.S_READABLE, STREAM_METHODS)
    writer = L.Stream(w, 0 if b"W" in fl else L.S_WRITABLE, STREAM_METHODS)
    return (reader, writer)


@builtin("os/open", "(os/open path &opt flags mode)",
         "Opens the file at `path` as a stream, like POSIX open.  Flags: :r read, "
         ":w write, :c create, :e fail if it exists, :t truncate, :a append, :x "
         "O_SYNC, :C O_NOCTTY, :N blocking (no ev reading or writing); default :r.  "
         "`mode` gives the permissions of a created file (default 8r666).")
def os_open(path, flags=None, mode=None):
    p = cstring(path, 0)
    fl = A.keyword(flags, 1).bname if flags is not None else b"r"
    m = _unix_mode(mode, 2) if mode is not None else 0o666
    open_flags = os.O_NONBLOCK | os.O_CLOEXEC
    stream_flags = 0
    readf = writef = False
    blocking = False
    for c in fl:
        ch = chr(c)
        if ch == "r":
            readf = True
            stream_flags |= L.S_READABLE
            sandbox_assert(SANDBOX_FS_READ)
        elif ch == "w":
            writef = True
            stream_flags |= L.S_WRITABLE
            sandbox_assert(SANDBOX_FS_WRITE)
        elif ch == "c":
            open_flags |= os.O_CREAT
            sandbox_assert(SANDBOX_FS_WRITE)
        elif ch == "e":
            open_flags |= os.O_EXCL
        elif ch == "t":
            open_flags |= os.O_TRUNC
            sandbox_assert(SANDBOX_FS_WRITE)
        elif ch == "x":
            open_flags |= os.O_SYNC
        elif ch == "C":
            open_flags |= os.O_NOCTTY
        elif ch == "a":
            open_flags |= os.O_APPEND
        elif ch == "N":
            open_flags &= ~os.O_NONBLOCK
            blocking = True
    if readf and not writef:
        open_flags |= os.O_RDONLY
    elif writef and not readf:
        open_flags |= os.O_WRONLY
    else:
        open_flags |= os.O_RDWR
    try:
        fd = os.open(p, open_flags, m)
    except OSError as e:
        panic(L.strerror(e))
    return L.Stream(fd, 0 if blocking else stream_flags, STREAM_METHODS)


@builtin("os/shell", "(os/shell &opt str)",
         "Runs the command string `str` with the system shell (/bin/sh -c), "
         "suspending only the calling fiber until it ends, and returns the raw wait "
         "status, as C's system() does: the exit code times 256, or the number of "
         "the signal that ended the shell.  Without `str`, whether a shell is "
         "available.")
def os_shell(cmd=MISSING):
    sandbox_assert(SANDBOX_SUBPROCESS)
    if cmd is MISSING:
        return os.access("/bin/sh", os.X_OK)
    from .io import cstring
    line = cstring(cmd, 0)
    # (like the reference, buffered output is not flushed first)
    try:
        popen = subprocess.Popen([b"/bin/sh", b"-c", line])
    except OSError as e:
        panic(L.strerror(e))

    class _Shell:
        pass
    shell = _Shell()
    shell.popen = popen
    shell.pid = popen.pid
    fiber = L.root_task()
    sid = fiber.sched_id

    def done(_status):
        rc = popen.returncode
        raw = rc << 8 if rc >= 0 else -rc
        if F.can_resume(fiber) and fiber.sched_id == sid:
            L.schedule(fiber, float(raw))

    _start_reaper(shell, done)
    return L.await_()
