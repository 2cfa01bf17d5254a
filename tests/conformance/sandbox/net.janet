# :net, :net-connect and :net-listen for the network.

#### :net-connect forbids net/address and net/connect
(sandbox :net-connect)
(pp (protect (net/address "127.0.0.1" 8000)))
(pp (protect (net/address :unix "/tmp/x")))
(pp (protect (net/connect "127.0.0.1" 1)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :net-connect is checked before the arguments
(sandbox :net-connect)
(pp (protect (net/address 1 2)))
(pp (protect (net/connect 1 2)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :net-listen forbids net/listen and net/server, not net/address
(sandbox :net-listen)
(pp (protect (net/listen "127.0.0.1" 0)))
(pp (protect (net/server "127.0.0.1" 0)))
(pp (protect (net/server "127.0.0.1" 0 (fn [s] nil))))
(pp (type (net/address "127.0.0.1" 8000)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> :core/socket-address

#### :net forbids both
(sandbox :net)
(pp (protect (net/address "127.0.0.1" 8000)))
(pp (protect (net/listen "127.0.0.1" 0)))
(pp (protect (net/connect "127.0.0.1" 1)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### a server made before the sandbox keeps working
(def s (net/listen "127.0.0.1" 0))
(def [host port] (net/localname s))
(def c (net/connect host port))
(def a (net/accept s))
(sandbox :net)
(net/write c "ping")
(pp (net/read a 4))
(pp (protect (net/connect host port)))
(net/close c)
(net/close a)
(net/close s)
#> @"ping"
#> (false "operation forbidden by sandbox")

#### the frames of net/server and net/connect
(defn trace [f]
  # the error and the frames (names; positions in this file only)
  (def fib (fiber/new f :e))
  (def e (resume fib))
  (print "error: " e)
  (each fr (debug/stack fib)
    (print "  " (fr :name)
           (if (= (fr :source) "test.janet") (string " " (fr :source-line) ":" (fr :source-column)) "")
           (if (fr :tail) " (tail)" ""))))
(sandbox :net)
(trace (fn [] (net/server "127.0.0.1" 0)))
(trace (fn [] (net/connect "127.0.0.1" 1)))
#> error: operation forbidden by sandbox
#>   net/listen
#>   net/server (tail)
#> error: operation forbidden by sandbox
#>   net/connect
#>    12:15
