# Making and calling closures in a loop.
(defn make-adder [n] (fn [x] (+ x n)))
(defn bench []
  (var acc 0)
  (for i 0 500000
    (def add (make-adder i))
    (set acc (add acc)))
  acc)
