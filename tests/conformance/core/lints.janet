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

#### unused local bindings are strict lints, inner scopes first
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(each l (lints-of "(defn g [a]\n  (let [b 1\n        c 2]\n    (+ c 1)))") (pp l))
(each l (lints-of "(defn k [x &opt y & more] x)\n(defn h [{:a a :b b}] a)") (pp l))
(each l (lints-of "(do (def y 1) 2)\n(fn [p q] (if p (do (def z 1) 3) 4))") (pp l))
#> (:strict 2 3 "binding b is unused")
#> (:strict 1 1 "binding a is unused")
#> (:strict 1 1 "binding y is unused")
#> (:strict 1 1 "binding more is unused")
#> (:strict 2 1 "binding b is unused")
#> (:strict 1 1 "binding y is unused")
#> (:strict 2 17 "binding z is unused")
#> (:strict 2 1 "binding q is unused")

#### names starting with _, :unused bindings, the function's own name and set vars are not reported
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(pp (lints-of "(defn self [_x] (def y :unused 1) (var v 1) (set v 2) 3)"))
(pp (lints-of "(def top 1) (var topv 2)"))
#> @[]
#> @[]

#### a shadowed binding that was never used is reported too
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(each l (lints-of "(defn f [] (def a 1) (def a 2) a)\n(defn sh [x] (let [x 2] x))") (pp l))
#> (:strict 1 22 "binding a is shadowing a binding")
#> (:strict 1 1 "binding a is unused")
#> (:strict 2 14 "binding x is shadowing a binding")
#> (:strict 2 1 "binding x is unused")

#### an if with a constant condition: the other branch is dead code
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(each l (lints-of "(if true (do (def q 1)) (+ 1 2))\n(if nil [1 2] 3)\n(if false 1)") (pp l))
#> (:strict 1 10 "binding q is unused")
#> (:strict 1 1 "dead code, consider removing (+ 1 2)")
#> (:strict 2 1 "dead code, consider removing [1 2]")
#> (:strict 3 1 "dead code, consider removing 1")

#### macros' bindings: loop, each, match, try
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(each l (lints-of "(defn a [xs] (loop [[a b] :in xs] (print a)))\n(defn b [x] (try (error x) ([e f] (print e))))\n(defn c [t] (loop [k :keys t] 1))\n(defn d [x] (match x [a b] (+ a b) {:k k} k _ 0))\n(defn e [x] (for i 0 x (def j 1)))") (pp l))
#> (:strict 1 14 "binding a is shadowing a binding")
#> (:strict 1 14 "binding b is unused")
#> (:strict 2 13 "binding f is unused")
#> (:strict 3 13 "binding k is unused")
#> (:strict 4 13 "binding a is shadowing a top-level binding")
#> (:strict 4 13 "binding b is shadowing a top-level binding")
#> (:strict 5 13 "binding i is unused")
#> (:strict 5 13 "binding j is unused")

#### a while loop that makes closures is linted once
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(each l (lints-of "(defn w [] (var i 0) (while (< i 3) (def u 1) (def g (fn [] i)) (++ i)))") (pp l))
#> (:strict 1 22 "binding u is unused")
#> (:strict 1 22 "binding g is unused")
