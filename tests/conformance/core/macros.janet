# defmacro, macex, macex1, gensym, quasiquote in macros, macro errors.

#### simple macro
(defmacro twice [x] ~(do ,x ,x))
(twice (print "hi"))
#> hi
#> hi

#### macro receives unevaluated forms
(defmacro show [x] ~(print ,(string/format "%j" x)))
(show (+ 1 2))
#> (+ 1 2)

#### macro returning a constant
(defmacro five [] 5)
(print (five))
#> 5

#### macro with rest args
(defmacro my-list [& xs] ~[,;xs])
(pp (my-list 1 2 3))
#> (1 2 3)

#### macro using gensym for hygiene
(defmacro swap! [a b]
  (def tmp (gensym))
  ~(let [,tmp ,a] (set ,a ,b) (set ,b ,tmp)))
(var x 1) (var y 2)
(swap! x y)
(print x " " y)
#> 2 1

#### gensym symbols are unique
(print (= (gensym) (gensym)))
(print (type (gensym)))
#> false
#> symbol

#### macex1 expands one level
(defmacro m1 [x] ~(m2 ,x))
(defmacro m2 [x] ~(+ ,x 1))
(pp (macex1 '(m1 5)))
#> (m2 5)

#### macex expands fully
(defmacro m1 [x] ~(m2 ,x))
(defmacro m2 [x] ~(+ ,x 1))
(pp (macex '(m1 5)))
#> (+ 5 1)

#### macex of when
(pp (macex '(when a b c)))
#> (if a (do b c))

#### macex1 of unless
(pp (macex1 '(unless a b)))
#> (if a nil (do b))

#### macex leaves non-macros
(pp (macex '(foo (bar 1) [2 3])))
#> (foo (bar 1) [2 3])

#### macex expands nested forms
(pp (macex '(foo (when x y))))
#> (foo (if x (do y)))

#### macro is marked in environment
(defmacro mm [] 1)
(print (get (dyn 'mm) :macro))
#> true

#### macro value is a function
(defmacro mm [] 1)
(print (type mm))
#> function

#### dyn :macro-form inside a macro
(defmacro where [] (def f (dyn :macro-form)) ~(quote ,f))
(pp (where))
#> (where)

#### macro-form tuple position
(defmacro pos [] (def f (dyn :macro-form)) ~(quote ,(tuple/sourcemap f)))
(pp (pos))
#> (2 5)

#### macro error is reported
(defmacro bad [] (error "oops"))
(bad)
#! test.janet:2:1: compile error: error: (macro) oops
#!   in bad [test.janet] on line 1, column 18
#exit 1

#### macro error with a value
(defmacro bad [] (error 42))
(bad)
#! test.janet:2:1: compile error: error: (macro) 42
#!   in bad [test.janet] on line 1, column 18
#exit 1

#### macro arity error
(defmacro one [x] x)
(one 1 2)
#! test.janet:2:1: compile error: macro arity mismatch, expected at most 1, got 2
#exit 1

#### macro producing unknown symbol
(defmacro mk [] 'nothere)
(mk)
#! test.janet:2:1: compile error: unknown symbol nothere
#exit 1

#### recursive macro
(defmacro my-and [& xs]
  (case (length xs)
    0 true
    1 (xs 0)
    ~(if ,(xs 0) (my-and ,;(tuple/slice xs 1)) false)))
(print (my-and 1 2 3))
(print (my-and 1 nil 3))
#> 3
#> false

#### macro defining a function
(defmacro defsquare [name] ~(defn ,name [x] (* x x)))
(defsquare sq)
(print (sq 7))
#> 49

#### macro defining a global
(defmacro defconst [n v] ~(def ,n ,v))
(defconst k 99)
(print k)
#> 99

#### macro in function body
(defmacro inc2 [x] ~(+ ,x 2))
(defn f [y] (inc2 y))
(print (f 40))
#> 42

#### quasiquote produces symbols not bindings
(defmacro m [] ~(print x))
(def x "global x")
(m)
#> global x

#### unquote of function value in macro
(defmacro m [] ~(,print "direct fn"))
(m)
#> direct fn

#### macro with docstring
(defmacro m "docs here" [] 1)
(print (get (dyn 'm) :doc))
#> (m)
#>
#> docs here

#### macex on a non-form
(pp (macex 1))
(pp (macex :kw))
#> 1
#> :kw

#### macro that expands into another macro definition
(defmacro defmac2 [n] ~(defmacro ,n [] "made"))
(defmac2 made)
(print (made))
#> made

#### quasiquote nesting with double unquote
(def y 3)
(defmacro gen [] ~(fn [] ~(a ,,y)))
(pp ((gen)))
#> (a 3)

#### quasiquote in macros keeps tuple brackets
(defmacro m [] ~[1 2])
(pp (m))
#> (1 2)

#### macro receives keyword and string args
(defmacro m [a b] ~(print ,(type a) " " ,(type b)))
(m :k "s")
#> keyword string

#### macro sees tuples as forms
(defmacro m [form] ~(print ,(string (type form) (length form))))
(m (1 2 3))
#> tuple3

#### macex1 with on-binding
(pp (macex1 '(-> x (f 1) g)))
#> (g (f x 1))

#### macroexpansion of short-fn
(def form (macex1 '|(+ $ 1)))
(pp [(form 0) (form 1) (length (form 2)) (length form)])
#> (fn :short-fn 1 4)

#### calling a macro as a function
(defmacro m [x] ~(+ ,x 1))
(pp (m 2))
(pp ((get (dyn 'm) :value) 2))
#> 3
#> (+ 2 1)

#### macro error in nested function
(defmacro bad [] (error "in macro"))
(defn f [] (bad))
#! test.janet:2:12: compile error: error: (macro) in macro
#!   in bad [test.janet] on line 1, column 18
#exit 1

#### macro returning a struct
(defmacro m [] {:a 1})
(pp (m))
#> {:a 1}

#### gensym in loop macro output not leaked
(defmacro with-tmp [& body] (def t (gensym)) ~(let [,t 1] ,;body))
(def t 5)
(with-tmp (print t))
#> 5

#### macro whose name is a special form
(defmacro if [& args] :nope)
(print (if true 1 2))
#> 1

#### varfn
(varfn f [] 1)
(print (f))
(varfn f [] 2)
(print (f))
#> 1
#> 2

#### varfn rejects metadata that is not a keyword, string or dictionary
(pp (protect (eval '(varfn foo 12 [] 1))))
(pp (protect (eval '(varfn -0.5 math/-inf []))))
(varfn bar :private "doc" {:x 1} [] 1)
(pp (bar))
#> (false "(macro) invalid metadata 12")
#> (false "(macro) invalid metadata math/-inf")
#> 1

#### the arity in the error of a spliced call of macex counts its optional parameter
(pp (protect (macex ;[1 2 3])))
(pp (protect (macex1 ;[1 2 3])))
#> (false "<function macex> called with 3 arguments, expected 2")
#> (false "<function macex1> called with 3 arguments, expected 2")
