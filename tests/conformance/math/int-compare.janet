# Equality, ordering, hashing and method lookup of int/s64 and int/u64.

#### equality
(print (= (int/s64 1) (int/s64 1)) " " (= (int/s64 1) 1) " " (= 1 (int/s64 1)) " "
       (= (int/s64 1) (int/u64 1)) " " (= (int/u64 7) (int/u64 7)) " "
       (not= (int/s64 1) (int/s64 2)) " " (deep= [(int/s64 1)] [(int/s64 1)]))
#> true false false false true true true

#### primitive ordering
(printf "%q" [(< (int/s64 1) (int/s64 2)) (< (int/s64 3) (int/s64 2)) (< (int/s64 1) 2)
              (> (int/s64 1) 2) (< (int/u64 1) (int/u64 2)) (<= (int/s64 2) (int/s64 2))])
(printf "%q" [(cmp (int/s64 0) (int/u64 100)) (cmp (int/u64 100) (int/s64 0)) (cmp 1 (int/u64 100))
              (cmp (int/s64 -1) (int/s64 1)) (cmp (int/u64 5) (int/u64 5)) (cmp :a (int/s64 1))])
(printf "%q" (sort @[(int/s64 3) (int/s64 -1) (int/s64 2)]))
(printf "%q" (sort @[(int/u64 3) (int/u64 1) (int/u64 2)]))
#> (true false false true true true)
#> (1 -1 -1 -1 0 -1)
#> @[<core/s64 -1> <core/s64 2> <core/s64 3>]
#> @[<core/u64 1> <core/u64 2> <core/u64 3>]

#### polymorphic compare
(let [NAN (math/log -1)
      INF (/ 1 0)
      MINUS_INF (/ -1 0)]
  (each [x y] [[(int/s64 3) (int/u64 3)] [(int/s64 -3) (int/u64 3)] [(int/s64 3) (int/u64 2)]
               [(int/s64 3) 3] [(int/s64 3) 4] [(int/s64 3) -9] [(int/u64 3) 3] [(int/u64 3) 4]
               [(int/u64 3) -9] [3 (int/s64 3)] [3 (int/s64 4)] [3 (int/s64 -5)] [3 (int/u64 3)]
               [3 (int/u64 4)] [3 (int/u64 2)]
               [(int/s64 "9223372036854775807") (int/u64 "18446744073709551615")]
               [(int/s64 "9007199254740991") 9007199254740991]
               [(int/u64 "9007199254740991") 9007199254740991]
               [(+ 1 (int/u64 "9007199254740991")) 9007199254740991]
               [(int/s64 0) INF] [(int/u64 0) INF] [MINUS_INF (int/u64 0)] [MINUS_INF (int/s64 0)]
               [(int/s64 1) NAN] [NAN (int/u64 1)] [(int/s64 5) 1e19] [(int/s64 5) -1e19]
               [(int/u64 5) 1e20] [(int/s64 "9223372036854775807") 9223372036854775807]
               [(int/s64 "-9223372036854775808") -9223372036854775808]
               [(int/u64 "18446744073709551615") 18446744073709551615]
               [(int/u64 "18446744073709551615") 18446744073709551616]
               [(int/s64 1) (int/s64 2)] [(int/u64 1) (int/s64 -1)]]
    (printf "%q %q %q" x y (protect (compare x y)))))
#> <core/s64 3> <core/u64 3> (true 0)
#> <core/s64 -3> <core/u64 3> (true -1)
#> <core/s64 3> <core/u64 2> (true 1)
#> <core/s64 3> 3 (true 0)
#> <core/s64 3> 4 (true -1)
#> <core/s64 3> -9 (true 1)
#> <core/u64 3> 3 (true 0)
#> <core/u64 3> 4 (true -1)
#> <core/u64 3> -9 (true 1)
#> 3 <core/s64 3> (true 0)
#> 3 <core/s64 4> (true -1)
#> 3 <core/s64 -5> (true 1)
#> 3 <core/u64 3> (true 0)
#> 3 <core/u64 4> (true -1)
#> 3 <core/u64 2> (true 1)
#> <core/s64 9223372036854775807> <core/u64 18446744073709551615> (true -1)
#> <core/s64 9007199254740991> 9007199254740991 (true 0)
#> <core/u64 9007199254740991> 9007199254740991 (true 0)
#> <core/u64 9007199254740992> 9007199254740991 (true 1)
#> <core/s64 0> inf (true -1)
#> <core/u64 0> inf (true -1)
#> -inf <core/u64 0> (true -1)
#> -inf <core/s64 0> (true -1)
#> <core/s64 1> -nan (true 0)
#> -nan <core/u64 1> (true 0)
#> <core/s64 5> 1e+19 (true -1)
#> <core/s64 5> -1e+19 (true 1)
#> <core/u64 5> 1e+20 (true -1)
#> <core/s64 9223372036854775807> 9.22337203685478e+18 (true 1)
#> <core/s64 -9223372036854775808> -9.22337203685478e+18 (true 0)
#> <core/u64 18446744073709551615> 1.84467440737096e+19 (true 1)
#> <core/u64 18446744073709551615> 1.84467440737096e+19 (true 1)
#> <core/s64 1> <core/s64 2> (true -1)
#> <core/u64 1> <core/s64 -1> (true 1)

