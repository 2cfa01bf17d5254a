# sort, sort-by, sorted, sorted-by, reverse, reverse! (boot.janet).  The
# reference's sort is a quick-sort that is not stable: the order of elements
# the comparator cannot tell apart is part of what these cases check.

#### sort numbers, strings, keywords and mixed types
(pp (sort @[3 1 2]))
(pp (sort @[3 1 2] >))
(pp (sort @[0.5 -1 1e10 -0 0 -2]))
(pp (sort @["b" "a" "ab" "" "B"]))
(pp (sort @[:b :a :ab]))
(pp (sort @['b 'a]))
(pp (sort @[3 nil 1 :a "b" 2 true false [1] {:a 1} 'sym]))
(pp (sort @[[1 2] [1] [0 5] [1 1]]))
(pp (sort @[]))
(pp (sort @[1]))
#> @[1 2 3]
#> @[3 2 1]
#> @[-2 -1 0 0 0.5 10000000000]
#> @["" "B" "a" "ab" "b"]
#> @[:a :ab :b]
#> @[a b]
#> @[1 2 3 nil false true "b" sym :a (1) {:a 1}]
#> @[(0 5) (1) (1 1) (1 2)]
#> @[]
#> @[1]

#### sort returns its argument, sorted in place
(def a @[5 4 3 2 1])
(def b (sort a))
(pp [(= a b) a])
#> (true @[1 2 3 4 5])

#### sort is not stable
(def recs @[[1 :a] [1 :b] [0 :c] [2 :d] [1 :e] [0 :f] [2 :g] [1 :h]])
(pp (sort (array/slice recs) (fn [x y] (< (x 0) (y 0)))))
(pp (sort (array/slice recs) (fn [x y] (> (x 0) (y 0)))))
(pp (sort-by first (array/slice recs)))
(pp (sorted-by first recs))
(pp (sorted-by (fn [r] (- (r 0))) recs))
#> @[(0 :f) (0 :c) (1 :e) (1 :h) (1 :a) (1 :b) (2 :d) (2 :g)]
#> @[(2 :d) (2 :g) (1 :h) (1 :b) (1 :a) (1 :e) (0 :f) (0 :c)]
#> @[(0 :f) (0 :c) (1 :e) (1 :h) (1 :a) (1 :b) (2 :d) (2 :g)]
#> @[(0 :f) (0 :c) (1 :e) (1 :h) (1 :a) (1 :b) (2 :d) (2 :g)]
#> @[(2 :d) (2 :g) (1 :h) (1 :b) (1 :a) (1 :e) (0 :f) (0 :c)]

#### sort with comparators that cannot order anything
(pp (sort @[3 1 2] (fn [a b] false)))
(pp (sort @[5 1 4 2 3 0] (fn [a b] false)))
(pp (protect (sort @[3 1 2] (fn [a b] true))))
#> @[1 3 2]
#> @[3 0 2 1 4 5]
#> (false "expected integer key for array in range [0, 3), got 3")

#### sort zeros and NaN
(def nan (/ 0 0))
(pp (sort @[0 -0 0 -0 1 -0]))
(pp (sort @[-0 0 -1]))
(pp (sort @[3 nan 1 2 nan 0]))
(pp (sort @[nan 1 (- nan)] >))
#> @[0 0 0 0 0 1]
#> @[-1 0 0]
#> @[-nan 0 1 -nan 2 3]
#> @[1 -nan -nan]

#### sort buffers, tables and other containers with put
(pp (sort @"hello"))
(pp (sort @"hello" >))
(pp (sort @{0 3 1 1 2 2}))
(pp (sort [1]))
(pp (protect (sort [3 1 2])))
(pp (protect (sort "cba")))
(pp (protect (sort {0 2 1 1})))
(pp (protect (sort 5)))
(pp (protect (sort nil)))
(pp (protect (sort @"ab" (fn [a b] true))))
#> @"ehllo"
#> @"ollhe"
#> @{0 1 1 2 2 3}
#> (1)
#> (false "expected array, table or buffer, got <tuple 0x55C3636675D0>")
#> (false "expected array, table or buffer, got \"cba\"")
#> (false "expected array, table or buffer, got <struct 0x55C36366A748>")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil")
#> (false "expected integer key for buffer in range [0, 2), got 2")

#### sort with comparator errors
(pp (protect (sort @[1 2 3] (fn [a] true))))
(pp (protect (sort @[1 2 3] 5)))
(pp (protect (sort @[1 2 3] (fn [a b] (error "cmp")))))
(var f sort)
(pp (protect (f)))
(pp (protect (f @[] < 1)))
#> (false "<function 0x55CF32D11700> called with 2 arguments, expected 1")
#> (false "5 called with 2 arguments, possibly expected 1")
#> (false "cmp")
#> (false "<function sort> called with 0 arguments, expected 2")
#> (false "<function sort> called with 3 arguments, expected 2")

#### sort-by calls f on the elements
(pp (sort-by length @["ccc" "a" "bb"]))
(pp (sort-by - @[1 3 2]))
(pp (sort-by :k @[{:k 2} {:k 1}]))
(pp (sort-by identity @"cab"))
(pp (sort-by inc @[:only]))
(pp (protect (sort-by inc @[1 :a])))
(pp (protect (sort-by 1 @[1 2])))
(pp (protect (sort-by length [1 2])))
#> @["a" "bb" "ccc"]
#> @[3 2 1]
#> @[{:k 1} {:k 2}]
#> @"abc"
#> @[:only]
#> (false "could not find method :+ for :a")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### sorted and sorted-by copy arrays and tuples
(def t [3 1 2])
(pp (sorted t))
(pp t)
(pp (sorted t >))
(pp (sorted @[:b :a]))
(pp (sorted-by - t))
(pp (sorted []))
(pp (protect (sorted "cba")))
(pp (protect (sorted {:a 1})))
(pp (protect (sorted-by - 5)))
#> @[1 2 3]
#> (3 1 2)
#> @[3 2 1]
#> @[:a :b]
#> @[3 2 1]
#> @[]
#> (false "bad slot #0, expected array or tuple, got \"cba\"")
#> (false "bad slot #0, expected array or tuple, got <struct 0x55CDC0DB76F8>")
#> (false "bad slot #0, expected array or tuple, got 5")

#### reverse
(pp (reverse [1 2 3]))
(pp (reverse @[1 2 3]))
(pp (reverse "abc"))
(pp (reverse @"abc"))
(pp (reverse :abc))
(pp (reverse 'abc))
(pp (reverse {:a 1}))
(pp (reverse []))
(pp (reverse (coro (yield 1) (yield 2))))
(pp (protect (reverse 5)))
(pp (protect (reverse nil)))
#> @[3 2 1]
#> @[3 2 1]
#> @"cba"
#> @"cba"
#> @"cba"
#> @"cba"
#> @[1]
#> @[]
#> @[2 1]
#> (false "expected iterable type, got 5")
#> (false "expected iterable type, got nil")

#### reverse! works in place
(def a @[1 2 3 4])
(pp (reverse! a))
(pp a)
(pp (reverse! @"abc"))
(pp (reverse! @[]))
(pp (reverse! @{0 :a 1 :b 2 :c}))
(pp (reverse! [1]))
(pp (protect (reverse! [1 2])))
(pp (protect (reverse! "ab")))
(pp (protect (reverse! 5)))
#> @[4 3 2 1]
#> @[4 3 2 1]
#> @"cba"
#> @[]
#> @{0 :c 1 :b 2 :a}
#> (1)
#> (false "expected array, table or buffer, got <tuple 0x5599A57162F0>")
#> (false "expected array, table or buffer, got \"ab\"")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")

#### sort-by on many records with equal keys (their order follows the struct hashes)
(def recs (seq [i :range [0 300]] {:id i :score (% (* i 37) 10) "tag" (if (even? i) :even (/ i 7))}))
(print (string/join (map |(string ($ :id)) (sort-by |($ :score) recs)) " "))
(def mixed (seq [i :range [0 100]] (if (< i 50) {:a i :b -0} {:a (- i) :b 1.5 :c :x})))
(print (string/join (map |(string ($ :a)) (sort-by |($ :b) mixed)) " "))
(print (string/join (map |(string ($ :a)) (sort mixed)) " "))
#> 230 90 150 40 220 250 260 140 30 240 190 60 180 170 70 210 50 160 80 200 20 120 280 100 270 290 10 110 130 0 103 203 53 153 83 283 113 63 173 73 183 163 213 193 293 33 243 123 273 143 23 263 253 133 93 13 233 223 43 3 116 136 96 176 146 166 76 86 156 126 246 36 256 226 46 26 286 276 296 266 236 6 16 186 106 206 216 66 196 56 269 189 129 279 299 109 289 179 209 239 149 159 229 219 169 119 259 249 199 69 59 89 79 99 19 9 39 29 49 139 272 92 142 262 162 222 22 62 152 192 202 212 292 182 52 252 12 2 172 32 102 242 132 42 82 282 232 122 72 112 65 175 75 275 115 225 255 45 35 245 25 235 195 55 185 205 215 15 265 145 105 85 5 95 295 135 155 125 165 285 48 108 58 148 88 288 208 138 118 38 238 28 298 258 218 228 128 98 248 78 278 188 178 158 68 168 268 198 18 8 71 231 131 181 41 241 11 101 111 121 31 161 251 171 281 51 151 211 141 291 271 201 61 191 21 261 81 221 1 91 274 294 284 254 14 4 24 264 114 204 64 144 214 194 164 154 74 84 54 174 184 34 244 124 224 234 94 104 44 134 77 297 157 127 7 147 137 87 97 117 287 47 257 107 217 207 237 247 27 37 67 187 277 177 167 57 227 197 267 17
#> 33 34 31 36 37 32 27 28 25 30 35 26 45 46 43 48 49 44 39 40 29 42 47 38 41 8 9 6 11 12 7 2 3 0 5 10 1 20 21 18 23 24 19 14 15 4 17 22 13 16 -83 -84 -81 -86 -87 -82 -77 -78 -75 -80 -85 -76 -95 -96 -93 -98 -99 -94 -89 -90 -79 -92 -97 -88 -91 -58 -59 -56 -61 -62 -57 -52 -53 -50 -55 -60 -51 -70 -71 -68 -73 -74 -69 -64 -65 -54 -67 -72 -63 -66
#> -85 -96 -50 10 -59 -52 -64 -81 -93 42 -86 34 33 5 -63 -54 1 -91 7 48 -92 -77 3 21 -84 11 -90 27 31 40 45 -71 37 -73 49 -60 -67 -58 -68 -75 -56 26 38 12 18 14 -62 -78 -98 47 9 19 15 -61 30 -97 -99 -74 28 -72 -65 44 46 16 -57 39 -69 4 -70 32 6 -55 -53 -80 36 13 43 24 17 -79 -95 -88 -83 35 25 -51 -76 29 8 -87 0 -89 2 -66 20 -94 -82 22 41 23
