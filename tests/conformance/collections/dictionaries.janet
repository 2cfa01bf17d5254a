# keys, values, pairs, kvs, from-pairs, zipcoll, invert, merge, merge-into,
# get-in, put-in, update, update-in (boot.janet).

#### keys, values and pairs of sequences
(pp (keys [:a :b]))
(pp (values [:a :b]))
(pp (pairs [:a :b]))
(pp (keys "ab"))
(pp (values "ab"))
(pp (pairs :ab))
(pp (keys @""))
(pp (tuple/type (first (pairs [1]))))
(pp (pairs {:a 1}))
(pp (tuple/type (first (pairs {:a 1}))))
#> @[0 1]
#> @[:a :b]
#> @[(0 :a) (1 :b)]
#> @[0 1]
#> @[97 98]
#> @[(0 97) (1 98)]
#> @[]
#> :parens
#> @[(:a 1)]
#> :parens

#### keys, values and pairs of dictionaries
(def t @{:a 1 :b 2 :c 3})
(pp (sort (keys t)))
(pp (sort (values t)))
(pp (sort (pairs t)))
(pp (keys {}))
(pp (sort (keys (table/setproto @{:x 1} @{:y 2}))))
(pp (values {:k :v}))
(pp (keys (coro (yield :a) (yield :b))))
(pp (values (coro (yield :a) (yield :b))))
#> @[:a :b :c]
#> @[1 2 3]
#> @[(:a 1) (:b 2) (:c 3)]
#> @[]
#> @[:x]
#> @[:v]
#> @[0 0]
#> @[:a :b]

#### keys, values and pairs errors
(pp (protect (keys 5)))
(pp (protect (values nil)))
(pp (protect (pairs 1.5)))
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")
#> (false "expected iterable type, got 1.5")

#### kvs and from-pairs
(pp (kvs {:a 1}))
(pp (kvs [:x :y]))
(pp (kvs {}))
(pp (sort (kvs @{1 2 3 4})))
(pp (from-pairs [[:a 1] [:b 2]]))
(pp (from-pairs [[:a 1] [:a 2]]))
(pp (from-pairs [[:a] [:b 2 3] "xy" {0 :k 1 :v}]))
(pp (from-pairs (pairs {:a 1 :b 2})))
(pp (from-pairs []))
(pp (from-pairs [[nil 1]]))
(pp (protect (from-pairs [5])))
(pp (protect (from-pairs 5)))
(pp (protect (kvs 5)))
#> @[:a 1]
#> @[0 :x 1 :y]
#> @[]
#> @[1 2 3 4]
#> @{:a 1 :b 2}
#> @{:a 2}
#> @{120 121 :b 2 :k :v}
#> @{:a 1 :b 2}
#> @{}
#> @{}
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")

#### zipcoll and invert
(pp (zipcoll [:a :b :c] [1 2 3]))
(pp (zipcoll [:a :b :c] [1 2]))
(pp (zipcoll [:a :b] [1 2 3]))
(pp (zipcoll "ab" "xy"))
(pp (zipcoll [] [1]))
(pp (zipcoll [:a nil] [1 2]))
(pp (invert {:a 1 :b 2}))
(pp (invert [:x :y]))
(pp (invert "ab"))
(pp (invert [1 nil]))
(pp (protect (zipcoll 5 [1])))
(pp (protect (zipcoll [1] 5)))
(pp (protect (invert 5)))
#> @{:a 1 :b 2 :c 3}
#> @{:a 1 :b 2}
#> @{:a 1 :b 2}
#> @{97 120 98 121}
#> @{}
#> @{:a 1}
#> @{1 :a 2 :b}
#> @{:x 0 :y 1}
#> @{97 0 98 1}
#> @{1 0}
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")

#### merge and merge-into
(pp (merge {:a 1 :b 2} @{:b 3 :c 4}))
(pp (merge))
(pp (merge {:a 1}))
(pp (merge [:x :y]))
(pp (merge {:a 1} "z"))
(def p @{:inherited 1})
(def m (merge (table/setproto @{:own 2} p)))
(pp m)
(pp (table/getproto m))
(def t @{:a 1})
(pp (= t (merge-into t {:b 2} {:a 3})))
(pp t)
(pp (merge-into @[] {0 :x 1 :y}))
(pp (merge-into {} {}))
(pp (protect (merge-into {} {:a 1})))
(pp (protect (merge-into @[] {:a 1})))
(pp (protect (merge 5)))
(pp (protect (merge {:a 1} 5)))
#> @{:a 1 :b 3 :c 4}
#> @{}
#> @{:a 1}
#> @{0 :x 1 :y}
#> @{0 122 :a 1}
#> @{:own 2}
#> nil
#> true
#> @{:a 3 :b 2}
#> @[:x :y]
#> {}
#> (false "expected array, table or buffer, got <struct 0x5639898AFF28>")
#> (false "expected integer key for array in range [0, 2147483646), got :a")
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")

