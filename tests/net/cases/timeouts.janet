#### read, chunk and accept time out with an error
(def s (net/listen "127.0.0.1" "$PORT"))
(print (try (net/accept s 0.05) ([e] e)))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s 1))
(print (try (net/read c 10 nil 0.05) ([e] e)))
(net/write a "ab")
(def b @"")
(print (try (net/chunk c 10 b 0.05) ([e] e)))
(pp b)
(net/write a "moreXY")
(pp (net/chunk c 4 nil 1))
(pp (net/chunk c 2 nil 1))
(print (try (:read c 10 nil 0.01) ([e] e)))
(map :close [a c s])
#> timeout
#> timeout
#> timeout
#> @"ab"
#> @"more"
#> @"XY"
#> timeout

#### recv-from times out
(def u (net/listen "127.0.0.1" "$PORT" :datagram))
(print (try (net/recv-from u 10 @"" 0.05) ([e] e)))
(:close u)
#> timeout

#### an uncaught timeout shows the read's frame
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(net/read c 10 nil 0.01)
#! error: timeout
#!   in net/read [src/core/net.c] on line 1010
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### a timeout of nil waits as long as it takes
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s nil))
(ev/spawn (ev/sleep 0.05) (net/write a "late"))
(pp (net/read c 10 nil nil))
(map :close [a c s])
#> @"late"

#### a write that cannot finish times out
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(def big (string/repeat "x" 50000000))
(print (try (net/write c big 0.2) ([e] e)))
(map :close [a c s])
#> timeout

#### a deadline around a read
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(print (try (ev/with-deadline 0.05 (net/read c 10)) ([e] e)))
(map :close [c s])
#> deadline expired
