# %q %p %j %m formats, pp, printf/eprintf, nested data.

#### %q of string
(printf "%q" "hello\n")
#> "hello\n"

#### %q of nested data
(printf "%q" {:a [1 2 @[3 "x"]] :b @{:c :d}})
#> {:a (1 2 @[3 "x"]) :b @{:c :d}}

#### %p of nested data
(printf "%p" [1 [2 [3 [4]]]])
#> (1
#>  (2
#>   (3
#>    (4))))

#### %j of data
(printf "%j" [1 "two" :three 'four @[5] {:six 6}])
#> (1 "two" :three four @[5] {:six 6})

#### %m of data
(printf "%m" [1 "two" {:x 1}])
#> (1
#>  "two"
#>  {:x 1})

#### %q of buffer and keyword
(printf "%q %q %q" @"buf" :kw 'sym)
#> @"buf" :kw sym

#### %q of nil true false numbers
(printf "%q %q %q %q %q" nil true false 1.5 -0.0)
#> nil true false 1.5 0

#### %q of struct ordering
(printf "%q" {:b 2 :a 1 :c 3})
#> {:a 1 :b 2 :c 3}

#### %q of struct with mixed keys
(printf "%q" {1 :num "s" :str :k :kw 'sym :sym true :bool [1] :tup})
#> {1 :num true :bool "s" :str sym :sym :k :kw (1) :tup}

#### pp of long array
(pp (range 40))
#> @[0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]

#### pp of long table
(pp (tabseq [i :range [0 15]] (keyword (string "key" i)) (string "value-" i)))
#> @{:key0 "value-0" :key1 "value-1" :key10 "value-10" :key11 "value-11" :key12 "value-12" :key13 "value-13" :key14 "value-14" :key2 "value-2" :key3 "value-3" :key4 "value-4" :key5 "value-5" :key6 "value-6" :key7 "value-7" :key8 "value-8" :key9 "value-9"}

#### pp nested long data
(pp {:name "a fairly long name string" :items @[1 2 3 4 5 6 7 8 9 10] :nested {:deep [:a :b :c :d :e :f :g]}})
#> {:items @[1 2 3 4 5 6 7 8 9 10] :name "a fairly long name string" :nested {:deep (:a :b :c :d :e :f :g)}}

#### %q of long data
(printf "%q" (array/new-filled 30 "abc"))
#> @["abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc" "abc"]

#### %p of long data wraps
(printf "%p" (array/new-filled 30 :kw))
#> @[:kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw
#>   :kw]

#### %m of long data
(printf "%m" (array/new-filled 30 "abc"))
#> @["abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"
#>   "abc"]

#### %j of long data
(printf "%j" (array/new-filled 30 1))
#> @[1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1]

#### %.2q depth limit
(printf "%.2q" [1 [2 [3 [4]]]])
#> (1 (...))

#### %.1p depth limit
(printf "%.1p" {:a {:b {:c 1}}})
#> {...}

#### %q of empty containers
(printf "%q %q %q %q %q %q" [] @[] {} @{} "" @"")
#> () @[] {} @{} "" @""

#### %q of bracket tuple
(printf "%q" '[a b])
#> [a b]

#### %j of nested empty
(printf "%j" [[] @[] {}])
#> (() @[] {})

#### %j of table
(printf "%j" @{:a 1})
#> @{:a 1}

#### %j of function is not allowed
(printf "%j" print)
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### %j of a fiber is not allowed
(printf "%j" (fiber/new (fn [])))
#! error: could not print to jdn format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### %q of string with unicode
(printf "%q" "ünï")
#> "\xC3\xBCn\xC3\xAF"

#### %q of string with control characters
(printf "%q" "\x01\x1f\x7f")
#> "\x01\x1F\x7F"

#### %s of a tuple is an error
(print (string/format "%s" [1]))
#! error: bad slot #1, expected string, symbol, keyword or buffer, got <tuple 0x55C624B2B690>
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 8
#exit 1

#### %t type
(printf "%t %t %t" 1 "s" [1])
#> number string tuple

#### %v describe
(printf "%v %v" "s" [1 2])
#> "s" <tuple 0x555766F5F730>

#### %c char
(printf "%c%c" 72 105)
#> Hi

#### %% literal
(printf "100%%")
#> 100%

#### printf with too few arguments
(printf "%d %d" 1)
#! error: not enough values for format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### printf with bad format character
(printf "%k" 1)
#! error: invalid conversion '%k' to 'format'
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### printf with extra arguments
(printf "%d" 1 2)
#> 1

#### printf returns nil
(pp (printf ""))
#>
#> nil

#### eprintf to stderr
(eprintf "%q" [1 "e"])
(printf "out")
#> out
#! (1 "e")

#### eprintf with format
(eprintf "%d-%s" 5 "x")
#! 5-x

#### string/format width on strings
(print (string/format "[%5s][%-5s][%.2s]" "ab" "cd" "efgh"))
#> [   ab][cd   ][ef]

#### pp returns nil and prints
(pp (pp :x))
#> :x
#> nil

#### pp of a table with a prototype
(def t (table/setproto @{:a 1} @{:b 2}))
(pp t)
#> @{:a 1}

#### pp of a string with quotes
(pp "say \"hi\"")
#> "say \"hi\""

#### pp of a buffer
(pp @"abc\n")
#> @"abc\n"

#### %q of deeply nested mixed
(printf "%q" @[{:k [@{:v "x"}]}])
#> @[{:k (@{:v "x"})}]

#### %Q and %P uppercase
(printf "%Q" {:a [1 2]})
(printf "%P" [1 2])
#> {[33m:a[0m ([32m1[0m [32m2[0m)}
#> ([32m1[0m [32m2[0m)

#### %M and %N nonwrap colorless
(printf "%M" [1 2])
(printf "%N" {:a 1})
#> ([32m1[0m [32m2[0m)
#> {[33m:a[0m [32m1[0m}

#### dyn :pretty-format changes pp
(setdyn :pretty-format "%j")
(pp [1 "x"])
#> (1 "x")

#### pp of symbol and keyword
(pp 'sym)
(pp :key)
#> sym
#> :key

#### describe of nested values
(print (describe [1 "s" :k]))
#> <tuple 0x555971F746E0>

#### string/format multiple values
(print (string/format "%s=%q; %s=%q" "a" 1 "b" "two"))
#> a=1; b="two"

#### pp of nan and inf
(pp [math/inf (- math/inf) math/nan])
#> (inf -inf nan)

#### pp of array of functions
(pp [print])
#> (<cfunction print>)

#### pp of struct with function value
(pp {:f print})
#> {:f <cfunction print>}
