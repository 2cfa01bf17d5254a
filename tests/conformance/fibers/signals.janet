#### status names
(def f (fiber/new (fn [] (yield 1)) :y))
(pp (fiber/status f))
(resume f)
(pp (fiber/status f))
(resume f)
(pp (fiber/status f))
(def e (fiber/new (fn [] (error :x)) :e))
(resume e)
(pp (fiber/status e))
(def d (fiber/new (fn [] (debug :x)) :d))
(pp (resume d))
(pp (fiber/status d))
(each i (range 10)
  (def u (fiber/new (fn [] (signal i :v)) :u))
  (pp [i (resume u) (fiber/status u)]))
#> :new
#> :pending
#> :dead
#> :error
#> :x
#> :debug
#> (0 :v :user0)
#> (1 :v :user1)
#> (2 :v :user2)
#> (3 :v :user3)
#> (4 :v :user4)
#> (5 :v :user5)
#> (6 :v :user6)
#> (7 :v :user7)
#> (8 :v :interrupted)
#> (9 :v :suspended)

#### the masks a keyword makes
(each m [:a :t :d :e :u :y :w :r :0 :5 :9 :ye :et]
  (def caught @[])
  (each sig [:error :debug :yield :user0 :user4 :user5 8 9 :interrupt :await]
    (def f (fiber/new (fn [] (signal sig 1) :done) m))
    (def outer (fiber/new (fn [] (resume f) :passed) :a))
    (def r (resume outer))
    (if (= (fiber/status outer) :dead) (array/push caught sig)))
  (pp [m caught]))
#> (:a @[:error :debug :yield :user0 :user4 :user5 8 9 :interrupt :await])
#> (:t @[:error :user0 :user4])
#> (:d @[:debug])
#> (:e @[:error])
#> (:u @[:user0 :user4 :user5 8 9 :interrupt :await])
#> (:y @[:yield])
#> (:w @[9 :await])
#> (:r @[8 :interrupt])
#> (:0 @[:user0])
#> (:5 @[:user5])
#> (:9 @[9 :await])
#> (:ye @[:error :yield])
#> (:et @[:error :user0 :user4])

#### invalid flags
(pp (protect (fiber/new (fn []) :x)))
(pp (protect (fiber/new (fn []) :yq)))
(pp (protect (fiber/new (fn [a b] a))))
(pp (protect (fiber/new 1)))
#> (false "invalid flag x, expected a, t, d, e, u, y, w, r, i, or p")
#> (false "invalid flag q, expected a, t, d, e, u, y, w, r, i, or p")
#> (false "fiber function must accept 0 or 1 arguments")
#> (false "bad slot #0, expected function, got 1")

#### signals pass through fibers that do not trap them
(def inner (fiber/new (fn [] (yield :from-inner) :inner-done) :e))
(def outer (fiber/new (fn [] [:outer (resume inner)])))
(pp (resume outer))
(pp (fiber/status inner))
(pp (fiber/status outer))
(pp (resume outer))
(pp (fiber/status inner))
#> :from-inner
#> :pending
#> :pending
#> (:outer :inner-done)
#> :dead

#### user signals 0-4 end the fiber, 5-9 suspend it
(def f (fiber/new (fn [] (signal 2 :two) :after) :2))
(pp (resume f))
(pp (fiber/status f))
(pp (fiber/can-resume? f))
(pp (protect (resume f)))
(def g (fiber/new (fn [] (signal 6 :six) :after) :6))
(pp (resume g))
(pp (fiber/status g))
(pp (fiber/can-resume? g))
(pp (resume g))
#> :two
#> :user2
#> false
#> (false "cannot resume fiber with status :user2")
#> :six
#> :user6
#> true
#> :after

#### cancel a fiber
(def f (fiber/new (fn [] (try (yield 1) ([e] (yield [:caught e]))) :end)))
(pp (resume f))
(pp (cancel f :stop))
(pp (fiber/status f))
(pp (resume f))
(def g (coro (yield 1)))
(resume g)
(pp (protect (cancel g :bye)))
(pp (fiber/status g))
(pp (protect (cancel g :again)))
#> 1
#> (:caught :stop)
#> :pending
#> :end
#> (false :bye)
#> :error
#> (false "cannot resume fiber with status :error")

