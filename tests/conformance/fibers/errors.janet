#### an error inside a fiber caught by its mask
(def f (fiber/new (fn [] (error "oops")) :e))
(pp (resume f))
(pp (fiber/status f))
(pp (fiber/last-value f))
#> "oops"
#> :error
#> "oops"

#### an error crosses a fiber that does not trap it
(def inner (fiber/new (fn [] (error "deep"))))
(def outer (fiber/new (fn [] (resume inner)) :e))
(pp (resume outer))
(pp (fiber/status inner))
(pp (fiber/status outer))
#> "deep"
#> :error
#> :error

#### an uncaught error in a fiber
(def f (fiber/new (fn [] (+ 1 (error "not caught")))))
(resume f)
(print "not reached")
#! error: not caught
#!   in <anonymous> [test.janet] on line 1, column 31
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### try with the fiber bound
(try (error [:bad 1]) ([e f] (pp e) (pp (fiber/status f))))
#> (:bad 1)
#> :error

#### try inside a generator
(def g (generate [i :range [0 4]] (try (if (= i 2) (error "two") i) ([e] e))))
(pp (seq [x :in g] x))
#> @[0 1 "two" 3]

#### protect
(pp (protect 1 2 3))
(pp (protect (error :x)))
(pp (protect (resume (fiber/new (fn [] (error :inner))))))
#> (true 3)
#> (false :x)
#> (false :inner)

#### defer runs on errors and passes them on
(def r (protect (defer (print "cleanup") (error "boom"))))
(pp r)
(pp (defer (print "cleanup 2") :value))
#> cleanup
#> (false "boom")
#> cleanup 2
#> :value

#### edefer runs only on errors
(pp (edefer (print "not printed") :fine))
(pp (protect (edefer (print "printed") (error :e))))
#> :fine
#> printed
#> (false :e)

#### defer and yields through it
(def f (coro (defer (print "closing") (yield 1) (yield 2)) :end))
(pp (resume f))
(pp (resume f))
(pp (resume f))
#> 1
#> 2
#> closing
#> :end

#### prompt and return
(pp (prompt :a (+ 1 (return :a 10))))
(pp (prompt :a 5))
(pp (prompt :outer (prompt :inner (return :outer :from-inner)) :not-here))
#> 10
#> 5
#> :from-inner

#### label
(pp (label out (each x [1 2 3 4] (if (> x 2) (return out x))) :none))
(pp (label out :plain))
#> 3
#> :plain

#### return to a missing prompt
(pp (protect (return :nowhere 1)))
#! user0: <tuple 0x55EBA9BBC7A0>
#!   in signal [src/core/corelib.c] on line 703
#!   in return [boot.janet] (tail call) on line 433, column 3
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### debug/stacktrace of an errored fiber
(defn f1 [] (error "trace me"))
(defn f2 [] (f1) 1)
(def f (fiber/new f2 :e))
(resume f)
(debug/stacktrace f "oops" "")
(debug/stacktrace f)
#! error: oops
#!   in f1 [test.janet] on line 1, column 13
#!   in f2 [test.janet] on line 2, column 13
#!   in f1 [test.janet] on line 1, column 13
#!   in f2 [test.janet] on line 2, column 13

#### debug/stacktrace across nested fibers
(defn a [] (error "in a"))
(defn b [] (resume (fiber/new a)))
(def f (fiber/new b :e))
(resume f)
(debug/stacktrace f (fiber/last-value f) "")
#! error: in a
#!   in a [test.janet] on line 1, column 12
#!   in b [test.janet] on line 2, column 12

#### errors with non-string values
(def f (fiber/new (fn [] (error {:code 42})) :e))
(pp (resume f))
(def g (fiber/new (fn [] (error nil)) :e))
(pp (resume g))
(pp (fiber/status g))
#> {:code 42}
#> nil
#> :error

#### a coroutine's tail call replaces its frame (traces and debug/stack)
(defn work [n] (def m (* n 2)) (if (> n 10) (error "big")) (+ m 1))
(defn pause [n] (def m (* n 3)) (yield m) (+ m 1))
(def c (coro (yield 1) (work 4)))
(print (resume c) " " (resume c) " " (fiber/status c))
(def c2 (coro (yield 1) (work 40)))
(resume c2)
(print (get (protect (resume c2)) 1))
(debug/stacktrace c2 "e" "")
(def c3 (coro (yield 1) (pause 2)))
(resume c3)
(print (resume c3))
(debug/stacktrace c3 "p" "")
(each fr (debug/stack c3) (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :tail)]))
(print (resume c3) " " (fiber/status c3))
(defn g [n] (yield n) (if (< n 3) (g (inc n)) :end))
(def c4 (fiber/new g))
(print (resume c4 0) (resume c4) (resume c4) (resume c4) (resume c4) (fiber/status c4))
(def c5 (coro (yield 1) (work 50)))
(resume c5)
(resume c5)
#> 1 9 dead
#> big
#> 6
#> ("pause" 2 33 true)
#> 7 dead
#> 0123enddead
#! error: e
#!   in work [test.janet] (tail call) on line 1, column 45
#! pending: p
#!   in pause [test.janet] (tail call) on line 2, column 33
#! error: big
#!   in work [test.janet] (tail call) on line 1, column 45
#!   in thunk [test.janet] (tail call) on line 20, column 1
#exit 1
