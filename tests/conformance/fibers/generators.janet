#### generate with each
(def g (generate [i :range [0 5]] (* i i)))
(each x g (print x))
(print (fiber/status g))
#> 0
#> 1
#> 4
#> 9
#> 16
#> dead

#### generate with a filter and nested loops
(def g (generate [i :range [0 3] j :range [0 3] :when (< i j)] [i j]))
(pp (seq [x :in g] x))
#> @[(0 1) (0 2) (1 2)]

#### coro yields and returns
(def c (coro (yield 1) (yield 2) 3))
(pp [(resume c) (fiber/status c)])
(pp [(resume c) (fiber/status c)])
(pp [(resume c) (fiber/status c)])
(pp (protect (resume c)))
#> (1 :pending)
#> (2 :pending)
#> (3 :dead)
#> (false "cannot resume fiber with status :dead")

#### each over a coro ignores the return value
(def c (coro (yield :a) (yield :b) :c))
(each x c (pp x))
(pp (fiber/last-value c))
#> :a
#> :b
#> :c

#### next and in on a fiber
(def c (coro (yield :a) (yield :b)))
(pp (next c))
(pp (in c 0))
(pp (get c 0))
(pp (next c 0))
(pp (in c 0))
(pp (next c 0))
(pp (fiber/status c))
(pp (next c))
#> 0
#> :a
#> :a
#> 0
#> :b
#> nil
#> :dead
#> nil

#### values passed to resume come back from yield
(def f (fiber/new (fn [x] (var acc x) (while true (set acc (+ acc (yield acc)))))))
(pp (resume f 10))
(pp (resume f 1))
(pp (resume f 2))
(pp (resume f 3))
#> 10
#> 11
#> 13
#> 16

#### map, filter, take and keys over generators
(pp (map inc (generate [i :range [0 4]] i)))
(pp (filter odd? (generate [i :range [0 10]] i)))
(pp (take 3 (generate [i :range [0 100]] i)))
(pp (keys (coro (yield 1) (yield 2))))
(pp (values (coro (yield 1) (yield 2))))
#> @[1 2 3 4]
#> @[1 3 5 7 9]
#> @[0 1 2]
#> @[0 0]
#> @[1 2]

#### a generator of an infinite loop stopped early
(def nat (generate [i :iterate 0] (++ i)))
(var n 0)
(def g (coro (forever (yield (++ n)))))
(pp (take 5 g))
(pp (fiber/status g))
#! test.janet:1:35: compile error: cannot set constant
#exit 1

#### yield from a nested function call
(defn helper [x] (yield (* 2 x)) (yield (* 3 x)))
(def f (coro (helper 1) (helper 10)))
(pp (seq [x :in f] x))
#> @[2 3 20 30]

#### fibers nested inside generators
(def outer (coro (each x (coro (yield 1) (yield 2)) (yield (+ x 100))) (yield :end)))
(pp (seq [x :in outer] x))
#> @[101 102 :end]

#### fiber-fn with a mask
(def f (fiber-fn :e (error "inner")))
(pp (resume f))
(pp (fiber/status f))
#> "inner"
#> :error

#### resume a generator after breaking out of each
(def g (generate [i :range [0 6]] i))
(each x g (print x) (if (= x 2) (break)))
(print (fiber/status g))
(each x g (print x))
#> 0
#> 1
#> 2
#> pending
#> 3
#> 4
#> 5

#### side effects interleave with the consumer
(def g (generate [i :range [0 3]] (print "make " i) i))
(each x g (print "use " x))
#> make 0
#> use 0
#> make 1
#> use 1
#> make 2
#> use 2

#### a generator's body that calls functions between yields
(defn sq [x] (* x x))
(def g (generate [i :range [0 4]] (sq i)))
(pp (seq [x :in g] x))
(def h (coro (yield 1) (print "between") (yield (sq 3)) (yield (fiber/status (fiber/current))) :done))
(pp [(resume h) (resume h) (resume h) (resume h) (fiber/status h)])
#> @[0 1 4 9]
#> between
#> (1 9 :alive :done :dead)

