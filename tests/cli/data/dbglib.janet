(defn scale [x k]
  (def y (* x k))
  (def z (+ y 1))
  (- z x))

(defn run [n]
  (def s (scale n 3))
  (+ s 100))
