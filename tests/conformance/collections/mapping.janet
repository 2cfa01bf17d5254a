# map, mapcat, filter, count, keep, some, all, reduce, reduce2, accumulate,
# accumulate2 (boot.janet): every kind of collection, several collections,
# errors from the collections and from the functions.

#### map over each kind of collection
(pp (map inc [1 2 3]))
(pp (map inc @[]))
(pp (map inc "ab"))
(pp (map inc :ab))
(pp (map inc @"ab"))
(pp (map inc {:a 1}))
(pp (map inc @{:a 1}))
(pp (map inc (coro (yield 1) (yield 2))))
#> @[2 3 4]
#> @[]
#> @[98 99]
#> @[98 99]
#> @[98 99]
#> @[2]
#> @[2]
#> @[2 3]

#### map with several collections stops at the shortest
(pp (map + [1 2 3] @[10 20]))
(pp (map + [1 2] [10 20] [100 200 300]))
(pp (map tuple [1 2] [3 4] [5 6] [7 8]))
(pp (map tuple [1 2] [3 4] [5 6] [7 8] [9]))
(pp (map tuple [1 2] "ab" {:k :v}))
(pp (map + [] 5))
(pp (map tuple [1 2 3] (coro (yield :a) (yield :b))))
#> @[11 22]
#> @[111 222]
#> @[(1 3 5 7) (2 4 6 8)]
#> @[(1 3 5 7 9)]
#> @[(1 97 :v)]
#> @[]
#> @[(1 :a) (2 :b)]

#### map errors
(var f map)
(pp (protect (map inc 5)))
(pp (protect (map inc nil)))
(pp (protect (map inc [1 2] 5)))
(pp (protect (map inc [1] [2] [3] [4] 5)))
(pp (protect (map 5 [1 2])))
(pp (protect (map (fn [a b] a) [1 2])))
(pp (protect (map (fn named [a b] a) [1 2])))
(pp (protect (map inc ["a"])))
(pp (protect (map (fn [x] (error x)) [:boom])))
(pp (protect (f)))
(pp (protect (f inc)))
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")
#> (false "<function 0x5624B5274040> called with 1 argument, expected 2")
#> (false "<function named> called with 1 argument, expected 2")
#> (false "could not find method :+ for \"a\"")
#> (false :boom)
#> (false "<function map> called with 0 arguments, expected 2")
#> (false "<function map> called with 1 argument, expected 2")

#### map calls keywords, tables and structs as functions
(pp (protect (map :a [{:a 1} {:a 2} {}])))
(pp (map :len [@{:len length}]))
(pp (map {1 :one 2 :two} [1 2 3]))
(pp (map @{:x 1} [:x :y]))
(pp (map [10 20 30] [0 2]))
#> (false "unknown method :a invoked on <struct 0x55B676074AD8>")
#> @[1]
#> @[:one :two nil]
#> @[1 nil]
#> @[10 30]

#### mapcat concatenates like array/concat
(pp (mapcat (fn [x] [x x]) [1 2]))
(pp (mapcat (fn [x] @[x]) "ab"))
(pp (mapcat identity [1 [2 3] @[4] "five" nil]))
(pp (mapcat tuple [1 2] [3 4]))
(pp (mapcat tuple [1 2] [3 4] [5] [6] [7]))
(pp (protect (mapcat inc 7)))
#> @[1 1 2 2]
#> @[97 98]
#> @[1 2 3 4 "five" nil]
#> @[1 3 2 4]
#> @[1 3 5 6 7]
#> (false "expected iterable type, got 7")

#### filter
(pp (filter odd? [1 2 3 4 5]))
(pp (filter identity [1 nil false 2]))
(pp (filter (fn [b] (> b 97)) "abc"))
(pp (filter number? {:a 1}))
(pp (filter truthy? @[]))
(pp (protect (filter odd? 5)))
(pp (protect (filter odd? ["x"])))
(pp (protect (filter 1 [1])))
#> @[1 3 5]
#> @[1 2]
#> @[98 99]
#> @[1]
#> @[]
#> (false "expected iterable type, got 5")
#> (false "could not find method :mod for \"x\" or :rmod for 2")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### count
(pp (count odd? [1 2 3]))
(pp (count odd? []))
(pp (count = [1 2 3] [1 0 3]))
(pp (count = [1 2 3] [1 0 3] [1 5 3] [1 2 3]))
(pp (count = [1 2 3] [1 2 3] [1 2 3] [1 2 3] [1 2 3]))
(pp (count identity {:a false :b true}))
(pp (protect (count odd? :a)))
#> 2
#> 0
#> 2
#> 2
#> 3
#> 1
#> (true 1)

