#!/usr/bin/env python3
"""Real-world benchmark: third-party Janet code under pyjanet and under the reference.

usage: python bench/realworld.py [--spork DIR] [--remarkable DIR] [--janet BIN]
                                 [--pyjanet CMD] [--repeat N] [--twins all|none|NAME,...]
                                 [WORKLOAD ...]

WORKLOAD is any of fmt, markdown, spork-tests, twins (default: all four).

* fmt          spork's fmt/format over every spork/*.janet file of a spork checkout,
               in one process (driver: bench/realworld/fmt-all.janet).
* markdown     the remarkable library (pure-Janet CommonMark parser built on PEGs)
               rendering every CommonMark spec example, in one process (driver:
               bench/realworld/markdown.janet).
* spork-tests  spork's test/suite-*.janet files, one process each, run in the spork
               checkout with JANET_PATH pointing at it.  A file counts only if it
               exits 0 on both interpreters; the others are listed with the reason.
* twins        bench/run.py (pyjanet against plain Python) in a subprocess, so its
               ratios print beside the real-world ones.

Third-party code is never part of this repository: the runner takes the paths of
checkouts fetched elsewhere.  Each workload is timed as the wall-clock time of whole
processes (start-up included, as a user sees it), best of --repeat runs.  The ratio
is of CPU time (user + system), which waiting on a shared machine does not inflate;
the wall-clock ratio is printed beside it.  Both interpreters must print the same
output, otherwise the row says so.  By default pyjanet is this checkout's (this
Python, -m pyjanet, with the checkout first on PYTHONPATH).
"""

import argparse
import math
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DRIVERS = os.path.join(HERE, "realworld")
WORKLOADS = ["fmt", "markdown", "spork-tests", "twins"]


def timed(cmd, cwd=None, env=None, timeout=300):
    """Run cmd; return (CPU seconds, wall seconds, exit code, stdout, stderr).

    CPU time (user + system, from the child's rusage) is what the ratios use:
    the machine may be shared, and CPU time does not count the waiting."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return 0.0, time.perf_counter() - t, None, b"", b"timed out after %d s" % timeout
    # communicate() has reaped the child; its rusage is in our children's total
    return _child_cpu(), time.perf_counter() - t, p.returncode, out, err


_CPU_SEEN = [0.0]


def _child_cpu():
    """CPU seconds used by the children reaped since the last call."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = r.ru_utime + r.ru_stime
    used = total - _CPU_SEEN[0]
    _CPU_SEEN[0] = total
    return used


def best(cmd, repeat, **kw):
    runs = [timed(cmd, **kw) for _ in range(repeat)]
    cpu = min(r[0] for r in runs)
    wall = min(r[1] for r in runs)
    _, _, rc, out, err = runs[-1]
    return (cpu, wall), rc, out, err


def first_error(err, out):
    for line in (err or out).decode("utf-8", "replace").splitlines():
        if line.strip():
            return line.strip()[:110]
    return "(no output)"


def row(name, tp, tr, note=""):
    """Print one line: CPU times and their ratio, then the wall-clock ratio."""
    ratio = tp[0] / tr[0] if tr[0] else float("inf")
    wall = tp[1] / tr[1] if tr[1] else float("inf")
    print("%-24s pyjanet %7.3f s  reference %6.3f s  ratio %6.1fx  (wall %5.1fx)  %s"
          % (name, tp[0], tr[0], ratio, wall, note), flush=True)
    return ratio


def one_process(name, driver, checkout, opts, env=None):
    if not os.path.isdir(checkout):
        print("%-24s skipped: no checkout at %s" % (name, checkout))
        return None
    script = os.path.join(DRIVERS, driver)
    # (run in the drivers' folder, so that `python -m` finds no pyjanet in the
    # current directory but the one --pyjanet or PYTHONPATH names)
    tr, rcr, outr, errr = best([opts.janet, script, checkout], opts.repeat, env=env,
                               cwd=DRIVERS)
    tp, rcp, outp, errp = best(opts.pyjanet + [script, checkout], opts.repeat, env=env,
                               cwd=DRIVERS)
    if rcr != 0:
        print("%-24s reference failed: %s" % (name, first_error(errr, outr)))
        return None
    if rcp != 0:
        print("%-24s pyjanet failed: %s" % (name, first_error(errp, outp)))
        return None
    note = outr.decode().strip()
    if outp != outr:
        note = "OUTPUT DIFFERS: pyjanet %r" % outp.decode("utf-8", "replace").strip()
    return row(name, tp, tr, note)


