"""Start-up time of pyjanet beside Python's own, side by side in one run.

    python bench/startup.py [-n N] [--no-site] [--janet PATH]

Runs each command N times (default 10), the commands interleaved round by
round so that a change in the machine's load affects them alike, and prints
the median and the minimum wall time of each, the median's excess over
`python -c pass`, and the median CPU time (user + system, less sensitive to
the load of a shared machine):

  python -c pass                      Python's own start (the floor)
  pyjanet -e '(print 1)'              the console script, warm cache
  pyjanet script.janet                a 3 KB script, warm cache
  python -m pyjanet -e '(print 1)'    the same without the entry-point wrapper
  embed: Janet().eval("(+ 1 2)")      the embedding API, warm cache
  pyjanet, empty cache                XDG_CACHE_HOME a fresh empty directory
  pyjanet, unwritable cache           XDG_CACHE_HOME a directory that cannot be made
  python -S -c pass / python -S -m pyjanet   with --no-site: both without
                                      Python's site (no .pth files run)
  janet -e '(print 1)'                the reference, when --janet is given

"Warm" uses the caller's cache directory, filled by one untimed run first.
Not a test: the figures depend on the machine and its load.
"""

import argparse
import os
import resource
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


def _import_path():
    """Where pyjanet and its dependencies are imported from, for python -S."""
    import greenlet
    import pyjanet
    path = [os.path.dirname(os.path.dirname(pyjanet.__file__)),
            os.path.dirname(os.path.dirname(greenlet.__file__))]
    if os.environ.get("PYTHONPATH"):
        path.insert(0, os.environ["PYTHONPATH"])
    return path


def _cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd, env):
    """(wall seconds, CPU seconds) of one run of cmd."""
    c = _cpu()
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    dt = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
    return dt, _cpu() - c


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10, help="runs of each command")
    ap.add_argument("--janet", help="the reference interpreter, timed beside")
    ap.add_argument("--no-site", action="store_true",
                    help="also time python -S (no site, no .pth files) beside "
                         "python -S -m pyjanet")
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
    if opts.no_site:
        # Python's site (the .pth files of the installation) can cost more
        # than pyjanet itself; without it, what remains is pyjanet's own cost
        cases += [("python -S -c pass", [py, "-S", "-c", "pass"], None),
                  ("python -S -m pyjanet -e ...  warm", [py, "-S", "-m", "pyjanet"] + code,
                   "nosite")]
    if opts.janet:
        cases.append(("janet -e '(print 1)'", [opts.janet] + code, None))

    # a small script: defines a function and calls it in 60 definitions (3 KB)
    script = os.path.join(tempfile.mkdtemp(prefix="pyjanet-bench-"), "script.janet")
    with open(script, "w") as f:
        f.write("(defn f [x] (+ x 1))\n")
        for i in range(60):
            f.write("(def v%d (f %d)) # and a comment, to make the file longer\n" % (i, i))
        f.write("(print v59)\n")
    cases.insert(2, ("pyjanet script.janet (3 KB)  warm", pj + [script], None))

    run(pj + code, warm_env)          # fill the warm cache
    run(pj + [script], warm_env)
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
            elif cache == "nosite":
                env = dict(warm_env, PYTHONPATH=os.pathsep.join(_import_path()))
            try:
                times[name].append(run(cmd, env))
            finally:
                if tmp is not None:
                    shutil.rmtree(tmp, ignore_errors=True)

    shutil.rmtree(os.path.dirname(script), ignore_errors=True)
    floor = statistics.median(t[0] for t in times["python -c pass"])
    print("%-34s %9s %9s %10s %9s" % ("command (%d runs)" % opts.n, "median", "min",
                                    "- python", "CPU"))
    for name, _, _ in cases:
        walls = [t[0] for t in times[name]]
        med = statistics.median(walls)
        print("%-34s %6.1f ms %6.1f ms %7.1f ms %6.1f ms" % (
            name, med * 1e3, min(walls) * 1e3, (med - floor) * 1e3,
            statistics.median(t[1] for t in times[name]) * 1e3))

if __name__ == "__main__":
    main()
