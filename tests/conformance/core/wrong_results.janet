# Regressions of issue 13, "Wrong results": each case is a program that once
# printed something other than the reference's output.

#### next over fresh tables of one shape (the key cache must not be found by a reused id)
(for i 0 5
  (def t @{})
  (put t :a 1)
  (put t (keyword "k" i) 2)
  (var n 0)
  (each v t (++ n))
  (print n))
#> 2
#> 2
#> 2
#> 2
#> 2

#### keys, eachk and loop :keys over fresh tables after others were freed
(for i 0 4
  (def t @{:x 1})
  (put t (keyword "y" i) 2)
  (def ks @[])
  (eachk k t (array/push ks k))
  (loop [k :keys t] (array/push ks k))
  (print (length ks) " " (length (keys t))))
#> 4 2
#> 4 2
#> 4 2
#> 4 2

#### a quasiquoted splice as an argument splices
(def b [2 3])
(pp @[1 ~,;b 4])
(print (+ 1 ~,;b))
(pp [0 ~,;b])
#> @[1 2 3 4]
#> 6
#> (0 2 3)

#### every argument of a variadic operator is evaluated before the first operation
(def c @[])
(defn f [x] (array/push c x) x)
(pp (protect (* "a" 2 (f 1))))
(pp (protect (+ 1 "x" (f 2))))
(pp (protect (- 1 nil (f 3) (f 4))))
(pp (protect (/ 1 "x" (f 5))))
(pp (protect (% 20 nil (f 6))))
(pp (protect (mod 20 nil (f 7))))
(pp (protect (div 20 nil (f 8))))
(pp c)
(print (* 2 3 (f 4) (f 5)))
(print (- 20 (f 1) 2 (f 3)))
(defn g [a b] (+ a b (f a) (* a b (f b))))
(print (g 1 2))
(pp c)
#> (false "could not find method :* for \"a\"")
#> (false "could not find method :+ for 1 or :r+ for \"x\"")
#> (false "could not find method :- for 1 or :r- for nil")
#> (false "could not find method :/ for 1 or :r/ for \"x\"")
#> (false "could not find method :% for 20 or :r% for nil")
#> (false "could not find method :mod for 20 or :rmod for nil")
#> (false "could not find method :div for 20 or :rdiv for nil")
#> @[1 2 3 4 5 6 7 8]
#> 120
#> 14
#> 8
#> @[1 2 3 4 5 6 7 8 4 5 1 3 1 2]

#### structs of one size sort and compare by the reference's hash
(pp (sort @[{:a 1} {:a 2} {:a 3} {:b 1}]))
(print (compare {:a 1} {:b 1}) (compare {:a 3} {:b 1}) (compare {:a 1} {:a 1 :b 2}))
(pp (sorted [{"x" 1} {:y 2} {[1] 3} {1 2}]))
(pp @{{:a 1} 1 {:a 2} 2 {:a 3} 3 {:b 1} 4})
(print (compare (struct/with-proto {:p 1} :a 1) {:a 1}))
#> @[{:a 1} {:a 2} {:b 1} {:a 3}]
#> -11-1
#> @[{:y 2} {1 2} {"x" 1} {(1) 3}]
#> @{{:a 1} 1 {:a 2} 2 {:b 1} 4 {:a 3} 3}
#> 1

#### %j prints dictionaries in the reference's order
(printf "%j" {:a 1 :b 2 :c 3 :d 4 :e 5})
(printf "%j" @{:a 1 :b 2 :c 3 :d 4 :e 5})
(printf "%j" {"k" [1 2] :z {:q 1 :r 2 :s 3}})
#> {:b 2 :c 3 :d 4 :a 1 :e 5}
#> @{:b 2 :a 1 :c 3 :d 4 :e 5}
#> {"k" (1 2) :z {:s 3 :q 1 :r 2}}

#### struct and table patterns are walked in the reference's order
(defn k [x] (prin x " ") x)
(def {(k :a) a (k :b) b (k :c) c (k :d) d (k :e) e} {:a 1 :b 2 :c 3 :d 4 :e 5})
(print)
(print a b c d e)
(let [{(k :x) x (k :y) y (k :zz) z} {:x 1 :y 2 :zz 3}] (print x y z))
(def @{(k :p) p (k :q) q (k :r) r} {:p 1 :q 2 :r 3})
(print)
(def qq ~{,(k :m) ,(k :n) ,(k :o) 1})
(print)
#> a e d c b 
#> 12345
#> zz x y 123
#> q p r 
#> o m n 

#### propagate of a value from a dead fiber ends the current fiber with it
(def f (fiber/new (fn [] 1)))
(resume f)
(print (fiber/status f))
(def g (fiber/new (fn [] (propagate 5 f) (print "after") 7) :e))
(pp (resume g))
(pp (fiber/status g))
(defn h [] (propagate 6 f) (print "after-h") 8)
(def g2 (fiber/new (fn [] (print (h)) (print "after2") 9)))
(pp (resume g2))
(pp (protect (propagate 1 f) (print "not here")))
(def g3 (fiber/new (fn [] (map (fn [x] (propagate x f)) [3 4]) (print "not here"))))
(pp (resume g3))
(defer (print "deferred") (propagate 1 f) (print "not here"))
(def tag @{})
(pp (prompt tag (return tag 1) 2))
(print "end")
#> dead
#> 5
#> :dead
#> 6
#> (true 1)
#> 3
#> deferred
#> 1
#> end

#### propagate of a value from a dead fiber at the top level ends that form only
(def f (fiber/new (fn [] 1)))
(resume f)
(print "a")
(propagate 1 f)
(print "b")
#> a
#> b

#### make-env's parent is root-env by default, wherever it is called
(def x 10)
(def e (make-env))
(pp (get e :x))
(pp (= (table/getproto e) root-env))
(pp (= (table/getproto (make-env false)) root-env))
(def fb (fiber/new (fn [] (def e2 (make-env)) (pp (= (table/getproto e2) root-env)) (pp (not (nil? (in e2 'map))))) :e))
(resume fb)
(def p @{:x 1})
(pp (get (make-env p) :x))
(pp (protect (make-env :x)))
(pp (protect (make-env 1)))
#> nil
#> true
#> true
#> true
#> true
#> 1
#> (false "bad slot #1, expected table, got :x")
#> (false "bad slot #1, expected table, got 1")

#### make-env with a parent that is not a table
(make-env 2)
#! error: bad slot #1, expected table, got 2
#!   in table/setproto [src/core/table.c] on line 372
#!   in make-env [boot.janet] on line 2794, column 15
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### make-env takes at most one argument
(make-env @{} 1)
#! test.janet:1:1: compile error: <function make-env> expects at most 1 argument, got 2
#exit 1

#### all-bindings and all-dynamics of something that is not a table
(pp (protect (all-bindings 1)))
(pp (protect (all-dynamics 1)))
(pp (protect (all-bindings :a)))
(pp (protect (all-bindings @{} 1)))
(pp (all-bindings (table/setproto @{'a 1} @{'b 2 :c 3})))
(pp (all-dynamics (table/setproto @{'a 1} @{'b 2 :c 3})))
(pp (all-bindings (table/setproto @{'a 1} @{'b 2 :c 3}) true))
(print "alive")
#> (false "bad slot #0, expected table, got 1")
#> (false "bad slot #0, expected table, got 1")
#> (false "bad slot #0, expected table, got :a")
#> (true @[])
#> @[a b]
#> @[:c]
#> @[a]
#> alive
