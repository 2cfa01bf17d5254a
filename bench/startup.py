"""Start-up time of pyjanet beside Python's own, side by side in one run.

    python bench/startup.py [-n N] [--janet PATH]

Runs each command N times (default 10), the commands interleaved round by
round so that a change in the machine's load affects them alike, and prints
the median and the minimum wall time of each:

  python -c pass                      Python's own start (the floor)
  pyjanet -e '(print 1)'              the console script, warm cache
  python -m pyjanet -e '(print 1)'    the same without the entry-point wrapper
  embed: Janet().eval("(+ 1 2)")      the embedding API, warm cache
  pyjanet, empty cache                XDG_CACHE_HOME a fresh empty directory
  pyjanet, unwritable cache           XDG_CACHE_HOME a directory that cannot be made
  janet -e '(print 1)'                the reference, when --janet is given

"Warm" uses the caller's cache directory, filled by one untimed run first.
Not a test: the figures depend on the machine and its load.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def pyjanet_command():
    """The `pyjanet` console script next to this Python, else python -m pyjanet."""
    exe = os.path.join(os.path.dirname(sys.executable), "pyjanet")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "pyjanet"]


def run(cmd, env):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    dt = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
    return dt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10, help="runs of each command")
    ap.add_argument("--janet", help="the reference interpreter, timed beside")
    opts = ap.parse_args()

    py = sys.executable
    pj = pyjanet_command()
    code = ["-e", "(print 1)"]
    warm_env = dict(os.environ)
    cases = [
        ("python -c pass", [py, "-c", "pass"], None),
        ("pyjanet -e '(print 1)'  warm", pj + code, None),
        ("python -m pyjanet -e ...  warm", [py, "-m", "pyjanet"] + code, None),
        ("embed Janet().eval  warm",
         [py, "-c", "from pyjanet import Janet; Janet().eval('(+ 1 2)')"], None),
        ("pyjanet -e ...  empty cache", pj + code, "empty"),
        ("pyjanet -e ...  unwritable cache", pj + code, "unwritable"),
    ]
    if opts.janet:
        cases.append(("janet -e '(print 1)'", [opts.janet] + code, None))

    run(pj + code, warm_env)          # fill the warm cache
    times = {name: [] for name, _, _ in cases}
    for _ in range(opts.n):
        for name, cmd, cache in cases:
            env = warm_env
            tmp = None
            if cache == "empty":
                tmp = tempfile.mkdtemp(prefix="pyjanet-bench-")
                env = dict(warm_env, XDG_CACHE_HOME=tmp)
            elif cache == "unwritable":
                env = dict(warm_env, XDG_CACHE_HOME="/proc/pyjanet-bench-no-cache")
            try:
                times[name].append(run(cmd, env))
            finally:
                if tmp is not None:
                    shutil.rmtree(tmp, ignore_errors=True)

    floor = statistics.median(times["python -c pass"])
    print("%-34s %9s %9s %11s" % ("command (%d runs)" % opts.n, "median", "min",
                                 "- python"))
    for name, _, _ in cases:
        ts = times[name]
        med = statistics.median(ts)
        print("%-34s %7.1f ms %6.1f ms %8.1f ms" % (name, med * 1e3, min(ts) * 1e3,
                                                   (med - floor) * 1e3))


if __name__ == "__main__":
    main()
