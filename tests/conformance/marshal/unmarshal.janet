# unmarshal: reading the reference's bytes back, round trips, and errors on bad input.

#### round trips of plain values
(each x [nil true false 0 1 -1 199 5000 -5000 10000 -10000 2147483647 -2147483648 1.5 1e300 math/inf
         "" "doctordolittle" :chickenshwarma 'sym [] [1 2] '(1 2) (tuple/brackets 1 2) {1 2 3 4}
         {:a [1 2] :b "x"}]
  (def y (unmarshal (marshal x)))
  (printf "%q %q %q" y (= x y) (type y)))
#> nil true :nil
#> true true :boolean
#> false true :boolean
#> 0 true :number
#> 1 true :number
#> -1 true :number
#> 199 true :number
#> 5000 true :number
#> -5000 true :number
#> 10000 true :number
#> -10000 true :number
#> 2147483647 true :number
#> -2147483648 true :number
#> 1.5 true :number
#> 1e+300 true :number
#> inf true :number
#> "" true :string
#> "doctordolittle" true :string
#> :chickenshwarma true :keyword
#> sym true :symbol
#> () true :tuple
#> (1 2) true :tuple
#> (1 2) true :tuple
#> [1 2] true :tuple
#> {1 2 3 4} true :struct
#> {:a (1 2) :b "x"} true :struct

#### round trips of mutable values
(each x [@"oldmcdonald" @[1 2 3 4 5] @{1 2 3 4} @{:a @[1] :b @{:c 2}}]
  (def y (unmarshal (marshal x)))
  (printf "%q %q %q %q" y (deep= x y) (= x y) (type y)))
#> @"oldmcdonald" true false :buffer
#> @[1 2 3 4 5] true false :array
#> @{1 2 3 4} true false :table
#> @{:a @[1] :b @{:c 2}} true false :table

#### marshalling an unmarshalled value gives the same bytes
(each x [@{1 2 3 4} {1 2 3 4} @{:a 1 :b 2 :c 3 :d 4 :e 5 "f" 6 7 8}
         {:a 1 :b 2 :c 3 :d 4 :e 5 "f" 6 7 8} ["ab" "ab" 1.5 1.5]]
  (def m (marshal x))
  (print (= (string m) (string (marshal (unmarshal m))))))
#> true
#> true
#> true
#> true
#> true

#### nan unmarshals as nan; -0 as 0
(print (nan? (unmarshal (marshal math/nan))))
(print (unmarshal (marshal -0)))
#> true
#> 0

#### bytes made by the reference
(printf "%q" (unmarshal "\xD2\x02\0\xCE\x02ab\xDA\0"))
(printf "%q" (unmarshal "\xD2\x02\0\xC8\0\0\0\0\0\0\xF8?\xDA\0"))
(printf "%q" (unmarshal "\xD5\x02\xD0\x01b\x02\xD0\x01a\x01"))
(printf "%q" (unmarshal "\xD3\x02\xD0\x01b\x02\xD0\x01a\x01"))
(printf "%q" (unmarshal "\xD2\x01\x05\x05"))
(printf "%q" (unmarshal "\xD2\x01\x02\x05"))
(printf "%q" (unmarshal @"\x81\0"))
(printf "%q" (unmarshal :kw))
(printf "%q" (unmarshal "\xBF\xFF"))
(printf "%q" (unmarshal "\xCD\x80\0\0\0"))
(printf "%q" (unmarshal "\x7Ftrailing bytes are ignored"))
#> ("ab" "ab")
#> (1.5 1.5)
#> {:a 1 :b 2}
#> @{:a 1 :b 2}
#> [5]
#> (5)
#> 256
#> 107
#> -1
#> -2147483648
#> 127

#### structs and tables skip nil keys and values
(printf "%q" (unmarshal "\xD5\x02\x01\xC9\xC9\x02\x03\x04"))
(printf "%q" (unmarshal "\xD3\x01\xC9\x01"))
(printf "%q" (unmarshal "\xD3\x02\x01\x02\x01\xC9"))
#> {}
#> @{}
#> @{}

#### cycles come back as cycles
(def arr (unmarshal "\xD1\x02\x03\xDA\0"))
(print (length arr) " " (first arr) " " (= arr (arr 1)))
(def t @{})
(put t :self t)
(def u (unmarshal (marshal t)))
(print (= u (u :self)) " " (= u t))
(def strct {:a @[nil]})
(put (strct :a) 0 strct)
(def s2 (unmarshal (marshal strct)))
(print (= s2 (get-in s2 [:a 0])))
#> 2 3 true
#> true false
#> true

