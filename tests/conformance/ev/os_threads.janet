# ev/thread bodies run on OS threads of their own, each with its own
# interpreter state and event loop; they overlap while they block.

#### two thread bodies that block in os/sleep overlap
(def t0 (os/clock :monotonic))
(def sup (ev/thread-chan 10))
(ev/thread (fn [] (os/sleep 0.5) :a) nil :n sup)
(ev/thread (fn [] (os/sleep 0.5) :b) nil :n sup)
(def r1 (ev/take sup))
(def r2 (ev/take sup))
(pp (sort @[(r1 0) (r2 0)]))
(pp (sort @[(r1 1) (r2 1)]))
(print "overlapped: " (< (- (os/clock :monotonic) t0) 0.9))
#> @[:ok :ok]
#> @[:a :b]
#> overlapped: true

#### the parent's loop waits for spawned threads before the program ends
(ev/spawn-thread (os/sleep 0.1) (print "spawned thread done"))
(print "main done")
#> main done
#> spawned thread done

#### a thread runs its own event loop
(ev/do-thread
  (def ch (ev/chan))
  (ev/spawn (ev/sleep 0.01) (ev/give ch :from-task))
  (print "in thread: " (ev/take ch)))
(print "after")
#> in thread: from-task
#> after

#### ping-pong over an unbuffered threaded channel
(def ch (ev/thread-chan))
(ev/spawn-thread
  (forever
    (def x (ev/take ch))
    (when (= x :stop) (break))
    (ev/give ch (* 2 x))))
(var s 0)
(for i 0 100 (ev/give ch i) (+= s (ev/take ch)))
(ev/give ch :stop)
(print "sum " s)
#> sum 9900

#### a producer thread, and a close seen by the consumer
(def ch (ev/thread-chan 2))
(ev/spawn-thread
  (for i 0 5 (ev/give ch @{:i i}))
  (ev/chan-close ch))
(def got @[])
(while (def x (ev/take ch)) (array/push got x))
(pp got)
#> @[@{:i 0} @{:i 1} @{:i 2} @{:i 3} @{:i 4}]

#### a task of the parent waits on a threaded channel while the thread works
(def ch (ev/thread-chan))
(ev/spawn (print "task got " (ev/take ch)))
(ev/thread (fn [] (os/sleep 0.05) (ev/give ch :hello)) nil :n)
(ev/sleep 0.01)
(print "parent not blocked")
#> parent not blocked
#> task got hello

#### supervisor events from threads
(def sup (ev/thread-chan 10))
(ev/thread (fn [] (error "boom")) nil :n sup)
(pp (ev/take sup))
(ev/thread (fn [x] (+ x 1)) 5 :n sup)
(pp (ev/take sup))
(ev/thread (fn [x] (ev/sleep 0.01) :done) :my-id :tn sup)
(pp (ev/take sup))
#> (:error "boom" nil)
#> (:ok 6 nil)
#> (:ok :done :my-id)

#### ev/thread waits and returns nil; an uncaught error in a thread is printed
(pp (ev/thread (fn [] (print "in thread") 42)))
(ev/thread (fn [] (error "thread boom")))
(print "after error")
#> in thread
#> nil
#> after error
#! error: thread boom
#!   in <anonymous> [test.janet] on line 2, column 19

#### a fiber run as a thread
(ev/thread (fiber/new (fn [] (print "fiber in thread") (error "fiber boom"))))
(print "end")
#> fiber in thread
#> end
#! error: fiber boom
#!   in <anonymous> [test.janet] on line 1, column 56

#### deep recursion inside a thread body
(defn depth [n] (if (= n 0) 0 (+ 1 (depth (- n 1)))))
(ev/do-thread (print "depth " (depth 100000)))
#> depth 100000

#### a thread does not see the parent's dynamic bindings
(setdyn :my-binding 1)
(ev/do-thread (pp (dyn :my-binding)) (setdyn :my-binding 2) (pp (dyn :my-binding)))
(pp (dyn :my-binding))
#> nil
#> 2
#> 1

#### os/exit in a thread ends the process
(ev/spawn-thread (os/sleep 0.05) (print "exiting") (os/exit 4))
(ev/sleep 2)
(print "not reached")
#> exiting
#exit 4

#### a fiber a thread body uses, and one sent over a threaded channel, are shared
(def fb (fiber/new (fn [] 1)))
(ev/do-thread (print (type fb) " " (fiber/status fb)))
(def ch (ev/thread-chan 2))
(ev/give ch (coro (yield 1)))
(ev/do-thread (print (type (ev/take ch))))
(print "done")
#> fiber new
#> fiber
#> done
