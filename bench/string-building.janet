# Building text: formatting numbers into a buffer and joining strings.
(defn bench []
  (def buf @"")
  (for i 0 100000
    (buffer/push-string buf (string i) ","))
  (def parts @[])
  (for i 0 50000
    (array/push parts (string "item-" i)))
  (+ (length buf) (length (string/join parts " "))))
