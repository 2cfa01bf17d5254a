#### each over a generator inside a function sums its values
(defn total [n]
  (def g (generate [i :range [0 n]] i))
  (var s 0)
  (each x g (+= s x))
  [s (fiber/status g) (fiber/last-value g)])
(pp (total 10))
(pp (total 0))
#> (45 :dead nil)
#> (0 :dead nil)

#### each over a generator whose body calls functions (it moves to a greenlet)
(defn sq [x] (* x x))
(defn collect [n]
  (def g (generate [i :range [0 n]] (sq i)))
  (def out @[])
  (each x g (array/push out x))
  [out (fiber/status g)])
(pp (collect 5))
#> (@[0 1 4 9 16] :dead)

#### each over a generator that fails part way, inside a function
(defn boom [n]
  (def g (fiber/new (fn [] (for i 0 n (yield (+ i (if (= i 2) nil 0))))) :y))
  (var s 0)
  (each x g (+= s x))
  s)
(boom 5)
#! error: could not find method :+ for 2 or :r+ for nil
#!   in <anonymous> [test.janet] on line 2, column 46
#!   in boom [test.janet] on line 4, column 3
#!   in thunk [test.janet] (tail call) on line 6, column 1
#exit 1

#### the failure caught with try, the fiber's status after it
(defn boom2 [n]
  (def g (fiber/new (fn [] (for i 0 n (yield (+ i (if (= i 2) nil 0))))) :y))
  (def seen @[])
  (def r (try (each x g (array/push seen x)) ([e] e)))
  [seen r (fiber/status g)])
(pp (boom2 5))
#> (@[0 1] "could not find method :+ for 2 or :r+ for nil" :error)

#### the loop body resumes and cancels the fiber it steps
(defn skip [n]
  (def g (generate [i :range [0 n]] i))
  (def seen @[])
  (each x g
    (array/push seen x)
    (when (= x 2) (resume g))
    (when (= x 5) (cancel g "stop")))
  [seen (fiber/status g) (fiber/last-value g)])
(pp (skip 10))
#! error: stop
#!   in generate [test.janet] on line 2, column 10
#!   in skip [test.janet] on line 7, column 19
#!   in thunk [test.janet] (tail call) on line 9, column 5
#exit 1

#### a generator that yields to an outer fiber through a nested call
(defn inner [] (yield :up) 7)
(defn outer []
  (def g (fiber/new (fn [] (yield 1) (yield (inner)) (yield 3)) :y))
  (def seen @[])
  (each x g (array/push seen x))
  seen)
(def f (fiber/new outer))
(pp (resume f))
(pp (fiber/status f))
#> @[1 :up 7 3]
#> :dead

#### a generator that errors under an error-trapping mask
(defn trapped []
  (def g (fiber/new (fn [] (yield 1) (error "bad") (yield 2)) :ye))
  (def seen @[])
  (each x g (array/push seen x))
  [seen (fiber/status g) (fiber/last-value g)])
(pp (trapped))
#> (@[1] :error "bad")

#### fiber/current and the stack of the consumer while a generator runs
(defn probe []
  (def me (fiber/current))
  (def g (fiber/new (fn [] (yield (= (fiber/current) me)) (yield (fiber/status me))) :y))
  (def seen @[])
  (each x g (array/push seen x) (array/push seen (= (fiber/current) me)))
  seen)
(pp (probe))
#> @[false true :alive true]
