# trace and untrace: each call of a traced function is reported on (dyn :err).

#### a traced function reports its calls to an err function
(def b @"")
(defn dummy [a bb c] (+ a bb c))
(trace dummy)
(pp (with-dyns [*err* (fn [x] (buffer/push b x))] (dummy 1 2 3)))
(pp b)
#> 6
#> @"trace (dummy 1 2 3)\n"

#### a traced function reports to stderr, recursive calls too
(defn fact [n] (if (< n 2) 1 (* n (fact (- n 1)))))
(trace fact)
(print (fact 3))
(untrace fact)
(print (fact 5))
#> 6
#> 120
#! trace (fact 3)
#! trace (fact 2)
#! trace (fact 1)

#### optional arguments not given are not shown; rest arguments are
(def b @"")
(def g (trace (fn gg [x &opt y & r] [x y r])))
(with-dyns [*err* b]
  (pp (g 1))
  (pp (g 1 nil))
  (pp (g 1 2 3 4)))
(prin b)
#> (1 nil ())
#> (1 nil ())
#> (1 2 (3 4))
#> trace (gg 1)
#> trace (gg 1 nil)
#> trace (gg 1 2 3 4)

#### arguments print like %p, and calls through map are traced
(def b @"")
(with-dyns [*err* b]
  (pp (map (trace (fn named [x] (* 2 x))) [1 2]))
  ((trace (fn kk [x] x)) {:a [1 @{:b "s"}]}))
(prin b)
#> @[2 4]
#> trace (named 1)
#> trace (named 2)
#> trace (kk {:a (1
#>      @{:b "s"})})

#### a call with the wrong number of arguments is reported before the error
(def b @"")
(defn e [x] (error "boom"))
(trace e)
(with-dyns [*err* b]
  (pp (protect (e 1)))
  (pp (protect (apply e [1 2]))))
(prin b)
#> (false "boom")
#> (false "<function e> called with 2 arguments, expected 1")
#> trace (e 1)
#> trace (e 1 2)

#### trace and untrace return their argument
(defn f [] 1)
(pp (= f (trace f)))
(pp (= f (untrace f)))
(pp (f))
#> true
#> true
#> 1

#### trace takes only Janet functions
(pp (protect (trace print)))
(pp (protect (trace 1)))
(pp (protect (untrace :a)))
(trace)
#> (false "bad slot #0, expected function, got <cfunction print>")
#> (false "bad slot #0, expected function, got 1")
#> (false "bad slot #0, expected function, got :a")
#! error: arity mismatch, expected 1, got 0
#!   in trace [src/core/corelib.c] on line 642
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### tracing the prelude's functions pyjanet writes in Python
(trace map)
(pp (map inc [1 2]))
(pp (map + [1 2] [3 4]))
(untrace map)
(pp (map inc [1]))
(trace filter)
(trace reduce)
(pp (filter odd? [1 2 3]))
(pp (reduce + 0 [1 2]))
(untrace filter)
(untrace reduce)
#> @[2 3]
#> @[4 6]
#> @[2]
#> @[1 3]
#> 3
#! trace (map <function inc> (1 2))
#! trace (map <function +> (1 2) (3 4))
#! trace (filter <function odd?> (1 2 3))
#! trace (reduce <function +> 0 (1 2))

#### a traced macro is not reported when the compiler expands it, only when called
(defmacro m [x] (inc x))
(trace m)
(trace inc)
(pp (m 3))
(pp (macex1 '(m 4)))
(trace ev/spawn)
(trace when)
(when true (print 2))
(ev/spawn (print 1))
(each f [inc ev/spawn when] (untrace f))
#> 4
#> 5
#> 2
#> 1
#! trace (inc 3)
#! trace (m 4)
#! trace (inc 4)
