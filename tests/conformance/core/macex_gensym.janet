# Macro expansions that show gensym names: the counter and the prelude macros' shapes are visible through macex.

#### macex1 of and shows gensyms
(pp (macex1 '(and a b c)))
#> (if (def _00000Z a) (if (def _00000Y b) c _00000Y) _00000Z)

#### macex1 of or
(pp (macex1 '(or a b)))
#> (do (def _00000Y a) (if _00000Y _00000Y b))

#### macex1 of as->
(pp (macex1 '(as-> x y (+ y 1))))
#> (let [_00000Y x] (+ _00000Y 1))

#### gensym sequence
(pp [(gensym) (gensym) (gensym)])
#> (_00000Y _00000Z _000010)

#### short-fn expansion
(pp (macex1 '|(+ $ $1)))
#> (fn :short-fn [_00000Y$0 _00000Y$1] (+ _00000Y$0 _00000Y$1))

#### macex of each
(pp (macex '(each x xs (print x))))
#> (do (def _00000Z xs) (var _00000Y (<function next> _00000Z nil)) (while (<function not=> nil _00000Y) (def x (<function in> _00000Z _00000Y)) (print x) (set _00000Y (<function next> _00000Z _00000Y))))

#### macex1 of loop
(pp (macex1 '(loop [i :range [0 3]] (print i))))
#> (do (var _00000Y 0) (def _00000Z 3) (while (<function <> _00000Y _00000Z) (def i _00000Y) (do (print i)) (set _00000Y (<function +> _00000Y 1))))

#### macex1 of seq
(pp (macex1 '(seq [x :in xs] x)))
#> (do (def _00000Y @[]) (as-macro <function loop> [x :in xs] (<cfunction array/push> _00000Y (do x))) _00000Y)

#### macex1 of case
(pp (macex1 '(case x 1 :a 2 :b :c)))
#> (do (def _00000Y x) (if (<function => _00000Y 1) :a (if (<function => _00000Y 2) :b :c)))

#### macex1 of match
(pp (macex1 '(match x [a b] (+ a b) _ 0)))
#> (do (def _00000Y x) (def _00000Z (if (<cfunction indexed?> _00000Y) (<function length> _00000Y))) (def _000010 (<function get> _00000Y 0)) (def _000011 (<function get> _00000Y 1)) (if (and _00000Z (<function <=> 2 _00000Z)) (do (def a _000010) (def b _000011) (+ a b)) (if (and) (do 0) nil)))

#### macex1 of try
(pp (macex1 '(try (f) ([e] e))))
#> (let [_00000Z (<cfunction fiber/new> (fn :try [] (f)) :ie) _00000Y (<function resume> _00000Z)] (if (<function => (<cfunction fiber/status> _00000Z) :error) (do (def e _00000Y) nil e) _00000Y))

#### macex1 of defer
(pp (macex1 '(defer (close) (work))))
#> (do (def _00000Y (<cfunction fiber/new> (fn :defer [] (work)) :ti)) (def _00000Z (<function resume> _00000Y)) (close) (if (= (<cfunction fiber/status> _00000Y) :dead) _00000Z (<function propagate> _00000Z _00000Y)))

#### macex1 of with
(pp (macex1 '(with [f (open)] (use f))))
#> (do (def f (open)) (do (def _00000Y (<cfunction fiber/new> (fn :with [] (use f)) :ti)) (def _00000Z (<function resume> _00000Y)) (:close f) (if (= (<cfunction fiber/status> _00000Y) :dead) _00000Z (<function propagate> _00000Z _00000Y))))

#### macex1 expands one level in every part of the form
(pp (macex1 '(when a (unless b c)) ))
(pp (macex '(when a (unless b c))))
(pp (macex1 '(def x (when 1 2))))
(pp (macex1 '(fn foo [x] (when x 1))))
(pp (macex1 '(fn [x] (when x 1))))
(pp (macex1 '[(when 1 2) 3]))
(pp (macex1 '@[(when 1 2) 3]))
(pp (macex1 '{:a (when 1 2)}))
(pp (macex1 '@{(when 1 2) 3}))
(pp (macex1 '(quote (when 1 2))))
(pp (macex1 '(quasiquote (a (unquote (when 1 2)) [(when 3 4)]))))
#> (if a (do (unless b c)))
#> (if a (do (if b nil (do c))))
#> (def x (if 1 (do 2)))
#> (fn foo [x] (if x (do 1)))
#> (fn [x] (if x (do 1)))
#> [(if 1 (do 2)) 3]
#> @[(if 1 (do 2)) 3]
#> {:a (if 1 (do 2))}
#> @{(if 1 (do 2)) 3}
#> (quote (when 1 2))
#> (quasiquote (a (unquote (if 1 (do 2))) [(when 3 4)]))

#### macex1 and on-binding: def, set and fn bindings
(pp (macex1 '(set a (when 1 2)) (fn [s] (symbol "x" s))))
(pp (macex1 '(def [a {:b c}] (when 1 2)) (fn [s] (symbol "x" s))))
(pp (macex1 '()))
(pp (macex1 '(1 2 (when 1 2))))
(pp (macex1 '(fn :name [a] a) (fn [s] (symbol "x" s))))
#> (set xa (if 1 (do 2)))
#> (def [xa {:b xc}] (if 1 (do 2)))
#> ()
#> (1 2 (if 1 (do 2)))
#> (fn :name [xa] xa)

#### macex1 keeps source positions of special forms and calls
(pp (tuple/sourcemap (macex1 (tuple/setmap '(do (when 1 2)) 4 5))))
(pp (tuple/sourcemap (macex1 (tuple/setmap '(foo (when 1 2)) 4 5))))
#> (4 5)
#> (4 5)

#### macex expands completely
(pp (macex '(-> a b c)))
(pp (macex '(loop [i :range [0 3]] (print i))))
#> (c (b a))
#> (do (var _00000Y 0) (def _00000Z 3) (while (<function <> _00000Y _00000Z) (def i _00000Y) (do (print i)) (set _00000Y (<function +> _00000Y 1))))

#### a macro's error reaches macex1's caller as it is
(defmacro bad [] (error "oops"))
(pp (protect (macex1 '(bad))))
#> (false "oops")

#### macex stops when an expansion gives the same form back
(defmacro inf [] '(inf))
(pp (protect (macex '(inf))))
#> (true (inf))

#### on-binding replaces a bare symbol
(pp (macex1 'x (fn [s] 5)))
#> 5

#### short-fn accepts $0 to $9999
(pp (length (macex1 '|(+ $9999 1))))
#> 4

#### short-fn refuses $10000
(pp (protect (macex1 '|$10000)))
#> (false "too many short-fn parameters ($10000)")

#### short-fn refuses non-integer and negative indices
(pp (protect (macex1 '|$8.8)))
(pp (protect (macex1 '|$-1)))
(pp (protect (macex1 '|$8888888888888888888888888888888888888888888888888888888888888888888888888888888)))
#> (false "expected indexed parameter, got $8.8")
#> (false "expected indexed parameter, got $-1")
#> (false "expected indexed parameter, got $8888888888888888888888888888888888888888888888888888888888888888888888888888888")
