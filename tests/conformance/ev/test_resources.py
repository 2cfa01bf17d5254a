"""Resource use of the event loop, measured on a pyjanet process:

* 10,000 tasks suspended at once (each 20 calls deep, sleeping, then passing
  messages over channels) run to the end within 1 GB of memory;
* parked tasks cost no CPU: a program whose tasks wait 1.5 s uses about as much
  processor time as starting the interpreter does.

The outputs are the reference's (the programs print what the reference prints).
"""

import os
import resource
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

MANY_TASKS = textwrap.dedent("""
    (def n 10000)
    (def results (ev/chan))
    (def boxes (seq [i :range [0 n]] (ev/chan 1)))
    (defn deep [k i]
      (if (= k 0)
        (do
          (ev/sleep (* 0.0001 (% i 50)))
          (ev/give (in boxes (% (+ i 1) n)) i)
          (def got (ev/take (in boxes i)))
          (ev/sleep 0.01)
          (ev/give results got)
          0)
        (+ 1 (deep (- k 1) i))))
    (for i 0 n (ev/spawn (deep 20 i)))
    (var total 0)
    (repeat n (+= total (ev/take results)))
    (print total)
    """)

PARKED = textwrap.dedent("""
    (def c (ev/chan))
    (for i 0 200 (ev/spawn (ev/take c)))
    (for i 0 200 (ev/spawn (ev/sleep 1.5) (ev/give c i)))
    (print "parked")
    """)


def _run(src, tmp_path):
    path = tmp_path / "prog.janet"
    path.write_text(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([sys.executable, "-m", "pyjanet", str(path)], cwd=ROOT,
                       capture_output=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p, cpu, after.ru_maxrss


def test_ten_thousand_tasks_within_a_gigabyte(tmp_path):
    p, _cpu, maxrss_kb = _run(MANY_TASKS, tmp_path)
    assert (p.stdout, p.stderr, p.returncode) == (b"49995000\n", b"", 0)
    assert maxrss_kb < 1024 * 1024, "peak memory %d KB" % maxrss_kb


def test_parked_tasks_use_no_cpu(tmp_path):
    p, cpu, _ = _run(PARKED, tmp_path)
    assert (p.stdout, p.stderr, p.returncode) == (b"parked\n", b"", 0)
    # start-up is ~0.3 s of processor time; waiting 1.5 s must add little
    assert cpu < 1.0, "%.2f s of CPU" % cpu
