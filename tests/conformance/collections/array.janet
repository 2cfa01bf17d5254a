# array/* (src/core/array.c): results and error messages.

#### array/new and array/weak make empty arrays
(pp (array/new 10))
(pp (array/new 0))
(pp (array/new -1))
(pp (array/weak 4))
(pp (protect (array/new 1.5)))
(pp (protect (array/new :a)))
(pp (protect (array/weak "x")))
#> @[]
#> @[]
#> @[]
#> @[]
#> (false "bad slot #0, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected 32 bit signed integer, got :a")
#> (false "bad slot #0, expected 32 bit signed integer, got \"x\"")

#### array/new-filled
(pp (array/new-filled 3))
(pp (array/new-filled 2 :x))
(pp (array/new-filled 0 :x))
(pp (array/new-filled 2.0 [1]))
(pp (protect (array/new-filled -1)))
(pp (protect (array/new-filled 1.5 1)))
(pp (protect (array/new-filled nil)))
#> @[nil nil nil]
#> @[:x :x]
#> @[]
#> @[(1) (1)]
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got -1")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got nil")

#### array/fill keeps the length
(def a @[1 2 3])
(pp (array/fill a))
(pp (array/fill a :z))
(pp (= a (array/fill a 0)))
(pp (array/fill @[]))
(pp (protect (array/fill [1 2])))
#> @[nil nil nil]
#> @[:z :z :z]
#> true
#> @[]
#> (false "bad slot #0, expected array, got <tuple 0x55B5ACFEDA20>")

#### array/push, pop and peek
(def a @[])
(pp (array/push a))
(pp (array/push a 1 2 3))
(pp (array/pop a))
(pp (array/peek a))
(pp a)
(pp (array/pop @[]))
(pp (array/peek @[]))
(pp (protect (array/push [1] 2)))
(pp (protect (array/pop [1])))
(pp (protect (array/peek "ab")))
#> @[]
#> @[1 2 3]
#> 3
#> 2
#> @[1 2]
#> nil
#> nil
#> (false "bad slot #0, expected array, got <tuple 0x565011830210>")
#> (false "bad slot #0, expected array, got <tuple 0x565011831C20>")
#> (false "bad slot #0, expected array, got \"ab\"")

#### array/ensure validates and returns the array
(def a @[1 2])
(pp (= a (array/ensure a 100 2)))
(pp (array/ensure @[1] 1 1))
(pp (protect (array/ensure @[] 0 1)))
(pp (protect (array/ensure @[] -3 2)))
(pp (protect (array/ensure @[1] 10 1.5)))
(pp (protect (array/ensure [1] 10 2)))
#> true
#> @[1]
#> (false "expected positive integer")
#> (false "expected positive integer")
#> (false "bad slot #2, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected array, got <tuple 0x55AED338B290>")

#### array/slice
(def a @[1 2 3 4 5])
(pp (array/slice a))
(pp (array/slice a 1))
(pp (array/slice a 1 3))
(pp (array/slice a -2))
(pp (array/slice a 0 -2))
(pp (array/slice a -3 -2))
(pp (array/slice a 3 1))
(pp (array/slice [1 2 3] 1))
(pp (array/slice [] 0 0))
(pp (array/slice a nil 2))
#> @[1 2 3 4 5]
#> @[2 3 4 5]
#> @[2 3]
#> @[5]
#> @[1 2 3 4]
#> @[4]
#> @[]
#> @[2 3]
#> @[]
#> @[1 2]

#### array/slice errors
(var f array/slice)
(pp (protect (f [1 2 3] -5)))
(pp (protect (f [1 2 3] 0 -5)))
(pp (protect (f [1 2 3] 4)))
(pp (protect (f [1 2 3] 0 4)))
(pp (protect (f [1 2 3] 1.5)))
(pp (protect (f "abc")))
(pp (protect (f [1 2] 0 1 2)))
(pp (protect (f :a 0 1 2)))
#> (false "start index -5 out of range [-4,3]")
#> (false "end index -5 out of range [-4,3]")
#> (false "start index 4 out of range [-4,3]")
#> (false "end index 4 out of range [-4,3]")
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected array or tuple, got \"abc\"")
#> (false "arity mismatch, expected at most 3, got 4")
#> (false "bad slot #0, expected array or tuple, got :a")

