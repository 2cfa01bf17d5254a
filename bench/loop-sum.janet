# A counting loop updating a variable: the evaluator's loop overhead.
(defn bench []
  (var s 0)
  (for i 0 3000000 (+= s i))
  s)
