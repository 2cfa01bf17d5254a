# debug/stack of running, suspended, dead, failed and new fibers (issue 13).
# :function, :pc, :slots and :locals are pyjanet's own or missing, so the cases
# print the keys both give the same.

#### debug/stack of the running fiber
(defn show [st]
  (each fr st
    # (a C function's line is that of the reference's build: not compared)
    (pp [(fr :name) (fr :source) (unless (fr :c) (fr :source-line)) (fr :source-column) (fr :tail) (fr :c)])))
(defn inner [x] (show (debug/stack (fiber/current))) x)
(defn outer [y]
  (+ 1 (inner y)))
(outer 1)
#> ("debug/stack" "src/core/debug.c" nil 1 nil true)
#> ("inner" "test.janet" 5 23 nil nil)
#> ("outer" "test.janet" 7 8 nil nil)
#> ("thunk" "test.janet" 8 1 true nil)

#### the outermost frame names the line of the current top-level call (spork's test module)
(defn where []
  (def frame (last (debug/stack (fiber/current))))
  (string/format "%s:%d" (frame :source) (frame :source-line)))
(print (where))
(do
  (print "x")
  (print (where)))
#> test.janet:4
#> x
#> test.janet:7

#### debug/stack inside a fiber and a protect
(defn show [st]
  (each fr st
    (pp [(fr :name) (fr :source) (unless (fr :c) (fr :source-line)) (fr :source-column) (fr :c)])))
(defn f1 [] (show (debug/stack (fiber/current))) 1)
(resume (fiber/new (fn [] (f1))))
(print "--")
(protect (f1))
#> ("debug/stack" "src/core/debug.c" nil 1 true)
#> ("f1" "test.janet" 4 19 nil)
#> --
#> ("debug/stack" "src/core/debug.c" nil 1 true)
#> ("f1" "test.janet" 4 19 nil)

#### debug/stack of a suspended fiber
(defn show [st]
  (each fr st
    (pp [(fr :name) (fr :source) (fr :source-line) (fr :source-column)])))
(defn gen [] (yield 1) (yield 2))
(def f (fiber/new (fn [] (gen) 3)))
(resume f)
(show (debug/stack f))
(def g (fiber/new (fn [] (def q 5) (yield 1) 2)))
(resume g)
(show (debug/stack g))
(print "-- dead")
(resume g)
(resume g)
(show (debug/stack g))
(print "-- error")
(def h (fiber/new (fn [] (error "x")) :e))
(resume h)
(show (debug/stack h))
(print "-- new")
(show (debug/stack (fiber/new (fn [] 1))))
#> ("gen" "test.janet" 4 14)
#> (nil "test.janet" 5 26)
#> (nil "test.janet" 8 36)
#> -- dead
#! error: cannot resume fiber with status :dead
#!   in thunk [test.janet] (tail call) on line 13, column 1
#exit 1

#### the keys of a frame
(def fr (first (debug/stack (fiber/current))))
(pp (sort (keys fr)))
(defn k [] (def fr (get (debug/stack (fiber/current)) 1)) (pp (type (fr :pc))))
(k)
#> @[:c :name :source :source-column :source-line]
#> :number

#### frames entered by a tail call are marked :tail
(defn show [st]
  (each fr st
    (unless (fr :c) (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :tail)]))))
(defn b [] (show (debug/stack (fiber/current))) 1)
(defn a [] (b))
(defn c [] (+ 1 (a)))
(c)
(defn d [n] (if (= n 0) (show (debug/stack (fiber/current))) (d (- n 1))))
(defn e [] (d 3) 1)
(e)
#> ("b" 4 18 true)
#> ("c" 6 17 nil)
#> ("thunk" 7 1 true)
#> ("d" 8 31 true)
#> ("e" 9 12 nil)
#> ("thunk" 10 1 true)

#### debug/stack of a failed fiber whose functions call late-bound globals (:redef, as under -d)
(setdyn :redef true)
(defn h [x] (def z (string "v" x)) (error (string "boom " z)))
(defn k [n] (h n) n)
(def f (fiber/new (fn [] (k 3)) :e))
(resume f)
(each fr (debug/stack f)
  (pp [(fr :name) (fr :locals) (= (fr :function) (if (= (fr :name) "h") h k)) (fr :source-line) (fr :source-column)]))
#> ("h" @{x 3 z "v3"} true 2 36)
#> ("k" @{n 3} true 3 13)

#### debug/stack and debug/stacktrace of suspended coroutines (functions run as generators)
(defn gen2 [n] (var i 0) (while (< i n) (yield i) (++ i)))
(def f3 (fiber/new gen2))
(resume f3 3)
(resume f3)
(debug/stacktrace f3 "c" "")
(def f4 (coro (var i 0) (while true (yield i) (++ i))))
(resume f4)
(resume f4)
(debug/stacktrace f4 "d" "")
(each fr (debug/stack f4) (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :tail) (fr :locals)]))
(each fr (debug/stack f3) (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :tail) (fr :locals) (= (fr :function) gen2)]))
(def f5 (coro (gen2 2)))
(resume f5)
(debug/stacktrace f5 "e" "")
(each fr (debug/stack f5) (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :tail) (fr :locals)]))
#> ("coro" 6 37 nil @{i 1})
#> ("gen2" 1 41 nil @{i 1 n 3} true)
#> ("gen2" 1 41 true @{i 0 n 2})
#! pending: c
#!   in gen2 [test.janet] on line 1, column 41
#! pending: d
#!   in coro [test.janet] on line 6, column 37
#! pending: e
#!   in gen2 [test.janet] (tail call) on line 1, column 41