#### compare helpers
(print (compare= 0 (- (int/u64 "1000") 1000)) " " (compare< (int/s64 1) 2 (int/u64 3)) " "
       (zero? (int/s64 0)) " " (pos? (int/u64 1)) " " (neg? (int/s64 -1)))
(print (odd? (int/u64 "1001")) " " (odd? (int/s64 "-1001")) " " (even? (int/u64 "1000")) " "
       (even? (int/s64 "-1001")))
#> true true true true true
#> true true true false

#### the compare method
(def cs (get (int/s64 1) :compare))
(def cu (get (int/u64 1) :compare))
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (cs (int/s64 1) 1.5)
   (cs (int/s64 1) "x")
   (cs (int/s64 -1) (int/u64 1))
   (cs (int/s64 1) (int/u64 "18446744073709551615"))
   (cu (int/u64 1) (int/s64 -1))
   (cu (int/u64 "18446744073709551615") (int/s64 1))
   (cu (int/u64 2) (int/s64 3))
   (cs 1 (int/s64 1))
   (cs (int/u64 1) (int/s64 1))
   (cu (int/s64 1) 1)
   (cs (int/s64 1))
   (cu (int/u64 1) 1 2))
#> (true -1)
#> (true nil)
#> (true -1)
#> (true -1)
#> (true 1)
#> (true 1)
#> (true -1)
#> (false "compare method requires int/s64 as first argument")
#> (false "compare method requires int/s64 as first argument")
#> (false "compare method requires int/u64 as first argument")
#> (false "arity mismatch, expected 2, got 1")
#> (false "arity mismatch, expected 2, got 3")

#### table keys and hashing
(def t @{(int/s64 1) :a (int/u64 1) :b})
(print (get t (int/s64 1)) " " (get t (int/u64 1)) " " (get t 1) " " (length t))
(printf "%q" [(hash (int/s64 1)) (hash (int/s64 -2)) (hash (int/u64 "0x100000001"))
              (hash (int/u64 "0x1234567800000000")) (= (hash (int/s64 99)) (hash (int/s64 99)))])
(def s {(int/s64 5) 1})
(print (get s (int/s64 5)) " " (get s (int/s64 6)))
#> a b  2
#> (1 1 0 305419896 true)
#> 1 

#### methods as values
(def x (int/s64 1))
(printf "%q" (keys x))
(printf "%q" (keys (int/u64 1)))
(printf "%q" [(next x) (next x :+) (next x :compare) (next x :nope) (get x :nope) (get x 0)])
(print (type (get x :+)) " " (= (get x :+) (get (int/s64 9) :+)) " " (= (get x :+) (get (int/u64 9) :+)))
(printf "%q" ((get x :+) x 2 3))
(printf "%q" ((get x :r-) x 10))
(printf "%q" (protect ((get x :+) x)))
(printf "%q" (protect ((get x :~) x 1)))
(printf "%q" (protect ((get x :div) x 1 2)))
#> @[:+ :r+ :- :r- :* :r* :/ :r/ :div :rdiv :mod :rmod :% :r% :& :r& :| :r| :^ :r^ :~ :<< :>> :compare]
#> @[:+ :r+ :- :r- :* :r* :/ :r/ :div :rdiv :mod :rmod :% :r% :& :r& :| :r| :^ :r^ :~ :<< :>> :compare]
#> (:+ :r+ nil nil nil nil)
#> cfunction true false
#> <core/s64 6>
#> <core/s64 9>
#> (false "arity mismatch, expected at least 2, got 1")
#! test.janet:9:33: parse error: mismatched delimiter ),  opened at line 9, column 32
#exit 1
