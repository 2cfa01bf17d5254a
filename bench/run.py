#!/usr/bin/env python3
"""Benchmark runner: each bench/NAME.janet against its plain-Python twin NAME.py.

usage: python bench/run.py [NAME ...] [--repeat N] [--wall]

Both run in this one process: the Janet program is loaded with the embedding API
and its `bench` function called; the twin's `bench` function likewise.  Each is
timed best-of-N (startup and compilation excluded), their results must be equal,
and the ratio pyjanet/python is printed with the geometric mean of all ratios.
Times are the process's CPU time (time.process_time: the embedding API runs the
Janet side on its own thread while this one waits), which waiting for a core on a
shared machine does not inflate; `--wall` times wall clock instead.
"""

import argparse
import importlib.util
import math
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

DEFAULT = ["fib", "tak", "loop-sum", "closures", "table-heavy", "string-building", "sort",
           "nbody", "peg", "fiber-generator"]


def load_twin(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"),
                                                  os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


CLOCK = time.process_time


def best(fn, repeat):
    times = []
    result = None
    for _ in range(repeat):
        t = CLOCK()
        result = fn()
        times.append(CLOCK() - t)
    return min(times), result


def run(names, repeat):
    from pyjanet import Janet
    rows = []
    for name in names:
        j = Janet()
        j.run_file(os.path.join(HERE, name + ".janet"))
        tj, rj = best(lambda: j.call("bench"), repeat)
        twin = load_twin(name)
        tp, rp = best(twin.bench, repeat)
        if rj != rp and not (isinstance(rj, float) and rj == float(rp)):
            print("%s: results differ: pyjanet %r, python %r" % (name, rj, rp), flush=True)
            continue
        rows.append((name, tj, tp, tj / tp))
        print("%-16s pyjanet %8.3f s   python %8.3f s   ratio %6.2f" % (name, tj, tp, tj / tp),
              flush=True)
    gm = math.exp(sum(math.log(r[3]) for r in rows) / len(rows))
    print("geometric mean ratio pyjanet/python: %.2f" % gm)
    return rows


def main():
    ap = argparse.ArgumentParser(
        description="Times each bench/NAME.janet against its plain-Python twin NAME.py.")
    ap.add_argument("names", nargs="*", metavar="NAME",
                    help="benchmarks to run (default: %s)" % " ".join(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="best of N runs of each (default 3)")
    ap.add_argument("--wall", action="store_true",
                    help="time wall clock instead of the process's CPU time")
    a = ap.parse_args()
    unknown = [n for n in a.names if not os.path.exists(os.path.join(HERE, n + ".janet"))]
    if unknown:
        ap.error("no benchmark named %s (bench/NAME.janet)" % ", ".join(unknown))
    if a.wall:
        global CLOCK
        CLOCK = time.perf_counter
    names = a.names or DEFAULT
    sys.setrecursionlimit(1_200_000)
    threading.stack_size(1 << 30)
    t = threading.Thread(target=run, args=(names, a.repeat))
    t.start()
    t.join()


if __name__ == "__main__":
    main()
