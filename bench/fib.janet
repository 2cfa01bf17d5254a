# Doubly recursive Fibonacci: function calls and arithmetic.
(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(defn bench [] (fib 25))