#### prototypes come back
(def x (struct/with-proto {1 2 3 4} 5 6))
(def y (unmarshal (marshal x)))
(printf "%q %q %q %q" y (getproto y) (= x y) (y 1))
(def tt (unmarshal (marshal (table/setproto @{:x 1} @{:y 2}))))
(printf "%q %q %q" tt (getproto tt) (tt :y))
#> {5 6} {1 2 3 4} true 2
#> @{:x 1} @{:y 2} 2

#### weak tables come back as tables
(each x [(table/weak 2) (table/weak-keys 2) (table/weak-values 2) (array/weak 2)]
  (printf "%q" (unmarshal (marshal x))))
(printf "%q" (unmarshal "\xE3\x01\x01\x02"))
(printf "%q" (unmarshal "\xE8\x01\x05"))
#> @{}
#> @{}
#> @{}
#> @[]
#> @{1 2}
#> @[5]

#### 64-bit integers
(each x [(int/s64 5) (int/s64 -1) (int/s64 "-9223372036854775808") (int/u64 3141592654)
         (int/u64 "18446744073709551615")]
  (def y (unmarshal (marshal x)))
  (printf "%q %q %q" y (type y) (= x y)))
(printf "%q" (unmarshal "\xD9\xCF\bcore/s64\xF2\x01\x02"))
(def [a b c] (unmarshal (marshal [(int/s64 1) (int/s64 1) (int/u64 1)])))
(printf "%q %q %q" a b c)
#> <core/s64 5> :core/s64 true
#> <core/s64 -1> :core/s64 true
#> <core/s64 -9223372036854775808> :core/s64 true
#> <core/u64 3141592654> :core/u64 true
#> <core/u64 18446744073709551615> :core/u64 true
#> <core/s64 513>
#> <core/s64 1> <core/s64 1> <core/u64 1>

#### random number generators continue where they were
(def r (math/rng 42))
(math/rng-int r 100)
(def r2 (unmarshal (marshal r)))
(print (type r2))
(print (= (math/rng-int r 1000000) (math/rng-int r2 1000000)))
(print (math/rng-int (unmarshal "\xD9\xCF\bcore/rng\x01\x02\x03\x04\x05") 1000000))
#> core/rng
#> true
#> 181236

