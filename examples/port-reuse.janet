# The three uses of port reuse (docs/net.md), each shown with servers of
# examples/echo-server.janet started as processes of their own:
#
#   pyjanet examples/port-reuse.janet share PORT    several servers on one port
#   pyjanet examples/port-reuse.janet restart PORT  restart at once after a crash
#   pyjanet examples/port-reuse.janet update PORT   replace a server under load
#
# Run it from the directory that holds examples/.

(def [_ mode port] (dyn :args))
(def janet (dyn :executable))

(defn start
  "Start a server named `name`; returns its process once it listens."
  [name &opt how]
  (def p (os/spawn [janet "examples/echo-server.janet" port name ;(if how [how] [])]
                   :p {:out :pipe}))
  (def line @"")
  (while (not (string/find "\n" line))
    (unless (ev/read (p :out) 100 line)
      (error (string name " did not start"))))
  p)

(defn connect
  "Connect; returns the connection and the name of the server that took it."
  []
  (def c (net/connect "127.0.0.1" port))
  (def greeting @"")
  (while (not (string/find "\n" greeting))
    (unless (:read c 100 greeting)
      (error "no greeting")))
  [c (string/trimr greeting)])

(defn exchange
  "Send a message and check that it comes back whole."
  [c msg]
  (:write c msg)
  (def got @"")
  (while (< (length got) (length msg))
    (unless (:read c (- (length msg) (length got)) got)
      (error "connection ended")))
  (unless (= (string got) msg) (error "wrong bytes")))

(defn stop [p]
  (os/proc-kill p false :term)
  (os/proc-wait p))

(case mode
  "share"
  (do
    (def servers [(start "one") (start "two")])
    (def served @{})
    (repeat 200
      (def [c name] (connect))
      (exchange c "ping")
      (:close c)
      (put served name (inc (get served name 0))))
    (printf "200 connections, served by %s" (string/join (sort (keys served)) " and "))
    (each p servers (stop p)))

  "restart"
  (do
    (def crashing (start "first"))
    (def held (seq [_ :range [0 50]] (first (connect))))
    (os/proc-kill crashing true :kill)  # a crash, with 50 connections open
    (def second (start "second"))       # at once, on the same port
    (def [c name] (connect))
    (exchange c "ping")
    (:close c)
    (printf "50 connections open when first was killed; %s serves the port at once" name)
    (each c held (:close c))
    (stop second))

  "update"
  (do
    (var current (start "v0" "takeover"))
    (var running true)
    (def counts @{:connections 0 :failed 0})
    (def served @{})
    (def finished (ev/chan 50))
    (defn client []
      (defer (ev/give finished true)
        (while running
        (try
          (do
            (def [c name] (connect))
            (put served name true)
            (exchange c (string/repeat "x" 1000))
            (exchange c "ping")
            (:close c)
            (++ (counts :connections)))
          ([err] (++ (counts :failed)) (eprint "failed: " err))))))
    (repeat 50 (ev/go client))
    (for i 1 6
      (ev/sleep 0.3)
      (def next (start (string "v" i) "takeover"))
      (ev/sleep 0.1)
      (def status (stop current))       # v(i-1) drains and exits
      (unless (= status 0) (error (string "exit status " status)))
      (set current next))
    (ev/sleep 0.3)
    (set running false)
    (repeat 50 (ev/take finished))
    (stop current)
    (printf "5 updates under a pool of 50 clients: served by %s; %d failed connections"
            (string/join (sort (keys served)) ", ") (counts :failed)))

  (error (string "unknown mode " mode)))
