# The pyjanet side of bench/echo.py: an echo server on 127.0.0.1, port given
# as the script's argument.  Every connection gets back what it sends.
(defn handler [conn]
  (def buf @"")
  (defer (:close conn)
    (while (net/read conn 4096 buf)
      (net/write conn buf)
      (buffer/clear buf))))

(defn main [_ port &]
  (net/server "127.0.0.1" port handler)
  (print "ready")
  (flush))
