#### a refused connection
(def s (net/listen "127.0.0.1" "$PORT"))
(:close s)
(net/connect "127.0.0.1" "$PORT")
#! error: Connection refused
#!   in net/connect [src/core/net.c] on line 501
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### a refused connection caught, then one that works
(print (try (net/connect "127.0.0.1" "$PORT") ([e] e)))
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(print "connected")
(:close c)
(:close s)
#> Connection refused
#> connected

#### closed streams
(def s (net/socket))
(:close s)
(print (try (net/read s 1) ([e] e)))
(print (try (net/write s "x") ([e] e)))
(print (try (net/localname s) ([e] e)))
(print (try (net/peername s) ([e] e)))
(print (try (net/setsockopt s :so-broadcast true) ([e] e)))
(print (try (net/accept s) ([e] e)))
(print (try (net/flush s) ([e] e)))
(print (= s (net/close s)))
#> stream is closed
#> stream is closed
#> stream closed
#> stream closed
#> stream is closed
#> stream is closed
#> stream is closed
#> true

#### streams of the wrong kind
(def l (net/listen "127.0.0.1" "$PORT"))
(print (try (net/read l 1) ([e] e)))
(print (try (net/write l "a") ([e] e)))
(print (try (net/chunk l 1) ([e] e)))
(print (try (net/flush l) ([e] e)))
(def c (net/socket))
(print (try (net/accept c) ([e] e)))
(print (try (net/accept-loop c (fn [x] x)) ([e] e)))
(def [r w] (os/pipe))
(print (try (net/read r 1) ([e] e)))
(print (try (net/shutdown r) ([e] e)))
(print (try (net/localname 1) ([e] e)))
(print (try (net/read 1 1) ([e] e)))
(print (try (net/accept-loop l print) ([e] e)))
(print (try (net/accept-loop l (fn [] 1)) ([e] e)))
(print (try (net/read c -1) ([e] e)))
(print (try (net/read c 1 "str") ([e] e)))
(print (try (net/read c 1 nil :x) ([e] e)))
(print (try (net/write c 1) ([e] e)))
(print (try (net/socket :foo) ([e] e)))
(print (try (net/socket :stream :unix) ([e] e)))
(map :close [l c r w])
#> bad stream, expected readable socket
#> bad stream, expected writable socket
#> bad stream, expected readable socket
#> bad stream, expected writable socket
#> bad stream, expected server socket
#> bad stream, expected server socket
#> bad stream, expected readable socket
#> bad stream, expected socket
#> bad slot #0, expected core/stream, got 1
#> bad slot #0, expected core/stream, got 1
#> bad slot #1, expected function, got <cfunction print>
#> handler function must take at least 1 argument
#> bad slot #1, expected non-negative 32 bit signed integer, got -1
#> bad slot #2, expected buffer, got "str"
#> bad slot #3, expected number, got :x
#> bad slot #1, expected string, symbol, keyword or buffer, got 1
#> expected socket type as :stream or :datagram, got :foo
#> could not get address info: ai_family not supported

#### errors on an unconnected socket
(def c (net/socket))
(print (try (net/read c 1) ([e] e)))
(print (try (net/write c "abc") ([e] e)))
(print (try (net/shutdown c) ([e] e)))
(pp (net/localname c))
(:close c)
#> Transport endpoint is not connected
#> Broken pipe
#> could not shutdown socket: Transport endpoint is not connected
#> ("::" 0)

#### net/close on something else
(net/close 1)
#! error: bad slot #0, expected core/stream, got 1
#!   in ev/close [src/core/ev.c] on line 3397
#!   in net/close [boot.janet] on line 4148, column 52
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### compile-time arity of the boot.janet functions
(net/server "127.0.0.1" "$PORT" nil :stream true 1)
#! test.janet:1:1: compile error: <function net/server> expects at most 5 arguments, got 6
#exit 1

#### arity of net/close
(net/close)
#! test.janet:1:1: compile error: <function net/close> expects at least 1 argument, got 0
#exit 1

#### writing to a connection the peer closed
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(:close a)
(ev/sleep 0.05)
(def big (string/repeat "x" 100000))
(print (try (do (net/write c big) (ev/sleep 0.05) (net/write c big) (net/write c big) :no-error) ([e] e)))
(pp (net/read c 10))
(:close c)
(:close s)
#> Broken pipe
#> nil
