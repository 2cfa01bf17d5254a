# peg: randomly generated grammars (over the bytes a, b and 1) matched against
# short inputs; the expectations are the reference's, so this checks that
# pyjanet's regular-expression lowering and fused sequences agree with it.

#### random grammars, batch 1
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(at-most 0 "ab") "" "11" "111a" "1b111a" "1b1bba" "ba1")
(t '(* (> (> -2 (group (set "ab")))) (til (unref (if-not (constant :k) "")) :w+) (any 0)) "" "11" "1bb1a" "a" "a1" "baa1")
(t '(<- (repeat 1 (not (set "a1"))) :t) "" "1bbba" "a" "abaa" "baab11" "bbb1b")
(t '(drop (opt "1")) "" "1bb" "1bb1" "1bba" "bab1b" "bbb1bb")
(t '(+ (not (at-most 1 :d*)) (opt (repeat 2 "aa")) (opt "")) "" "11" "aabb" "ab" "ab1ba" "b1a")
(t '(some "b") "" "1" "a1aa1" "aabbbb" "b1a1" "b1bb1a")
(t '(til (set "b") (* (set "b") (to :d*))) "" "1" "11" "a" "a1a" "bb")
(t '(if (opt "a1") (> 2 "ab")) "" "11" "aa11" "aa11a" "b" "b1")
(t '(opt (at-least 2 "a1")) "" "a1" "a1a111" "b1a" "bab11" "bb")
(t '(* ($) "") "" "1" "11" "1aa1ba" "aa1ab" "aba")
(t '"a1" "" "111" "11ab1a" "1b1a11" "1bbbaa" "abb1aa")
(t '(group (range "09")) "" "a11" "aa1b1" "abaaab" "b" "baaab")
(t '(<- (+ (some (* false ($))) (til "ab" :d*) (* (<- (group (constant :k))) (<- (nth 1 "aa")) (number (* (<- "") (<- :w+) (number (range "ab"))))))) "" "1a1aa" "aab" "ab" "b11" "baa1")
(t '(% (position :p)) "" "111a1" "11a" "11b" "a1aa1" "aaa")
(t '(range "ab") "" "1aba1b" "1b1a" "a" "aaaa1a" "ab1bab")
(t '(<- (position :p)) "" "1ab" "1ba1" "a" "b1" "ba1ba")
(t '(position :p) "" "11b" "1a1a" "1bbaba" "a" "bb1b")
(t '(nth 0 (at-least 2 (+ (unref (backmatch :t)) (opt "")))) "" "1a" "1b1" "a" "a11" "baaba")
(t '(unref (range "ab")) "" "1" "1ba11" "ab1" "b" "bb")
(t '(at-most 0 (* (backmatch :t) (set "b"))) "" "1b" "1b11aa" "aabb1a" "b1aba" "bbb1ba")
(t '(set "b") "" "1a1abb" "1baab" "1bba" "a" "bb1")
(t '"b" "" "1b" "1b11" "b" "baa" "baaaaa")
(t '(split (number "ba") (some (til (til (set "a1") true) -1))) "" "1a1ab" "1b1ab1" "abb11" "b1b" "bbb1")
(t '(backmatch :t) "" "1bba" "a111bb" "abb1a" "b1" "bbaa")
(t '(to (not "a")) "" "1a1" "1b11bb" "aa" "baa1" "bba")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true nil) (true nil) (true nil) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @["aab"]) (true @["ab"]) (true nil) (true nil)]
#> @[(true @["0"]) (true @["0"]) (true @["0"]) (true @["0"]) (true @["0"]) (true @["0"])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 2
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(any :d*) "" "a" "aaa" "baa" "bab" "bab1")
(t '(drop (sub 1 (+ "a1" "b" "b"))) "" "11" "11a1a1" "1bb1a" "a1a" "aaab")
(t '(not true) "" "11" "1111b" "1aa11" "1b" "b")
(t '(group (* (between 0 1 true) (% ""))) "" "11" "1bb" "a11aa" "b1a1b" "b1bb")
(t '(set "") "" "1" "a11" "aa1ba" "ab1" "abbab")
(t '(til (+ 1 "") (+ :d* (drop "a") -2)) "" "1baaa" "a1b" "aa" "b1a" "ba")
(t '(> 2 (set "a1")) "" "1" "11bb" "1ba11b" "b" "bb111a")
(t '(+ (any (any 1)) (drop "") (unref :d)) "" "11baab" "aabaa" "b" "b11" "b1ab")
(t '(any (<- :d*)) "" "1aab11" "1b" "b11a1b" "bbbaa1" "bbbbb")
(t '(at-most 0 "b") "" "1" "aa" "aaa1ba" "aaaa" "b")
(t '(+ (if :d "") (opt (constant :k))) "" "11111a" "a" "b1b1" "bba11" "bbaaab")
(t '(drop (range "01")) "" "1" "1ab1bb" "aabab1" "ab" "abb1")
(t '(opt "a") "" "a1b1" "aba" "baaaa" "baaab1" "bb")
(t '(not (thru (some (* true (range "aa"))))) "" "a1aaaa" "b" "b1" "b1b1" "ba")
(t '(thru (backmatch :t)) "" "11b" "a1aba1" "aabb" "ab" "b")
(t '"b" "" "1" "1111b" "a" "aa" "ab1aa")
(t '(range "ab") "" "1baab" "a1a111" "a1aab" "b" "b11a")
(t ':A "" "111b" "aaaaaa" "ab1b1" "b" "b1")
(t '(* (set "a1") (set "") (range "ab")) "" "1" "11ba" "11bbb" "baa" "bba")
(t '(group (set "a1")) "" "1" "aaa11" "abab" "ba" "bbbaa")
(t '(some (<- (* (<- (split (constant :k) false)) (<- "1") (number (drop 1))))) "" "a11aa" "aa1ab" "b11b" "b1abaa" "ba11b")
(t '(at-least 1 (sub :w+ (repeat 0 (opt (set "b"))))) "" "111" "1ab" "1bba" "ab11a" "bb")
(t '"b" "" "11b" "1a1a1b" "1b" "a1a1ab" "bb1ba1")
(t '(group :d) "" "1" "1a1ab" "1b" "ab" "b")
(t '(<- (+ (-> :t) "a")) "" "1" "1a" "1aba1" "aba1a" "ba")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[""]]) (true @[@[""]]) (true @[@[""]]) (true @[@[""]]) (true @[@[""]]) (true @[@[""]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @["1"]) (true @["1"]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @["a"]) (true nil)]

#### random grammars, batch 3
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(number "ba") "" "1bab1" "aaa1" "ba1ba" "bb" "bb1abb")
(t '(unref (any :d)) "" "1b1bbb" "1bba" "a" "a1a1" "b")
(t '(til (sub (between 1 1 (if (any :d) ($))) "aa") (some (<- (at-most 2 (range "aa")) :t))) "" "1a" "1a1" "aba" "b1aa1a" "b1abb")
(t '2 "" "a1" "aaba" "ba1ba" "baaa" "baba")
(t '(<- (<- "a1") :t) "" "1" "1a" "a" "abba" "ba")
(t '(opt (> -1 (if (set "b") (set "ab")))) "" "11aaba" "1baab" "aa1b1b" "abaaa" "babbb")
(t '(some "b") "" "1" "1aa" "1aba1a" "1abb1" "abaa1a")
(t '(> -1 "b") "" "1a" "1bb" "1bb11a" "aab11" "b1a")
(t '(at-most 2 "a") "" "1a1a1b" "a111b" "b1a" "b1aabb" "bbaa")
(t '(thru (not (range "aa"))) "" "a11" "ab1b1" "abbb1a" "b" "bb")
(t '(range "aa") "" "11" "a11b" "aab" "b1" "b1a")
(t '(+ (+ false "") (sub :d -1) (opt "a")) "" "11" "1bb" "ab" "ab1aba" "bbab")
(t '(repeat 2 (between 1 3 (if (sub -1 (set "b")) (> (-> :t))))) "" "1" "111aab" "b1ab1b" "b1baba" "bab")
(t '(set "a1") "" "1" "aba" "b1a" "b1b1" "bbbb")
(t '(* (nth 0 (unref (between 2 1 -1))) (if (* (at-most 0 "") "ab") (constant :k))) "" "11a1b1" "a1aa" "ab" "abb" "ba11")
(t '(repeat 2 (* (<- "b") (<- (position :p)) (number (set "")))) "" "a1" "a11aba" "b1aaa" "ba1a" "baaabb")
(t '"ba" "" "1111" "aa" "aa1ab" "ab" "b")
(t '(thru (> "a1")) "" "1a1" "a" "a1abba" "b" "b1")
(t '(opt (> (* (<- "1") (<- "aa") (number "b")))) "" "1" "a1a" "abb1" "b1" "babaa1")
(t '(group (between 1 3 "a")) "" "11bab" "aabba1" "aba" "b1" "bab11")
(t '(set "b") "" "1bb1" "a" "a1b" "aa" "b111")
(t '(range "ab") "" "1a1a1a" "a" "aa1b1" "aaa1b1" "bba11")
(t '(* (set "") "a") "" "1a1" "1b1a1" "b1b1b" "baa1a" "bab")
(t '(repeat 0 "") "" "1a" "1bb" "b" "bb" "bb1")
(t '(not 0) "" "1a1" "1bb" "a" "a1" "aa")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[@[]]) (true @[@[]]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 4
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(nth 0 (unref (<- "" :t))) "" "1baa1b" "a" "b1aa" "ba11" "baaa1")
(t '(not (not (repeat 0 "a"))) "" "11a1b" "1bb" "a1a" "ba" "baa1a1")
(t '(constant :k) "" "1b11a1" "1baba" "aab" "ab1aba" "b")
(t '(+ "a" (backmatch :t) (<- (-> :t) :t)) "" "1" "1babaa" "a1a1" "a1b1" "bbbb")
(t '(* (<- "b") (<- "a") (number (-> :t))) "" "11ab" "a111a" "ab11" "b" "b1ba")
(t '(unref (to (split (range "01") :d))) "" "1ab" "a" "a111" "a11bb" "ba")
(t '(any (constant :k)) "" "1b" "a" "abaa" "b1" "baba1")
(t '(repeat 2 (repeat 1 (group -2))) "" "1" "11a" "1a1a1" "a1" "b")
(t '(opt "ba") "" "1a1" "1baabb" "a11" "b" "b1abaa")
(t '(not (if-not (thru (set "")) (group ""))) "" "1a" "a1a1" "ba" "bbb11" "bbbaa")
(t '(+ (backmatch :t) -1 false) "" "1" "11baba" "1bb" "a" "bba1")
(t '(any (any (unref "ba"))) "" "11b" "a1b11" "a1babb" "ab" "ba11")
(t '(thru "") "" "1" "11" "aa11a1" "ba1bba" "bb")
(t '(+ (set "") (constant :k) :A) "" "1ba1" "1ba11" "abbb" "bb1a1" "bbbb")
(t '(sub (group (any :d)) (to (set "b"))) "" "11abbb" "1a" "1bb" "a11aa" "bbaabb")
(t '(<- (<- (range "aa"))) "" "1" "11ab" "1ab1b1" "1aba11" "bbbaab")
(t ':d* "" "1" "1ababa" "1ba" "aa1b1" "b1")
(t '(any (unref (set "b"))) "" "1aa1" "1bba11" "ab" "bab1a" "bba111")
(t '(* (number (* (range "aa") "a1" "1")) (<- "1") (not (* (position :p) (range "09")))) "" "1b1b" "a11" "a1a" "aaaab" "b1b1")
(t '(if-not (> (some (position :p))) (any (+ (sub (range "aa") ($)) true))) "" "1" "a" "aa1a" "ab" "abaa1a")
(t '(<- (til (backmatch :t) "ba")) "" "a1aab" "aa1b" "ab" "b" "bb1aa")
(t '(to (if-not (+ "ab" "a" "1") false)) "" "1" "1bba" "a" "ab11ab" "b")
(t '(<- (* (<- (backmatch :t)) (<- (position :p)) (number (backmatch :t))) :t) "" "1aa" "1bbba" "aba11b" "b" "bab11")
(t '(* 0 "") "" "11ba1" "1a" "1ba" "ba11b" "bb")
(t '(<- (set "a1")) "" "1bbb" "a" "a1a1" "bb11a" "bbaa")
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[@[] @[]]) (true @[@[] @[]]) (true nil) (true nil) (true nil) (true @[@[] @[]])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[0]) (true @[0 1]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @["1"]) (true @["a"]) (true @["a"]) (true nil) (true nil)]

#### random grammars, batch 5
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(some "aa") "" "11abaa" "1b111a" "aaaa1a" "aaaab" "bab")
(t '(set "b") "" "1" "11" "1aab" "aaa1b" "babb1")
(t '"aa" "" "1b1aa1" "a" "b1" "b1b1b" "ba1a")
(t '(if (sub (* "ab" (nth 1 (set "b")) (+ ($) (position :p) :A)) (repeat 1 (> -1 "a"))) (<- (between 0 0 (if-not "" (set ""))) :t)) "" "11ab" "1b1" "1bbab" "a1a" "b")
(t '(number "a1") "" "1" "111" "1ab1ba" "ab1bbb" "bbaa")
(t '"aa" "" "1111" "1ab1" "1b11a" "a" "baa1")
(t '(any :d) "" "1aab11" "a1" "b" "b11" "bbaa")
(t '(til :a (any (repeat 2 "a1"))) "" "1" "a" "a11b11" "aaa" "bbb1a")
(t '(at-least 0 :A) "" "1ab" "1bab" "1bb" "b11b" "ba11b1")
(t '(nth 1 (<- (if (unref (set "a1")) (set "b")) :t)) "" "1111" "1abb1b" "aba11" "b1" "b11b")
(t '1 "" "111" "1aa" "1b1" "1bbab1" "a1")
(t '(set "ab") "" "1abbb" "a1b" "b" "baaa1a" "baba1")
(t '(some :d) "" "1" "11aab" "1bb" "a1b" "bb1a1a")
(t '(number ($)) "" "1" "a11aaa" "ab1aa" "b1abb1" "b1ba")
(t '(* "ba" (between 0 2 (backmatch :t)) -2) "" "11b" "1b" "1b1111" "a1aaa" "ba1")
(t '"aa" "" "1" "1b1ab1" "ba1" "ba1baa" "bbaba")
(t '(if-not (split (range "ab") (some (number "b"))) 1) "" "1b" "aa" "aa1a" "ab1b1b" "ba1b1b")
(t '(set "a1") "" "11bb" "aa" "babab" "bb1" "bb1a")
(t '(+ (<- 0 :t) (at-most 0 "b") (+ (position :p) "ba" "ab")) "" "1" "1a" "ab111" "abab" "bbb1a1")
(t '(drop (at-least 1 (range "01"))) "" "1" "a" "aa" "aab1a" "b1ab1")
(t '(til (some "ba") (* "ab" "a" "a1")) "" "1a111a" "1aab1" "1aabb" "1bab" "a1a1b")
(t ':d "" "11b1" "aabb" "baab" "baba" "bba")
(t '(* (<- "ba") (<- "") (number "1")) "" "1" "11a" "aba1b" "b" "baaab")
(t '(<- "b" :t) "" "11aab" "1aaa1a" "1b" "b1aa" "baaab")
(t '(number "a") "" "1ba" "aaa1b" "ab1" "baba1b" "bb111")
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @["b"]) (true @["b"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 6
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(<- (> (set "")) :t) "" "1" "1b1b11" "abba" "ba" "bba11")
(t '($) "" "1" "1abbb1" "a1" "ba1aab" "bba")
(t '($) "" "11ab" "1a1aa1" "ab1111" "ba" "baa1")
(t '(if-not (position :p) (at-least 1 (range "ab"))) "" "1" "1b" "1bbb" "a1aa1b" "b1aa")
(t '(at-most 0 "ab") "" "1" "1111" "1a1a" "a11aa" "b")
(t '(* (<- (range "ab")) (<- (> -2 (if-not (range "09") (if "" "1")))) (number 0)) "" "111b1" "1ab1" "a1a" "a1ab" "aba")
(t '(> -2 (til (between 0 2 (set "a1")) (at-most 1 "a"))) "" "1" "1a111a" "a1" "b1aab1" "b1ba")
(t ':d "" "1" "11ba1" "1a111a" "1baaaa" "ab1")
(t '(group (repeat 2 (nth 1 (range "ab")))) "" "1" "1aaab1" "1aabbb" "1b" "b1baab")
(t '(sub (% (some (<- (constant :k)))) (drop "")) "" "1b1a" "1babbb" "a" "aa" "babb")
(t '(at-most 2 (if-not (range "aa") ($))) "" "11a" "1baaa" "a1" "aa" "bbb")
(t '1 "" "111" "a" "aa" "b" "b111")
(t '0 "" "1abbb" "1b1a" "1ba" "a" "bb1b11")
(t '(at-most 0 0) "" "11b1" "a1a1ba" "a1baba" "b1a1a" "bbaaab")
(t '(nth 0 (between 2 3 :a)) "" "1" "11" "1b1a1a" "b1b1" "bb11")
(t '(repeat 1 (<- (if-not (set "ab") :d) :t)) "" "1a" "1bbaa" "abb" "b1b1" "bbaba")
(t '(<- (* (<- -2) (<- 1) (number "a1"))) "" "1b" "1b1ab" "a11b1a" "ba" "babab")
(t '(not "ba") "" "11ba1b" "11bba" "a" "aaa1" "b1")
(t '(+ (any (some "a")) (not (not "aa"))) "" "a1" "ab1" "ba" "baa" "babb")
(t '"aa" "" "11" "1aa" "b1" "ba1a" "bab1")
(t '(if (if-not (not (set "a1")) (> (range "01"))) (at-least 2 "a")) "" "a1" "a1ab1" "b" "bb1a1a" "bb1b1")
(t '"" "" "aa11b" "ab1" "b" "baaba" "bbab")
(t '(+ (% (nth 0 "ab")) (<- (repeat 1 (to (set "b")))) (til (at-least 0 (if-not ($) (-> :t))) (to (> (set "b"))))) "" "1a" "1b" "a111" "ab1a" "b1bbba")
(t '-2 "" "1" "aa11" "ab" "b" "b1ba")
(t '-1 "" "1" "1a1" "aaa" "aaba" "b1a1ab")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0 0]) (true @[0 0]) (true @[0 0]) (true @[]) (true @[]) (true @[0 0])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true @["1"]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @["1"]) (true nil) (true @["a"]) (true @[""])]
#> @[(true @[]) (true @[]) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 7
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(nth 1 (if (to (some (set "b"))) (+ (at-least 0 :d) (thru (set "a1"))))) "" "11a1" "a11bb" "a1a11" "b" "b11111")
(t '(between 0 0 (> (not "a"))) "" "1" "a" "a1aaba" "b" "ba")
(t '(<- (drop (* (nth 1 (set "")) (any (set "a1")) (to (backmatch :t)))) :t) "" "1" "a1aa1" "aa" "abb" "b1b")
(t '(-> :t) "" "1111a" "1b" "b" "b11b1" "bb")
(t '(not (repeat 0 "ab")) "" "1aaa" "aaa1" "b1" "b1a" "bbb")
(t '(thru "ba") "" "11aabb" "a1ba1a" "aa" "b" "bbaa1")
(t '($) "" "1bb" "a" "aba1a" "b1b" "ba")
(t '(range "aa") "" "a1" "a11" "aa1bba" "ab1aa1" "abaa")
(t '"a1" "" "1b1aab" "1babba" "aa1b1a" "ab1aab" "ba11ba")
(t '(some (at-most 2 (group (to "b")))) "" "1" "1bb" "a11aa" "a1b11" "bba")
(t '(> "b") "" "a" "a111" "abbb" "b1b" "bb")
(t '(* (<- (* (<- (to "")) (<- (set "a1")) (number (> -2 "aa")))) (<- (nth 0 :A)) (number (nth 1 (between 2 2 "a1")))) "" "1abaaa" "aa1abb" "aaaaa" "abaa" "bab")
(t '(if-not :w+ (* (<- (constant :k)) (<- (if "a" :d)) (number (to (range "ab"))))) "" "1" "11b1a" "aabaa" "ab" "b1")
(t '(% (drop true)) "" "11" "1bab1" "a" "a1baab" "ba11")
(t '(not (> "a")) "" "1" "1aa" "1babbb" "b" "bb1ba")
(t '(% (to (<- (> (range "ab")) :t))) "" "1" "1b11" "ba1a1" "bab" "bbbab")
(t '(sub (between 0 1 "b") (if :A "ba")) "" "1b11a" "a1aaba" "aa1a" "b" "b111aa")
(t '(to (* (<- (thru (+ "b" (range "09")))) (<- (% (at-least 2 (backmatch :t)))) (number (<- (between 2 1 (constant :k)) :t)))) "" "1a1" "1a1ba" "a" "bb" "bbab")
(t '(<- (sub "" "1") :t) "" "1b" "1bb1a1" "a" "aabaa" "ab1")
(t '(til (* (<- (% "ba")) (<- (between 1 3 (% :A))) (number (* (range "ab") (* (<- -1) (<- "a") (number (any :d)))))) (> true)) "" "11aa1a" "1a" "aa" "b1" "bba1b")
(t '(* (<- (nth 0 (if-not "aa" (constant :k)))) (<- (if-not "a1" (any :d))) (number (> (split (position :p) (backmatch :t))))) "" "1aaaa1" "a1" "abaaa1" "b11ab1" "b1baba")
(t '(<- (* (some (range "ab")) -1)) "" "1" "1b" "1b11a" "aa" "aa1")
(t '(nth 0 (> -2 (if "b" (not "ba")))) "" "1" "11a1" "a" "ba" "bab1b")
(t '(group "aa") "" "1" "1b1b" "aa11a" "aa1aaa" "aaab")
(t '(opt (> 2 (range "01"))) "" "11a1" "1ba" "a1baa" "baa1" "baaab")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[@[] @[]]) (true nil) (true @[@[] @[]]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @["aa"]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 8
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(to "ab") "" "1b" "a1a" "aab1ba" "abb1" "bab")
(t '(group ($)) "" "111a" "1bb1b" "b11" "b111a" "ba")
(t '(if "aa" "aa") "" "11aabb" "b" "b1bb1a" "baab1" "bb1aa1")
(t '-1 "" "1" "1aaa" "1aaab" "b1bbb1" "bb1bba")
(t '(at-most 0 (+ (at-least 2 "aa") (<- ($) :t) (between 1 3 (range "ab")))) "" "1a1aa" "1aaab" "1ab1" "b11" "bb")
(t '(split (set "a1") (group (range "ab"))) "" "1b" "b1ba" "ba111" "babb1b" "bb1a")
(t '(if (* (drop (to "ba")) (at-most 2 (<- (any :d)))) (unref "1")) "" "111a" "1b1a11" "a111b" "aa" "abaabb")
(t '(between 2 3 (nth 1 (set "b"))) "" "a1a" "aba" "b" "b11" "bab")
(t '(repeat 1 (% "a")) "" "1" "111a" "1bbba" "a" "b")
(t '(split (any :d) "1") "" "111a1" "aab" "aabba" "abb1" "b")
(t '(drop (not (<- (% "") :t))) "" "11aaa1" "1aa1ba" "a11" "a1b1" "aa1ab")
(t '"aa" "" "a" "aabb" "ab1ab" "b11aab" "baaa")
(t '(thru (not "ab")) "" "1111b1" "ab1b11" "b" "bab1ab" "bbb1a")
(t '(if-not 2 (at-most 0 :w+)) "" "1a11a1" "1aa1a" "1aab1a" "1ab" "bbb")
(t '(nth 0 (range "09")) "" "1a1b" "a" "a11" "b1bb" "bb")
(t '(unref (at-least 1 (if "1" (+ (set "") (range "ab"))))) "" "1ba" "a1abb" "ab1" "bbbaab" "bbbb11")
(t '(opt (between 1 1 (repeat 0 (drop "ab")))) "" "1b11" "a" "ab" "abbab" "baba")
(t '(to (unref (range "ab"))) "" "11b" "1a1aa" "b1b1b1" "baa" "bb")
(t '(drop "") "" "1" "11ba" "1b11a" "a" "a111")
(t '(group (* (<- (repeat 2 -1)) (<- (set "ab")) (number (opt :a)))) "" "1a11" "1b" "a1a" "aab1bb" "bab111")
(t '(any (nth 0 (at-least 2 "aa"))) "" "1" "1aa" "1abaa1" "1b1b" "bb111a")
(t '(-> :t) "" "1a" "1bbb" "aa1a" "abab" "bb")
(t '(opt "b") "" "111bba" "a" "abab" "baa" "bb")
(t '(group (nth 1 (set "a1"))) "" "11a11" "1a1" "aaabb" "abbba" "b11b")
(t '(number (at-least 2 (number :w+))) "" "111ba" "a1aa1" "aa1" "b" "b11")
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[@[0]]) (true @[@[0]]) (true @[@[0]]) (true @[@[0]]) (true @[@[0]]) (true @[@[0]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[@[] @[] @[]]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[""]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 9
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(thru (to (set "ab"))) "" "1" "1b" "a" "baaa" "bba")
(t '(unref (at-most 1 :A)) "" "a1111" "ab1b" "abaa1b" "abab11" "b11b")
(t '(to "aa") "" "a1" "aa" "ab" "ab1b1" "abaaab")
(t '(at-most 2 true) "" "1a" "abbba" "b" "b11b1" "baa")
(t '(unref (+ (thru (backmatch :t)) (> :d))) "" "1aa1" "1ab" "1b" "aaaaa1" "b1aaaa")
(t '(unref "1") "" "11" "1a1" "ba" "bb" "bbaabb")
(t '(repeat 2 "ba") "" "a11" "b1111a" "bab1a" "babaa" "bb11")
(t '(> (<- (-> :t))) "" "1a" "a" "aaa" "ba" "ba1")
(t '(sub "aa" (<- (not (% "ab")))) "" "1111a" "aa" "ab11" "abaab" "b")
(t '(sub "ab" (if "a" "")) "" "1bbb" "ab" "ba11b1" "bb1" "bbba")
(t '(any (nth 0 (<- (if-not ($) :d*) :t))) "" "a1a" "a1a1" "a1bab" "b" "bab11")
(t '(to (group (unref "aa"))) "" "1" "1bb1b1" "a" "a1bbba" "b")
(t '(at-most 0 (at-most 1 (not (+ "ab" (set "a1"))))) "" "1" "11" "abba" "baabba" "bab")
(t '(+ (not (if-not "aa" (set ""))) (* (set "b") "b" (* :a "ab" :d))) "" "aa" "aaaab1" "aaabab" "bb11" "bbb")
(t '(range "ab") "" "11babb" "1a1" "a1ba" "ab" "baa")
(t '(> true) "" "1aaa" "1ab1" "1b11a" "a1b" "b11ba1")
(t '(<- (set "ab") :t) "" "11" "aabb" "ab" "b1" "bba")
(t '"ab" "" "11ba" "1aba" "aa" "aa1ba" "ab1bb1")
(t '(at-most 0 (range "09")) "" "1aa" "1b1baa" "bb" "bbba1a" "bbbba")
(t '(> 1 (if-not (constant :k) "a")) "" "11bbbb" "1b11" "1b1bb" "a1aa" "bb11a")
(t '(some "") "" "1" "1111b1" "111a" "a1a1" "b1ba")
(t '(repeat 1 0) "" "1" "1a" "a" "a1b" "abbba")
(t '(if-not (not (range "09")) (backmatch :t)) "" "a1bb1" "ab" "aba" "abba1a" "b11")
(t '(if-not (not (to (sub (set "a1") "aa"))) "ba") "" "a1" "aab" "b" "b1a1ab" "baa1")
(t '(any (* (<- (sub (any :A) (thru (set "b")))) (<- (* :a (range "01") (between 2 4 (range "aa")))) (number (opt (sub "aa" "ab"))))) "" "a" "aa1a" "aaa1a" "abb1" "b1ba")
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[""]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @["a"]) (true @["a"]) (true @["b"]) (true @["b"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 10
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(opt (unref (+ (to "aa") (til "b" (position :p)) (constant :k)))) "" "11a" "1b" "a" "a11b1" "a11bbb")
(t '"ab" "" "1aab" "1ab1ab" "abbab" "b" "b1bab")
(t 'true "" "1aab1b" "a" "aa1bb" "aaaba" "b")
(t '(+ (> (to :w+)) (> (* 2 "aa" "1"))) "" "1" "1a1" "1aab" "1bbba" "aa")
(t '(til (sub "b" "1") (split false "a1")) "" "1" "1bb" "a" "b11ab" "b1b")
(t '(between 2 1 (if "b" (set ""))) "" "1a1abb" "1aa1a" "a" "b" "bbaa1a")
(t '(some "ba") "" "1" "1baaa" "ababba" "b" "b1b1")
(t '(if (between 0 2 (if (-> :t) (range "ab"))) (* (drop "aa") (at-most 2 :d) (if-not (range "09") (backmatch :t)))) "" "111bb1" "1aaa" "1abba" "aa" "babb")
(t '(% "") "" "1" "1bb1" "1bb1b" "b" "bba")
(t '(% (* (* (<- (-> :t)) (<- :d*) (number -1)) (repeat 1 ($)))) "" "1" "11111b" "1aa" "b1b" "bab")
(t '(> (position :p)) "" "11b" "1bbaba" "a" "aabab" "b1b1b")
(t '(sub (if-not (if-not (range "09") "a") (between 2 1 -1)) "aa") "" "1b1" "aa1" "b1a11" "b1b" "bb")
(t '(> -1 (+ (set "ab") (not (set "b")))) "" "11aab" "1aa1b1" "1b1aba" "aabbba" "abbba1")
(t '(nth 1 :d) "" "11" "b1a" "ba11" "baa" "bb")
(t '(any (number (<- "aa"))) "" "a1ba" "a1bb1b" "b1" "b1ba" "bb")
(t '(nth 0 :d*) "" "1b1a" "1baba" "a1b" "aa" "ba1ba")
(t '(some (> (til (if 2 "b") (any -1)))) "" "1b1bba" "b" "b1b1" "baab11" "bb")
(t '(til (repeat 0 (* (<- (any :d)) (<- "aa") (number :d))) (repeat 1 (if (range "ab") "a"))) "" "a" "ab11aa" "abb1a" "abba" "b1")
(t '(position :p) "" "1ab1" "aaa" "b1a" "baaa11" "bb1b")
(t '(<- (range "01")) "" "111" "1a1aa1" "1baa1b" "1bbb11" "aa")
(t '(<- "ba" :t) "" "1b" "a1" "a11aa" "a1b" "ab1ba")
(t '(set "ab") "" "1" "1aa1" "a1" "aabb" "bb1aab")
(t '(* (<- (<- (split (* "a1" "a1" :d) (* (range "ab") "1" (set "ab"))))) (<- (> (repeat 1 (if-not "a1" "")))) (number 1)) "" "a" "a1aba" "b11a" "b1aaa1" "bab1")
(t '(set "") "" "1b1a1" "a1b" "aab1b1" "b1" "bb11a")
(t '(> 2 (unref (> -1 (position :p)))) "" "1111" "1bb" "b" "bba1" "bbab")
#> @[(true @[:k]) (true @[:k]) (true @[0]) (true @[:k]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true @["1"]) (true @["1"]) (true @["1"]) (true @["1"]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[1]) (true @[1]) (true nil) (true @[1]) (true @[1])]

#### random grammars, batch 11
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(some (+ (backmatch :t) "aa" (drop (+ (range "01") (range "09"))))) "" "1a1a" "1b111" "a1ab" "ab" "bbba")
(t '(sub (split (at-least 2 (at-least 1 (set "a1"))) (constant :k)) (opt (range "09"))) "" "1abb1" "1bb1" "aa" "abb" "abbbb")
(t '(to (position :p)) "" "111" "1b" "a" "a1ab1" "b1aaa")
(t '(if "aa" "a1") "" "1" "11b" "ab1b1b" "b1" "bbab")
(t '(some (-> :t)) "" "11bb1" "b1b" "b1bb" "bbab" "bbbbb")
(t '(+ (not "1") :d* (group ($))) "" "11bb1" "1a11a" "abaaa1" "b" "ba11a")
(t '(sub (not (drop (nth 1 ""))) (number 0)) "" "11" "1a" "1b1aa" "aba" "bbaba1")
(t '(range "09") "" "1a1a" "a" "aa" "aaaaa" "b")
(t '(<- (sub (group :A) (any :d)) :t) "" "11" "1bb1ab" "b" "bb" "bbb")
(t '(repeat 1 (-> :t)) "" "11b" "b1b1" "baa" "bb" "bba")
(t '(thru (set "a1")) "" "aa" "aaaabb" "aaba1" "b" "bab")
(t '(if (group (-> :t)) (position :p)) "" "1b11" "aba1a1" "b1" "b11" "bb")
(t '(til (> 1 1) (> -2 (drop (if -2 (set "a1"))))) "" "1" "1abb" "aaa" "bab" "bbab")
(t '(some "ab") "" "1" "111" "ab1" "b1baab" "bbaba")
(t '"" "" "a111a1" "b1abab" "baa" "baba" "bba1")
(t '(if-not (if "a1" (between 1 3 true)) "1") "" "a1b" "aa1ab" "babb1" "bb" "bbba1")
(t '(range "09") "" "11" "1a" "a1bb1b" "aba1" "b1aaa")
(t '(sub (til (if-not "aa" (range "01")) "a") (+ (> (unref "aa")) (* (> 2 "ab") (<- (set "ab") :t)))) "" "1b1ba1" "1bb" "a1a1" "b" "ba1")
(t '(some (* (set "ab") "1")) "" "1bb" "ab" "ab1" "ababa1" "b")
(t '(any (thru "b")) "" "111" "1a" "1a11" "1bab" "a")
(t '(to (+ (to (set "b")) "b" "b")) "" "11a11" "a" "a1a" "b11" "b1b")
(t '(if-not "ba" (set "b")) "" "11a" "a1" "ab" "b" "baaba")
(t '(set "ab") "" "11a" "1a" "b" "ba1a1b" "babab")
(t '(repeat 1 (range "ab")) "" "a" "abaa1" "b1111" "b1ab" "b1bba")
(t '"ba" "" "1" "1b" "a1" "aabab1" "abb")
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[@[] "1"]) (true @[@[] "1"]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 12
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(between 2 2 -1) "" "11111a" "1a" "a1a" "b1a1b" "b1b")
(t '(drop (<- (constant :k) :t)) "" "1a" "aba" "baabbb" "bab" "bbb")
(t '(at-most 2 "a1") "" "111a1b" "1ba" "ab" "b1" "baa")
(t ':a "" "a1" "a1ab" "a1b1bb" "aab" "bba")
(t '(* (range "aa") :a) "" "1aaa" "1b" "a" "b" "b1")
(t '(+ (unref "ba") (some (repeat 2 "a1"))) "" "1ba" "a" "a1b1b" "bab" "bbbb1b")
(t '(constant :k) "" "1" "111" "b" "b1ba" "b1bb")
(t '(sub (+ :d (range "09") (backmatch :t)) (repeat 2 "")) "" "1a1" "1b" "1baa" "baaa1" "bb1bb")
(t '(drop "b") "" "1" "11ba11" "a" "a1b11" "bab")
(t '(not :A) "" "a" "ba1ab" "baabb" "bba" "bba1bb")
(t '(between 1 0 (<- (if-not "aa" (til (backmatch :t) -2)))) "" "1baabb" "a111a1" "a1abb" "b" "ba")
(t ':a "" "1" "11" "aba" "b1" "b11")
(t '(if "a" -1) "" "11aba" "1aab" "1b11" "b1a1" "ba1b1")
(t '"1" "" "1abab" "a1aba" "ab1a1a" "baba" "babb")
(t '(number (repeat 1 "ba")) "" "1ab1b" "a11" "a1bb" "b1a1b" "bb1")
(t '(> (position :p)) "" "1111a" "1a11ab" "1aa1" "1baa" "b11ba")
(t '(* (any :d) (set "") "b") "" "1a" "1b1b" "a" "ba" "ba1a")
(t '(number "aa") "" "1" "1aab" "aa" "aa11b1" "b1b")
(t '-1 "" "1" "11a11" "1a1aaa" "aa" "abb")
(t '(<- (set "ab") :t) "" "a11a" "ab" "b1a1a" "b1aa" "ba1")
(t '(to :A) "" "11b1a" "ab1bba" "ababaa" "b" "bbbb")
(t '(some (range "01")) "" "1a1b" "a1a" "a1bb1" "b11" "baab")
(t '(to "ab") "" "11" "a111ab" "b1" "baaa" "bba")
(t '(til ($) :w+) "" "1aabb" "a1" "aa" "ab1bb" "b")
(t '(> 1 (til :a :d*)) "" "11" "a1a" "aa" "aaab" "b1ba1b")
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["a"]) (true @["a"]) (true @["b"]) (true @["b"]) (true @["b"])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 13
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '"a" "" "1" "1abb" "1b1" "a1a" "aabbb")
(t '(repeat 2 (constant :k)) "" "1" "1a1" "1aaa" "aaabb" "baa111")
(t '(+ (* "" "ba" (range "ab")) (sub 0 "") "ab") "" "1" "11" "11bbbb" "1b11" "ba")
(t '(opt (unref (any :d))) "" "aa" "abbb" "b1a" "b1ab" "ba")
(t '(group (not (if-not (between 1 1 "") (> 1)))) "" "1" "a" "a1bbbb" "aaa" "abbb")
(t '(if-not (if (repeat 2 (sub (backmatch :t) 0)) (drop (not "1"))) (range "ab")) "" "a" "a1ab" "b1" "b1a" "b1b1aa")
(t '(unref "aa") "" "11a" "a" "b" "b1a1" "baa")
(t '-2 "" "1bab1" "abb1b1" "abbab1" "b" "baba")
(t '(+ (at-most 1 ($)) (at-most 0 (backmatch :t)) (set "ab")) "" "aaabaa" "b111b" "baaab" "babb" "bb1aa")
(t '(> (if (sub :d* (range "ab")) "aa")) "" "1a1b" "1babb" "a1bb1" "b" "baba11")
(t '(+ (any (if "1" (-> :t))) (drop (<- (repeat 1 "b"))) (+ (backmatch :t) (set "b") (to (+ (constant :k) (set "ab") "ba")))) "" "1a1b" "1ab1b1" "1bbaa1" "aaa1b" "ab1b1")
(t '"1" "" "11bbba" "1aaa1a" "a" "b11b" "b1b1aa")
(t '(repeat 2 (range "01")) "" "1" "1a1bbb" "1aaaaa" "a1a" "a1aab")
(t '(unref (any (set "b"))) "" "1abb1a" "a" "ab1a1" "b1111" "ba1a")
(t '(til (between 1 3 "") (+ (some (set "a1")) (unref (set "b")))) "" "111" "11b" "1ba" "ab11a1" "baba1")
(t '(some (<- (> :d*) :t)) "" "1" "11a" "aab1ab" "ba1b" "bbab1")
(t '(opt (range "ab")) "" "1b1" "1b1bb" "a1" "a1bb" "aa1")
(t '(+ "a1" "ab" "1") "" "1a" "1aa1" "1bba" "b11" "ba")
(t '(opt "b") "" "11a" "a1aaab" "aab1b" "abb1a" "bab")
(t '(split (set "ab") (position :p)) "" "111" "1b" "aa111" "aab1" "ba")
(t '($) "" "1a1a" "1b1" "a1" "a1bb" "aa")
(t '(* (* (some (% (backmatch :t))) (group "")) (if-not (at-most 0 (<- :w+ :t)) (> (any :d))) (> 2 (drop "a"))) "" "1a1aa" "1aabba" "aa1baa" "ab1b1" "b1bab")
(t '"" "" "11" "a111b1" "a1b" "aa1" "b")
(t 'false "" "a" "aaa1a" "ba" "bb" "bb1b1a")
(t '"a1" "" "1baa" "a" "a1a1" "ab11" "b1b")
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true @[:k :k]) (true @[:k :k]) (true @[:k :k]) (true @[:k :k]) (true @[:k :k]) (true @[:k :k])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0 2]) (true @[0 1 2]) (true @[0 1 2 3]) (true @[0 1 2])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]

#### random grammars, batch 14
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(set "ab") "" "aaa" "b" "baabb" "bab11" "bbb11a")
(t '(thru (+ (constant :k) 0 "a")) "" "1111a" "a" "aa1b" "b1a11" "ba11")
(t '(at-most 2 (to (% (til -2 "b")))) "" "1" "a" "baa" "bb1aa" "bbaa1b")
(t '(between 2 1 1) "" "1b1ab" "aa" "aabbb" "b1baa" "bba")
(t '(not true) "" "1" "11ab" "1ab" "ab" "ab1")
(t '"a" "" "1" "1b" "1bbbbb" "a1" "ba")
(t '(unref (between 2 3 (between 0 1 (set "b")))) "" "11ba" "11ba1" "1ab" "aaba1a" "bba1")
(t '"aa" "" "1ba" "a" "a1bb1b" "ababab" "b")
(t '(opt (any :d)) "" "11b1" "1a1b" "ab" "b1aa1" "bab1")
(t '(at-least 0 (* "aa" "ab")) "" "11" "1b" "1bb" "a11ab" "ab")
(t '(backmatch :t) "" "11" "1a1" "1b1aa" "a" "bab1bb")
(t '(any (set "ab")) "" "111" "1ab" "a11b1" "b" "ba")
(t '(> -2 (thru "aa")) "" "1babba" "b" "b1ab1" "baaa1" "bb")
(t '(repeat 2 1) "" "a" "b" "ba1" "bab1b" "bbba")
(t '(drop (% "1")) "" "1a111a" "a111bb" "ab1b" "b" "baa")
(t '(any (between 1 2 :d*)) "" "1a" "1a1a" "aa" "abb1ba" "bbbbaa")
(t '(opt (thru "ba")) "" "1babb" "a" "ab" "abaa" "bbaa")
(t '(not (> (set "ab"))) "" "a" "aa1abb" "aab1ba" "b" "bb")
(t '(position :p) "" "1" "1a1bb" "b11" "b1ba" "bb")
(t '(set "ab") "" "a1" "a11a1a" "ab1a" "b" "bb")
(t '(split "" (any "1")) "" "1" "11aa1b" "aa1" "b1" "bb")
(t '(+ (drop (at-most 0 "ab")) (thru (number (* (constant :k) "a")))) "" "1" "aabb" "b" "b1b1" "bba")
(t '(not (at-least 0 (split (* (<- (constant :k)) (<- "b") (number (-> :t))) (any "")))) "" "1" "a" "aaa" "aab1" "ba")
(t '(at-most 0 -1) "" "1ab1aa" "a" "a11ba1" "abab" "baab")
(t '(not (group (<- (* (range "09") (set "ab"))))) "" "1b1" "a1" "a1b" "ab1abb" "abb")
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 15
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(sub (repeat 2 true) (some (range "09"))) "" "11bb1a" "a" "a1baa" "aa" "bbb")
(t '(between 0 1 "a1") "" "1a1" "1bb1" "a1bb1a" "ab1" "bb")
(t '(group :w+) "" "1b" "a1a" "a1a11a" "b1bbab" "bb1")
(t '(drop "ba") "" "1b1bb" "1bba" "aa" "aaaaa" "ba")
(t '(not (opt (set "ab"))) "" "11ba" "aa11a" "ab" "b1a11" "bbaaab")
(t '(+ (group (* "a" (repeat 2 (range "aa")))) (unref (nth 0 (unref ($)))) (split (repeat 2 (* (constant :k) -2 (range "aa"))) (* (<- (number -2)) (<- (group :d*)) (number (% (constant :k)))))) "" "1" "a" "b" "baaba1" "bb1111")
(t '(at-least 1 (some (backmatch :t))) "" "11ba1" "1a111" "a11a" "a1aa1" "bba1a")
(t '(group (* (any (-> :t)) (thru (-> :t)) (til "a1" "aa"))) "" "11aa" "a" "b1ab" "baa1" "bbb1")
(t '(% (<- (any (backmatch :t)))) "" "1b1a" "1bbaa" "b1" "b1aaaa" "bb")
(t 'true "" "11" "1a1b" "a" "a1b1a" "abbba1")
(t '(split (repeat 1 (* (range "aa") (any :d) "ba")) (range "09")) "" "1b1" "1b1b" "a1b1a" "aaa1b" "bb1b")
(t '(thru -1) "" "1" "1a" "1a1a" "1a1ab" "a1aa")
(t '(set "b") "" "11" "11ba11" "a1b11a" "aa1b" "bb")
(t '(nth 1 (at-least 1 (unref (set "a1")))) "" "11a" "1aaa" "aab" "b" "bb11b")
(t '(some (range "01")) "" "1" "1a11bb" "a1a" "a1aa1" "baa")
(t '(* (split (nth 1 "ba") (<- (range "aa"))) "ab") "" "11ba1" "1aba" "aa1b1" "aabaa" "bb11a1")
(t '"" "" "1" "11aab1" "aa" "ba1" "bbb")
(t '(% (% (some false))) "" "1b1a" "a11" "aabba" "b" "b1111")
(t '"" "" "1a" "a1ab1" "ba" "ba1a" "bb")
(t '(between 0 0 (set "")) "" "a1a" "aabba" "b" "b11abb" "babbb")
(t '(any (thru (* (<- (+ 0 :d (set ""))) (<- (not (position :p))) (number (* (<- (set "ab")) (<- "ab") (number (range "ab"))))))) "" "1bbbb" "b1bba" "bab" "bb1b" "bbaa")
(t '(% (set "")) "" "aa" "b1" "b1aaa1" "b1ab11" "baab")
(t '(+ (til (at-most 0 :a) (* (position :p) "1")) (> (% (backmatch :t)))) "" "11abb" "a1" "b" "b1b1" "bb")
(t '(sub (+ (* (<- "aa") (<- 1) (number "1")) (<- true :t) "a1") (between 1 3 (if-not "a1" (range "01")))) "" "1a1" "1b1b" "aa1b1" "aaa1" "aabaa")
(t '(> -1 (* (<- "a1") (<- "a1") (number true))) "" "111a1a" "11aa1" "11bba" "1aaa1" "ba")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 16
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(sub (at-most 0 (til (+ "ba" (range "09")) (unref (range "aa")))) (if-not (some (til "aa" (set "a1"))) (range "ab"))) "" "1ab1" "abaa" "b1a" "ba1aa1" "baaaa")
(t '(any (<- (backmatch :t) :t)) "" "a1" "aa" "aba1ab" "b" "ba")
(t '(unref (repeat 0 (if-not :A (set "b")))) "" "ab1a" "abb" "b1b" "baa" "baab1a")
(t '(split 2 "aa") "" "1" "11a" "1aa" "1aa1b" "ab11")
(t '(* (<- (at-most 2 (* (* (<- (any :d)) (<- 2) (number (range "01"))) (not "aa")))) (<- (+ (nth 1 (drop (constant :k))) (til (% (set "a1")) (thru 0)))) (number (> -2 (nth 1 (at-most 0 "1"))))) "" "1" "aa1" "aaa" "b" "b1a")
(t '(not (set "b")) "" "11" "1111a" "1abab" "a" "bb1")
(t '(thru (<- (number :d))) "" "a1" "aa1aa" "ab" "b" "baba")
(t '(<- 2) "" "a1a" "aa1b1" "aba1b" "abb" "ba11ab")
(t '(> -1 (<- (if :A (range "01")) :t)) "" "1ab1ab" "aa" "bba111" "bbabb1" "bbb1")
(t '(any (position :p)) "" "11bba" "1a1a" "1b1b" "1babb1" "bb")
(t '"a1" "" "11a" "1ab" "1bbaa" "a1a" "bb1a")
(t '(opt (set "a1")) "" "1" "1abaa" "abbb" "b1" "bbb1b1")
(t '(> (til (* (> "ab") (thru (constant :k))) ($))) "" "1baa" "babb" "babbb" "bbabb" "bbba")
(t '(opt (> "ab")) "" "1a1" "a" "a1ab" "ab1" "baa")
(t '(if (some (repeat 2 "")) (unref (<- "ba"))) "" "1" "1a" "1aa" "1bbab" "aaab")
(t '(at-least 0 (constant :k)) "" "1" "1abba" "aaa1" "aabab1" "ab")
(t '(split (> (nth 1 "a1")) (not (set "ab"))) "" "1a" "1bbaa1" "a" "b" "ba")
(t '(any :d) "" "1a1" "a" "aa11" "ab" "ba")
(t '"ab" "" "1" "1bbbba" "a" "bb1ba" "bbbaa")
(t '"ba" "" "1" "11a" "a" "a1abab" "b")
(t '(> -1 (nth 1 (some (any "a1")))) "" "1111" "1b" "aa" "b" "bb")
(t '(if (constant :k) false) "" "1a1aba" "1a1ba" "1b11" "a" "a1bbb")
(t '(opt (thru (range "ab"))) "" "a" "abba" "b1bb1" "bb1aa1" "bba")
(t '(+ (group (number (if-not "1" "ba"))) (sub (> false) (at-most 0 (if-not (position :p) :d*))) (drop (set "b"))) "" "1b1" "aaa11" "baaabb" "bab11b" "bb")
(t '(<- (at-least 0 "ab")) "" "1abb1" "1ba1bb" "a1a" "a1baa" "b")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true @[1 "1"]) (true @[1 "1"]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["a1"]) (true @["aa"]) (true @["ab"]) (true @["ab"]) (true @["ba"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[0]) (true @[0]) (true @[0]) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]

#### random grammars, batch 17
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(split "aa" (at-most 1 (set "ab"))) "" "1bbb1b" "a" "aba" "baa1" "bb")
(t '(set "b") "" "1" "111111" "1b" "ab" "b1")
(t '(* (<- (range "09")) (<- (<- (set ""))) (number "a1")) "" "11abb" "ba1aab" "ba1ab" "ba1ba" "bab11b")
(t '"1" "" "1" "a1" "ab1a" "abb1a1" "b1bb1a")
(t '(+ (* (set "") :d*) (group :a) (between 0 2 2)) "" "111b1" "a" "a1b" "b1a" "b1a111")
(t '(% (some (group (til "" :d)))) "" "11a" "a1" "a1a" "aaa11a" "bb")
(t '(range "ab") "" "1aaabb" "1b" "b1ab" "ba" "baa")
(t '"ab" "" "1" "1abb" "a" "b1aa" "b1bbb")
(t '(if-not (number (set "a1")) (if (set "b") "a")) "" "1b1" "a" "b1b" "b1b1a" "bbaa")
(t '(nth 0 (any (+ (thru "ba") (not (set ""))))) "" "1" "11a1ab" "1baaa" "1bba" "b")
(t '(* (-> :t) 1 (set "")) "" "11b" "1ab" "1abaa1" "b1b" "bba")
(t '(at-most 2 "ab") "" "a" "a111b1" "aa" "aab1b" "b")
(t '(between 0 2 (thru -2)) "" "11" "1a1a" "a1" "b1" "b11a1")
(t '(at-least 0 (between 1 3 (between 0 2 (* "1" (constant :k) "")))) "" "11b1" "1b1a1a" "1bba1" "b" "b1")
(t '(% -2) "" "11" "11ab1" "a1" "b" "b1bbba")
(t '(constant :k) "" "1ba" "a1" "a1a1" "baa1" "bbb")
(t '(+ (-> :t) 0) "" "11a11" "11a1a1" "aaab" "ba1b1" "babaa")
(t '(if-not "ba" (set "a1")) "" "11a1aa" "1aba" "aab" "b1" "bb1a")
(t '(group (if-not (drop 0) (+ (set "ab") (set "a1") ""))) "" "1abaa" "a1" "b1b" "b1ba1a" "bb")
(t '(<- (+ (drop (<- "1" :t)) (* (<- (unref -1)) (<- (at-most 2 -1)) (number "ba")))) "" "1abab" "a1aab" "aa1aa" "ba" "bb1a1")
(t '(if (group "a1") "b") "" "11bba" "1ab11" "ab1a1" "abb" "b1")
(t '(set "ab") "" "1" "11b" "11bb1" "1a1ab" "bb")
(t '(% (at-most 2 (range "ab"))) "" "a" "aa" "aaa" "b" "bb1ab")
(t '(any "a1") "" "11b1ba" "1a1ba1" "aaabaa" "b1a1ba" "bab1a")
(t '(not (+ (if (backmatch :t) -2) "a1")) "" "11b" "1a11aa" "ab" "b" "b1b")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[:k :k]) (true @[:k]) (true @[:k]) (true @[]) (true @[])]
#> @[(true @[""]) (true nil) (true nil) (true nil) (true @[""]) (true nil)]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 18
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(number (nth 1 "a1")) "" "11b" "1aaa" "aa" "abbaa1" "bb")
(t '(thru (any :d)) "" "11" "1ab1b" "1b1a" "ba" "bb")
(t '(thru (drop "")) "" "11" "111a1b" "1aa" "aaaaaa" "b1abb1")
(t '(* "ab" (set "ab")) "" "1" "1aab11" "a1aa" "ba11a1" "bb1a")
(t '(* (<- (constant :k)) (<- (if-not (+ (* :w+ "a") (% (range "aa")) (between 1 1 :A)) (thru (if "" :w+)))) (number (number (set "ab")))) "" "1ba" "a" "a11ba" "ab" "bbaaaa")
(t 'true "" "1aaaa1" "1aaabb" "b" "b1b" "bb")
(t '(if (> 2 "1") (> (<- "a1"))) "" "1a1" "a" "abab" "b1" "ba1bb1")
(t '(opt (any (% (any "ab")))) "" "11a11" "aa" "aabab1" "ab1aaa" "bbaaba")
(t '(+ true "b" (backmatch :t)) "" "1a" "a1a1" "a1baa1" "b" "ba")
(t '(at-least 2 "aa") "" "11" "1baa" "1bbbbb" "aaa" "ab1a1")
(t '(+ (range "ab") "ba") "" "1" "a" "a1baa" "aa111a" "abaa")
(t '(number (group (sub (if :a "ba") (repeat 1 -1)))) "" "111" "1bb1b" "b" "bab1" "bbbb")
(t '(+ (unref (set "a1")) (some (drop (range "09"))) "ab") "" "11a1" "11aa" "1b" "a" "b")
(t '(* (<- (opt (<- (unref (set "b")) :t))) (<- (* (any "") (some (> 1 "aa")))) (number (<- (<- (range "aa"))))) "" "a" "aabba" "abb" "b11bb" "ba1b1")
(t '1 "" "11" "1bb" "ab" "b111" "b1111")
(t '-2 "" "1" "1bab1" "a111" "a1a1" "b1aaa1")
(t '"" "" "1aab1b" "aa" "aa11" "ba" "babbba")
(t '(number :A) "" "aab" "ab11ba" "abb" "ba" "bb111")
(t '(* (til :d* (thru (til "a" (position :p)))) (to (<- "b" :t))) "" "1" "1ab1" "a" "bab" "babaa1")
(t '(at-most 2 (at-least 0 (if :w+ (position :p)))) "" "11" "a" "a1a" "baba" "bbba")
(t '(<- (number (at-most 0 (set "ab"))) :t) "" "1" "11" "11ab1" "1a1a" "aa1")
(t '"" "" "1" "11a1ba" "a" "aaa" "b1aaba")
(t '(drop (set "b")) "" "a1111b" "aaba" "b1" "b1ba" "ba1a")
(t '(set "ab") "" "a1baa1" "ab" "ba11a" "baa1a1" "bbaba")
(t '(* (backmatch :t) "ab" "1") "" "11" "1a" "1aaa1" "a" "b")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[""]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 19
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '"ba" "" "1aaa1a" "a1aab" "ab1a" "b1" "bab")
(t '(+ "ba" (range "09")) "" "11ba" "aa1" "ab1" "bb1" "bb1a")
(t '(<- (group "b") :t) "" "1b1" "ab1aa1" "b" "ba11a" "bba")
(t '(<- (* (<- "aa") (<- (range "09")) (number ""))) "" "11a" "1aaab1" "a" "b" "ba")
(t '(group "") "" "1" "aa1aaa" "aab1" "ab1" "bb")
(t '(opt (drop "a1")) "" "1" "1b1" "b11b" "b1a1" "b1b")
(t '(% (+ (set "") "a")) "" "1111" "1a1ab1" "1aaa" "1aabaa" "aaab1")
(t '(drop (if "ab" (set "a1"))) "" "1b1" "a" "aa" "b1" "babbb")
(t ':w+ "" "a" "a11bab" "a1b" "abb1" "bbbabb")
(t '(constant :k) "" "1aaa" "aa1" "aab111" "b11" "ba1")
(t '(unref (group -2)) "" "1a1" "1b1b1" "a" "aabb" "bbb1")
(t '(to (repeat 1 (<- (* (range "01") (set "a1"))))) "" "111aaa" "111b" "aa" "bab1" "bb")
(t '(drop :A) "" "11aa1b" "b" "ba1a" "baaabb" "bbb1bb")
(t '(sub "1" 1) "" "11" "11a11" "1b1a1" "1b1bbb" "bb1")
(t '(nth 0 (set "b")) "" "1" "111b" "111b1a" "a1abb1" "b11")
(t '(drop "a") "" "1" "a1b" "aa1bb" "aa1bba" "b1ba1")
(t '(% 1) "" "a" "aab" "b1a" "bab" "bba")
(t '(thru (if (* (group (position :p)) -2 (to (range "01"))) (* (some "b") (* :w+ "a1") (at-least 2 :a)))) "" "1a1b1a" "abb1" "baab" "bb" "bbb1b")
(t '(if (if :w+ (range "01")) (* (<- (> (any (set "a1")))) (<- (opt (any :d))) (number (any (set "ab"))))) "" "1" "b" "bab1" "bb" "bba1ab")
(t '(> -1 (thru (set "ab"))) "" "1" "11" "1a1bbb" "a1aa" "ba1")
(t '(-> :t) "" "1111bb" "11a1" "1bbb" "a1b" "b")
(t '(nth 0 (> (repeat 1 "a"))) "" "1" "1b1" "1bb1b" "aa11" "b1")
(t '(some (> -2 (set "b"))) "" "1aa" "aab1" "baaaa" "bba" "bbaa1b")
(t '(split "b" (set "a1")) "" "aa" "aa1" "b1aa" "baaa" "bb")
(t '(> 2 (to (some :a))) "" "1aabab" "a1" "aaa1b" "b1" "bbaab")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[@[] "b"]) (true @[@[] "b"]) (true @[@[] "b"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true @[@[]]) (true nil) (true nil) (true @[@[]]) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true @[]) (true nil) (true @[])]

#### random grammars, batch 20
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '"a" "" "1" "11a1a" "aa1a" "ab" "b1a")
(t '(if (<- (thru (split (set "b") 2)) :t) (% (drop (nth 0 (set ""))))) "" "11" "1a1a" "aa1" "b1ba" "b1bba")
(t '(drop "a1") "" "1" "1111" "b1bba" "ba1" "bb")
(t '(any (number (set "b"))) "" "1" "1ab1bb" "1b" "1ba" "ba111")
(t '(> (at-most 0 (set "b"))) "" "1" "11b1aa" "1aa" "a11ab" "babba1")
(t '(backmatch :t) "" "1" "1111b" "a1" "ab1b" "bb")
(t '(% (* (set "a1") "ab")) "" "1ba1ab" "a1" "ab1bba" "baba1b" "babb")
(t ':w+ "" "1" "a111" "ba1" "baaba" "bbbaa")
(t '(between 2 2 (between 1 0 -1)) "" "1aa1a1" "a1" "aa11a" "aa1a1" "aabab1")
(t '(<- (at-most 2 (at-least 2 :w+)) :t) "" "1" "a11" "aa1" "ab11" "b1baab")
(t '(% -1) "" "11ab1" "aa" "ab" "abaa" "bba11a")
(t '(<- (range "ab")) "" "11" "1b" "aab1ba" "ba" "bb")
(t '(if (> (set "")) (> -1 true)) "" "1a" "1a11" "aa111" "ab1" "b1b1b")
(t '"1" "" "1aa" "aa" "ab1bab" "b1bbb" "ba")
(t '(some (sub (set "b") (* (constant :k) (range "09") (any :d)))) "" "a" "a1" "a11" "aa11" "b")
(t '(* (> (any (number "b"))) false) "" "11aa1b" "11ab" "1b1" "a" "bbab")
(t '(if (backmatch :t) "aa") "" "1a1ba1" "1aa" "1abba" "1bab11" "ab1a1")
(t '(sub "a" (if-not (if "1" 0) "")) "" "11aab" "a1a" "a1aaaa" "ba11b" "bb")
(t '(split (split (set "b") (position :p)) (drop "aa")) "" "1" "a11b11" "aa" "ab1" "ba1")
(t '(> -1 (* (set "") :d)) "" "a1ab" "a1bb" "aabbb" "b1aba" "bb")
(t '2 "" "1" "11ab" "a1a" "aababa" "babb1")
(t '"ab" "" "1a1a" "a11" "a11aa1" "aa1ab" "aaab")
(t '(some :d) "" "11b111" "1a" "1b1" "a1abb" "a1bab")
(t '(between 0 0 (if (+ (position :p) :a) (sub (range "ab") :A))) "" "1aa11b" "1b" "1b11ba" "1bba1" "b111")
(t '(repeat 0 (* (> (drop (range "ab"))) (some (> 1 (range "ab"))) (thru (at-least 1 (position :p))))) "" "1b1a1" "1bab" "a11b" "abaa" "b11aa")
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[""]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @["a"]) (true @["b"]) (true @["b"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 21
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(til (sub (group (backmatch :t)) (group "a1")) (<- (if 2 (set "ab")) :t)) "" "1111b" "a1" "aba" "b" "b1")
(t '(* (+ "a" (% "b") (> -2 0)) (set "") (* (sub (set "a1") "ab") (group :d*))) "" "11" "ab1ba1" "b1b11" "babab1" "bba")
(t '(> (not (position :p))) "" "1a1bbb" "1abb1a" "a11" "b1a" "b1b")
(t '(> "a") "" "111bba" "a" "aa11" "aabba" "b1bb")
(t '(til (% (set "a1")) 1) "" "a" "aaa1bb" "ababa1" "b" "ba")
(t '(% "aa") "" "1ab1" "1abb1b" "1bbaa1" "a" "aaa")
(t '(<- (> ($)) :t) "" "1" "a11a1" "bab" "bab1" "bbba1a")
(t '(> -1 (<- (% ($)) :t)) "" "1a" "1ba" "aaa1" "aab" "baa")
(t '(% (split (> -2 :d) (* (<- "ba") (<- (-> :t)) (number (range "ab"))))) "" "1b1" "a1bba1" "b" "b1a1a" "bb11")
(t '"ba" "" "1" "1a11b" "aaaba" "bbab" "bbba")
(t '(sub (* :d* "a" :d*) (* (<- "a") (<- "ab") (number ($)))) "" "111" "1a" "1b1" "ab1aaa" "bba1")
(t '(if (% (range "ab")) (* "aa" -2)) "" "1" "111aa" "11b1" "a" "ab1")
(t '(number (number (any :d))) "" "1aa" "1bbbb1" "b1" "babba1" "bbb")
(t '1 "" "1b" "a" "a1aa1" "aaa" "b1b")
(t '(group (drop :d*)) "" "a1a" "aa" "aab11a" "b" "b1ba1")
(t '(if-not :A (range "09")) "" "111" "1abb1" "1bb" "b1" "baa")
(t '(<- (unref (set "b"))) "" "1" "1b1" "a1a11a" "b1ba" "ba")
(t '(til :A (range "aa")) "" "11a1" "1baaa" "b1bbaa" "ba" "bba11")
(t '(<- "1" :t) "" "111ab" "1abb" "aaabb" "ab1b" "bbb")
(t '(any (range "09")) "" "1" "a1" "b1abb" "ba11" "baa")
(t '(not ($)) "" "1" "1a" "1aa" "1b" "bbbba")
(t '(thru (range "aa")) "" "1a" "1bb1ab" "a11" "b1" "baa")
(t '(> (set "b")) "" "1a11" "1b1b1" "a1b" "ba" "ba11")
(t '(range "ab") "" "11" "a" "aa11" "aab" "bab1bb")
(t '"ba" "" "11a1" "ab" "abb1b1" "bb11" "bb1aba")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[""])]
#> @[(true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[1 1]) (true @[1 1]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @["b"]) (true @["b"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true @["1"]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 22
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(<- (* "a" (group (at-most 0 (set "a1"))) (range "09")) :t) "" "11aab" "1aa1bb" "1b1bba" "a1baab" "ba1b")
(t '(group (+ (<- (range "ab") :t) (range "01"))) "" "1111b1" "a" "a1bb" "baaab" "bb11b")
(t '(% ($)) "" "1" "11" "1b11bb" "a111" "b")
(t '(+ :w+ (any :d) (set "ab")) "" "1" "a11abb" "ab11a" "ba" "bb1a1b")
(t ':w+ "" "11ab11" "aaa1" "aaaa1" "b" "b1b1b1")
(t '(thru (at-least 1 "a")) "" "1" "a11b1a" "aabbb" "b11b" "b1ba1")
(t '(> (if-not (group (number ($))) (> 2 (> 2 :d*)))) "" "11b1" "ab1a" "b11b1" "baa1" "baa1a")
(t '(some (range "aa")) "" "1" "1a" "1b" "a" "ba")
(t '(<- (repeat 0 :a) :t) "" "1aa" "a" "aa1a11" "aba" "babb")
(t '(any "a1") "" "a1bba1" "ab1a" "b" "b1aa1b" "bab")
(t '(* (at-most 1 false) (> 1 (* (* (<- (set "b")) (<- :d*) (number "ab")) (unref (range "09")))) (any :A)) "" "11aa11" "1a1" "1aaaa1" "a" "b")
(t '(<- (number (til (number "aa") (if :d* "ab")))) "" "1" "a" "aaa1" "ab" "b")
(t '(to (thru (drop "a1"))) "" "a" "aab" "aababb" "bb" "bbbbb1")
(t '(thru (number (at-least 2 (sub (any :d) "aa")))) "" "11ab" "1a11" "aa11ab" "ab1b" "ba")
(t '(sub (number (% (repeat 0 :a))) (between 0 2 (+ 0 (nth 0 :d*)))) "" "1" "1abab" "a" "b" "bbba")
(t '($) "" "11b" "1aaba" "a" "ba" "baba")
(t '(group (to "b")) "" "11" "1aba" "aab" "ba111" "ba1ab")
(t '(at-least 2 ($)) "" "1a" "1b" "1b1b" "b1a" "ba1ab")
(t '(not (range "09")) "" "1" "11ab" "aa" "b1ba" "bb1111")
(t '-1 "" "11abb" "1aa1ba" "ab" "bb" "bbb")
(t '(-> :t) "" "1a" "1a1" "1aa1b1" "a1" "b1aa")
(t '(+ "1" (between 2 1 (to :d*)) (sub (<- -1) (between 1 0 (range "ab")))) "" "1b1a" "a1" "aab" "ab" "ab1b")
(t '(range "aa") "" "a1" "aabba1" "ab1a1" "b" "b1aa1")
(t '(drop (number "a1")) "" "1aaaa" "aa1b1" "b1" "ba" "bbb")
(t '(set "b") "" "1" "11baa" "ab11ba" "abbb" "ba")
#> @[(true nil) (true nil) (true nil) (true nil) (true @[@[] "a1"]) (true nil)]
#> @[(true nil) (true @[@[]]) (true @[@["a"]]) (true @[@["a"]]) (true @[@["b"]]) (true @[@["b"]])]
#> @[(true @["0"]) (true @["0"]) (true @["0"]) (true @["0"]) (true @["0"]) (true @["0"])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]

#### random grammars, batch 23
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(unref (<- (number (range "09")))) "" "11abab" "1b" "1bb" "a" "b1")
(t '(* (<- (range "aa")) (<- (number (set "ab"))) (number (at-most 0 (+ (-> :t) "ab" "a")))) "" "1bab11" "a1b111" "abb" "ba111" "baaa1a")
(t '(if (til (any :d) (range "aa")) (<- -2)) "" "a1a" "a1a11" "b11a" "baab" "baba1")
(t '(nth 1 (-> :t)) "" "1" "11babb" "1b1" "abbbb1" "bbb11")
(t '"ba" "" "1a11" "1a111b" "1aa" "b" "b1bab")
(t '(not false) "" "1" "1a" "abaa" "b1aa" "ba")
(t '"a1" "" "a1" "a1b" "ab11" "abaaa" "bb1")
(t '(range "aa") "" "1aa1ab" "1bab" "aab" "b" "b11bb")
(t '(<- (+ (at-least 1 (nth 0 "aa")) (* (any "b") (if "aa" -2) (group "1")))) "" "1" "11" "11ba" "1a" "ba1b1")
(t '(* (<- (opt "1")) (<- (sub (if false (position :p)) (some (set "b")))) (number "b")) "" "11" "a" "a1b1" "b1a1" "bab1")
(t '(* (<- (constant :k)) (<- (range "09")) (number (* (<- (to (opt (set "")))) (<- (constant :k)) (number (position :p))))) "" "a" "a1aa" "aa1" "aa11" "b1b")
(t '(opt (at-most 1 (opt true))) "" "1" "a" "a1a11" "aba" "abbabb")
(t '(> -2 :a) "" "11bbb1" "1a" "aabb1a" "b" "b1b")
(t '(opt (set "a1")) "" "1ba" "a1b" "b" "b1" "baaa")
(t '(> "a1") "" "111ba" "1bb" "aaa" "abbabb" "bbba1")
(t '(at-most 0 ($)) "" "11bbaa" "a1a" "a1bab1" "aaa1a1" "bba")
(t '(set "") "" "1" "a1b1ba" "ab" "b1" "baab")
(t '(drop (drop (+ "ba" (range "01") (range "aa")))) "" "111a1" "a1a" "abab" "ba" "ba1bab")
(t ':a "" "a" "a1" "a11b1b" "aaba" "b")
(t '(* (<- (<- (opt "a1") :t)) (<- (<- (opt :w+) :t)) (number "ba")) "" "1111" "1ab1a" "a1ba1" "aaba1" "babab1")
(t '(<- (+ (* (<- false) (<- :d) (number "")) (unref "ba"))) "" "11b1b" "a1aa" "a1baa1" "b1a1" "ba")
(t '(not -1) "" "11bbb" "1ba11" "b111bb" "b1a" "b1a1")
(t '(any "a") "" "1" "11" "aabab" "b" "b11abb")
(t '"aa" "" "111b1b" "11ab1" "b" "baa111" "babaa")
(t '(any (any :d)) "" "1b1bb" "a" "a1ab1" "aaba" "b1")
#> @[(true nil) (true @[1 "1"]) (true @[1 "1"]) (true @[1 "1"]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @["ba"])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 24
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(<- (any "b") :t) "" "1" "11ba11" "11ba1b" "a11bb" "abb")
(t '"ab" "" "a" "a1aba" "a1b" "aa1aa1" "ab")
(t '(position :p) "" "1bbab" "aa1" "aaa1" "bb" "bbbb")
(t ':w+ "" "11b" "1aabaa" "abbb" "b" "ba111a")
(t '(sub (thru "aa") (nth 1 "a1")) "" "11ba1" "a1" "a1b1bb" "ab1" "ba1")
(t '(> -1 "ba") "" "1" "a1a" "abbbb" "b1bbbb" "bab")
(t '(thru (between 1 2 "")) "" "1aa" "1b1a" "a1" "ab" "b1bb")
(t '(split (range "01") (not :w+)) "" "11a11" "1aaa" "a1" "abba1" "b1b")
(t '(split :w+ :w+) "" "1b1b" "a11aaa" "b1b" "b1bb1" "bab")
(t '(> -1 (set "ab")) "" "1ab1" "aaa1b" "b" "b1" "ba1aba")
(t '(if :A :A) "" "1a" "b111" "baaa" "bb" "bbbb1")
(t '(til (at-least 0 (* (thru "") (<- :A))) (any (backmatch :t))) "" "1a11" "1b" "1baa1a" "b" "b1a1a")
(t '"a" "" "1babaa" "aa" "ab" "ab1a1" "b1")
(t '(opt "aa") "" "1a" "1b1a11" "1bab" "a1" "bbbbbb")
(t '(between 2 4 (any "b")) "" "1b" "a1bba1" "b1b1" "bbaab" "bbba1b")
(t '(+ (set "ab") (-> :t)) "" "11" "111" "a1" "b1bbab" "bba1b")
(t '(+ (range "aa") (constant :k) "1") "" "1bb1aa" "1bbb" "a1" "aa" "abbbbb")
(t '(set "b") "" "1" "1b" "aa1a1a" "aab" "baa")
(t '"b" "" "11ba1" "1b11" "a1ba1" "a1bb" "ba1ba")
(t '(some 1) "" "111a" "a" "aa1abb" "aba1a" "bb")
(t '(<- (backmatch :t)) "" "1111" "a1abb" "aaaa1" "b" "bbaabb")
(t '"aa" "" "1a11a1" "a" "aa1" "ab" "b1aaa")
(t '(at-least 1 (position :p)) "" "1aa" "abaa" "b" "b1ba" "bbaa1")
(t '(repeat 2 (> -1 (at-most 1 :a))) "" "11bbaa" "1ab1" "1bbb" "a" "aab")
(t '(at-least 2 (if (+ (+ (position :p) (range "01")) (range "ab") (> (range "09"))) :d*)) "" "a" "aab" "b" "bb" "bb11")
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 25
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(<- :d) "" "1" "1b" "a11b1" "aa" "ba")
(t '(to (<- (constant :k))) "" "11a1" "1b" "b" "b1aab" "bba1b")
(t '(nth 1 "") "" "aa" "aa1bbb" "aaa" "ab1b" "b11a")
(t '(group (sub (constant :k) "a")) "" "11a" "1ab1a" "1b1" "aa11b1" "b1")
(t '(opt (to (* (<- (range "aa")) (<- "ba") (number "a")))) "" "1aaa" "a1aaba" "b" "bbaab" "bbbab")
(t '(not (<- (opt :d) :t)) "" "1" "1a1ba" "a" "a1" "ba1aab")
(t '(some :A) "" "1b11a" "a1" "aaa1ba" "ab1bbb" "b11")
(t '(at-least 1 (if-not (set "b") "")) "" "1" "1a1a1" "b" "b1ab" "bb1b1")
(t '(at-least 1 (opt (-> :t))) "" "11b1a" "11baab" "aaa" "aaa1b1" "aababb")
(t '(unref ($)) "" "1" "1a" "a1" "b11b11" "b1bb1")
(t '(drop (set "")) "" "1a1" "1ba" "a" "b11" "b11bb1")
(t '"ba" "" "1a1ba" "a" "a1a1" "aaabab" "b1")
(t '(> (any (if (range "aa") true))) "" "1a1abb" "1aa" "aaa" "b1" "baa")
(t '(* (thru "a") (if-not -2 (range "01"))) "" "1111" "a" "aba11a" "b11b1" "bb11b")
(t '(thru (range "aa")) "" "aaa" "aabbab" "ab" "ab11" "b111b")
(t '(set "ab") "" "11" "a1" "aa" "aabb11" "bb")
(t '(repeat 0 (* "" (set ""))) "" "11bab" "1a" "a1a" "b" "bbb1a")
(t '(> (at-least 0 (thru (> 2)))) "" "aa" "aa11ba" "ab1aba" "ba1a" "babba")
(t '(split :d (between 1 3 -2)) "" "a11bb" "aa" "aaba" "b" "bb1a11")
(t '(set "a1") "" "aa" "b111b1" "b1aa" "b1bab" "bb")
(t '(some (drop "ab")) "" "11a1" "1a" "a1bbb" "aa" "bab")
(t '"ab" "" "a1aa1b" "ab" "aba" "bb1" "bbb")
(t '(at-most 1 false) "" "1" "11" "ab" "b" "bbba")
(t '1 "" "11" "11bb" "a" "baaba" "bb")
(t '"aa" "" "1" "1aa" "1b1aa" "b1abb" "ba11ab")
#> @[(true nil) (true @["1"]) (true @["1"]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 26
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t ':a "" "1a1" "a1b1" "aab" "b11bba" "bba1a")
(t '(thru (drop (* (-> :t) "" (set "b")))) "" "1111" "11b1b" "a" "bab" "babbba")
(t '(to (range "aa")) "" "11bb11" "aaa" "ab1b1b" "b" "b1b1")
(t ':a "" "1" "1b" "1bab" "a1a1a" "ba")
(t ':a "" "a" "b" "ba1a" "bb" "bb1111")
(t '(group "b") "" "1" "11" "1111a" "aba1bb" "b1bbb")
(t '(if (> "ab") (thru (backmatch :t))) "" "1a1" "aaa11" "b1b" "ba" "bba1")
(t '(% "a") "" "1aaabb" "1aabb1" "1aba" "ab1" "bbbb")
(t '(range "ab") "" "1b1b" "a11a1" "ab" "ba" "bb1b1b")
(t '(<- :a :t) "" "a1" "b" "b1aab" "baab" "bb1aaa")
(t '"ab" "" "11" "1111b" "1aaab" "a11a" "a1b")
(t '(* (<- (not (any -1))) (<- "aa") (number (+ (number "") (repeat 2 (set "ab"))))) "" "1a1" "1ab" "a" "abaa" "abb")
(t '(at-most 0 :w+) "" "111" "1aa" "1aa1" "1aaaaa" "a")
(t '(> 2 (number (position :p))) "" "1bb" "a" "aaabab" "aabaa" "b1b11a")
(t '(sub :A (constant :k)) "" "1" "111" "b" "ba1aab" "bbaa1")
(t '(opt (repeat 0 "b")) "" "1a1b1" "1aaba" "a1" "aa" "aba1bb")
(t '(* "b" (range "01") (to :a)) "" "aab" "ab" "ba" "bb" "bbba1")
(t '(unref (to (range "01"))) "" "11a" "b11a" "b11baa" "ba11a1" "bb1ab")
(t '"ab" "" "1a1a" "abaa" "b1" "ba" "bbb1ab")
(t '(any :d) "" "aab1a" "ab" "bab1a1" "bba1aa" "bbb")
(t '(any (repeat 1 (* (not "") (thru "1")))) "" "111aa" "a1" "a1a1b1" "b1aaba" "bbabbb")
(t '(some (* (* (> -1 (set "")) "a1" "a1") (if-not (if "b" "a") "aa") (group "ba"))) "" "11" "111" "1a" "1bbab" "aa")
(t '(til "a1" false) "" "1" "11baa1" "aab" "aba" "bba1aa")
(t '(split (constant :k) (any :d)) "" "11" "1111" "a1" "a111ab" "b11aa")
(t '(some "a") "" "a11b" "aa1a" "abab" "b111b1" "bba11b")
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[""]) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @["a"]) (true @["b"]) (true @["b"]) (true @["b"]) (true @["b"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[:k]) (true @[:k]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]

#### random grammars, batch 27
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(range "01") "" "11" "11baba" "1b11b" "aa1" "ba11")
(t '(nth 1 "1") "" "1a" "1bb11" "a" "bbaa" "bbbba")
(t '"a1" "" "1aa" "a" "a1bba" "aab11b" "abba11")
(t '(opt (some (set ""))) "" "1" "aab" "aab1a" "ab11bb" "bbb1b")
(t '(not -2) "" "1ba1b1" "a" "ab1ab" "b" "ba1111")
(t '(set "") "" "1" "1a1bba" "a1aba" "aba" "bb1a")
(t '(if-not (set "ab") "ab") "" "1a" "1bab" "ab1aa" "ba1b" "bbba1")
(t '"aa" "" "1" "abb" "abbab1" "b1ab" "bba1a1")
(t '(+ (% :d*) (if true (<- "1"))) "" "11b1ab" "a1111b" "a1b11" "aba" "bbba1")
(t '(* "" "b") "" "b" "b11aab" "b1b1a1" "b1bb" "bbaab1")
(t '(drop -2) "" "1a1bbb" "1aa" "a" "ab111" "bab1ba")
(t '(* (<- (backmatch :t)) (<- (* (<- "1") (<- (thru (not (set "a1")))) (number (not (nth 0 :w+))))) (number (not "1"))) "" "a1b1" "aa1b" "ab" "b" "b11b")
(t '(range "09") "" "1" "aababa" "b" "b1" "ba")
(t '(any (constant :k)) "" "a" "aab1" "b1aa1b" "b1bb" "babab")
(t '(thru (unref (range "01"))) "" "1" "1aaaab" "a1111" "ba" "bb11a")
(t '(some (opt (* "ab" (backmatch :t) :w+))) "" "1" "11" "aaa1" "b" "bb11ab")
(t '(til false "aa") "" "11" "1a" "a1ba" "abaa" "b1ab11")
(t '(between 1 0 "a") "" "1a1abb" "1aa" "a" "a11b1b" "a1a1")
(t '(any (if-not (+ -1 (set "b")) (number "ba"))) "" "1" "a1" "a1abba" "a1b11" "b1b11")
(t '(between 1 0 "") "" "1" "aba" "abaa" "abb11" "b1")
(t '(* (range "aa") (thru (<- (at-least 2 "a1"))) (* (between 0 2 (between 2 3 :d*)) (% (between 2 4 "aa")) "a1")) "" "1" "11a1" "1a" "1b" "aa")
(t '(range "09") "" "1" "11a" "a" "a11aba" "b")
(t '2 "" "1b1" "1b11bb" "ab11ab" "b" "baa1a1")
(t '(range "01") "" "1" "a1a11b" "baaa" "baab" "bbb1")
(t '(set "") "" "a" "aa1" "aba1" "b1" "ba11bb")
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 28
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(some "") "" "1bba1" "aa" "ab11b" "abb" "b")
(t '(opt (> "a1")) "" "111b" "1b1a" "a" "bbab" "bbbab")
(t '(unref (some (set "b"))) "" "1aa" "1bbab1" "a" "baa1" "babbb")
(t '0 "" "1b" "1bba" "a" "ab" "bb111")
(t '(group "a") "" "1bba" "aaa1" "aaabaa" "aab1a" "b11a1b")
(t '(<- (opt true) :t) "" "1" "1b1b" "ab1" "b11" "b1a")
(t '(sub "a1" :A) "" "a11" "aa1" "aa1bb" "aaa" "ab11b")
(t '(set "ab") "" "1bb1b" "a1" "ab1b" "abbb" "bb")
(t '(% (til (set "a1") (repeat 0 "a1"))) "" "a11ba" "b11b11" "b1ab" "b1b1b" "baaba")
(t '(* :d* 2 (range "aa")) "" "1aa" "a111a" "abb1b" "bb1" "bba")
(t '(+ (split (constant :k) "ab") (<- (range "09") :t)) "" "a11" "aa11" "aab" "b" "bb11ba")
(t '(repeat 0 (<- "1")) "" "111ba" "1b1" "a" "abb1" "bbab1")
(t '(thru (constant :k)) "" "1" "a1a" "aa1ba" "aaab1b" "abaab")
(t '(-> :t) "" "a" "aab1" "ab" "b" "b1ab")
(t '(* (<- (split (% (range "ab")) (repeat 2 (range "aa")))) (<- (group (set "a1"))) (number (> "ba"))) "" "11" "1a1" "1b" "1bb1" "a")
(t '(backmatch :t) "" "11aaa" "1aa11" "b1bb" "bb11" "bba")
(t '(opt (sub (> (-> :t)) "a1")) "" "1" "11b1ab" "aaaa" "b" "bbaa")
(t '(repeat 2 (group false)) "" "a" "aa" "abaab" "abaab1" "bb1b")
(t '(range "01") "" "1" "111ba" "baa" "bba" "bba1")
(t '"" "" "1aa1" "1abb" "aabab" "b" "bb1b")
(t '(> 2 (repeat 2 2)) "" "1" "11a" "1b111b" "a1a11" "ab1")
(t '(number (+ (range "ab") (backmatch :t))) "" "1bb" "aab" "aba" "bbaa" "bbbaaa")
(t '(* (+ "aa" ($) "") (any (constant :k))) "" "11" "1bab11" "a11" "abaaa1" "b")
(t '-2 "" "1a" "a" "ba1" "ba11" "babbab")
(t '"ba" "" "1b" "1baaab" "a1ba1b" "aa" "aba1")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true @[]) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 29
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(split (set "a1") (number "ba")) "" "11baa" "aa1aa" "b" "b1abb" "babab")
(t '(group ($)) "" "1ab1b1" "1baa1" "a" "baaaa1" "bb1b")
(t '"a1" "" "1" "111" "a" "b11" "b1b1b1")
(t '(% (set "b")) "" "1" "aa1" "ab" "ab1" "b")
(t '(any :d) "" "1" "a1" "ab" "abbb1a" "b1")
(t '(not (+ (+ (between 0 2 (-> :t)) (repeat 0 "1")) (unref (any (range "aa"))))) "" "1" "111bb" "a" "a11a" "bb11ba")
(t '(group (range "aa")) "" "11b" "1aa111" "1b" "a1b" "aa1")
(t '(at-least 0 (sub (* (<- (unref ($))) (<- (sub "a1" (range "aa"))) (number "b")) (number (* "aa" (constant :k))))) "" "1a111" "a1" "b" "b1a1" "bba")
(t '-2 "" "1" "1111a" "a" "b1" "baa")
(t '(at-most 2 (nth 0 (* (range "01") -1))) "" "11" "1ab" "b" "b1" "baab")
(t '(unref (not 2)) "" "a" "a1" "a111a1" "ab" "bb1")
(t '(* (<- (at-most 1 (group (at-least 0 "ba")))) (<- (split (split (* (<- (set "")) (<- (any :d)) (number (-> :t))) (<- "a")) (some true))) (number (if (any 0) (to (unref (set "ab")))))) "" "a" "a1a" "ab" "b11b" "bb1aab")
(t '"ab" "" "1abbb" "1b" "1b1" "b" "b1ab11")
(t '(set "") "" "a" "abb1aa" "b1bb1" "baa" "bb")
(t '(nth 0 (> (number (* (set "a1") (range "01") "1")))) "" "a111" "a1a" "a1baa1" "aabaa" "ab")
(t '(<- -1 :t) "" "11abaa" "1ab" "a1ab" "b11b1b" "bab1")
(t '(group -1) "" "1bba" "a" "aaab" "aba" "bb")
(t '(* (* (<- (range "aa")) (<- (+ (set "a1") (<- (range "01")) (split -2 "a"))) (number "a")) "1") "" "1aba1b" "1ba" "a1aa" "ab1" "ba")
(t '0 "" "11" "1a111" "aab11b" "ab" "ba11aa")
(t '(nth 0 -1) "" "1b1abb" "1bba1b" "a1" "aba" "b1aaa1")
(t '(* (* (at-least 1 (set "ab")) (nth 1 (range "ab"))) (thru (set "b")) (> 1 (some 0))) "" "1abba" "a11ba" "b" "b1ab" "ba1a")
(t '(<- (% (range "09"))) "" "11ab" "aa1a" "abb" "bb1a1" "bbbbba")
(t '(group (nth 1 (if-not (+ false (constant :k)) (* :A (set ""))))) "" "a1b1b" "b" "b1b1b" "baa" "babbbb")
(t '(> -2 (drop "aa")) "" "111aa" "a1bb11" "aa11b" "baa" "bb1a1")
(t '(+ "" (+ "ab" ($)) (> "a1")) "" "1aaaab" "a11bbb" "bab" "bb11a1" "bbb")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[0]]) (true @[@[0]]) (true @[@[0]]) (true @[@[0]]) (true @[@[0]]) (true @[@[0]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[@[]]) (true @[@[]])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[]]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["" "1"]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 30
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t ':w+ "" "1a1" "1bab11" "a1b11b" "aa1" "b1aab")
(t '(opt "a1") "" "1" "111bb1" "1a1a1" "a" "baa11a")
(t '(drop "aa") "" "1" "1b1a" "a1baaa" "aa" "babbab")
(t '(not (range "01")) "" "1a" "a1bbb1" "ab1a1" "bb" "bbaa")
(t '(> (+ :w+ (number (til (set "ab") (set "a1"))) (set "a1"))) "" "1a" "1aab" "1ab" "b" "b1bb")
(t '(to (split (some (range "ab")) (number "ba"))) "" "aab" "aabb1" "b" "b1bbb" "bbab1")
(t '(+ (if (nth 1 "aa") (<- (constant :k))) (<- (at-most 2 (range "01"))) (split (group "ab") (range "01"))) "" "1bb1a" "aa" "abbb" "bab" "bbab11")
(t '(unref (to -2)) "" "1a" "1b" "b" "b1a" "bbbba1")
(t '"ab" "" "1" "11a" "a1a11" "aa1ba" "babab")
(t '(range "ab") "" "11baa1" "aaab11" "abbb1a" "b" "b1aba1")
(t '(repeat 1 (constant :k)) "" "111b" "b" "b1a1b" "bb11" "bb1ab")
(t '(* (* (<- (any "1")) (number (drop 0)) (range "01")) ($) (> (any (split ($) -2)))) "" "1" "11bb" "1a1" "1b1abb" "a1")
(t '(> 1 (to true)) "" "1" "11a" "1b" "a1abb1" "b")
(t '(at-most 0 (set "a1")) "" "11aaa" "1aabbb" "a" "b1a" "ba")
(t '(<- "a1") "" "11ba1" "1aba1a" "a11bba" "aa1b1a" "ba")
(t '"" "" "11b" "a11" "aaa11b" "b" "babb")
(t '(nth 1 (not "b")) "" "1" "1a1abb" "b11" "b1bb11" "bbba")
(t '"1" "" "1a" "abb1ba" "b11" "b1a" "bbaabb")
(t '(at-most 2 (<- (range "09"))) "" "11aa" "abb" "b" "bab" "bbba1a")
(t '(opt (opt (til -1 "a"))) "" "1bb1b" "aa111" "abb1a" "abbb1" "ba1a1")
(t '(sub (unref (opt true)) "ba") "" "ab1" "baba1a" "babb" "bb" "bba")
(t '(at-least 2 "1") "" "11bab1" "aba1" "aba1b1" "ba" "bb")
(t '"b" "" "aba" "abba" "bab1a" "bbaaa" "bbb")
(t '(range "09") "" "1" "1ab" "aa" "b" "bbaab")
(t '(unref (if-not "ba" "b")) "" "1a1" "a" "a1a11" "aa1bbb" "baa")
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[]) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @["1"]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @["a1"]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @["1" "1"]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 31
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(if-not "a" (range "aa")) "" "11" "a" "aabba" "b1a" "bb1a1")
(t '(split "1" (repeat 1 (at-most 2 "b"))) "" "1" "1a" "1ab" "1b" "aaab")
(t '(opt (> "")) "" "1" "a1" "b1a" "ba" "bb")
(t '(split (thru "") (nth 0 "a1")) "" "1" "aa111b" "b1" "b1aa" "ba1")
(t '(at-least 0 (not "")) "" "1baa11" "a1a1b" "b" "b11" "ba11")
(t '(% (any (sub (range "01") "b"))) "" "1a1aa" "1bba1" "a11bb" "abb" "bbaa")
(t '(nth 0 (to (-> :t))) "" "1aaaa1" "1b1a" "a1aaab" "b11b" "bab")
(t '(+ (range "01") (number (<- "b" :t)) (opt (* (set "b") (range "09")))) "" "1b1b" "1ba1" "b" "b1babb" "bb")
(t '(repeat 1 false) "" "1" "1b1" "1b11ba" "b" "bb1a")
(t '(range "01") "" "1" "11" "1a11b" "abbb1" "baaa")
(t '(between 2 1 (set "ab")) "" "1a1b1b" "a111aa" "a111b" "a1ba1" "abab")
(t '(between 1 3 (* (<- "ba") (<- "1") (number ($)))) "" "1" "1a1bba" "1ba" "ab" "ba")
(t '(at-most 2 (opt (<- :d))) "" "1a111" "aa1" "aaba1b" "b11b1" "bbab")
(t '(* (<- (group (> 2 (position :p)))) (<- (at-least 0 (set "b"))) (number (<- (<- (constant :k)) :t))) "" "1bab" "a11a" "a1b" "abb" "abbaaa")
(t '(opt (> 1 (if (range "09") (<- :a :t)))) "" "111aab" "a" "a11b" "a1b" "aba1")
(t '(some (set "b")) "" "11b1a" "1aa1" "a" "ab1bb" "b1a11")
(t '(<- -2) "" "11" "11ab1" "a" "a11ab1" "a1ab1")
(t '"ab" "" "1" "aa1" "abb" "b11bb" "babbb1")
(t '(range "01") "" "1" "11b1b" "a" "ab1a11" "b")
(t '(+ (set "a1") (any :d) :w+) "" "1aba1" "ab1a" "b" "b11a1a" "bbba")
(t '(> (range "09")) "" "1" "1b" "ab1" "b" "baaab1")
(t ':w+ "" "abbb" "b1aa" "b1b" "bb1a1b" "bbaa1b")
(t '(split :a (* (number (sub "1" ($))) "aa" (at-most 2 false))) "" "a1" "a11" "b" "b1aab" "babb")
(t '(sub (repeat 1 "ba") (at-most 0 "aa")) "" "a" "a1a" "a1bb1b" "b" "bab11")
(t '(> "a1") "" "11bb1a" "a1ab1b" "b1ba" "bbb1a" "bbbaa1")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @["1"]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[""]) (true nil) (true nil) (true @[""]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]

#### random grammars, batch 32
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(between 0 1 :a) "" "11" "11ba" "aaa1b1" "abb" "baa1b")
(t '(+ (number "a1") (+ (set "ab") "ba" (range "ab"))) "" "11bba" "1b" "ab1" "b11a1b" "bbba")
(t '(some (* (<- (> 1 1)) (<- (drop (range "09"))) (number (> -2 1)))) "" "1" "1aa1ba" "a" "aaa" "b1a")
(t '(set "ab") "" "1" "11aa" "a1" "a1aaa" "aab1b")
(t '(% (group (group (<- (range "ab"))))) "" "11b1" "a11a11" "a1bb1" "b11a1a" "bbaba")
(t '(* (group (repeat 0 (at-most 2 (range "ab")))) (drop (<- (range "09")))) "" "11b1" "1b1" "1bb1" "a" "b")
(t '(til (if-not (+ "" :d) (drop "a1")) (<- "1" :t)) "" "1" "111aa" "aaabab" "ba" "bba")
(t '"ba" "" "1" "a11baa" "ab1b1" "b1" "bbba")
(t '(* (<- (if (between 0 0 (any :d)) (-> :t)) :t) (repeat 2 (> 2 (<- "b" :t)))) "" "1a" "1b" "a1a1" "b11ba" "ba")
(t '(* (set "b") (range "09") "aa") "" "11a1b" "1a11" "1b1ab" "a1b" "b1bb")
(t '(* (<- ($)) (<- "a1") (number "1")) "" "1a1aab" "1b111b" "b1a11a" "b1ab" "ba")
(t '(drop (between 2 4 "1")) "" "11a" "aaa" "b1b" "baa1" "bab1")
(t '(not (* :A ($))) "" "111aab" "aab" "ab11" "abba1" "b1bba")
(t '-1 "" "1bb11" "a" "aaaaab" "ab" "b1b")
(t 'true "" "1" "a" "abb" "abbb1b" "b1ba")
(t '(* (opt (drop -1)) (to (group (range "ab")))) "" "aa" "aaaa" "b" "b11abb" "ba111")
(t '(to (range "ab")) "" "1111" "a1" "aa" "aba" "b1bb1b")
(t '(<- (range "aa") :t) "" "a1aa" "abaa" "b11ba1" "b1baa" "bb")
(t '(any (set "a1")) "" "1" "a" "a1a" "aaabba" "babb1a")
(t '(split "aa" (range "ab")) "" "1" "a111" "aababa" "aba1" "bab")
(t '"a1" "" "11ab" "ab" "b" "b1b1" "bb")
(t '(at-least 2 (split (not (opt (set "a1"))) (between 1 3 (thru "1")))) "" "a" "ab" "b" "ba11ba" "bbb")
(t '(some (* (<- (if "a1" (% (-> :t)))) (<- (+ (if-not (-> :t) "ba") (if-not (range "aa") (range "ab")) (between 2 4 "a1"))) (number (if-not "ab" "")))) "" "1a1" "a" "b" "b1a" "bba1ab")
(t '(between 0 1 (not (> (number (range "ab"))))) "" "1" "a" "a1" "aa" "b1b11b")
(t '(sub (thru (at-most 0 (range "ab"))) (<- :a :t)) "" "1ab" "1ba11b" "aaaaa" "aabb1" "abb1")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @["<array 0x55AFAC518ED0>"]) (true @["<array 0x55AFAC519790>"]) (true @["<array 0x55AFAC51A030>"]) (true @["<array 0x55AFAC51A8D0>"])]
#> @[(true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @["a"]) (true @["a"]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 33
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t 'false "" "1bb11" "a" "aaabb" "aab" "abaa")
(t '(> "b") "" "11a" "1b1" "a11b" "a1a" "abba11")
(t '(some (+ (if-not (not (constant :k)) :d*) (% (repeat 2 :d*)))) "" "a11" "a1a11" "ab1bab" "b1a" "b1a1ba")
(t '(> 2 (nth 1 (set "ab"))) "" "1a111a" "1aaa" "1b1" "aa1" "b11aab")
(t '"a1" "" "1bb" "b" "b1a1" "b1aa1" "bb")
(t '(* (<- "1") (<- (range "01")) (number 1)) "" "a1" "a11" "ab" "b1bb" "baba1")
(t '(* (+ (set "ab") "1") (to "1")) "" "1" "a1a" "ab" "b1b1a" "baba")
(t '(group (group (* (* (range "01") (-> :t) 0) (> 2 (set "ab")) (any "aa")))) "" "1abb" "aabaab" "aba" "abb" "b1abab")
(t '(+ (number (backmatch :t)) (* "aa" :A -2)) "" "a" "aaa1ab" "abaa" "b1b" "bbb")
(t '"" "" "a" "b11a1" "b1aa1" "baa" "bbbaaa")
(t '(sub (backmatch :t) true) "" "a1" "a1ab" "ababb" "b11bbb" "bbab1")
(t '(if-not (split (> (nth 0 (set "a1"))) (thru (* (range "01") :d* 0))) (some 0)) "" "1a1" "1bbbb" "a111" "a1b1b" "ab")
(t '(if-not (til (sub (range "ab") :a) (<- (range "ab"))) (til (between 0 0 (position :p)) (* true (set "") "ba"))) "" "1ba" "a11a" "abbb" "ba1" "bba")
(t '(% (set "ab")) "" "1a" "1a1b" "a" "a11" "b")
(t '(<- (thru (* (constant :k) "1"))) "" "1" "ab1bb" "b1aa" "baba1" "bb11")
(t '(some "ba") "" "1" "11aab" "1aa" "1b" "a1aabb")
(t ':w+ "" "1a1" "1aaa" "a" "a1" "b")
(t '(* (<- (number (some (to true)))) (<- (split (sub (* :A (position :p) (set "")) (* :d "1")) (sub (if "a1" (position :p)) (til :a (any :d))))) (number (<- (at-least 0 (to (set "ab"))) :t))) "" "111" "1b11" "ab11" "b11aab" "b1aab")
(t '(to (some (any ""))) "" "11" "a" "b111a" "bab1" "bbb")
(t '"ab" "" "1abb" "1ba1ba" "a1bba" "aa" "b1abbb")
(t '(drop (repeat 1 (opt false))) "" "111aa" "aab1" "b" "ba" "bbbbb")
(t '(<- -1) "" "a1" "abbba1" "bb1aab" "bbb" "bbbbb")
(t '(set "b") "" "111a" "a1a" "a1bb" "aaaa1" "b1a1ba")
(t '(drop (set "b")) "" "11b" "1a" "1ba1a1" "a11abb" "baab")
(t '(at-most 2 (* :w+ (constant :k) "1")) "" "111ba1" "11a11" "abba" "b1a1ab" "b1b")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true @[:k "1"]) (true @[:k "ab1"]) (true @[:k "b1"]) (true @[:k "baba1"]) (true @[:k "bb1"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[""]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 34
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(til false (-> :t)) "" "11ba" "a11a1" "a1b" "aaa1" "b")
(t '(+ (split (range "ab") "aa") "ba") "" "1b1b" "a" "aa1" "aabbaa" "ba")
(t '(* "b" (group (not "a")) -1) "" "1baa1a" "1bab1b" "a1aaa" "ba1a" "bba1b")
(t '(+ "1" (at-least 1 (> :d))) "" "11ba" "1b" "1bb" "b" "b1")
(t '(* (any ($)) (some "aa")) "" "1ab" "abba1a" "b1aba" "baa" "bbaab1")
(t '"aa" "" "1" "aab" "abb" "b1" "b1bb")
(t '(to 1) "" "1" "11" "1aabb" "abba" "b")
(t '(+ (til (set "b") (any :d)) (set "a1") (between 0 1 "ab")) "" "1" "1aaba" "1bbaa" "a1" "ba1aba")
(t '(* (nth 1 (+ (+ "b" (set "b") "ba") (+ "a" (-> :t)) (group (set "")))) (at-least 0 (unref ""))) "" "1a1" "1b" "a1" "aabb1" "bb1")
(t '(til "ab" (range "aa")) "" "aaba1a" "ab1" "b1" "bb" "bbaaa1")
(t '(til (at-most 0 (til (-> :t) (between 0 0 "ab"))) :d*) "" "11" "11b" "1bb1b" "abbabb" "bb1b1b")
(t '(group (group (til (> :a) (% -2)))) "" "a1" "aab1bb" "abb1a" "b1ab" "ba1ab")
(t '(number "ab") "" "1" "1111a" "a" "aa" "aba1ab")
(t ':d "" "1" "11aa" "a11b11" "aa" "ba1ab")
(t '(+ "ab" (thru "a1") (til (any (til "a1" "b")) (opt 0))) "" "1" "1ba1" "a" "abbb" "bb11")
(t '"ab" "" "1" "1b1" "b" "bb" "bbb")
(t '(if-not "ba" :w+) "" "111" "1aba1a" "1b1a" "a" "bb11")
(t '(at-most 2 :a) "" "1" "1a1" "1bb" "a1b" "b11bb1")
(t '(range "09") "" "1111" "a" "a1bba1" "b" "ba")
(t '(* (<- (number (group "a"))) (<- (not (split (set "ab") ""))) (number (between 1 2 (> 1 "ba")))) "" "1baba" "aa" "abb1" "b11aba" "baa")
(t '(opt "1") "" "111a" "a" "abaaa" "bb" "bbbba1")
(t '(if (between 2 1 "ba") (group (some -2))) "" "1" "a1" "a1bb1" "bab" "bb11b")
(t '(split (set "b") (thru :w+)) "" "11" "a1" "a1b" "b" "bbbaab")
(t '(* :w+ "1") "" "1bab" "a1a" "ab1ab" "b" "bb1a")
(t '(number (nth 1 "a1")) "" "111" "111a" "1b" "1bb1b" "a")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[@[@[""]]]) (true @[@[@[""]]]) (true @[@[@[""]]]) (true @[@[@[""]]]) (true @[@[@[""]]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 35
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(unref (% (between 2 3 0))) "" "a1" "aabab" "ab1b" "b" "b1aa")
(t '(nth 1 (* (set "ab") :a)) "" "1ab1a" "1b" "1ba" "aa" "b")
(t '(to (unref (% (<- :w+ :t)))) "" "1" "1b" "ab1" "ab11b1" "aba1a")
(t '(<- (thru (range "aa")) :t) "" "1" "11abb" "b" "ba1bb" "baab")
(t '(+ (some :w+) (split (to "ba") (at-most 0 (position :p)))) "" "11bb" "a1" "ab" "ab1b" "bab")
(t '(if-not (til (* (at-least 1 "a") "ab" (* "a" "ab" :d*)) (backmatch :t)) (+ (number (<- (position :p) :t)) (at-most 1 :d*))) "" "1" "aabb" "abbab" "b" "b1a")
(t '(% (some (til (range "ab") ""))) "" "1aaaba" "1bbbbb" "a11aaa" "aa1" "bbaba")
(t '(% (set "")) "" "11" "111ba1" "ab1bb1" "abb" "baaab1")
(t 'true "" "11" "1a" "1b11" "1bb" "a")
(t '(if-not (nth 0 "") "ab") "" "1" "11aaab" "aaba1" "b1bbab" "baabbb")
(t '(% (split :a -1)) "" "1b1ab1" "aa1" "aba11b" "b1" "bbaaba")
(t '(* (<- (nth 1 "a1")) (<- (sub (range "ab") 1)) (number 2)) "" "1abaa1" "a11a" "ab111a" "b" "bb1a")
(t '(* (<- "ab") (<- (<- (* 1 1 :w+) :t)) (number (<- "a" :t))) "" "b1" "b1aa" "b1ba1a" "ba1a1" "ba1ba")
(t '(thru (group (if-not "aa" -1))) "" "1" "1aa1" "a" "aa1" "b1bb11")
(t '"aa" "" "11b1bb" "a1" "a1b1" "aab" "b1b1a1")
(t '(<- (til (nth 1 -1) (any (set "a1")))) "" "1" "a1bbb" "aa1b1b" "abb" "b")
(t '(set "") "" "1abaa1" "b" "b1a" "ba" "bba")
(t '(* (repeat 1 (+ (sub (set "a1") "1") (if (position :p) "a") (nth 0 (range "ab")))) (set "a1")) "" "a" "aa1b" "b111" "ba" "bbb")
(t '(drop "a1") "" "1" "11" "aab111" "b1ba" "bba")
(t '"a1" "" "1ab" "1baba1" "1bbab1" "aa11aa" "ba")
(t '(-> :t) "" "1" "1aab11" "a11" "a1a1" "ba")
(t '"1" "" "111" "1baa1" "a1b" "abbaa1" "abbbbb")
(t '(nth 0 "1") "" "11b" "aa11" "b" "b1ab" "bab")
(t '(sub :d (split (split :d (-> :t)) (thru "1"))) "" "1aa11a" "a" "ab1" "abbb" "abbb1")
(t '(opt (some (range "ab"))) "" "1" "1111" "11a1a" "a11aaa" "abb1")
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @["11a"]) (true nil) (true @["ba"]) (true @["ba"])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true nil) (true nil) (true nil) (true nil) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[0]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 36
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(% (split (* (set "") "aa") (% (constant :k)))) "" "1aba" "1b11a" "aab1bb" "baaa" "bba")
(t '($) "" "aabaa1" "aba" "b" "b1a1" "bbb1b1")
(t '(repeat 0 (sub (constant :k) (* (+ "ab" (any :d) (position :p)) (> (set "ab")) (> "1")))) "" "11" "a1" "aa1abb" "b" "b1aab1")
(t '"ab" "" "11aaaa" "1a" "1bbab" "a" "b")
(t '(between 2 2 (> (any :d))) "" "1a1ba" "1abb1a" "1b" "b1aa" "bb1b")
(t '(split (> (set "b")) 0) "" "1a" "ab" "b" "b11" "bba")
(t '(unref (<- "ba" :t)) "" "1a" "1b1aab" "a1111" "a1a" "baaa")
(t '(> (drop (group (set "")))) "" "1ba1b" "1ba1ba" "aa11b" "ab" "ba")
(t '(opt (number "b")) "" "1" "1b1b" "a1aa1" "aab11" "ab")
(t '(+ "aa" "b" (between 2 3 (* (<- (range "aa")) (<- (between 1 0 "ab")) (number (unref "1"))))) "" "1a" "a" "b1" "bb1" "bbb")
(t '(* (range "09") (sub "a1" "") (* "" (range "09"))) "" "1a1bb" "a1b11" "ab" "abbbbb" "ba1")
(t '(set "a1") "" "1b1a" "1ba1" "a1" "b" "b1")
(t '(opt (at-least 2 (if "1" (range "01")))) "" "a1a" "a1ba" "aabb" "ab1" "b1")
(t '(til (group (nth 0 (sub :a true))) (* (opt (+ (range "aa") -1 "b")) (thru (some :d)))) "" "a1a1ab" "aa1a" "b" "b1a" "baa111")
(t '(backmatch :t) "" "1aa" "1aaa" "aaabb1" "b" "b1babb")
(t '(til (any (number (* (<- :d*) (<- "aa") (number (any :d))))) (at-least 0 (set "a1"))) "" "111b1b" "11a" "a" "abaa" "baabaa")
(t '($) "" "111a" "11b1b1" "1a1" "abbb" "bb11")
(t '(unref (+ (% (* (position :p) :A)) :w+)) "" "1a" "aabbaa" "b1b" "bba111" "bbbb1b")
(t '(* (<- (some (some (number "ab")))) (<- (* (<- (repeat 2 :A)) (<- (> -1 (nth 1 "a1"))) (number (% (til true (range "01")))))) (number (nth 0 (group (not "1"))))) "" "a11a1b" "aba" "b1a1" "baa" "bb11b")
(t '"ab" "" "abb1" "abbba" "b" "babbba" "bb1")
(t '(til (range "ab") 0) "" "a11b" "ab" "ababa" "abbab" "bb")
(t '(* (-> :t) (constant :k)) "" "1a" "a1" "a1ab" "abb111" "ba11a")
(t '"ab" "" "111" "1ab" "a" "a1aa" "b")
(t '(repeat 2 (% (range "01"))) "" "1aaa1b" "a111ba" "aa11aa" "b11bab" "b1bb11")
(t '(any (split (at-most 1 (-> :t)) (between 2 2 "ab"))) "" "11a" "1aab11" "a" "abb1ba" "babb")
#> @[(true @["k"]) (true @["k"]) (true @["k"]) (true @["k"]) (true @["k"]) (true @["k"])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @["ba"])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true @["0"]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 37
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(til (backmatch :t) "a1") "" "1" "1aaa1" "ab" "abb" "b1a")
(t '(backmatch :t) "" "1aab1b" "a1a11" "a1b" "b" "bab")
(t '(+ (range "aa") (* (<- (range "09")) (<- (* "" "")) (number (number (set "ab")))) (thru (til ($) (set "ab")))) "" "1" "ab" "b" "b1b1ab" "bbab1b")
(t '(not (set "b")) "" "1a" "1bab" "1bb" "a" "ab1ab")
(t '(if-not :a :d*) "" "1" "1b1" "b1ab1" "bab1" "bbab")
(t '(group (split (drop "a") "aa")) "" "1a1bbb" "1baa" "a" "a1" "b11")
(t '(if-not (<- "a1" :t) (if-not (* "b" :d (set "a1")) (* "a" (set "") "a1"))) "" "1a1aa1" "1b1a" "a" "a1" "b1aab")
(t '(some (<- (unref (if-not (set "a1") "")) :t)) "" "1ba" "a1" "b1aa1a" "ba" "ba1a")
(t '(unref (<- :A :t)) "" "1" "aa" "abaabb" "ba" "bbaaab")
(t '(* "" -1 (split ($) :d)) "" "1b1b1" "a11a11" "ba1" "baba" "bbbb")
(t '(any (<- (range "09"))) "" "1a1b" "1bbb11" "a1" "b111b" "baaa1a")
(t '(drop (between 0 1 (repeat 2 (group "ba")))) "" "1bbbb1" "a1" "b" "b1" "baa1")
(t '(sub (if-not (range "09") (group (<- ($)))) (<- (backmatch :t))) "" "1b" "aa1b1b" "aaa" "b" "bbab")
(t '(thru false) "" "1aabb" "1abb" "a1a" "ab" "ba")
(t '(at-least 0 (% (unref 0))) "" "11" "1a" "1b11" "ab11a1" "baa")
(t '(> (set "a1")) "" "aa1a" "aba1a1" "b" "b11aa" "bbab")
(t '(nth 0 (constant :k)) "" "1111" "11baa" "1bbb" "ab1ab" "ba")
(t '(at-least 2 (* (number (-> :t)) ($))) "" "111" "a1" "aa11" "ababb" "bb")
(t '(set "a1") "" "1ab1ba" "a1" "aa1a" "babb" "bba")
(t '(group (range "09")) "" "1" "111a1b" "1aab" "aa11b" "bbbb")
(t '(split (> -2 (range "01")) (+ "ba" (group (opt "a")))) "" "1" "aa1aa1" "b1a" "b1b" "b1b11b")
(t '(at-least 0 "b") "" "1" "11a" "1abb1a" "aabab" "ba")
(t '(at-least 2 (range "09")) "" "a11bab" "aaa11" "abab" "b1a11" "bb")
(t '(repeat 1 (> (if-not (+ false "b") 1))) "" "1a1aa" "a11" "aa" "aa11" "b")
(t '(not (<- -1 :t)) "" "1bb" "a" "ab11b" "babaab" "bbaab")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @["1"]) (true @["1"]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true nil) (true nil)]
#> @[(true @[@[]]) (true @[@[]]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 38
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(if-not (-> :t) (group (opt "ba"))) "" "11ab" "1aa" "a11bab" "a1aba1" "ab")
(t '(+ 0 (set "a1") (set "ab")) "" "1a1" "1ab" "aaabba" "abb11" "bbb1")
(t '(range "01") "" "1" "1b1b11" "a" "b1bba" "ba")
(t '(at-most 2 "1") "" "a" "a11ab" "a1aab" "b" "b1ab")
(t '"ab" "" "a111" "aab" "ab1b1" "b1" "ba")
(t '(thru (between 1 0 (drop "ab"))) "" "aa" "aabaa" "b" "b11aa1" "ba1bbb")
(t '(any (+ (drop "") (number 1))) "" "aa11" "abba" "b1a1b1" "bab" "bab1")
(t '(group (<- (if (range "aa") (set "")) :t)) "" "1111b" "1aba1b" "a11a" "ab1ba1" "bb")
(t '(between 1 1 (not (> (set "ab")))) "" "1" "11b11b" "a" "baaa" "bab1")
(t '(% (range "aa")) "" "1" "11" "1baa" "abab" "abb1aa")
(t '(some (% (if-not (any :d) (at-least 0 (set "b"))))) "" "1" "11aa" "ab1a" "b" "bbaa")
(t '"aa" "" "1111a" "1aab1" "1abb" "a1bb1" "b11a")
(t '(to (sub "ab" (if-not :a "1"))) "" "1a11aa" "1babaa" "a1bab" "ab" "b1")
(t '(thru (-> :t)) "" "a1" "aabaa" "aabab1" "aba" "b1")
(t '(* (constant :k) "a1") "" "1a1" "a" "aba" "abbbb" "b11abb")
(t '(sub "b" (* (<- (some (% "b"))) (<- (any (at-least 2 1))) (number (* (at-least 1 (set "ab")) (<- (position :p) :t))))) "" "a" "aaa11" "abb11a" "b" "b11")
(t '(+ (some false) (group "aa") (+ "aa" 2 "")) "" "11" "11a" "1bbbb" "a" "aa")
(t '(> 2 0) "" "1a1abb" "1b1abb" "a" "ab" "bb")
(t '(to (range "01")) "" "1" "1b111a" "a1baa" "b" "ba")
(t '(<- (between 0 0 (til (any :d) "ab"))) "" "1baab" "aaaaaa" "aba" "b" "b1")
(t '(at-most 0 "") "" "11a1" "11b1b" "1b1" "aa1a" "b1")
(t '(thru "") "" "11b" "a1" "aba" "b1" "b1a")
(t '(* (sub 1 "aa") (any "b") "1") "" "1a1a" "1bb" "1bbbb1" "a1" "b1b")
(t '(any (<- (opt ($)))) "" "11" "a" "b" "b1" "baaa")
(t '(drop (opt (range "01"))) "" "1aab" "1b" "1b1a1a" "abaaab" "bb1b")
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[@[]])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 39
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '"a1" "" "1" "111" "11bb" "1aaaa" "ab1bb")
(t 'false "" "1baaba" "1babb" "a11ba" "b11b" "baabba")
(t '(thru (> -2 (* (backmatch :t) "a1"))) "" "1b" "aaab1" "b11b1" "b1bb" "ba1bba")
(t '(split (+ (% (group (range "ab"))) (between 0 1 (group (range "aa")))) "ab") "" "11b111" "1abba" "1b" "a1b" "baa")
(t '(nth 0 (any (set "a1"))) "" "a1bb1" "abaa" "ba" "ba11b" "bab")
(t 'false "" "b" "b1" "b1b" "bb1a1" "bbb")
(t '(position :p) "" "1" "11a111" "1ab1" "aab1" "ab1bba")
(t '(not (<- "aa")) "" "1b11" "ab1" "b11" "ba11" "bbabab")
(t '(range "01") "" "11" "111a1" "11bb" "1bbab" "aaa11")
(t '(* (<- "ba") (<- :a) (number (constant :k))) "" "1a" "1bba" "aaa" "aaaab1" "b")
(t '(<- (range "09")) "" "11" "11bb" "1a" "ba" "bbb")
(t '(nth 1 -1) "" "111aa" "11b1" "baabab" "bab" "bbba")
(t '(at-least 1 (position :p)) "" "1111" "11bb" "1aba1" "ab" "abb")
(t '"a1" "" "1aa" "aba1bb" "ba" "baaa1b" "bbaa")
(t '(between 2 3 "ab") "" "1" "111a" "a1" "baa" "bb")
(t '(if (position :p) "aa") "" "11a" "aa" "b" "bab1ba" "bba")
(t '(to (> -2 (set "a1"))) "" "11" "1aab" "b" "bb" "bbbb1a")
(t '(drop (some (some (range "01")))) "" "1ab" "a1a" "b" "ba" "bba1a1")
(t '(any (group (nth 1 (drop (set "a1"))))) "" "a" "aa1abb" "abaa" "b" "ba")
(t '(> (set "ab")) "" "11b1" "1ab" "1bb1" "b" "ba")
(t '"b" "" "111aba" "1b1" "a1b1aa" "b1b" "bbbb")
(t '(thru (if-not (unref (not (range "ab"))) (number (+ :A (backmatch :t))))) "" "1b1a1b" "a1" "aaaba1" "ba1" "bb")
(t '(split :w+ :A) "" "1" "a1" "aabab" "b" "ba")
(t '(sub (+ (> (some "1")) (<- (nth 0 "a1")) (* (to 1) (split "a1" "ab"))) (at-least 0 (% (unref 1)))) "" "1b1a" "a" "aaa11a" "b" "baa1")
(t '(+ "a1" (<- (range "01") :t)) "" "1" "1a1a" "aa" "aab" "bb1bb")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true @["1"]) (true @["1"]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[0]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true @["1"]) (true nil) (true nil) (true nil)]

#### random grammars, batch 40
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(* (<- (<- (set "") :t)) (<- (* (to (some ($))) (if (between 1 1 1) (if (position :p) (set "b"))) (to -1))) (number (position :p))) "" "1a" "1b1b1" "1bbaba" "abbb" "b")
(t '(split (* (<- "aa") (<- false) (number (range "aa"))) (sub (-> :t) (range "09"))) "" "111bb" "1a11ab" "aab1a" "ab" "b1b")
(t '(group (thru (> (to "")))) "" "1a" "1bb" "ab1a11" "ba1abb" "bb")
(t '(* (<- (if-not (-> :t) (range "ab"))) (<- (unref "a1")) (number (-> :t))) "" "a" "ab" "abbb" "b1a" "b1b11")
(t '(range "01") "" "a1" "a111" "a1b1b" "aaab" "aba")
(t '"aa" "" "1b1" "1b1a" "1ba111" "b" "ba")
(t '(any :d) "" "1bab" "a" "aab1b" "bb111" "bbab")
(t '(sub (> (some true)) (+ (* :A (range "ab")) "ab")) "" "11ba1b" "1a1bb" "1baa1b" "abb1b" "abbab")
(t '(not (position :p)) "" "11" "1a" "1abb1" "aab11" "b1")
(t '(* (set "b") (split (> "a1") (unref "aa"))) "" "1" "1b" "aab" "abba11" "b")
(t '(opt (set "b")) "" "1" "11b1b" "ba" "ba1" "bbabaa")
(t '(* (<- (between 1 3 (thru -1))) (<- (not "ab")) (number "ba")) "" "11a" "1b" "abaabb" "b" "bbaab")
(t '(<- (<- (group (any :d)))) "" "1" "1b" "a1b" "aa1b11" "b1abaa")
(t '(+ (+ (> (number (range "aa"))) (* (any true) (drop "ba"))) (<- (<- (> 2 (range "09")) :t)) (opt (group (drop "ab")))) "" "1a" "1bba" "ab1" "b" "baab")
(t '(<- (between 0 0 false)) "" "1111" "1bba1" "a1" "a1bbbb" "b1")
(t '(group (drop (+ "" (-> :t) (* (any :d) (position :p))))) "" "11b1" "a" "a1b1b1" "ab1ab1" "b1a")
(t '(unref (drop (set "a1"))) "" "1" "1b" "abbb1b" "b111" "b1aa1a")
(t '(unref (+ (* (set "b") "" (set "a1")) "b")) "" "11b1ba" "1b" "aa1aab" "ab" "bb")
(t '(* (set "b") :d "b") "" "1aaaa1" "1b1" "a11b" "aa1aaa" "b")
(t '(opt (not (sub (set "") (position :p)))) "" "1" "11" "1a" "ba1111" "bab111")
(t '(any (to (range "09"))) "" "1bbb" "a" "aab1" "baba1" "bb1b")
(t '(set "b") "" "1" "aa1b11" "aba1b1" "b1aa1b" "bb1")
(t '(thru (* "a" "a1")) "" "11aba" "11b" "1ba1ab" "a" "b1a")
(t '(not "ab") "" "1a" "1b1" "b" "bb" "bbbb")
(t '(> (to (between 2 1 -1))) "" "1a" "1aa" "1babab" "a" "aaba1b")
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[@[] "" ""]) (true @[@[] "1" "1"]) (true @[@[] "1" "1"]) (true @[@[] "" ""]) (true @[@[] "" ""]) (true @[@[] "" ""])]
#> @[(true @[]) (true @[]) (true @[]) (true @["" ""]) (true @[]) (true @[])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]]) (true @[@[]])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 41
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(drop (set "ab")) "" "1" "a1" "a111" "ab1" "bbba1a")
(t '-1 "" "a11" "ab" "abb1bb" "b1" "bbaa")
(t '(thru (-> :t)) "" "1" "11ba" "aabb" "b11" "b111")
(t '(range "01") "" "1" "aaa" "aab1" "ab" "bbb1")
(t '(<- (not (at-most 1 (set "b"))) :t) "" "1a1bbb" "a1ba" "aaa1a" "b1a1a" "ba")
(t '"a1" "" "1" "1a" "1abbaa" "ab11b" "b1b111")
(t '-2 "" "1abbab" "aa" "aab" "b1b" "bbaa")
(t '(any (set "b")) "" "111b1" "11b1b" "abaa" "b1ba1b" "ba")
(t '(range "01") "" "1" "1a" "a" "b1" "ba")
(t ':w+ "" "1aab" "a" "a1" "b" "bb")
(t '(* (* :d "1") (repeat 2 (range "ab")) (any :d)) "" "111a1" "1aa" "a" "a111" "b1aa")
(t '(til "ba" (> (* (<- (repeat 1 (backmatch :t))) (<- (any :d)) (number (> "1"))))) "" "1aaa" "1baaa1" "a1" "ab" "ababb1")
(t '(thru "a") "" "1abb" "1ba1aa" "a1a1b" "b" "bba")
(t '(to (range "01")) "" "1" "1b" "aabbba" "ab1aa" "b1")
(t '(to (between 0 0 (range "ab"))) "" "1a" "1bb" "aaa11b" "ab" "bbb1b")
(t '(number (range "01")) "" "1aa" "a11ba" "aa" "aa1b" "bb")
(t '(sub (<- (if-not (<- "aa" :t) (nth 0 :A)) :t) "1") "" "1" "11" "11bba1" "1bb11a" "a1")
(t '(to (some (opt ($)))) "" "11" "a1bbb" "abb" "baab" "bba")
(t '(> (split (backmatch :t) "ab")) "" "1aaa" "a1aaa" "ab1" "abb1ba" "bba1ab")
(t '(repeat 1 "b") "" "1bba" "ab111" "abb1b1" "b" "ba")
(t 'false "" "1aab" "a1bba" "aa1ba1" "abbaa" "b1aa")
(t '(* (<- (any (set ""))) (<- (split 0 (set ""))) (number (split (range "09") true))) "" "1bb1a" "aab" "ab" "b" "b1111")
(t '(drop (* (<- (repeat 2 (% "b"))) (<- (unref "")) (number (set "")))) "" "1aa1b" "1ba1a1" "1bba" "a1" "ab11bb")
(t '(* (not (+ (set "b") true false)) (unref (if "a" "ba"))) "" "11" "111aa" "a1b111" "aaa" "b1b1a")
(t '(* (repeat 2 (<- (set "ab") :t)) (between 2 1 (* (set "ab") true)) (* (* (set "ab") "ba" (range "aa")) (between 1 0 (range "01")))) "" "a" "a11a" "aa1bbb" "abbaa" "baaa")
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[1]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 42
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(between 1 1 (some (between 2 2 (at-most 1 (range "01"))))) "" "11a" "1a1b1b" "a" "a1b" "b11bb")
(t '(nth 0 (+ (opt (set "b")) (split 0 false) (at-least 1 (position :p)))) "" "1" "a" "abbaab" "bb" "bbab")
(t '(any "") "" "1a1ab" "a" "aaab" "ba" "ba1")
(t '(any (drop :A)) "" "1" "a" "aba" "abbaa" "b11baa")
(t '(> -2) "" "111" "1b1" "a1" "ab" "ab11")
(t '(> 2 "a1") "" "1" "1a1aa" "a111" "aaba" "ba111a")
(t '(at-most 0 "ba") "" "1" "11baa" "1bba1a" "a1bb1a" "b1b1b")
(t '(some (til (<- (unref :d*)) (group (set "")))) "" "11aab" "1abb" "abaa" "b1a" "b1b1a1")
(t '(not :A) "" "1a1b" "1b1b" "1bb1b" "ba1a1" "bb1a")
(t '(> (at-least 2 "1")) "" "1a" "a" "a1" "aaba" "babaaa")
(t '(% (range "aa")) "" "1" "a1ba11" "aa" "aaaaa" "b")
(t '(if "aa" "b") "" "1" "11bb1a" "1ab1" "1baaba" "a")
(t '"" "" "1a1aba" "1abbab" "1b1111" "1bab" "a1ab")
(t '(> (opt (range "ab"))) "" "1ab" "aab" "ab" "b" "bb11")
(t '"1" "" "111bab" "11a1b1" "1a1" "1b" "bba")
(t '(* (not (range "ab")) (number "b") (+ 1 :w+ "")) "" "11aba" "1bbab" "a1" "aba1b" "bbaa1")
(t '(between 2 1 -2) "" "11111" "a" "a1" "b" "bbbb")
(t '(+ :a "ab" (set "ab")) "" "1" "11b1b" "a" "a1b1a" "abb1b")
(t '(if-not (-> :t) :w+) "" "11" "111b1a" "ab" "b1b1b" "bb")
(t '"" "" "1a" "1bbb" "aba" "b" "bba")
(t '(unref (<- (sub (position :p) (range "09")) :t)) "" "a" "a11" "aa" "abb" "abbaa")
(t '(to (some (repeat 0 "ba"))) "" "11b1b" "11bb" "a1b11b" "aaba1b" "baab1")
(t '(> 1 false) "" "aa1" "abaa" "ba1ba" "bb" "bba")
(t '(some (* (+ (not "1") (to true)) (<- (at-most 1 (constant :k))))) "" "1" "1aba" "1b1aa" "1bb1b" "1bbb1")
(t '(between 1 0 (* (any (thru 1)) (to (* (range "01") "a")))) "" "1b1" "1bb1a" "a11a" "a11b" "a1bba")
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true @[""]) (true @[""]) (true @[""]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 43
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '"" "" "1" "ab111b" "b1a1b" "ba" "bbbba")
(t '(> 2 (% (til (at-most 0 "aa") (% "a")))) "" "11bb" "1abb" "1b" "aa1ab" "aaa1a1")
(t '"b" "" "1" "1baa" "aa" "aabab1" "b")
(t '(% (+ (set "b") (not "a"))) "" "11aba" "1bbb" "a1" "b1b" "bba")
(t '(+ (* :w+ "b") "" (number 2)) "" "1aaab" "a" "a11a" "ab1ab" "b1ba1")
(t '(at-least 0 :d) "" "1aa" "1aba" "a1ba1a" "a1baaa" "bab1")
(t '(nth 0 (* (<- (set "b")) (<- (* "" (if-not (set "") :a))) (number (* (<- (at-most 1 "aa")) (<- "") (number (group (range "09"))))))) "" "a1bb" "aba" "b1b" "ba11b" "bab")
(t '"ba" "" "1bab" "aab1b" "aaba" "b1b1" "bbabb")
(t '(repeat 1 :d) "" "1aa11" "1ab1" "1b" "a" "aa1")
(t '(thru (repeat 2 (drop 1))) "" "11b1" "a" "b" "b1aab1" "bbbbb1")
(t '(-> :t) "" "1" "a" "b" "bb11aa" "bba")
(t '(* (-> :t) :A) "" "11" "111aa" "aa111" "ab1bbb" "bb1b")
(t '(sub (drop (> "1")) (til (any :w+) (to ""))) "" "1a1a1" "1bba" "a" "aa11b" "aaa")
(t '"b" "" "1aa" "1b" "aaabbb" "aab11b" "b1")
(t '(<- (number (backmatch :t))) "" "11b" "1aabba" "1ab" "b1b1a" "ba1baa")
(t '(not (at-most 0 (til (number false) (drop (set "ab"))))) "" "1" "1bbba1" "a111" "baa" "bbaaa")
(t '(<- (> (opt (til (range "01") (range "aa")))) :t) "" "1ab" "1b1" "a" "b1" "bb1")
(t '(% (set "a1")) "" "1a11bb" "1b1" "1b11" "aab11" "babbb")
(t '(* (> (* (number :d) (at-most 0 "") (set "b"))) (thru (to "ba"))) "" "11" "11ab1" "a" "b11bb1" "bab1")
(t '(some (* (<- (+ (any "ba") (at-most 2 "") (thru (range "09")))) (<- (to (<- (set "ab")))) (number (range "aa")))) "" "11a1a" "1a11a" "1b1aa" "aa" "aaa")
(t '(between 1 3 (sub (group (nth 1 -1)) (any :d))) "" "11bbb1" "aaa" "aaba" "abbabb" "ba1a")
(t '(between 0 0 (at-most 1 "ab")) "" "1abaa" "a" "a11" "abaaab" "b1aa1a")
(t '(set "b") "" "1" "1a" "a111aa" "a11b1" "ab1a1b")
(t '(some (number (at-most 0 (range "09")))) "" "1b" "a1" "a1b" "b1" "bbaa1")
(t '(% (if (backmatch :t) (some false))) "" "1b" "a1" "ab11" "ab1bb" "bbb1")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true nil) (true @[""]) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @["b"]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]

#### random grammars, batch 44
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(+ (* :A (drop (range "09")) (+ :a (backmatch :t))) "a1" (at-most 0 (number ($)))) "" "11aba1" "1a1ba" "1ab" "b1a" "bbba")
(t '2 "" "11baab" "a1" "a1b1ba" "aaa1a" "b1a11b")
(t '(at-least 2 (% "aa")) "" "1" "1bba1" "b1" "b1a" "ba")
(t '(<- (-> :t) :t) "" "11a1" "11ba" "a11a1b" "abaa1" "bab1b1")
(t '(drop "1") "" "1" "1bab" "a" "baa1ab" "bb")
(t '(if-not (range "09") :A) "" "11" "1a11" "b" "ba1aaa" "bb")
(t '"1" "" "1b1bba" "1ba" "a11a1" "a1aaab" "ab1a1a")
(t '(range "01") "" "1a1ba" "a" "aaa" "abb11" "b")
(t '(position :p) "" "1" "1111ab" "ab1a1b" "b" "b1a")
(t '(-> :t) "" "111" "1aa" "ab" "b" "b1")
(t '(some (some (set "b"))) "" "1" "1bbab1" "a" "b" "b11111")
(t '(> 2 (% (at-least 1 (range "09")))) "" "11ab" "a" "abb1" "b" "bb1b1a")
(t '(range "01") "" "1" "1a" "a1aaa" "ab" "ba1")
(t '(sub (til (number true) (some "a")) (% (group -2))) "" "1a1" "1b1b1" "1ba" "aab" "ab1aba")
(t '(group "a") "" "1aa1b" "1b1" "1b1a" "ab11bb" "abaaa")
(t '"" "" "1" "1aaa1a" "1ab1b" "bb11" "bba")
(t '(unref (between 1 0 (> -2 "ba"))) "" "a11aa" "a1aba" "ab" "b11" "b1aa")
(t '"b" "" "1a" "ab" "abaab" "ba" "bba1a")
(t '(<- (position :p)) "" "1abbab" "a1ab1b" "b1a1" "ba11b1" "bba")
(t '(between 1 3 "") "" "1" "1bb" "a1b111" "b" "ba1baa")
(t '(between 2 3 (if (% (position :p)) (set ""))) "" "1aa" "a" "a1" "a1b" "aaba")
(t '-2 "" "11" "1aa" "1baab" "1bb1a" "b1")
(t '(thru (+ (set "a1") :d "aa")) "" "1" "1a" "1baa1a" "1bb1" "b1")
(t '(split (set "b") (til "ab" ($))) "" "11a" "1ab1aa" "ab1a1" "ba" "bba")
(t '(drop (at-least 0 (any (not (range "01"))))) "" "1aa1b" "1abb" "a" "aaa" "b1b")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[""])]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[@[]]) (true @[@[]])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""]) (true @[0 ""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 45
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(+ "a1" (any :d)) "" "1a" "1a1" "1b11a" "a1" "a11aba")
(t '(any "") "" "1" "11" "11a111" "aba1" "b111a")
(t '(backmatch :t) "" "1babb" "1bb1" "a11b" "b111ab" "baba1")
(t '(opt (* "a" (range "09") (range "ab"))) "" "11aa" "11bb11" "ab1a" "b" "bbaaa")
(t '(at-least 0 (til (drop (any (range "09"))) (between 1 3 (nth 1 true)))) "" "a" "aab" "ab1a" "b111a" "bb1b1")
(t '"ba" "" "a" "a1ba" "aa1" "b1a" "bb")
(t '(drop (+ (thru (set "ab")) (set "a1"))) "" "1" "1bbbbb" "aaaaa" "b1baa" "ba")
(t '(> (set "a1")) "" "11b" "a" "a11" "baa1b" "bb")
(t '(drop "a1") "" "1" "11111b" "1aa" "1ba" "b")
(t '(repeat 0 (> -2 (range "01"))) "" "1bb" "aa11a" "ab11b1" "aba" "bb")
(t '(unref "a") "" "111b11" "a" "aaab1" "b" "ba")
(t '(some 1) "" "11" "11abbb" "1a1bb1" "aabaab" "ba1a")
(t '(if-not (if (any (number "a")) (number "aa")) (> (constant :k))) "" "1b1ba" "aab11" "abbab" "babb1" "bb1a")
(t '(* "a" "b" (-> :t)) "" "1" "11b" "1b1a" "aabb" "b")
(t '(<- "a1") "" "1b1a" "a" "a11b" "a1b" "abab1")
(t '(nth 1 (set "ab")) "" "1a" "1ab1b" "aa1" "bab1ab" "bba11b")
(t '(between 2 3 (backmatch :t)) "" "1a" "1b111b" "a1bb" "b1" "baaaa")
(t '(% "b") "" "1" "1bbbba" "aab" "abaa1" "b")
(t '(at-most 2 (between 2 1 "aa")) "" "1" "a" "a1" "aa1" "aabbb")
(t '(at-most 2 false) "" "1" "1b" "a1" "aa1" "abb1ba")
(t '(* (range "aa") "aa") "" "11bba" "1ab1aa" "a11b11" "ba1" "bbaa")
(t '(position :p) "" "11a" "1aaa1b" "aa1a" "b" "b1a1b1")
(t '"" "" "1a" "1a1a" "1ab" "a1" "a1b")
(t '(if-not (* (opt (range "aa")) "ba") (at-most 2 (repeat 0 false))) "" "1aa1b" "1bbabb" "a1ab" "bb" "bb1bb1")
(t '(set "b") "" "11aab" "1b" "1b1" "a1aa1" "baa")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true @["a1"]) (true @["a1"]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[""])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]

#### random grammars, batch 46
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(any (repeat 0 :a)) "" "1a" "1aa" "a" "ab" "bbbaab")
(t ':d* "" "1aa11" "1b" "a1b" "aab1" "bb1ab")
(t '(<- (thru (to ($)))) "" "1aaa1" "1b" "ab" "b" "bb1")
(t '(% "") "" "1" "b11" "ba1bb" "baab" "bbaa")
(t '(if (range "01") (-> :t)) "" "111" "1111" "a" "b11a" "baab")
(t '(number (<- (range "aa"))) "" "11bb1" "a11b" "ab" "b11a" "bb1")
(t '(> (* (backmatch :t) "ab")) "" "1" "a" "aa" "b" "b1aaa")
(t '(* (some (+ 0 :A "a")) (* (at-least 0 (set "a1")) (if-not "b" "") (split (set "") (set "ab")))) "" "1" "111" "b" "ba" "bb1")
(t '(% (sub "a" (between 2 3 (any :d*)))) "" "a1ab" "b" "b111" "baa1a" "bbba")
(t '(any (some (range "01"))) "" "1bbba" "aabb" "ab1ab" "ba11" "bba1b1")
(t '(<- -2) "" "1ab" "a" "a1bb1a" "abbb1a" "ba")
(t '(number (at-most 0 (* (thru (set "")) (group 0) (not (constant :k))))) "" "1a1aab" "a" "b" "b1bba" "baa1b")
(t '(set "b") "" "1ab11" "1b" "aaa" "b" "bb1ba")
(t '-1 "" "1ba" "aaa1ba" "b1b" "b1bba" "bb1bbb")
(t '"b" "" "1" "1aaaaa" "aa1aba" "ba11" "bb11bb")
(t '(position :p) "" "11a" "1a111" "1ab" "aab" "b1a1")
(t '(> -2) "" "11b" "a1aaa" "a1b" "b" "ba")
(t '(* (not (* (between 2 2 (set "b")) (repeat 0 :w+))) (unref (repeat 2 ""))) "" "1b1bb" "1ba1" "a11b" "ab" "b1ba")
(t '(at-least 1 "a1") "" "111bb" "1aa1" "a11ab1" "ab" "b1")
(t '(at-most 2 "a1") "" "a1ba1" "ab111b" "b1" "baab" "bb")
(t '(at-most 0 :a) "" "1" "11b" "1bbb1" "b1" "b1a1ab")
(t '(sub (+ -2 ($)) "1") "" "b" "b1" "b11bb1" "ba" "baab")
(t '(opt (sub (set "") (unref ""))) "" "11a" "aa" "b" "b1bb1" "ba1aa1")
(t '2 "" "1aa" "a" "aa" "abbbbb" "b1bba1")
(t '(constant :k) "" "1a" "1b" "a1" "a1b" "baaa")
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""]) (true @[""])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[""]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[""]) (true nil) (true @[""]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true @[]) (true nil) (true nil) (true nil) (true @[]) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]

#### random grammars, batch 47
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(group "ba") "" "11a1b" "1aa1a" "baa" "babba" "bbb1ab")
(t 'true "" "1" "1abaa1" "a1ba1" "b" "ba")
(t ':A "" "1aa" "1bbb" "1bbbb1" "a1bbbb" "aaa1bb")
(t '(any (* (<- (range "09")) (<- (range "01")) (number (range "01")))) "" "11" "aaaba" "aab1ab" "ab11b1" "b1ba11")
(t '(set "b") "" "11" "abb111" "abbaa" "ba" "bbab")
(t '(at-most 0 (some (unref false))) "" "a11" "aa" "aaa" "b" "baaba")
(t '(<- "a" :t) "" "1aba11" "1bb" "1bbabb" "a1ba" "abb")
(t '(at-most 0 "ba") "" "a" "a1" "baa" "bb" "bb1aaa")
(t '(% (> -1 (opt (-> :t)))) "" "11" "111b" "1b" "abb1b" "b")
(t '(> 2 "") "" "1bbabb" "b" "bb" "bbaab" "bbbb1")
(t '(* (<- (set "")) (<- (position :p)) (number (-> :t))) "" "1" "11b" "a1a" "ab" "ba1")
(t '(<- (set "a1") :t) "" "1aa" "a" "ab1aa" "ab1b" "b")
(t '(<- (-> :t)) "" "1111b" "1a" "a11" "aaa1" "b1bba")
(t '(* (set "b") (+ (drop (unref "ab")) (<- (% (range "aa"))) (+ (> :d*) (if-not :A (range "09")) (til (position :p) ""))) (> 1 (thru (sub (set "ab") "1")))) "" "11" "1a" "a11bb" "ba" "ba1")
(t '(thru (position :p)) "" "1" "11a1a1" "1aba" "b1a111" "b1bbb")
(t ':A "" "111" "a" "a1b" "ab1ab" "b1a")
(t '(nth 0 (constant :k)) "" "1a" "a" "aa1bbb" "b1ab" "bb")
(t '"a1" "" "11" "aba" "b" "b1a1aa" "bbaa")
(t '(position :p) "" "aaab1" "b11bb" "bb" "bb1a1" "bbaa")
(t '(if "" (repeat 1 "a1")) "" "11111b" "1b1a" "a" "aba" "b1b")
(t '(drop ($)) "" "1a" "abaabb" "b" "bba1" "bbaaa1")
(t '"ba" "" "1" "1b1" "a1bbb" "abb1b1" "bab1")
(t '(if-not (position :p) "ab") "" "1baa" "a1" "a1a1aa" "aaaab" "baab")
(t '(unref (constant :k)) "" "1" "aabb" "aabbb" "ab" "bbbb")
(t '(thru (at-least 0 "")) "" "1" "a" "aabba1" "ba1b" "bbab1")
#> @[(true nil) (true nil) (true nil) (true @[@[]]) (true @[@[]]) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true @["a"]) (true @["a"])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @["1"]) (true @["a"]) (true @["a"]) (true @["a"]) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]

#### random grammars, batch 48
(defn t [p & ins] (printf "%q" (map |(protect (peg/match p $)) ins)))
(t '(to (> -2 (unref (not (set "b"))))) "" "1" "1bbb1" "aaba1b" "abb1a" "bbaaaa")
(t '(nth 1 "b") "" "1bb1a" "a" "b" "ba1b" "bab1ba")
(t '(unref (opt (<- "a1"))) "" "1" "1a" "b" "bb1" "bbaab")
(t '(+ (number (* (<- (range "01")) (<- (position :p)) (number (set "ab")))) (opt (constant :k)) (between 2 1 (group (any :d)))) "" "1ab1ab" "1b1aa" "aa1b" "aaa" "b111bb")
(t '(nth 0 (some (> (set "a1")))) "" "a" "aa11" "b" "b11baa" "baab")
(t ':w+ "" "1" "1a1" "1baaab" "1bbaa1" "a1b")
(t '(if-not (range "ab") 0) "" "1bbabb" "abbba" "b" "baabb1" "bab")
(t '(between 0 2 (> -2 (unref (> -1 (range "aa"))))) "" "1aa1" "1bbbba" "a" "a1b" "baa1")
(t '(unref (range "ab")) "" "1aaa" "aa1" "b" "ba1b" "bbab11")
(t '(drop (range "aa")) "" "111b" "a" "aa11" "b" "b1aabb")
(t '(* :a (range "01")) "" "a1baa" "b1aa" "ba" "ba1" "ba1aba")
(t '1 "" "11b" "b1a1ba" "b1aaa1" "bab11" "bab111")
(t '(* (* (* "a1" "b") (> "1")) "1") "" "11b1" "1aa" "1b111b" "aa1" "ba1b1b")
(t '(at-most 2 (to "1")) "" "1" "11abba" "1b11a1" "abba" "bbab")
(t '(position :p) "" "111" "1ab" "1baabb" "ba1" "bb1a")
(t '(% "aa") "" "1a1" "1b1ba" "a11ba" "b1ab" "b1ba1")
(t '(* (til "ba" :d) (> (range "ab")) (at-least 2 true)) "" "11" "1a" "1bab1a" "aa" "ab11a")
(t '(repeat 0 "a1") "" "111" "a1b" "ab" "bab" "bbbb")
(t '"" "" "1b" "a" "a1" "a1b" "b11")
(t '(range "01") "" "1a" "a1a1" "a1bab" "ab111b" "b")
(t '(* (some "a") (% (between 0 0 "aa"))) "" "1" "1a" "1baa" "aa1a" "bb1bb1")
(t '(> "1") "" "11b1a1" "a11a1" "abbab" "ba1baa" "bbbb1")
(t '(repeat 0 (> 2 (to "1"))) "" "1111a1" "ab1" "abba" "b1abaa" "babbbb")
(t '(<- (group (nth 1 (some "ab")))) "" "11ba" "1baba1" "1bbb" "aabb" "abbb")
(t '(not (set "ab")) "" "1aa1" "aa111" "aaab" "ab" "b")
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k]) (true @[:k])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true @[]) (true @[]) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true nil) (true nil) (true nil)]
#> @[(true nil) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0]) (true @[0])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true nil) (true nil) (true nil) (true nil) (true @[""]) (true nil)]
#> @[(true nil) (true @[]) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true @[]) (true @[]) (true @[]) (true @[])]
#> @[(true nil) (true nil) (true nil) (true nil) (true nil) (true nil)]
#> @[(true @[]) (true @[]) (true nil) (true nil) (true nil) (true nil)]