#### keep
(pp (keep (fn [x] (if (odd? x) (* x x))) [1 2 3]))
(pp (keep get [{:a 1} {:b 2}] [:a :a]))
(pp (keep (fn [& xs] (when (= 1 (length (distinct xs))) xs)) [1 2] [1 3] [1 2] [1 2]))
(pp (keep identity [false nil]))
(pp (protect (keep identity 1.5)))
#> @[1 9]
#> @[1]
#> @[(1 1 1 1)]
#> @[]
#> (false "expected iterable type, got 1.5")

#### some
(pp (some odd? [2 4 5]))
(pp (some (fn [x] (if (> x 2) (* 10 x))) [1 2 3 4]))
(pp (some odd? [2 4]))
(pp (some odd? []))
(pp (some = [1 2 3] [0 2 3]))
(pp (some (fn [& xs] (and (= ;xs) xs)) [1 2] [3 2] [0 2] [1 2]))
(pp (protect (some odd? 3)))
#> true
#> 30
#> nil
#> nil
#> true
#> (2 2 2 2)
#> (false "expected iterable type, got 3")

#### all
(pp (all odd? [1 3 5]))
(pp (all odd? [1 2 5]))
(pp (all identity [1 nil 2]))
(pp (all identity [1 false 2]))
(pp (all identity []))
(pp (all < [1 2] [2 3]))
(pp (all (fn [& xs] (apply < xs)) [1 2] [2 3] [3 4] [4 1]))
(pp (protect (all odd? :x)))
#> true
#> false
#> nil
#> false
#> true
#> true
#> false
#> (true false)

#### reduce and reduce2
(pp (reduce + 0 [1 2 3]))
(pp (reduce + 10 []))
(pp (reduce (fn [acc x] (array/push acc x)) @[] "ab"))
(pp (reduce2 + [1 2 3]))
(pp (reduce2 + []))
(pp (reduce2 + [7]))
(pp (reduce2 max {:a 3}))
(pp (reduce + 0 (coro (yield 1) (yield 2))))
(pp (protect (reduce + 0 5)))
(pp (protect (reduce + 0 [:a])))
(pp (protect (reduce2 + 5)))
(pp (protect (reduce2 + [1 :a])))
#> 6
#> 10
#> @[97 98]
#> 6
#> nil
#> 7
#> 3
#> 3
#> (false "expected iterable type, got 5")
#> (false "could not find method :+ for 0 or :r+ for :a")
#> (false "expected iterable type, got 5")
#> (false "could not find method :+ for 1 or :r+ for :a")

#### accumulate and accumulate2
(pp (accumulate + 0 [1 2 3]))
(pp (accumulate + 0 []))
(pp (accumulate2 + [1 2 3]))
(pp (accumulate2 + []))
(pp (accumulate2 + [5]))
(pp (accumulate (fn [acc x] (string acc x)) "" "abc"))
(pp (protect (accumulate + 0 nil)))
(pp (protect (accumulate2 + nil)))
#> @[1 3 6]
#> @[]
#> @[1 3 6]
#> @[]
#> @[5]
#> @["97" "9798" "979899"]
#> (false "expected iterable type, got nil")
#> (false "expected iterable type, got nil")

#### arity errors of the mapping functions
(var f filter)
(pp (protect (f odd?)))
(set f reduce)
(pp (protect (f + 0)))
(set f count)
(pp (protect (f odd?)))
(set f accumulate2)
(pp (protect (f + [] 1)))
#> (false "<function filter> called with 1 argument, expected 2")
#> (false "<function reduce> called with 2 arguments, expected 3")
#> (false "<function count> called with 1 argument, expected 2")
#> (false "<function accumulate2> called with 3 arguments, expected 2")
