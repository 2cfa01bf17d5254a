# marshal: the bytes written for each kind of value (reference: src/core/marsh.c).

#### nil, booleans and small integers
(each x [nil true false 0 1 127 128 -1 199 5000 -5000 8191 -8192 8192 -8193]
  (printf "%j" (marshal x)))
#> @"\xC9"
#> @"\xCB"
#> @"\xCA"
#> @"\0"
#> @"\x01"
#> @"\x7F"
#> @"\x80\x80"
#> @"\xBF\xFF"
#> @"\x80\xC7"
#> @"\x93\x88"
#> @"\xACx"
#> @"\x9F\xFF"
#> @"\xA0\0"
#> @"\xCD\0\0 \0"
#> @"\xCD\xFF\xFF\xDF\xFF"

#### large integers and doubles
(each x [10000 -10000 2147483647 -2147483648 2147483648 -2147483649 1.5 -0.5 -0 1e300 math/inf math/-inf 0.1]
  (printf "%j" (marshal x)))
#> @"\xCD\0\0'\x10"
#> @"\xCD\xFF\xFF\xD8\xF0"
#> @"\xCD\x7F\xFF\xFF\xFF"
#> @"\xCD\x80\0\0\0"
#> @"\xC8\0\0\0\0\0\0\xE0A"
#> @"\xC8\0\0 \0\0\0\xE0\xC1"
#> @"\xC8\0\0\0\0\0\0\xF8?"
#> @"\xC8\0\0\0\0\0\0\xE0\xBF"
#> @"\0"
#> @"\xC8\x9Cu\0\x88<\xE47~"
#> @"\xC8\0\0\0\0\0\0\xF0\x7F"
#> @"\xC8\0\0\0\0\0\0\xF0\xFF"
#> @"\xC8\x9A\x99\x99\x99\x99\x99\xB9?"

