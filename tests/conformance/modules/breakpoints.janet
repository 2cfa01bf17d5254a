# debug/fbreak, debug/unfbreak, debug/break, debug/step (src/core/debug.c) and
# the debugger's functions of boot.janet.

#### a breakpoint on a function stops a fiber that traps debug signals
(defn add [a b &opt c] (+ a b))
(debug/fbreak add)
(def f (fiber/new (fn [] (print "before") (def r (add 1 2)) (print "after " r) r) :a))
(pp (resume f))
(pp (fiber/status f))
(pp (resume f))
(pp (fiber/status f))
(debug/unfbreak add)
(pp (add 3 4))
#> before
#> nil
#> :debug
#> after 3
#> 3
#> :dead
#> 7

#### the debug suite's check: a breakpoint in map
(debug/fbreak map 1)
(def f (fiber/new (fn [] (map inc [1 2 3])) :a))
(resume f)
(pp (fiber/status f))
(debug/unfbreak map 1)
(pp (map inc [1 2 3]))
#> :debug
#> @[2 3 4]

#### arity errors of a function with a breakpoint are unchanged
(defn add [a b &opt c] (+ a b))
(debug/fbreak add)
(var h add)
(pp (protect (h 1)))
(defn v [& xs] xs)
(debug/fbreak v)
(def g (fiber/new (fn [] (v 1 2 3)) :d))
(resume g)
(pp (resume g))
#> (false "<function add> called with 1 argument, expected 3")
#> (1 2 3)

#### closures of one definition share its breakpoints; debug/step resumes
(defn mk [] (fn inner [x] (* x 2)))
(def i1 (mk))
(def i2 (mk))
(debug/fbreak i1 1)
(def g (fiber/new (fn [] (i2 5)) :d))
(pp (resume g))
(pp (fiber/status g))
(pp (debug/step g))
(pp (fiber/status g))
#> nil
#> :debug
#> 10
#> :dead

#### errors
(pp (protect (debug/fbreak print)))
(pp (protect (debug/fbreak (fn [] 1) -1)))
(pp (protect (debug/break "nonexistent.janet" 1 1)))
(pp (protect (debug/break 1 1 1)))
(pp (protect (debug/step 1)))
#> (false "bad slot #0, expected function, got <cfunction print>")
#> (false "invalid bytecode offset")
#> (false "could not find breakpoint")
#> (false "bad slot #0, expected string, got 1")
#> (false "bad slot #0, expected fiber, got 1")

#### debugger-env and debugger-on-status
(pp (type debugger-env))
(pp (sort (keys debugger-env)))
(pp (nil? (dyn '.next)))
(def env @{})
(def on (debugger-on-status env 1 true))
(pp on)
(def done (fiber/new (fn [] 7)))
(resume done)
(on done 7)
(pp ((env '_) :value))
(def quiet (debugger-on-status @{}))
(quiet done 8)
#> :table
#> @[.break .breakall .bytecode .clear .clearall .disasm .fiber .fn .frame .locals .next .nextc .ppasm .signal .slot .slots .source .stack .step]
#> true
#> <function debugger>
#> 7
#> 7

#### debugger-on-status after an error prints the trace and binds nothing
(def env @{})
(def failed (fiber/new (fn [] (error "boom")) :e))
(resume failed)
((debugger-on-status env 1 false) failed "boom")
(pp (env '_))
#> nil
#! error: boom
#!   in <anonymous> [test.janet] on line 2, column 31

#### a stopped frame's :locals hold the variables its closure captured
(defn mk [a]
  (def b (* a 2))
  (var c 7)
  (fn inner [x]
    (def y (+ x a))
    (set c (+ c 1))
    (+ y b c)))
(def h (mk 3))
(debug/fbreak h 2)
(def fb (fiber/new (fn [] (h 10)) :d))
(resume fb)
# (y is left out: pc 2 is before its store in the reference, whose :locals
# then show the register's old value)
(each fr (debug/stack fb) (pp [(fr :name) (put (fr :locals) 'y nil) (fr :pc)]))
(def top-let (let [q 1 r 2] (fn [] (+ q 1))))
(debug/fbreak top-let 0)
(def fb (fiber/new (fn [] (top-let)) :d))
(resume fb)
(each fr (debug/stack fb) (pp (fr :locals)))
(defn outer [n] (defn rec [k] (if (> k 0) (outer (- k 1)) n)) rec)
(def r (outer 2))
(debug/fbreak r 0)
(def fb (fiber/new (fn [] (r 1)) :d))
(resume fb)
(each fr (debug/stack fb) (pp [(fr :name) (fr :locals)]))
#> ("inner" @{a 3 b 6 c 7 x 10} 2)
#> @{q 1}
#> ("rec" @{k 1 n 2 outer <function outer>})

#### a fiber stopped at a breakpoint or a debug signal has a stack trace
(defn f [x] (def y (* x 2)) (+ y 1))
(debug/fbreak f 0)
(def fb (fiber/new (fn [] (f 5)) :d))
(resume fb)
(debug/stacktrace fb nil "")
(debug/stacktrace fb :why "pre ")
(debug/stacktrace fb :why)
(def g (fiber/new (fn [] (debug) 1) :d))
(resume g)
(debug/stacktrace g nil "")
(def y (fiber/new (fn [] (yield 1) 2)))
(resume y)
(debug/stacktrace y "x" "p ")
#! debug: 
#!   in f [test.janet] (tail call) on line 1, column 20
#! pre debug: why
#!   in f [test.janet] (tail call) on line 1, column 20
#!   in f [test.janet] (tail call) on line 1, column 20
#! debug: 
#!   in <anonymous> [test.janet] on line 8, column 26
#! p pending: x
#!   in <anonymous> [test.janet] on line 11, column 26

#### a frame stopped by a debug signal has its function and locals
(defn mk [a]
  (def b (* a 2))
  (var c 7)
  (fn inner [x]
    (def y (+ x a))
    (set c (+ c 1))
    (debug)
    (+ y b c)))
(def h (mk 3))
(def fb (fiber/new (fn [] (h 10)) :d))
(resume fb)
(each fr (debug/stack fb) (pp [(fr :name) (fr :function) (fr :locals)]))
(defn g [a] (def b (+ a 1)) (debug) (+ a b))
(def fb (fiber/new (fn [] (g 3) :done) :d))
(resume fb)
(pp (map |[($ :function) ($ :locals)] (debug/stack fb)))
(pp (resume fb))
#> ("inner" <function inner> @{a 3 b 6 c 8 x 10 y 13})
#> @[(<function g> @{a 3 b 4}) (<function 0x55C8DB45CFD0> nil)]
#> :done
