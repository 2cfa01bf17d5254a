# Uncaught errors raised by a callback inside a prelude function: which frames the trace shows.

#### callback error inside (keep bad [1])
(defn bad [& _] (error "bad"))
(keep bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in keep [boot.janet] on line 1278, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (mapcat bad [1])
(defn bad [& _] (error "bad"))
(mapcat bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in mapcat [boot.janet] on line 1224, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (count bad [1])
(defn bad [& _] (error "bad"))
(count bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in count [boot.janet] on line 1258, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (find bad [1])
(defn bad [& _] (error "bad"))
(find bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in find [boot.janet] on line 1310, column 11
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (find-index bad [1])
(defn bad [& _] (error "bad"))
(find-index bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in find-index [boot.janet] on line 1293, column 11
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (some bad [1])
(defn bad [& _] (error "bad"))
(some bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in some [boot.janet] on line 2541, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (all bad [1])
(defn bad [& _] (error "bad"))
(all bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in all [boot.janet] on line 2520, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (update @{:a 1} :a bad)
(defn bad [& _] (error "bad"))
(update @{:a 1} :a bad)
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in update [boot.janet] on line 1877, column 14
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside ((partial bad 1) 2)
(defn bad [& _] (error "bad"))
((partial bad 1) 2)
#! error: bad
#!   in bad [test.janet] (tail call) on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside ((comp bad inc) 1)
(defn bad [& _] (error "bad"))
((comp bad inc) 1)
#! error: bad
#!   in bad [test.janet] (tail call) on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside ((juxt bad) 1)
(defn bad [& _] (error "bad"))
((juxt bad) 1)
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in juxt [test.janet] on line 2, column 2
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (reduce2 bad [1 2])
(defn bad [& _] (error "bad"))
(reduce2 bad [1 2])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in reduce2 [boot.janet] on line 1097, column 14
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (accumulate bad 0 [1])
(defn bad [& _] (error "bad"))
(accumulate bad 0 [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in accumulate [boot.janet] on line 1115, column 38
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (filter bad [1])
(defn bad [& _] (error "bad"))
(filter bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in filter [boot.janet] on line 1238, column 9
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (map bad [1] [2])
(defn bad [& _] (error "bad"))
(map bad [1] [2])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (map bad [1] [2] [3])
(defn bad [& _] (error "bad"))
(map bad [1] [2] [3])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (map bad [1] [2] [3] [4])
(defn bad [& _] (error "bad"))
(map bad [1] [2] [3] [4])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (each x [1] (bad x))
(defn bad [& _] (error "bad"))
(each x [1] (bad x))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 13
#exit 1

#### callback error inside (seq [x :in [1]] (bad x))
(defn bad [& _] (error "bad"))
(seq [x :in [1]] (bad x))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 18
#exit 1

#### callback error inside (group-by bad [1])
(defn bad [& _] (error "bad"))
(group-by bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in group-by [boot.janet] on line 1986, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### callback error inside (partition-by bad [1])
(defn bad [& _] (error "bad"))
(frequencies [1])
(partition-by bad [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in partition-by [boot.janet] on line 2007, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### callback error inside (table/to-struct @{}) (eachp [k v] {:a 1} (bad k))
(defn bad [& _] (error "bad"))
(table/to-struct @{}) (eachp [k v] {:a 1} (bad k))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 43
#exit 1

#### callback error inside (apply bad [])
(defn bad [& _] (error "bad"))
(apply bad [])
#! error: bad
#!   in bad [test.janet] (tail call) on line 1, column 17
#exit 1

#### callback error inside (f)
(defn bad [& _] (error "bad"))
(defn f [] (apply bad []) 1)
(f)
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in f [test.janet] on line 2, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### callback error inside (invert (bad))
(defn bad [& _] (error "bad"))
(invert (bad))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 9
#exit 1

#### callback error inside (interpose (bad) [1])
(defn bad [& _] (error "bad"))
(interpose (bad) [1])
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 12
#exit 1

#### callback error inside (tracev (bad))
(defn bad [& _] (error "bad"))
(tracev (bad))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 9
#exit 1

#### callback error inside (max-of (map bad [1]))
(defn bad [& _] (error "bad"))
(max-of (map bad [1]))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in map [boot.janet] on line 1204, column 3
#!   in thunk [test.janet] (tail call) on line 2, column 9
#exit 1

#### callback error inside (let [x (bad)] x)
(defn bad [& _] (error "bad"))
(let [x (bad)] x)
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 2, column 9
#exit 1

#### callback error inside (resume (fiber/new bad))
(defn bad [& _] (error "bad"))
(fiber/new bad)
(resume (fiber/new bad))
#! error: bad
#!   in bad [test.janet] on line 1, column 17
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### callback error inside (in-range? 1)
(defn bad [& _] (error "bad"))
(in-range? 1)
#! test.janet:2:1: compile error: unknown symbol in-range?
#exit 1

#### a builtin called back by map, filter, reduce ... shows its own frame
(each thunk [|(map string/slice [1]) |(map even? [:a]) |(filter odd? [:a]) |(count even? [:a])
             |(keep even? [:a]) |(find even? [:a]) |(find-index even? [:a]) |(mapcat string/slice [1])
             |(map (fn [x] (string/slice x)) [1]) |(map string/slice [1] [2] [3] [4]) |(map even? 5)
             |(group-by even? [:a]) |(partition-by even? [:a]) |(reduce even? 0 [1])]
  (try (thunk) ([err f] (print err) (debug/stacktrace f err ""))))
#> bad slot #0, expected string, symbol, keyword or buffer, got 1
#> could not find method :mod for :a or :rmod for 2
#> could not find method :mod for :a or :rmod for 2
#> could not find method :mod for :a or :rmod for 2
#> could not find method :mod for :a or :rmod for 2
#> could not find method :mod for :a or :rmod for 2
#> could not find method :mod for :a or :rmod for 2
#> bad slot #0, expected string, symbol, keyword or buffer, got 1
#> bad slot #0, expected string, symbol, keyword or buffer, got 1
#> bad slot #0, expected string, symbol, keyword or buffer, got 1
#> expected iterable type, got 5
#> could not find method :mod for :a or :rmod for 2
#> could not find method :mod for :a or :rmod for 2
#> <function even?> called with 2 arguments, expected 1
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 1
#!   in string/slice [src/core/string.c] on line 173
#!   in map [boot.janet] (tail call) on line 1204, column 3
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in map [boot.janet] (tail call) on line 1204, column 3
#! error: could not find method :mod for :a or :rmod for 2
#!   in odd? [boot.janet] on line 976, column 53
#!   in filter [boot.janet] (tail call) on line 1238, column 9
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in count [boot.janet] (tail call) on line 1258, column 3
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in keep [boot.janet] (tail call) on line 1278, column 3
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in find [boot.janet] (tail call) on line 1310, column 11
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in find-index [boot.janet] (tail call) on line 1293, column 11
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 1
#!   in string/slice [src/core/string.c] on line 173
#!   in mapcat [boot.janet] (tail call) on line 1224, column 3
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 1
#!   in string/slice [src/core/string.c] on line 173
#!   in <anonymous> [test.janet] on line 3, column 28
#!   in map [boot.janet] (tail call) on line 1204, column 3
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 1
#!   in string/slice [src/core/string.c] on line 173
#!   in map [boot.janet] (tail call) on line 1204, column 3
#! error: expected iterable type, got 5
#!   in map [boot.janet] (tail call) on line 1204, column 3
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in group-by [boot.janet] (tail call) on line 1986, column 12
#! error: could not find method :mod for :a or :rmod for 2
#!   in even? [boot.janet] on line 975, column 55
#!   in partition-by [boot.janet] (tail call) on line 2007, column 12
#! error: <function even?> called with 2 arguments, expected 1
#!   in reduce [boot.janet] (tail call) on line 1079, column 22
