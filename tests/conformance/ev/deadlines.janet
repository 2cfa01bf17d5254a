#### ev/with-deadline lets a fast body finish
(pp (ev/with-deadline 1 (ev/sleep 0.01) :finished))
#> :finished

#### ev/with-deadline cancels a slow body
(pp (protect (ev/with-deadline 0.01 (ev/sleep 10) :never)))
#> (false "deadline expired")

#### an uncaught deadline
(ev/with-deadline 0.01 (ev/sleep 1))
(print "not reached")
#! error: deadline expired
#!   in ev/sleep [src/core/ev.c] on line 3313
#!   in coro [test.janet] on line 1, column 24
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### ev/with-deadline in a task
(ev/spawn
  (pp (protect (ev/with-deadline 0.01 (ev/take (ev/chan)))))
  (print "task goes on"))
#> (false "deadline expired")
#> task goes on

#### ev/with-deadline runs cleanups
(def r (protect (ev/with-deadline 0.01 (defer (print "cleanup") (ev/sleep 10)))))
(pp r)
#> cleanup
#> (false "deadline expired")

#### ev/deadline returns the task
(pp (= (fiber/root) (ev/deadline 10)))
(pp (protect (ev/deadline :x)))
#> true
#> (false "bad slot #0, expected number, got :x")

#### ev/deadline on another task
(def t (ev/spawn (ev/sleep 10) (print "never")))
(def sup (ev/chan 1))
(def t2 (ev/go (fn [] (ev/sleep 10)) nil sup))
(ev/deadline 0.01 t2 t2)
(pp (ev/take sup))
(ev/cancel t :done)
#> (:error <fiber 0x5631B0BC05B0> nil)
#! error: done
#!   in ev/sleep [src/core/ev.c] on line 3313
#!   in spawn [test.janet] on line 1, column 18

#### a deadline on a fiber that already finished does nothing
(def f (coro :quick))
(ev/deadline 0.01 nil f)
(resume f)
(ev/sleep 0.02)
(print "still here")
#> still here

#### ev/deadline interrupts a busy fiber
(def f (coro (forever :spin)))
(ev/deadline 0.01 nil f true)
(pp (protect (resume f)))
#> (false "deadline expired")

#### read timeouts
(def [r w] (os/pipe))
(pp (protect (ev/read r 10 nil 0.01)))
(ev/write w "late")
(pp (ev/read r 10))
#> (false "timeout")
#> @"late"
