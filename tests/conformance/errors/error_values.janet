# The error function with values of every type, uncaught.

#### error with a string
(error "plain message")
#! error: plain message
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a keyword
(error :my-kw)
#! error: my-kw
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a number
(error 42)
#! error: 42
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a float
(error 1.5)
#! error: 1.5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with nil
(error nil)
#! error: 
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a struct
(error {:a 1})
#! error: <struct 0x5624577AB668>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a tuple
(error [1 "two" :three])
#! error: <tuple 0x564AF14686E0>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with an array
(error @[1 2])
#! error: <array 0x55E94D86A6B0>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a buffer
(error @"buffer msg")
#! error: buffer msg
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a symbol
(error 'sym)
#! error: sym
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with boolean
(error false)
#! error: false
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a table
(error @{:x 1})
#! error: <table 0x563A63F02740>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a string containing newline
(error "line1\nline2")
#! error: line1
#! line2
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with no arguments
(error)
#! test.janet:1:1: compile error: <function error> expects at least 1 argument, got 0
#exit 1

#### errorf formats
(errorf "value %d and %q" 10 "s")
#! error: value 10 and "s"
#!   in errorf [boot.janet] on line 207, column 3
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error from nested functions
(defn inner [] (error "inner failed"))
(defn middle [] (inner) :not-tail)
(defn outer [] (middle) :not-tail)
(outer)
#! error: inner failed
#!   in inner [test.janet] on line 1, column 16
#!   in middle [test.janet] on line 2, column 17
#!   in outer [test.janet] on line 3, column 16
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### error from function called in tail position
(defn inner [] (error "tail"))
(defn outer [] (inner))
(outer)
#! error: tail
#!   in inner [test.janet] (tail call) on line 1, column 16
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### error in anonymous function
((fn [] (error "anon") 1))
#! error: anon
#!   in <anonymous> [test.janet] on line 1, column 9
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error inside map
(map (fn [x] (if (= x 2) (error "two!") x)) [1 2 3])
#! error: two!
#!   in <anonymous> [test.janet] on line 1, column 26
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error inside map with named function
(defn check [x] (if (= x 2) (error "bad two") x))
(map check [1 2 3])
#! error: bad two
#!   in check [test.janet] on line 1, column 29
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in fiber resumed
(def f (fiber/new (fn [] (error "fiber err"))))
(resume f)
#! error: fiber err
#!   in <anonymous> [test.janet] on line 1, column 26
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in fiber caught by status
(def f (fiber/new (fn [] (error "fiber err")) :e))
(pp (resume f))
(pp (fiber/status f))
#> "fiber err"
#> :error

#### error from a builtin
(string/repeat "a" -1)
#! error: expected non-negative number of repetitions
#!   in string/repeat [src/core/string.c] on line 202
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### type error from a builtin deep in the stack
(defn f [x] (string/slice x 0))
(defn g [] (f 5) 1)
(g)
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 5
#!   in string/slice [src/core/string.c] on line 173
#!   in f [test.janet] on line 1, column 13
#!   in g [test.janet] on line 2, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### error on a second line
(print "before")
(defn f []
  (error "on line 3"))
(f)
#> before
#! error: on line 3
#!   in f [test.janet] on line 3, column 3
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### output before error is kept
(print "one")
(prin "two")
(print "!")
(error "three")
#> one
#> two!
#! error: three
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### error with a multiline position
(defn f [x]
  (+ x
     :kw))
(f 1)
#! error: could not find method :+ for 1 or :r+ for :kw
#!   in f [test.janet] on line 2, column 3
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### error thrown by apply on nested function
(defn f [& xs] (error (string "got " (length xs))))
(apply f 1 2 [3])
#! error: got 3
#!   in f [test.janet] (tail call) on line 1, column 16
#exit 1

#### top level error after definitions exits immediately
(error "stop")
(print "not reached")
#! error: stop
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error in main function
(defn main [& args] (error "from main"))
#! error: from main
#!   in main [test.janet] (tail call) on line 1, column 21
#!   in run-main [boot.janet] on line 4934, column 16
#!   in cli-main [boot.janet] on line 5168, column 17
#exit 1

#### main receives arguments
(defn main [& args] (pp args))
#> ("test.janet")

#### error with a function value
(error print)
#! error: <cfunction print>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### error with a fiber value
(error (fiber/new (fn [] 1)))
#! error: <fiber 0x56468D054970>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
