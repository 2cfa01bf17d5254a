# More prelude macro behaviour: loop combinations, seq/generate, label/prompt, match, case, cond, threading, updates.

#### (pp (seq [i :range [0 3] :after (prin "a")] i))
(pp (seq [i :range [0 3] :after (prin "a")] i))
#> aaa@[0 1 2]

#### (loop [i :range [0 2] :before (prin "b") j :range [0 2]] (prin i j))
(loop [i :range [0 2] :before (prin "b") j :range [0 2]] (prin i j))
(print)
#> b0001b1011

#### (loop [i :range [0 3] :let [j (* 2 i)] :when (> j 1)] (prin j))
(loop [i :range [0 3] :let [j (* 2 i)] :when (> j 1)] (prin j))
(print)
#> 24

#### (loop [i :in [1 2 3] :unless (= i 2) :repeat 2] (prin i))
(loop [i :in [1 2 3] :unless (= i 2) :repeat 2] (prin i))
(print)
#> 1133

#### (loop [i :range [0 5] :until (> i 2) :after (prin "|")] (prin i))
(loop [i :range [0 5] :until (> i 2) :after (prin "|")] (prin i))
(print)
#> 0|1|2|

#### (loop [[i x] :pairs @[:a :b]] (prin i x))
(loop [[i x] :pairs @[:a :b]] (prin i x))
(print)
#> 0a1b

#### (loop [i :range [5 0]] (prin i))
(loop [i :range [5 0]] (prin i))
(print "empty")
#> empty

#### (loop [i :down [0 5]] (prin i))
(loop [i :down [0 5]] (prin i))
(print "empty")
#> empty

#### (loop [i :range [0 3 0.5]] (prin i ","))
(loop [i :range [0 3 0.5]] (prin i ","))
(print)
#> 0,0.5,1,1.5,2,2.5,

#### (loop [i :range [0 3 -1]] (prin i))
(loop [i :range [0 3 -1]] (prin i))
(print "none")
#> none

#### (loop [i :range-to [0 6 2]] (prin i))
(loop [i :range-to [0 6 2]] (prin i))
(print)
#> 0246

#### (loop [i :down-to [6 0 3]] (prin i))
(loop [i :down-to [6 0 3]] (prin i))
(print)
#> 630

#### (loop [x :in (fiber/new (fn [] (yield :a) :b))] (prin x))
(loop [x :in (fiber/new (fn [] (yield :a) :b))] (prin x))
(print)
#> a

#### (loop [k :keys "ab"] (prin k))
(loop [k :keys "ab"] (prin k))
(print)
#> 01

#### (loop [x :iterate nil] (print "never"))
(loop [x :iterate nil] (print "never"))
(print "done")
#> done

#### (def t @{:a 1})
(def t @{:a 1})
(loop [[k v] :pairs t] (print k v))
#> a1

#### (loop [_ :range [0 2]] (prin "x"))
(loop [_ :range [0 2]] (prin "x"))
(print)
#> xx

#### (pp (seq [x :in [1 2 3] :while (< x 3)] x))
(pp (seq [x :in [1 2 3] :while (< x 3)] x))
#> @[1 2]

#### (pp (catseq [x :range [0 3] :when (odd? x)] [x x]))
(pp (catseq [x :range [0 3] :when (odd? x)] [x x]))
#> @[1 1]

#### (pp (tabseq [x :in [:a :b]] x (string x)))
(pp (tabseq [x :in [:a :b]] x (string x)))
#> @{:a "a" :b "b"}

#### (pp (generate [x :in [1 2]] x))
(pp (generate [x :in [1 2]] x))
#> <fiber 0x55D0DDCE98F0>

#### (pp (seq [x :in (generate [y :range [0 3]] y)] (* x 10)))
(pp (seq [x :in (generate [y :range [0 3]] y)] (* x 10)))
#> @[0 10 20]

#### (var s 0)
(var s 0)
(for i 0 10 (+= s i))
(print s)
#> 45

#### (for i 10 0 (print "never"))
(for i 10 0 (print "never"))
(print "ok")
#> ok

#### (pp (do (var r @[]) (forv i 0 3 (array/push r i)) r))
(pp (do (var r @[]) (forv i 0 3 (array/push r i)) r))
#> @[0 1 2]

#### (each x @{:only :one} (print x))
(each x @{:only :one} (print x))
#> one

#### (each x "" (print x))
(each x "" (print x))
(print "empty string")
#> empty string

#### (eachp [i c] "ab" (prin i c))
(eachp [i c] "ab" (prin i c))
(print)
#> 097198

#### (eachk k {:a 1} (print k))
(eachk k {:a 1} (print k))
#> a

#### (repeat 2 (repeat 2 (prin "x")) (prin "|"))
(repeat 2 (repeat 2 (prin "x")) (prin "|"))
(print)
#> xx|xx|

#### (def g (generate [i :range [0 2]] i))
(def g (generate [i :range [0 2]] i))
(resume g) (resume g)
(pp (fiber/status g))
(pp (resume g))
(pp (fiber/status g))
#> :pending
#> nil
#> :dead

