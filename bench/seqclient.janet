# The client of bench/net.py's sequential test when run by the reference
# Janet (--client janet): `n` connections to 127.0.0.1:`port`, one after
# another, each sending 4 bytes and reading them back.  Prints connections per
# second and the client's CPU seconds.
(defn main [_ port n &]
  (def n (scan-number n))
  (def buf @"")
  (def c0 (os/clock :cputime))
  (def t0 (os/clock :monotonic))
  (repeat n
    (def c (net/connect "127.0.0.1" port))
    (net/write c "ping")
    (buffer/clear buf)
    (unless (net/chunk c 4 buf) (error "connection ended"))
    (net/close c))
  (def t1 (os/clock :monotonic))
  (printf "%f %f" (/ n (- t1 t0)) (- (os/clock :cputime) c0)))
