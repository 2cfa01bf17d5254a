# peg: marshal and unmarshal of core/peg values, in the reference's byte format

#### compiled pegs marshal to the reference's bytes
(defn show [p] (print (string/format "%j" (string/bytes (marshal (peg/compile p))))))
(show '(* 1 2 (set "abcd") "asdasd" (+ "." 3)))
(show '(int 1))
(show '(* (some :d) "," (some :d)))
(show '(* "abcd" (constant :hi) (constant :hi)))
(show '{:main (* 1 "hello" :main)})
(show '(* (<- 1 :a) (-> :a) (backmatch :a) (number :d 16 :b) (uint-be 8) (int 2 :c) (nth 0 '1 :z)))
(show '(+ (range "az" "AZ") (range "09") (set "xyz") (set "") (> -3 "a") (look 2 -1) (if "a" "b") (if-not "a" 2) (not "c") (! "d") (to "x") (thru "y")))
(show '(* (between 1 3 "a") (at-least 2 "b") (at-most 4 "c") (repeat 2 "d") (any "e") (some "f") (? "g") (3 "h") true false 0 -2 @"buf"))
(show '(* (% (<- 1) :acc) (group '1 :g) (unref (drop (only-tags '1)) :acc) (sub 1 2) (til 1 2) (split "," 1) (lenprefix (number :d) 1) (error) (error 2) ($ :p) (line) (column :c) (argument 2 :arg) (??) (debug)))
(show '{:a (+ "x" (* :b :a)) :b {:main (* :a "q") :a "inner"} :main (some :a)})
(show '(* (constant 1) (constant [1 2] :t) (constant "s") (/ 1 {:a 1}) (/ 1 @{}) (/ 1 :kw)))
(show '(* "abcdefgh" "abcdefghi" "" "a"))
(show :d+)
(show "hello")
(show 5)
#> (217 207 8 99 111 114 101 47 112 101 103 33 0 7 5 7 9 11 20 24 1 1 1 2 4 0 0 0 30 0 0 0 0 0 6 205 97 100 115 97 205 0 0 100 115 6 2 28 31 0 1 46 1 3)
#> (217 207 8 99 111 114 101 47 112 101 103 3 0 27 17 0)
#> (217 207 8 99 111 114 101 47 112 101 103 14 0 7 3 5 11 5 11 1 191 255 9 3 205 0 57 0 48 0 1 44)
#> (217 207 8 99 111 114 101 47 112 101 103 11 1 7 3 5 8 8 0 4 205 100 99 98 97 16 0 0 208 2 104 105)
#> (217 207 8 99 111 114 101 47 112 101 103 11 0 7 3 5 7 0 1 1 0 5 205 108 108 101 104 111)
#> (217 207 8 99 111 114 101 47 112 101 103 38 0 7 7 9 14 17 19 25 28 31 13 12 1 1 1 12 1 0 23 1 31 23 16 2 3 205 0 57 0 48 27 40 0 27 18 3 35 0 35 4 13 12 0)
#> (217 207 8 99 111 114 101 47 112 101 103 85 0 6 12 14 23 25 34 43 49 54 60 65 70 75 80 4 0 0 205 7 255 255 254 205 7 255 255 254 0 0 0 0 3 205 0 57 0 48 4 0 0 0 205 7 0 0 0 0 0 0 0 4 0 0 0 0 0 0 0 0 5 191 253 46 0 1 97 5 2 52 2 1 8 46 57 0 1 98 9 46 63 1 2 10 67 0 1 99 10 72 0 1 100 24 77 0 1 120 25 82 0 1 121)
#> (217 207 8 99 111 114 101 47 112 101 103 82 0 7 13 15 22 29 36 43 50 57 64 71 73 75 77 79 11 1 3 19 0 1 97 11 2 191 255 26 0 1 98 11 0 4 33 0 1 99 11 2 2 40 0 1 100 11 0 191 255 47 0 1 101 11 1 191 255 54 0 1 102 11 0 1 61 0 1 103 11 3 3 68 0 1 104 1 0 2 0 1 0 2 2 0 3 205 0 102 117 98)
#> (217 207 8 99 111 114 101 47 112 101 103 78 0 7 15 17 25 31 38 43 46 52 61 65 67 69 71 73 76 77 17 20 1 13 23 0 1 1 18 28 2 13 23 0 30 34 1 22 36 36 28 32 23 41 1 2 33 23 41 34 49 23 0 1 44 26 55 23 31 59 0 0 3 205 0 57 0 48 21 63 1 0 21 41 14 3 28 0 29 4 15 2 5 38 38)
#> (217 207 8 99 111 114 101 47 112 101 103 26 0 11 1 191 255 4 6 2 8 11 0 1 120 7 2 15 4 7 2 19 23 0 5 205 101 110 110 105 114 0 1 113)
#> (217 207 8 99 111 114 101 47 112 101 103 31 6 7 6 8 11 14 17 23 27 16 0 0 16 1 1 16 2 0 19 21 3 0 1 1 19 21 4 0 19 21 5 0 1 210 2 1 1 2 206 1 115 213 1 208 1 97 1 211 0 208 2 107 119)
#> (217 207 8 99 111 114 101 47 112 101 103 20 0 7 4 6 10 15 17 0 8 205 100 99 98 97 205 104 103 102 101 0 9 205 100 99 98 97 205 104 103 102 101 105 0 0 0 1 97)
#> (217 207 8 99 111 114 101 47 112 101 103 6 0 11 1 191 255 4 3 205 0 57 0 48)
#> (217 207 8 99 111 114 101 47 112 101 103 4 0 0 5 205 108 108 101 104 111)
#> (217 207 8 99 111 114 101 47 112 101 103 2 0 1 5)

#### round trips
(defn rt [p & texts]
  (def q (unmarshal (marshal (peg/compile p))))
  (printf "%q %q %q" (type q) (map |(peg/match q $) texts)
          (= (string (marshal q)) (string (marshal (peg/compile p))))))
(rt '(* (<- :d+) "," (number :w+)) "12,0x10" "a,b")
(rt '{:main (+ (* "(" :main ")") "x")} "((x))" "((x)")
(rt '(% (* (<- 1 :x) (backref :x) (backmatch :x))) "aaa" "aab")
(rt '(split "," (group (any (<- :w)))) "ab,c")
(rt '(* (constant @[1]) (/ '1 {"a" :A}) (uint 2)) "ab" "bb")
(rt '(* (to ";") (thru -1)) "ab;c" "abc")
(def p (peg/compile '(<- (some :a))))
(def [a b] (unmarshal (marshal [p p])))
(printf "%q %q" (= a b) (peg/match a "xy1"))
#> :core/peg @[@["12" 16] nil] true
#> :core/peg @[@[] nil] true
#> :core/peg @[@["aa"] @["aa"]] true
#> :core/peg @[@[@["a" "b"] @["c"]]] true
#> :core/peg @[nil nil] true
#> :core/peg @[@[] nil] true
#> true @["xy"]

#### bytecode the reference refuses
(defn try-bytes [& bs]
  (def r (protect (unmarshal (buffer/from-bytes 217 207 8 ;(string/bytes "core/peg") ;bs))))
  (printf "%q" (if (r 0) (type (r 1)) r)))
(try-bytes 3 0 99 0 0)
(try-bytes 2 0 10 5)
(try-bytes 2 0 10 0)
(try-bytes 3 0 7 1 1)
(try-bytes 5 0 7 1 3 1 0)
(try-bytes 9 0 7 1 3 1 0)
(try-bytes 0 0)
(try-bytes 3 1 16 1 0 1)
(try-bytes 4 1 19 0 0 0 1)
(try-bytes 3 0 27 17 0)
(try-bytes 3 0 27 8 0)
(printf "%q" (protect (peg/match (unmarshal (buffer/from-bytes 217 207 8 ;(string/bytes "core/peg") 2 0 10 0)) "a")))
(printf "%q" (peg/match (unmarshal (buffer/from-bytes 217 207 8 ;(string/bytes "core/peg") 3 0 27 8 0)) "12345678"))
#> (false "invalid peg bytecode")
#> (false "invalid peg bytecode")
#> :core/peg
#> (false "invalid peg bytecode")
#> :core/peg
#> (false "unexpected end of source")
#> :core/peg
#> (false "invalid peg bytecode")
#> :core/peg
#> (false "invalid peg bytecode")
#> :core/peg
#> (false "peg/match recursed too deeply")
#> @[<core/u64 4050765991979987505>]

#### pegs holding functions cannot be marshalled without a registry
(printf "%q" (protect (marshal (peg/compile ~(/ 1 ,string/ascii-upper)))))
(def rev @{string/ascii-upper 'up})
(def fwd @{'up string/ascii-upper})
(printf "%q" (peg/match (unmarshal (marshal (peg/compile ~(/ '1 ,string/ascii-upper)) rev) fwd) "x"))
#> (false "no registry value and cannot marshal <cfunction string/ascii-upper>")
#> @["X"]
