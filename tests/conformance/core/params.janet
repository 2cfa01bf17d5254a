# Function parameter modifiers: &opt & &keys &named and arity.

#### &opt missing is nil
(defn f [a &opt b] (pp [a b]))
(f 1)
(f 1 2)
#> (1 nil)
#> (1 2)

#### &opt with default via default macro
(defn f [a &opt b] (default b 10) (+ a b))
(print (f 1) " " (f 1 2))
#> 11 3

#### several &opt
(defn f [&opt a b c] [a b c])
(pp (f))
(pp (f 1 2 3))
#> (nil nil nil)
#> (1 2 3)

#### &opt too many at compile time
(defn f [a &opt b] a)
(f 1 2 3)
#! test.janet:2:1: compile error: <function f> expects at most 2 arguments, got 3
#exit 1

#### &opt too many at run time
(defn f [a &opt b] a)
(apply f [1 2 3])
#! error: <function f> called with 3 arguments, expected 2
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### &opt too few at run time
(defn f [a b &opt c] a)
(apply f [1])
#! error: <function f> called with 1 argument, expected 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### & rest collects a tuple
(defn f [a & more] (pp more))
(f 1 2 3)
(f 1)
#> (2 3)
#> ()

#### &opt then rest
(defn f [a &opt b & more] (pp [a b more]))
(f 1)
(f 1 2)
(f 1 2 3 4)
#> (1 nil ())
#> (1 2 ())
#> (1 2 (3 4))

#### variadic arity error
(defn f [a b & more] a)
(f 1)
#! test.janet:2:1: compile error: <function f> expects at least 2 arguments, got 1
#exit 1

#### variadic arity error at runtime
(defn f [a b & more] a)
(var g f)
(g 1)
#! error: <function f> called with 1 argument, expected 2
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### &keys collects keyword arguments into a struct
(defn f [a &keys opts] (pp a) (pp opts))
(f 1 :x 2 :y 3)
#> 1
#> {:x 2 :y 3}

#### &keys destructured
(defn f [&keys {:x x :y y}] (+ x y))
(print (f :y 1 :x 2))
#> 3

#### &keys with no keys
(defn f [&keys ks] ks)
(pp (f))
#> {}

#### &keys with odd count
(defn f [&keys ks] ks)
(pp (f :a))
#> {}
#! test.janet:2:5: compile warning (normal): odd number of named arguments to `&keys` function <function f>

#### &named arguments
(defn f [a &named b c] [a b c])
(pp (f 1 :c 3))
(pp (f 1 :b 2 :c 3))
#> (1 nil 3)
#> (1 2 3)

#### &named unknown names are ignored
(defn f [&named b] b)
(pp (f :z 1 :b 2))
#> 2
#! test.janet:2:5: compile warning (normal): unused named argument :z to function <function f>

#### &named with default
(defn f [&named x] (default x :dflt) x)
(print (f) " " (f :x 1))
#> dflt 1

#### & twice
(defn f [& a & b] a)
#! test.janet:1:1: compile error: & in unexpected location
#exit 1

#### &opt after &
(defn f [& a &opt b] a)
#! test.janet:1:1: compile error: & in unexpected location
#exit 1

#### & without symbol
(defn f [a &] a)

#### &keys without symbol
(defn f [&keys] 1)
#! test.janet:1:1: compile error: &keys in unexpected location
#exit 1

#### &named needs symbols
(defn f [&named [a b]] 1)
#! test.janet:1:1: compile error: only named arguments can follow &named
#exit 1

#### &opt at end
(defn f [a &opt] a)
(print (f 1))
#! test.janet:1:1: compile error: &opt cannot be last item in parameter list
#exit 1

#### &opt destructures too
(defn f [&opt [a b]] [a b])
(pp (f))
(pp (f [1 2]))
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil
#!   in f [test.janet] on line 1, column 1
#!   in thunk [test.janet] (tail call) on line 2, column 5
#exit 1

#### zero-arg fn called with an argument
(defn f [] 1)
(f 1)
#! test.janet:2:1: compile error: <function f> expects at most 0 arguments, got 1
#exit 1

#### zero-arg fn called at runtime with an argument
(defn f [] 1)
(apply f [1])
#! error: <function f> called with 1 argument, expected 0
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### arity message for exact two
(defn two [a b] 1)
(var g two)
(g 1 2 3)
#! error: <function two> called with 3 arguments, expected 2
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### arity message for one optional
(defn f [a &opt b] 1)
(var g f)
(g)
#! error: <function f> called with 0 arguments, expected 2
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### builtin arity min
(var g array/push)
(g)
#! error: arity mismatch, expected at least 1, got 0
#!   in array/push [src/core/array.c] on line 199
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### builtin arity error for fixed 2 on compile
(string/has-prefix? "a")
#! error: arity mismatch, expected 2, got 1
#!   in string/has-prefix? [src/core/string.c] on line 325
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### builtin arity error for fixed 2 called through apply
(apply string/has-prefix? ["a"])
#! error: arity mismatch, expected 2, got 1
#!   in string/has-prefix? [src/core/string.c] on line 325
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### apply with spread arguments
(print (apply + 1 2 [3 4]))
#> 10

#### apply with no list
(print (apply +))
#> 0

#### apply with non-indexed last argument
(apply + 1 2)
#! error: expected array or tuple, got 2
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### function with splice arguments counts at runtime
(defn f [a b] (+ a b))
(print (f ;[1 2]))
#> 3

#### function with splice arguments wrong count
(defn f [a b] (+ a b))
(print (f ;[1 2 3]))
#! error: <function f> called with 3 arguments, expected 2
#!   in thunk [test.janet] (tail call) on line 2, column 8
#exit 1

#### fn with &opt and splice
(defn f [a &opt b] [a b])
(pp (f ;[1]))
#> (1 nil)
