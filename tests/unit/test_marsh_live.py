"""marshal's table of values written by reference (lib/marsh.py LiveTable):
thread messages and discarded checks no longer add to the process's table,
and a function marshalled while nothing else holds it still unmarshals after
a collection.  The program's results (3010, 42) were recorded with the
reference interpreter (`print` of the same two values)."""

from pyjanet import Janet

PROGRAM = """
(def ch (ev/thread-chan 100))
(var total 0)
(for i 0 50
  (def f (fn [x] (+ x i)))
  (ev/give ch [f (fiber/new (fn [] i))])
  (def [g fb] (ev/take ch))
  (+= total (g 1) (resume fb)))
(for i 0 5
  (ev/thread (fn [k] (ev/give ch (+ k i))) 100))
(for i 0 5 (+= total (ev/take ch)))
(def b (marshal (fn [] 42)))
(gccollect)
[total ((unmarshal b))]
"""


def test_only_marshal_calls_keep_values():
    j = Janet()
    j.eval("(marshal 1)")
    import pyjanet.lib.marsh as M
    before = len(M.PROCESS_LIVE.values)
    assert j.eval(PROGRAM) == (3010.0, 42.0)
    # 55 thread messages holding functions and fibers add nothing; the one
    # (marshal (fn [] 42)) adds its function
    assert len(M.PROCESS_LIVE.values) - before == 1
