# Sorting: numbers with the default order and records with a key function.
(defn bench []
  (var seed 12345)
  (defn rand [] (set seed (% (* seed 48271) 2147483647)) seed)
  (def nums (seq [i :range [0 100000]] (rand)))
  (def recs (seq [i :range [0 30000]] {:id i :score (% (rand) 1000)}))
  (sort nums)
  (def by-score (sort-by |($ :score) recs))
  (+ (first nums) (last nums) ((first by-score) :score) ((last by-score) :score)))
