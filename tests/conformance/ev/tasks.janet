#### tasks run after the top level, in order
(ev/spawn (print "task 1"))
(ev/spawn (print "task 2"))
(print "top level")
#> top level
#> task 1
#> task 2

#### main runs before waiting tasks
(ev/spawn (print "task"))
(defn main [&] (print "main"))
(print "top")
#> top
#> main
#> task

#### ev/sleep 0 lets ready tasks run
(for i 0 3 (ev/spawn (print "a" i) (ev/sleep 0) (print "b" i)))
(print "before")
(ev/sleep 0)
(print "after")
#> before
#> a0
#> a1
#> a2
#> after
#> b2
#> b1
#> b0

#### sleeping tasks wake up in time order
(ev/spawn (ev/sleep 0.03) (print "slow"))
(ev/spawn (ev/sleep 0.01) (print "fast"))
(ev/spawn (ev/sleep 0.02) (print "medium"))
#> fast
#> medium
#> slow

#### an error in a task is reported and other tasks go on
(ev/spawn (error "task failed"))
(ev/spawn (ev/sleep 0.01) (print "still running"))
(print "top done")
#> top done
#> still running
#! error: task failed
#!   in spawn [test.janet] on line 1, column 11

#### an error in a task does not change the exit status
(ev/go (fn [] (error {:a 1})))
(ev/go (fn [] (+ 1 nil)))
#! error: <struct 0x556BD7348668>
#!   in <anonymous> [test.janet] on line 1, column 15
#! error: could not find method :+ for 1 or :r+ for nil
#!   in <anonymous> [test.janet] on line 2, column 15

#### ev/go with a fiber and a value
(def f (fiber/new (fn [x] (print "got " x) :result)))
(pp (ev/go f :hello))
(ev/sleep 0)
(pp (fiber/status f))
(pp (fiber/last-value f))
#> <fiber 0x55B55459BF60>
#> got hello
#> :dead
#> :result

#### ev/go with a function of one argument
(def t (ev/go (fn [x] (print "arg " x)) 42))
(ev/sleep 0)
(pp (fiber/status t))
#> arg 42
#> :dead

#### ev/go argument errors
(pp (protect (ev/go (fn [a b] a))))
(pp (protect (ev/go 1)))
(def f (coro (yield 1)))
(resume f)
(pp (protect (ev/go f)))
(pp (protect (ev/go (fn []) nil :not-a-channel)))
#> (false "task function must accept 0 or 1 arguments")
#> (false "bad slot #0, expected fiber, got 1")
#> (false "can only schedule new fibers where (= (fiber/status f) :new)")
#> (false "bad slot #2, expected core/channel, got :not-a-channel")

#### tasks cannot be resumed or cancelled directly
(def t (ev/spawn (ev/sleep 0.01)))
(pp (protect (resume t)))
(pp (protect (cancel t :x)))
(pp (fiber/status t))
#> (false "cannot resume root fiber, use ev/go")
#> (false "cannot cancel root fiber, use ev/cancel")
#> :new

#### ev/call
(def t (ev/call (fn [a b] (print (+ a b))) 1 2))
(ev/sleep 0)
(pp (fiber/status t))
#> 3
#> :dead

#### ev/cancel a sleeping task
(def t (ev/spawn (def r (protect (ev/sleep 10))) (pp r)))
(ev/sleep 0)
(ev/cancel t "stop")
(ev/sleep 0)
(pp (fiber/status t))
#> (false "stop")
#> :dead

#### ev/cancel a task that does not catch
(def t (ev/spawn (ev/sleep 10) (print "never")))
(ev/sleep 0)
(ev/cancel t "cancelled")
#! error: cancelled
#!   in ev/sleep [src/core/ev.c] on line 3313
#!   in spawn [test.janet] on line 1, column 18

#### ev/cancel a task before it starts
(def sup (ev/chan 1))
(def t (ev/go (fn [] (print "never")) nil sup))
(ev/cancel t "early")
(def [sig fib] (ev/take sup))
(pp [sig (= fib t) (fiber/status t) (fiber/last-value t)])
#> (:error true :error "early")

#### ev/cancel a fiber that is not a task
(pp (protect (ev/cancel (coro 1) :x)))
#> (false "cannot cancel non-task fiber")

#### the root task
(pp (= (fiber/root) (fiber/root)))
(def t (ev/spawn (pp (= (fiber/root) (fiber/current)))))
(ev/sleep 0)
#> true
#> true

#### ev/sleep argument errors
(pp (protect (ev/sleep :a)))
(pp (protect (ev/sleep)))
#> (false "bad slot #0, expected number, got :a")
#> (false "arity mismatch, expected 1, got 0")

#### deep chains of fibers wait together
(def t (ev/spawn
  (def f (coro (ev/sleep 0.01) (yield :inner) (ev/sleep 0.01) :done))
  (pp (resume f))
  (pp (resume f))
  (pp (fiber/status f))))
#> :inner
#> :done
#> :dead

#### a task cancelled while a nested fiber waits
(def t (ev/spawn
  (def f (coro (defer (print "inner cleanup") (ev/sleep 10))))
  (pp (protect (resume f)))
  (pp (fiber/status f))))
(ev/sleep 0.01)
(ev/cancel t "bye")
#> inner cleanup
#> (false "bye")
#> :error

#### ev/all-tasks
(def t (ev/spawn (ev/sleep 0.01)))
(pp (truthy? (index-of t (ev/all-tasks))))
(pp (length (ev/all-tasks)))
(ev/sleep 0.02)
(pp (index-of t (ev/all-tasks)))
(pp (length (ev/all-tasks)))
#> true
#> 2
#> nil
#> 1

#### an interrupt signal reschedules the task
(ev/spawn (print "t1"))
(ev/spawn (print (signal 8 :x)) (print "after-task"))
(print (signal 8 :y))
(print "after")
#> t1
#>
#> after
#>
#> after-task
