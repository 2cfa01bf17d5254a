#### a failing splice in a call reports the last call made before it in the frame
(defn g [x]
  (print 1 2
     ;(describe x)))
(g 1)
#! error: expected array or tuple, got "1"
#!   in g [test.janet] on line 3, column 7
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### a call among the arguments after the splice runs first
(defn g [x] (print 1 ;x (inc x)))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 25
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### a call inside a bracketed tuple argument
(defn g [x] (print 1 ;x [(inc x) 2]))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 26
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### an earlier statement's call
(defn g [x] (inc x) (print 1 ;x))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### without any call before it, the function's first instruction: a var
(defn g [x] (var i 0) (while (< i 2) (++ i) (print ;x)))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### the first instruction: a closure
(defn g [x] (let [f (fn [] x)] (print ;x)))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 21
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### the first instruction: an operator
(defn g [x] (def y (+ x 1)) (print 2 ;x))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 20
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### the first instruction: the jump of an if
(defn g [x] (if x (print 2 ;x)))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### a splice in an array literal, a method call, a quasiquote
(defn g [x] @[1 ;x (inc x)])
(print (protect (g 1)))
(defn h [x] (:foo @{:foo (fn [& a] a)} ;x))
(h 1)
#> <tuple 0x56546EE723C0>
#! error: expected array or tuple, got 1
#!   in h [test.janet] on line 3, column 26
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### at the top level
(print ;(describe "tab"))
#! error: expected array or tuple, got "\"tab\""
#!   in thunk [test.janet] (tail call) on line 1, column 9
#exit 1

#### a splice in a quasiquote
(defn g [x] ~(a ,;x))
(g 1)
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### destructuring records the position
(defn g [x] (def [a b] x) (print ;a))
(g [1 2])
#! error: expected array or tuple, got 1
#!   in g [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1
