# sort, sort-by, sorted, sorted-by, reverse, reverse! (boot.janet).  The
# reference's sort is a quick-sort that is not stable: the order of elements
# the comparator cannot tell apart is part of what these cases check.

#### sort numbers, strings, keywords and mixed types
(pp (sort @[3 1 2]))
(pp (sort @[3 1 2] >))
(pp (sort @[0.5 -1 1e10 -0 0 -2]))
(pp (sort @["b" "a" "ab" "" "B"]))
(pp (sort @[:b :a :ab]))
(pp (sort @['b 'a]))
(pp (sort @[3 nil 1 :a "b" 2 true false [1] {:a 1} 'sym]))
(pp (sort @[[1 2] [1] [0 5] [1 1]]))
(pp (sort @[]))
(pp (sort @[1]))
#> @[1 2 3]
#> @[3 2 1]
#> @[-2 -1 0 0 0.5 10000000000]
#> @["" "B" "a" "ab" "b"]
#> @[:a :ab :b]
#> @[a b]
#> @[1 2 3 nil false true "b" sym :a (1) {:a 1}]
#> @[(0 5) (1) (1 1) (1 2)]
#> @[]
#> @[1]

#### sort returns its argument, sorted in place
(def a @[5 4 3 2 1])
(def b (sort a))
(pp [(= a b) a])
#> (true @[1 2 3 4 5])

#### sort is not stable
(def recs @[[1 :a] [1 :b] [0 :c] [2 :d] [1 :e] [0 :f] [2 :g] [1 :h]])
(pp (sort (array/slice recs) (fn [x y] (< (x 0) (y 0)))))
(pp (sort (array/slice recs) (fn [x y] (> (x 0) (y 0)))))
(pp (sort-by first (array/slice recs)))
(pp (sorted-by first recs))
(pp (sorted-by (fn [r] (- (r 0))) recs))
#> @[(0 :f) (0 :c) (1 :e) (1 :h) (1 :a) (1 :b) (2 :d) (2 :g)]
#> @[(2 :d) (2 :g) (1 :h) (1 :b) (1 :a) (1 :e) (0 :f) (0 :c)]
#> @[(0 :f) (0 :c) (1 :e) (1 :h) (1 :a) (1 :b) (2 :d) (2 :g)]
#> @[(0 :f) (0 :c) (1 :e) (1 :h) (1 :a) (1 :b) (2 :d) (2 :g)]
#> @[(2 :d) (2 :g) (1 :h) (1 :b) (1 :a) (1 :e) (0 :f) (0 :c)]

#### sort with comparators that cannot order anything
(pp (sort @[3 1 2] (fn [a b] false)))
(pp (sort @[5 1 4 2 3 0] (fn [a b] false)))
(pp (protect (sort @[3 1 2] (fn [a b] true))))
#> @[1 3 2]
#> @[3 0 2 1 4 5]
#> (false "expected integer key for array in range [0, 3), got 3")

#### sort zeros and NaN
(def nan (/ 0 0))
(pp (sort @[0 -0 0 -0 1 -0]))
(pp (sort @[-0 0 -1]))
(pp (sort @[3 nan 1 2 nan 0]))
(pp (sort @[nan 1 (- nan)] >))
#> @[0 0 0 0 0 1]
#> @[-1 0 0]
#> @[-nan 0 1 -nan 2 3]
#> @[1 -nan -nan]

#### sort buffers, tables and other containers with put
(pp (sort @"hello"))
(pp (sort @"hello" >))
(pp (sort @{0 3 1 1 2 2}))
(pp (sort [1]))
(pp (protect (sort [3 1 2])))
(pp (protect (sort "cba")))
(pp (protect (sort {0 2 1 1})))
(pp (protect (sort 5)))
(pp (protect (sort nil)))
(pp (protect (sort @"ab" (fn [a b] true))))
#> @"ehllo"
#> @"ollhe"
#> @{0 1 1 2 2 3}
#> (1)
#> (false "expected array, table or buffer, got <tuple 0x55A697B785D0>")
#> (false "expected array, table or buffer, got \"cba\"")
#> (false "expected array, table or buffer, got <struct 0x55A697B7B748>")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil")
#> (false "expected integer key for buffer in range [0, 2), got 2")

#### sort with comparator errors
(pp (protect (sort @[1 2 3] (fn [a] true))))
(pp (protect (sort @[1 2 3] 5)))
(pp (protect (sort @[1 2 3] (fn [a b] (error "cmp")))))
(var f sort)
(pp (protect (f)))
(pp (protect (f @[] < 1)))
#> (false "<function 0x563E83477700> called with 2 arguments, expected 1")
#> (false "5 called with 2 arguments, possibly expected 1")
#> (false "cmp")
#> (false "<function sort> called with 0 arguments, expected 2")
#> (false "<function sort> called with 3 arguments, expected 2")

#### sort-by calls f on the elements
(pp (sort-by length @["ccc" "a" "bb"]))
(pp (sort-by - @[1 3 2]))
(pp (sort-by :k @[{:k 2} {:k 1}]))
(pp (sort-by identity @"cab"))
(pp (sort-by inc @[:only]))
(pp (protect (sort-by inc @[1 :a])))
(pp (protect (sort-by 1 @[1 2])))
(pp (protect (sort-by length [1 2])))
#> @["a" "bb" "ccc"]
#> @[3 2 1]
#> @[{:k 1} {:k 2}]
#> @"abc"
#> @[:only]
#> (false "could not find method :+ for :a")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### sorted and sorted-by copy arrays and tuples
(def t [3 1 2])
(pp (sorted t))
(pp t)
(pp (sorted t >))
(pp (sorted @[:b :a]))
(pp (sorted-by - t))
(pp (sorted []))
(pp (protect (sorted "cba")))
(pp (protect (sorted {:a 1})))
(pp (protect (sorted-by - 5)))
#> @[1 2 3]
#> (3 1 2)
#> @[3 2 1]
#> @[:a :b]
#> @[3 2 1]
#> @[]
#> (false "bad slot #0, expected array or tuple, got \"cba\"")
#> (false "bad slot #0, expected array or tuple, got <struct 0x5581572C66F8>")
#> (false "bad slot #0, expected array or tuple, got 5")

#### reverse
(pp (reverse [1 2 3]))
(pp (reverse @[1 2 3]))
(pp (reverse "abc"))
(pp (reverse @"abc"))
(pp (reverse :abc))
(pp (reverse 'abc))
(pp (reverse {:a 1}))
(pp (reverse []))
(pp (reverse (coro (yield 1) (yield 2))))
(pp (protect (reverse 5)))
(pp (protect (reverse nil)))
#> @[3 2 1]
#> @[3 2 1]
#> @"cba"
#> @"cba"
#> @"cba"
#> @"cba"
#> @[1]
#> @[]
#> @[2 1]
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")

#### reverse! works in place
(def a @[1 2 3 4])
(pp (reverse! a))
(pp a)
(pp (reverse! @"abc"))
(pp (reverse! @[]))
(pp (reverse! @{0 :a 1 :b 2 :c}))
(pp (reverse! [1]))
(pp (protect (reverse! [1 2])))
(pp (protect (reverse! "ab")))
(pp (protect (reverse! 5)))
#> @[4 3 2 1]
#> @[4 3 2 1]
#> @"cba"
#> @[]
#> @{0 :c 1 :b 2 :a}
#> (1)
#> (false "expected array, table or buffer, got <tuple 0x56498365E2F0>")
#> (false "expected array, table or buffer, got \"ab\"")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")
