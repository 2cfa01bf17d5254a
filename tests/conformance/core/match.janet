# The match macro: every pattern kind.

#### literal patterns
(defn f [x] (match x 1 :one "s" :str :k :kw nil :nil _ :other))
(print (f 1) (f "s") (f :k) (f nil) (f 2))
#> onestrkwnilother

#### symbol binds anything
(print (match 42 x (+ x 1)))
#> 43

#### wildcard underscore
(print (match [1 2] _ :any))
#> any

#### no match gives nil
(pp (match 3 1 :one 2 :two))
#> nil

#### tuple pattern
(print (match [1 2] [a b] (+ a b)))
#> 3

#### tuple pattern length must be at least pattern length
(pp (match [1] [a b] :two :short))
#> :short

#### tuple pattern matches longer input
(pp (match [1 2 3] [a b] [a b]))
#> (1 2)

#### tuple pattern with rest
(pp (match [1 2 3 4] [a & rest] rest))
#> (2 3 4)

#### tuple pattern with literal elements
(defn f [x] (match x [:add a b] (+ a b) [:neg a] (- a) _ :unknown))
(print (f [:add 1 2]) " " (f [:neg 5]) " " (f [:mul 1 2]))
#> 3 -5 unknown

#### array matches tuple pattern
(print (match @[1 2] [a b] (* a b)))
#> 2

#### struct pattern
(print (match {:a 1 :b 2} {:a a :b b} (+ a b)))
#> 3

#### struct pattern missing key fails
(print (match {:a 1} {:a a :b b} :both {:a a} :only-a))
#> only-a

#### struct pattern on table
(print (match @{:x 3} {:x x} x))
#> 3

#### struct pattern with literal value
(defn f [x] (match x {:type :circle :r r} (* r r) {:type :sq :s s} (* s s)))
(print (f {:type :circle :r 2}) " " (f {:type :sq :s 3}))
#> 4 9

#### predicate pattern with @ and guard
(print (match 5 (x (> x 3)) :big (x (<= x 3)) :small))
(print (match 1 (x (> x 3)) :big (x (<= x 3)) :small))
#> big
#> small

#### guard referring to several bindings
(print (match [1 2] ([a b] (< a b)) :ascending _ :other))
#> ascending

#### pin with @ compares to existing value
(def expected 7)
(print (match 7 (@ expected) :same _ :diff))
(print (match 8 (@ expected) :same _ :diff))
#> same
#> diff

#### nested patterns
(print (match [1 [2 {:k 3}]] [a [b {:k c}]] (+ a b c)))
#> 6

#### match on string is literal
(print (match "hello" "hello" :hi _ :bye))
#> hi

#### match on nil in tuple
(pp (match [nil 1] [nil x] x))
#> 1

#### match with odd default
(print (match 99 1 :one :fallback))
#> fallback

#### match first matching clause wins
(print (match 1 x :first 1 :second))
#> first

#### match evaluates subject once
(var n 0)
(match (++ n) 0 :z 1 :o 2 :t)
(print n)
#> 1

#### match returns body of clause
(pp (match [:a 1] [:a v] (do (print "matched") v)))
#> matched
#> 1

#### match with rest of nested
(pp (match [[1 2] 3] [[a & r] b] [a r b]))
#> (1 (2) 3)

#### match tuple against non-indexed
(pp (match 5 [a] :tuple _ :other))
#> :other

#### match struct against non-dictionary
(pp (match 5 {:a a} :struct _ :other))
#> :other

#### match with same symbol twice
(pp (match [1 1] [a a] :same _ :diff))
(pp (match [1 2] [a a] :same _ :diff))
#> :same
#> :diff

#### match keyword literal in struct value
(pp (match {:op :+} {:op :+} :plus _ :nope))
#> :plus

#### match number literal float
(pp (match 1.5 1.5 :yes _ :no))
#> :yes

#### match boolean
(pp (match false false :f true :t))
#> nil

#### match empty tuple pattern
(pp (match [] [] :empty))
(pp (match [1] [] :empty))
#> :empty
#> :empty

#### match on array with rest empty
(pp (match @[1] [x & r] [x r]))
#> (1 ())
