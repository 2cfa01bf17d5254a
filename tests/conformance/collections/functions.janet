# comp, complement, partial, juxt*, identity, walk, prewalk, postwalk,
# keep-syntax, keep-syntax!, freeze, thaw (boot.janet).

#### comp
(pp ((comp inc inc) 1))
(pp ((comp string inc) 1))
(pp ((comp inc +) 1 2 3))
(pp ((comp inc inc inc) 1))
(pp ((comp inc inc inc inc) 1))
(pp ((comp inc inc inc inc inc) 1))
(pp ((comp string inc inc inc inc inc inc) 1))
(pp ((comp (fn [x] [:f x]) (fn [x] [:g x]) (fn [x] [:h x]) (fn [x] [:i x]) (fn [x] [:j x])) 0))
(pp (comp))
(pp (= inc (comp inc)))
(pp (comp inc inc))
(pp (function? (comp inc inc)))
(pp (protect ((comp inc inc) 1 2)))
(pp (protect ((comp inc inc inc inc inc) 1 2)))
(pp (protect ((comp inc 5) 1)))
#> 3
#> "2"
#> 7
#> 4
#> 5
#> 6
#> "7"
#> (:f (:g (:h (:i (:j 0)))))
#> nil
#> true
#> <function comp>
#> true
#> (false "<function inc> called with 2 arguments, expected 1")
#> (false "<function inc> called with 2 arguments, expected 1")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### complement and identity
(def not-odd (complement odd?))
(pp (map not-odd [1 2]))
(pp ((complement nil?) nil))
(pp not-odd)
(pp (protect (not-odd 1 2)))
(pp (protect ((complement 5) 1)))
(pp [(identity 1) (identity nil) (identity [1])])
(var f identity)
(pp (protect (f 1 2)))
#> @[false true]
#> false
#> <function complement>
#! test.janet:5:14: compile error: <function complement> expects at most 1 argument, got 2
#exit 1

#### partial
(def add3 (partial + 1 2))
(pp (add3 3))
(pp (add3))
(pp (= + (partial +)))
(pp ((partial string "a") "b" "c"))
(pp add3)
(pp (protect ((partial (fn [a b] a) 1) 2 3)))
(pp (protect ((partial 5 1))))
#> 6
#> 3
#> true
#> "abc"
#> <function partial>
#> (false "<function 0x563B48787560> called with 3 arguments, expected 2")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### juxt*
(def j (juxt* inc dec (fn [& xs] xs)))
(pp (j 1))
(pp ((juxt* + -) 1 2 3))
(pp ((juxt*)))
(pp (tuple/type ((juxt* inc) 1)))
(pp j)
(pp (protect (j 1 2)))
#> (2 0 (1))
#> (6 -4)
#> ()
#> :parens
#> <function juxt*>
#> (false "<function inc> called with 2 arguments, expected 1")

#### the juxt macro
(def j (juxt inc dec (fn [& xs] xs)))
(pp (j 1))
(pp ((juxt + -) 1 2 3))
(pp ((juxt)))
(pp (tuple/type ((juxt inc) 1)))
(pp j)
(pp (protect (j 1 2)))
#> (2 0 (1))
#> (6 -4)
#> ()
#> :parens
#> <function juxt>
#> (false "<function inc> called with 2 arguments, expected 1")

#### walk
(pp (walk inc [1 2 3]))
(pp (walk inc @[1 2 3]))
(pp (walk (fn [x] (if (number? x) (inc x) x)) {:a 1}))
(pp (walk (fn [x] (if (number? x) (inc x) x)) @{:a 1}))
(pp (walk inc 5))
(pp (walk inc "abc"))
(pp (tuple/type (walk identity '[1 2])))
(pp (tuple/type (walk identity '(1 2))))
(pp (tuple/sourcemap (walk identity '(1 2))))
(pp (walk (fn [x] nil) @{:a 1}))
(pp (table/getproto (walk identity (table/setproto @{:a 1} @{:p 2}))))
(pp (protect (walk inc [:a])))
(pp (protect (walk 5 [1])))
#> (2 3 4)
#> @[2 3 4]
#> {:a 2}
#> @{:a 2}
#> 5
#> "abc"
#> :brackets
#> :parens
#> (9 38)
#> @{}
#> nil
#> (false "could not find method :+ for :a")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### postwalk and prewalk
(defn trace [x] (printf "%q" x) x)
(postwalk trace [1 [2 3] {:k 4}])
(print "--")
(prewalk trace [1 [2 3] {:k 4}])
(pp (postwalk (fn [x] (if (number? x) (* 10 x) x)) [1 [2 @[3]] {:a 4}]))
(pp (prewalk (fn [x] (if (= x :a) [:b] x)) [:a [:a]]))
(pp (protect (postwalk inc [1 [2]])))
#> 1
#> 2
#> 3
#> (2 3)
#> :k
#> 4
#> {:k 4}
#> (1 (2 3) {:k 4})
#> --
#> (1 (2 3) {:k 4})
#> 1
#> (2 3)
#> 2
#> 3
#> {:k 4}
#> :k
#> 4
#> (10 (20 @[30]) {:a 40})
#> ((:b) ((:b)))
#> (false "could not find method :+ for <tuple 0x563258E0CDF0>")

#### keep-syntax and keep-syntax!
(def before (tuple/setmap '[a b] 7 8))
(def after (keep-syntax before '(x y z)))
(pp [after (tuple/type after) (tuple/sourcemap after)])
(def after2 (keep-syntax (tuple/setmap '(a) 1 2) [1 2]))
(pp [after2 (tuple/type after2) (tuple/sourcemap after2)])
(pp (keep-syntax [1] @[2]))
(pp (keep-syntax @[1] [2]))
(def after3 (keep-syntax! before @[1 2]))
(pp [after3 (tuple/type after3) (tuple/sourcemap after3)])
(pp (keep-syntax! @[1] @[2]))
(pp (keep-syntax! before "str"))
#> ([x y z] :brackets (7 8))
#> ((1 2) :parens (1 2))
#> @[2]
#> (2)
#> ([1 2] :brackets (7 8))
#> (2)
#> "str"

#### freeze
(pp (freeze @[1 @[2 @"buf"] @{:a @[3]}]))
(pp (freeze @{:a 1}))
(pp (freeze "s"))
(pp (freeze @"b"))
(pp (freeze 5))
(pp (freeze [@[1]]))
(pp (tuple/type (freeze '[1])))
(def f (freeze (table/setproto @{:a 1} @{:p @[2]})))
(pp [f (struct/getproto f)])
(pp (freeze @{@[1] :x [1] :y}))
(pp (freeze @{@[1] 1 [1] 2}))
#> (1 (2 "buf") {:a (3)})
#> {:a 1}
#> "s"
#> "b"
#> 5
#> ((1))
#> :parens
#> ({:a 1} {:p (2)})
#> {(1) :y}
#> {(1) 2}

#### thaw
(pp (thaw [1 [2 "s"] {:a "x"}]))
(pp (thaw (struct/with-proto {:p 1} :a 2)))
(pp (thaw (table/setproto @{:a 1} @{:p "x"})))
(pp (thaw {"k" "v"}))
(pp (thaw-keep-keys {"k" "v"}))
(pp (thaw 5))
(pp (thaw :kw))
#> @[1 @[2 @"s"] @{:a @"x"}]
#> @{:a 2 :p 1}
#> @{:a 1 :p @"x"}
#> @{@"k" @"v"}
#> @{"k" @"v"}
#> 5
#> :kw
