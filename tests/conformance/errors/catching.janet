# Catching and re-raising errors: try, protect, propagate, fibers.

#### try catches string
(print (try (error "s") ([e] (string "got " e))))
#> got s

#### try binds the fiber
(try (error "msg") ([err fib] (pp [err (fiber/status fib)])))
#> ("msg" :error)

#### try rethrow keeps value
(try (try (error {:k 1}) ([e] (error e))) ([e] (pp e)))
#> {:k 1}

#### protect returns pair
(pp (protect (error :bad)))
(pp (protect :good))
#> (false :bad)
#> (true :good)

#### propagate an error through a fiber
(def f (fiber/new (fn [] (error "inner")) :e))
(def res (resume f))
(try (propagate res f) ([e] (print "propagated: " e)))
#> propagated: inner

#### propagate uncaught shows trace
(defn bad [] (error "original"))
(def f (fiber/new bad :e))
(def res (resume f))
(propagate res f)
#! error: original
#!   in bad [test.janet] on line 1, column 14
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### propagate yields
(def inner (fiber/new (fn [] (yield :y1) :done) :y))
(def outer (fiber/new (fn [] (propagate (resume inner) inner))))
(pp (resume outer))
#> :y1

#### errors in nested fibers
(def f (fiber/new (fn [] (def g (fiber/new (fn [] (error "deep")))) (resume g))))
(resume f)
#! error: deep
#!   in <anonymous> [test.janet] on line 1, column 51
#!   in <anonymous> [test.janet] on line 1, column 69
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### fiber with error mask catches
(def f (fiber/new (fn [] (error "caught by mask")) :e))
(pp (resume f))
(pp (fiber/status f))
(pp (fiber/last-value f))
#> "caught by mask"
#> :error
#> "caught by mask"

#### fiber with :t mask
(def f (fiber/new (fn [] (error "t mask")) :t))
(pp (resume f))
#> "t mask"

#### error in defer cleanup replaces
(try (defer (error "cleanup") (error "body")) ([e] (print e)))
#> cleanup

#### error value identity preserved
(def e @{:kind :mine})
(pp (= e (try (error e) ([x] x))))
#> true

#### try in a loop
(def results @[])
(each x [1 :a 2]
  (array/push results (try (+ x 1) ([e] :err))))
(pp results)
#> @[2 :err 3]

#### try catching operator errors
(pp (try (* "a" 2) ([e] e)))
#> "could not find method :* for \"a\""

#### try catching arity errors of builtins
(var f string/trim)
(pp (try (f) ([e] e)))
#> "arity mismatch, expected at least 1, got 0"

#### try catching unknown method
(pp (try (:foo @{}) ([e] e)))
#> "unknown method :foo invoked on <table 0x55C52A952F50>"

#### try catching errors in map
(pp (try (map (fn [x] (/ x nil)) [1]) ([e] e)))
#> "could not find method :/ for 1 or :r/ for nil"

#### cancel a fiber
(def f (fiber/new (fn [] (yield 1) (print "never"))))
(resume f)
(pp (cancel f "cancelled"))
(pp (fiber/status f))
#! error: cancelled
#!   in <anonymous> [test.janet] on line 1, column 26
#!   in thunk [test.janet] (tail call) on line 3, column 5
#exit 1

#### yield escapes a fiber masking only errors
(def f (fiber/new (fn [] (yield 1) (print "never")) :e))
(resume f)
(print "not reached")
#! pending: 1
#!   in <anonymous> [test.janet] on line 1, column 26
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### cancel a fiber with an error mask
(def f (fiber/new (fn [] (yield 1) (print "never")) :ey))
(resume f)
(pp (cancel f "cancelled"))
(pp (fiber/status f))
#> "cancelled"
#> :error

#### error in with-dyns restores
(def r (try (with-dyns [:x 1] (error "in dyns")) ([e] e)))
(print r)
(pp (dyn :x))
#> in dyns
#> nil

#### error inside string/format
(pp (try (string/format "%d" "x") ([e] e)))
#> "can not convert string \"x\" to 64 bit signed integer"

#### error from get-in on bad type
(pp (try (get-in 5 [1 2]) ([e] e)))
#> nil

#### signal user error
(def f (fiber/new (fn [] (signal :user0 :payload)) :0))
(pp (resume f))
(pp (fiber/status f))
#> :payload
#> :user0

#### debug stack of errored fiber
(def f (fiber/new (fn [] (error "x")) :e))
(resume f)
(pp (length (debug/stack f)))
#> 1

#### error after yields
(def f (coro (yield 1) (error "after yield")))
(pp (resume f))
(pp (try (resume f) ([e] e)))
(pp (fiber/status f))
#> 1
#> "after yield"
#> :error

#### resuming a dead fiber
(def f (coro 1))
(resume f)
(resume f)
#! error: cannot resume fiber with status :dead
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### resuming an errored fiber
(def f (fiber/new (fn [] (error "e")) :e))
(resume f)
(resume f)
#! error: cannot resume fiber with status :error
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1