#### cancel a new fiber
(def f (fiber/new (fn [] (print "never") 1) :e))
(pp (cancel f :early))
(pp (fiber/status f))
(pp (fiber/last-value f))
#> :early
#> :error
#> :early

#### cannot resume finished or running fibers
(def f (fiber/new (fn [] 1)))
(resume f)
(pp (protect (resume f)))
(def g (fiber/new (fn [] (resume (fiber/current)))))
(pp (protect (resume g)))
(def h (fiber/new (fn [] (error "bad")) :e))
(resume h)
(pp (protect (resume h)))
#> (false "cannot resume fiber with status :dead")
#> (false "cannot resume fiber with status :alive")
#> (false "cannot resume fiber with status :error")

#### last-value, can-resume?, current and root
(def f (fiber/new (fn [] (yield (fiber/current)) (= (fiber/root) (fiber/current)))))
(pp (= f (resume f)))
(pp (fiber/last-value f))
(pp (resume f))
(pp (fiber/last-value f))
(pp (fiber/can-resume? f))
(pp (fiber/can-resume? (coro 1)))
(pp (fiber/can-resume? (fiber/current)))
#> true
#> <fiber 0x5563A26D5450>
#> false
#> false
#> false
#> true
#> true

#### maxstack
(def f (fiber/new (fn [])))
(pp (fiber/maxstack f))
(fiber/setmaxstack f 100)
(pp (fiber/maxstack f))
(pp (protect (fiber/setmaxstack f -1)))
#> 2147483647
#> 100
#> (false "expected positive integer")

#### propagate keeps the signal
(def f (fiber/new (fn [] (yield 5)) :y))
(def r (resume f))
(def g (fiber/new (fn [] (propagate (+ r 1) f)) :y))
(pp (resume g))
(pp (fiber/status g))
(def h (fiber/new (fn [] (error :orig)) :e))
(resume h)
(pp (protect (propagate :new h)))
#> 6
#> :pending
#> (false :new)

#### signal: numbers 0-9 and the reference's signal names; anything else is refused
(pp (protect (signal 10 1)))
(pp (protect (signal -1 1)))
(pp (protect (signal 1.5 1)))
(pp (protect (signal :user8 1)))
(pp (protect (signal :foo 1)))
(def k (fiber/new (fn [] (signal :user7) 6) :a))
(pp (resume k))
(pp (fiber/status k))
(def k9 (fiber/new (fn [] (signal 9 5) 6) :a))
(pp (resume k9))
(pp (fiber/status k9))
#> (false "expected user signal between 0 and 9, got 10")
#> (false "expected user signal between 0 and 9, got -1")
#> (false "bad slot #0, expected keyword, got 1.5")
#> (false "unknown signal :user8")
#> (false "unknown signal :foo")
#> nil
#> :user7
#> 5
#> :suspended

#### signal :ok stops the fiber like an error
(pp (protect (signal :ok 1)))
(def f (fiber/new (fn [] (signal :ok 5) 6) :a))
(pp (resume f))
(pp (fiber/status f))
(try (signal :ok 1) ([e] (pp [:caught e])))
(defn g [] (signal :ok "zz"))
(g)
#> (false 1)
#> 5
#> :error
#> (:caught 1)
#! error: zz
#!   in signal [src/core/corelib.c] on line 703
#!   in g [test.janet] on line 6, column 12
#!   in thunk [test.janet] (tail call) on line 7, column 1
#exit 1

#### resume, cancel and propagate want a fiber
(pp (protect (resume 1)))
(pp (protect (cancel 1 2)))
(pp (protect (propagate 1 2)))
(pp (protect (fiber/status 1)))
#> (false "expected fiber, got 1")
#> (false "expected fiber, got 1")
#> (false "expected fiber, got 2")
#> (false "bad slot #0, expected fiber, got 1")

