#### IPv4, IPv6 and unix-domain addresses unpack to their parts
(pp (net/address-unpack (net/address "127.0.0.1" 80)))
(pp (net/address-unpack (net/address "127.0.0.1" "8080" :datagram nil)))
(pp (net/address-unpack (net/address "::1" 443)))
(pp (net/address-unpack (net/address :unix "/tmp/some.sock")))
(pp (net/address-unpack (net/address "127.0.0.1" nil)))
(pp (net/address-unpack (net/address "127.0.0.1" "http")))
(print (type (net/address "127.0.0.1" 80)))
#> ("127.0.0.1" 80)
#> ("127.0.0.1" 8080)
#> ("::1" 443)
#> ("/tmp/some.sock")
#> ("127.0.0.1" 0)
#> ("127.0.0.1" 80)
#> core/socket-address

#### multi returns every address in an array
(def all (net/address "127.0.0.1" 80 :stream true))
(print (type all) " " (length all))
(pp (map net/address-unpack all))
(pp (map net/address-unpack (net/address :unix "/x" :stream true)))
#> array 1
#> @[("127.0.0.1" 80)]
#> @[("/x")]

#### bad arguments to net/address
(defn try-it [f] (print (try (f) ([e] (string "error: " e)))))
(try-it |(net/address "127.0.0.1" 80 :foo nil))
(try-it |(net/address "127.0.0.1" 80 "stream" nil))
(try-it |(net/address 1 80))
(try-it |(net/address "127.0.0.1" :x))
(try-it |(net/address "127.0.0.1" 80.5))
(try-it |(net/address "127.0.0.1" @"80"))
(try-it |(net/address "127.0.0.1" "no-such-service"))
(try-it |(net/address "no-such-host.invalid" 80))
(try-it |(net/address "127.0.0.1" -5))
(try-it |(net/address :unix 5))
(try-it |(net/address-unpack 1))
(try-it |(net/address-unpack (ev/chan)))
#> error: expected socket type as :stream or :datagram, got :foo
#> error: bad slot #2, expected keyword, got "stream"
#> error: bad slot #0, expected string, got 1
#> error: bad slot #1, expected string, got :x
#> error: bad slot #1, expected string, got 80.5
#> error: bad slot #1, expected string, got @"80"
#> error: could not get address info: Servname not supported for ai_socktype
#> error: could not get address info: Name or service not known
#> error: could not get address info: Servname not supported for ai_socktype
#> error: bad slot #1, expected string, got 5
#> error: bad slot #0, expected core/socket-address, got 1
#> error: bad slot #0, expected core/socket-address, got <core/channel 0x55ABC43C0BA0>

#### an error from net/address has the C function's frame
(net/address "127.0.0.1" 80 :nope nil)
#! error: expected socket type as :stream or :datagram, got :nope
#!   in net/address [src/core/net.c] on line 453
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### arity of net/address
(net/address "127.0.0.1")
#! error: arity mismatch, expected at least 2, got 1
#!   in net/address [src/core/net.c] on line 453
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
