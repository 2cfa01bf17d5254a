# A fiber yielding 1,500,000 values consumed by `each`: the cost of a resume
# and a yield (two stack switches) per value.
(defn bench []
  (def gen (generate [i :range [0 1500000]] i))
  (var s 0)
  (each x gen (+= s x))
  s)
