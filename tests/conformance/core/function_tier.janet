#### operands are evaluated in order when a later one sets an earlier local
(defn f []
  (var a 1)
  (def r (+ a (do (set a 10) a) a))
  [r a])
(pp (f))
#> (30 10)

#### a call's arguments in order around an assignment in an if
(defn g [x]
  (var n x)
  (tuple n (if (> n 0) (do (set n (- n 1)) n) 0) n))
(pp (g 3))
(pp (g 0))
#> (2 2 2)
#> (0 0 0)

#### arithmetic over several operands: numbers, then a non-number
(defn h [x y z] (+ (* x x) (* y 2) (- z 1)))
(print (h 2 3 4))
(print (h 0.5 1.5 -1))
(h 1 :a 2)
#> 13
#> 1.25
#! error: could not find method :* for :a
#!   in h [test.janet] on line 1, column 28
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### division by zero and % by a constant in a loop
(defn d [n]
  (var acc @[])
  (for i -2 n (array/push acc (/ 1 i) (% i 3) (% (* i 1.5) 2)))
  acc)
(pp (d 3))
#> @[-0.5 -2 -1 -1 -1 -1.5 inf 0 0 1 1 1.5 0.5 2 1]

#### a local table called with a key, with and without a prototype
(defn look [t k] (t k))
(def base @{:a 1})
(def child (table/setproto @{:b 2} base))
(pp [(look base :a) (look child :a) (look child :b) (look child :c) (look {:x 1} :x)])
(pp (look [10 20] 1))
(look [10 20] 5)
#> (1 1 2 nil 1)
#> 20
#! error: expected integer key for tuple in range [0, 2), got 5
#!   in look [test.janet] on line 1, column 18
#!   in thunk [test.janet] (tail call) on line 6, column 1
#exit 1

#### break with a value from a while loop and from a function
(defn first-over [xs limit]
  (var found nil)
  (each x xs (when (> x limit) (set found x) (break)))
  found)
(defn early [x] (when (< x 0) (break :negative)) (* x 2))
(pp [(first-over [1 5 9 12] 6) (first-over [1 2] 6) (early -3) (early 4)])
#> (9 nil :negative 8)

#### each over an array, a tuple, a string, a table, a struct and a fiber
(defn total [ds]
  (var s 0)
  (each x ds (+= s x))
  s)
(pp [(total @[1 2 3]) (total [4 5]) (total "ab") (total @{:a 1 :b 2}) (total {:x 7})
     (total (coro (yield 1) (yield 2)))])
(pp [(next [1 2] 0.5) (next [1 2] 1) (next [1 2] -1) (next @[] nil) (next "abc" 1)])
#> (6 9 195 3 7 3)
#> (nil nil 0 nil 2)

#### closures made in a loop inside a compiled function
(defn makers [n]
  (def fs @[])
  (for i 0 n (array/push fs (fn [] (* i 10))))
  (map |($) fs))
(pp (makers 4))
#> @[0 10 20 30]

