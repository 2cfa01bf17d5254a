# sum, product, mean, geomean, inc, dec (boot.janet).

#### sum and product
(pp [(sum [1 2 3]) (sum []) (sum "ab") (sum {:a 1 :b 2}) (sum [0.5 0.25])])
(pp [(product [2 3 4]) (product []) (product @[-1 2]) (product {:a 5})])
(pp (sum (coro (yield 1) (yield 2))))
(pp (protect (sum [1 :a])))
(pp (protect (sum [:a 1])))
(pp (protect (product [:a 1])))
(pp (protect (product [2 :a])))
(pp (protect (sum 5)))
(pp (protect (product nil)))
#> (6 0 195 3 0.75)
#> (24 1 -2 5)
#> 3
#> (false "could not find method :+ for 1 or :r+ for :a")
#> (false "could not find method :+ for 0 or :r+ for :a")
#> (false "could not find method :* for 1 or :r* for :a")
#> (false "could not find method :* for 2 or :r* for :a")
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")

#### sum and product use the operators' methods
(def num @{:+ (fn [a b] [:plus b]) :r+ (fn [a b] [:rplus b])
           :* (fn [a b] [:times b]) :r* (fn [a b] [:rtimes b])})
(pp (sum [num 1]))
(pp (product [num 1]))
#! error: could not find method :+ for <tuple 0x55FDCED027A0> or :r+ for 1
#!   in sum [boot.janet] on line 771, column 13
#!   in thunk [test.janet] (tail call) on line 3, column 5
#exit 1

#### mean and geomean
(pp [(mean [1 2 3 4]) (mean []) (mean "ab") (mean {:a 1 :b 3})])
(pp (mean (coro (yield 1) (yield 2))))
(pp (mean (coro)))
(pp [(geomean [1 4]) (geomean []) (geomean [0 1]) (geomean [1 2 -1]) (geomean [2])])
(pp (geomean (coro (yield 1) (yield 9))))
(pp (protect (mean [:a])))
(pp (protect (geomean [:a])))
(pp (protect (geomean ["a"])))
(pp (protect (mean 5)))
#> (2.5 -nan 97.5 2)
#> 1.5
#> -nan
#> (2 -nan 0 -nan 2)
#> 3
#> (false "could not find method :+ for 0 or :r+ for :a")
#> (false "bad slot #0, expected number, got :a")
#> (false "bad slot #0, expected number, got \"a\"")
#> (false "expected iterable type, got 5")

#### inc and dec
(pp [(inc 1) (dec 1) (inc -0.5) (dec 0) (inc math/inf)])
(pp (protect (inc "a")))
(pp (protect (dec nil)))
(pp (inc @{:+ (fn [a b] [:added b])}))
#> (2 0 0.5 -1 inf)
#> (false "could not find method :+ for \"a\"")
#> (false "could not find method :- for nil")
#> (:added 1)
