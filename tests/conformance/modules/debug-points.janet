# Breakpoints on source positions and stepping (debug/break, debug/fbreak,
# debug/step of src/core/debug.c; pyjanet's debug points, lib/debug.py).
# A trail is the positions a fiber stops at while stepped to its end, each
# position once where it repeats (the reference stops at each of a form's
# instructions, pyjanet once per form).  The cases that use debug/break
# compile their functions under a source name of their own (load-as), so that
# a function of an earlier case still alive in the process does not have the
# position; line 1 is the first line of the string.

#### debug/break stops before the form at a line and column
(defn load-as [name code]
  (def p (parser/new))
  (parser/consume p code)
  (parser/eof p)
  (while (parser/has-more p)
    ((compile (parser/produce p) (curenv) name))))
(load-as "points-1.janet" ``(defn f [x]
  (def y (+ x 1))
  (print y)
  (let [w (* y 2)]
    (print (+ w 10)))
  (* y 2))``)
(debug/break "points-1.janet" 3 3)
(def fib (fiber/new (fn [] (f 5)) :d))
(pp (resume fib))
(pp (fiber/status fib))
(def fr (get (debug/stack fib) 0))
(pp [(fr :name) (fr :source) (fr :source-line) (fr :source-column) (fr :locals) (fr :tail)])
(var trail @[])
(while (= :debug (fiber/status fib))
  (def fr (get (debug/stack fib) 0))
  (def pos [(fr :source-line) (fr :source-column) (fr :locals)])
  (unless (= (string/format "%j" pos) (string/format "%j" (or (last trail) [])))
    (array/push trail pos))
  (debug/step fib))
(pp trail)
(pp [(fiber/status fib) (fiber/last-value fib)])
(pp (protect (debug/step fib)))
#> nil
#> :debug
#> ("f" "points-1.janet" 3 3 @{x 5 y 6} true)
#> 6
#> 22
#> @[(3 3 @{x 5 y 6}) (4 11 @{x 5 y 6}) (4 3 @{x 5 y 6}) (5 12 @{w 12 x 5 y 6}) (5 5 @{w 12 x 5 y 6}) (6 3 @{x 5 y 6})]
#> (:dead 12)
#> (false "cannot step fiber with status :dead")

#### debug/fbreak stops at the first form; stepping follows loops and branches
(defn trail [fib]
  (def out @[])
  (while (= :debug (fiber/status fib))
    (def fr (get (debug/stack fib) 0))
    (def pos [(fr :source-line) (fr :source-column)])
    (unless (= pos (last out)) (array/push out pos))
    (debug/step fib))
  [out (fiber/status fib) (fiber/last-value fib)])
(defn g [n]
  (var acc 0)
  (for i 0 n
    (if (even? i)
      (+= acc i)
      (-= acc 1)))
  acc)
(debug/fbreak g)
(def fb (fiber/new (fn [] (g 3)) :d))
(resume fb)
(def fr (get (debug/stack fb) 0))
(pp [(fr :name) (fr :source-line) (fr :source-column) (fr :locals)])
(pp (trail fb))
(debug/unfbreak g)
(pp (g 4))
#> ("g" 10 3 @{n 3})
#> (@[(10 3) (11 3) (12 9) (12 5) (13 7) (12 5) (11 3) (12 9) (12 5) (14 7) (11 3) (12 9) (12 5) (13 7) (12 5) (11 3) (9 1)] :dead 1)
#> 0

#### a breakpoint stays until removed; a position between forms means the one before
(defn trail [fib]
  (def out @[])
  (while (= :debug (fiber/status fib))
    (def fr (get (debug/stack fib) 0))
    (def pos [(fr :source-line) (fr :source-column)])
    (unless (= pos (last out)) (array/push out pos))
    (debug/step fib))
  [out (fiber/status fib) (fiber/last-value fib)])
(defn load-as [name code]
  (def p (parser/new))
  (parser/consume p code)
  (parser/eof p)
  (while (parser/has-more p)
    ((compile (parser/produce p) (curenv) name))))
(load-as "points-2.janet" ``(defn h [x]
  (print "h " x)
  (when (> x 1)
    (print "big"))
  (string "r" x))``)
(debug/break "points-2.janet" 4 5)
(def fb (fiber/new (fn [] (h 2) (h 0)) :d))
(resume fb)
(def fr (get (debug/stack fb) 0))
(pp [(fr :name) (fr :source-line) (fr :source-column) (fr :locals)])
(pp (trail fb))
(debug/unbreak "points-2.janet" 4 5)
(pp (h 3))
(debug/break "points-2.janet" 3 4)
(def fb (fiber/new (fn [] (h 5)) :d))
(resume fb)
(def fr (get (debug/stack fb) 0))
(pp [(fr :name) (fr :source-line) (fr :source-column)])
(debug/unbreak "points-2.janet" 3 4)
(resume fb)
(pp (fiber/status fb))
#> h 2
#> ("h" 4 5 @{x 2})
#> big
#> h 0
#> (@[(4 5) (5 3)] :dead "r0")
#> h 3
#> big
#> "r3"
#> h 5
#> ("h" 3 3)
#> big
#> :dead

#### stepping a fiber that has not started
(defn k [a]
  (def c (* a 2))
  (print c)
  (+ c 1))
(def fb (fiber/new (fn [] (k 3)) :d))
(pp (debug/step fb))
(pp (fiber/status fb))
(def fb (fiber/new k :d))
(pp (debug/step fb 2))
(pp (fiber/status fb))
(def fr (get (debug/stack fb) 0))
(pp [(fr :name) (fr :source-line) (fr :source-column) (fr :locals)])
(pp (debug/step fb))
(pp (get (get (debug/stack fb) 0) :source-line))
(pp (resume fb))
(pp (fiber/status fb))
#> nil
#> :debug
#> nil
#> :debug
#> ("k" 2 3 @{a 2})
#> nil
#> 3
#> 4
#> 5
#> :dead

