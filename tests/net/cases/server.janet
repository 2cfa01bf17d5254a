#### a failing handler prints its stack trace and leaves the server running
(defn handler [conn]
  (def msg (string (net/read conn 100)))
  (if (= msg "fail") (error (string "handler failed on " msg)))
  (net/write conn (string "ok " msg))
  (:close conn))
(def s (net/server "127.0.0.1" "$PORT" handler))
(def bad (net/connect "127.0.0.1" "$PORT"))
(net/write bad "fail")
(ev/sleep 0.05)
(repeat 2
  (with [c (net/connect "127.0.0.1" "$PORT")]
    (net/write c "good")
    (pp (net/read c 100))))
(:close bad)
(:close s)
(print "done")
#> @"ok good"
#> @"ok good"
#> done
#! error: handler failed on fail
#!   in handler [test.janet] on line 3, column 22

#### closing the server ends its accept loop and the program
(def s (net/server "127.0.0.1" "$PORT" (fn [c] (:close c))))
(ev/sleep 0.01)
(print (length (ev/all-tasks)))
(:close s)
(ev/sleep 0.01)
(print (length (ev/all-tasks)))
#> 2
#> 1

#### net/accept-loop returns when the stream is closed
(def s (net/listen "127.0.0.1" "$PORT"))
(def f (ev/spawn (pp (net/accept-loop s (fn [c] (:close c))))))
(ev/sleep 0.01)
(with [c (net/connect "127.0.0.1" "$PORT")] (pp (net/read c 1)))
(:close s)
(ev/sleep 0.01)
(print (fiber/status f))
#> nil
#> nil
#> dead

#### net/accept returns nil when the server is closed while it waits
(def s (net/listen "127.0.0.1" "$PORT"))
(ev/spawn (ev/sleep 0.02) (:close s))
(pp (net/accept s))
#> nil

#### handler tasks get the accept loop's supervisor, but their errors are printed
(def sup (ev/chan 10))
(def s (net/listen "127.0.0.1" "$PORT"))
(ev/go (fn [] (net/accept-loop s (fn [c] (:close c) (error "oops")))) nil sup)
(def c (net/connect "127.0.0.1" "$PORT"))
(pp (net/read c 10))
(:close c)
(:close s)
(def [sig fiber] (ev/take sup))
(print sig " " (ev/count sup))
#> nil
#> ok 0
#! error: oops
#!   in <anonymous> [test.janet] on line 3, column 53

#### a server with a handler keeps the program alive until it is closed
(var s nil)
(set s (net/server "127.0.0.1" "$PORT" (fn [c] (with [c c] (net/write c "bye")) (:close s))))
(ev/spawn
  (with [c (net/connect "127.0.0.1" "$PORT")]
    (pp (net/read c 10))))
(print "top level done")
#> top level done
#> @"bye"

#### a server closed before its accept loop starts: the loop's task fails
(def s (net/server "127.0.0.1" "$PORT" (fn [c] (:close c))))
(:close s)
(print "closed")
#> closed
#! error: stream is closed
#!   in net/accept-loop [src/core/net.c] on line 985
#!   in net/server-handler [boot.janet] on line 4275, column 41

#### a failing handler's connection gets closed
(defn handler [conn]
  (def msg (string (net/read conn 100)))
  (error (string "handler failed on " msg)))
(def s (net/server "127.0.0.1" "$PORT" handler))
(def bad (net/connect "127.0.0.1" "$PORT"))
(net/write bad "fail")
(ev/sleep 0.05)
(gccollect)
(pp (try (net/read bad 10 nil 1) ([e] e)))
(:close bad)
(:close s)
#> nil
#! error: handler failed on fail
#!   in handler [test.janet] on line 3, column 3
