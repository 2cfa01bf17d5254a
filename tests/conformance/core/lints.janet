# Compile warnings and lints: deprecation levels, named-argument checks, macros in inner scopes.

#### (defn f [] (def x 1))
(defn f [] (def x 1))
(defn f [] (def x 1))
(print "ok")
#> ok

#### (def x :deprecated 1)
(def x :deprecated 1)
(print x)
#> 1
#! test.janet:2:1: compile warning (normal): x is deprecated

#### (def x {:deprecated :strict} 1)
(def x {:deprecated :strict} 1)
(defn f [] x)
(print (f))
#> 1

#### (defn old :deprecated [] 1)
(defn old :deprecated [] 1)
(old)
#! test.janet:2:1: compile warning (normal): old is deprecated

#### (defn old {:deprecated :relaxed} [] 1)
(defn old {:deprecated :relaxed} [] 1)
(old)
#! test.janet:2:1: compile warning (relaxed): old is deprecated

#### (setdyn :lint-warn :relaxed)
(setdyn :lint-warn :relaxed)
(defn old {:deprecated :relaxed} [] 1)
(old)
#! test.janet:3:1: compile warning (relaxed): old is deprecated

#### (defn f [&named a] a)
(defn f [&named a] a)
(f :b 1)
#! test.janet:2:1: compile warning (normal): unused named argument :b to function <function f>

#### (defn f [&keys k] k)
(defn f [&keys k] k)
(f 1 2 3)
#! test.janet:2:1: compile warning (normal): odd number of named arguments to `&keys` function <function f>

#### (defn g [] (defmacro inner [] 1) 1)
(defn g [] (defmacro inner [] 1) 1)
(print (g))
#> 1
#! test.janet:1:12: compile warning (normal): macro tag is ignored in inner scopes

#### (defn f [] (var x 1) x)
(defn f [] (var x 1) x)
(print (f))
#> 1

#### (def x 1)
(def x 1)
(set x 2)
#! test.janet:2:1: compile error: cannot set constant
#exit 1

#### (var- y 1)
(var- y 1)
(set y 2)
(print y)
#> 2

#### (def x :private 1)
(def x :private 1)
(print x)
#> 1

#### (setdyn :lint-error :normal)
(setdyn :lint-error :normal)
(defn old :deprecated [] 1)
(old)
#! test.janet:3:1: compile error: old is deprecated
#exit 1

#### (setdyn :lint-levels :strict)
(setdyn :lint-levels :strict)
(defn old :deprecated [] 1)
(old)
#! test.janet:3:1: compile warning (normal): old is deprecated

#### (defn f [x] (if x 1))
(defn f [x] (if x 1))
(print (f nil))
#>

#### (print (do))
(print (do))
#>

#### (pp ((fn [&opt a b] [a b]) 1))
(pp ((fn [&opt a b] [a b]) 1))
#> (1 nil)

#### compile collects a macro's maclintf messages at the form's source map
(def env (table/clone (curenv)))
((compile '(defmacro foo [& body] (maclintf :strict "foo-oops") ~(do ,;body)) env :anonymous))
((compile '(defmacro bar [] (maclintf :strict "bar-oops")) env :anonymous))
(def lints @[])
(compile (tuple/setmap ~(foo ,(tuple/setmap '(bar) 3 4)) 1 2) env :anonymous lints)
(pp lints)
#> @[(:strict 1 2 "foo-oops") (:strict 3 4 "bar-oops")]

#### compile collects shadowing lints in its lints array
(def lints @[])
(compile '(fn [print] print) (curenv) :anonymous lints)
(pp (map |(take 1 $) lints))
(pp (map last lints))
#> @[(:strict)]
#> @["binding print is shadowing a top-level binding"]
