# Tables as dictionaries: counting words and summing values through keys.
(defn bench []
  (def counts @{})
  (for i 0 200000
    (def k (% (* i 7) 1000))
    (put counts k (+ 1 (get counts k 0))))
  (var total 0)
  (eachp [k v] counts (+= total (* k v)))
  total)
