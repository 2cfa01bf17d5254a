# set, while, break and upscope.

#### set a var returns the value
(var x 0)
(print (set x 5))
#> 5

#### set on table key
(def t @{})
(set (t :k) 42)
(pp t)
#> @{:k 42}

#### set on array index
(def a @[1 2 3])
(set (a 1) :two)
(pp a)
#> @[1 :two 3]

#### set returns the value for data structures
(def t @{})
(print (set (t :a) 9))
#> 9

#### set on buffer index
(def b @"abc")
(set (b 0) 65)
(print b)
#> Abc

#### set on nested data structure
(def t @{:inner @[0 0]})
(set ((t :inner) 1) 7)
(pp t)
#> @{:inner @[0 7]}

#### set array out of range extends
(def a @[])
(set (a 3) :x)
(pp a)
#> @[nil nil nil :x]

#### set on tuple is an error
(def tp [1 2])
(set (tp 0) 3)
#! error: expected array, table or buffer, got <tuple 0x5636ADE01660>
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### set on struct is an error
(def s {:a 1})
(set (s :a) 2)
#! error: expected array, table or buffer, got <struct 0x561A5AA91668>
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### set on a non-symbol target
(set 1 2)
#! test.janet:1:1: compile error: expected symbol or tuple for l-value to set
#exit 1

#### set with wrong number of args
(var x 1)
(set x)
#! test.janet:2:1: compile error: expected 2 arguments to set
#exit 1

#### set with too many args
(var x 1)
(set x 1 2)
#! test.janet:2:1: compile error: expected 2 arguments to set
#exit 1

#### set unknown symbol
(set nowhere 1)
#! test.janet:1:1: compile error: unknown symbol nowhere
#exit 1

#### set function parameter
(defn f [x] (set x (* x 2)) x)
(print (f 21))
#! test.janet:1:13: compile error: cannot set constant
#exit 1

#### set captured upvalue
(defn f []
  (var n 1)
  (def g (fn [] (set n 10)))
  (g)
  n)
(print (f))
#> 10

#### set upvalue from nested closure two levels
(defn f []
  (var n 0)
  ((fn [] ((fn [] (set n 99)))))
  n)
(print (f))
#> 99

#### set global var from function
(var counter 0)
(defn bump [] (set counter (+ counter 1)))
(bump) (bump)
(print counter)
#> 2

#### set on a constant upvalue
(defn f []
  (def n 1)
  (fn [] (set n 2)))
#! test.janet:3:10: compile error: cannot set constant
#exit 1

#### set on a def inside function
(defn f []
  (def n 1)
  (set n 2))
#! test.janet:3:3: compile error: cannot set constant
#exit 1

#### set with key computed
(def t @{})
(def k :dyn)
(set (t k) (string "v" 1))
(pp t)
#> @{:dyn "v1"}

#### set with a call that is not two elements
(def t @{})
(set (t :a :b) 1)
#! test.janet:2:1: compile error: expected 2 element tuple for l-value to set
#exit 1

#### while counts
(var i 0)
(while (< i 5) (prin i) (++ i))
(print)
#> 01234

#### while returns nil
(var i 0)
(pp (while (< i 2) (++ i)))
#> nil

#### while with false condition never runs
(while false (print "never"))
(print "done")
#> done

#### while with no body
(var i 0)
(while (< (++ i) 10))
(print i)
#> 10

#### while with no arguments
(while)
#! test.janet:1:1: compile error: expected at least 1 argument to while
#exit 1

#### break from while
(var i 0)
(while true
  (if (= i 3) (break))
  (++ i))
(print i)
#> 3

#### break with a value from while yields nil
(var i 0)
(pp (while true (++ i) (if (> i 2) (break :x))))
#> nil

#### break from function returns value
(defn f [] (break 42) 1)
(print (f))
#> 42

#### break from function without value
(defn f [] (break) 1)
(pp (f))
#> nil

#### break inside nested while breaks inner only
(var out 0)
(var i 0)
(while (< i 3)
  (var j 0)
  (while true
    (if (= j 2) (break))
    (++ j)
    (++ out))
  (++ i))
(print out)
#> 6

#### break in loop returns value from enclosing function when in fn
(defn find-first [xs pred]
  (var found nil)
  (each x xs (when (pred x) (set found x) (break)))
  found)
(print (find-first [1 3 4 5 6] even?))
#> 4

#### break with too many args
(defn f [] (break 1 2))
#! test.janet:1:12: compile error: expected at most 1 argument
#exit 1

#### break at top level
(break 1)
(print "after")
#> after

#### break at top level inside do
(do (print "a") (break) (print "b"))
(print "c")
#> a
#> c

#### break in closure in while returns from closure
(var i 0)
(while (< i 3)
  ((fn [] (break) (print "no")))
  (++ i))
(print i)
#> 3

#### while body with closure capturing per-iteration defs
(var i 0)
(def fs @[])
(while (< i 3)
  (def k (* i 10))
  (array/push fs (fn [] k))
  (++ i))
(pp (map |($) fs))
#> @[0 10 20]

#### upscope does not make a scope
(upscope (def u 3))
(print u)
#> 3

#### upscope returns last value
(print (upscope 1 2 3))
#> 3

#### upscope empty
(pp (upscope))
#> nil

#### upscope inside a function
(defn f []
  (upscope (def a 1) (def b 2))
  (+ a b))
(print (f))
#> 3

#### do makes scope unlike upscope in function
(defn f []
  (do (def a 1))
  a)
#! test.janet:1:1: compile error: unknown symbol a
#exit 1

#### upscope var can be set
(upscope (var uv 1))
(set uv 2)
(print uv)
#> 2
