# More uncaught-error reports: macros, fibers, library functions, signals, main and os/exit.

#### (defn f [x] (g x))
(defn f [x] (g x))
#! test.janet:1:13: compile error: unknown symbol g
#exit 1

#### (defmacro m [x] (+ x 1))
(defmacro m [x] (+ x 1))
(m :a)
#! test.janet:2:1: compile error: error: (macro) could not find method :+ for :a
#!   in m [test.janet] on line 1, column 17
#exit 1

#### (defmacro m [] ~(error "expanded"))
(defmacro m [] ~(error "expanded"))
(defn f [] (m))
(f)
#! error: expanded
#!   in f [test.janet] on line 2, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### (defn f [] (defmacro inner [] 1) (inner))
(defn f [] (defmacro inner [] 1) (inner))
(print (f))
#> 1
#! test.janet:1:12: compile warning (normal): macro tag is ignored in inner scopes

#### (defn outer [] (fn [] (error "inner fn")))
(defn outer [] (fn [] (error "inner fn")))
(def g (outer))
(defn caller [] (g) 2)
(caller)
#! error: inner fn
#!   in <anonymous> [test.janet] on line 1, column 23
#!   in caller [test.janet] on line 3, column 17
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### (def f (fiber/new (fn [] (yield 1) (error "second resume"))))
(def f (fiber/new (fn [] (yield 1) (error "second resume"))))
(resume f)
(resume f)
#! error: second resume
#!   in <anonymous> [test.janet] on line 1, column 36
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### (defn gen [] (coro (yield 1) (error "in coro")))
(defn gen [] (coro (yield 1) (error "in coro")))
(def c (gen))
(resume c)
(defn go [] (resume c) 3)
(go)
#! error: in coro
#!   in coro [test.janet] on line 1, column 30
#!   in go [test.janet] on line 4, column 13
#!   in thunk [test.janet] (tail call) on line 5, column 1
#exit 1

#### (defn f [] (error "x"))
(defn f [] (error "x"))
(defn g [] (try (f) ([e fib] (propagate e fib))))
(g)
#! error: x
#!   in f [test.janet] (tail call) on line 1, column 12
#!   in g [test.janet] on line 2, column 30
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### (defn f [] (error "x")) again
(defn f [] (error "x"))
(defn g [] (try (f) ([e] (error e))))
(g)
#! error: x
#!   in g [test.janet] on line 2, column 26
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### (def t @{:m (fn [self x] (+ x :bad))})
(def t @{:m (fn [self x] (+ x :bad))})
(defn f [] (:m t 1) 1)
(f)
#! error: could not find method :+ for 1 or :r+ for :bad
#!   in <anonymous> [test.janet] on line 1, column 26
#!   in f [test.janet] on line 2, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### (defn f [x] (case x 1 (error "one") 2))
(defn f [x] (case x 1 (error "one") 2))
(f 1)
#! error: one
#!   in f [test.janet] on line 1, column 23
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (each x [1 2] (error (string x))))
(defn f [] (each x [1 2] (error (string x))))
(f)
#! error: 1
#!   in f [test.janet] on line 1, column 26
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (loop [i :range [0 3]] (when (= i 1) (error "loop err"))))
(defn f [] (loop [i :range [0 3]] (when (= i 1) (error "loop err"))))
(f)
#! error: loop err
#!   in f [test.janet] on line 1, column 49
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (map (fn [x] (+ x nil)) [1]))
(defn f [] (map (fn [x] (+ x nil)) [1]))
(f)
#! error: could not find method :+ for 1 or :r+ for nil
#!   in <anonymous> [test.janet] on line 1, column 25
#!   in map [boot.janet] (tail call) on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (reduce (fn [a b] (error "red")) 0 [1]))
(defn f [] (reduce (fn [a b] (error "red")) 0 [1]))
(f)
#! error: red
#!   in <anonymous> [test.janet] on line 1, column 30
#!   in reduce [boot.janet] (tail call) on line 1079, column 22
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (filter (fn [x] (error "filt")) [1]))
(defn f [] (filter (fn [x] (error "filt")) [1]))
(f)
#! error: filt
#!   in <anonymous> [test.janet] on line 1, column 28
#!   in filter [boot.janet] (tail call) on line 1238, column 9
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (error "short")
(error "short")
#! error: short
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (defn f [] ((fn named-inner [] (error "n"))))
(defn f [] ((fn named-inner [] (error "n"))))
(f)
#! error: n
#!   in named-inner [test.janet] (tail call) on line 1, column 32
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn a [] (error "a")) (defn b [] (a)) (defn c [] (b)) (defn d [] (c)
(defn a [] (error "a")) (defn b [] (a)) (defn c [] (b)) (defn d [] (c)) (d)
#! error: a
#!   in a [test.janet] (tail call) on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 1, column 73
#exit 1

#### (defn f [n] (if (> n 0) (do (f (- n 1)) nil) (error "deep")))
(defn f [n] (if (> n 0) (do (f (- n 1)) nil) (error "deep")))
(f 2)
#! error: deep
#!   in f [test.janet] on line 1, column 46
#!   in f [test.janet] on line 1, column 29
#!   in f [test.janet] on line 1, column 29
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (def x (fn [] (error "lambda")))
(def x (fn [] (error "lambda")))
(x)
#! error: lambda
#!   in <anonymous> [test.janet] on line 1, column 15
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (string/join [1 2] ","))
(defn f [] (string/join [1 2] ","))
(f)
#! error: item 0 of parts is not a byte sequence, got 1
#!   in string/join [src/core/string.c] on line 493
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (get-in @{} [:a :b] (error "dflt")))
(defn f [] (get-in @{} [:a :b] (error "dflt")))
(f)
#! error: dflt
#!   in f [test.janet] on line 1, column 32
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [&opt x] (error x))
(defn f [&opt x] (error x))
(f)
#! error: 
#!   in f [test.janet] on line 1, column 18
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (in [1] 3))
(defn f [] (in [1] 3))
(f)
#! error: expected integer key for tuple in range [0, 1), got 3
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (assert false "bad assert"))
(defn f [] (assert false "bad assert"))
(f)
#! error: bad assert
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (errorf "%s-%d" "x" 2))
(defn f [] (errorf "%s-%d" "x" 2))
(f)
#! error: x-2
#!   in errorf [boot.janet] (tail call) on line 207, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (with [x 1 (fn [_] (error "close fail"))] 1))
(defn f [] (with [x 1 (fn [_] (error "close fail"))] 1))
(f)
#! error: close fail
#!   in <anonymous> [test.janet] on line 1, column 31
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (defer (print "cleanup") (error "deferred err")))
(defn f [] (defer (print "cleanup") (error "deferred err")))
(f)
#> cleanup
#! error: deferred err
#!   in defer [test.janet] on line 1, column 37
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (protect (error "p")))
(defn f [] (protect (error "p")))
(pp (f))
#> (false "p")

