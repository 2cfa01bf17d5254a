#### an unbuffered channel hands values over one by one
(def c (ev/chan))
(ev/spawn (for i 0 3 (print "give " i) (ev/give c i)) (print "giver done"))
(for i 0 3 (print "took " (ev/take c)))
#> give 0
#> give 1
#> took 0
#> give 2
#> took 1
#> giver done
#> took 2

#### a buffered channel lets givers run ahead
(def c (ev/chan 2))
(ev/spawn (for i 0 5 (ev/give c i) (print "gave " i " count " (ev/count c))))
(ev/sleep 0)
(pp [(ev/count c) (ev/full c) (ev/capacity c)])
(for i 0 5 (print "took " (ev/take c)))
#> gave 0 count 1
#> gave 1 count 2
#> (3 true 2)
#> gave 2 count 2
#> took 0
#> gave 3 count 2
#> took 1
#> gave 4 count 2
#> took 2
#> took 3
#> took 4

#### count, capacity, full
(def c (ev/chan 3))
(pp [(ev/count c) (ev/capacity c) (ev/full c)])
(ev/give c 1)
(ev/give c 2)
(ev/give c 3)
(pp [(ev/count c) (ev/capacity c) (ev/full c)])
(pp [(ev/take c) (ev/count c)])
(def z (ev/chan))
(pp [(ev/count z) (ev/capacity z) (ev/full z)])
#> (0 3 false)
#> (3 3 true)
#> (1 2)
#> (0 0 true)

#### closing a channel wakes waiting takers and givers
(def c (ev/chan))
(ev/spawn (pp [:taker (ev/take c)]))
(ev/spawn (pp [:taker2 (ev/take c)]))
(ev/sleep 0)
(ev/chan-close c)
(ev/sleep 0)
(def d (ev/chan))
(ev/spawn (pp [:giver (ev/give d 1)]))
(ev/sleep 0)
(ev/chan-close d)
(ev/sleep 0)
#> (:taker nil)
#> (:taker2 nil)
#> (:giver nil)

#### a closed channel
(def c (ev/chan 5))
(ev/give c 1)
(pp (ev/chan-close c))
(pp (ev/take c))
(pp (ev/count c))
(pp (protect (ev/give c 2)))
(pp (ev/select c))
(pp (ev/select [c 3]))
#> <core/channel 0x55E89D023EA0>
#> nil
#> 1
#> (false "cannot write to closed channel")
#> (:close <core/channel 0x55E89D023EA0>)
#> (:close <core/channel 0x55E89D023EA0>)

#### giving returns the channel
(def c (ev/chan 1))
(pp (= c (ev/give c :x)))
#> true

#### channel methods
(def c (ev/chan 2))
(:give c 10)
(pp (:take c))
(pp [(:count c) (:capacity c) (:full c)])
(:close c)
(pp (:take c))
(pp (keys c))
#> 10
#> (0 2 false)
#> nil
#> @[:select :rselect :count :take :give :capacity :full :close]

#### channel argument errors
(pp (protect (ev/chan -1)))
(pp (protect (ev/chan :x)))
(pp (protect (ev/give 1 2)))
(pp (protect (ev/take [])))
(pp (protect (ev/count nil)))
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got -1")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got :x")
#> (false "bad slot #0, expected core/channel, got 1")
#> (false "bad slot #0, expected core/channel, got <tuple 0x55EE1FC17240>")
#> (false "bad slot #0, expected core/channel, got nil")

#### many producers and one consumer
(def c (ev/chan))
(for p 0 3 (ev/spawn (for i 0 3 (ev/give c [p i]))))
(def got @[])
(repeat 9 (array/push got (ev/take c)))
(pp got)
#> @[(0 0) (0 1) (1 0) (2 0) (0 2) (1 1) (2 1) (1 2) (2 2)]

#### a pipeline of tasks
(def a (ev/chan))
(def b (ev/chan))
(ev/spawn (for i 1 6 (ev/give a i)) (ev/chan-close a))
(ev/spawn (while (def x (ev/take a)) (ev/give b (* x x))) (ev/chan-close b))
(def out @[])
(while (def y (ev/take b)) (array/push out y))
(pp out)
#> @[1 4 9 16 25]

#### ev/select takes from the first ready channel
(def a (ev/chan 1))
(def b (ev/chan 1))
(ev/give b :from-b)
(pp (ev/select a b))
(ev/give a :from-a)
(ev/give b :b-again)
(pp (ev/select a b))
(pp (ev/select a b))
#> (:take <core/channel 0x5639B46F86E0> :from-b)
#> (:take <core/channel 0x5639B46F7E30> :from-a)
#> (:take <core/channel 0x5639B46F86E0> :b-again)

#### ev/select gives
(def a (ev/chan 1))
(pp (ev/select [a :x]))
(pp (ev/take a))
#> (:give <core/channel 0x5644D31D1AF0>)
#> :x

#### ev/select waits
(def a (ev/chan))
(def b (ev/chan))
(ev/spawn (ev/sleep 0.01) (ev/give b :late))
(pp (ev/select a b))
(ev/spawn (ev/sleep 0.01) (pp [:taken (ev/take a)]))
(pp (ev/select [a :offered] b))
(ev/sleep 0.02)
#> (:take <core/channel 0x558DCE25D5C0> :late)
#> (:give <core/channel 0x558DCE25CE20>)
#> (:taken :offered)

#### ev/select on a channel closed while waiting
(def a (ev/chan))
(ev/spawn (ev/sleep 0.01) (ev/chan-close a))
(pp (ev/select a))
#> (:close <core/channel 0x55565166D9D0>)

#### ev/rselect
(def a (ev/chan 1))
(ev/give a 1)
(pp (ev/rselect a))
(pp (protect (ev/select)))
(pp (protect (ev/select 1)))
#> (:take <core/channel 0x56295E7E0C80> 1)
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "bad slot #0, expected core/channel, got 1")

#### supervisor events
(def sup (ev/chan 10))
(ev/go (fn [] :fine) nil sup)
(ev/go (fn [] (error "broken")) nil sup)
(ev/go (fn [] (signal 3 :three)) nil sup)
(repeat 3
  (def [event fiber] (ev/take sup))
  (pp [event (fiber/status fiber) (fiber/last-value fiber)]))
#> (:ok :dead :fine)
#> (:error :error "broken")
#> (:user3 :user3 :three)

#### supervisor events carry the task-id
(def sup (ev/chan 10))
(def f (fiber/new (fn [] (error "x")) :e @{:task-id :my-id}))
(ev/go f nil sup)
(pp (ev/take sup))
(ev/go (fn [] (setdyn :task-id 7) :ok) nil sup)
(pp (ev/take sup))
#> (:error <fiber 0x560192177890> :my-id)
#> (:ok <fiber 0x56019217A020> 7)

#### ev/give-supervisor
(def sup (ev/chan 10))
(ev/go (fn [] (ev/give-supervisor :progress 1 2) (ev/give-supervisor :done)) nil sup)
(pp (ev/take sup))
(pp (ev/take sup))
(pp (first (ev/take sup)))
(pp (ev/give-supervisor :nobody-listens))
#> (:progress 1 2)
#> (:done)
#> :ok
#> nil

#### tasks inherit the supervisor
(def sup (ev/chan 10))
(ev/go (fn [] (ev/spawn (error "child error"))) nil sup)
(def [e1] (ev/take sup))
(def [e2 f2] (ev/take sup))
(pp [e1 e2 (fiber/last-value f2)])
#> (:ok :error "child error")
