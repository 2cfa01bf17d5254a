# Values given to a threaded channel are copied as the reference marshals
# thread messages: data is copied, cfunctions and threaded channels are
# shared, a stream still reads its descriptor.

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

#### cfunctions and threaded channels are shared; streams can be sent
(def ch (ev/thread-chan 10))
(ev/give ch print)
(pp (= print (ev/take ch)))
(def [r w] (os/pipe))
(ev/give ch r)
(pp (type (ev/take ch)))
(def other (ev/thread-chan 1))
(ev/give ch other)
(pp (= other (ev/take ch)))
(ev/give ch (ev/chan 1))
(pp (type (ev/take ch)))
#> true
#> :core/stream
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
