#### echo over TCP with :read, :write and :chunk
(defn handler [conn]
  (with [conn conn]
    (def buf @"")
    (while (:read conn 1024 buf)
      (:write conn buf)
      (buffer/clear buf))))
(def s (net/server "127.0.0.1" "$PORT" handler))
(with [c (net/connect "127.0.0.1" "$PORT")]
  (:write c "hello")
  (pp (:chunk c 5))
  (:write c @"buffered")
  (pp (:chunk c 8))
  (def big (string/repeat "0123456789" 10000))
  (ev/spawn (:write c big))
  (def got (:chunk c (length big)))
  (print (length got) " " (= (string got) big)))
(:close s)
#> @"hello"
#> @"buffered"
#> 100000 true

#### net/read and net/chunk into a given buffer, :all until the end
(def s (net/listen "127.0.0.1" "$PORT"))
(ev/spawn
  (def conn (net/accept s))
  (net/write conn "abc")
  (ev/sleep 0.05)
  (net/write conn "defgh")
  (net/close conn))
(def c (net/connect "127.0.0.1" "$PORT"))
(def b @"start:")
(pp (net/read c 2 b))
(pp (net/read c 10 b))
(pp (net/chunk c 3 b))
(pp (net/read c :all b))
(pp (net/read c 10))
(pp (net/chunk c 10))
(pp (net/read c :all))
(:close c)
(:close s)
#> @"start:ab"
#> @"start:abc"
#> @"start:abcdef"
#> @"start:abcdefgh"
#> nil
#> nil
#> nil

#### net/accept and net/connect return streams with the socket methods
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(print (type s) " " (type c) " " (type a))
(pp (keys c))
(pp (keys s))
(print (= (net/flush c) c))
(pp (net/localname s))
(pp (= (net/peername a) (net/localname c)))
(pp (= (net/localname a) (net/peername c)))
(pp (net/peername c))
(map :close [a c s])
#> core/stream core/stream core/stream
#> @[:chunk :close :read :write :flush :accept :accept-loop :send-to :recv-from :evread :evchunk :evwrite :shutdown :setsockopt]
#> @[:chunk :close :read :write :flush :accept :accept-loop :send-to :recv-from :evread :evchunk :evwrite :shutdown :setsockopt]
#> true
#> ("127.0.0.1" \$PORT)
#> true
#> true
#> ("127.0.0.1" \$PORT)

#### shutdown :w ends the stream for the peer
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(net/write c "last words")
(print (= c (net/shutdown c :w)))
(pp (net/read a :all))
(net/write a "reply")
(pp (net/read c 100))
(print (= a (:shutdown a)))
(pp (net/read c 100))
(map :close [a c s])
#> true
#> @"last words"
#> @"reply"
#> true
#> nil

#### bad shutdown modes
(def s (net/socket))
(print (try (net/shutdown s :x) ([e] e)))
(print (try (net/shutdown s "w") ([e] e)))
(print (try (net/shutdown s :r) ([e] e)))
(def l (net/listen "127.0.0.1" "$PORT"))
(print (= l (try (net/shutdown l :r) ([e] e))))
#> unexpected keyword :x
#> bad slot #1, expected keyword, got "w"
#> could not shutdown socket: Transport endpoint is not connected
#> true

#### ev/read, ev/write and the :ev methods work on sockets
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(ev/write c "one")
(pp (ev/read a 10))
(:evwrite a "two")
(pp (:evread c 10))
(:evwrite a "three")
(pp (:evchunk c 5))
(map :close [a c s])
#> @"one"
#> @"two"
#> @"three"

#### net/connect with a local address to bind
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT" :stream "127.0.0.1" "$PORT2"))
(pp (net/localname c))
(def a (net/accept s))
(pp (net/peername a))
(def d (net/connect "127.0.0.1" "$PORT" :stream "127.0.0.1"))
(pp (first (net/localname d)))
(print (try (net/connect "127.0.0.1" "$PORT" :stream "no-such-host.invalid") ([e] e)))
(map :close [a c d s])
#> ("127.0.0.1" \$PORT2)
#> ("127.0.0.1" \$PORT2)
#> "127.0.0.1"
#> could not get address info for bindhost: Name or service not known

#### IPv6 loopback
(def s (net/listen "::1" "$PORT"))
(ev/spawn (with [a (net/accept s)] (net/write a (net/read a 10))))
(with [c (net/connect "::1" "$PORT")]
  (net/write c "v6")
  (pp (net/read c 10))
  (pp (net/peername c)))
(:close s)
#> @"v6"
#> ("::1" \$PORT)

#### many connections served at once by one accept loop
(var served 0)
(defn handler [conn]
  (with [conn conn]
    (net/write conn (net/read conn 100))
    (++ served)))
(def s (net/server "127.0.0.1" "$PORT" handler))
(def conns (seq [i :range [0 30]] (net/connect "127.0.0.1" "$PORT")))
(def results
  (ev/go-gather (seq [[i c] :pairs conns]
                  (fn []
                    (net/write c (string "msg" i))
                    (string (net/read c 100))))))
(print (string/join results ","))
(each c conns (:close c))
(ev/sleep 0.05)
(print served)
(:close s)
#> msg0,msg1,msg2,msg3,msg4,msg5,msg6,msg7,msg8,msg9,msg10,msg11,msg12,msg13,msg14,msg15,msg16,msg17,msg18,msg19,msg20,msg21,msg22,msg23,msg24,msg25,msg26,msg27,msg28,msg29
#> 30

#### tasks spawned inside ev/go-gather share its supervisor
(def s (net/server "127.0.0.1" "$PORT" (fn [conn] (with [conn conn] (net/write conn (net/read conn 100))))))
(def conns (seq [i :range [0 3]] (net/connect "127.0.0.1" "$PORT")))
(def results
  (ev/go-gather (seq [[i c] :pairs conns]
                  (fn []
                    (ev/spawn (net/write c (string "msg" i)))
                    (string (net/read c 100))))))
(print (string/join results ","))
(each c conns (:close c))
(:close s)
#> parent canceled,parent canceled,parent canceled

#### ev/to-file on a socket
(def s (net/listen "127.0.0.1" "$PORT"))
(def c (net/connect "127.0.0.1" "$PORT"))
(def a (net/accept s))
(def f (ev/to-file c))
(print (type f))
(file/write f "via file")
(file/flush f)
(pp (net/read a 100))
(file/close f)
(map :close [a c s])
#> core/file
#> @"via file"

#### a local address of the other family
(def s (net/listen "127.0.0.1" "$PORT"))
(print (try (net/connect "127.0.0.1" "$PORT" :stream "::1") ([e] e)))
(print (try (net/connect "::1" "$PORT" :stream "127.0.0.1") ([e] e)))
(:close s)
#> could not bind outgoing address: Address family not supported by protocol
#> could not bind outgoing address: Invalid argument
