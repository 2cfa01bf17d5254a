# Tail calls and deep recursion.

#### self tail recursion one million times
(defn count-down [n acc] (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(print (count-down 1000000 0))
#> 1000000

#### mutual tail recursion one million times
(var odd-n? nil)
(defn even-n? [n] (if (= n 0) true (odd-n? (- n 1))))
(set odd-n? (fn [n] (if (= n 0) false (even-n? (- n 1)))))
(print (even-n? 1000000))
(print (odd-n? 7))
#> true
#> true

#### non-tail recursion depth one hundred thousand
(defn depth [n] (if (= n 0) 0 (+ 1 (depth (- n 1)))))
(print (depth 100000))
#> 100000

#### tail call through apply
(defn loop-apply [n] (if (= n 0) :done (apply loop-apply [(- n 1)])))
(print (loop-apply 20000))
#> done

#### tail call in cond and case branches
(defn f [n]
  (cond
    (= n 0) :zero
    (odd? n) (f (- n 1))
    (case (% n 4) 0 (f (- n 1)) (f (- n 1)))))
(print (f 50000))
#> zero

#### tail call in let and when
(defn f [n] (let [m (- n 1)] (when (>= m 0) (if (= m 0) :bottom (f m)))))
(print (f 50000))
#> bottom

#### tail call in do and match
(defn f [n] (do (match n 0 :end _ (f (- n 1)))))
(print (f 50000))
#> end

#### tail call in and/or
(defn f [n] (or (= n 0) (and true (f (- n 1)))))
(print (f 50000))
#> true

#### deep recursion building a list
(defn build [n] (if (= n 0) @[] (array/push (build (- n 1)) n)))
(print (length (build 20000)))
#> 20000

#### tail call marks in stack traces
(defn c [] (error "deep"))
(defn b [] (c))
(defn a [] (b) 1)
(a)
#! error: deep
#!   in c [test.janet] (tail call) on line 1, column 12
#!   in a [test.janet] on line 3, column 12
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1