#### an await inside a function called from C (printing to a function) is an error
(defn sleep-print [x] (ev/sleep 0) (print x))
(pp (protect (with-dyns [*out* sleep-print] (prin :foo))))
#> (false "nil coerced from await to error")

#### channel operations inside a function called from C are refused
(def c (ev/chan 0))
(ev/spawn (while (def x (ev/take c))))
(defn print-to-chan [x] (ev/give c x))
(pp (protect (with-dyns [*out* print-to-chan] (pp :foo))))
(ev/chan-close c)
(with-dyns [*out* print-to-chan] (pp :bar))
#> (false "cannot give to channel inside janet_call")
#! error: cannot give to channel inside janet_call
#!   in ev/give [src/core/ev.c] on line 1179
#!   in print-to-chan [test.janet] on line 3, column 25
#!   in printf [src/core/io.c] on line 670
#!   in pp [boot.janet] (tail call) on line 2162, column 3
#!   in thunk [test.janet] (tail call) on line 6, column 1
#exit 1

#### a yield inside an operator method or a PEG callback is an error
(def t @{:+ (fn [a b] (yield 5) 1)})
(def f (coro (+ t 1)))
(pp (protect (resume f)))
(def g (coro (peg/match ~(cmt (capture 1) ,(fn [x] (yield x) 1)) "a")))
(pp (protect (resume g)))
#> (false "5 coerced from yield to error")
#> (false "\"a\" coerced from yield to error")

#### a fiber resumed inside such a function may still yield to it
(def f (coro (with-dyns [*out* (fn [x] (def g (coro (yield 1))) (eprint (resume g)))] (print "x")) 5))
(pp (resume f))
#> 5
#! 1

#### a yield passing up through fibers that do not trap it sets each one's last value
(def inner (fiber/new (fn [] (yield :deep) :done) :e))
(def middle (fiber/new (fn [] (resume inner)) :e))
(def outer (fiber/new (fn [] (resume middle)) :y))
(pp (resume outer))
(pp (map fiber/last-value [inner middle outer]))
(pp (map fiber/status [inner middle outer]))
(pp (resume outer :again))
(pp (map fiber/last-value [inner middle outer]))
(pp (map fiber/status [inner middle outer]))
#> :deep
#> @[:deep :deep :deep]
#> @[:pending :pending :pending]
#> :done
#> @[:done :done :done]
#> @[:dead :dead :dead]

#### an error passing up through fibers masking only :y sets each one's last value
(def inner (fiber/new (fn [] (error :boom)) :y))
(def middle (fiber/new (fn [] (resume inner)) :y))
(def outer (fiber/new (fn [] (resume middle)) :e))
(pp (resume outer))
(pp (map fiber/last-value [inner middle outer]))
(pp (map fiber/status [inner middle outer]))
#> :boom
#> @[:boom :boom :boom]
#> @[:error :error :error]

#### user and debug signals passing up through a non-trapping fiber set its last value
(def i5 (fiber/new (fn [] (signal 5 :u5) :end) :e))
(def o5 (fiber/new (fn [] (resume i5)) :5))
(pp (resume o5))
(pp [(fiber/last-value i5) (fiber/status i5) (fiber/last-value o5) (fiber/status o5)])
(pp (cancel o5 :stop))
(pp [(fiber/last-value i5) (fiber/status i5) (fiber/last-value o5) (fiber/status o5)])
(def id (fiber/new (fn [] (debug :dbg) :after) :e))
(def od (fiber/new (fn [] (resume id)) :d))
(pp (resume od))
(pp [(fiber/last-value id) (fiber/status id) (fiber/last-value od) (fiber/status od)])
(pp (resume od))
(pp [(fiber/last-value id) (fiber/status id) (fiber/last-value od) (fiber/status od)])
#> :u5
#> (:u5 :user5 :u5 :user5)
#> :stop
#> (:stop :error :stop :dead)
#> :dbg
#> (:dbg :debug :dbg :debug)
#> :after
#> (:after :dead :after :dead)
