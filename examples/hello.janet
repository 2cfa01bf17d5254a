# A first Janet program: run it with `pyjanet examples/hello.janet`.
(defn greet [who]
  (string "Hello, " who "!"))

(print (greet "world"))
(each n [1 2 3]
  (printf "%d squared is %d" n (* n n)))