#### a closure made before the loop sees the generator's variables while it is suspended
(def g (coro
         (var i 0)
         (yield (fn [] i))
         (while (< i 3) (++ i) (yield i))))
(def get-i (resume g))
(pp [(resume g) (get-i) (resume g) (get-i)])
#> (1 1 2 2)

#### resuming with a value, cancelling, and an error inside a generator
(def g (coro (def a (yield 1)) (def b (yield (+ a 1))) [a b]))
(pp [(resume g) (resume g 10) (resume g 20) (fiber/status g)])
(def c (coro (defer (print "cleanup") (yield 1) (yield 2))))
(pp (resume c))
(pp (protect (cancel c "stop")))
(pp (fiber/status c))
(def e (generate [i :range [0 5]] (if (= i 2) (error "at two") i)))
(pp (protect (seq [x :in e] x)))
(pp (fiber/status e))
#> (1 11 (10 20) :dead)
#> 1
#> cleanup
#> (false "stop")
#> :error
#> (false "at two")
#> :error

#### yields from a function the generator calls go to the generator's resumer
(defn inner [n] (for j 0 n (yield [:inner j])))
(def g (coro (yield :a) (inner 2) (yield :b)))
(pp (seq [x :in g] x))
#> @[:a (:inner 0) (:inner 1) :b]

#### a generator stopped by break returns its value
(def g (coro (var i 0) (while true (if (= i 3) (break)) (yield i) (++ i)) :end))
(pp [(seq [x :in g] x) (fiber/last-value g)])
#> (@[0 1 2] :end)

#### dynamic bindings inside a generator
(def g (fiber/new (fn [] (yield (dyn :x)) (setdyn :x 2) (yield (dyn :x))) :yi))
(with-dyns [:x 1] (pp [(resume g) (resume g)]))
#> (nil 2)

#### generator functions that call nothing but yield
(defn counter [n &opt step]
  (default step 1)
  (var i 0)
  (while (< i n)
    (def got (yield i))
    (if got (set i (+ i got)) (+= i step)))
  :end)
(def g (fiber/new counter :y))
(pp [(resume g 5) (resume g) (resume g 3) (resume g) (fiber/status g)])
(pp (seq [x :in (fiber/new (fn [] (counter 5)) :y)] x))
(defn tailer [a] (yield a) (yield (* a 2)))
(def t (fiber/new tailer :y))
(pp [(resume t 3) (resume t) (resume t :back) (fiber/status t)])
(defn bad-op [x] (yield 1) (+ x 1))
(def b (fiber/new bad-op :ye))
(pp [(resume b "s") (resume b) (fiber/status b)])
(defn brk [] (var i 0) (while true (yield i) (if (= i 2) (break)) (++ i)) :broke)
(pp (let [fb (fiber/new brk :y)] [(resume fb) (resume fb) (resume fb) (resume fb)]))
(def e (fiber/new bad-op :y))
(pp [(resume e 2) (resume e) (fiber/status e)])
#> (0 1 4 :end :dead)
#> @[0 1 2 3 4]
#> (3 6 :back :dead)
#> (1 "could not find method :+ for \"s\"" :error)
#> (0 1 2 :broke)
#> (1 3 :dead)

#### cancelling a generator function at its yield
(defn tailer [a] (yield a) (yield (* a 2)))
(def c (fiber/new tailer :yi))
(resume c 1)
(pp [(cancel c "stop") (fiber/status c)])
#! error: stop
#!   in tailer [test.janet] on line 1, column 18
#!   in thunk [test.janet] (tail call) on line 4, column 6
#exit 1

#### an operator error in a generator function, uncaught
(defn bad-op [x] (yield 1) (+ x 1))
(def e (fiber/new bad-op :y))
(print (resume e "s"))
(resume e)
#> 1
#! error: could not find method :+ for "s"
#!   in bad-op [test.janet] on line 1, column 28
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1