#### (def result (protect (string/slice 5)))
(def result (protect (string/slice 5)))
(pp result)
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got 5")

#### (try (error "a") ([e] (print "caught " e)))
(try (error "a") ([e] (print "caught " e)))
(error "b")
#> caught a
#! error: b
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [x] x)
(defn f [x] x)
(f 1 2 3 4 5)
#! test.janet:2:1: compile error: <function f> expects at most 1 argument, got 5
#exit 1

#### (fn f [x] x)
(fn f [x] x)

#### (defn f [x] (+ x 1))
(defn f [x] (+ x 1))
(f)
#! test.janet:2:1: compile error: <function f> expects at least 1 argument, got 0
#exit 1

#### (do (def x 1) (x))
(do (def x 1) (x))
#! error: 1 called with 0 arguments, possibly expected 1
#!   in thunk [test.janet] (tail call) on line 1, column 15
#exit 1

#### (defn f [] (:k 1))
(defn f [] (:k 1))
(f)
#! error: unknown method :k invoked on 1
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (def f (fiber/new (fn [x] (error x)) :e))
(def f (fiber/new (fn [x] (error x)) :e))
(pp (resume f :payload))
#> :payload

#### (def f (fiber/new (fn [] (yield (error "inner")))))
(def f (fiber/new (fn [] (yield (error "inner")))))
(resume f)
#! error: inner
#!   in <anonymous> [test.janet] on line 1, column 33
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (defn f [] (yield 1))
(defn f [] (yield 1))
(f)
#! pending: 1
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (yield 5)
(yield 5)
(print "after")
#! pending: 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (signal :user2 "custom")
(signal :user2 "custom")
#! user2: custom
#!   in signal [src/core/corelib.c] on line 703
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (signal 3 @[1])
(signal 3 @[1])
#! user3: <array 0x5591A9E97640>
#!   in signal [src/core/corelib.c] on line 703
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (debug)
(debug)
(print "after debug")
#! debug: 
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (os/exit 3)
(os/exit 3)
#exit 3

#### (print "x")
(print "x")
(os/exit 0)
(print "y")
#> x

#### (defn main [& args] (os/exit 7))
(defn main [& args] (os/exit 7))
#exit 7

#### (defn main [& args] 5)
(defn main [& args] 5)

#### (defn main [& args] (print "main ran") (error {:x 1}))
(defn main [& args] (print "main ran") (error {:x 1}))
#> main ran
#! error: <struct 0x55D3C49740D8>
#!   in main [test.janet] (tail call) on line 1, column 40
#!   in run-main [boot.janet] on line 4934, column 16
#!   in cli-main [boot.janet] on line 5168, column 17
#exit 1

#### (def main 5)
(def main 5)

#### (setdyn :exit true)
(setdyn :exit true)
(print "set exit")

#### a method implemented in C shows one frame for an arity error
(:/ (int/s64 1))
#! error: arity mismatch, expected at least 2, got 1
#!   in <cfunction>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### a Janet method called with the wrong number of arguments
(:foo @{:foo (fn [x y] 1)})
#! error: <function 0x56077D14AA20> called with 1 argument, expected 2
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### a form that sets :exit stops the file before a later parse error
(setdyn :exit true)
((print "set exit")
