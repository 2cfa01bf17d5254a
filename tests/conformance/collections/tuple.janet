# tuple/* (src/core/tuple.c): results and error messages.

#### tuple/brackets makes bracketed tuples
(pp (tuple/brackets 1 2 3))
(pp (tuple/brackets))
(pp (tuple/type (tuple/brackets 1)))
(pp (= (tuple/brackets 1 2) [1 2]))
(pp (= (tuple/brackets 1 2) '(1 2)))
#> [1 2 3]
#> []
#> :brackets
#> false
#> false

#### tuple/slice
(def t [1 2 3 4 5])
(pp (tuple/slice t))
(pp (tuple/slice t 2))
(pp (tuple/slice t 1 3))
(pp (tuple/slice t -3))
(pp (tuple/slice t 0 -3))
(pp (tuple/slice @[1 2 3] 1))
(pp (tuple/type (tuple/slice [1 2])))
(pp (tuple/slice t 4 2))
#> (1 2 3 4 5)
#> (3 4 5)
#> (2 3)
#> (4 5)
#> (1 2 3)
#> (2 3)
#> :parens
#> ()

#### tuple/slice errors
(var f tuple/slice)
(pp (protect (f [1 2 3] -5)))
(pp (protect (f [1 2 3] 0 5)))
(pp (protect (f [1 2 3] :a)))
(pp (protect (f "abc" 1)))
(pp (protect (f [1 2] 0 1 2)))
#> (false "start index -5 out of range [-4,3]")
#> (false "end index 5 out of range [-4,3]")
#> (false "bad slot #1, expected 32 bit signed integer, got :a")
#> (false "bad slot #0, expected array or tuple, got \"abc\"")
#> (false "arity mismatch, expected at most 3, got 4")

#### tuple/type
(pp (tuple/type [1]))
(pp (tuple/type '(1)))
(pp (tuple/type (tuple 1 2)))
(pp (tuple/type '[a b]))
(pp (protect (tuple/type @[1])))
#> :parens
#> :parens
#> :parens
#> :brackets
#> (false "bad slot #0, expected tuple, got <array 0x5606CBC04FC0>")

#### tuple/sourcemap of parsed and constructed tuples
(pp (tuple/sourcemap '(a b c)))
(pp (tuple/sourcemap (tuple 1 2)))
(def form (parse "\n  (x y)"))
(pp (tuple/sourcemap form))
(pp (protect (tuple/sourcemap @[1])))
#> (1 23)
#> (-1 -1)
#> (2 3)
#> (false "bad slot #0, expected tuple, got <array 0x5582774E7270>")

#### tuple/setmap sets the position and returns the tuple
(def t (tuple/setmap (tuple/slice [1 2]) 10 20))
(pp t)
(pp (tuple/sourcemap t))
(def u (tuple/brackets :a))
(pp (tuple/sourcemap (tuple/setmap u 3 4)))
(pp (protect (tuple/setmap [1] 1.5 2)))
(pp (protect (tuple/setmap [1] 1 :x)))
(pp (protect (tuple/setmap @[1] 1 2)))
#> (1 2)
#> (10 20)
#> (3 4)
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #2, expected 32 bit signed integer, got :x")
#> (false "bad slot #0, expected tuple, got <array 0x55B1157EC0A0>")

#### tuple/join
(pp (tuple/join [1] @[2] [3 4]))
(pp (tuple/join))
(pp (tuple/join [] @[]))
(pp (tuple/type (tuple/join [1] [2])))
(pp (tuple/sourcemap (tuple/join [1] [2])))
(pp (protect (tuple/join [1] 2)))
(pp (protect (tuple/join "ab")))
(pp (protect (tuple/join [1] [2] {:a 1})))
#> (1 2 3 4)
#> ()
#> ()
#> :parens
#> (-1 -1)
#> (false "expected indexed type for argument 1, got 2")
#> (false "expected indexed type for argument 0, got \"ab\"")
#> (false "expected indexed type for argument 2, got <struct 0x55CC2D9EA608>")
