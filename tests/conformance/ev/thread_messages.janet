# Values given to a threaded channel are copied as the reference marshals
# thread messages: data is copied, cfunctions and threaded channels are
# shared.

#### data given to a threaded channel is a copy
(def ch (ev/thread-chan 10))
(def t @{:a 1 :nested @[1 2]})
(ev/give ch t)
(put t :a 2)
(array/push (t :nested) 3)
(def got (ev/take ch))
(pp [got (= got t)])
(ev/give ch [1 "two" :three @"four" {:five 5}])
(pp (ev/take ch))
(ev/give ch (int/s64 7))
(pp (ev/take ch))
#> (@{:a 1 :nested @[1 2]} false)
#> (1 "two" :three @"four" {:five 5})
#> <core/s64 7>

#### cfunctions and threaded channels are shared
(def ch (ev/thread-chan 10))
(ev/give ch print)
(pp (= print (ev/take ch)))
(def other (ev/thread-chan 1))
(ev/give ch other)
(pp (= other (ev/take ch)))
(ev/give ch (ev/chan 1))
(pp (type (ev/take ch)))
#> true
#> true
#> :core/channel

#### an ordinary channel passes values as they are
(def ch (ev/chan 10))
(def t @{:a 1})
(ev/give ch t)
(put t :a 2)
(pp [(ev/take ch) t])
#> (@{:a 2} @{:a 2})

#### the value ev/thread passes to its function is a copy
(def t @{:a 1})
(ev/thread (fn [x] (put x :a 2) (print "in thread " (x :a))) t)
(pp t)
#> in thread 2
#> @{:a 1}

#### a thread closes its own copy of a file its function uses
(def path (string "/tmp/pyjanet-thread-file-" (os/getpid)))
(def f (file/open path :wb))
(xprin f "hello\n")
(file/flush f)
(ev/do-thread (:close f))
(xprin f "world\n")
(:close f)
(pp (slurp path))
(os/rm path)
#> @"hello\nworld\n"

#### a thread changes its own copies of the globals its function uses
(def counts @{:n 0})
(var v 1)
(ev/do-thread (put counts :n 10) (set v 2) (print "in thread " (counts :n) " " v))
(pp [counts v])
#> in thread 10 2
#> (@{:n 0} 1)
