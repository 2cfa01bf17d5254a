# Smoke tests of the evaluator.

#### arithmetic prints
(print (+ 1 2))
#> 3

#### an uncaught error
(defn g [] (error "x"))
(defn f [] (g) 1)
(f)
#! error: x
#!   in g [test.janet] on line 1, column 12
#!   in f [test.janet] on line 2, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### fib
(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(print (fib 15))
#> 610
