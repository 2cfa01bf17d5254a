"""The array/* namespace: mutable sequences.

Corresponds to the reference's src/core/array.c.  Arrays are `values.Array`
(a Python list), so capacity is Python's business: `array/new`, `array/ensure`
and `array/trim` only validate their arguments.  A weak array holds its
elements strongly until `gccollect` sweeps it (`weak.sweep_weak`).
"""

from ..values import Array
from ..weak import make_weak
from ..errors import panic, panicf
from ..runtime import builtin
from .. import args as A

# Default of optional parameters that the reference checks even when nil is
# passed explicitly (it tests the argument count, not the value).
NOARG = object()


@builtin("array/new", "(array/new capacity)",
         "Makes a new empty array.  The capacity is only a hint about how many "
         "elements it will hold.")
def array_new(capacity):
    A.integer(capacity, 0)
    return Array()


@builtin("array/weak", "(array/weak capacity)",
         "Like `array/new`, for an array that holds its elements weakly: "
         "`(gccollect)` sets to nil each element nothing else refers to.")
def array_weak(capacity):
    A.integer(capacity, 0)
    return make_weak(Array(), "v")


@builtin("array/new-filled", "(array/new-filled count &opt value)",
         "Makes an array of `count` elements, each of them `value` (nil by default).")
def array_new_filled(count, value=None):
    return Array([value] * A.nat(count, 0))


@builtin("array/fill", "(array/fill arr &opt value)",
         "Overwrites every element of arr with value (nil by default), keeping its "
         "length.  Returns arr.")
def array_fill(arr, value=None):
    A.array(arr, 0)
    arr[:] = [value] * len(arr)
    return arr


@builtin("array/pop", "(array/pop arr)",
         "Removes the last element of arr and returns it; nil when arr is empty.")
def array_pop(arr):
    A.array(arr, 0)
    return arr.pop() if arr else None


@builtin("array/peek", "(array/peek arr)",
         "The last element of arr (left in place), or nil when arr is empty.")
def array_peek(arr):
    A.array(arr, 0)
    return arr[-1] if arr else None


@builtin("array/push", "(array/push arr & xs)",
         "Appends each x to the end of arr, in order.  Returns arr.")
def array_push(arr, *xs):
    A.array(arr, 0)
    arr.extend(xs)
    return arr


@builtin("array/ensure", "(array/ensure arr capacity growth)",
         "Makes sure arr has room for `capacity` elements, growing by the factor "
         "`growth` if it must.  Both are integers; capacity must be positive.  "
         "Returns arr.")
def array_ensure(arr, capacity, growth):
    A.array(arr, 0)
    cap = A.integer(capacity, 1)
    A.integer(growth, 2)
    if cap < 1:
        panic("expected positive integer")
    return arr


@builtin("array/slice", "(array/slice arrtup &opt start end)",
         "A new array with the elements of an array or tuple from index start "
         "(inclusive, default 0) to end (exclusive, default the length).  Negative "
         "indices count back from the end, -1 being the end itself.", arity=(1, 3))
def array_slice(*args):
    # Checked by hand, in the reference's order: the type of the first
    # argument is reported before a wrong argument count.
    x = A.indexed(args[0] if args else None, 0)
    if len(args) > 3:
        panicf("arity mismatch, expected at most 3, got %d", len(args))
    s, e = A.slice_range(args, len(x))
    return Array(x[s:e])


@builtin("array/concat", "(array/concat arr & parts)",
         "Appends each part to arr: the elements of a part that is an array or tuple, "
         "any other part as a single element.  Returns arr.")
def array_concat(arr, *parts):
    A.array(arr, 0)
    for p in parts:
        if p.__class__ is Array or isinstance(p, tuple):
            arr.extend(p)
        else:
            arr.append(p)
    return arr


@builtin("array/join", "(array/join arr & parts)",
         "Appends the elements of each part, which must be an array or tuple, to arr.  "
         "Returns arr.")
def array_join(arr, *parts):
    A.array(arr, 0)
    for i, p in enumerate(parts, 1):
        if not (p.__class__ is Array or isinstance(p, tuple)):
            panicf("expected indexed type for argument %d, got %v", i, p)
        arr.extend(p)
    return arr


@builtin("array/insert", "(array/insert arr at & xs)",
         "Inserts the xs into arr before index `at`, which is between 0 and the "
         "length of arr.  A negative `at` counts from the end, so that -1 appends.  "
         "Returns arr.")
def array_insert(arr, at, *xs):
    A.array(arr, 0)
    i = A.integer(at, 1)
    n = len(arr)
    if i < 0:
        i = n + i + 1
    if i < 0 or i > n:
        panicf("insertion index %d out of range [0,%d]", i, n)
    arr[i:i] = xs
    return arr


@builtin("array/remove", "(array/remove arr at &opt n)",
         "Removes up to n elements (default 1) from arr, starting at index `at`; a "
         "negative `at` counts from the end.  Returns arr.")
def array_remove(arr, at, n=NOARG):
    A.array(arr, 0)
    i = A.integer(at, 1)
    size = len(arr)
    if i < 0:
        i = size + i
    if i < 0 or i > size:
        panicf("removal index %d out of range [0,%d]", i, size)
    count = 1
    if n is not NOARG:
        count = A.integer(n, 2)
        if count < 0:
            panicf("expected non-negative integer for argument n, got %v", n)
    del arr[i:i + count]
    return arr


@builtin("array/trim", "(array/trim arr)",
         "Shrinks the memory reserved for arr to its length.  Returns arr.")
def array_trim(arr):
    return A.array(arr, 0)


@builtin("array/clear", "(array/clear arr)",
         "Removes every element of arr.  Returns arr.")
def array_clear(arr):
    A.array(arr, 0)
    arr.clear()
    return arr
