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
