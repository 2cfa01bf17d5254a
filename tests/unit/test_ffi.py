"""ffi/trampoline's pyjanet extension: a C callback of any signature.

The reference has no such form (its trampoline has one fixed signature), so
there is no reference output to compare with; the checks compare what C code
computed through the callback with what Janet computes itself.
"""

from pyjanet import Janet


def run(src):
    j = Janet(strings="bytes")
    return j.eval(src)


QSORT = """
(def libc (ffi/native))
(def cmp (ffi/trampoline (ffi/signature :default :int :ptr :ptr)
                         (fn [a b] (compare (ffi/read :int a) (ffi/read :int b)))))
(def data [5 3 9 -1 7 3 0 12])
(def arr @"")
(each x data (ffi/write :int x arr))
(ffi/call (ffi/lookup libc "qsort") (ffi/signature :default :void :ptr :size :size :ptr)
          arr (length data) 4 cmp)
(deep= (seq [i :range [0 (length data)]] (ffi/read :int arr (* 4 i))) (sorted data))
"""


def test_qsort_sorts_with_a_janet_comparator():
    assert run(QSORT) is True


FAILING = """
(def libc (ffi/native))
(def cmp (ffi/trampoline (ffi/signature :default :int :ptr :ptr)
                         (fn [a b] (error "from the comparator"))))
(def arr (ffi/write @[:int 3] [3 2 1]))
(def r (protect (ffi/call (ffi/lookup libc "qsort")
                          (ffi/signature :default :void :ptr :size :size :ptr) arr 3 4 cmp)))
[;r (ffi/read @[:int 3] arr)]
"""


def test_an_error_in_a_callback_reaches_the_caller_of_ffi_call():
    ok, err, arr = run(FAILING)
    assert (ok, err) == (False, b"from the comparator")
    assert sorted(arr) == [1.0, 2.0, 3.0]     # the array is intact, if unsorted
