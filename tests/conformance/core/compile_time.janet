# Regressions of issue 13, "Compile-time behaviour": splices, compwhen and
# constants, against the reference.

#### a splice of a splice is one splice
(pp (tuple 1 (splice (splice [2 3]))))
(pp ~(a ,;;(map inc [1 2])))
(def a [1 2])
(pp [0 (splice (splice a)) ~,;;a])
(pp [;~,a])
#> (1 2 3)
#> (a 2 3)
#> (0 1 2 1 2)
#> (1 2)

#### a splice made by a macro is a splice
(defmacro sp [x] ~(splice ,x))
(def a [1 2])
(pp [0 (sp a) 3])
(pp @[0 ~,;a])
(print (+ ;(sp a)))
#> (0 1 2 3)
#> @[0 1 2]
#> 3

#### splices in struct and table literals
(def x ["value"])
(def k :header)
(pp {k ;x})
(pp @{:a ;[1 2 3]})
(pp @{;[1 2] ;[3 4]})
(pp {;[:a] 1})
(pp (protect {:a ;[1 2]}))
(pp (protect @{:a ;[1 2]}))
(pp (protect @{:a ;1}))
#> {:header "value"}
#> @{2 3 :a 1}
#> @{1 2 3 4}
#> {:a 1}
#> (false "expected even number of arguments to struct constructor, got 3")
#> (false "expected even number of arguments to table constructor, got 3")
#> (false "expected array or tuple, got 1")

#### where a splice is not accepted
(def a [1 2])
(pp [0 (quote ;a)])
(pp (protect (eval '(pp [0 (if true ;a 3)]))))
(pp (protect (eval '(pp [0 (do ;a)]))))
(pp (protect (eval '(pp [0 (upscope ;a)]))))
(pp (protect (eval '(pp [0 (splice 1 2)]))))
(pp (protect (eval '(pp (splice a)))))
(pp (protect (eval '(splice a))))
#> (0 (splice a))
#> (false "splice can only be used in function parameters and data constructors, it has no effect here")
#> (false "splice can only be used in function parameters and data constructors, it has no effect here")
#> (false "splice can only be used in function parameters and data constructors, it has no effect here")
#> (false "expected 1 argument to splice")
#> (false "<function pp> called with 2 arguments, expected 1")
#> (false "splice can only be used in function parameters and data constructors, it has no effect here")

#### compwhen's body is in the enclosing scope (an upscope)
(compwhen true (def cw 1) (def cw2 2))
(print cw cw2)
(pp (compwhen false (def cw3 1)))
(pp (compif true (def ci 2) 3))
(print ci)
(pp (comptime (+ 1 2)))
#> 12
#> nil
#> 2
#> 2
#> 3

#### compwhen with an unknown symbol
(compwhen nosuch 1)
#! test.janet:1:1: compile error: error: (macro) unknown symbol nosuch
#!   in eval [boot.janet] on line 3053, column 5
#!   in compwhen [boot.janet] on line 3120, column 7
#exit 1

#### compif with an unknown symbol
(compif nosuch 1 2)
#! test.janet:1:1: compile error: error: (macro) unknown symbol nosuch
#!   in eval [boot.janet] on line 3053, column 5
#!   in compif [boot.janet] on line 3113, column 7
#exit 1

#### comptime with an unknown symbol
(comptime nosuch)
#! test.janet:1:1: compile error: error: (macro) unknown symbol nosuch
#!   in eval [boot.janet] on line 3053, column 5
#!   in comptime [boot.janet] on line 3107, column 10
#exit 1

#### comptime with an error
(comptime (error "x"))
#! test.janet:1:1: compile error: error: (macro) x
#!   in thunk [eval] (tail call) on line 1, column 11
#!   in comptime [boot.janet] on line 3107, column 10
#exit 1

#### equal constants of one function are one value
(defn s [x] (string x))
(pp (= (s '()) (s [])))
(pp (= (string '()) (string [])))
(defn f [] [[1 2] [1 2]])
(def r (f))
(pp (= (s (r 0)) (s (r 1))))
(def r @[[1 2] [1 2]])
(pp (= (s (r 0)) (s (r 1))))
(def r [(tuple 1) [1 2] [1 2]])
(pp (= (s (r 1)) (s (r 2))))
(def r {:a [1 2] :b [1 2]})
(pp (= (s (r :a)) (s (r :b))))
(def r ['(1 2) '(1 2)])
(pp (= (s (r 0)) (s (r 1))))
(def r @['(1 2) '(1 2)])
(pp (= (s (r 0)) (s (r 1))))
(def r @['(1 2) '[1 2]])
(pp (= (s (r 0)) (s (r 1))))
(def r @['(1 2) '(true 2)])
(pp (= (s (r 0)) (s (r 1))))
(def r @[{:a 1} {:a 1} {:a true}])
(pp [(= (s (r 0)) (s (r 1))) (= (s (r 0)) (s (r 2)))])
(defn g [] @['(a b) (fn [] '(a b))])
(def r (g))
(pp (= (s (r 0)) (s ((r 1)))))
(defn h [] '(x y))
(pp (= (s (h)) (s (h))))
(def t1 (tuple))
(def t2 (tuple))
(pp (= (s t1) (s t2)))
(pp (= (s t1) (s [])))
#> true
#> true
#> false
#> true
#> true
#> false
#> false
#> true
#> false
#> false
#> (true false)
#> false
#> true
#> true
#> true

#### an unknown symbol in a branch that cannot run is still reported
(print "start")
(if false (unknown-thing 1) 2)
#> start
#! test.janet:2:11: compile error: unknown symbol unknown-thing
#exit 1

#### an unknown symbol in a while false body, as the reference
(print "start")
(while false (unknown-thing 1))
(defn f [] (while nil (unknown-thing 2)))
(print "end")
#> start
#> end

#### threading macros take a form apart with in, as the reference's
(pp (protect (eval '(->> 4294967296 [] (+ 1 2)))))
(pp (protect (eval '(-> 1 []))))
(pp (protect (eval '(-?> 1 []))))
(pp (protect (eval '(-?>> 1 ()))))
(pp (-> 1 [inc] (+ 2)))
(pp (macex '(-> x (a b) [c d] e)))
(pp (macex '(->> x (a b) [c d] e)))
(pp (tuple/type (macex1 '(-> x [a b]))))
#> (false "(macro) expected integer key for tuple in range [0, 0), got 0")
#> (false "(macro) expected integer key for tuple in range [0, 0), got 0")
#> (false "(macro) expected integer key for tuple in range [0, 0), got 0")
#> (false "(macro) expected integer key for tuple in range [0, 0), got 0")
#! error: could not find method :+ for <tuple 0x559F95D5B460>
#!   in thunk [test.janet] (tail call) on line 5, column 17
#exit 1

#### a rest parameter shadowing a macro is linted like any parameter
(defn f [& when] when)
(defn g [a &opt if2 &keys {:k loop}] a)
(defn h [x & defn] x)
(defn i [[a loop]] a)
(defn k [&keys when] when)
(fn [x & _when] x)
(fn [x & cond] x)
(print "ok")
#> ok
#! test.janet:1:1: compile warning (normal): binding when is shadowing a macro
#! test.janet:2:1: compile warning (normal): binding loop is shadowing a macro
#! test.janet:3:1: compile warning (normal): binding defn is shadowing a macro
#! test.janet:4:1: compile warning (normal): binding loop is shadowing a macro
#! test.janet:5:1: compile warning (normal): binding when is shadowing a macro
#! test.janet:7:1: compile warning (normal): binding cond is shadowing a macro
