# More macro behaviour: nested quasiquote, macex/macex1 of prelude macros, compile/eval, short-fn arguments.

#### (pp ~(1 ~(2 ,(3 ,(+ 1 3)))))
(pp ~(1 ~(2 ,(3 ,(+ 1 3)))))
#> (1 (quasiquote (2 (unquote (3 4)))))

#### (def a 1)
(def a 1)
(pp ~(x ~(y ,,a)))
#> (x (quasiquote (y (unquote 1))))

#### (def xs [1 2])
(def xs [1 2])
(pp ~(x ~(y ,;,xs)))
#> (x (quasiquote (y (unquote (splice (1 2))))))

#### (pp ~(a . b))
(pp ~(a . b))
#> (a . b)

#### (pp '~(a ,b ,;c))
(pp '~(a ,b ,;c))
#> (quasiquote (a (unquote b) (unquote (splice c))))

#### (pp (quasiquote (a (quasiquote (b (unquote (unquote c)))))))
(pp (quasiquote (a (quasiquote (b (unquote (unquote c)))))))
#! test.janet:1:5: compile error: unknown symbol c
#exit 1

#### (def t @{:a 1})
(def t @{:a 1})
(pp ~(get ,t :a))
#> (get @{:a 1} :a)

#### (pp ~{,(keyword "k") ,(+ 1 1)})
(pp ~{,(keyword "k") ,(+ 1 1)})
#> {:k 2}

#### (pp ~@[,;[1 2] ,;@[3]])
(pp ~@[,;[1 2] ,;@[3]])
#> @[1 2 3]

#### (pp ~[,;(range 3)])
(pp ~[,;(range 3)])
#> [0 1 2]

#### (pp (eval ~(+ ,;(range 5))))
(pp (eval ~(+ ,;(range 5))))
#> 10

#### (defmacro m [& body] ~(do ,;(reverse body)))
(defmacro m [& body] ~(do ,;(reverse body)))
(m (print 1) (print 2))
#> 2
#> 1

#### (defmacro m [x] (string "expanded-" x))
(defmacro m [x] (string "expanded-" x))
(print (m foo))
#> expanded-foo

#### (defmacro m [x] (keyword x))
(defmacro m [x] (keyword x))
(pp (m bar))
#> :bar

#### (defmacro m [] (dyn :current-file))
(defmacro m [] (dyn :current-file))
(pp (m))
#> "test.janet"

#### (defmacro m [& args] (tuple 'quote (dyn :macro-form)))
(defmacro m [& args] (tuple 'quote (dyn :macro-form)))
(pp (m 1 2))
#> (m 1 2)

#### (defmacro m [] ~(quote ,(tuple/type (dyn :macro-form))))
(defmacro m [] ~(quote ,(tuple/type (dyn :macro-form))))
(pp (m))
#> :parens

#### (pp (macex '(defn f [x] x)))
(pp (macex '(defn f [x] x)))
#> (def f "(f x)\n\n" (fn f [x] x))

#### (pp (macex1 '(defn f [x] x)))
(pp (macex1 '(defn f [x] x)))
#> (def f "(f x)\n\n" (fn f [x] x))

#### (pp (macex1 '(let [a 1] a)))
(pp (macex1 '(let [a 1] a)))
#> (do (def a 1) a)

#### (pp (macex1 '(if-let [a 1] a)))
(pp (macex1 '(if-let [a 1] a)))
#> (if (def a 1) a nil)

#### (pp (macex1 '(-> a b (c d) [e f])))
(pp (macex1 '(-> a b (c d) [e f])))
#> [e (c (b a) d) f]

#### (pp (macex1 '(->> a b (c d))))
(pp (macex1 '(->> a b (c d))))
#> (c d (b a))

#### (pp (macex1 '(cond a b c d e)))
(pp (macex1 '(cond a b c d e)))
#> (if a b (if c d e))

#### (pp (macex1 '(when-let [a 1] a)))
(pp (macex1 '(when-let [a 1] a)))
#> (as-macro <function if-let> [a 1] (do a))

#### (pp (macex1 '(++ x)))
(pp (macex1 '(++ x)))
#> (set x (<function +> x 1))

#### (pp (macex1 '(+= x 1 2)))
(pp (macex1 '(+= x 1 2)))
#> (set x (<function +> x 1 2))

#### (pp (macex1 '(default x 1)))
(pp (macex1 '(default x 1)))
#> (def x :shadow (if (<function => nil x) 1 x))

#### (pp (macex1 '(def- x 1)))
(pp (macex1 '(def- x 1)))
#> (def x :private 1)

#### (pp (macex1 '(defn- f [] 1)))
(pp (macex1 '(defn- f [] 1)))
#> (def f :private "(f)\n\n" (fn f [] 1))

#### (pp (macex1 '(comment a b)))
(pp (macex1 '(comment a b)))
#> nil

#### (pp (macex1 '(if-not a b c)))
(pp (macex1 '(if-not a b c)))
#> (if a c b)

#### (pp (macex1 '(unless a b c)))
(pp (macex1 '(unless a b c)))
#> (if a nil (do b c))

#### (pp (macex1 '(var- x 1)))
(pp (macex1 '(var- x 1)))
#> (var x :private 1)

#### (pp (macex '(-> 1 (-> inc))))
(pp (macex '(-> 1 (-> inc))))
#> (inc 1)

#### (pp (macex1 '(forever a)))
(pp (macex1 '(forever a)))
#> (while true a)

#### (defmacro m [x] ~(+ ,x ,x))
(defmacro m [x] ~(+ ,x ,x))
(pp (macex '(m (m 1))))
#> (+ (+ 1 1) (+ 1 1))

#### (defmacro m [x] ~(+ ,x ,x)) again
(defmacro m [x] ~(+ ,x ,x))
(pp (macex1 '(m (m 1))))
#> (+ (m 1) (m 1))

#### (pp (macex '[(when a b) {:k (unless c d)} @[(and)]]))
(pp (macex '[(when a b) {:k (unless c d)} @[(and)]]))
#> [(if a (do b)) {:k (if c nil (do d))} @[true]]

#### (pp (macex '(quote (when a b))))
(pp (macex '(quote (when a b))))
#> (quote (when a b))

#### (defmacro m [] (gensym))
(defmacro m [] (gensym))
(pp (type (macex1 '(m))))
#> :symbol

#### (with-syms [a b] (pp [(type a) (= a b)]))
(with-syms [a b] (pp [(type a) (= a b)]))
#> (:symbol false)

#### (defmacro mymac [] :x)
(defmacro mymac [] :x)
(pp ((compile '(mymac))))
#> :x

#### (pp (eval '(when true :evald)))
(pp (eval '(when true :evald)))
#> :evald

#### (pp (eval-string "(+ 1 2) (+ 3 4)"))
(pp (eval-string "(+ 1 2) (+ 3 4)"))
#> 7

#### (def env (make-env))
(def env (make-env))
(eval '(def q 5) env)
(pp (eval 'q env))
#> 5

#### (pp (compile '(1 2 3)))
(pp (compile '(1 2 3)))
#> @{:column 15 :error "1 expects 1 argument, got 2" :line 1}

#### (pp ((compile '(do (def x 1) (+ x 1)))))
(pp ((compile '(do (def x 1) (+ x 1)))))
#> 2

#### (print ((compile 'unknown-sym) :error))
(print ((compile 'unknown-sym) :error))
#> unknown symbol unknown-sym

#### (defmacro m [] (error "in m"))
(defmacro m [] (error "in m"))
(def r (compile '(m)))
(pp (r :error))
#> "(macro) in m"

#### (pp (dyn :macro-form))
(pp (dyn :macro-form))
#> nil

#### (defmacro m [& args] (pp (dyn :macro-form)) nil)
(defmacro m [& args] (pp (dyn :macro-form)) nil)
(m (+ 1 2))
#> (m (+ 1 2))

#### (defmacro m [& forms] (length forms))
(defmacro m [& forms] (length forms))
(pp (m))
(pp (m a b c))
#> 0
#> 3

#### (defmacro m [a &opt b] ~[,a ,b])
(defmacro m [a &opt b] ~[,a ,b])
(pp (m 1))
#> (1 nil)

#### (defmacro m [&keys ks] ~(quote ,ks))
(defmacro m [&keys ks] ~(quote ,ks))
(pp (m :a 1))
#> {:a 1}

#### (def mm (fn [x] x))
(def mm (fn [x] x))
(setdyn 'mm2 @{:value mm :macro true})
(pp (mm2 (+ 1 2)))
#> 3

#### (pp (get (dyn 'when) :macro))
(pp (get (dyn 'when) :macro))
#> true

#### (pp (macex '(short-fn (+ 1 2))))
(pp (macex '(short-fn (+ 1 2))))
#> (fn :short-fn [] (+ 1 2))

#### (pp (|[$0 $1 $2] 1 2 3))
(pp (|[$0 $1 $2] 1 2 3))
#> (1 2 3)

#### (pp (|(+ $ $0) 10))
(pp (|(+ $ $0) 10))
#> 20

#### (pp (|$&))
(pp (|$&))
#> ()

#### (pp ((fn [] (|$)) ))
(pp ((fn [] (|$)) ))
#! error: <function short-fn> called with 0 arguments, expected 1
#!   in <anonymous> [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (|(|$) 1))
(pp (|(|$) 1))
#! error: <function short-fn> called with 1 argument, expected 0
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### if-let expands its else form's macros once, however many bindings
(var cnt 0)
(defmacro upcnt [] (++ cnt))
(pp (if-let [a true b true c true] nil (upcnt)))
(pp cnt)
(pp (if-let [a 1 b nil] 1 (+ 1 2)))
#> nil
#> 1
#> 3

#### with *debug* set, defn records its source form
(setdyn *debug* true)
(def source '(defn a [x] (+ x x)))
(eval source)
(pp (a 10))
(pp (= source (get (dyn 'a) :source-form)))
(setdyn *debug* nil)
(eval '(defn b [] 1))
(pp (get (dyn 'b) :source-form))
#> 20
#> true
#> nil

#### a script's environment is made from the root environment
(pp (= root-env (curenv 1)))
(pp (= nil (curenv 2)))
#> true
#> true
