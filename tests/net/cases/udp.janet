#### datagrams with recv-from and send-to
(def server (net/listen "127.0.0.1" "$PORT" :datagram))
(ev/spawn
  (repeat 3
    (def buf @"")
    (def from (net/recv-from server 100 buf))
    (net/send-to server from (string "got " buf))))
(def client (net/connect "127.0.0.1" "$PORT" :datagram))
(each msg ["one" "two" @"three"]
  (net/write client msg)
  (pp (net/read client 100)))
(:close client)
(:close server)
#> @"got one"
#> @"got two"
#> @"got three"

#### send-to from an unconnected socket to an address
(def server (net/listen "127.0.0.1" "$PORT" :datagram))
(def sock (net/socket :datagram :ipv4))
(def dest (net/address "127.0.0.1" "$PORT" :datagram nil))
(print (net/send-to sock dest "ping"))
(def buf @"")
(def from (:recv-from server 100 buf))
(pp buf)
(print (type from) " " (first (net/address-unpack from)))
(pp (= (net/address-unpack from) (net/localname sock)))
(:send-to server from "pong")
(def back @"")
(pp (= (net/address-unpack (net/recv-from sock 100 back)) (net/localname server)))
(pp back)
(:close sock)
(:close server)
#>
#> @"ping"
#> core/socket-address 127.0.0.1
#> false
#> true
#> @"pong"

#### a datagram bigger than asked for is cut short
(def server (net/listen "127.0.0.1" "$PORT" :datagram))
(def client (net/connect "127.0.0.1" "$PORT" :datagram))
(def b @"")
(net/write client "0123456789abcdef")
(net/recv-from server 4 b)
(pp b)
(:close client)
(:close server)
#> @"0123"

#### streams of the wrong kind for datagram calls
(def s (net/socket))
(print (try (net/recv-from s 10 @"") ([e] e)))
(print (try (net/send-to s (net/address "127.0.0.1" 9 :datagram nil) "x") ([e] e)))
(def u (net/listen "127.0.0.1" "$PORT" :datagram))
(print (try (net/write u "x") ([e] e)))
(print (try (net/accept u) ([e] e)))
(print (try (net/recv-from u 10 "not a buffer") ([e] e)))
(print (try (net/send-to u "not an address" "x") ([e] e)))
(print (try (net/recv-from u -1 @"") ([e] e)))
(:close u)
#> bad stream, expected datagram socket
#> bad stream, expected datagram socket
#> bad stream, expected writable socket
#> bad stream, expected server socket
#> bad slot #2, expected buffer, got "not a buffer"
#> bad slot #1, expected core/socket-address, got "not an address"
#> bad slot #1, expected non-negative 32 bit signed integer, got -1

#### multicast options on a datagram socket
(def s (net/socket :datagram :ipv4))
(print (net/setsockopt s :ip-multicast-ttl 255))
(print (net/setsockopt s :so-broadcast true))
(print (try (net/setsockopt s :ip-multicast-ttl 1.5) ([e] e)))
(print (try (net/setsockopt s :so-broadcast 1) ([e] e)))
(print (try (net/setsockopt s :no-such-option 1) ([e] e)))
(print (try (net/setsockopt s "so-broadcast" true) ([e] e)))
(def t (net/socket :stream :ipv4))
(print (try (net/setsockopt t :ip-add-membership "224.0.0.1") ([e] e)))
(print (net/setsockopt t :so-keepalive true))
(:close s)
(:close t)
#>
#>
#> bad slot #2, expected 32 bit signed integer, got 1.5
#> bad slot #2, expected boolean, got 1
#> unknown socket option :no-such-option
#> bad slot #1, expected keyword, got "so-broadcast"
#> setsockopt(:ip-add-membership): Protocol error
#>

#### send-to an address of another family
(def srv (net/listen "127.0.0.1" "$PORT" :datagram))
(def s6 (net/socket :datagram :ipv6))
(print (net/send-to s6 (net/address "127.0.0.1" "$PORT" :datagram nil) "v4 from v6"))
(def b @"")
(print (type (net/recv-from srv 100 b 1)))
(pp b)
(def s4 (net/socket :datagram :ipv4))
(print (try (net/send-to s4 (net/address "::1" "$PORT" :datagram nil) "v6 from v4") ([e] e)))
(print (try (net/send-to s4 (net/address :unix "$DIR/nothing" :datagram nil) "x") ([e] e)))
(map :close [srv s6 s4])
#>
#> core/socket-address
#> @"v4 from v6"
#> Address family not supported by protocol
#> Address family not supported by protocol
