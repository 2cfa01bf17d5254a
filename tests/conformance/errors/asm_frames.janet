#### a varop called with a splice has a frame of its own (two or more arguments)
(+ ;[1 :a])
#! error: could not find method :+ for 1 or :r+ for :a
#!   in + pc=14
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### a varop's one-argument path fails at another pc
(* ;[:a])
#! error: could not find method :* for 1 or :r* for :a
#!   in * pc=9
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### one-argument - called as a function is 0 minus x
(- ;[:a])
#! error: could not find method :- for 0 or :r- for :a
#!   in - pc=9
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### one-argument - called directly is x times -1
(- :a)
#! error: could not find method :* for :a
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### in with a default is no instruction
(in "abc" {} :x)
#! error: expected integer key for string in range [0, 3), got <struct 0x55F5E0AED668>
#!   in in pc=0
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### in with a default: tables answer at once, everything else through the call
(defn f [t k] (in t k :d))
(defn g [t k] (def x (in t k :d)) x)
(def p (table/setproto @{} @{:b 2}))
(pp [(f @{:a 1} :a) (f @{:a 1} :z) (g @{:a nil} :a) (f p :b) (g p :b) (f p :c)
     (f @[1 2] 1) (g [1 nil] 1) (f @{true 1} true) (g @{1 :one} true)])
(g 1 2)
#> (1 :d :d 2 2 :d 2 :d 1 :d)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in in pc=0
#!   in g [test.janet] on line 2, column 22
#!   in thunk [test.janet] (tail call) on line 6, column 1
#exit 1

#### in through a variable
(defn g [f] (def x (f 1 2)) x)
(g in)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in in pc=0
#!   in g [test.janet] on line 1, column 20
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### an assembly function in tail position replaces its caller's frame
(defn f [] (in 1 2 3))
(f)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in in (tail call) pc=0
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### apply of a varop is a tail call
(apply + [1 print])
#! error: could not find method :+ for 1 or :r+ for <cfunction print>
#!   in + (tail call) pc=14
#exit 1

#### a boot function calling an assembly function
(map length [1])
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in length pc=0
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error and bnot and put through a splice
(pp (protect (error ;[1])))
(put ;[1 2 3])
#> (false 1)
#! error: expected array, table or buffer, got 1
#!   in put pc=0
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### bnot of a splice
(bnot ;[:a])
#! error: could not find method :~ for :a
#!   in bnot pc=0
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### direct calls have no frame for the operator
(defn f [x] (bor x :a))
(f 1)
#! error: could not find method :| for 1 or :r| for :a
#!   in f [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### an arity error of an assembly function has no frame for it
(in ;[1])
#! error: <function in> called with 1 argument, expected 3
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
