"""How soon the REPL is ready: launch `pyjanet` on a pseudo-terminal N times
(default 5) and print the median time until

* the prompt `repl:1:>` is on the screen,
* a key typed as soon as the prompt appears is echoed (input is accepted;
  keys typed before the line editor runs wait for it, see repl._early_prompt),
* the line editor is running (prompt_toolkit turns on bracketed paste, ESC[?2004h),

and the CPU time the process has used by then.  Not a test (timings depend on
the machine's load):  python tests/repl/measure_startup.py [command...]
"""

import os
import pty
import select
import statistics
import sys
import time


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def once(cmd):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["JANET_HISTFILE"] = ""
        os.environ["TERM"] = "xterm"
        os.execvp(cmd[0], cmd)
    buf = b""
    prompt = editor = echo = cpu = None
    typed_at = None
    while time.perf_counter() - t0 < 10 and (echo is None or editor is None):
        if not select.select([fd], [], [], 0.005)[0]:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        buf += data
        now = time.perf_counter() - t0
        if b"\x1b[6n" in data:              # answer the cursor position request
            os.write(fd, b"\x1b[1;1R")
        if prompt is None and b"repl:1:>" in buf:
            prompt = now
            typed_at = len(buf)
            os.write(fd, b"Q")
        if echo is None and typed_at is not None and b"Q" in buf[typed_at:]:
            echo = now
        if editor is None and b"\x1b[?2004h" in buf:
            editor = now
            cpu = cpu_seconds(pid)
    os.write(fd, b"\x15\x04")               # Ctrl-U, Ctrl-D: leave
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)
    return prompt, echo, editor, cpu


def main():
    cmd = sys.argv[1:] or ["pyjanet"]
    rows = [once(cmd) for _ in range(int(os.environ.get("N", "5")))]
    for i, name in enumerate(("prompt shown", "typed key echoed", "editor running",
                              "CPU used by then")):
        xs = [r[i] for r in rows if r[i] is not None]
        if xs:
            print("%-17s median %.3f s  (%s)" % (name, statistics.median(xs),
                                                  " ".join("%.3f" % x for x in xs)))


if __name__ == "__main__":
    main()
