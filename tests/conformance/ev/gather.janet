#### ev/gather collects results in order
(pp (ev/gather 1 2 3))
(pp (ev/gather))
(pp (ev/gather (do (ev/sleep 0.02) :slow) (do (ev/sleep 0.01) :fast) :now))
#> @[1 2 3]
#> @[]
#> @[:slow :fast :now]

#### ev/gather raises the first error and cancels the others
(var cleaned 0)
(pp (protect (ev/gather
               (defer (++ cleaned) (ev/take (ev/chan)))
               (defer (++ cleaned) (ev/sleep 10))
               (error :oops))))
(pp cleaned)
#> (false :oops)
#> 2

#### an uncaught error in ev/gather
(ev/gather (ev/sleep 0.01) (error "gathered error"))
#! error: gathered error
#!   in ev/gather [test.janet] on line 1, column 28
#!   in defer [boot.janet] on line 4233, column 13
#!   in wait-for-fibers [boot.janet] on line 4226, column 5
#!   in ev/go-gather [boot.janet] on line 4249, column 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### ev/go-gather with functions and fibers
(pp (ev/go-gather [(fn [] :a) (fn [] (ev/sleep 0.01) :b)]))
(pp (ev/go-gather @[]))
#> @[:a :b]
#> @[]

#### ev/gather inside a task
(ev/spawn (pp (ev/gather (ev/sleep 0.01) :x)))
#> @[nil :x]

#### the expansion of ev/spawn and ev/gather
(pp (macex1 '(ev/spawn (print 1))))
(pp (macex1 '(ev/gather a b)))
(pp (macex1 '(ev/with-deadline 1 (foo) :x)))
(pp (macex1 '(ev/with-lock l (foo))))
(pp (macex1 '(ev/do-thread (foo))))
(pp (macex1 '(ev/spawn-thread (foo))))
#> (<cfunction ev/go> (fn :spawn [&] (print 1)))
#> (<function ev/go-gather> @[(fn :ev/gather [] a) (fn :ev/gather [] b)])
#> (as-macro <function let> [_00000Y (as-macro <function coro> (foo) :x)] (<cfunction ev/deadline> 1 nil _00000Y) (<function resume> _00000Y))
#> (do (def _00000Z l) (<cfunction ev/acquire-lock> _00000Z) (defer (<cfunction ev/release-lock> _00000Z) (foo)))
#> (<cfunction ev/thread> (fn :do-thread [&] (foo)))
#> (<cfunction ev/thread> (fn :spawn-thread [&] (foo)) nil :n)
