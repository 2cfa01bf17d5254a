"""The array/* namespace: mutable sequences.

Corresponds to the reference's src/core/array.c.
"""

from ..values import Array, Buffer, Struct, Table, from_key
from ..errors import panic, panicf
from ..runtime import builtin
from .. import args as A


@builtin("array/new", "(array/new capacity)",
         "Makes a new empty array; the capacity is a size hint.")
def array_new(capacity):
    A.nat(capacity, 0)
    return Array()


@builtin("array/new-filled", "(array/new-filled count &opt value)",
         "Makes an array of `count` copies of value (default nil).")
def array_new_filled(count, value=None):
    return Array([value] * A.nat(count, 0))


@builtin("array/push", "(array/push arr & xs)",
         "Appends each x to the end of arr; returns arr.")
def array_push(arr, *xs):
    A.array(arr, 0)
    arr.extend(xs)
    return arr


@builtin("array/pop", "(array/pop arr)",
         "Removes and returns the last element of arr, or nil when it is empty.")
def array_pop(arr):
    A.array(arr, 0)
    return arr.pop() if arr else None


@builtin("array/peek", "(array/peek arr)",
         "The last element of arr without removing it, or nil when it is empty.")
def array_peek(arr):
    A.array(arr, 0)
    return arr[-1] if arr else None


@builtin("array/concat", "(array/concat arr & parts)",
         "Appends the elements of each array or tuple part to arr, and any other "
         "part as a single element; returns arr.")
def array_concat(arr, *parts):
    A.array(arr, 0)
    for p in parts:
        if p.__class__ is Array or isinstance(p, tuple):
            arr.extend(p)
        else:
            arr.append(p)
    return arr


@builtin("array/slice", "(array/slice arrtup &opt start end)",
         "A new array holding the part of an array or tuple from start to end.")
def array_slice(x, start=None, end=None):
    A.indexed(x, 0)
    s, e = A.slice_range((x, start, end), len(x))
    return Array(x[s:e])
