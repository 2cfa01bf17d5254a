# peg: grammars as structs and tables, rule references, the default grammar

#### structs and tables with :main, recursion
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(def g '{:main (+ (* "a" :main "b") "c")})
(def ip '{:d (range "09")
          :0-4 (range "04")
          :0-5 (range "05")
          :byte (+ (* "25" :0-5) (* "2" :0-4 :d) (* "1" :d :d) (between 1 2 :d))
          :main (* :byte "." :byte "." :byte "." :byte)})
(t (peg/match g "c")
   (peg/match g "aacbb")
   (peg/match g "aadbb")
   (peg/match g "aacb")
   (peg/match ip "10.240.250.250")
   (peg/match ip "256.2.3.4")
   (peg/match @{:main '(* :x :x) :x '(<- 1)} "ab")
   (peg/match {:main :x :x :y :y "z"} "z")
   (peg/match '{:item "abc" :main (* :item "," :item -1)} "abc,abc")
   (peg/match '{:main (* :a :b) :a '"a" :b '"b" "ignored" 1} "ab")
   (peg/match {:main '(* :a :b) :a '(<- 1) :b :a} "xy"))
#> (true @[])
#> (true @[])
#> (true nil)
#> (true nil)
#> (true @[])
#> (true nil)
#> (true @["a" "b"])
#> (true @[])
#> (true @[])
#> (true @["a" "b"])
#> (true @["x" "y"])

#### nested grammars scope their rules
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(def redef-a ~{:a "abc" :c (+ :a) :main (* :c {:a "def" :main (+ :a)} -1)})
(def redef-b ~{:pork {:pork "beef" :main (+ -1 (* 1 :pork))} :main :pork})
(t (peg/match redef-a "abcdef")
   (peg/match redef-a "abcabc")
   (peg/match redef-a "defdef")
   (peg/match redef-b "abeef")
   (peg/match redef-b "aabeef")
   (peg/match '{:x "outer" :main {:main (* :x :y) :y "!"}} "outer!")
   (peg/match '{:main (* :in :x) :x "1" :in {:x "2" :main :x}} "21")
   (peg/match '{:main {:main {:main :z}} :z '"z"} "z")
   (peg/match '{:d "x" :main :d+} "xxx")
   (peg/match '{:d "x" :main (<- :w+)} "ab1x"))
#> (true @[])
#> (true nil)
#> (true nil)
#> (true @[])
#> (true nil)
#> (true @[])
#> (true @[])
#> (true @["z"])
#> (true @[])
#> (true @["ab1x"])

#### the default grammar's patterns
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(def sample "Ab 09 fF_\t\n\0xyz")
(each k [:d :a :w :s :h :D :A :W :S :H]
  (printf "%q %q" k (peg/find-all k sample)))
(each k [:d+ :a+ :w+ :s+ :h+ :D+ :A+ :W+ :S+ :H+ :d* :a* :w* :s* :h* :D* :A* :W* :S* :H*]
  (printf "%q %q" k (peg/match ~(<- ,k) sample 3)))
(t (peg/match :d "5")
   (peg/match :d "x")
   (peg/match '(<- :s+) " \t\r\n\0\f\v.")
   (get default-peg-grammar :d)
   (get default-peg-grammar :W+)
   (get default-peg-grammar :S*)
   (length default-peg-grammar)
   (= default-peg-grammar (dyn :peg-grammar)))
#> :d @[3 4]
#> :a @[0 1 6 7 12 13 14]
#> :w @[0 1 3 4 6 7 12 13 14]
#> :s @[2 5 9 10 11]
#> :h @[0 1 3 4 6 7]
#> :D @[0 1 2 5 6 7 8 9 10 11 12 13 14]
#> :A @[2 3 4 5 8 9 10 11]
#> :W @[2 5 8 9 10 11]
#> :S @[0 1 3 4 6 7 8 12 13 14]
#> :H @[2 5 8 9 10 11 12 13 14]
#> :d+ @["09"]
#> :a+ nil
#> :w+ @["09"]
#> :s+ nil
#> :h+ @["09"]
#> :D+ nil
#> :A+ @["09 "]
#> :W+ nil
#> :S+ @["09"]
#> :H+ nil
#> :d* @["09"]
#> :a* @[""]
#> :w* @["09"]
#> :s* @[""]
#> :h* @["09"]
#> :D* @[""]
#> :A* @["09 "]
#> :W* @[""]
#> :S* @["09"]
#> :H* @[""]
#> (true @[])
#> (true nil)
#> (true @[" \t\r\n\0\f\v"])
#> (true (range "09"))
#> (true (some :W))
#> (true (any :S))
#> (true 30)
#> (true true)

#### rebinding :peg-grammar
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (with-dyns [:peg-grammar (merge default-peg-grammar {:vowel '(set "aeiou")})]
     (peg/match '(<- (some :vowel)) "aeb"))
   (with-dyns [:peg-grammar @{:x "x"}] (peg/match :x "x"))
   (with-dyns [:peg-grammar @{:x "x"}] (peg/match :d "1"))
   (with-dyns [:peg-grammar nil] (peg/match :d "1"))
   (with-dyns [:peg-grammar {:d "1"}] (peg/match :d "1"))
   (with-dyns [:peg-grammar (table/setproto @{} @{:y "y"})] (peg/match :y "y"))
   (with-dyns [:peg-grammar @{:d "z"}] (peg/match :d+ "zz"))
   (with-dyns [:peg-grammar @{:d+ '(some :d)}] (peg/match '{:d "q" :main (<- :d+)} "qqr"))
   (let [p (with-dyns [:peg-grammar @{:x "x"}] (peg/compile :x))] (peg/match p "x")))
#> (true @["ae"])
#> (true @[])
#> (false "grammar error in :d, unknown rule")
#> (true @[])
#> (false "grammar error in :d, unknown rule")
#> (true @[])
#> (false "grammar error in :d+, unknown rule")
#> (true @["qq"])
#> (true @[])

#### a csv parser
(def csv
  '{:field (+ (* `"` (% (any (+ (<- (if-not `"` 1)) (* (constant `"`) `""`)))) `"`)
              (<- (any (if-not (set ",\n") 1))))
    :main (* :field (any (* "," :field)) (+ "\n" -1))})
(each line ["1,2,3" "1,\"2\",3" `1,"1""",3` "" "a,,b\n" `"unterminated`]
  (printf "%q" (peg/match csv line)))
#> @["1" "2" "3"]
#> @["1" "2" "3"]
#> @["1" "1\"" "3"]
#> @[""]
#> @["a" "" "b"]
#> @["\"unterminated"]

#### a small lisp reader with positions
(def lisp
  (peg/compile
    ~{:ws (set " \t\n")
      :atom (/ (* ($) '(some (if-not (+ :ws (set "()")) 1))) ,(fn [p s] [:atom p s]))
      :list (/ (* ($) "(" (any :ws) (any (* :form (any :ws))) ")") ,(fn [p & xs] [:list p ;xs]))
      :form (+ :list :atom)
      :main (* (any :ws) (any (* :form (any :ws))) -1)}))
(printf "%q" (peg/match lisp "(define (sq x) (* x x))\n (sq 12)"))
(printf "%q" (peg/match lisp "(unbalanced"))
#> @[(:list 0 (:atom 1 "define") (:list 8 (:atom 9 "sq") (:atom 12 "x")) (:list 15 (:atom 16 "*") (:atom 18 "x") (:atom 20 "x"))) (:list 25 (:atom 26 "sq") (:atom 29 "12"))]
#> nil

#### brainfuck compiled through a grammar
(def bf-peg
  (peg/compile
    ~{:+ (/ '(some "+") ,(fn [x] ~(+= (DATA POS) ,(length x))))
      :- (/ '(some "-") ,(fn [x] ~(-= (DATA POS) ,(length x))))
      :> (/ '(some ">") ,(fn [x] ~(+= POS ,(length x))))
      :< (/ '(some "<") ,(fn [x] ~(-= POS ,(length x))))
      :. (* "." (constant (prinf "%c" (get DATA POS))))
      :loop (/ (* "[" :main "]") ,(fn [& captures] ~(while (not= (get DATA POS) 0) ,;captures)))
      :main (any (+ :s :loop :+ :- :> :< :.))}))
(defn bf [text]
  (eval ~(let [DATA (array/new-filled 100 0)] (var POS 50) ,;(peg/match bf-peg text))))
(bf (string "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]"
            ">>.>---.+++++++..+++.>>.<-.<.+++.------.--------"
            ".>>+.>++."))
#> Hello World!

#### deeply nested and heavily shared rules
(var g "a")
(repeat 1000 (set g ~(some ,g)))
(printf "%q" (peg/match g "aaa"))
(var g2 '(<- "a"))
(repeat 1000 (set g2 ~(group ,g2)))
(printf "%q" (length (peg/match g2 "aaa")))
(var g3 "a")
(repeat 1022 (set g3 ~(? ,g3)))
(printf "%q" (protect (peg/match g3 "aaa")))
(var g4 "a")
(repeat 300 (set g4 ~(+ (* "b" ,g4) (* "c" ,g4) ,g4)))
(printf "%q" (protect (peg/match g4 "bca")))
#> @[]
#> 1
#> (true @[])
#> (true @[])