#### array/concat splices arrays and tuples only
(pp (array/concat @[1] 2 [3 4] @[5] {:a 1} "six" nil))
(pp (array/concat @[]))
(def a @[1 2])
(pp (array/concat a a a))
(pp (protect (array/concat [1] 2)))
#> @[1 2 3 4 5 {:a 1} "six" nil]
#> @[]
#> @[1 2 1 2 1 2 1 2]
#> (false "bad slot #0, expected array, got <tuple 0x55B9B81B99D0>")

#### array/join
(pp (array/join @[1] [2 3] @[4]))
(pp (array/join @[]))
(def a @[1 2])
(pp (array/join a a a))
(pp (protect (array/join @[1] [2] 3)))
(pp (protect (array/join @[1] "ab")))
(pp (protect (array/join [1] [2])))
#> @[1 2 3 4]
#> @[]
#> @[1 2 1 2 1 2 1 2]
#> (false "expected indexed type for argument 2, got 3")
#> (false "expected indexed type for argument 1, got \"ab\"")
#> (false "bad slot #0, expected array, got <tuple 0x555FBD424C70>")

#### array/insert
(pp (array/insert @[1 2] 0 :a))
(pp (array/insert @[1 2] 1 :a :b))
(pp (array/insert @[1 2] 2 :a))
(pp (array/insert @[1 2] -1 :a :b))
(pp (array/insert @[1 2] -3 :a))
(pp (array/insert @[1 2] 0))
(pp (protect (array/insert @[1 2] 3 :a)))
(pp (protect (array/insert @[1 2] -4 :a)))
(pp (protect (array/insert @[1 2] 0.5 :a)))
(pp (protect (array/insert [1 2] 0 :a)))
#> @[:a 1 2]
#> @[1 :a :b 2]
#> @[1 2 :a]
#> @[1 2 :a :b]
#> @[:a 1 2]
#> @[1 2]
#> (false "insertion index 3 out of range [0,2]")
#> (false "insertion index -1 out of range [0,2]")
#> (false "bad slot #1, expected 32 bit signed integer, got 0.5")
#> (false "bad slot #0, expected array, got <tuple 0x56142704B7B0>")

#### array/remove
(pp (array/remove @[1 2 3] 0))
(pp (array/remove @[1 2 3] 1 2))
(pp (array/remove @[1 2 3] -1))
(pp (array/remove @[1 2 3] -2 5))
(pp (array/remove @[1 2 3] 3))
(pp (array/remove @[1 2 3] 0 0))
(pp (protect (array/remove @[1 2 3] 4)))
(pp (protect (array/remove @[1 2 3] -5)))
(pp (protect (array/remove @[1 2 3] 0 -1)))
(pp (protect (array/remove @[1 2 3] 0 nil)))
(pp (protect (array/remove [1 2 3] 0)))
#> @[2 3]
#> @[1]
#> @[1 2]
#> @[1]
#> @[1 2 3]
#> @[1 2 3]
#> (false "removal index 4 out of range [0,3]")
#> (false "removal index -2 out of range [0,3]")
#> (false "expected non-negative integer for argument n, got -1")
#> (false "bad slot #2, expected 32 bit signed integer, got nil")
#> (false "bad slot #0, expected array, got <tuple 0x55F31427CB60>")

#### array/trim and array/clear
(def a @[1 2 3])
(pp (array/trim a))
(pp (array/clear a))
(pp a)
(pp (array/trim @[]))
(pp (protect (array/trim [])))
(pp (protect (array/clear "abc")))
#> @[1 2 3]
#> @[]
#> @[]
#> @[]
#> (false "bad slot #0, expected array, got <tuple 0x556903954910>")
#> (false "bad slot #0, expected array, got \"abc\"")

#### array arity errors
(var f array/push)
(pp (protect (f)))
(set f array/new)
(pp (protect (f)))
(pp (protect (f 1 2)))
(set f array/remove)
(pp (protect (f @[])))
(pp (protect (f @[] 1 2 3)))
(set f array/ensure)
(pp (protect (f @[] 1)))
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "arity mismatch, expected 1, got 0")
#> (false "arity mismatch, expected 1, got 2")
#> (false "arity mismatch, expected at least 2, got 1")
#> (false "arity mismatch, expected at most 3, got 4")
#> (false "arity mismatch, expected 3, got 2")
