# Prelude macros: definitions, conditionals, boolean operators.

#### defn defines a function
(defn add [a b] (+ a b))
(print (add 2 3))
#> 5

#### defn with docstring
(defn add "adds things" [a b] (+ a b))
(print (get (dyn 'add) :doc))
#> (add a b)
#>
#> adds things

#### defn with metadata keywords
(defn f :cool [] 1)
(print (get (dyn 'f) :cool))
#> true

#### defn with no params
(print ((compile '(defn f)) :error))
#> (macro) expected integer key for tuple in range [0, 0), got 0

#### defn- is private
(defn- hidden [] 1)
(print (get (dyn 'hidden) :private))
(print (hidden))
#> true
#> 1

#### def- and var- are private
(def- a 1)
(var- b 2)
(print (get (dyn 'a) :private) " " (get (dyn 'b) :private))
(set b 3)
(print b)
#> true true
#> 3

#### defmacro- is private
(defmacro- m [] 1)
(print (get (dyn 'm) :private) " " (get (dyn 'm) :macro))
#> true true

#### when true
(print (when true :a :b))
#> b

#### when false
(pp (when false :a))
#> nil

#### unless
(print (unless false :ran))
(pp (unless true :ran))
#> ran
#> nil

#### if-not
(print (if-not nil :then :else))
(print (if-not 1 :then :else))
(pp (if-not 1 :then))
#> then
#> else
#> nil

#### if-let binds
(print (if-let [x 5] (* x 2) :none))
(print (if-let [x nil] (* x 2) :none))
#> 10
#> none

#### if-let with several bindings
(print (if-let [a 1 b 2] (+ a b) :none))
(print (if-let [a 1 b false] (+ a b) :none))
#> 3
#> none

#### if-let destructures
(print (if-let [[a b] [1 2]] (+ a b) :none))
#> 3

#### if-let with no else
(pp (if-let [a nil] a))
#> nil

#### when-let
(when-let [x 3 y 4] (print (* x y)))
(pp (when-let [x nil] (print "no")))
#> 12
#> nil

#### cond
(defn classify [n]
  (cond
    (< n 0) :neg
    (= n 0) :zero
    :pos))
(print (classify -1) (classify 0) (classify 5))
#> negzeropos

#### cond with no default
(pp (cond false 1))
#> nil

#### cond empty
(pp (cond))
#> nil

#### case matches values
(defn f [x] (case x 1 :one 2 :two :other))
(print (f 1) (f 2) (f 3))
#> onetwoother

#### case without default
(pp (case 5 1 :one))
#> nil

#### case on keywords and strings
(defn f [x] (case x :a "kw" "a" "str" nil "nil" 'sym "symbol"))
(print (f :a) (f "a") (f nil) (f 'sym))
#> kwstrnilsymbol

#### case evaluates dispatch once
(var n 0)
(case (++ n) 1 :a 2 :b)
(print n)
#> 1

#### case on tuple compares by value
(print (case [1 2] [1 2] :yes :no))
#> yes

#### and
(pp (and))
(pp (and 1 2 3))
(pp (and 1 nil 3))
(pp (and 1 false))
#> true
#> 3
#> nil
#> false

#### or
(pp (or))
(pp (or nil false 3))
(pp (or nil false))
(pp (or 1 (error "not evaluated")))
#> nil
#> 3
#> false
#> 1

#### and short-circuits
(and false (print "never"))
(print "ok")
#> ok

#### not
(pp (map not [nil false 0 "" true]))
#> @[true true false false false]

#### not with wrong arity
(not 1 2)
#! error: arity mismatch, expected 1, got 2
#!   in not [src/core/math.c] on line 314
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### ->
(print (-> 5 (+ 1) (* 2) (- 3)))
#> 9

#### -> with symbols
(print (-> "abc" string/ascii-upper string/reverse))
#> CBA

#### ->>
(print (->> [1 2 3] (map inc) (apply +)))
#> 9

#### ->> string
(print (->> "x" (string "a" "b")))
#> abx

#### -?> stops at nil
(pp (-?> @{:a @{:b 1}} (get :a) (get :b)))
(pp (-?> @{:a @{:b 1}} (get :z) (get :b)))
#> 1
#> nil

#### -?>> stops at nil
(pp (-?>> [1 2 3] (map inc) first))
(pp (-?>> nil (map inc)))
#> 2
#> nil

#### as->
(print (as-> 5 x (+ x 1) (* x x)))
#> 36

#### as?->
(pp (as?-> 1 x (+ x 1) (when (> x 5) x)))
(pp (as?-> 10 x (+ x 1) (when (> x 5) x)))
#> nil
#> 11

#### comment ignores forms
(pp (comment (error "ignored") 1 2))
#> nil

#### default
(var x nil)
(default x 5)
(print x)
(var y false)
(default y 5)
(print y)
#> 5
#> false

#### assert passes
(print (assert (= 1 1)))
#> true

#### assert fails
(assert (= 1 2))
#! error: assert failure in (= 1 2)
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### assert fails with message
(assert false "custom assertion")
#! error: custom assertion
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### assert fails with non-string message
(assert nil 123)
#! error: 123
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### compif and compwhen
(compif true (print "yes") (print "no"))
(compif nil (print "yes") (print "no"))
(compwhen true (print "when"))
(compwhen false (print "not"))
#> yes
#> no
#> when

#### comptime
(def x (comptime (+ 1 2)))
(print x)
#> 3

#### comptime evaluates at compile
(defn f [] (comptime (string "a" "b")))
(print (f))
#> ab

#### with-syms
(defmacro my-swap [a b]
  (with-syms [t]
    ~(let [,t ,a] (set ,a ,b) (set ,b ,t))))
(var p 1) (var q 2)
(my-swap p q)
(print p q)
#> 21

#### ++ and --
(var x 5)
(++ x)
(++ x)
(-- x)
(print x)
#> 6

#### += -= *= /= %=
(var x 10)
(+= x 5)
(print x)
(-= x 3)
(print x)
(*= x 2)
(print x)
(/= x 4)
(print x)
(%= x 4)
(print x)
#> 15
#> 12
#> 24
#> 6
#> 2

#### += with many args
(var x 1)
(+= x 1 2 3)
(print x)
#> 7

#### ++ on table element
(def t @{:n 1})
(++ (t :n))
(print (t :n))
#> 2

#### ++ on constant
(def c 1)
(++ c)
#! test.janet:2:1: compile error: cannot set constant
#exit 1

#### inc dec functions
(print (inc 1) " " (dec 1))
#> 2 0

#### let with shadowing
(def a 1)
(let [a 2] (print a))
(print a)
#> 2
#> 1

#### let nested
(let [a 1] (let [b (+ a 1)] (print (+ a b))))
#> 3

#### forever with break
(var i 0)
(forever (++ i) (when (= i 3) (break)))
(print i)
#> 3

#### repeat
(repeat 3 (prin "x"))
(print)
#> xxx

#### repeat zero
(repeat 0 (print "never"))
(print "done")
#> done

#### repeat negative
(repeat -2 (print "never"))
(print "done")
#> done

#### when-with
(var closed nil)
(defn my-close [x] (set closed x))
(when-with [x 5 my-close] (print x))
(print closed)
#> 5
#> 5

#### if-with
(var closed nil)
(defn my-close [x] (set closed x))
(print (if-with [x nil my-close] :then :else))
(print closed)
#> else
#>

#### with calls the destructor
(def log @[])
(defn closer [x] (array/push log [:closed x]))
(with [r :resource closer] (array/push log [:using r]))
(pp log)
#> @[(:using :resource) (:closed :resource)]

#### with returns body value
(print (with [r 1 identity] (+ r 1)))
#> 2

#### with default destructor calls :close method
(def obj @{:close (fn [self] (print "closing"))})
(with [o obj] (print "using"))
#> using
#> closing

#### with destructor runs on error
(def log @[])
(try
  (with [r :x (fn [x] (array/push log :closed))] (error "boom"))
  ([e] (array/push log e)))
(pp log)
#> @[:closed "boom"]

#### defer runs on normal exit
(defer (print "deferred") (print "body"))
#> body
#> deferred

#### defer runs on error and rethrows
(try
  (defer (print "cleanup") (error "bad"))
  ([e] (print "caught " e)))
#> cleanup
#> caught bad

#### defer returns body value
(print (defer (print "c") 42))
#> c
#> 42

#### edefer runs only on error
(edefer (print "not run") (print "body ok"))
(try (edefer (print "on error") (error "x")) ([e] (print e)))
#> body ok
#> on error
#> x

#### do with macro output of ++ returns new value
(var x 1)
(print (++ x))
#> 2
