# debug/stacktrace, debug/stack, debug/lineage (src/core/debug.c).

#### stacktrace of an errored fiber
(defn inner [] (error "deep"))
(defn outer [] (inner) 1)
(def f (fiber/new outer :e))
(def v (resume f))
(debug/stacktrace f v "")
#! error: deep
#!   in inner [test.janet] on line 1, column 16
#!   in outer [test.janet] on line 2, column 16

#### stacktrace without a prefix shows only the frames
(defn inner [] (error "deep"))
(def f (fiber/new (fn [] (inner) 2) :e))
(resume f)
(debug/stacktrace f "ignored")
#!   in inner [test.janet] on line 1, column 16
#!   in <anonymous> [test.janet] on line 2, column 26

#### stacktrace with a prefix string
(def f (fiber/new (fn [] (error :kw)) :e))
(resume f)
(debug/stacktrace f :kw "PREFIX ")
#! PREFIX error: kw
#!   in <anonymous> [test.janet] on line 1, column 26

#### stacktrace of a finished fiber prints nothing
(def f (fiber/new (fn [] 1)))
(resume f)
(print (= f (debug/stacktrace f "x" "")))
#> true

#### stacktrace goes to :err
(def buf @"")
(def f (fiber/new (fn [] (error "oops")) :e))
(resume f)
(with-dyns [:err buf] (debug/stacktrace f "oops" ""))
(printf "%q" buf)
#> @"error: oops\n  in <anonymous> [test.janet] on line 2, column 26\n"

#### stacktrace of a cfunction error
(def f (fiber/new (fn [] (string/slice 1)) :e))
(def v (resume f))
(debug/stacktrace f v "")
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 1
#!   in string/slice [src/core/string.c] on line 173
#!   in <anonymous> [test.janet] on line 1, column 26

#### stacktrace wants a fiber
(debug/stacktrace 1)
#! error: bad slot #0, expected fiber, got 1
#!   in debug/stacktrace [src/core/debug.c] on line 404
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### debug/stack of an errored fiber
(defn inner [] (error "deep"))
(defn outer [] (inner) 1)
(def f (fiber/new outer :e))
(resume f)
(each fr (debug/stack f)
  (printf "%q %q %q %q %q" (fr :name) (fr :source) (fr :source-line) (fr :source-column) (fr :tail)))
#> "inner" "test.janet" 1 16 nil
#> "outer" "test.janet" 2 16 nil

#### debug/stack of a cfunction frame
(def f (fiber/new (fn [] (string/slice 1)) :e))
(resume f)
(def fr (first (debug/stack f)))
(printf "%q %q %q" (fr :name) (fr :c) (fr :source))
#> "string/slice" true "src/core/string.c"

#### debug/stack of the current fiber is an array
(print (array? (debug/stack (fiber/current))))
#> true

#### debug/lineage of a fiber
(def f (fiber/new (fn [] 1)))
(def l (debug/lineage f))
(print (length l) " " (= f (first l)))
#> 1 true

#### debug/arg-stack is empty
(printf "%q" (debug/arg-stack (fiber/current)))
#> @[]
