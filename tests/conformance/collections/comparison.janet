# compare, compare= < <= > >=, zero? pos? neg? one? even? odd?, deep=,
# deep-not=, extreme, min, max, min-of, max-of (boot.janet).

#### compare on primitive values
(pp (map (fn [[x y]] (compare x y))
         [[1 2] [2 1] [1 1] [-0 0] [nil nil] [1 nil] [nil false] ["a" "b"]
          ["b" "ab"] [:a "a"] ['a :a] [[1 2] [1 3]] [[1] [1 0]] [{:a 1} {:a 1}]
          [true false] [false true] [1 :a]]))
(def nan (/ 0 0))
(pp [(compare nan 1) (compare 1 nan) (compare nan nan)])
#> @[-1 1 0 0 0 -1 -1 -1 1 1 -1 -1 -1 0 1 -1 -1]
#> (1 1 1)

#### compare uses :compare methods
(def proto @{:compare (fn [self other] (compare (self :v) (other :v)))})
(defn obj [v] (table/setproto @{:v v} proto))
(pp [(compare (obj 1) (obj 2)) (compare (obj 2) (obj 1)) (compare (obj 1) (obj 1))])
(def only @{:compare (fn [self other] :custom)})
(pp (compare only 1))
(pp (compare 1 @{:compare (fn [self other] 1)}))
(pp (compare 1 @{:compare (fn [self other] -1)}))
(pp (compare @{:compare (fn [& _] false)} 1))
(pp (compare @{:compare (fn [& _] 0)} 1))
#> (-1 1 0)
#> :custom
#> -1
#> 1
#> 1
#> 0

#### compare method errors
(pp (protect (compare 1 @{:compare (fn [& _] nil)})))
(pp (protect (compare 1 @{:compare (fn [& _] :a)})))
(pp (protect (compare @{:compare (fn [& _] nil)} @{:compare (fn [& _] nil)})))
(pp (protect (compare @{:compare 5} 1)))
(pp (protect (compare @{:compare (fn [x] 1)} 1)))
#> (false "could not find method :* for nil")
#> (false "could not find method :* for :a")
#> (false "could not find method :* for nil")
#> (false "5 called with 2 arguments, possibly expected 1")
#> (false "<function 0x560E6FD4C280> called with 2 arguments, expected 1")

#### compare= compare< compare<= compare> compare>=
(pp [(compare= 1 1 1) (compare= 1 1 2) (compare=) (compare= 1)])
(pp [(compare< 1 2 3) (compare< 1 3 2) (compare< 1 1)])
(pp [(compare<= 1 1 2) (compare<= 2 1)])
(pp [(compare> 3 2 1) (compare> 3 3)])
(pp [(compare>= 3 3 1) (compare>= 1 3)])
(def proto @{:compare (fn [self other] (compare (self :v) (other :v)))})
(defn obj [v] (table/setproto @{:v v} proto))
(pp [(compare< (obj 1) (obj 2) (obj 3)) (compare= (obj 1) (obj 1)) (compare> (obj 1) (obj 2))])
(pp [(compare< "a" "b") (compare< [1] [0])])
(pp (protect (compare< 1 @{:compare (fn [& _] nil)})))
#> (true false true true)
#> (true false false)
#> (true false)
#> (true false)
#> (true false)
#> (true true false)
#> (true false)
#> (false "could not find method :* for nil")

#### zero? pos? neg? one?
(def nan (/ 0 0))
(pp (map zero? [0 -0 1 nan "a" nil]))
(pp (map pos? [1 0 -1 nan "a" nil]))
(pp (map neg? [-1 0 1 nan "a" nil]))
(pp (map one? [1 1.0 0 nan :a]))
(def proto @{:compare (fn [self other] (compare (self :v) other))})
(defn obj [v] (table/setproto @{:v v} proto))
(pp [(zero? (obj 0)) (pos? (obj 5)) (neg? (obj -5)) (one? (obj 1))])
#> @[true true false false false false]
#> @[true false false true true true]
#> @[true false false false false false]
#> @[true true false false false]
#> (true true true true)

#### even? and odd?
(def nan (/ 0 0))
(pp (map even? [0 -0 1 2 -2 -3 1.5 nan math/inf]))
(pp (map odd? [0 1 -1 3 -3 2 1.5 nan math/inf]))
(pp (protect (even? "a")))
(pp (protect (odd? nil)))
#> @[true true false true true false false false false]
#> @[false true true true true false false false false]
#> (false "could not find method :mod for \"a\" or :rmod for 2")
#> (false "could not find method :mod for nil or :rmod for 2")

#### deep= and deep-not=
(pp (deep= @[1 @[2 @{:a @"x"}]] @[1 @[2 @{:a @"x"}]]))
(pp (deep= @[1 2] @[1 2 3]))
(pp (deep= @[1 2] [1 2]))
(pp (deep= [1 2] '(1 2)))
(pp (deep= @{:a 1} @{:a 1 :b 2}))
(pp (deep= @{:a 1} @{:a 2}))
(pp (deep= {:a @[1]} {:a @[1]}))
(pp (deep= @"abc" @"abc"))
(pp (deep= @"abc" @"abd"))
(pp (deep= @"ab" @"abc"))
(pp (deep= "abc" "abc"))
(pp (deep= 1 1))
(pp (deep= (/ 0 0) (/ 0 0)))
(pp (deep= nil false))
(pp (deep= (table/setproto @{:a 1} @{:p 1}) (table/setproto @{:a 1} @{:p 2})))
(pp (deep-not= @[1] @[1]))
(pp (deep-not= @[1] @[2]))
(pp (deep-not= {} @{}))
#> true
#> false
#> false
#> true
#> false
#> false
#> true
#> true
#> false
#> false
#> true
#> true
#> false
#> false
#> true
#> false
#> true
#> true

#### min, max, extreme, min-of, max-of
(def nan (/ 0 0))
(pp [(max 1 3 2) (min 1 3 2) (max) (min) (max 5) (max -0 0) (max 0 -0)])
(pp [(max 1 nan) (max nan 1) (min 1 nan) (min nan 1)])
(pp [(max 1 "a" :b) (min 1 "a" :b) (max [1 2] [1 3]) (min nil false)])
(pp [(max-of [1 5 3]) (min-of [4 2 8]) (max-of []) (min-of "abc") (max-of {:a 1 :b 9})])
(pp (extreme (fn [a b] (> (length a) (length b))) ["a" "abc" "ab" "xyz"]))
(pp (extreme < []))
(pp (extreme > "hello"))
(pp (protect (max-of 5)))
(pp (protect (extreme 5 [1 2])))
(pp (protect (extreme (fn [a] true) [1 2])))
#> (3 1 nil nil 5 0 0)
#> (1 -nan 1 -nan)
#> (:b 1 (1 3) nil)
#> (5 2 nil 97 9)
#> "abc"
#> nil
#> 111
#> (false "expected iterable type, got 5")
#> (false "5 called with 2 arguments, possibly expected 1")
#> (false "<function 0x56314FED4C10> called with 2 arguments, expected 1")

#### compare and sorting with 64-bit integers
(pp (compare (int/s64 1) 2))
(pp (compare 2 (int/s64 1)))
(pp (compare (int/s64 1) (int/u64 1)))
(pp (sort @[(int/s64 3) 1 (int/s64 2)]))
(pp (sort-by identity @[(int/s64 3) 1 (int/s64 2)]))
(pp [(zero? (int/s64 0)) (pos? (int/s64 5)) (neg? (int/s64 5)) (even? (int/s64 4))])
(pp (max (int/s64 3) 4 (int/s64 5)))
(pp (compare< 1 (int/s64 2) 3))
(pp (sum [(int/s64 1) 2]))
(pp (deep= (int/s64 4) (int/s64 4)))
#> -1
#> 1
#> 0
#> @[1 <core/s64 2> <core/s64 3>]
#> @[1 <core/s64 2> <core/s64 3>]
#> (true true false true)
#> <core/s64 5>
#> true
#> <core/s64 3>
#> true
