# seq for forv each eachk eachp generate tabseq catseq.

#### seq collects
(pp (seq [i :range [0 4]] (* i i)))
#> @[0 1 4 9]

#### seq with :when
(pp (seq [i :range [0 10] :when (odd? i)] i))
#> @[1 3 5 7 9]

#### seq nested
(pp (seq [i :range [0 2] j :in [:a :b]] [i j]))
#> @[(0 :a) (0 :b) (1 :a) (1 :b)]

#### seq empty
(pp (seq [x :in []] x))
#> @[]

#### catseq concatenates
(pp (catseq [x :in [1 2 3]] [x x]))
#> @[1 1 2 2 3 3]

#### tabseq builds a table
(def t (tabseq [i :range [0 3]] i (* i 10)))
(pp (sort (pairs t)))
#> @[(0 0) (1 10) (2 20)]

#### generate yields lazily
(def g (generate [i :range [0 3]] (do (prin "gen" i " ") i)))
(print (type g))
(print (resume g))
(print (resume g))
(print)
#> fiber
#> gen0 0
#> gen1 1
#>

#### generate collects with seq
(pp (seq [x :in (generate [i :range [0 5] :when (even? i)] i)] x))
#> @[0 2 4]

#### coro macro
(def c (coro (yield 1) (yield 2) 3))
(pp [(resume c) (resume c) (resume c) (fiber/status c)])
#> (1 2 3 :dead)

#### for counts
(for i 0 3 (prin i))
(print)
#> 012

#### for with non-integer bounds
(for i 0.5 3 (prin i " "))
(print)
#> 0.5 1.5 2.5 

#### for returns nil
(pp (for i 0 2 i))
#> nil

#### forv allows changing the counter
(forv i 0 10 (prin i) (+= i 3))
(print)
#> 048

#### for does not allow setting the counter
(for i 0 10 (set i 20))
#! test.janet:1:13: compile error: cannot set constant
#exit 1

#### each over tuple
(each x [1 2 3] (prin x))
(print)
#> 123

#### each over string
(each c "hey" (prin (string/from-bytes c)))
(print)
#> hey

#### each over struct single value
(each v {:k :v} (print v))
#> v

#### each returns nil
(pp (each x [1] x))
#> nil

#### each over nil errors
(each x nil (print x))
#! error: expected iterable type, got nil
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### each over number errors
(each x 5 (print x))
#! error: expected iterable type, got 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### eachk over array
(eachk k [:a :b :c] (prin k))
(print)
#> 012

#### eachp over tuple
(eachp [i v] [:a :b] (prin i v))
(print)
#> 0a1b

#### eachp over struct
(eachp [k v] {:one 1} (print k v))
#> one1

#### each over fiber
(each x (fiber/new (fn [] (yield 1) (yield 2))) (prin x))
(print)
#> 12

#### each with break
(each x [1 2 3 4] (if (= x 3) (break)) (prin x))
(print)
#> 12

#### each with destructuring
(each [a b] [[1 2] [3 4]] (prin (* a b) " "))
(print)
#> 2 12 

#### map and friends basic
(pp (map + [1 2] [10 20 30]))
(pp (filter odd? [1 2 3 4 5]))
(pp (reduce + 0 [1 2 3]))
(pp (mapcat (fn [x] [x x]) [1 2]))
(pp (keep (fn [x] (if (odd? x) (* 10 x))) [1 2 3]))
#> @[11 22]
#> @[1 3 5]
#> 6
#> @[1 1 2 2]
#> @[10 30]

#### range
(pp (range 5))
(pp (range 2 5))
(pp (range 0 10 4))
(pp (range 5 0 -2))
#> @[0 1 2 3 4]
#> @[2 3 4]
#> @[0 4 8]
#> @[5 3 1]
