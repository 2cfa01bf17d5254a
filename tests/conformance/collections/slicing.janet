# take, take-while, take-until, drop, drop-while, drop-until, partition,
# partition-by, interleave, interpose, distinct, frequencies, group-by,
# flatten, flatten-into (boot.janet).

#### take from sequences
(pp (take 2 [1 2 3]))
(pp (take 2 @[1 2 3]))
(pp (take 5 [1 2 3]))
(pp (take 0 [1 2 3]))
(pp (take -2 [1 2 3]))
(pp (take -5 [1 2 3]))
(pp (take 2 "abc"))
(pp (take -1 @"abc"))
(pp (take 2 :abc))
(pp (take 1 'xyz))
#> (1 2)
#> (1 2)
#> (1 2 3)
#> ()
#> (2 3)
#> (1 2 3)
#> "ab"
#> "c"
#> "ab"
#> "x"

#### take from dictionaries, fibers and errors
(pp (take 1 {:a 1}))
(pp (take 0 {:a 1}))
(pp (take 3 {:a 1}))
(pp (take -1 @{:a 1}))
(pp (take 2 (coro (yield 1) (yield 2) (yield 3))))
(pp (take 5 (coro (yield 1))))
(pp (protect (take :a [])))
(pp (protect (take :a [1 2])))
(pp (protect (take 1.5 [1 2 3])))
(pp (protect (take 2 nil)))
(pp (protect (take 2 5)))
(pp (protect (take :a {:k 1})))
#> @{:a 1}
#> @{}
#> @{:a 1}
#> @{}
#> @[1 2]
#> @[1]
#> (false "could not find method :+ for 0 or :r+ for :a")
#> (false "could not find method :+ for 2 or :r+ for :a")
#> (false "bad slot #2, expected 32 bit signed integer, got 1.5")
#> (false "expected iterable type, got nil")
#> (false "expected iterable type, got 5")
#> (false "could not find method :- for :a")

#### take-while and take-until
(pp (take-while odd? [1 3 4 5]))
(pp (take-while odd? [2]))
(pp (take-while odd? @[1 3]))
(pp (take-until odd? [2 4 5 6]))
(pp (take-while (fn [b] (< b 99)) "abcd"))
(pp (take-until (fn [b] (= b 99)) :abcd))
(pp (take-while number? {:a 1}))
(pp (take-until number? {:a 1}))
(pp (take-while odd? (coro (yield 1) (yield 2) (yield 3))))
(pp (protect (take-while odd? 5)))
(pp (protect (take-until odd? [:a])))
#> (1 3)
#> ()
#> (1 3)
#> (2 4)
#> "ab"
#> "ab"
#> @{:a 1}
#> @{}
#> @[1]
#> (false "expected iterable type, got 5")
#> (false "could not find method :mod for :a or :rmod for 2")

#### drop from sequences
(pp (drop 1 [1 2 3]))
(pp (drop 0 @[1 2 3]))
(pp (drop 5 [1 2 3]))
(pp (drop -1 [1 2 3]))
(pp (drop -5 [1 2 3]))
(pp (drop 2 "abcd"))
(pp (drop -2 :abcd))
(pp (drop :a [1 2 3]))
(pp (protect (drop 1.5 [1 2 3])))
(pp (protect (drop -0.5 [1 2 3])))
#> (2 3)
#> (1 2 3)
#> ()
#> (1 2)
#> ()
#> "cd"
#> "ab"
#> ()
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #2, expected 32 bit signed integer, got 2.5")

#### drop from dictionaries and fibers
(pp (drop 1 {:a 1}))
(pp (drop 0 {:a 1}))
(pp (drop 0 (struct/with-proto {:p 1} :a 1)))
(pp (table/getproto (drop 0 (table/setproto @{:a 1} @{:p 1}))))
(pp (drop 1 @{:a 1}))
(def fib (coro (yield 1) (yield 2) (yield 3)))
(pp (= fib (drop 1 fib)))
(pp (resume fib))
(pp (protect (drop 1 5)))
(pp (drop 0 5))
#> @{}
#> @{:a 1}
#> @{:a 1}
#> @{:p 1}
#> @{}
#> true
#> 2
#> (false "expected iterable type, got 5")
#> 5

#### drop-while and drop-until
(pp (drop-while odd? [1 3 4 5]))
(pp (drop-while odd? [1 3]))
(pp (drop-until odd? [2 4 5 6]))
(pp (drop-while (fn [b] (< b 99)) "abcd"))
(pp (drop-until (fn [b] (= b 99)) @"abcd"))
(pp (drop-while number? {:a 1}))
(pp (drop-until number? @{:a 1}))
(def fib (coro (yield 1) (yield 2) (yield 3)))
(pp (= fib (drop-while odd? fib)))
(pp (resume fib))
(pp (protect (drop-until odd? 5)))
#> (4 5)
#> ()
#> (5 6)
#> "cd"
#> "cd"
#> @{}
#> @{:a 1}
#> true
#> 3
#> (false "expected iterable type, got 5")

#### partition
(pp (partition 2 [1 2 3 4 5]))
(pp (partition 2 @[1 2 3 4]))
(pp (partition 5 [1 2]))
(pp (partition 1 []))
(pp (partition 2 "abcde"))
(pp (partition 2 :abc))
(pp (partition 1 {:a 1}))
(pp (partition 2 (coro (yield 1) (yield 2) (yield 3))))
#> @[(1 2) (3 4) (5)]
#> @[(1 2) (3 4)]
#> @[(1 2)]
#> @[]
#> @["ab" "cd" "e"]
#> @["ab" "c"]
#> @[(1)]
#> @[(1 2) (3)]

#### partition errors
(pp (protect (partition 0 [1 2 3])))
(pp (protect (partition -1 [1 2 3])))
(pp (protect (partition 1.5 [1 2 3])))
(pp (protect (partition :a [1 2 3])))
(pp (protect (partition 2 5)))
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got inf")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got -3")
#> (false "bad slot #2, expected 32 bit signed integer, got 1.5")
#> (false "could not find method :div for 3 or :rdiv for :a")
#> (false "expected iterable type, got 5")

#### partition-by
(pp (partition-by odd? [1 3 2 4 5]))
(pp (partition-by identity [1 1 2 1]))
(pp (partition-by odd? []))
(pp (partition-by (fn [b] (< b 99)) "abcd"))
(pp (protect (partition-by odd? 5)))
(pp (protect (partition-by odd? [:a])))
#> @[@[1 3] @[2 4] @[5]]
#> @[@[1 1] @[2] @[1]]
#> @[]
#> @[@[97 98] @[99 100]]
#> (false "expected iterable type, got 5")
#> (false "could not find method :mod for :a or :rmod for 2")

#### interleave and interpose
(pp (interleave [1 2 3] [:a :b :c]))
(pp (interleave [1 2 3] [:a :b]))
(pp (interleave [1 2] "ab" [:x :y] [true false] [nil nil]))
(pp (interleave [1 2]))
(pp (interpose 0 [1 2 3]))
(pp (interpose 0 [1]))
(pp (interpose 0 []))
(pp (interpose :s "ab"))
(pp (interpose :s (coro (yield 1) (yield 2))))
(var f interleave)
(pp (protect (f)))
(pp (protect (interleave [1] 5)))
(pp (protect (interpose 0 5)))
#> @[1 :a 2 :b 3 :c]
#> @[1 :a 2 :b]
#> @[1 97 :x true nil 2 98 :y false nil]
#> @[1 2]
#> @[1 0 2 0 3]
#> @[1]
#> @[]
#> @[97 :s 98]
#> @[1 :s 2]
#> (false "<function mapcat> called with 1 argument, expected 2")
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")

#### distinct, frequencies and group-by
(pp (distinct [1 2 1 3 2]))
(pp (distinct "abca"))
(pp (distinct [[1] [1] @[1] @[1]]))
(pp (distinct []))
(pp (frequencies [:a :b :a]))
(pp (frequencies "abca"))
(pp (frequencies []))
(pp (group-by odd? [1 2 3 4]))
(pp (group-by length ["a" "bb" "c"]))
(pp (group-by identity []))
#> @[1 2 3]
#> @[97 98 99]
#> @[(1) @[1] @[1]]
#> @[]
#> @{:a 2 :b 1}
#> @{97 2 98 1 99 1}
#> @{}
#> @{false @[2 4] true @[1 3]}
#> @{1 @["a" "c"] 2 @["bb"]}
#> @{}

#### distinct, frequencies and group-by errors
(pp (protect (distinct [1 nil])))
(pp (protect (distinct [(/ 0 0)])))
(pp (protect (frequencies [nil])))
(pp (protect (frequencies [1 (/ 0 0)])))
(pp (protect (group-by (fn [x] nil) [1])))
(pp (protect (group-by odd? 5)))
(pp (protect (frequencies 5)))
#> (true @[1 nil])
#> (true @[-nan])
#> (true @{})
#> (true @{1 1})
#> (true @{})
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")

#### flatten and flatten-into
(pp (flatten [1 [2 [3 @[4]] []] 5]))
(pp (flatten []))
(pp (flatten [{:a [1]} "ab"]))
(pp (flatten "ab"))
(pp (flatten {:a [1 2]}))
(def into @[0])
(pp (flatten-into into [1 [2]]))
(pp into)
(pp (protect (flatten 5)))
(pp (protect (flatten-into [] [1])))
(pp (flatten-into [] []))
#> @[1 2 3 4 5]
#> @[]
#> @[{:a (1)} "ab"]
#> @[97 98]
#> @[1 2]
#> @[0 1 2]
#> @[0 1 2]
#> (false "expected iterable type, got 5")
#> (false "bad slot #0, expected array, got <tuple 0x555A732EB860>")
#> ()
