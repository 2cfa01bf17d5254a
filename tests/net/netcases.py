"""Network conformance cases: case files whose sources name ports chosen at run time.

The files in tests/net/cases/ have the format of tests/conformance (see
tests/janet_cases.py), but a case's source may use these placeholders:

    $PORT, $PORT2, $PORT3   a free TCP/UDP port on 127.0.0.1, chosen at run time
    $DIR                    a fresh scratch directory (for unix-domain sockets)

Before a case runs, the placeholders are replaced by real values; in what it
prints, the values are turned back into the placeholders.  The expectations are
recorded the same way from the reference Janet (tests/net/expect.py), so both
interpreters are compared on the same text.
"""

import os
import re
import shutil
import socket
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import janet_cases  # noqa: E402

CASES_DIR = os.path.join(HERE, "cases")
PORT_NAMES = ("$PORT3", "$PORT2", "$PORT")     # longest first when substituting
_PLACEHOLDER = re.compile(r"\$(PORT[23]?|DIR)")


def case_files():
    return sorted(os.path.join(CASES_DIR, f) for f in os.listdir(CASES_DIR)
                  if f.endswith(".janet"))


def free_ports(n):
    """n distinct ports nothing listens on now (TCP and UDP) on 127.0.0.1."""
    socks = []
    ports = []
    try:
        while len(ports) < n:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
            socks.append(s)
            u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                u.bind(("127.0.0.1", port))
            except OSError:
                continue
            finally:
                u.close()
            ports.append(port)
    finally:
        for s in socks:
            s.close()
    return ports


class Bindings:
    """The values of one run's placeholders."""

    def __init__(self, source):
        used = set(_PLACEHOLDER.findall(source))
        ports = free_ports(3) if any(u.startswith("PORT") for u in used) else [0, 0, 0]
        self.values = {"$PORT": str(ports[0]), "$PORT2": str(ports[1]),
                       "$PORT3": str(ports[2])}
        self.dir = tempfile.mkdtemp(prefix="jnet-") if "DIR" in used else None
        if self.dir:
            self.values["$DIR"] = self.dir

    def apply(self, source):
        if self.dir:
            source = source.replace("$DIR", self.dir)
        for name in PORT_NAMES:
            source = source.replace(name, self.values[name])
        return source

    def restore(self, text):
        if self.dir:
            text = text.replace(self.dir, "$DIR")
        for name in ("$PORT", "$PORT2", "$PORT3"):
            v = self.values[name]
            if v != "0":
                text = re.sub(r"(?<![0-9])%s(?![0-9])" % v, name.replace("$", "\\$"), text)
        return text

    def cleanup(self):
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


def run_pyjanet(source, timeout=30):
    """Run a case in this process, as tests/conformance cases are run; returns
    (stdout, stderr, exit code) with placeholders restored."""
    b = Bindings(source)
    result = {}

    def work():
        try:
            result["r"] = janet_cases._run(b.apply(source))
        except BaseException:  # noqa: B902 - report the crash as the case's result
            import traceback
            result["r"] = ("", "PYTHON EXCEPTION (a pyjanet bug):\n" + traceback.format_exc(), -1)

    janet_cases.prepare_thread_stack()
    try:
        t = threading.Thread(target=work, daemon=True)
        t.start()
        t.join(timeout)
        if t.is_alive():
            return ("", "TIMEOUT: the case did not finish in %d s" % timeout, -1)
        out, err, code = result["r"]
        return b.restore(out), b.restore(err), code
    finally:
        b.cleanup()


def run_reference(janet, source, timeout=15):
    """Run a case with the reference interpreter (a script test.janet in a
    scratch directory); returns (stdout, stderr, exit code), placeholders restored."""
    import subprocess
    b = Bindings(source)
    d = tempfile.mkdtemp(prefix="jcase-")
    try:
        with open(os.path.join(d, janet_cases.SOURCE_NAME), "w", encoding="utf-8") as f:
            f.write(b.apply(source))
        try:
            p = subprocess.run([janet, janet_cases.SOURCE_NAME], cwd=d, capture_output=True,
                               timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            # recorded as such, so the case is seen and fixed (a case must end)
            return ("", "TIMEOUT: the case did not finish in %d s" % timeout, -1)
        return (b.restore(p.stdout.decode("utf-8", "replace")),
                b.restore(p.stderr.decode("utf-8", "replace")), p.returncode)
    finally:
        shutil.rmtree(d, ignore_errors=True)
        b.cleanup()
