# More printing: cycles, files, fibers, string/format flags and conversions.

#### (def a @[]) (array/push a a) (pp a)
(def a @[]) (array/push a a) (pp a)
#> @[<cycle 0>]

#### (def t @{}) (put t :self t) (pp t)
(def t @{}) (put t :self t) (pp t)
#> @{:self <cycle 0>}

#### (def a @[1]) (pp [a a])
(def a @[1]) (pp [a a])
#> (@[1] @[1])

#### (printf "%q" (let [a @[]] (array/push a a) a))
(printf "%q" (let [a @[]] (array/push a a) a))
#> @[<cycle 0>]

#### (printf "%j" (let [a @[]] (array/push a a) a))
(printf "%j" (let [a @[]] (array/push a a) a))
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (print (describe stdout))
(print (describe stdout))
#> <core/file 0x564075416030>

#### (pp (type stdout))
(pp (type stdout))
#> :core/file

#### (pp (string/format "%q" stderr))
(pp (string/format "%q" stderr))
#> "<core/file 0x55D9D30490A0>"

#### (pp (dyn :args))
(pp (dyn :args))
#> @["test.janet"]

#### (pp (type (dyn :current-file)))
(pp (type (dyn :current-file)))
#> :string

#### (pp (describe (coro 1)))
(pp (describe (coro 1)))
#> "<fiber 0x56261CD0EDB0>"

#### (def f (coro (yield 1)))
(def f (coro (yield 1)))
(pp (fiber/status f))
(resume f)
(pp (fiber/status f))
(resume f)
(pp (fiber/status f))
#> :new
#> :pending
#> :dead

#### (print (string/format "%p" @{:a @[1 2] :b {:c "d"}}))
(print (string/format "%p" @{:a @[1 2] :b {:c "d"}}))
#> @{:a @[1 2]
#>   :b {:c "d"}}

#### (pp (string/format "%5.1f|%-7.3e|" 3.14159 2.5))
(pp (string/format "%5.1f|%-7.3e|" 3.14159 2.5))
#> "  3.1|2.500e+00|"

#### (pp (string/format "%c" 256))
(pp (string/format "%c" 256))
#> "\0"

#### (pp (string/format "%d" (int/s64 "9223372036854775807")))
(pp (string/format "%d" (int/s64 "9223372036854775807")))
#> "9223372036854775807"

#### (pp (string/format "%d" 1e20))
(pp (string/format "%d" 1e20))
#! error: can not convert number 1e+20 to 64 bit signed integer
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%i" -0.0))
(pp (string/format "%i" -0.0))
#> "0"

#### (pp (string/format "%o" 8.5))
(pp (string/format "%o" 8.5))
#! error: can not convert number 8.5 to a 64 bit unsigned integer
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%x" 1.5))
(pp (string/format "%x" 1.5))
#! error: can not convert number 1.5 to a 64 bit unsigned integer
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%s" (buffer "b")))
(pp (string/format "%s" (buffer "b")))
#> "b"

#### (pp (string/format "%q"))
(pp (string/format "%q"))
#! error: not enough values for format
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format))
(pp (string/format))
#! error: arity mismatch, expected at least 1, got 0
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "plain"))
(pp (string/format "plain"))
#> "plain"

#### (pp (string/format "%"))
(pp (string/format "%"))
#! error: not enough values for format
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%5"))
(pp (string/format "%5"))
#! error: not enough values for format
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%-5d|" -3))
(pp (string/format "%-5d|" -3))
#> "-3   |"

#### (pp (string/format "% d" 5))
(pp (string/format "% d" 5))
#> " 5"

#### (pp (string/format "%#x" 255))
(pp (string/format "%#x" 255))
#> "0xff"

#### (pp (string/format "%#o" 8))
(pp (string/format "%#o" 8))
#> "010"

#### (pp (string/format "%.3d" 5))
(pp (string/format "%.3d" 5))
#> "005"

#### (pp (string/format "%10.4s|" "abcdefgh"))
(pp (string/format "%10.4s|" "abcdefgh"))
#> "      abcd|"

#### (pp (string/format "%*d" 5 1))
(pp (string/format "%*d" 5 1))
#! error: invalid conversion '%*' to 'format'
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%q" "\\"))
(pp (string/format "%q" "\\"))
#> "\"\\\\\""

#### (pp (string/format "%j" {:a [1 2.5 "x"]}))
(pp (string/format "%j" {:a [1 2.5 "x"]}))
#> "{:a (1 2.5 \"x\")}"

#### (pp (string/format "%j" {1 2}))
(pp (string/format "%j" {1 2}))
#> "{1 2}"

#### (pp (string/format "%j" 'sym))
(pp (string/format "%j" 'sym))
#> "sym"

#### (pp (string/format "%j" nil))
(pp (string/format "%j" nil))
#> "nil"

#### (pp (string/format "%j" true))
(pp (string/format "%j" true))
#> "true"

#### (pp (string/format "%m" nil))
(pp (string/format "%m" nil))
#> "nil"

#### (pp (string/format "%p" "a\nb"))
(pp (string/format "%p" "a\nb"))
#> "\"a\\nb\""

#### (pp (string/format "%n" [1]))
(pp (string/format "%n" [1]))
#> "(1)"

#### (pp (string/format "%N" [1]))
(pp (string/format "%N" [1]))
#> "(\e[32m1\e[0m)"

#### (pp (string/format "%T" 1))
(pp (string/format "%T" 1))
#! error: invalid conversion '%T' to 'format'
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%V" [1]))
(pp (string/format "%V" [1]))
#> "<tuple 0x556AFC7A1690>"

#### (pp (string/format "%D" 1))
(pp (string/format "%D" 1))
#> "%D"

#### (pp (string/format "%S" "x"))
(pp (string/format "%S" "x"))
#! error: invalid conversion '%S' to 'format'
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (string/format "%t" nil))
(pp (string/format "%t" nil))
#> "nil"
