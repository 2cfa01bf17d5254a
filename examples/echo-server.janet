# An echo server that greets each connection with its name, for the port
# reuse examples of docs/net.md:
#
#   pyjanet examples/echo-server.janet PORT NAME [takeover]
#
# With `takeover`, a server started while another one serves the port gets
# every new connection from then on (:so-reuseport-takeover, pyjanet only).
# On SIGTERM it stops gracefully: it closes its listener, finishes the
# connections it is serving and exits with status 0.

(def [_ port name mode] (dyn :args))

(defn handler [conn]
  (defer (:close conn)
    (:write conn (string name "\n"))
    (def buf @"")
    (while (:read conn 4096 buf)
      (:write conn buf)
      (buffer/clear buf))))

(def server (net/server "127.0.0.1" port handler))
(when (= mode "takeover")
  (net/setsockopt server :so-reuseport-takeover true))

(os/sigaction :term
  (fn []
    (eprint name ": SIGTERM, stopping")
    (:close server)))

(print name " listening on " port)
(flush)
