# A server that stops gracefully on SIGTERM: it closes its listening socket
# (new connections go elsewhere or are refused), lets every connection it is
# serving finish, and then exits with status 0 because nothing is left to do.
#
#   pyjanet examples/graceful-server.janet 8000 &
#   kill -TERM $!
#
# Each connection sends one line and gets back "done: " and the line after a
# short pause (work in progress, which the shutdown must not cut).

(def port (get (dyn :args) 1 "8000"))

(defn handler [conn]
  (defer (:close conn)
    (def request (:read conn 1024))
    (when request
      (ev/sleep 0.5)
      (:write conn (string "done: " request)))))

(def server (net/server "127.0.0.1" port handler))

(os/sigaction :term
  (fn []
    (eprint "SIGTERM: closing the listener, finishing the open connections")
    (:close server)))

(print "listening on " port)
(flush)