#### a self tail call loop, then an error from it
(defn count-down [n acc]
  (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(print (count-down 1000000 0))
(defn fail-later [n] (if (< n 2) (fail-later (+ n 1)) (error "late")))
(fail-later 0)
#> 1000000
#! error: late
#!   in fail-later [test.janet] (tail call) on line 4, column 55
#!   in thunk [test.janet] (tail call) on line 5, column 1
#exit 1

#### deep non-tail recursion
(defn depth [n] (if (= n 0) 0 (+ 1 (depth (- n 1)))))
(print (depth 100000))
#> 100000

#### a function nested deeper than Python's block limits still runs
(defmacro nest [n] (var x 0) (for i 0 n (set x ~(if (> k ,i) (+ 1 ,x) 0))) x)
(defn deep-ifs [k] (nest 120))
(print (deep-ifs 200))
(print (deep-ifs 7))
#> 120
#> 0

#### destructuring by index and by key in a compiled function
(defn parts [[a b & rest] {:k k}]
  [a b rest k])
(pp (parts [1 2 3 4] {:k :v}))
(pp (parts @[1] {}))
(pp (parts "xy" @{:k 1}))
(parts 5 {})
#> (1 2 (3 4) :v)
#> (1 nil () nil)
#> (120 121 () 1)
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5
#!   in parts [test.janet] on line 1, column 1
#!   in thunk [test.janet] (tail call) on line 6, column 1
#exit 1

#### length of every kind of value
(defn lens [& xs] (map length xs))
(pp (lens [1] @[1 2] "abc" @"ab" :kw 'sym {:a 1} @{}))
(length 3)
#> @[1 2 3 2 2 3 1 0]
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 3
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### a variable is read where it is used (docs/architecture.md)
(defn two [] (var a 1) (+ a (do (set a 10) a)))
(print (two))
#> 20

#### string of strings, numbers and other values in a compiled function
(defn s [x y] [(string x) (string "a" x) (string x y "c") (string) (string :kw 1.5 nil true) (string @"buf" 'sym)])
(pp (s 12 -3))
(pp (s 1e20 "x"))
(pp (s 2.5 @"b"))
(pp (s (/ 0 0) math/inf))
(pp (s -0 9007199254740993))
#> ("12" "a12" "12-3c" "" "kw1.5true" "bufsym")
#> ("1e+20" "a1e+20" "1e+20xc" "" "kw1.5true" "bufsym")
#> ("2.5" "a2.5" "2.5bc" "" "kw1.5true" "bufsym")
#> ("-nan" "a-nan" "-naninfc" "" "kw1.5true" "bufsym")
#> ("0" "a0" "09.00719925474099e+15c" "" "kw1.5true" "bufsym")

#### = and not= on numbers, strings, keywords and data
(defn same [a b] [(= a b) (not= a b)])
(pp (map same [1 "ab" :k [1] @[1] nil (/ 0 0) 1] [1 "ab" :k [1] @[1] false (/ 0 0) "1"]))
#> @[(true false) (true false) (true false) (true false) (false true) (false true) (false true) (false true)]

#### struct and table literals with nil values and repeated keys
(defn mk [a b] [{:a a :b b :a 3} @{:a a :b b "s" a} {:x nil} @{:a 1 :a b}])
(pp (mk 1 2))
(pp (mk nil nil))
(pp (mk 1 nil))
#> ({:a 3 :b 2} @{"s" 1 :a 1 :b 2} {} @{:a 2})
#> ({:a 3} @{} {} @{})
#> ({:a 3} @{"s" 1 :a 1} {} @{})

#### array/push and buffer/push-string in a compiled function
(defn pushes [a b x]
  (array/push a x)
  (buffer/push-string b "s" "t")
  (buffer/push-string b b)
  [a b (array/push a 1) (buffer/push-string b :kw 'sym @"z")])
(pp (pushes @[] @"" 1))
(pp (pushes @[0] @"q" nil))
(pushes [] @"" 1)
#> (@[1 1] @"ststkwsymz" @[1 1] @"ststkwsymz")
#> (@[0 nil 1] @"qstqstkwsymz" @[0 nil 1] @"qstqstkwsymz")
#! error: bad slot #0, expected array, got <tuple 0x55B0D7EA2BB0>
#!   in array/push [src/core/array.c] on line 199
#!   in pushes [test.janet] on line 2, column 3
#!   in thunk [test.janet] (tail call) on line 8, column 1
#exit 1

#### = on keywords, symbols, nil, booleans and mixed kinds
(defn same2 [a b] (= a b))
(pp (map same2 [:a :a 'x 'x nil nil true false 1 "1" [1] {:a 1} @{}]
              [:a :b 'x 'y nil false true false "1" 1 [1] {:a 1} @{}]))
#> @[true false true false true false true true false false true true false]

#### a local function called in tail position with one argument
(defn apply1 [f x] (f x))
(pp [(apply1 inc 1) (apply1 {:a 2} :a) (apply1 @{:b 3} :b) (apply1 [4 5] 1) (apply1 :k {:k 6})])
(apply1 (fn [y] (error (string "tail " y))) 7)
#> (2 2 3 5 nil)
#! error: tail 7
#!   in <anonymous> [test.janet] (tail call) on line 3, column 17
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### an operator over three operands computes them all before its first operation
(defn h [] (print "h runs") 1)
(defn f [x y] (+ (* x x) (* y y) (h)))
(print (f 3 4))
(print (last (protect (f "a" 4))))
(defn g [x y z] (+ (* x x) (* y y) (* z z)))
(print (g 1 2 3) " " (g 0.5 1.5 -2))
(print (last (protect (g 1 :k 3))))
(defn q [x] (/ 1 x (+ x 1)))
(print (q 2) " " (q 0) " " (q -1))
(defn m [a b c] (* a b (- c 1) 2))
(print (m 2 3 4))
(print (last (protect (m nil 3 4))))
#> h runs
#> 26
#> could not find method :* for "a" or :r* for "a"
#> 14 6.5
#> could not find method :* for :k or :r* for :k
#> 0.166666666666667 inf -inf
#> 36
#> could not find method :* for nil or :r* for 3

#### an operation on a call's result runs before a later call
(defn g1 [] "s")
(defn h1 [] (print "h1 runs") 1)
(defn f1 [x] (+ (* (g1) x) (h1)))
(print (last (protect (f1 2))))
(defn f2 [x] (+ (h1) (* x 2)))
(print (f2 5))
#> could not find method :* for "s" or :r* for 2
#> h1 runs
#> 11

#### each over a fiber, and over other values, in one function
(defn total [ds]
  (var s 0)
  (each x ds (+= s x))
  s)
(print (total (generate [i :range [0 10]] i)) " " (total [1 2 3]) " " (total @{:a 4 :b 5}) " " (total "ab"))
(print (total (coro (yield 1) (yield 2) 3)))
(defn steps [ds]
  (def out @[])
  (var k (next ds nil))
  (while (not= k nil)
    (array/push out (in ds k) (get ds 1))
    (set k (next ds k)))
  out)
(print (length (steps (generate [x :in [:a :b]] x))))
(pp (steps [7 8]))
(pp (steps (generate [x :in [:a :b]] x)))
#> 45 6 9 195
#> 3
#> 4
#> @[7 8 8 8]
#> @[:a nil :b nil]

#### an error in a generator stepped by each
(defn bad []
  (each x (generate [i :range [0 3]] (if (= i 2) (error "gen fails") i)) (print x)))
(bad)
#> 0
#> 1
#! error: gen fails
#!   in generate [test.janet] on line 2, column 50
#!   in bad [test.janet] on line 2, column 3
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### put with a number key, string of a counter, push-string of a constant
(defn fill [t n]
  (for i 0 n (put t (% (* i 3) 4) (string i)))
  t)
(pp (fill @{} 6))
(pp (fill @[nil nil nil nil] 6))
(defn nums [n]
  (def b @"")
  (for i 0 n (buffer/push-string b (string (/ i 2)) ","))
  (var x 9007199254740990)
  (for i 0 4 (buffer/push-string b (string (+ x i)) ";"))
  b)
(pp (nums 4))
(defn pnan [t] (var z 0) (for i 0 2 (put t (/ z z) i) (put t (+ z i) i)) t)
(pp (pnan @{}))
#> @{0 "4" 1 "3" 2 "2" 3 "5"}
#> @["4" "3" "2" "5"]
#> @"0,0.5,1,1.5,9007199254740990;9007199254740991;9007199254740992;9007199254740992;"
#> @{0 0 1 1}

#### a key from next on a fiber, read with in after the fiber ends
(defn late [ds]
  (var k (next ds nil))
  (while (not= k nil)
    (print (in ds k))
    (set k (next ds k))
    (pp (protect (in ds k))))
  :done)
(print (late (coro (yield :a) :b)))
(print (late [1]))
#> a
#> (false "expected key 0, got nil")
#> done
#> 1
#> (false "expected integer key for tuple in range [0, 1), got nil")
#> done

#### math/sqrt in a function, on every kind of number and on a non-number
(defn r [x] (math/sqrt x))
(each x [4 2 0 -0 -1 math/inf math/-inf math/nan 1e308 5e-324] (print (r x)))
(r "x")
#> 2
#> 1.4142135623731
#> 0
#> 0
#> -nan
#> inf
#> -nan
#> nan
#> 1e+154
#> 2.22275874948508e-162
#! error: bad slot #0, expected number, got "x"
#!   in math/sqrt [src/core/math.c] on line 292
#!   in r [test.janet] on line 1, column 13
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### = against a constant string: strings only, by their bytes
(defn is-nl [x] [(= x "\n") (= "\n" x) (not= x "\n")])
(each v ["\n" "a" @"\n" (symbol "\n") (keyword "\n") nil 10]
  (pp (is-nl v)))
#> (true true false)
#> (false false true)
#> (false false true)
#> (false false true)
#> (false false true)
#> (false false true)
#> (false false true)

#### get and in with a constant index on arrays, tuples, strings and tables
(defn firsts [x] [(get x 0) (in x 1) (get x 2 :d) (x 0)])
(each v [@[1 2] [1 2 3] @[nil nil nil] "ab" @"ab" {0 :a 1 :b} @{1 :b}]
  (pp (firsts v)))
(defn second [x] (in x 1))
(pp (protect (second @[1])))
(pp (protect (second [1])))
#> (1 2 :d 1)
#> (1 2 3 1)
#> (nil nil :d nil)
#> (97 98 :d 97)
#> (97 98 :d 97)
#> (:a :b :d :a)
#> (nil :b :d nil)
#> (false "expected integer key for array in range [0, 1), got 1")
#> (false "expected integer key for tuple in range [0, 1), got 1")

#### type predicates on every kind of value, and length of a buffer
(defn kinds [x]
  [(array? x) (tuple? x) (indexed? x) (dictionary? x) (bytes? x) (string? x)
   (keyword? x) (nil? x) (number? x) (fiber? x) (function? x) (cfunction? x)
   (table? x) (struct? x) (buffer? x) (symbol? x) (boolean? x)])
(each v [1 "a" :a 'a @"b" [1] @[1] {:a 1} @{} nil true (fiber/new (fn [])) kinds print
         (int/s64 1) (math/rng 1)]
  (pp (kinds v)))
(defn pick [x] (if (array? x) :array (if (tuple? x) :tuple (length x))))
(pp [(pick @[]) (pick []) (pick @"abc") (pick "ab") (pick {:a 1})])
#> (false false false false false false false false true false false false false false false false false)
#> (false false false false true true false false false false false false false false false false false)
#> (false false false false true false true false false false false false false false false false false)
#> (false false false false true false false false false false false false false false false true false)
#> (false false false false true false false false false false false false false false true false false)
#> (false true true false false false false false false false false false false false false false false)
#> (true false true false false false false false false false false false false false false false false)
#> (false false false true false false false false false false false false false true false false false)
#> (false false false true false false false false false false false false true false false false false)
#> (false false false false false false false true false false false false false false false false false)
#> (false false false false false false false false false false false false false false false false true)
#> (false false false false false false false false false true false false false false false false false)
#> (false false false false false false false false false false true false false false false false false)
#> (false false false false false false false false false false false true false false false false false)
#> (false false false false false false false false false false false false false false false false false)
#> (false false false false false false false false false false false false false false false false false)
#> (:array :tuple 3 2 1)

#### each over an array or tuple that the loop grows, shrinks or clears, with break and nesting
(defn grow [xs] (def out @[]) (each x xs (array/push out x) (when (< (length xs) 6) (array/push xs (* 10 x)))) [out xs])
(pp (grow @[1 2]))
(defn shrink [xs] (def out @[]) (each x xs (array/push out x) (array/pop xs)) [out xs])
(pp (shrink @[1 2 3 4 5]))
(defn clear [xs] (def out @[]) (each x xs (array/push out x) (array/clear xs)) [out xs])
(pp (clear @[1 2 3]))
(defn brk [xs] (var r nil) (each x xs (when (= x 3) (set r x) (break))) r)
(pp (brk [1 2 3 4]))
(defn nest [xs] (def out @[]) (each x xs (each y xs (array/push out [x y]))) out)
(pp (nest [1 2]))
#> (@[1 2 10 20 100 200] @[1 2 10 20 100 200])
#> (@[1 2 3] @[1 2])
#> (@[1] @[])
#> 3
#> @[(1 1) (1 2) (2 1) (2 2)]

#### each over every kind of iterable, and over nil elements
(defn any-ds [xs] (def out @[]) (each x xs (array/push out x)) out)
(pp (any-ds {:a 1}))
(pp (any-ds "ab"))
(pp (any-ds @"ab"))
(pp (any-ds @{:b 2}))
(pp (any-ds []))
(pp (any-ds @[]))
(pp (any-ds (coro (yield 1) (yield 2))))
(pp (protect (any-ds 5)))
(pp (protect (any-ds nil)))
(defn nilel [xs] (def out @[]) (each x xs (array/push out x)) out)
(pp (nilel @[nil 1 nil]))
#> @[1]
#> @[97 98]
#> @[97 98]
#> @[2]
#> @[]
#> @[]
#> @[1 2]
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")
#> @[nil 1 nil]

#### an error in the body of an each over a tuple
(defn err-in [xs] (each x xs (+ x 1)))
(err-in [1 :a])
#! error: could not find method :+ for :a
#!   in err-in [test.janet] on line 1, column 30
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### an array or tuple called with an index, buffer/clear and array/peek
(defn at [xs i] (xs i))
(defn at2 [xs i] (def v (xs i)) v)
(each [x i] [[@[1 2] 0] [[1 2] 1] ['(1 2) 1] [{:a 1} :a] [@{:a 2} :a] ["ab" 1] [@[1] 1.5] [@[1] -1] [[] 0] [@[1] 1] [:kw {:kw 3}]]
  (pp [(protect (at x i)) (protect (at2 x i))]))
(defn clr [b] (buffer/clear b))
(pp (clr @"abc"))
(pp (protect (clr "abc")))
(defn pk [a] [(array/peek a)])
(pp (pk @[1 2]))
(pp (pk @[]))
(pp (protect (pk [1])))
#> ((true 1) (true 1))
#> ((true 2) (true 2))
#> ((true 2) (true 2))
#> ((true 1) (true 1))
#> ((true 2) (true 2))
#> ((true 98) (true 98))
#> ((false "expected integer key for array in range [0, 1), got 1.5") (false "expected integer key for array in range [0, 1), got 1.5"))
#> ((false "expected integer key for array in range [0, 1), got -1") (false "expected integer key for array in range [0, 1), got -1"))
#> ((false "expected integer key for tuple in range [0, 0), got 0") (false "expected integer key for tuple in range [0, 0), got 0"))
#> ((false "expected integer key for array in range [0, 1), got 1") (false "expected integer key for array in range [0, 1), got 1"))
#> ((true nil) (true nil))
#> @""
#> (false "bad slot #0, expected buffer, got \"abc\"")
#> (2)
#> (nil)
#> (false "bad slot #0, expected array, got <tuple 0x5556F85FFAF0>")

#### an operator reads a variable operand after computing a later operand (top level and functions)
(var x 1)
(print (+ x (do (set x 10) x)))
(var z 1)
(print (= z (do (set z 2) z)))
(defn h [] (var a 1) (- a (do (set a 10) a) a))
(print (h))
(defn k [] (var a 2) (* a (do (++ a) a)))
(print (k))
(defn e [] (var a 1) (not= a (do (set a 10) a)))
(print (e))
(defn e5 [] (var a 3) (% a (do (set a 2) a)))
(print (e5))
(defn e6 [] (var a 1) (var b 0) (while (< a (do (set a 0) 5)) (++ b) (set a 9) (if (> b 3) (break))) b)
(print (e6))
(defn e7 [] (var a 1) (+ (+ a 1) (do (set a 10) a)))
(print (e7))
#> 20
#> true
#> -10
#> 9
#> false
#> 0
#> 4
#> 12

#### an inner operator reads its variables when it runs; a variadic one at its end
(defn e8 [] (var a 1) (* (- a (do (set a 5) 1)) (+ a 2) (do (set a 100) a)))
(print (e8))
(defn e9 [] (var a 2) (var b 3) (+ (* a b) (do (set a 10) (set b 10) 1) (* a b)))
(print (e9))
(defn f2 [] (var a 1) (+ (+ a 1 a) (do (set a 10) a) a))
(print (f2))
(defn f3 [] (var a 1) (* 2 (+ a (do (set a 3) a) a)))
(print (f3))
(var g 1)
(print (+ (* g 2 g) (do (set g 10) g) g))
(defn f4 [] (var a 1) (+ (* a (do (set a 2) a) a) (do (set a 7) a) (- a 1)))
(print (f4))
(defn f5 [] (var a 1) (var b 1) (- (+ a b) (* b (do (set b 4) b) (do (set a 3) a)) a))
(print (f5))
#> 2800
#> 107
#> 23
#> 18
#> 22
#> 21
#> -49
