# do, if, quote and friends.

#### do returns last value
(print (do 1 2 3))
#> 3

#### empty do is nil
(pp (do))
#> nil

#### do creates a scope for locals
(defn f []
  (def x 1)
  (do (def x 2) (print x))
  (print x))
(f)
#> 2
#> 1

#### do inside function and var
(defn f []
  (var x 1)
  (do (var x 2) (set x 3))
  x)
(print (f))
#> 1

#### set in do reaches outer var
(defn f []
  (var x 1)
  (do (set x 3))
  x)
(print (f))
#> 3

#### if true branch
(print (if true :yes :no))
#> yes

#### if false branch
(print (if false :yes :no))
#> no

#### if nil is falsey
(print (if nil :yes :no))
#> no

#### if zero is truthy
(print (if 0 :yes :no))
#> yes

#### if empty string is truthy
(print (if "" :yes :no))
#> yes

#### if empty tuple is truthy
(print (if [] :yes :no))
#> yes

#### if without else gives nil
(pp (if false 1))
#> nil

#### if with too many arguments
(if 1 2 3 4)
#! test.janet:1:1: compile error: expected 2 or 3 arguments to if
#exit 1

#### if with too few arguments
(if 1)
#! test.janet:1:1: compile error: expected 2 or 3 arguments to if
#exit 1

#### if with no arguments
(if)
#! test.janet:1:1: compile error: expected 2 or 3 arguments to if
#exit 1

#### nested if
(defn sign [x] (if (< x 0) -1 (if (> x 0) 1 0)))
(print (sign -5) (sign 0) (sign 8))
#> -101

#### if evaluates only one branch
(if true (print "then") (print "else"))
(if false (print "then") (print "else"))
#> then
#> else

#### quote a symbol
(pp (quote abc))
#> abc

#### quote shorthand
(pp 'abc)
#> abc

#### quote a tuple
(pp '(1 2 3))
#> (1 2 3)

#### quote keeps structure
(pp '(a [b c] {:d e} @[f]))
#> (a [b c] {:d e} @[f])

#### type of quoted symbol
(print (type 'x))
#> symbol

#### quoted form is tuple
(print (type '(+ 1 2)))
#> tuple

#### quote of quote
(pp ''a)
#> (quote a)

#### quote with wrong arity
(quote 1 2)
#! test.janet:1:1: compile error: expected 1 argument to quote
#exit 1

#### quote no args
(quote)
#! test.janet:1:1: compile error: expected 1 argument to quote
#exit 1

#### quasiquote without unquote is quote
(pp ~(a b c))
#> (a b c)

#### quasiquote with unquote
(def x 5)
(pp ~(a ,x c))
#> (a 5 c)

#### quasiquote with splice
(def xs [1 2 3])
(pp ~(a ,;xs b))
#> (a 1 2 3 b)

#### quasiquote long form
(def x 5)
(pp (quasiquote (a (unquote x))))
#> (a 5)

#### quasiquote splice long form
(def xs [1 2])
(pp (quasiquote (a (splice xs))))
#> (a (splice xs))

#### quasiquote in brackets
(def x 1)
(pp ~[a ,x])
#> [a 1]

#### quasiquote in array
(def x 1)
(pp ~@[a ,x])
#> @[a 1]

#### quasiquote in struct
(def x 1)
(pp ~{:a ,x})
#> {:a 1}

#### quasiquote in table
(def x 1)
(def t ~@{:a ,x})
(pp t)
#> @{:a 1}

#### quasiquote unquote of expression
(pp ~(sum ,(+ 1 2 3)))
#> (sum 6)

#### nested quasiquote
(def x 1)
(pp ~(a ~(b ,(c ,x))))
#> (a (quasiquote (b (unquote (c 1)))))

#### quasiquote of a symbol
(pp ~sym)
#> sym

#### unquote of a symbol at top level of quasiquote
(def x [1 2])
(pp ~,x)
#> (1 2)

#### unquote outside quasiquote
(unquote x)
#! test.janet:1:1: compile error: cannot use unquote here
#exit 1

#### splice at top level in call
(print (+ ;[1 2 3]))
#> 6

#### splice in tuple literal
(pp [1 ;[2 3] 4])
#> (1 2 3 4)

#### splice in array literal
(pp @[0 ;@[1 2]])
#> @[0 1 2]

#### splice in the middle of call
(print (string "a" ;["b" "c"] "d"))
#> abcd

#### splice empty
(print (+ ;[]))
#> 0

#### splice outside of call
(def x ;[1 2])
#! test.janet:1:8: compile error: splice can only be used in function parameters and data constructors, it has no effect here
#exit 1

#### splice long form
(print (+ (splice [1 2 3])))
#> 6

#### splice of a string
(pp [;"ab"])
#! error: expected array or tuple, got "ab"
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### nil literal true false
(pp [nil true false])
#> (nil true false)

#### empty tuple evaluates to empty tuple
(pp ())
#> ()
