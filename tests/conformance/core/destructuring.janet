# Destructuring in def, var, fn parameters and let.

#### tuple pattern
(def [a b c] [1 2 3])
(print a b c)
#> 123

#### array pattern on array value
(def @[a b] @[:x :y])
(print a b)
#> xy

#### tuple pattern on array value
(def [a b] @[1 2])
(print (+ a b))
#> 3

#### missing elements are nil
(def [a b c] [1])
(pp [a b c])
#> (1 nil nil)

#### extra elements are ignored
(def [a] [1 2 3])
(print a)
#> 1

#### rest with ampersand
(def [a & rest] [1 2 3 4])
(pp a)
(pp rest)
#> 1
#> (2 3 4)

#### rest of an array is a tuple
(def [a & rest] @[1 2 3])
(print (type rest))
#> tuple

#### rest empty
(def [a b & rest] [1])
(pp [a b rest])
#> (1 nil ())

#### nested tuple patterns
(def [a [b [c d]]] [1 [2 [3 4]]])
(print a b c d)
#> 1234

#### struct pattern with keyword keys
(def {:a a :b b} {:a 1 :b 2})
(print a b)
#> 12

#### struct pattern on table
(def {:x x} @{:x 10})
(print x)
#> 10

#### struct pattern missing key is nil
(def {:nope n} {:a 1})
(pp n)
#> nil

#### struct pattern with non-keyword keys
(def {"s" s 1 one} {"s" :string 1 :number})
(print s one)
#> stringnumber

#### struct pattern with nested tuple
(def {:pt [x y]} {:pt [3 4]})
(print x y)
#> 34

#### tuple pattern with nested struct
(def [{:n n}] [{:n 5}])
(print n)
#> 5

#### tuple pattern on string
(def [a b] "hi")
(print a " " b)
#> 104 105

#### tuple pattern on nil value
(def [a b] nil)
(pp [a b])
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### struct pattern on nil value
(def {:a a} nil)
(pp a)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### tuple pattern on number errors
(def [a b] 5)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### underscore is a normal symbol
(def [_ b] [1 2])
(print _ b)
#> 12

#### fn params destructure tuple
(defn f [[a b] c] (+ a b c))
(print (f [1 2] 3))
#> 6

#### fn params destructure struct
(defn f [{:x x :y y}] (* x y))
(print (f {:x 3 :y 4}))
#> 12

#### let destructures
(let [[a b] [1 2] {:c c} {:c 3}] (print a b c))
#> 123

#### let binds sequentially
(let [a 1 b (+ a 1) c (* b 10)] (print c))
#> 20

#### let with odd number of forms
(print ((compile '(let [a] a)) :error))
#> (macro) expected even number of bindings to let

#### let with non-tuple bindings
(print ((compile '(let a 1)) :error))
#> (macro) expected even number of bindings to let

#### let empty body
(pp (let [a 1]))
#> 1

#### var destructuring can be set
(var [a b] [1 2])
(set a 10)
(print a b)
#> 102

#### destructure a number literal key in struct
(def {0 z} [:zero :one])
(print z)
#> zero

#### bad destructure pattern number
(def [1] [1])
#! test.janet:1:1: compile error: unexpected type in destructuring, got 1
#exit 1

#### bad destructure pattern keyword
(def [a :b] [1 2])
#! test.janet:1:1: compile error: unexpected type in destructuring, got :b
#exit 1

#### rest symbol missing after ampersand
(def [a &] [1 2])
#! test.janet:1:1: compile error: expected symbol following '& in destructuring pattern
#exit 1

#### ampersand with more than one symbol after
(def [a & b c] [1 2 3])
#! test.janet:1:1: compile error: expected a single symbol follow '& in destructuring pattern, found [b c]
#exit 1

#### destructure with nested rest
(def [[a & r] & rest] [[1 2 3] 4 5])
(pp [a r rest])
#> (1 (2 3) (4 5))

#### destructure in each binding
(each [k v] [[:a 1] [:b 2]] (print k v))
#> a1
#> b2

#### destructure in loop binding
(loop [[a b] :in [[1 2] [3 4]]] (print (+ a b)))
#> 3
#> 7

#### destructure in fn rest params
(defn f [a & [b c]] [a b c])
(pp (f 1 2 3 4))
#> (1 2 3)

#### destructure table pattern in let
(let [@{:a a} {:a 1}] (print a))
#> 1

#### destructure struct with symbol keys
(def {'a x} {'a 5})
(print x)
#> 5

#### destructure unquoted expression key
(def {(keyword "k") v} {:k 7})
(print v)
#> 7

#### destructure string pattern
(def "abc" 1)
#! test.janet:1:1: compile error: unexpected type in destructuring, got "abc"
#exit 1
