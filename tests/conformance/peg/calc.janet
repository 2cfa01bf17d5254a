# peg: an arithmetic-expression evaluator written as a grammar

#### evaluate expressions with precedence, associativity, unary minus and errors
(defn fold [x & rest]
  (var acc x)
  (each [op y] (partition 2 rest)
    (set acc ((case op "+" + "-" - "*" * "/" / "%" % "^" math/pow) acc y)))
  acc)

(def calc
  (peg/compile
    ~{:ws (any :s)
      :num (* :ws (number (* :d+ (? (* "." :d+)))) :ws)
      :atom (+ :num
               (* :ws "(" :expr ")" :ws)
               (/ (* :ws "-" :atom) ,-))
      :pow (/ (* :atom (? (* '"^" :pow))) ,fold)
      :term (/ (* :pow (any (* '(set "*/%") :pow))) ,fold)
      :expr (/ (* :term (any (* '(set "+-") :term))) ,fold)
      :main (* :expr (+ -1 (error (/ (* ($) '(thru -1))
                                     ,(fn [p rest] (string "syntax error at " p ": " rest))))))}))

(each e ["1" "1 + 2" "2 * 3 + 4" "2 * (3 + 4)" "10 - 4 - 3" "2 ^ 3 ^ 2" "-2 ^ 2"
         "100 / 8 / 5" "7 % 4 * 3" " ( ( 1 ) ) " "--3" "1.5 * 4" "3 + -(2 * 5)"
         "1 +" "(1 + 2" "1 + 2)" "" "2 ** 3" "1 2"]
  (def r (protect (peg/match calc e)))
  (printf "%-14s => %q" (string `"` e `"`) (if (r 0) (and (r 1) (first (r 1))) (string "error: " (r 1)))))
#> "1"            => 1
#> "1 + 2"        => 3
#> "2 * 3 + 4"    => 10
#> "2 * (3 + 4)"  => 14
#> "10 - 4 - 3"   => 3
#> "2 ^ 3 ^ 2"    => 512
#> "-2 ^ 2"       => 4
#> "100 / 8 / 5"  => 2.5
#> "7 % 4 * 3"    => 9
#> " ( ( 1 ) ) "  => 1
#> "--3"          => 3
#> "1.5 * 4"      => 6
#> "3 + -(2 * 5)" => -7
#> "1 +"          => "error: syntax error at 2: +"
#> "(1 + 2"       => nil
#> "1 + 2)"       => "error: syntax error at 5: )"
#> ""             => nil
#> "2 ** 3"       => "error: syntax error at 2: ** 3"
#> "1 2"          => "error: syntax error at 2: 2"

#### an evaluator with variables, passed as extra arguments
(def calc2
  (peg/compile
    ~{:ws (any :s)
      :var (/ (* '(some :a) (argument 0)) ,(fn [name env] (or (env (keyword name)) (error (string "unbound " name)))))
      :atom (* :ws (+ (number :d+) :var (* "(" :sum ")")) :ws)
      :prod (/ (* :atom (any (* (+ (/ "*" ,*) (/ "/" ,/)) :atom)))
               ,(fn [x & r] (reduce (fn [a [f y]] (f a y)) x (partition 2 r))))
      :sum (/ (* :prod (any (* (+ (/ "+" ,+) (/ "-" ,-)) :prod)))
              ,(fn [x & r] (reduce (fn [a [f y]] (f a y)) x (partition 2 r))))
      :main (* :sum -1)}))
(def env {:x 3 :y 4 :width 10})
(each e ["x * y" "width - (x + y) * 2" "x / y" "q + 1" "x y"]
  (printf "%s => %q" e (protect (peg/match calc2 e 0 env))))
#> x * y => (false "1 called with 2 arguments, possibly expected 1")
#> width - (x + y) * 2 => (false "0 called with 2 arguments, possibly expected 1")
#> x / y => (false "1 called with 2 arguments, possibly expected 1")
#> q + 1 => (false "unbound q")
#> x y => (true nil)
