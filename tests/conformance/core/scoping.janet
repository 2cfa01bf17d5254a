# Scoping, closures, set targets and break in the special forms.

#### (def fs @[])
(def fs @[])
(loop [i :range [0 3]] (var j i) (array/push fs (fn [] (++ j) j)))
(pp (map |($) fs))
(pp (map |($) fs))
#> @[1 2 3]
#> @[2 3 4]

#### (def fs @[]) again
(def fs @[])
(each i [1 2 3] (array/push fs (fn [] i)))
(pp (seq [f :in fs] (f)))
#> @[1 2 3]

#### (def fs @[]) again again
(def fs @[])
(var i 0)
(while (< i 3) (let [k i] (array/push fs (fn [] k))) (++ i))
(pp (map |($) fs))
#> @[0 1 2]

#### (defn make []
(defn make []
  (var count 0)
  @{:inc (fn [] (++ count)) :get (fn [] count)})
(def a (make))
(def b (make))
((a :inc)) ((a :inc)) ((b :inc))
(pp [((a :get)) ((b :get))])
#> (2 1)

#### (defn f [] (var x 0) (defn g [] (++ x)) (g) (g) x)
(defn f [] (var x 0) (defn g [] (++ x)) (g) (g) x)
(pp (f))
#> 2

#### (defn outer []
(defn outer []
  (var x 1)
  (defn mid [] (defn inner [] (set x (* x 10))) (inner) (inner))
  (mid)
  x)
(pp (outer))
#> 100

#### (var g 1)
(var g 1)
(defn f [] g)
(set g 2)
(pp (f))
#> 2

#### (def g 1)
(def g 1)
(defn f [] g)
(def g 2)
(pp (f))
#> 1

#### (var g 1) again
(var g 1)
(defn f [] g)
(var g 2)
(pp (f))
#> 1

#### (defn f [x] (fn [] (set x (+ x 1)) x))
(defn f [x] (fn [] (set x (+ x 1)) x))
#! test.janet:1:20: compile error: cannot set constant
#exit 1

#### (defn f [] (def x 1) (fn [] x))
(defn f [] (def x 1) (fn [] x))
(pp ((f)))
#> 1

#### (do (var x 1) (defn getx [] x))
(do (var x 1) (defn getx [] x))
(pp (getx))
#! test.janet:2:5: compile error: unknown symbol getx
#exit 1

#### (defn f [a] (let [a (* a 2)] (let [a (+ a 1)] a)))
(defn f [a] (let [a (* a 2)] (let [a (+ a 1)] a)))
(pp (f 5))
#> 11

#### (let [x 1] (def y (+ x 1)) (pp y))
(let [x 1] (def y (+ x 1)) (pp y))
#> 2

#### (def x 10)
(def x 10)
(defn f [] (def x 20) x)
(pp [(f) x])
#> (20 10)

#### (defn f [] (var x 1) (do (def x 2)) x)
(defn f [] (var x 1) (do (def x 2)) x)
(pp (f))
#> 1

#### (defn f [] (upscope (def x 2)) x)
(defn f [] (upscope (def x 2)) x)
(pp (f))
#> 2

