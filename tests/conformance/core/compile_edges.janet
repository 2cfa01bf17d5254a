# Edge cases of the compiler: odd arities and positions, reserved names, parameter lists.

#### (1 2)
(1 2)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 2
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### ("s" 1 2)
("s" 1 2)
#! test.janet:1:1: compile error: "s" expects 1 argument, got 2
#exit 1

#### (:k)
(:k)
#! test.janet:1:1: compile error: :k expects at least 1 argument, got 0
#exit 1

#### (print when)
(print when)
#> <function when>

#### (def x (when))
(def x (when))
(pp x)
#! test.janet:1:8: compile error: macro arity mismatch, expected at least 1, got 0
#exit 1

#### (defn f [] (each x [1 2] (break 7)) :after)
(defn f [] (each x [1 2] (break 7)) :after)
(pp (f))
#> :after

#### (def t @{})
(def t @{})
(set (t) 1)
#! test.janet:2:1: compile error: expected 2 element tuple for l-value to set
#exit 1

#### (def a 1 2)
(def a 1 2)
(pp a)
#! test.janet:1:1: compile error: cannot add metadata 1 to binding a
#exit 1

#### (pp (fn [x] (def x 2) x))
(pp (fn [x] (def x 2) x))
#> <function 0x55F660F3B570>

#### (defn f "doc" [a] a)
(defn f "doc" [a] a)
(print (get (dyn 'f) :doc))
#> (f a)
#>
#> doc

#### (defn f [a &opt b & c] a)
(defn f [a &opt b & c] a)
(print (get (dyn 'f) :doc))
#> (f a &opt b & c)
#>
#>

#### (defn f [&keys {:a a}] a)
(defn f [&keys {:a a}] a)
(print (get (dyn 'f) :doc))
#> (f &keys {:a a})
#>
#>

#### (pp (quote))
(pp (quote))
#! test.janet:1:5: compile error: expected 1 argument to quote
#exit 1

#### (pp (fn))
(pp (fn))
#! test.janet:1:5: compile error: expected at least 1 argument to function literal
#exit 1

#### (def (a b) [1 2])
(def (a b) [1 2])
(pp [a b])
#> (1 2)

#### (var x 1)
(var x 1)
(pp (set x))
#! test.janet:2:5: compile error: expected 2 arguments to set
#exit 1

#### (pp (upscope (def q 1) q))
(pp (upscope (def q 1) q))
#> 1

#### (pp (do (var x 1) (set x 2) x))
(pp (do (var x 1) (set x 2) x))
#> 2

#### (defmacro m [] (break 1))
(defmacro m [] (break 1))
(m)

#### (def f (fn [] (quasiquote 1 2)))
(def f (fn [] (quasiquote 1 2)))
#! test.janet:1:15: compile error: expected 1 argument to quasiquote
#exit 1

#### (pp (quasiquote))
(pp (quasiquote))
#! test.janet:1:5: compile error: expected 1 argument to quasiquote
#exit 1

#### (pp (unquote))
(pp (unquote))
#! test.janet:1:5: compile error: cannot use unquote here
#exit 1

#### (pp (splice))
(pp (splice))
#! test.janet:1:5: compile error: expected 1 argument to splice
#exit 1

#### (pp (splice 1 2))
(pp (splice 1 2))
#! test.janet:1:5: compile error: expected 1 argument to splice
#exit 1

#### (pp (break 1 2))
(pp (break 1 2))
#! test.janet:1:5: compile error: expected at most 1 argument
#exit 1

#### (pp [(if true) ])
(pp [(if true) ])
#! test.janet:1:6: compile error: expected 2 or 3 arguments to if
#exit 1

#### (while 1 2 3 (break))
(while 1 2 3 (break))
(pp :ok)
#> :ok

#### (pp (dyn 'if))
(pp (dyn 'if))
#> nil

#### (pp (dyn 'def))
(pp (dyn 'def))
#> nil

#### (pp def)
(pp def)
#! test.janet:1:1: compile error: unknown symbol def
#exit 1

#### (def if 1)
(def if 1)
(pp if)
#> 1

#### (var fn 1)
(var fn 1)
(pp fn)
#> 1

#### (def nil 1)
(def nil 1)
#! test.janet:1:1: compile error: unexpected type in destructuring, got nil
#exit 1

#### (def true 1)
(def true 1)
#! test.janet:1:1: compile error: unexpected type in destructuring, got true
#exit 1

#### (def x:y 1)
(def x:y 1)
(pp x:y)
#> 1

#### (defn f [] (set f 1))
(defn f [] (set f 1))
#! test.janet:1:12: compile error: cannot set constant
#exit 1

#### (var f nil)
(var f nil)
(set f (fn [] 1))
(print (f))
#> 1

#### (def [a b] :kw)
(def [a b] :kw)
(pp [a b])
#> (107 119)

#### (def {:a a} [1 2])
(def {:a a} [1 2])
(pp a)
#! error: expected integer key for tuple in range [0, 2), got :a
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (def [a & b] "xyz")
(def [a & b] "xyz")
(pp [a b])
#> (120 (121 122))

#### (def [a & b] @"xyz")
(def [a & b] @"xyz")
(pp [a b])
#> (120 (121 122))

#### (def [a & b] :xyz)
(def [a & b] :xyz)
(pp [a b])
#> (120 (121 122))

#### (def [a b] {:a 1})
(def [a b] {:a 1})

#### (pp ((fn [& args] args)))
(pp ((fn [& args] args)))
#> ()

#### (pp (array? ((fn [& args] args) 1)))
(pp (array? ((fn [& args] args) 1)))
#> false

#### (defn f [&] 1)
(defn f [&] 1)
(pp (f 1 2))
#> 1

#### (defn f [&opt &opt] 1)
(defn f [&opt &opt] 1)
#! test.janet:1:1: compile error: only one &opt allowed
#exit 1

#### (defn f [a &keys b c] 1)
(defn f [a &keys b c] 1)
#! test.janet:1:1: compile error: &keys in unexpected location
#exit 1

#### (defn f [&named a &opt b] 1)
(defn f [&named a &opt b] 1)

#### (defn f [&keys a & b] 1)
(defn f [&keys a & b] 1)
#! test.janet:1:1: compile error: &keys in unexpected location
#exit 1

#### (defn f [& a &keys b] 1)
(defn f [& a &keys b] 1)
#! test.janet:1:1: compile error: & in unexpected location
#exit 1