def spork_tests(opts):
    tests = os.path.join(opts.spork, "test")
    if not os.path.isdir(tests):
        print("spork-tests skipped: no checkout at %s" % opts.spork)
        return None
    env = dict(os.environ, JANET_PATH=opts.spork)
    names = sorted(f for f in os.listdir(tests)
                   if f.startswith("suite-") and f.endswith(".janet"))
    total_p = [0.0, 0.0]
    total_r = [0.0, 0.0]
    ratios = []
    skipped = []
    for f in names:
        rel = os.path.join("test", f)
        tr, rcr, outr, errr = best([opts.janet, rel], opts.repeat, cwd=opts.spork, env=env,
                                   timeout=60)
        if rcr != 0:
            skipped.append((f, "fails on the reference: " + first_error(errr, outr)))
            continue
        tp, rcp, outp, errp = best(opts.pyjanet + [rel], opts.repeat, cwd=opts.spork, env=env,
                                   timeout=120)
        if rcp != 0:
            skipped.append((f, "fails on pyjanet: " + first_error(errp, outp)))
            continue
        for i in (0, 1):
            total_p[i] += tp[i]
            total_r[i] += tr[i]
        ratios.append(row("  " + f[len("suite-"):-len(".janet")], tp, tr))
    for f, why in skipped:
        print("  skipped %-22s %s" % (f, why))
    if not ratios:
        return None
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    return row("spork-tests (%d files)" % len(ratios), total_p, total_r,
               "sum of times; geomean of per-file ratios %.1fx" % gm)


def twins(opts):
    if opts.twins == "none":
        return None
    cmd = [sys.executable, os.path.join(HERE, "run.py"), "--repeat", str(opts.repeat)]
    if opts.twins != "all":
        cmd += opts.twins.split(",")
    p = subprocess.run(cmd, capture_output=True, text=True)
    print("twins (bench/run.py, pyjanet/python):")
    for line in p.stdout.splitlines():
        print("  " + line)
    if p.returncode != 0:
        print("  bench/run.py failed: %s" % (p.stderr.strip().splitlines() or ["?"])[-1])
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("workloads", nargs="*", metavar="WORKLOAD",
                    help="any of %s (default: all)" % ", ".join(WORKLOADS))
    ap.add_argument("--spork", default="/work/ref/spork", help="spork checkout")
    ap.add_argument("--remarkable", default="/work/ref/remarkable",
                    help="checkout of github.com/pyrmont/remarkable")
    ap.add_argument("--janet", default="/work/ref/janet/build/janet",
                    help="the reference janet binary")
    ap.add_argument("--pyjanet", default=None,
                    help="command that runs pyjanet (default: this Python -m pyjanet)")
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs (default 1)")
    ap.add_argument("--twins", default="all",
                    help="bench/run.py programs: all, none or a comma-separated list")
    opts = ap.parse_args()
    if opts.pyjanet:
        opts.pyjanet = opts.pyjanet.split()
    else:
        # the pyjanet of this checkout, whatever else is installed
        opts.pyjanet = [sys.executable, "-m", "pyjanet"]
        os.environ["PYTHONPATH"] = os.pathsep.join(
            [ROOT] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
    chosen = opts.workloads or WORKLOADS
    for w in chosen:
        if w not in WORKLOADS:
            ap.error("unknown workload %r (choose from %s)" % (w, ", ".join(WORKLOADS)))
    if "fmt" in chosen:
        one_process("fmt (spork/*.janet)", "fmt-all.janet", opts.spork, opts)
    if "markdown" in chosen:
        one_process("markdown (CommonMark)", "markdown.janet", opts.remarkable, opts)
    if "spork-tests" in chosen:
        spork_tests(opts)
    if "twins" in chosen:
        twins(opts)


if __name__ == "__main__":
    main()
