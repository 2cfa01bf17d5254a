# Printing edge cases: number forms, format flags, struct key order in %q, escapes.

#### (pp [1e-7 123456.789 0.000001 1234567.1 12345678901234.5 0.12345678901
(pp [1e-7 123456.789 0.000001 1234567.1 12345678901234.5 0.1234567890123456 -1e-300 2e21])
#> (1e-07 123456.789 1e-06 1234567.1 12345678901234.5 0.123456789012346 -1e-300 2e+21)

#### (print (string/format "%.3f %.0f %5d|%-5d|%05d %+d" 1.23456 2.5 42 42
(print (string/format "%.3f %.0f %5d|%-5d|%05d %+d" 1.23456 2.5 42 42 42 42))
#> 1.235 2    42|42   |00042 +42

#### (print (string/format "%g %g %g %g" 100000 1000000 0.0001 0.00001))
(print (string/format "%g %g %g %g" 100000 1000000 0.0001 0.00001))
#> 100000 1e+06 0.0001 1e-05

#### (print (string/format "%a" 1))
(print (string/format "%a" 1))
#> 0x1p+0

#### (print (string/format "%x %X" 3735928559 3735928559))
(print (string/format "%x %X" 3735928559 3735928559))
#> deadbeef DEADBEEF

#### (print (string/format "%q" 1e300))
(print (string/format "%q" 1e300))
#> 1e+300

#### (pp @{:a @{:b @{:c @[1 2 3]}}})
(pp @{:a @{:b @{:c @[1 2 3]}}})
#> @{:a @{:b @{:c @[1 2 3]}}}

#### (printf "%p" {:a 1 :b [1 2 3] :c "string" :d @{:e :f}})
(printf "%p" {:a 1 :b [1 2 3] :c "string" :d @{:e :f}})
#> {:a 1
#>  :b (1 2 3)
#>  :c "string"
#>  :d @{:e :f}}

