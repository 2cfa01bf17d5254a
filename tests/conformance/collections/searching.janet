# find, find-index, index-of, has-key?, has-value?, every?, any?, first, last,
# empty? (boot.janet).

#### find and find-index
(pp (find odd? [2 3 5]))
(pp (find odd? [2 4]))
(pp (find odd? [2 4] :none))
(pp (find-index odd? [2 3 5]))
(pp (find-index odd? [2 4]))
(pp (find-index odd? [2 4] -1))
(pp (find-index (fn [b] (= b 98)) "abc"))
(pp (find-index (fn [v] (= v 2)) {:x 2}))
(pp (find (fn [b] (= b 98)) :abc))
(pp (find identity [nil false 0]))
#> 3
#> nil
#> :none
#> 1
#> nil
#> -1
#> 1
#> :x
#> 98
#> 0

#### find errors
(pp (protect (find odd? 5)))
(pp (protect (find-index odd? 5)))
(pp (protect (find odd? ["s"])))
(pp (protect (find-index :k [1])))
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got 5")
#> (false "could not find method :mod for \"s\" or :rmod for 2")
#> (false "unknown method :k invoked on 1")

#### index-of, has-value? and has-key?
(pp (index-of 3 [1 2 3]))
(pp (index-of 4 [1 2 3]))
(pp (index-of 4 [1 2 3] :no))
(pp (index-of 98 "abc"))
(pp (index-of :v {:k :v}))
(pp (index-of nil [1 nil]))
(pp (index-of [1] [[1]]))
(pp (index-of @[1] [@[1]]))
(pp (has-value? [1 2 3] 2))
(pp (has-value? [1 2 3] 5))
(pp (has-value? {:a 1} 1))
(pp (has-value? "abc" 99))
(pp (has-key? {:a 1} :a))
(pp (has-key? {:a 1} :b))
(pp (has-key? [1 2] 1))
(pp (has-key? [1 2] 2))
(pp (has-key? {:a false} :a))
(pp (has-key? 5 0))
(pp (protect (index-of 1 5)))
(pp (protect (has-value? nil 1)))
#> 2
#> nil
#> :no
#> 1
#> :k
#> 1
#> 0
#> nil
#> true
#> false
#> true
#> true
#> true
#> false
#> true
#> false
#> true
#> false
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")

#### every? and any?
(pp (every? [1 2 3]))
(pp (every? [1 nil 3]))
(pp (every? [1 false nil]))
(pp (every? []))
(pp (every? "ab"))
(pp (any? [nil 2 3]))
(pp (any? [nil false]))
(pp (any? [false nil]))
(pp (any? []))
(pp (any? {:a 1}))
(pp (protect (every? 1)))
(pp (protect (any? 1)))
#> 3
#> nil
#> false
#> true
#> 98
#> 2
#> false
#> nil
#> nil
#> 1
#> (false "expected iterable type, got 1")
#> (false "expected iterable type, got 1")

#### first and last
(pp (first [1 2]))
(pp (first []))
(pp (first "ab"))
(pp (first @"ab"))
(pp (first :ab))
(pp (first {0 :zero}))
(pp (first nil))
(pp (first 5))
(pp (last [1 2]))
(pp (last @[]))
(pp (last "ab"))
(pp (last :xyz))
(pp (last {0 :zero}))
(pp (last {1 :one}))
(pp (protect (last 5)))
(pp (protect (last nil)))
#> 1
#> nil
#> 97
#> 97
#> 97
#> :zero
#> nil
#> nil
#> 2
#> nil
#> 98
#> 122
#> :zero
#> nil
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil")

#### empty?
(pp (empty? []))
(pp (empty? [nil]))
(pp (empty? ""))
(pp (empty? "a"))
(pp (empty? {}))
(pp (empty? @{:a 1}))
(pp (protect (empty? 5)))
#> true
#> false
#> true
#> false
#> true
#> false
#> (false "expected iterable type, got 5")