#### strings, symbols, keywords, buffers
(each x ["" "doctordolittle" :chickenshwarma 'sym :a @"" @"oldmcdonald" (string/repeat "ab" 100)]
  (printf "%j" (marshal x)))
#> @"\xCE\0"
#> @"\xCE\x0Edoctordolittle"
#> @"\xD0\x0Echickenshwarma"
#> @"\xCF\x03sym"
#> @"\xD0\x01a"
#> @"\xD6\0"
#> @"\xD6\voldmcdonald"
#> @"\xCE\x80\xC8abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab"

#### arrays and tuples (with the bracket flag)
(each x [@[] @[1 2 3 4 5] [] [1 2] '(1 2) (tuple/brackets 1 2) [[1] @[2] "x"]]
  (printf "%j" (marshal x)))
#> @"\xD1\0"
#> @"\xD1\x05\x01\x02\x03\x04\x05"
#> @"\xD2\0\0"
#> @"\xD2\x02\0\x01\x02"
#> @"\xD2\x02\0\x01\x02"
#> @"\xD2\x02\x01\x01\x02"
#> @"\xD2\x03\0\xD2\x01\0\x01\xD1\x01\x02\xCE\x01x"

#### repeated values become back-references
(printf "%j" (marshal ["ab" "ab" 1.5 1.5 :k :k 'y 'y]))
(printf "%j" (marshal [[1] [1] '(1)]))
(def a @[1])
(printf "%j" (marshal [a a @[1]]))
(printf "%j" (marshal @{:a {:b 1} :c {:b 1}}))
#> @"\xD2\b\0\xCE\x02ab\xDA\0\xC8\0\0\0\0\0\0\xF8?\xDA\x01\xD0\x01k\xDA\x02\xCF\x01y\xDA\x03"
#> @"\xD2\x03\0\xD2\x01\0\x01\xDA\0\xDA\0"
#> @"\xD2\x03\0\xD1\x01\x01\xDA\0\xD1\x01\x01"
#> @"\xD3\x02\xD0\x01c\xD5\x01\xD0\x01b\x01\xD0\x01a\xDA\x03"

#### no-cycles writes repeated values again
(printf "%j" (marshal ["ab" "ab" 1.5 1.5] @{} @"" true))
(printf "%j" (marshal ["ab" "ab"] @{} @"" false))
#> @"\xD2\x04\0\xCE\x02ab\xCE\x02ab\xC8\0\0\0\0\0\0\xF8?\xC8\0\0\0\0\0\0\xF8?"
#> @"\xD2\x02\0\xCE\x02ab\xDA\0"

#### cycles
(def t @{})
(put t :self t)
(printf "%j" (marshal t))
(def arr @[1])
(array/push arr arr)
(printf "%j" (marshal arr))
(def strct {:a @[nil]})
(put (strct :a) 0 strct)
(printf "%j" (marshal strct))
#> @"\xD3\x01\xD0\x04self\xDA\0"
#> @"\xD1\x02\x01\xDA\0"
#> @"\xD5\x01\xD0\x01a\xD1\x01\xD5\x01\xDA\0\xDA\x01"

#### structs are written in the reference's bucket order
(printf "%j" (marshal {:a 1 :b 2}))
(printf "%j" (marshal {:a 1 :b 2 :c 3 :d 4 :e 5}))
(printf "%j" (marshal {1 2 3 4}))
(printf "%j" (marshal {[1 2] 3 "s" 4 :k 6 1.5 7 -3 8 true 9 false 10 {:n 1} 11 (symbol "q") 12}))
(printf "%j" (marshal {:k1 1 :k2 2 :k3 3 :k4 4 :k5 5 :k6 6 :k7 7 :k8 8 :k9 9 :k10 10 :k11 11 :k12 12 :k13 13 :k14 14 :k15 15 :k16 16 :k17 17}))
#> @"\xD5\x02\xD0\x01b\x02\xD0\x01a\x01"
#> @"\xD5\x05\xD0\x01b\x02\xD0\x01c\x03\xD0\x01d\x04\xD0\x01a\x01\xD0\x01e\x05"
#> @"\xD5\x02\x03\x04\x01\x02"
#> @"\xD5\t\xCA\n\xCB\t\xD5\x01\xD0\x01n\x01\v\xC8\0\0\0\0\0\0\xF8?\a\xBF\xFD\b\xCE\x01s\x04\xD2\x02\0\x01\x02\x03\xD0\x01k\x06\xCF\x01q\f"
#> @"\xD5\x11\xD0\x03k11\v\xD0\x03k15\x0F\xD0\x02k2\x02\xD0\x02k6\x06\xD0\x03k10\n\xD0\x03k14\x0E\xD0\x02k3\x03\xD0\x02k7\a\xD0\x02k8\b\xD0\x03k13\r\xD0\x02k4\x04\xD0\x03k17\x11\xD0\x03k12\f\xD0\x02k9\t\xD0\x03k16\x10\xD0\x02k5\x05\xD0\x02k1\x01"

#### table literals are written in the reference's bucket order
(printf "%j" (marshal @{:a 1 :b 2}))
(printf "%j" (marshal @{:a 1 :b 2 :c 3 :d 4 :e 5}))
(printf "%j" (marshal @{1 2 3 4}))
(printf "%j" (marshal @{[1 2] 3 "s" 4 :k 6 1.5 7 -3 8 true 9 false 10 {:n 1} 11}))
(printf "%j" (marshal @{"s1" 1 "s2" 2 "s3" 3 "s4" 4 "s5" 5 "s6" 6 "s7" 7 "s8" 8 "s9" 9 "s10" 10 "s11" 11 "s12" 12 "s13" 13 "s14" 14 "s15" 15 "s16" 16 "s17" 17 44 0 955 1 :k48 2}))
#> @"\xD3\x02\xD0\x01b\x02\xD0\x01a\x01"
#> @"\xD3\x05\xD0\x01b\x02\xD0\x01a\x01\xD0\x01c\x03\xD0\x01d\x04\xD0\x01e\x05"
#> @"\xD3\x02\x03\x04\x01\x02"
#> @"\xD3\b\xCA\n\xCB\t\xCE\x01s\x04\xD2\x02\0\x01\x02\x03\xD5\x01\xD0\x01n\x01\v\xC8\0\0\0\0\0\0\xF8?\a\xD0\x01k\x06\xBF\xFD\b"
#> @"\xD3\x14\xCE\x02s5\x05\xCE\x02s1\x01\xD0\x03k48\x02\xCE\x03s13\r,\0\xCE\x02s6\x06\xCE\x02s2\x02\xCE\x03s12\f\xCE\x02s9\t\xCE\x03s16\x10\xCE\x02s7\a\xCE\x02s3\x03\x83\xBB\x01\xCE\x03s11\v\xCE\x02s8\b\xCE\x03s15\x0F\xCE\x02s4\x04\xCE\x03s17\x11\xCE\x03s10\n\xCE\x03s14\x0E"

#### prototypes
(printf "%j" (marshal (struct/with-proto {1 2 3 4} 5 6)))
(printf "%j" (marshal (table/setproto @{:x 1} @{:y 2})))
(printf "%j" (marshal (table/setproto @{} (table/setproto @{:y 2} @{:z 3}))))
#> @"\xDF\x01\xD5\x02\x03\x04\x01\x02\x05\x06"
#> @"\xD4\x01\xD3\x01\xD0\x01y\x02\xD0\x01x\x01"
#> @"\xD4\0\xD4\x01\xD3\x01\xD0\x01z\x03\xD0\x01y\x02"

#### weak tables and arrays
(printf "%j" (marshal (table/weak 2)))
(printf "%j" (marshal (table/weak-keys 2)))
(printf "%j" (marshal (table/weak-values 2)))
(printf "%j" (marshal (table/setproto (table/weak-values 2) @{})))
#> @"\xE4\0"
#> @"\xE2\0"
#> @"\xE3\0"
#> @"\xE6\0\xD3\0"

#### 64-bit integers
(each x [(int/s64 0) (int/s64 5) (int/s64 240) (int/s64 241) (int/s64 -1) (int/s64 "-9223372036854775808")
         (int/u64 3141592654) (int/u64 "18446744073709551615")]
  (printf "%j" (marshal x)))
(printf "%j" (marshal [(int/s64 1) (int/s64 1) (int/s64 2) (int/u64 1)]))
#> @"\xD9\xCF\bcore/s64\0"
#> @"\xD9\xCF\bcore/s64\x05"
#> @"\xD9\xCF\bcore/s64\xF0"
#> @"\xD9\xCF\bcore/s64\xF1\xF1"
#> @"\xD9\xCF\bcore/s64\xF8\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"
#> @"\xD9\xCF\bcore/s64\xF8\0\0\0\0\0\0\0\x80"
#> @"\xD9\xCF\bcore/u64\xF4N\xE6@\xBB"
#> @"\xD9\xCF\bcore/u64\xF8\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"
#> @"\xD2\x04\0\xD9\xCF\bcore/s64\x01\xDA\x01\xD9\xDA\0\x02\xD9\xCF\bcore/u64\x01"

#### random number generators
(printf "%j" (marshal (math/rng 3)))
(printf "%j" (marshal (math/rng "a seed string")))
(def r (math/rng 1))
(printf "%j" (marshal [r r]))
#> @"\xD9\xCF\bcore/rng\xCDk\xFEB\x8B\xCD\xC2&\xCB\xFC\xCD\e\xAC\xD7\x06\xCD\xAB\xB1\xF7\xEA\xCD\0X|P"
#> @"\xD9\xCF\bcore/rng\xCD\xF1\0\xA4\x90\xCDp\x03\xD0/\xCD\xD1\xB0\xFB\xD4\xCD\xE1\eJ\xB2\xCD\0X|P"
#> @"\xD2\x02\0\xD9\xCF\bcore/rng\xCD\x90EM\xBF\xCD\xE3\xA4\xFC,\xCD\x82\x0E\xD1\x90\xCD\xB3(\xEC\xB9\xCD\0X|P\xDA\x01"

#### marshal appends to a given buffer
(def b @"pre")
(print (= b (marshal [1 2] @{} b)))
(printf "%j" b)
#> true
#> @"pre\xD2\x02\0\x01\x02"

#### reverse lookup tables
(printf "%j" (marshal print @{print 'print}))
(printf "%j" (marshal [print print] @{print 'print}))
(printf "%j" (marshal "x" @{"x" 'y}))
(printf "%j" (marshal "x" @{"x" "not a symbol"}))
(printf "%j" (marshal [1.5 "x"] (table/setproto @{} @{1.5 'half "x" 'ex})))
(printf "%j" (marshal [map reduce] (invert (env-lookup root-env))))
#> @"\xD8\x05print"
#> @"\xD2\x02\0\xD8\x05print\xDA\0"
#> @"\xD8\x01y"
#> @"\xCE\x01x"
#> @"\xD2\x02\0\xD8\x04half\xD8\x02ex"
#> @"\xD2\x02\0\xD8\x03map\xD8\x06reduce"
