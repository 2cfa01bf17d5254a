# parse and parse-all (boot.janet) and their errors.

#### parse takes the first value
(printf "%q" (parse "(1 2) 3"))
(printf "%q" (parse "  :kw"))
(printf "%q" (parse "@[1 \"s\" {:a b}]"))
(printf "%q" (parse "1 ("))
#> (1 2)
#> :kw
#> @[1 "s" {:a b}]
#> 1

#### parse with no value
(parse "  # only a comment")
#! error: no value
#!   in parse [boot.janet] on line 3068, column 9
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### parse error while consuming
(parse "(1 2]")
#! error: mismatched delimiter ], ( opened at line 1, column 1
#!   in parse [boot.janet] on line 3062, column 7
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### parse error at the end
(parse "(1 2")
#! error: unexpected end of source, ( opened at line 1, column 1
#!   in parse [boot.janet] on line 3067, column 9
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### parse-all returns an array
(printf "%q" (parse-all "1 2 (3) [4] "))
(printf "%q" (parse-all ""))
(printf "%q" (parse-all "'x ~(a ,b ;c) |(+ $ 1)"))
#> @[1 2 (3) [4]]
#> @[]
#> @[(quote x) (quasiquote (a (unquote b) (splice c))) (short-fn (+ $ 1))]

#### parse-all error while consuming
(parse-all "1 2 )")
#! error: unexpected closing delimiter )
#!   in parse-all [boot.janet] on line 3078, column 7
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### parse-all error at the end
(defn f [] (parse-all "1 \"abc") 1)
(f)
#! error: unexpected end of source, " opened at line 1, column 3
#!   in parse-all [boot.janet] on line 3083, column 7
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### parse keeps source positions
(def x (parse "\n\n  (a\n (b c))"))
(printf "%q %q" (tuple/sourcemap x) (tuple/sourcemap (x 1)))
#> (3 3) (4 2)

#### parse round trips printed values
(each v [1 -2.5 "a\nb" :k 'sym [1 [2]] @[3] {:a 1} @{:b 2} @"buf" nil true false]
  (def back (parse (string/format "%j" v)))
  (print (deep= back v)))
#> true
#> true
#> true
#> true
#> true
#> true
#> true
#> true
#> true
#> true
#> true
#> true
#> true

#### catching parse errors
(printf "%q" (protect (parse "{1}")))
(printf "%q" (protect (parse-all "(")))
#> (false "struct and table literals expect even number of arguments")
#> (false "unexpected end of source, ( opened at line 1, column 1")
