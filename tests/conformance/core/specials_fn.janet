# The fn special form: parameters, names, closures, arity.

#### anonymous function call
(print ((fn [x] (* 2 x)) 21))
#> 42

#### named fn can recurse
(def f (fn fact [n] (if (< n 2) 1 (* n (fact (- n 1))))))
(print (f 10))
#> 3628800

#### fn name in describe
(print (fn myname [] 1))
#> <function myname>

#### anonymous fn describe
(print (fn [] 1))
#> <function 0x55F2B2FF8890>

#### fn with empty body returns nil
(print ((fn [])))
#>

#### fn returns last form
(print ((fn [] 1 2 3)))
#> 3

#### fn missing parameter list
(fn)
#! test.janet:1:1: compile error: expected at least 1 argument to function literal
#exit 1

#### fn with non-tuple parameters
(fn foo 1)
#! test.janet:1:1: compile error: expected function parameters
#exit 1

#### fn param list as array literal
(print ((fn @[x] x) 5))
#! test.janet:1:9: compile error: expected function parameters
#exit 1

#### closure captures variable
(defn make-adder [n] (fn [x] (+ x n)))
(def add5 (make-adder 5))
(print (add5 10))
#> 15

#### closure captures var and sees updates
(defn counter []
  (var n 0)
  (fn [] (++ n) n))
(def c (counter))
(c) (c)
(print (c))
#> 3

#### two closures share one var
(defn pair []
  (var n 0)
  [(fn [] (++ n)) (fn [] n)])
(def [inc get-n] (pair))
(inc) (inc) (inc)
(print (get-n))
#> 3

#### closures capture loop variable per iteration
(def fs @[])
(for i 0 3 (array/push fs (fn [] i)))
(pp (map (fn [f] (f)) fs))
#> @[0 1 2]

#### closures in each capture per iteration
(def fs @[])
(each x [:a :b :c] (array/push fs (fn [] x)))
(print (string/join (map (fn [f] (string (f))) fs) ","))
#> a,b,c

#### closures in while loop capture fresh def
(def fs @[])
(var i 0)
(while (< i 3)
  (def j i)
  (array/push fs (fn [] j))
  (++ i))
(pp (map (fn [f] (f)) fs))
#> @[0 1 2]

#### closures in while share var
(def fs @[])
(var i 0)
(while (< i 3)
  (array/push fs (fn [] i))
  (++ i))
(pp (map (fn [f] (f)) fs))
#> @[3 3 3]

#### nested closures three levels
(defn a [x] (fn [y] (fn [z] (+ x y z))))
(print (((a 1) 2) 3))
#> 6

#### closure captures argument after set
(defn f [x] (def g (fn [] x)) g)
(print ((f :hello)))
#> hello

#### variadic fn
(defn f [& xs] xs)
(pp (f 1 2 3))
(pp (f))
#> (1 2 3)
#> ()

#### fn arity error at compile time
(defn f [x] x)
(f 1 2)
#! test.janet:2:1: compile error: <function f> expects at most 1 argument, got 2
#exit 1

#### fn arity error too few at compile time
(defn f [x y] x)
(f 1)
#! test.janet:2:1: compile error: <function f> expects at least 2 arguments, got 1
#exit 1

#### fn arity error at runtime via apply
(defn f [x] x)
(apply f [1 2])
#! error: <function f> called with 2 arguments, expected 1
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### fn arity error at runtime via variable
(defn f [x] x)
(var g f)
(g 1 2)
#! error: <function f> called with 2 arguments, expected 1
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### fn arity too few at runtime
(defn f [x y] x)
(def h (if (dyn :nothing) 1 f))
(h 1)
#! test.janet:3:1: compile error: <function f> expects at least 2 arguments, got 1
#exit 1

#### anonymous fn arity error at runtime
(def g (fn [a b c] a))
(var h g)
(h)
#! error: <function 0x5578FB6D9E60> called with 0 arguments, expected 3
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### builtin too many arguments
(var s string/ascii-lower)
(s "a" "b")
#! error: arity mismatch, expected 1, got 2
#!   in string/ascii-lower [src/core/string.c] on line 246
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### calling a number
(var n 1)
(n 2)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 2
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### calling nil
(var n nil)
(n)
#! error: nil called with 0 arguments, possibly expected 1
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### calling a string with an integer key
(print ("abc" 0))
#> 97

#### calling a keyword is a method call on the struct
(print (:a {:a 1}))
#>

#### calling a struct
(print ({:a 1} :a))
#> 1

#### calling a struct with two args is a compile error
(print ({:a 1} :b 2))
#! test.janet:1:8: compile error: <struct 0x55800446B668> expects 1 argument, got 2
#exit 1

#### calling a table
(def t @{:k :v})
(print (t :k))
#> v

#### calling an array with index
(print (@[1 2 3] 1))
#> 2

#### calling array out of range
(def a @[1 2 3])
(print (a 7))
#! error: expected integer key for array in range [0, 3), got 7
#!   in thunk [test.janet] (tail call) on line 2, column 8
#exit 1

#### calling a keyword with default
(print (:z @{:a 1} 42))
#! error: unknown method :z invoked on <table 0x55F8DB092960>
#!   in thunk [test.janet] (tail call) on line 1, column 8
#exit 1

#### fn with docstring-like first form is body
(defn f [] "doc" 3)
(print (f))
#> 3

#### function type
(print (type (fn [])))
(print (type print))
(print (function? print))
(print (cfunction? print))
#> function
#> cfunction
#> false
#> true

#### fn with max arity from &opt
(defn f [a &opt b] [a b])
(pp (f 1))
(pp (f 1 2))
#> (1 nil)
#> (1 2)

#### fn recursion via name inside defn
(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(print (fib 20))
#> 6765

#### defn with multiple bodies returns last
(defn f [] (print "a") (print "b") :c)
(print (f))
#> a
#> b
#> c

#### fn parameter shadows global
(def x 1)
(defn f [x] x)
(print (f 2) x)
#> 21

#### fn parameter named like builtin
(defn f [print] print)
(print (f 7))
#> 7

#### fn parameters duplicate names
(defn f [a a] a)
(print (f 1 2))
#> 2

#### fn in fn name shadowing
(defn f [] (fn f [] 2))
(print ((f)))
#> 2
