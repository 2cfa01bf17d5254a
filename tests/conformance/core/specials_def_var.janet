# The def and var special forms: bindings, scoping, metadata, compile errors.

#### def binds a constant
(def x 10)
(print x)
#> 10

#### def returns its value
(print (def y 3))
#> 3

#### var can be set
(var x 1)
(set x (+ x 41))
(print x)
#> 42

#### var returns its value
(print (var z :kw))
#> kw

#### def of nil
(def n nil)
(print (nil? n))
#> true

#### redefining with def shadows
(def a 1)
(def f (fn [] a))
(def a 2)
(print a " " (f))
#> 2 1

#### var shadowing a def
(def a 1)
(var a 5)
(set a 6)
(print a)
#> 6

#### def with docstring metadata
(def x "the doc" 12)
(print (get (dyn 'x) :doc))
(print (get (dyn 'x) :value))
#> the doc
#> 12

#### def with keyword metadata
(def x :private 3)
(print (get (dyn 'x) :private))
#> true

#### var binding in env table is a ref
(var v 7)
(print (type (get (dyn 'v) :ref)))
(print (get-in (dyn 'v) [:ref 0]))
#> array
#> 7

#### set on var updates env ref
(var v 7)
(set v 8)
(print (get-in (dyn 'v) [:ref 0]))
#> 8

#### def with no value
(def x)
#! test.janet:1:1: compile error: expected at least 2 arguments to def
#exit 1

#### var with no value
(var)
#! test.janet:1:1: compile error: expected at least 2 arguments to var
#exit 1

#### def of a non-symbol
(def 1 2)
#! test.janet:1:1: compile error: unexpected type in destructuring, got 1
#exit 1

#### def of a string
(def "x" 2)
#! test.janet:1:1: compile error: unexpected type in destructuring, got "x"
#exit 1

#### set on constant
(def x 1)
(set x 2)
#! test.janet:2:1: compile error: cannot set constant
#exit 1

#### unknown symbol
(print nope)
#! test.janet:1:1: compile error: unknown symbol nope
#exit 1

#### unknown symbol deep inside
(defn f [] (do (+ 1 (g 2))))
#! test.janet:1:21: compile error: unknown symbol g
#exit 1

#### local def inside fn
(defn f [] (def q 5) (+ q 1))
(print (f))
(print (dyn 'q))
#> 6
#>

#### local var inside fn
(defn f [] (var c 0) (++ c) (++ c) c)
(print (f))
#> 2

#### def in do at top level is global
(do (def inner 4))
(print inner)
#! test.janet:2:1: compile error: unknown symbol inner
#exit 1

#### def in let is local
(let [] (def hidden 4))
(print (dyn 'hidden))
#>

#### def with destructured tuple
(def [a b] [1 2])
(print a b)
#> 12

#### var with destructured struct
(var {:x x :y y} {:x 1 :y 2})
(set x 10)
(print x y)
#> 102

#### def value is the whole value even when destructuring
(pp (def [a] [1 2 3]))
#> (1 2 3)

#### redef dyn :redef
(setdyn :redef true)
(def x 1)
(defn f [] x)
(def x 2)
(print (f))
#> 2

#### symbol with def bound to a function
(def sq (fn [x] (* x x)))
(print (sq 9))
#> 81

#### def a keyword
(def :a 1)
#! test.janet:1:1: compile error: unexpected type in destructuring, got :a
#exit 1