#### (printf "%m" {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbb
(printf "%m" {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" :gamma [1 2 3]})
#> {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#>  :beta "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#>  :gamma (1 2 3)}

#### (printf "%p" {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbb
(printf "%p" {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" :gamma [1 2 3]})
#> {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#>  :beta "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#>  :gamma (1 2 3)}

#### (printf "%q" {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbb
(printf "%q" {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" :gamma [1 2 3]})
#> {:alpha "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" :beta "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" :gamma (1 2 3)}

#### (pp (range 100))
(pp (range 100))
#> @[0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99]

#### (pp (string/repeat "x" 200))
(pp (string/repeat "x" 200))
#> "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

#### (printf "%p" (range 10))
(printf "%p" (range 10))
#> @[0 1 2 3 4 5 6 7 8 9]

#### (printf "%p" [])
(printf "%p" [])
#> ()

#### (printf "%p" {:a [] :b {}})
(printf "%p" {:a [] :b {}})
#> {:a ()
#>  :b {}}

#### (printf "%.3p" [1 [2 [3 [4 [5]]]]])
(printf "%.3p" [1 [2 [3 [4 [5]]]]])
#> (1
#>  (2
#>   (...)))

#### (printf "%.0q" [1 2])
(printf "%.0q" [1 2])
#> (1 2)

#### (printf "%20q|" :a)
(printf "%20q|" :a)
#> :a|

#### (printf "%-20q|" :a)
(printf "%-20q|" :a)
#> :a|

#### (printf "%.2s" "abcdef")
(printf "%.2s" "abcdef")
#> ab

#### (printf "%j" "a\nb\x00\xff")
(printf "%j" "a\nb\x00\xff")
#> "a\nb\0\xFF"

#### (printf "%j" 1.5e300)
(printf "%j" 1.5e300)
#> 1.5000000000000001e+300

#### (printf "%j" math/inf)
(printf "%j" math/inf)
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (printf "%j" math/nan)
(printf "%j" math/nan)
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (printf "%j" (int/s64 5))
(printf "%j" (int/s64 5))
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (printf "%q" (int/u64 5))
(printf "%q" (int/u64 5))
#> <core/u64 5>

#### (printf "%q" 'a/b)
(printf "%q" 'a/b)
#> a/b

#### (printf "%q" (symbol "has space"))
(printf "%q" (symbol "has space"))
#> has space

#### (printf "%q" (keyword "has space"))
(printf "%q" (keyword "has space"))
#> :has space

#### (printf "%j" (keyword "has space"))
(printf "%j" (keyword "has space"))
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (pp (table/setproto @{:a 1} @{:b 2}))
(pp (table/setproto @{:a 1} @{:b 2}))
#> @{:a 1}

#### (pp (struct/with-proto {:p 1} :a 2))
(pp (struct/with-proto {:p 1} :a 2))
#> {:a 2}

#### (pp (buffer "a" "b"))
(pp (buffer "a" "b"))
#> @"ab"

#### (print (describe (buffer/new 0)))
(print (describe (buffer/new 0)))
#> @""

#### (pp (tuple/brackets 1 2))
(pp (tuple/brackets 1 2))
#> [1 2]

#### (printf "%p" (tuple/brackets 1 [2] (tuple/brackets 3)))
(printf "%p" (tuple/brackets 1 [2] (tuple/brackets 3)))
#> [1
#>  (2)
#>  [3]]

#### (pp {[1 2] 3 @[4] 5})
(pp {[1 2] 3 @[4] 5})
#> {@[4] 5 (1 2) 3}

#### (pp {:a 1 'a 2 "a" 3 1 4 nil 5 true 6 false 7})
(pp {:a 1 'a 2 "a" 3 1 4 nil 5 true 6 false 7})
#> {1 4 false 7 true 6 "a" 3 a 2 :a 1}

#### (pp @{:b 1 :a 2 :c 3 :aa 4 :B 5})
(pp @{:b 1 :a 2 :c 3 :aa 4 :B 5})
#> @{:B 5 :a 2 :aa 4 :b 1 :c 3}

#### (pp {1.5 :a 1 :b -1 :c 0 :d})
(pp {1.5 :a 1 :b -1 :c 0 :d})
#> {-1 :c 0 :d 1 :b 1.5 :a}

#### (pp {"b" 1 "a" 2 "aa" 3 "" 4})
(pp {"b" 1 "a" 2 "aa" 3 "" 4})
#> {"" 4 "a" 2 "aa" 3 "b" 1}

#### (pp {[2] 1 [1] 2 [1 1] 3})
(pp {[2] 1 [1] 2 [1 1] 3})
#> {(1) 2 (1 1) 3 (2) 1}

#### (pp {'b 1 :b 2 "b" 3 @"b" 4})
(pp {'b 1 :b 2 "b" 3 @"b" 4})
#> {"b" 3 b 1 :b 2 @"b" 4}

#### (print (describe "\e[0m"))
(print (describe "\e[0m"))
#> "\e[0m"

#### (print (describe "tab\tnewline\nreturn\r"))
(print (describe "tab\tnewline\nreturn\r"))
#> "tab\tnewline\nreturn\r"

#### (print (describe "\v\f\a\b"))
(print (describe "\v\f\a\b"))
#> "\v\f\a\b"

#### (print (describe (string/from-bytes 0 1 127 128 255)))
(print (describe (string/from-bytes 0 1 127 128 255)))
#> "\0\x01\x7F\x80\xFF"

#### (pp "\u263A")
(pp "\u263A")
#> "\xE2\x98\xBA"

#### (pp (string/from-bytes 0xe2 0x98))
(pp (string/from-bytes 0xe2 0x98))
#> "\xE2\x98"

#### (print (string/format "%s" (string/from-bytes 0xe2 0x98 0xba)))
(print (string/format "%s" (string/from-bytes 0xe2 0x98 0xba)))
#> ☺

#### (printf "%v" @"\xe2\x98\xba")
(printf "%v" @"\xe2\x98\xba")
#> @"\xE2\x98\xBA"

#### (print nil)
(print nil)
#>

#### (print (string nil))
(print (string nil))
#>

#### (pp (string/format "%n" nil))
(pp (string/format "%n" nil))
#> "nil"

#### (print -nan)
(print -nan)
#! test.janet:1:1: compile error: unknown symbol -nan
#exit 1

#### (pp (- math/nan))
(pp (- math/nan))
#> nan

#### (pp [(math/abs -0) (- 0.0) (* 0 -1)])
(pp [(math/abs -0) (- 0.0) (* 0 -1)])
#> (0 0 0)

#### (printf "%.20f" 0.1)
(printf "%.20f" 0.1)
#> 0.10000000000000000555

#### (printf "%.15g" 0.1)
(printf "%.15g" 0.1)
#> 0.1

#### (printf "%.17g" 0.1)
(printf "%.17g" 0.1)
#> 0.10000000000000001

#### (print (string 1e-7))
(print (string 1e-7))
#> 1e-07

#### (print 0.00001234)
(print 0.00001234)
#> 1.234e-05

#### (print 123456789.123)
(print 123456789.123)
#> 123456789.123

#### (print 1e14 " " 1e15 " " 123456789012345 " " 1234567890123456)
(print 1e14 " " 1e15 " " 123456789012345 " " 1234567890123456)
#> 100000000000000 1000000000000000 123456789012345 1234567890123456

#### (print (math/pow 10 15) " " (math/pow 10 16))
(print (math/pow 10 15) " " (math/pow 10 16))
#> 1000000000000000 1e+16

#### (print 2.5e-5 " " -1.5e-10)
(print 2.5e-5 " " -1.5e-10)
#> 2.5e-05 -1.5e-10
