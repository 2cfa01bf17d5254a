# Method-call syntax on core/rng, int/s64 and int/u64 values: (:name obj args).

#### rng methods
(def r (math/rng 123))
(print (:int r) " " (:int r 10) " " (:uniform r))
(printf "%q" (:buffer r 6))
(printf "%q" (protect (:int r -1)))
#> 1064127248 3 0.354336578044508
#> @"(\xE9\xA9F\x85L"
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got -1")

#### int methods
(printf "%q" (:/ (int/u64 "0xffff_ffff_ffff_ffff") 8 2))
(def a (int/u64 0xff))
(printf "%q" [(:+ a a a a) (:* a 2 2) (:- a 1 2) (:r- a 1)])
(printf "%q" (protect (:/ (int/s64 "-0x8000_0000_0000_0000") -1)))
(printf "%q" (protect (:mod (int/s64 1) 2 3)))
(printf "%q" [(:mod (int/u64 10) 4 3) (:mod (int/u64 10) 0 3) (:div (int/u64 100) 3 2)])
(printf "%q" [(:compare (int/s64 1) 2) (:compare (int/u64 1) (int/s64 -1)) (:compare (int/s64 1) "x")])
(printf "%q" (protect (:compare 1 (int/s64 1))))
(printf "%q" (protect (:~ (int/s64 5))))
#> <core/u64 1152921504606846975>
#> (<core/u64 1020> <core/u64 1020> <core/u64 252> <core/u64 18446744073709551362>)
#> (false "INT64_MIN divided by -1")
#> (false "arity mismatch, expected 2, got 3")
#> (<core/u64 2> <core/u64 10> <core/u64 16>)
#> (-1 1 nil)
#> (false "unknown method :compare invoked on 1")
#> (false "unknown method : invoked on <tuple 0x556FFC41BA40>")

#### uncaught error inside a method
(:/ (int/s64 1) 0)
#! error: division by zero
#!   in <cfunction>
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
