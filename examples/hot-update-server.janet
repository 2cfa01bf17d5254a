# One version of an echo server that can be replaced while it runs, losing
# no connection (docs/net.md, "Hot update").  Start the new version on the
# same port while this one runs; when the new one says it is listening,
# send this one SIGTERM:
#
#   pyjanet examples/hot-update-server.janet 8000 v1 &   # the running version
#   pyjanet examples/hot-update-server.janet 8000 v2 &   # its replacement...
#   kill -TERM %1                                        # ...once it listens
#
# The new version takes every new connection from the moment it listens
# (:so-reuseport-takeover); the old one, on SIGTERM, accepts what the kernel
# had already queued for it, closes its listener, finishes its open
# connections and exits with status 0.

(def [_ port version] (dyn :args))

(defn handler [conn]
  (defer (:close conn)
    (def buf @"")
    (while (:read conn 4096 buf)
      (:write conn buf)
      (buffer/clear buf))))

(def server (net/server "127.0.0.1" port handler))
(net/setsockopt server :so-reuseport-takeover true)

(os/sigaction :term
  (fn []
    (eprint version ": stopping")
    (:close server)))

(print version " listening on " port)
(flush)