#### (do (def a 1) (def b 2))
(do (def a 1) (def b 2))
(pp (dyn 'a))
#> nil

#### (upscope (def a 1))
(upscope (def a 1))
(pp (get (dyn 'a) :value))
#> 1

#### (var x 0)
(var x 0)
(defn f [] (set x (+ x 1)) (if (< x 5) (f) x))
(pp (f))
#> 5

#### (defn f [n] (var acc 0) (for i 0 n (+= acc i)) acc)
(defn f [n] (var acc 0) (for i 0 n (+= acc i)) acc)
(pp (f 100))
#> 4950

#### (defn counter [] (var n 0) (fn [] (set n (+ n 1))))
(defn counter [] (var n 0) (fn [] (set n (+ n 1))))
(def c (counter))
(pp [(c) (c) (c)])
#> (1 2 3)

#### (def t @{})
(def t @{})
(defn setter [k v] (set (t k) v))
(setter :a 1)
(pp t)
#> @{:a 1}

#### (def a @[@[0]])
(def a @[@[0]])
(set ((a 0) 0) :deep)
(pp a)
#> @[@[:deep]]

#### (def t @{:x 1})
(def t @{:x 1})
(pp (set (t :x) nil))
(pp t)
#> nil
#> @{}

#### (def b @"abc")
(def b @"abc")
(set (b 5) 65)
(pp b)
#> @"abc\0\0A"

#### (var x 1)
(var x 1)
(set x (do (set x 5) (+ x 1)))
(pp x)
#> 6

#### (def t @{}) again
(def t @{})
(set (t (do (put t :side 1) :k)) 2)
(pp t)
#> @{:k 2 :side 1}

#### (def a @[1])
(def a @[1])
(set (a 1.5) 2)
#! error: expected integer key for array in range [0, 2147483646), got 1.5
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (def a @[1]) again
(def a @[1])
(set (a -1) 2)
#! error: expected integer key for array in range [0, 2147483646), got -1
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### (def t @{}) again again
(def t @{})
(set (t nil) 1)

#### (def t @{}) again again again
(def t @{})
(set (t math/nan) 1)

#### (var x 1) again
(var x 1)
(while (< x 100) (set x (* x 2)))
(pp x)
#> 128

#### (var i 0)
(var i 0)
(var out @[])
(while (< i 10)
  (++ i)
  (if (odd? i) (continue)))
#! test.janet:5:16: compile error: unknown symbol continue
#exit 1

#### (defn f [] (var i 0) (while true (if (= i 5) (break)) (++ i)) i)
(defn f [] (var i 0) (while true (if (= i 5) (break)) (++ i)) i)
(pp (f))
#> 5

#### (defn f [] (while true (return :x 1)))
(defn f [] (while true (return :x 1)))

#### (pp ((fn [] (while true (break)) :after-while)))
(pp ((fn [] (while true (break)) :after-while)))
#> :after-while

#### (pp ((fn [] (break :early) :late)))
(pp ((fn [] (break :early) :late)))
#> :early

#### (pp ((fn [] (do (break :in-do)) :late)))
(pp ((fn [] (do (break :in-do)) :late)))
#> :in-do

#### (pp ((fn [] (if true (break :in-if)) :late)))
(pp ((fn [] (if true (break :in-if)) :late)))
#> :in-if

#### (defn f [] (def g (fn [] (break :g))) (g) :f)
(defn f [] (def g (fn [] (break :g))) (g) :f)
(pp (f))
#> :f

#### (defn f [] (each x [1 2 3] (if (= x 2) (break x))) :after)
(defn f [] (each x [1 2 3] (if (= x 2) (break x))) :after)
(pp (f))
#> :after

#### (defn f [] (var res nil) (while true (set res 5) (break)) res)
(defn f [] (var res nil) (while true (set res 5) (break)) res)
(pp (f))
#> 5

#### (var i 0) again
(var i 0)
(while (< i 3) (++ i) (def inner-def i))
(pp i)
#> 3

#### (def x (do (def y 5) (* y 2)))
(def x (do (def y 5) (* y 2)))
(pp x)
#> 10

#### (pp (do 1 (do 2 (do 3))))
(pp (do 1 (do 2 (do 3))))
#> 3

#### (pp (if (do false) 1 (do 2)))
(pp (if (do false) 1 (do 2)))
#> 2

#### (defn f [] (if 1 2 3 4))
(defn f [] (if 1 2 3 4))
#! test.janet:1:12: compile error: expected 2 or 3 arguments to if
#exit 1

#### (pp (fn [] (quote)))
(pp (fn [] (quote)))
#! test.janet:1:12: compile error: expected 1 argument to quote
#exit 1

#### (set)
(set)
#! test.janet:1:1: compile error: expected 2 arguments to set
#exit 1

#### (while)
(while)
#! test.janet:1:1: compile error: expected at least 1 argument to while
#exit 1

#### (break 1 2 3)
(break 1 2 3)
#! test.janet:1:1: compile error: expected at most 1 argument
#exit 1

#### (upscope 1 2)
(upscope 1 2)
(pp :ok)
#> :ok

#### (var x)
(var x)
#! test.janet:1:1: compile error: expected at least 2 arguments to var
#exit 1

#### (def x 1 2 3)
(def x 1 2 3)
#! test.janet:1:1: compile error: cannot add metadata 1 to binding x
#exit 1

#### (def x :k1 :k2 "doc" 5)
(def x :k1 :k2 "doc" 5)
(pp [(get (dyn 'x) :k1) (get (dyn 'x) :k2) (get (dyn 'x) :doc)])
#> (true true "doc")

#### (def x @{:meta 1} 5)
(def x @{:meta 1} 5)
#! test.janet:1:1: compile error: cannot add metadata <table 0x5644C457B1C0> to binding x
#exit 1

#### (def x {:meta 1} 5)
(def x {:meta 1} 5)
(pp (get (dyn 'x) :meta))
#> 1