#### the frames of a recursive function stopped at a breakpoint
(defn load-as [name code]
  (def p (parser/new))
  (parser/consume p code)
  (parser/eof p)
  (while (parser/has-more p)
    ((compile (parser/produce p) (curenv) name))))
(load-as "points-3.janet" ``(defn fact [n]
  (if (< n 2)
    1
    (* n (fact (- n 1)))))``)
(debug/break "points-3.janet" 3 5)
(def fb (fiber/new (fn [] (fact 3)) :d))
(resume fb)
(each fr (debug/stack fb)
  (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :locals) (fr :tail)]))
(debug/unbreak "points-3.janet" 3 5)
(pp (resume fb))
(pp (fiber/status fb))
#> ("fact" 2 3 @{fact <function fact> n 3} true)
#> 6
#> :dead

#### a loop that makes closures has frames of its own
(defn load-as [name code]
  (def p (parser/new))
  (parser/consume p code)
  (parser/eof p)
  (while (parser/has-more p)
    ((compile (parser/produce p) (curenv) name))))
(load-as "points-4.janet" ``(defn lp [n]
  (def out @[])
  (var j 0)
  (while (< j n)
    (def q (* j j))
    (array/push out (fn [] q))
    (++ j))
  (map (fn [f] (f)) out))``)
(debug/break "points-4.janet" 7 5)
(def fb (fiber/new (fn [] (lp 2)) :d))
(resume fb)
(each fr (debug/stack fb)
  (pp [(fr :name) (fr :source-line) (fr :source-column) (fr :tail)]))
(pp (get-in (debug/stack fb) [0 :locals 'j]))
(debug/unbreak "points-4.janet" 7 5)
(pp (resume fb))
#> ("while" 7 5 nil)
#> ("lp" 4 3 true)
#> 0
#> @[0 1]

#### the debug signal goes through fibers that do not trap it; errors after a breakpoint
(defn inner [x] (print "inner") (* x 3))
(debug/fbreak inner)
(def outer (fiber/new (fn [] (def f2 (fiber/new (fn [] (inner 2)) :y)) (resume f2)) :d))
(pp (resume outer))
(pp (fiber/status outer))
(pp (map (fn [fr] [(fr :name) (fr :source-line) (fr :source-column)]) (debug/stack outer)))
(pp (resume outer))
(pp (fiber/status outer))
(debug/unfbreak inner)
(pp (inner 1))
(defn bad [x] (print "bad") (error (string "oops " x)))
(debug/fbreak bad)
(def fb (fiber/new (fn [] (bad 1)) :de))
(pp (resume fb))
(pp (fiber/status fb))
(pp (resume fb))
(pp (fiber/status fb))
(debug/stacktrace fb "oops 1" "")
#> nil
#> :debug
#> @[(nil 3 72)]
#> inner
#> 6
#> :dead
#> inner
#> 3
#> nil
#> :debug
#> bad
#> "oops 1"
#> :error
#! error: oops 1
#!   in bad [test.janet] (tail call) on line 11, column 29

#### a breakpoint no fiber traps stops the program at the form
(defn f [x]
  (print "in f")
  (+ x 1))
(debug/fbreak f)
(print "before")
(print (f 1))
(print "after")
#> before
#! debug: 
#!   in f [test.janet] on line 2, column 3
#!   in thunk [test.janet] (tail call) on line 6, column 8
#exit 1

#### a set of a variable to a form stores it at that form's position, with no point of its own
(defn load-as [name code]
  (def p (parser/new))
  (parser/consume p code)
  (parser/eof p)
  (while (parser/has-more p)
    ((compile (parser/produce p) (curenv) name))))
(load-as "points-set.janet" ``(var vv 2)
(defn h [a]
  (var z 1)
  (set vv (+ vv a))
  (set z (do (print a) 3))
  (set z a)
  (set vv 7)
  (let [x a] (set vv (+ vv x)))
  (+ z vv))``)
(defn stop-at [line col]
  (debug/break "points-set.janet" line col)
  (def fib (fiber/new (fn [] (h 3)) :d))
  (resume fib)
  (def fr (get (debug/stack fib) 0))
  (debug/unbreak "points-set.janet" line col)
  [line col (fiber/status fib) (fr :source-line) (fr :source-column)])
(each [l c] [[4 3] [4 10] [4 11] [5 3] [5 10] [5 13] [6 3] [7 3] [8 15] [8 22]]
  (pp (stop-at l c)))
(debug/fbreak h)
(def fib (fiber/new (fn [] (h 1)) :d))
(resume fib)
(var trail @[])
(while (= :debug (fiber/status fib))
  (def fr (get (debug/stack fib) 0))
  (def pos [(fr :source-line) (fr :source-column)])
  (unless (= pos (last trail)) (array/push trail pos))
  (debug/step fib))
(pp trail)
#> (4 3 :debug 3 3)
#> (4 10 :debug 3 3)
#> (4 11 :debug 4 11)
#> (5 3 :debug 3 3)
#> 3
#> (5 10 :debug 5 10)
#> 3
#> (5 13 :debug 5 10)
#> 3
#> (6 3 :debug 6 3)
#> 3
#> (7 3 :debug 7 3)
#> 3
#> (8 15 :debug 7 3)
#> 3
#> (8 22 :debug 8 22)
#> 1
#> @[(3 3) (4 11) (5 14) (5 10) (6 3) (7 3) (8 22) (9 3)]