#### lookup tables
(printf "%q" (unmarshal "\xD8\x01a" @{'a 42}))
(printf "%q" (unmarshal "\xD8\x01a" @{'b 42}))
(printf "%q" (unmarshal "\xD8\x01a" (table/setproto @{} @{'a 43})))
(printf "%q" (unmarshal "\xD8\x01a"))
(printf "%q" (unmarshal "\xD2\x02\0\xD8\x01a\xDA\0" @{'a 42}))
(def um (env-lookup root-env))
(def m (invert um))
(def [f g] (unmarshal (marshal [map print] m) um))
(print (= f map) " " (= g print))
(print ((unmarshal (marshal print m) um) "called"))
#> 42
#> nil
#> 43
#> nil
#> (42 42)
#> true true
#> called
#>

#### bad input
(each x ["" "\xC0" "\xC1\x01" "\x80" "\xCD\x01\x02" "\xC8\0\0" "\xCE\x05ab" "\xCE\xBF\xFF" "\xD1\x02\x01"
         "\xD1\x01" "\xD2\x01" "\xDA\0" "\xD1\x02\x03\xDA\x01" "\xDB" "\xDC" "\xE9" "\xFF"
         "\xDD\x01\x02\x03\x04\x05\x06\x07\x08\x09" "\xDD\x01" "\xDE\x01\x02\x03\x04\x05\x06\x07\x08\x09"
         "\xE0\x01\x02\x03\x04\x05\x06\x07\x08\x09" "\xE1\x01\x01\x01\x02\x03\x04\x05\x06\x07\x08\x09"
         "\xE1\x01\x01\x01" "\xD9\xCF\x03abc" "\xD9\x05" "\xD9\xCE\x08core/s64\x01" "\xD9\xCF\x09core/file"
         "\xD9\xCF\x08core/s64\xF9\x01\x02\x03\x04\x05\x06\x07\x08\x09" "\xD9\xCF\x08core/s64\xF3\x01"
         "\xD9\xCF\x08core/rng\x01\x02" "\xDF\x01\x01\x01\x02" "\xD4\x01\x05\x01\x02" "\xE2\x02\x01\x02"
         "\xE5\xD3\x00\x01\x02" "\xD6\xB9\xB9" "\xD2\x01\xC0" "\xD2\x01\x01"]
  (printf "%j %q" x (protect (unmarshal x))))
#> "" (false "unexpected end of source")
#> "\xC0" (false "expected integer, got byte c0 at index 0")
#> "\xC1\x01" (false "expected integer, got byte c1 at index 0")
#> "\x80" (false "unexpected end of source")
#> "\xCD\x01\x02" (false "unexpected end of source")
#> "\xC8\0\0" (false "unexpected end of source")
#> "\xCE\x05ab" (false "unexpected end of source")
#> "\xCE\xBF\xFF" (false "expected integer >= 0, got -1")
#> "\xD1\x02\x01" (false "unexpected end of source")
#> "\xD1\x01" (false "unexpected end of source")
#> "\xD2\x01" (false "unexpected end of source")
#> "\xDA\0" (false "invalid reference 0")
#> "\xD1\x02\x03\xDA\x01" (false "invalid reference 1")
#> "\xDB" (false "unknown byte db at index 0")
#> "\xDC" (false "unknown byte dc at index 0")
#> "\xE9" (false "unknown byte e9 at index 0")
#> "\xFF" (false "unknown byte ff at index 0")
#> "\xDD\x01\x02\x03\x04\x05\x06\a\b\t" (false "unsafe flag not given, will not unmarshal function pointer at index 1")
#> "\xDD\x01" (false "unexpected end of source")
#> "\xDE\x01\x02\x03\x04\x05\x06\a\b\t" (false "unsafe flag not given, will not unmarshal raw pointer at index 1")
#> "\xE0\x01\x02\x03\x04\x05\x06\a\b\t" (false "unsafe flag not given, will not unmarshal threaded abstract pointer at index 1")
#> "\xE1\x01\x01\x01\x02\x03\x04\x05\x06\a\b\t" (false "unsafe flag not given, will not unmarshal raw pointer at index 3")
#> "\xE1\x01\x01\x01" (false "unexpected end of source")
#> "\xD9\xCF\x03abc" (false "unknown abstract type")
#> "\xD9\x05" (false "unknown abstract type")
#> "\xD9\xCE\bcore/s64\x01" (false "unknown abstract type")
#> "\xD9\xCF\tcore/file" (false "cannot unmarshal file in safe mode")
#> "\xD9\xCF\bcore/s64\xF9\x01\x02\x03\x04\x05\x06\a\b\t" (false "invalid 64 bit integer")
#> "\xD9\xCF\bcore/s64\xF3\x01" (false "unexpected end of source")
#> "\xD9\xCF\bcore/rng\x01\x02" (false "unexpected end of source")
#> "\xDF\x01\x01\x01\x02" (false "expected type struct, got 1")
#> "\xD4\x01\x05\x01\x02" (false "expected type table, got 5")
#> "\xE2\x02\x01\x02" (false "unexpected end of source")
#> "\xE5\xD3\0\x01\x02" (false "expected integer, got byte d3 at index 1")
#> "\xD6\xB9\xB9" (false "expected integer >= 0, got -1607")
#> "\xD2\x01\xC0" (false "expected integer, got byte c0 at index 2")
#> "\xD2\x01\x01" (false "unexpected end of source")

#### argument errors
(printf "%q" (protect (unmarshal 1)))
(printf "%q" (protect (unmarshal "\x01" "x")))
(printf "%q" (protect (unmarshal "\x01" nil)))
(printf "%q" (protect (marshal 1 nil)))
(printf "%q" (protect (marshal 1 @{} nil)))
(printf "%q" (protect (marshal 1 @{} "str")))
(printf "%q" (protect (marshal)))
(printf "%q" (protect (unmarshal)))
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got 1")
#> (false "bad slot #1, expected table, got \"x\"")
#> (false "bad slot #1, expected table, got nil")
#> (false "bad slot #1, expected table, got nil")
#> (false "bad slot #2, expected buffer, got nil")
#> (false "bad slot #2, expected buffer, got \"str\"")
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "arity mismatch, expected at least 1, got 0")
