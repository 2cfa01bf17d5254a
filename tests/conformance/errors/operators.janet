# Errors from operators and polymorphic functions.

#### adding a number and a string
(+ 1 "a")
#! error: could not find method :+ for 1 or :r+ for "a"
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### adding a string and a number
(+ "a" 1)
#! error: could not find method :+ for "a"
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### subtracting keyword
(- :a 1)
#! error: could not find method :- for :a
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### multiply nil
(* nil 2)
#! error: could not find method :* for nil
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### divide by string
(/ 1 "x")
#! error: could not find method :/ for 1 or :r/ for "x"
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### add in a variable context
(var a 1)
(var b "b")
(+ a b)
#! error: could not find method :+ for 1 or :r+ for "b"
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### unary minus of a string
(- "a")
#! error: could not find method :* for "a"
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### adding three with a bad last
(+ 1 2 :x)
#! error: could not find method :+ for 3 or :r+ for :x
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### comparison of mixed types is fine
(pp [(< 1 :a) (< :a "b") (< nil 0) (> "b" "a")])
#> (true false false true)

#### modulo by zero
(pp (% 5 0))
(pp (mod 5 0))
#> -nan
#> 5

#### integer division
(pp [(div 7 2) (div -7 2) (mod -7 2) (% -7 2) (mod 7 -2) (% 7.5 2)])
#> (3 -4 1 -1 -1 1.5)

#### division by zero
(pp [(/ 1 0) (/ -1 0) (/ 0 0)])
#> (inf -inf -nan)

#### bitwise on float
(band 1.5 1)
#! error: value 1.5 out of range for 32-bit signed integers
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### bitwise ok
(pp [(band 12 10) (bor 12 10) (bxor 12 10) (bnot 0) (blshift 1 4) (brshift -16 2) (brushift 16 2)])
#> (8 14 6 -1 16 -4 4)

#### increment string
(inc "a")
#! error: could not find method :+ for "a"
#!   in inc [boot.janet] on line 136, column 32
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### length of number
(length 5)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### get on a number
(pp (get 5 1))
#> nil

#### in on a number
(in 5 1)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### in out of range
(in [1 2] 5)
#! error: expected integer key for tuple in range [0, 2), got 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### in table missing
(pp (in @{} :x))
#> nil

#### put on tuple
(put [1 2] 0 3)
#! error: expected array, table or buffer, got <tuple 0x565393627660>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### string index out of range
("abc" 10)
#! error: expected integer key for string in range [0, 3), got 10
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### keyword method missing
(def t @{})
(:nomethod t)
#! error: unknown method :nomethod invoked on <table 0x561AC52255B0>
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### calling a boolean
(var b true)
(b 1)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### calling with too many arguments a keyword
(var k :k)
(k {} 1 2)
#! error: unknown method :k invoked on <struct 0x55F1BE16A4B8>
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### compare with compare function
(pp [(compare 1 2) (compare "b" "a") (compare :a :a)])
#> (-1 1 0)

#### abstract type errors in math
(math/floor "x")
#! error: bad slot #0, expected number, got "x"
#!   in math/floor [src/core/math.c] on line 294
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### number required for range
(range "a")
#! error: bad slot #0, expected number, got "a"
#!   in range [src/core/corelib.c] on line 433
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### not a function in map
(map 5 [1 2])
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error from sort with a bad comparator
(pp (try (sort [3 1 2] (fn [a b] (error "cmp"))) ([e] e)))
#> "cmp"