#### get-in
(def d {:a {:b [10 20 {:c :deep}]}})
(pp (get-in d [:a :b 1]))
(pp (get-in d [:a :b 2 :c]))
(pp (get-in d [:a :x :y]))
(pp (get-in d [:a :x :y] :dflt))
(pp (get-in d []))
(pp (get-in d [] :dflt))
(pp (get-in nil [:a] 5))
(pp (get-in {:side false} [:side]))
(pp (get-in {:side false} [:side :note]))
(pp (get-in {:side false} [:side :note] "dflt"))
(pp (get-in "abc" [1]))
(pp (get-in [[1 2]] "\0\1"))
(pp (protect (get-in {} 5)))
(pp (get-in 5 [1]))
#> 20
#> :deep
#> nil
#> :dflt
#> {:a {:b (10 20 {:c :deep})}}
#> {:a {:b (10 20 {:c :deep})}}
#> 5
#> false
#> nil
#> "dflt"
#> 98
#! test.janet:13:25: parse error: invalid string escape sequence
#exit 1

#### put-in makes missing tables
(pp (put-in @{} [:a :b :c] 1))
(pp (put-in @{:a @{:x 1}} [:a :b] 2))
(pp (put-in @[] [0 :b] 1))
(pp (put-in @[1 2] [1] :two))
(pp (put-in @{} [:a] nil))
(pp (protect (put-in @{} [] 1)))
(pp (protect (put-in {} [:a :b] 1)))
(pp (protect (put-in @{:a 5} [:a :b] 1)))
(pp (protect (put-in @{:a {}} [:a :b] 1)))
(pp (protect (put-in @{} 5 1)))
#> @{:a @{:b @{:c 1}}}
#> @{:a @{:b 2 :x 1}}
#> @[@{:b 1}]
#> @[1 :two]
#> @{}
#> (false "expected at least 1 key in ks")
#> (false "expected array, table or buffer, got <struct 0x55770DFBF5D8>")
#> (false "expected array, table or buffer, got 5")
#> (false "expected array, table or buffer, got <struct 0x55770DFC2838>")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")

#### update-in and update
(pp (update-in @{:a @{:b 1}} [:a :b] + 10 20))
(pp (update-in @{} [:a :b] (fn [x] [:was x])))
(pp (update-in @[@[1]] [0 0] inc))
(pp (protect (update-in @{} [] inc)))
(pp (protect (update-in @{:a :x} [:a] inc)))
(pp (update @{:n 1} :n inc))
(pp (update @{} :n (fn [x] [:was x])))
(pp (update @[1 2] 1 + 10 100))
(pp (update @"ab" 0 inc))
(pp (protect (update {:n 1} :n inc)))
(pp (protect (update @{:n "x"} :n inc)))
(pp (protect (update @{} :n 5)))
#> @{:a @{:b 31}}
#> @{:a @{:b (:was nil)}}
#> @[@[2]]
#> (false "expected at least 1 key in ks")
#> (false "could not find method :+ for :x")
#> @{:n 2}
#> @{:n (:was nil)}
#> @[1 112]
#> @"bb"
#> (false "expected array, table or buffer, got <struct 0x557F81DEE758>")
#> (false "could not find method :+ for \"x\"")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil")

#### next of a key the dictionary does not hold goes on from where the key would be
(def keys-pool [1 2 3 5 7 :a :b :c "s" 'x 0.5 -1 100 math/nan [1 2] {:k 1} true 1000])
(each t [@{1 2} @{:a 1 :b 2} @{1 2 3 4 5 6} {1 2} {:a 1 :b 2 :c 3} @{} {}
         (table ;(range 20)) (struct ;(range 14)) @{:x 1 "y" 2 [1] 3}]
  (print (string/format "%j" (map |(next t $) keys-pool))))
#> @[nil 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1]
#> @[nil nil nil nil nil nil :a nil nil nil nil nil nil nil nil nil nil nil]
#> @[5 5 1 nil 5 5 5 5 5 5 5 5 5 nil 5 nil 5 5]
#> @[nil nil 1 nil 1 nil 1 1 nil 1 nil nil 1 nil nil nil nil nil]
#> @[nil nil nil nil nil nil :c :a nil nil nil nil nil nil nil nil nil nil]
#> @[nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil]
#> @[nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil nil]
#> @[14 10 10 nil 14 14 8 14 8 14 10 nil nil nil 8 6 14 14]
#> @[6 4 nil nil 6 6 6 6 6 6 nil nil nil nil 6 6 6 6]
#> @[:x :x :x "y" :x :x :x :x :x "y" :x :x "y" :x :x :x :x :x]