#### (pp (label result (each x [1 2 3] (when (= x 2) (return result (* x 10
(pp (label result (each x [1 2 3] (when (= x 2) (return result (* x 100)))) :none))
#> 200

#### (pp (prompt :a (prompt :b (return :a 1)) 2))
(pp (prompt :a (prompt :b (return :a 1)) 2))
#> 1

#### (defn f [] (return :outer 9))
(defn f [] (return :outer 9))
(pp (prompt :outer (f) :none))
#> 9

#### (pp (match [1 2 3] [1 & rest] rest))
(pp (match [1 2 3] [1 & rest] rest))
#> (2 3)

#### (pp (match {:a [1 2]} {:a [x y]} (+ x y)))
(pp (match {:a [1 2]} {:a [x y]} (+ x y)))
#> 3

#### (pp (match [:k {:v 1}] [:k {:v v}] v))
(pp (match [:k {:v 1}] [:k {:v v}] v))
#> 1

#### (pp (match "str" (s (string? s)) :string))
(pp (match "str" (s (string? s)) :string))
#> :string

#### (pp (match 5 (n (> n 10)) :big (n (> n 1)) :medium :small))
(pp (match 5 (n (> n 10)) :big (n (> n 1)) :medium :small))
#> :medium

#### (def v 3)
(def v 3)
(pp (match [3 4] [(@ v) b] b))
#> 4

#### (pp (match @{:a 1 :b 2} {:a 1} :has-a))
(pp (match @{:a 1 :b 2} {:a 1} :has-a))
#> :has-a

#### (pp (match [1 [2]] [_ [_]] :shape))
(pp (match [1 [2]] [_ [_]] :shape))
#> :shape

#### (pp (match nil nil :is-nil))
(pp (match nil nil :is-nil))
#> :is-nil

#### (pp (match [] [& r] r))
(pp (match [] [& r] r))
#> ()

#### (pp (match :x :y 1 :x 2))
(pp (match :x :y 1 :x 2))
#> 2

#### (pp (match 1))
(pp (match 1))
#> nil

#### (pp (match [1 2] [a b] (+ a b) [a] a))
(pp (match [1 2] [a b] (+ a b) [a] a))
#> 3

#### (pp (match [1] [a b] (+ a b) [a] a))
(pp (match [1] [a b] (+ a b) [a] a))
#> 1

#### (pp (match '(1 2) (1 2) :sym-form))
(pp (match '(1 2) (1 2) :sym-form))
#> nil

#### (pp (match (tuple 'x 1) ['x n] n))
(pp (match (tuple 'x 1) ['x n] n))
#> 1

#### (pp (match {:t :a :v 1} {:t :b} :b {:t :a :v v} v))
(pp (match {:t :a :v 1} {:t :b} :b {:t :a :v v} v))
#> 1

#### (pp (match [1 2 3] [a b c d] :four [a b c] :three))
(pp (match [1 2 3] [a b c d] :four [a b c] :three))
#> :three

#### (pp (case 2 1 :a 2 :b))
(pp (case 2 1 :a 2 :b))
#> :b

#### (pp (case 'x 'x :symbol :no))
(pp (case 'x 'x :symbol :no))
#> :symbol

#### (pp (case nil nil :nil-case :default))
(pp (case nil nil :nil-case :default))
#> :nil-case

#### (pp (case 1))
(pp (case 1))
#> nil

#### (pp (case 1 :only-default))
(pp (case 1 :only-default))
#> :only-default

#### (pp (cond :only-default))
(pp (cond :only-default))
#> :only-default

#### (pp (cond false 1 nil 2))
(pp (cond false 1 nil 2))
#> nil

#### (pp (if-let [a 1 b (+ a 1)] [a b] :no))
(pp (if-let [a 1 b (+ a 1)] [a b] :no))
#> (1 2)

#### (pp (when-let [[a] nil] a))
(pp (when-let [[a] nil] a))
#> nil

#### (pp (if-let [{:a a} {:a false}] :t :f))
(pp (if-let [{:a a} {:a false}] :t :f))
#> :t

#### (pp (-> 1 (string "a") keyword))
(pp (-> 1 (string "a") keyword))
#> :1a

#### (pp (->> 1 (string "a") keyword))
(pp (->> 1 (string "a") keyword))
#> :a1

#### (pp (-?> 1 inc (and nil) inc))
(pp (-?> 1 inc (and nil) inc))
#> nil

#### (pp (-?>> 1 (+ 1) (get {}) inc))
(pp (-?>> 1 (+ 1) (get {}) inc))
#> nil

#### (pp (as-> [1 2] x (map inc x) (sum x)))
(pp (as-> [1 2] x (map inc x) (sum x)))
#> 5

#### (pp (as?-> nil x (inc x)))
(pp (as?-> nil x (inc x)))
#> nil

#### (pp (-> [1 2 3] (get 1) (* 10)))
(pp (-> [1 2 3] (get 1) (* 10)))
#> 20

#### (var x 10)
(var x 10)
(-= x)
(pp x)
#> -10

#### (var x 10) again
(var x 10)
(*= x 2 3)
(pp x)
#> 60

#### (def a @[1 2])
(def a @[1 2])
(+= (a 0) 10)
(pp a)
#> @[11 2]
