#### assorted calls: shutdown writes, zero-length reads, socket options, connect arguments
(defmacro t [form] ~(print (try (let [v ,form] (if (= :core/stream (type v)) "a stream" (string/format "%q" v))) ([e] (string "ERR " e)))))
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(net/shutdown c :w)
(t (net/write c "x"))
(t (net/chunk a 0))
(t (net/read a 0))
(t (net/read a :all nil 0.1))
(def u6 (net/socket :datagram :ipv6))
(t (net/setsockopt u6 :ipv6-multicast-hops 3))
(t (net/setsockopt u6 :ipv6-unicast-hops 3))
(t (net/setsockopt u6 :ipv6-join-group "ff02::1"))
(t (net/setsockopt u6 :ipv6-leave-group "ff02::1"))
(t (net/setsockopt u6 :ipv6-leave-group "garbage"))
(def u4 (net/socket :datagram :ipv4))
(t (net/setsockopt u4 :ipv6-multicast-hops 3))
(t (net/setsockopt u4 :ip-add-membership "224.0.0.251"))
(t (net/setsockopt u4 :ip-drop-membership "224.0.0.251"))
(t (net/setsockopt u4 :ip-drop-membership "224.0.0.251"))
(t (net/setsockopt u4 :ip-multicast-ttl 300))
(t (net/setsockopt u4 :ip-multicast-ttl -1))
(t (net/socket :datagram :bogus))
(t (= (net/peername a) (net/localname c)))
(:close u4)
(t (net/recv-from u4 1 @""))
(t (net/connect "127.0.0.1" "$PORT" :datagram))
(t (net/connect "127.0.0.1" "$PORT" :stream nil 5))
(t (net/connect "127.0.0.1" "$PORT" :stream "127.0.0.1" 1.5))
#> ERR Broken pipe
#> nil
#> nil
#> nil
#> nil
#> nil
#> nil
#> nil
#> ERR setsockopt(:ipv6-leave-group): Invalid argument
#> ERR setsockopt(:ipv6-multicast-hops): Protocol not available
#> nil
#> nil
#> ERR setsockopt(:ip-drop-membership): Cannot assign requested address
#> ERR setsockopt(:ip-multicast-ttl): Invalid argument
#> nil
#> a stream
#> true
#> ERR stream is closed
#> a stream
#> a stream
#> ERR bad slot #4, expected string, got 1.5
