# try, protect, label, prompt, return, short-fn and more prelude.

#### try catches error
(print (try (error "bad") ([e] (string "caught: " e))))
#> caught: bad

#### try returns body value
(print (try 42 ([e] :err)))
#> 42

#### try without binding
(print (try (error 1) ([_] :handled)))
#> handled

#### try with fiber binding
(try (error "x") ([e f] (print e " " (type f) " " (fiber/status f))))
#> x fiber error

#### try catches non-string values
(pp (try (error {:code 5}) ([e] e)))
(pp (try (error nil) ([e] e)))
(pp (try (error :kw) ([e] e)))
(pp (try (error 12) ([e] e)))
(pp (try (error @"buf") ([e] e)))
#> {:code 5}
#> nil
#> :kw
#> 12
#> @"buf"

#### try nested rethrow
(print (try (try (error "inner") ([e] (error (string e "+outer")))) ([e] e)))
#> inner+outer

#### try catches runtime errors
(print (try (+ 1 :a) ([e] e)))
#> could not find method :+ for 1 or :r+ for :a

#### try catches arity errors
(defn f [x] x)
(print (try (apply f [1 2]) ([e] e)))
#> <function f> called with 2 arguments, expected 1

#### try with malformed catch
(print ((compile '(try 1 2)) :error))
#> (macro) expected iterable type, got 2

#### try body does not catch yields
(def c (coro (try (yield :y) ([e] :caught))))
(pp (resume c))
#> :y

#### protect success
(pp (protect (+ 1 2)))
#> (true 3)

#### protect failure
(pp (protect (error "nope")))
#> (false "nope")

#### protect with multiple body forms
(pp (protect (print "side") :done))
#> side
#> (true :done)

#### error passes values through try
(def v @[1 2])
(print (= v (try (error v) ([e] e))))
#> true

#### label and return
(pp (label out (for i 0 10 (if (= i 4) (return out i))) :never))
#> 4

#### label return without value
(pp (label out (return out) 1))
#> nil

#### label without return gives body value
(pp (label l 1 2 3))
#> 3

#### nested labels
(pp (label a (label b (return a :from-b)) :after-b))
#> :from-b

#### return from inner function call
(defn search [xs target k]
  (each x xs (if (= x target) (return k x))))
(pp (label found (search [1 2 3] 2 found) :not-found))
#> 2

#### prompt and return
(pp (prompt :tag (return :tag 55) 0))
#> 55

#### short-fn with $
(pp (map |(* $ $) [1 2 3]))
#> @[1 4 9]

#### short-fn with $0 $1
(pp (|(- $0 $1) 10 3))
#> 7

#### short-fn with $&
(pp (|(tuple ;$&) 1 2 3))
#> (1 2 3)

#### short-fn with $& after $0
(pp (|[$0 $&] 1 2 3))
#> (1 (2 3))

#### short-fn arity from highest argument
(pp (|[$1] 1 2))
#> (2)

#### short-fn too few arguments
(|(+ $0 $1) 1)
#! error: <function short-fn> called with 1 argument, expected 2
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### short-fn with no argument use
(pp (|(+ 1 2)))
#> 3

#### short-fn nested data
(pp (|{:v $} 5))
#> {:v 5}

#### short-fn with brackets
(pp (|[$ $] 4))
#> (4 4)

#### short-fn of symbol
(def x 3)
(pp (|x))
#> 3

#### short-fn long form
(pp ((short-fn (+ $ 10)) 1))
#> 11

#### short-fn with $2 only
(pp (|$2 :a :b :c))
#> :c

#### identity comp partial juxt
(pp ((comp inc inc) 1))
(pp ((partial + 1 2) 3))
(pp ((juxt inc dec) 5))
(pp (identity :x))
#> 3
#> 6
#> (6 4)
#> :x

#### complement and every? some
(pp ((complement odd?) 2))
(pp (every? [1 2 nil]))
(pp (some odd? [2 4 5]))
#> true
#> nil
#> true

#### if-let and try interplay
(pp (if-let [x (try (error 1) ([e] nil))] x :none))
#> :none

#### ev-free varfn and defglobal
(defglobal "g1" 5)
(print g1)
#> 5

#### cond with side effects in order
(cond (do (prin "a") false) 1 (do (prin "b") true) (print "c") (print "d"))
#> abc

#### case with fall-through default nil
(pp (case :z :a 1 :b 2))
#> nil

#### when with empty body
(pp (when true))
#> nil

#### try does not catch break
(defn f [] (try (break 5) ([e] :caught)) :after)
(pp (f))
#> :after
