# The loop macro: every verb and modifier.

#### :range
(loop [i :range [0 5]] (prin i))
(print)
#> 01234

#### :range with step
(loop [i :range [0 10 3]] (prin i " "))
(print)
#> 0 3 6 9 

#### :range with a single number
(loop [i :range [3]] (prin i))
(print)
#> 012

#### :range-to includes end
(loop [i :range-to [1 4]] (prin i))
(print)
#> 1234

#### :down
(loop [i :down [5 0]] (prin i))
(print)
#> 54321

#### :down with step
(loop [i :down [10 0 4]] (prin i " "))
(print)
#> 10 6 2 

#### :down-to includes end
(loop [i :down-to [3 0]] (prin i))
(print)
#> 3210

#### :keys over struct
(def acc @[])
(loop [k :keys {:a 1}] (array/push acc k))
(pp acc)
#> @[:a]

#### :keys over array gives indices
(loop [k :keys [:x :y :z]] (prin k))
(print)
#> 012

#### :pairs over array
(loop [[k v] :pairs [:x :y]] (prin k v " "))
(print)
#> 0x 1y 

#### :pairs over struct single
(loop [[k v] :pairs {:only 1}] (print k " " v))
#> only 1

#### :in over tuple
(loop [x :in [1 2 3]] (prin (* x x) " "))
(print)
#> 1 4 9 

#### :in over string gives bytes
(loop [c :in "ab"] (prin c " "))
(print)
#> 97 98 

#### :in over array
(loop [x :in @[:a :b]] (prin x))
(print)
#> ab

#### :in over buffer
(loop [c :in @"hi"] (prin c ","))
(print)
#> 104,105,

#### :iterate
(var n 0)
(loop [x :iterate (if (< n 3) (++ n))] (prin x))
(print)
#> 123

#### nested bindings
(loop [i :range [0 2] j :range [0 2]] (prin i j " "))
(print)
#> 00 01 10 11 

#### :let modifier
(loop [i :range [0 3] :let [sq (* i i)]] (prin sq " "))
(print)
#> 0 1 4 

#### :before modifier
(loop [i :range [0 3] :before (prin "<")] (prin i))
(print)
#> <0<1<2

#### :after modifier
(loop [i :range [0 3] :after (prin ">")] (prin i))
(print)
#> 0>1>2>

#### :repeat modifier
(loop [:repeat 3] (prin "r"))
(print)
#> rrr

#### :repeat inside binding
(loop [x :in [:a :b] :repeat 2] (prin x))
(print)
#> aabb

#### :when modifier
(loop [i :range [0 10] :when (even? i)] (prin i))
(print)
#> 02468

#### :unless modifier
(loop [i :range [0 6] :unless (even? i)] (prin i))
(print)
#> 135

#### :while modifier
(loop [i :range [0 10] :while (< i 4)] (prin i))
(print)
#> 0123

#### :until modifier
(loop [i :range [0 10] :until (= i 4)] (prin i))
(print)
#> 0123

#### :while in nested loop breaks inner
(loop [i :range [0 3] j :range [0 3] :while (< j i)] (prin i j " "))
(print)
#> 10 20 21 

#### loop returns nil
(pp (loop [i :range [0 3]] i))
#> nil

#### loop with break
(loop [i :range [0 100]] (if (= i 3) (break)) (prin i))
(print)
#> 012

#### loop unknown verb
(print ((compile '(loop [x :foo [1 2]] x)) :error))
#> (macro) unexpected loop verb foo

#### loop unknown modifier
(print ((compile '(loop [:bogus 1] 1)) :error))
#> (macro) unexpected loop modifier bogus

#### loop odd bindings
(print ((compile '(loop [x] 1)) :error))
#> (macro) expected integer key for tuple in range [0, 1), got 1

#### loop with destructuring in :in
(loop [{:a a} :in [{:a 1} {:a 2}]] (prin a))
(print)
#> 12

#### loop :range with float step
(loop [x :range [0 1 0.25]] (prin x " "))
(print)
#> 0 0.25 0.5 0.75 

#### loop :in over a fiber
(def f (fiber/new (fn [] (yield 1) (yield 2) 3)))
(loop [x :in f] (prin x))
(print)
#> 12

#### loop :in over a generator
(loop [x :in (generate [i :range [0 3]] (* 10 i))] (prin x " "))
(print)
#> 0 10 20 

#### loop body closures capture each iteration
(def fs @[])
(loop [i :range [0 3]] (array/push fs (fn [] i)))
(pp (map |($) fs))
#> @[0 1 2]

#### loop :keys over table with one key
(loop [k :keys @{:k 1}] (print k))
#> k

#### loop :range with non-number
(loop [i :range [:a 3]] (print i))

#### loop :in over nil
(loop [x :in nil] (print x))
#! error: expected iterable type, got nil
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### a loop that calls a closure over its own variables sees them change
(defn f []
  (var total 0)
  (defn add [x] (+= total x))
  (for i 0 4 (add i) (print total))
  total)
(pp (f))
#> 0
#> 1
#> 3
#> 6
#> 6

#### a loop that calls functions, then leaves by an error caught outside
(defn g [xs]
  (var n 0)
  (each x xs (when (= x :stop) (error n)) (++ n) (string x))
  n)
(pp (protect (g [1 2 :stop 3])))
(pp (g [1 2 3]))
#> (false 2)
#> 3
