#### echo over a unix-domain socket
(def path "$DIR/echo.sock")
(def s (net/server :unix path (fn [conn] (with [conn conn] (net/write conn (net/read conn 100))))))
(with [c (net/connect :unix path)]
  (net/write c "over unix")
  (pp (net/read c 100))
  (pp (net/peername c)))
(pp (net/localname s))
(:close s)
(os/rm path)
#> @"over unix"
#> ("$DIR/echo.sock")
#> ("$DIR/echo.sock")

#### an abstract unix-domain socket
(def s (net/listen :unix "@pyjanet-test-$PORT"))
(pp (net/localname s))
(def c (net/connect :unix "@pyjanet-test-$PORT"))
(def a (net/accept s))
(net/write a "abstract")
(pp (net/read c 100))
(pp (net/peername c))
(map :close [a c s])
#> ("@pyjanet-test-\$PORT")
#> @"abstract"
#> ("@pyjanet-test-\$PORT")

#### unix-domain datagrams
(def path "$DIR/dgram.sock")
(def s (net/listen :unix path :datagram))
(def c (net/connect :unix path :datagram))
(net/write c "hello")
(def b @"")
(net/recv-from s 100 b)
(pp b)
(def dest (net/address :unix path :datagram nil))
(def u (net/socket :datagram :ipv4))
(print (try (net/send-to u dest "x") ([e] e)))
(map :close [c s u])
(os/rm path)
#> @"hello"
#> Address family not supported by protocol

#### connecting to a unix path nobody listens on
(print (try (net/connect :unix "$DIR/nobody.sock") ([e] e)))
(print (try (net/connect :unix "$DIR/x.sock" :stream "127.0.0.1") ([e] e)))
(net/connect :unix "$DIR/nobody.sock")
#> could not connect socket: No such file or directory
#> bindhost not supported for unix domain sockets
#! error: could not connect socket: No such file or directory
#!   in net/connect [src/core/net.c] on line 501
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### binding a unix path in a missing directory
(net/listen :unix "$DIR/missing/dir.sock")
#! error: could not bind socket: No such file or directory
#!   in net/listen [src/core/net.c] on line 809
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
