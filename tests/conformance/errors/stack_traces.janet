# Stack traces of uncaught errors: frames, tail-call marks, positions.

#### error in a closure
(defn make [] (fn inner-closure [] (error "from closure")))
((make))
#! error: from closure
#!   in inner-closure [test.janet] on line 1, column 36
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in a loop in a function
(defn f [xs]
  (each x xs
    (when (= x 3) (error (string "found " x)))))
(f [1 2 3])
#! error: found 3
#!   in f [test.janet] on line 3, column 19
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### error in a method call
(def obj @{:go (fn [self] (error "method failed"))})
(:go obj)
#! error: method failed
#!   in <anonymous> [test.janet] on line 1, column 27
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error with tail call in the middle
(defn c [] (error "c"))
(defn b [] (c) nil)
(defn a [] (b))
(defn top [] (a) nil)
(top)
#! error: c
#!   in c [test.janet] on line 1, column 12
#!   in b [test.janet] (tail call) on line 2, column 12
#!   in top [test.janet] on line 4, column 14
#!   in thunk [test.janet] (tail call) on line 5, column 1
#exit 1

#### error in a handler of try
(defn f [] (try (error "first") ([e] (error (string "handler: " e)))))
(f)
#! error: handler: first
#!   in f [test.janet] on line 1, column 38
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in a fiber resumed inside a function
(defn runner []
  (def fib (fiber/new (fn worker [] (error "worker died"))))
  (resume fib)
  :unreached)
(runner)
#! error: worker died
#!   in worker [test.janet] on line 2, column 37
#!   in runner [test.janet] on line 3, column 3
#!   in thunk [test.janet] (tail call) on line 5, column 1
#exit 1

#### error in recursion
(defn down [n] (if (= n 0) (error "bottom") (+ 1 (down (- n 1)))))
(down 3)
#! error: bottom
#!   in down [test.janet] on line 1, column 28
#!   in down [test.janet] on line 1, column 50
#!   in down [test.janet] on line 1, column 50
#!   in down [test.janet] on line 1, column 50
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in tail recursion
(defn down [n] (if (= n 0) (error "bottom") (down (- n 1))))
(down 3)
#! error: bottom
#!   in down [test.janet] (tail call) on line 1, column 28
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error with varfn
(varfn vf [] (error "varfn err"))
(vf)
#! error: varfn err
#!   in vf [test.janet] on line 1, column 14
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in a function defined with fn and def
(def named (fn named [] (+ nil 1)))
(named)
#! error: could not find method :+ for nil
#!   in named [test.janet] on line 1, column 25
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error with arity inside a function
(defn needs-two [a b] a)
(defn caller [] (apply needs-two [1]) 1)
(caller)
#! error: <function needs-two> called with 1 argument, expected 2
#!   in caller [test.janet] on line 2, column 17
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### error from unknown method deep
(defn f [t] (:missing t))
(defn g [] (f @{}) 1)
(g)
#! error: unknown method :missing invoked on <table 0x55C585EA76A0>
#!   in f [test.janet] on line 1, column 13
#!   in g [test.janet] on line 2, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### compile error inside nested form position
(defn f []
  (let [x 1]
    (print (undefined-thing x))))
#! test.janet:3:12: compile error: unknown symbol undefined-thing
#exit 1

#### compile error at column after indentation
(do
    (nope))
#! test.janet:2:5: compile error: unknown symbol nope
#exit 1

#### parse error unterminated form
(print "ok"
(print 1)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### parse error unexpected closer
(print 1))
#> 1
#! test.janet:1:10: parse error: unexpected closing delimiter )
#exit 1

#### parse error unterminated string
(print "abc
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 8
#exit 1

#### parse error mismatched delimiter
(print [1 2)
#! test.janet:1:12: parse error: mismatched delimiter ), [ opened at line 1, column 8
#exit 1

#### parse error shows no earlier output
(print "first")
(print ]
#> first
#! test.janet:2:8: parse error: mismatched delimiter ], ( opened at line 2, column 1
#exit 1

#### compile error after output
(print "runs first")
(undefined-call)
(print "not reached")
#> runs first
#! test.janet:2:1: compile error: unknown symbol undefined-call
#exit 1

#### runtime error after top level output
(print "a")
(def x (+ 1 nil))
(print "b")
#> a
#! error: could not find method :+ for 1 or :r+ for nil
#!   in thunk [test.janet] (tail call) on line 2, column 8
#exit 1

#### error at top level in a do block
(do
  (def x 1)
  (error "in do"))
#! error: in do
#!   in thunk [test.janet] (tail call) on line 3, column 3
#exit 1

#### error in a let at top level
(let [x 1]
  (error "in let"))
#! error: in let
#!   in thunk [test.janet] (tail call) on line 2, column 3
#exit 1

#### error in an argument expression
(defn f [x] x)
(defn g [] (f (error "arg")) 1)
(g)
#! error: arg
#!   in g [test.janet] on line 2, column 15
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### error in data constructor
(defn f [] [1 (error "in tuple") 3])
(f)
#! error: in tuple
#!   in f [test.janet] on line 1, column 15
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in struct value
(defn f [] {:a (error "in struct")})
(f)
#! error: in struct
#!   in f [test.janet] on line 1, column 16
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in if condition
(defn f [] (if (error "cond") 1 2))
(f)
#! error: cond
#!   in f [test.janet] on line 1, column 16
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### error in while body
(defn f [] (var i 0) (while true (++ i) (if (> i 2) (error "loop"))))
(f)
#! error: loop
#!   in f [test.janet] on line 1, column 53
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### a failed tail call of data from a function entered by a tail call marks that function's frame
(defn g [] (@[1] 1 2))
(defn f [] (g))
(defn h [] (g) 1)
(pp (protect (h)))
(f)
#> (false "<array 0x55F5D7B83050> called with 2 arguments, possibly expected 1")
#! error: <array 0x55F5D7BD23E0> called with 2 arguments, possibly expected 1
#!   in g [test.janet] (tail call) on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 5, column 1
#exit 1

#### a failed tail call of data after a self tail call marks the frame
(defn f [n]
  (cond
    (= n 0) :zero
    (odd? n) (f (- n 1))
    (stdout (% n 4) 0 (f (- n 1)))))
(print (f 6))
#! error: <core/file 0x5633605A8030> called with 3 arguments, possibly expected 1
#!   in f [test.janet] (tail call) on line 5, column 5
#!   in f [test.janet] (tail call) on line 5, column 23
#!   in f [test.janet] on line 5, column 23
#!   in thunk [test.janet] (tail call) on line 6, column 8
#exit 1
