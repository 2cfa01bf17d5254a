# math/rng and its methods, math/random and math/seedrandom.  The generator is
# the reference's, so seeded sequences are the reference's numbers.

#### the shared generator starts from the same seed
(print (math/random) " " (math/random) " " (math/random))
#> 0.487181187691715 0.912752790009917 0.0601939159067852

#### seedrandom with integers and byte sequences
(each s [0 42 -1 2147483647 -2147483648 "" "42" "abcdefghijklmnopqrstuvwxyz" :kw 'sym @"buf"]
  (math/seedrandom s)
  (print (math/seedrandom s) " " (math/random) " " (math/random)))
#>  0.487181187691715 0.912752790009917
#>  0.900358161924284 0.387218556853928
#>  0.310958581463247 0.171294895824355
#>  0.359786706278165 0.345123020748753
#>  0.411009312703084 0.58658091510098
#>  0.284379075933386 0.0978255838561268
#>  0.0694661746719714 0.627585630653611
#>  0.840805364489779 0.123664467795531
#>  0.213406342313857 0.0305320316583961
#>  0.665110246608434 0.145506888236806
#>  0.721219064305664 0.126985919931074

#### generators from different seeds
(each s [0 1 -1 2147483647 -2147483648 "" "a" "abcdefghijklmnopqrstuvwxyz" :kw 'sym @"buf"
         (string/repeat "abcdefghijklmnopq" 3)]
  (def r (math/rng s))
  (print (math/rng-int r) " " (math/rng-int r 7) " " (math/rng-int r nil) " "
         (math/rng-int r 1) " " (math/rng-int r 2147483647) " " (math/rng-int r 0) " "
         (math/rng-uniform r))
  (printf "%q %q" (math/rng-buffer r 7) (math/rng-buffer r 8 @"x")))
#> 1046213634 0 1960121691 0 129265450 0 0.237817430300915
#> @"[\x9F\xC1\xE4-W\xB2" @"x\x100\xBB\xE7\xE0LSa"
#> 441088389 1 2032538353 0 628846347 0 0.250602939301058
#> @"\xCE\xCC\xB4\xEE\x06N\xE1" @"x\xF6\x0E|\xE1\xF0\xBD\xEA7"
#> 667778468 6 367852987 0 2134161062 0 0.160287423935261
#> @"\xD1\x13\xAD\x16q'\xC0" @"x\xB8\x17,h\xD1\xEF\x9D\b"
#> 772636068 4 741146043 0 1597290150 0 0.136361642685261
#> @"\xD1\x13\xC5\xA2q'h" @"x\xB8\x17\xACS\xD1\xEF\x1Du"
#> 882635778 1 1259672923 0 666136362 0 0.214868211550915
#> @"[\x9F\xD9P-WJ" @"x\x100;\xD4\xE0L\xD3\x1C"
#> 610699415 4 210078841 0 578097783 0 0.0166608502890637
#> @"-\xB1\x91\nva\t" @"x\xFC\xECV\b\xF7\xE8}X"
#> 342539458 0 1151505377 0 1581108861 0 0.38213158155531
#> @"\xCAC\x1DZ\xDA6\xA6" @"x\x01\xA0D\xB06;\x8F\xB0"
#> 1805615771 5 265567422 0 618972339 0 0.829848973493493
#> @"-\xE1\xD3\xAAsOG" @"x\xAF\x1D\x02\xF2h8\xE4\xFB"
#> 458286630 3 65567038 0 57963839 0 0.137084445684394
#> @"\x1C{<\xBB\x9E\x13|" @"x\xEDp6\xF9Y\xF1\ft"
#> 1428313378 5 312473663 0 1638236277 0 0.500880110301654
#> @"\x1F\xC8Le>\xAAw" @"x\xAC\xB8\xFBp\nn\x050"
#> 1548806147 1 272700186 0 1922264453 0 0.0986596634437822
#> @"\x15K\xF3X\xA3\xF9\xAF" @"x\xB6\xC1\0\x1A\xF1\xAD}\xF8"
#> 1165169165 0 1944181139 0 1797853709 0 0.274820561165123
#> @"\x94\xEDs\xC7\xC8\xC5p" @"x\x80\xBA\xB7\xEA\xD28\x8C\xE3"

#### an unseeded generator is seeded with 0
(def a (math/rng))
(def b (math/rng 0))
(print (= (math/rng-int a) (math/rng-int b)) " " (= (math/rng-uniform a) (math/rng-uniform b)))
#> true true

#### rng-int stays below its bound
(def r (math/rng 3))
(printf "%q" (seq [i :range [1 40]] (math/rng-int r i)))
(print (all |(< (math/rng-int r $) $) (range 1 2000)))
(print (all (fn [_] (def x (math/rng-uniform r)) (and (>= x 0) (< x 1))) (range 2000)))
#> @[0 0 1 0 0 3 0 3 5 1 9 7 2 9 7 11 2 11 10 5 20 18 22 0 6 9 12 22 11 10 18 25 19 8 4 5 25 9 21]
#> true
#> true

#### rng-buffer sizes
(def r (math/rng 11))
(each n [0 1 2 3 4 5 8 9]
  (printf "%q" (math/rng-buffer r n)))
(def buf @"ab")
(print (= buf (math/rng-buffer r 3 buf)) " " (length buf))
#> @""
#> @"\x8B"
#> @"\xEB\x99"
#> @"h\xBC\x98"
#> @"T@\xC09"
#> @"\xF6\xCC\xD0\xAA\x90"
#> @"BQ\x1A9\xA3Z\xA9\xE8"
#> @"\x96h\xBC\xEB\x19\xB8\xB4\x16\xDA"
#> true 5

#### core/rng values
(def r (math/rng 7))
(print (type r))
(printf "%q" [(get r :int) (get r :uniform) (get r :buffer) (get r :nope) (get r 0)])
(printf "%q" [(next r) (next r :uniform) (next r :int) (next r :buffer) (next r :x)])
(printf "%q" (keys r))
(print ((get r :int) r 100) " " ((get r :uniform) r))
#> core/rng
#> (<cfunction math/rng-int> <cfunction math/rng-uniform> <cfunction math/rng-buffer> nil nil)
#> (:uniform :int :buffer nil nil)
#> @[:uniform :int :buffer]
#> 99 0.0113587879926642

#### errors
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (math/rng 1.5)
   (math/rng nil)
   (math/rng 4294967295)
   (math/rng 1 2)
   (math/rng-int (math/rng) -1)
   (math/rng-int (math/rng) 2147483648)
   (math/rng-int (math/rng) 1.5)
   (math/rng-int 1)
   (math/rng-int)
   (math/rng-uniform 1)
   (math/rng-uniform)
   (math/rng-buffer (math/rng) 3 "a")
   (math/rng-buffer (math/rng) -1)
   (math/rng-buffer (math/rng) 1.5)
   (math/rng-buffer :r 1)
   (math/random 1)
   (math/seedrandom)
   (math/seedrandom 1.5)
   (math/seedrandom nil)
   (math/seedrandom [1]))
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got 1.5")
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got nil")
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got 4294967295")
#> (false "arity mismatch, expected at most 1, got 2")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got -1")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got 2147483648")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected core/rng, got 1")
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "bad slot #0, expected core/rng, got 1")
#> (false "arity mismatch, expected 1, got 0")
#> (false "bad slot #2, expected buffer, got \"a\"")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got -1")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected core/rng, got :r")
#> (false "arity mismatch, expected 0, got 1")
#> (false "arity mismatch, expected 1, got 0")
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got 1.5")
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got nil")
#> (false "bad slot #0, expected string, symbol, keyword or buffer, got <tuple 0x55944280E950>")
