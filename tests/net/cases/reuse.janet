#### two servers on one host and port both bind and both receive connections
(def seen @{})
(defn handler [name] (fn [conn] (put seen name true) (:close conn)))
(def s1 (net/server "127.0.0.1" "$PORT" (handler :one)))
(def s2 (net/server "127.0.0.1" "$PORT" (handler :two)))
(print "both bound")
(repeat 40
  (def c (net/connect "127.0.0.1" "$PORT"))
  (ev/read c 1)
  (:close c))
(print "one: " (seen :one) ", two: " (seen :two))
(:close s1)
(:close s2)
#> both bound
#> one: true, two: true

#### no-reuse fails while the port is shared and works on a free port
(def s1 (net/server "127.0.0.1" "$PORT"))
(def s2 (net/server "127.0.0.1" "$PORT"))
(print (try (net/server "127.0.0.1" "$PORT" nil nil true) ([e] e)))
(print (try (net/listen "127.0.0.1" "$PORT" :stream true) ([e] e)))
(def s3 (net/listen "127.0.0.1" "$PORT2" :stream true))
(pp (net/localname s3))
(map :close [s1 s2 s3])
#> could not bind to any sockets
#> could not bind to any sockets
#> ("127.0.0.1" \$PORT2)

#### a no-reuse server keeps the port to itself
(def s1 (net/server "127.0.0.1" "$PORT" nil nil true))
(print (try (net/server "127.0.0.1" "$PORT") ([e] e)))
(print (try (net/listen "127.0.0.1" "$PORT" :stream) ([e] e)))
(print (try (net/listen "127.0.0.1" "$PORT" :stream true) ([e] e)))
(:close s1)
(def s2 (net/server "127.0.0.1" "$PORT"))
(print "bound after close")
(:close s2)
#> could not bind to any sockets
#> could not bind to any sockets
#> could not bind to any sockets
#> bound after close

#### a failed bind inside net/server shows its frames
(def s1 (net/listen "127.0.0.1" "$PORT" :stream true))
(net/server "127.0.0.1" "$PORT")
#! error: could not bind to any sockets
#!   in net/listen [src/core/net.c] on line 809
#!   in net/server [boot.janet] on line 4273, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### datagram servers share a port too, unless no-reuse
(def u1 (net/listen "127.0.0.1" "$PORT" :datagram))
(def u2 (net/server "127.0.0.1" "$PORT" nil :datagram))
(print (try (net/listen "127.0.0.1" "$PORT" :datagram true) ([e] e)))
(:close u1)
(:close u2)
(def u3 (net/listen "127.0.0.1" "$PORT" :datagram true))
(print (try (net/listen "127.0.0.1" "$PORT" :datagram) ([e] e)))
(:close u3)
#> could not bind to any sockets
#> could not bind to any sockets

#### so-reuseaddr through setsockopt
(def s (net/socket :stream :ipv4))
(print (net/setsockopt s :so-reuseaddr true))
(print (net/setsockopt s :so-reuseaddr false))
(:close s)
#>
#>

#### a handler with :datagram is an error
(net/server "127.0.0.1" "$PORT" (fn [c] c) :datagram)
#! error: handler not supported for :datagram servers
#!   in net/server [boot.janet] on line 4271, column 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### unix-domain servers on one path: the second bind fails even with reuse
(def s (net/listen :unix "$DIR/srv.sock"))
(print (try (net/listen :unix "$DIR/srv.sock") ([e] e)))
(:close s)
(os/rm "$DIR/srv.sock")
(def s (net/listen :unix "$DIR/srv.sock" :stream true))
(print "bound without reuse")
(:close s)
#> could not bind socket: Address already in use
#> bound without reuse
