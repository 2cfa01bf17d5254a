# Damaged programs (made by tests/tools/malformed.py): each must be reported
# exactly as the reference reports it.

#### top level error after definitions exits immediately: a '(' doubled
((error "stop")
(print "not reached")
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### set function parameter: a '[' dropped
(defn f x] (set x (* x 2)) x)
(print (f 21))
#! test.janet:1:10: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### -?>> stops at nil: '#' inserted
(pp (#-?>> [1 2 3] (map inc) first))
(pp (-?>> nil (map inc)))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 5
#exit 1

#### an uncaught error: ' 0x' inserted
(defn g [] (error "x"))
(defn f [] 0x (g) 1)
(f)
#! test.janet:2:14: parse error: symbol literal cannot start with a digit
#exit 1

#### (def x :deprecated 1): '}' inserted
(def} x :deprecated 1)
(print x)
#! test.janet:1:5: parse error: mismatched delimiter }, ( opened at line 1, column 1
#exit 1

#### error with varfn: a '[' doubled
(varfn vf [[] (error "varfn err"))
(vf)
#! test.janet:1:34: parse error: mismatched delimiter ), [ opened at line 1, column 11
#exit 1

#### resuming an errored fiber: "'" inserted
(def f (fib'er/new (fn [] (error "e")) :e))
(resume f)
(resume f)
#! test.janet:1:8: compile error: unknown symbol fib
#exit 1

#### (defn f [&opt x] (error x)): cut short
(defn f [&op
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 9
#exit 1

#### (def a @[@[0]]): cut short
(def a 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### case on keywords and strings: cut short
(defn f [x] (case x :a "kw" "a" "str" nil "nil" 'sym "symbol"))
(print (f :a) (f "
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 2, column 18
#exit 1

#### (pp (get {{:x 1} :s} {:x 1})): cut short
(pp (get {{:x 1}
#! test.janet:2:0: parse error: unexpected end of source, { opened at line 1, column 10
#exit 1

#### apply with no list: a ')' doubled
(print (apply +)))
#> 0
#! test.janet:1:18: parse error: unexpected closing delimiter )
#exit 1

#### def of nil: a '(' doubled
((def n nil)
(print (nil? n))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### match on nil in tuple: a '(' doubled
((pp (match [nil 1] [nil x] x))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (defmacro m [&keys ks] ~(quote ,ks)): ')' inserted
(defmacro m [&key)s ks] ~(quote ,ks))
(pp (m :a 1))
#! test.janet:1:18: parse error: mismatched delimiter ), [ opened at line 1, column 13
#exit 1

#### print tuple and array show addresses: '|' inserted
(print (string/has-prefix? "<tuple 0x" (string [1 2])))
(print (string/has-prefix? "<array 0x" (s|tring @[1 2])))
#> true
#! test.janet:2:40: compile error: unknown symbol s
#exit 1

#### try body does not catch yields: a '(' dropped
(def c (coro (try yield :y) ([e] :caught))))
(pp (resume c))
#! test.janet:1:14: compile error: error: (macro) unknown method :y invoked on 0
#!   in try [boot.janet] on line 348, column 47
#exit 1

#### error after yields: ' 0x' inserted
(def f (coro (yield 1) (error "after yield")))
(pp (resume f))
 0x(pp (try (resume f) ([e] e)))
(pp (fiber/status f))
#> 1
#! test.janet:3:4: parse error: symbol literal cannot start with a digit
#exit 1

#### when true: a '(' doubled
(print ((when true :a :b))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (yield 5): '1e' inserted
(yiel1ed 5)
(print "after")
#! test.janet:1:1: compile error: unknown symbol yiel1ed
#exit 1

#### :range with a single number: a ')' dropped
(loop [i :range [3]] (prin i)
(print)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### set with key computed: '|' inserted
(def t @{})
(def k :dyn)
(set (t k) (|string "v" 1))
(pp t)
#! error: <function short-fn> called with 2 arguments, expected 0
#!   in thunk [test.janet] (tail call) on line 3, column 12
#exit 1

#### callback error inside (map bad [1] [2]): '@' inserted
(defn bad [& _] (error "bad"))
@(map bad [1] [2])

#### (pp (as?-> nil x (inc x))): cut short
(pp (as?-> nil x (inc x)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 5
#exit 1

#### macro defining a function: a ')' dropped
(defmacro defsquare [name] ~(defn ,name [x] (* x x))
(defsquare sq)
(print (sq 7))
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (printf "%q" (keyword "has space")): '|' inserted
(printf "%q" (keywo|rd "has space"))
#! test.janet:1:14: compile error: unknown symbol keywo
#exit 1

#### apply with non-indexed last argument: '[' inserted
(appl[y + 1 2)
#! test.janet:1:14: parse error: mismatched delimiter ), [ opened at line 1, column 6
#exit 1

#### (defn f [x] (+ x 1)): a '(' doubled
(defn f [x] ((+ x 1))
(f)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### error thrown by apply on nested function: '(' inserted
(defn f [& xs] (error (string "(got " (length xs))))
(apply f 1 2 [3])
#! error: (got 3
#!   in f [test.janet] (tail call) on line 1, column 16
#exit 1

#### (defn outer [] (fn [] (error "inner fn"))): a '[' doubled
(defn outer [] (fn [[] (error "inner fn")))
(def g (outer))
(defn caller [] (g) 2)
(caller)
#! test.janet:1:42: parse error: mismatched delimiter ), [ opened at line 1, column 20
#exit 1

#### :unless modifier: cut short
(loo
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### let binds sequentially: '{' inserted
(let [a 1 b{ (+ a 1) c (* b 10)] (print c))
#! test.janet:1:32: parse error: mismatched delimiter ], { opened at line 1, column 12
#exit 1

#### repeat zero: '[' inserted
(repeat 0 (print "never"))
(print "do[ne")
#> do[ne

#### partition errors: a ')' dropped
(pp (protect (partition 0 [1 2 3])))
(pp (protect (partition -1 [1 2 3])))
(pp (protect (partition 1.5 [1 2 3]))
(pp (protect (partition :a [1 2 3])))
(pp (protect (partition 2 5)))
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got inf")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got -3")
#! test.janet:6:0: parse error: unexpected end of source, ( opened at line 3, column 1
#exit 1

#### (print (describe (buffer/new 0))): cut short
(print (describe (bu
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 18
#exit 1

#### nested quoting: a ')' doubled
(pp '(quote (quasiquote (unquote (splice x))))))
#> (quote (quasiquote (unquote (splice x))))
#! test.janet:1:48: parse error: unexpected closing delimiter )
#exit 1

#### edefer runs only on error: '[' inserted
(edefer (print "not run") (print "b[ody ok"))
(try (edefer (print "on error") (error "x")) ([e] (print e)))
#> b[ody ok
#> on error
#> x

#### defer runs on normal exit: a ')' dropped
(defer (print "deferred") (print "body")
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### destructure table pattern in let: a '}' doubled
(let [@{:a a}} {:a 1}] (print a))
#! test.janet:1:14: parse error: mismatched delimiter }, [ opened at line 1, column 6
#exit 1

#### (def t @{}): '~' inserted
(def ~t @{})
(set (t) 1)
#! test.janet:2:1: compile error: expected 2 element tuple for l-value to set
#exit 1

#### uncaught argument error: a '(' dropped
math/sqrt "x")
#! test.janet:1:14: parse error: unexpected closing delimiter )
#exit 1

#### (defn old {:deprecated :relaxed} [] 1): cut short
(defn old {:deprecate
#! test.janet:2:0: parse error: unexpected end of source, { opened at line 1, column 11
#exit 1

#### error with an array: '{' inserted
(error @[1 2]{)
#! test.janet:1:15: parse error: mismatched delimiter ), { opened at line 1, column 14
#exit 1

#### pp of long table: cut short
(pp (tabseq [i :range [0 15]] (key
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 31
#exit 1

#### let empty body: "'" inserted
'(pp (let [a 1]))

#### fn with empty body returns nil: ']' inserted
(print ((fn] [])))
#! test.janet:1:12: parse error: mismatched delimiter ], ( opened at line 1, column 9
#exit 1

#### (pp (string/format "%S" "x")): ']' inserted
(pp (string/format "%S" "x"]))
#! test.janet:1:28: parse error: mismatched delimiter ], ( opened at line 1, column 5
#exit 1

#### a new parser is a core/parser at the root: '#' inserted
(def p (parser/new))
(print (type p))
(print (parser/status p))
(prin#tf "%q" (parser/where p))
(printf "%q" (parser/state p))
#> core/parser
#> root
#! test.janet:6:0: parse error: unexpected end of source, ( opened at line 4, column 1
#exit 1

#### (loop [_ :range [0 2]] (prin "x")): '(' inserted
(loop [_ :range [0 2]] (prin "x")()
(print)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### quoted form is tuple: a ')' dropped
(print (type '(+ 1 2))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### tuple/setmap sets the position and returns the tuple: cut short
(d
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### map and friends basic: '&' inserted
(pp (map + [1 2] [10 20 30]))
(pp (filter odd? [1 2 3 4 5]))
(pp (reduce + 0 [1 2 3]))
(pp (mapcat (fn [x] [x x]) [1 2]))
(pp (keep (fn [x] (if (odd?& x) (* 10 x))) [1 2 3]))
#> @[11 22]
#> @[1 3 5]
#> 6
#> @[1 1 2 2]
#! test.janet:5:23: compile error: unknown symbol odd?&
#exit 1

#### state with an unknown key: a '(' doubled
(parser/state ((parser/new) :foo)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### :until modifier: '[' inserted
(loop [i :range [0 10] :until (= i 4)[] (prin i))
(print)
#! test.janet:1:49: parse error: mismatched delimiter ), [ opened at line 1, column 7
#exit 1

#### two closures share one var: ']' inserted
(defn pair []
  (var n 0)
  [(fn [] (++ n)) (fn [] n)])
(def [inc get-n] ](pair))
(inc) (inc) (inc)
(print (get-n))
#! test.janet:4:18: parse error: mismatched delimiter ], ( opened at line 4, column 1
#exit 1

#### infinities and nan: '"' inserted
(print math/inf " " (- math/inf) " " math/nan)
(print (/ 0 0) " " (- (/ 0 0)"))
#> inf -inf nan
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 2, column 30
#exit 1

#### (printf "%j" (let [a @[]] (array/push a a) a)): ']' inserted
(printf "%j" (let [a @[]] (array/push a a) a)])
#! test.janet:1:46: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### negative zero literal: a '(' dropped
pp -0)
(pp -0.0)
(print (/ 1 -0))
#! test.janet:1:6: parse error: unexpected closing delimiter )
#exit 1

#### (pp [2r0 2r-1]): a '[' dropped
(pp 2r0 2r-1])
#! test.janet:1:13: parse error: symbol literal cannot start with a digit
#exit 1

#### error with a float: a ')' dropped
(error 1.5
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp (dyn :args)): "'" inserted
(pp '(dyn :args))
#> (dyn :args)

#### quote no args: '|' inserted
(|quote)
#! test.janet:1:2: compile error: unknown symbol quote
#exit 1

#### tuple/slice: cut short
(def t [1 2 3 4 5])
(pp (tuple/slice t))
(pp (tuple/slice t 2))
(pp (tuple/slice t 1 3))
(pp (tuple/slice t -3))
(pp (tuple/slice t 0 -3))
(pp (tuple/slice @[1 2 3] 1))
(pp (tuple/type (tuple/slice [1 2])))
(pp (tuple/slice t 4 
#> (1 2 3 4 5)
#> (3 4 5)
#> (2 3)
#> (4 5)
#> (1 2 3)
#> (2 3)
#> :parens
#! test.janet:10:0: parse error: unexpected end of source, ( opened at line 9, column 5
#exit 1

#### take from sequences: a '[' doubled
(pp (take 2 [1 2 3]))
(pp (take 2 @[1 2 3]))
(pp (take 5 [[1 2 3]))
(pp (take 0 [1 2 3]))
(pp (take -2 [1 2 3]))
(pp (take -5 [1 2 3]))
(pp (take 2 "abc"))
(pp (take -1 @"abc"))
(pp (take 2 :abc))
(pp (take 1 'xyz))
#> (1 2)
#> (1 2)
#! test.janet:3:21: parse error: mismatched delimiter ), [ opened at line 3, column 13
#exit 1

#### def in do at top level is global: a ')' dropped
(do (def inner 4)
(print inner)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### abstract type errors in math: a '"' doubled
(math/floor ""x")
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 16
#exit 1

#### (printf "%p" {:a [] :b {}}): '~' inserted
(printf "%p" {:a []~ :b {}})
#> {:a ()
#>  :b {}}

#### when with empty body: '|' inserted
(pp (when true)|)
#! test.janet:1:17: parse error: mismatched delimiter ),  opened at line 1, column 16
#exit 1

#### forever with break: '"' inserted
(var i 0)
(forever (++ i) (when (= i 3) (break)))
"(print i)
#! test.janet:4:0: parse error: unexpected end of source, " opened at line 3, column 1
#exit 1

#### destructure in loop binding: cut short
(loop [[a b] :in
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 7
#exit 1

#### error in defer cleanup replaces: '\\' inserted
(try (defer (error "cleanup") (er\ror "body")) ([e] (print e)))
#! test.janet:1:34: parse error: unexpected character
#exit 1

#### let with shadowing: ':' inserted
(def a 1):
(let [a 2] (print a))
(print a)
#> 2
#> 1

#### table odd number of forms: ')' inserted
()pp @{:a})
#! test.janet:1:10: parse error: struct and table literals expect even number of arguments
#exit 1

#### (defn f [] (filter (fn [x] (error "filt")) [1])): cut short
(defn f [] 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### loop unknown modifier: '(' inserted
(print ((compile '(loop [:bogus 1] 1)) :er(ror))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (break 1 2 3): '`' inserted
(break 1` 2 3)
#! test.janet:2:0: parse error: unexpected end of source, ` opened at line 1, column 9
#exit 1

#### digit followed by minus: cut short
(pp '1-2
#! test.janet:2:0: parse error: symbol literal cannot start with a digit
#exit 1

#### (def a 1 2): a ')' doubled
(def a 1 2)
(pp a))
#! test.janet:1:1: compile error: cannot add metadata 1 to binding a
#exit 1

#### %.1p depth limit: '&' inserted
(printf "%.1p" {:a {:b &{:c 1}}})
#! test.janet:1:31: parse error: struct and table literals expect even number of arguments
#exit 1

#### (:k): cut short
(
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### error with a keyword: cut short
(error :m
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### :down-to includes end: '(' inserted
(loop [i :down-to [3 (0]] (prin i))
(print)
#! test.janet:1:24: parse error: mismatched delimiter ], ( opened at line 1, column 22
#exit 1

#### %% literal: '`' inserted
(printf "100%`%")
#! error: not enough values for format
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (var x 1): a '(' dropped
(var x 1)
set x (do (set x 5) (+ x 1)))
(pp x)
#! test.janet:2:1: compile error: unknown symbol set
#exit 1

#### (defmacro m [x] (keyword x)): a '(' dropped
(defmacro m [x] (keyword x))
pp (m bar))
#! test.janet:2:11: parse error: unexpected closing delimiter )
#exit 1

#### (pp [(if true) ]): a ']' dropped
(pp [(if true) )
#! test.janet:1:16: parse error: mismatched delimiter ), [ opened at line 1, column 5
#exit 1

#### uncaught error inside a method: a '(' doubled
(:/ ((int/s64 1) 0)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### ->: a ')' dropped
(print (-> 5 (+ 1 (* 2) (- 3)))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### self tail recursion one million times: "'" inserted
(defn count-down [n acc] (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(print (count-dow'n 1000000 0))
#! test.janet:2:8: compile error: unknown symbol count-dow
#exit 1

#### describe of nested values: '&' inserted
(print& (describe [1 "s" :k]))
#! test.janet:1:1: compile error: unknown symbol print&
#exit 1

#### (pp (match '(1 2) (1 2) :sym-form)): ']' inserted
(pp (match] '(1 2) (1 2) :sym-form))
#! test.janet:1:11: parse error: mismatched delimiter ], ( opened at line 1, column 5
#exit 1

#### (def b @"abc"): cut short
(def b @"abc")
(set 
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### consume reads values and returns the bytes used: a '"' dropped
(def p (parser/new))
(print (parser/consume p "(1 2) [3] @{:a 1} 4 "))
(while (parser/has-more p) (printf "%q (parser/produce p)))
(printf "%q" (parser/produce p))
(print (parser/status p))
#> 20
#! test.janet:6:0: parse error: unexpected end of source, " opened at line 4, column 12
#exit 1

#### symbol binds anything: a ')' dropped
(print (match 42 x (+ x 1))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### string/replace-all with other substitutes: ',' inserted
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(var n 0)
(t (string/replace-all "x" 12 ",xyx")
   (string/replace-all "x" nil "xyx")
   (string/replace-all "x" false "xyx")
   (string/replace-all "xx" string/ascii-upper "xxyxyxyxxxy")
   (string/replace-all "a" (fn [x] (string x x)) "abab" 2)
   (string/replace-all "a" (fn [x] (++ n)) "banana")
   n
   (string/replace-all "a" (fn [x] 'S) "banana")
   (string/replace-all "z" (fn [x] (error "not called")) "banana")
   (string/replace-all "n" (fn [x] (error "boom")) "banana"))
#> (true ",12y12")
#> (true "y")
#> (true "falseyfalse")
#> (true "XXyxyxyXXxy")
#> (true "abaab")
#> (true "b1n2n3")
#> (true 3)
#> (true "bSnSnS")
#> (true "banana")
#> (false "boom")

#### eprintf to stderr: cut short
(eprintf "%q" [1 "e"])
#! (1 "e")

#### (var x 10) again: "'" inserted
(var x 10)
(*= x' 2 3)
(pp x)
#> 60

#### describe of table and struct prefix: a ')' dropped
(print (string/slice (describe @{}) 0 9)
(print (string/slice (describe {}) 0 10))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp (match "str" (s (string? s)) :string)): '~' inserted
(pp (match "str" (s (string~? s)) :string))
#> :string

#### callback error inside (filter bad [1]): a ']' doubled
(defn bad [& _] (error "bad"))
(filter bad [1]])
#! test.janet:2:16: parse error: mismatched delimiter ], ( opened at line 2, column 1
#exit 1

#### set upvalue from nested closure two levels: a '(' doubled
(defn f []
  (var n 0)
  (((fn [] ((fn [] (set n 99)))))
  n)
(print (f))
#! test.janet:6:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### struct pattern missing key is nil: '"' inserted
(def {:nope n} {:a 1})
(pp n")
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 2, column 6
#exit 1

#### (pp {:a 1 'a 2 "a" 3 1 4 nil 5 true 6 false 7}): cut short
(pp
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### struct pattern on table: '@' inserted
(def {:@x x} @{:x 10})
(print x)
#>

#### fib: a ')' doubled
(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(print (fib 15)))
#> 610
#! test.janet:2:17: parse error: unexpected closing delimiter )
#exit 1

#### adding a string and a number: cut short
(+ "a" 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### calling a string with an integer key: '\\' inserted
(print ("abc\" 0))
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 9
#exit 1

#### set array out of range extends: '1e' inserted
(def a @1e[])
(set (a 3) :x)
(pp a)
#! test.janet:1:1: compile error: cannot add metadata @1e to binding a
#exit 1

#### string/trim, string/triml, string/trimr with the default set: "'" inserted
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (string/trim " abcd ")
   (string/trim "abcd \t\t\r\f")
   (str'ing/trim "\n\n\t abcd")
   (string/trim "\v a b \v")
   (string/trim "")
   (string/trim " ")
   (string/trim " \t\n")
   (string/trim @"  buf  ")
   (string/trim :kw)
   (string/triml " abcd ")
   (string/triml "\tabcd \t\t\r\f")
   (string/triml "abcd ")
   (string/triml "   ")
   (string/trimr " abcd ")
   (string/trimr "\tabcd \t\t\r\f")
   (string/trimr " abcd")
   (string/trimr "   ")
   (string/trim "\0 x \0"))
#! test.janet:4:4: compile error: unknown symbol str
#exit 1

#### (defn f [] ((fn named-inner [] (error "n")))): a ']' dropped
(defn f [] ((fn named-inner [ (error "n"))))
(f)
#! test.janet:1:42: parse error: mismatched delimiter ), [ opened at line 1, column 29
#exit 1

#### (defn counter [] (var n 0) (fn [] (set n (+ n 1)))): a '(' dropped
(defn counter [] (var n 0) (fn [] (set n (+ n 1))))
(def c counter))
(pp [(c) (c) (c)])
#! test.janet:2:16: parse error: unexpected closing delimiter )
#exit 1

#### an unchecked error refuses more input: '~' inserted
(def p (parser/new))
(parser/consume p ")")
(parser/consume p "~1")
#! error: parser is dead, cannot consume
#!   in parser/consume [src/core/parse.c] on line 911
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### divide by string: a '"' dropped
(/ 1 "x)
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 6
#exit 1

#### string/replace-all with a byte-sequence substitute: '}' inserted
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (string/replace-all "X" "." "XXX...XXX...XXX")
   (string/replace-all "XX" "." "XXX...XXX...XXX")
   (string/replace-all "aa" "a" "aaaaa")
   (string/replace-all "q" "-" "abc")
   (string/replace-all "b" @"BB" @"abcb")
   (string/replace-all 'b :k "abcb")
   (string/replace-all "b" "-" "bbbb" 2)
   (string/replace-all "b" "-" "bbbb" 4)
   (string/replace-all "b" "-" "bbbb" 10)
   }(string/replace-all "ab" "" "abababx"))
#! test.janet:11:4: parse error: mismatched delimiter }, ( opened at line 2, column 1
#exit 1

#### (pp [{} @{} [] @[] "" @""]): cut short
(pp [{} @{} [] @[] "" 
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 5
#exit 1

#### next: ';' inserted
(def cases [[1 2] [1 0] [0 1] [0 -1] [math/inf 0] [1.7976931348623157e308 math/inf]
            [5e-324 0] [1 1] [math/nan 1] [1 math/nan] [-1 -2] [(* -1 0) 1]])
(each [a b] cases
  (print a " " b " -> " (string/f;ormat "%.17g" (math/next a b))))
#! test.janet:4:25: compile error: unknown symbol string/f
#exit 1

#### (printf "%j" 1.5e300): ':' inserted
(printf "%j" 1.5e3:00)
#! test.janet:1:22: parse error: symbol literal cannot start with a digit
#exit 1

#### invalid escape: cut short
(print "\q
#! test.janet:1:10: parse error: invalid string escape sequence
#exit 1

#### macex1 expands one level in every part of the form: a ')' doubled
(pp (macex1 '(when a (unless b c)) ))
(pp (macex '(when a (unless b c))))
(pp (macex1 '(def x (when 1 2))))
(pp (macex1 '(fn foo [x] (when x 1))))
(pp (macex1 '(fn [x] (when x 1)))))
(pp (macex1 '[(when 1 2) 3]))
(pp (macex1 '@[(when 1 2) 3]))
(pp (macex1 '{:a (when 1 2)}))
(pp (macex1 '@{(when 1 2) 3}))
(pp (macex1 '(quote (when 1 2))))
(pp (macex1 '(quasiquote (a (unquote (when 1 2)) [(when 3 4)]))))
#> (if a (do (unless b c)))
#> (if a (do (if b nil (do c))))
#> (def x (if 1 (do 2)))
#> (fn foo [x] (if x (do 1)))
#> (fn [x] (if x (do 1)))
#! test.janet:5:35: parse error: unexpected closing delimiter )
#exit 1

#### (pp 1e): '\\' inserted
(p\p 1e)
#! test.janet:1:3: parse error: unexpected character
#exit 1

#### (pp @{:a 1 :a nil}): '"' inserted
("pp @{:a 1 :a nil})
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 2
#exit 1

#### (pp '{:a (+ 1 2)}): ']' inserted
(pp '{:]a (+ 1 2)})
#! test.janet:1:8: parse error: mismatched delimiter ], { opened at line 1, column 6
#exit 1

#### abstract type errors in math: '\\' inserted
(math\/floor "x")
#! test.janet:1:6: parse error: unexpected character
#exit 1

#### += with many args: cut short
(var x 1)
(+= x 1 2 3)
(print
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 3, column 1
#exit 1

#### (pp {[1] :a [1] :b}): '"' inserted
(pp {[1] :a [1] :"b})
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 18
#exit 1

#### (defn f [] (:k 1)): ',' inserted
(defn f [] (:k, 1))
(f)
#! test.janet:1:15: compile error: cannot use unquote here
#exit 1

#### get on a number: cut short
(pp (get 5 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 5
#exit 1

#### (defn make []: cut short
(defn make []
  (var count 0)
  @{:inc (fn
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 3, column 10
#exit 1

#### macro with docstring: a ')' doubled
(defmacro m "docs here" [] 1))
(print (get (dyn 'm) :doc))
#! test.janet:1:30: parse error: unexpected closing delimiter )
#exit 1

#### match struct against non-dictionary: a '}' dropped
(pp (match 5 {:a a :struct _ :other))
#! test.janet:1:36: parse error: mismatched delimiter ), { opened at line 1, column 14
#exit 1

#### (pp (seq [x :in (generate [y :range [0 3]] y)] (* x 10))): '}' inserted
(pp (seq [x :in (genera}te [y :range [0 3]] y)] (* x 10)))
#! test.janet:1:24: parse error: mismatched delimiter }, ( opened at line 1, column 17
#exit 1

#### &opt too few at run time: cut short
(defn f [a b &opt c] a)
(apply f
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### loop :in over a fiber: '`' inserted
(def f (fiber/new (fn [] (yield 1) (yield 2) 3)))
(loop [x :in f]` (prin x))
(print)
#! test.janet:4:0: parse error: unexpected end of source, ` opened at line 2, column 16
#exit 1

#### try catching arity errors of builtins: cut short
(var f string/trim)
(
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### (pp [2r0 2r-1]): ';' inserted
(pp ;[2r0 2r-1])
#! test.janet:1:15: parse error: symbol literal cannot start with a digit
#exit 1

#### while body with closure capturing per-iteration defs: a '(' dropped
var i 0)
(def fs @[])
(while (< i 3)
  (def k (* i 10))
  (array/push fs (fn [] k))
  (++ i))
(pp (map |($) fs))
#! test.janet:1:1: compile error: unknown symbol var
#exit 1

#### (defn f [] (each x [1 2] (break 7)) :after): a ')' dropped
(defn f [] (each x [1 2] (break 7) :after)
(pp (f))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### protect returns pair: cut short
(pp (protect (error :bad))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### struct pattern on table: a '{' dropped
(print (match @:x 3} {:x x} x))
#! test.janet:1:20: parse error: mismatched delimiter }, ( opened at line 1, column 8
#exit 1

#### divide by string: '@' inserted
@(/ 1 "x")

#### loop unknown modifier: ',' inserted
(print ,((compile '(loop [:bogus 1] 1)) :error))
#! test.janet:1:8: compile error: cannot use unquote here
#exit 1

#### def of a string: a ')' doubled
(def "x" 2))
#! test.janet:1:1: compile error: unexpected type in destructuring, got "x"
#exit 1

#### tuple/setmap sets the position and returns the tuple: '(' inserted
(def t (tuple/setmap (tuple/slice [1 2]) 10 20))
(pp t)
(pp (tuple/sourcemap t)()
(def u (tuple/brackets :a))
(pp (tuple/sourcemap (tuple/setmap u 3 4)))
(pp (protect (tuple/setmap [1] 1.5 2)))
(pp (protect (tuple/setmap [1] 1 :x)))
(pp (protect (tuple/setmap @[1] 1 2)))
#> (1 2)
#! test.janet:9:0: parse error: unexpected end of source, ( opened at line 3, column 1
#exit 1

#### parse-all error while consuming: '(' inserted
(parse-all "1 2 )"()
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### :keys over array gives indices: ' 0x' inserted
(loop [k :keys 0x [:x :y :z]] (prin k))
(print)
#! test.janet:1:18: parse error: symbol literal cannot start with a digit
#exit 1

#### repeat zero: a '(' doubled
(repeat 0 ((print "never"))
(print "done")
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### even? and odd?: a ')' dropped
(def nan (/ 0 0))
(pp (map even? [0 -0 1 2 -2 -3 1.5 nan math/inf]))
(pp (map odd? [0 1 -1 3 -3 2 1.5 nan math/inf]))
(pp (protect (even? "a"))
(pp (protect (odd? nil)))
#> @[true true false true true false false false false]
#> @[false true true true true false false false false]
#! test.janet:6:0: parse error: unexpected end of source, ( opened at line 4, column 1
#exit 1

#### (def x (do (def y 5) (* y 2))): ',' inserted
(def x (do (def y 5) (* ,y 2)))
(pp x)
#! test.janet:1:25: compile error: cannot use unquote here
#exit 1

#### (set): ' 0x' inserted
 0x(set)
#! test.janet:1:4: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp (string/format "%o" 8.5)): a '(' dropped
(pp string/format "%o" 8.5))
#! test.janet:1:1: compile error: <function pp> expects at most 1 argument, got 3
#exit 1

#### anonymous function call: cut short
(print ((fn [x] (* 2 x))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 8
#exit 1

#### (defn f [x] x): ']' inserted
(defn f []x] x)
(f 1 2 3 4 5)
#! test.janet:1:12: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### (pp (break 1 2)): a '(' doubled
((pp (break 1 2))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### string/format %s of string-like values: ';' inserted
(print (strin;g/format "%s|%s|%s|%s" "s" @"b" :k 's))
#! test.janet:1:8: compile error: unknown symbol strin
#exit 1

#### or: a ')' dropped
(pp (or))
(pp (or nil false 3))
(pp (or nil false))
(pp (or 1 (error "not evaluated"))
#> nil
#> 3
#> false
#! test.janet:5:0: parse error: unexpected end of source, ( opened at line 4, column 1
#exit 1

#### (pp (string/format "%d" 1e20)): ',' inserted
(pp (string/format "%d" ,1e20))
#! test.janet:1:25: compile error: cannot use unquote here
#exit 1

#### put on tuple: a '(' doubled
((put [1 2] 0 3)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### loop :keys over table with one key: a '(' doubled
(loop [k :keys @{:k 1}] ((print k))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### hexadecimal: a '[' dropped
(pp 0xff -0x10 0xAbC])
#! test.janet:1:21: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### sort is not stable: a '[' dropped
(def recs @[[1 :a] [1 :b] [0 :c] [2 :d] [1 :e] [0 :f] [2 :g] 1 :h]])
(pp (sort (array/slice recs) (fn [x y] (< (x 0) (y 0)))))
(pp (sort (array/slice recs) (fn [x y] (> (x 0) (y 0)))))
(pp (sort-by first (array/slice recs)))
(pp (sorted-by first recs))
(pp (sorted-by (fn [r] (- (r 0))) recs))
#! test.janet:1:67: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### nested closures three levels: '@' inserted
(defn a [x] (fn [y] (fn [z] (+ x y z))))
(print (((a 1) 2@) 3))
#! test.janet:2:18: parse error: symbol literal cannot start with a digit
#exit 1

#### defn with multiple bodies returns last: ']' inserted
(defn f [] (print "a") (print "b")] :c)
(print (f))
#! test.janet:1:35: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### case on tuple compares by value: cut short
(print (case [
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 14
#exit 1

#### (defmacro m [x] ~(+ ,x ,x)): cut short
(de
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### macex of each: ',' inserted
(pp ,(macex '(each x xs (print x))))
#! test.janet:1:5: compile error: cannot use unquote here
#exit 1

#### string/format %s of string-like values: '\\' inserted
(print (string/format "%s|%s|%s|%s" "s" @"b" :k 's\))
#! test.janet:1:51: parse error: unexpected character
#exit 1

#### numbers with %d %i %x %o %f %e %g: '#' inserted
(printf "%d %i %x %X %o" 255 -12 255 255 8)
(printf "%f %.2f %10.3f %-8.1f|" 3.14159 2.#5 1.0 7.25)
(printf "%e %.3e %g %G" 12345.678 0.00012 1e-10 1e20)
#> 255 -12 ff FF 10
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### (defmacro mymac [] :x): a ')' dropped
(defmacro mymac [] :x)
(pp ((compile '(mymac)))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### (pp (label result (each x [1 2 3] (when (= x 2) (return resu: a '(' dropped
(pp (label result (each x [1 2 3] (when = x 2) (return result (* x 100)))) :none))
#! test.janet:1:1: compile error: <function pp> expects at most 1 argument, got 2
#exit 1

#### when with empty body: a ')' doubled
(pp (when true)))
#> nil
#! test.janet:1:17: parse error: unexpected closing delimiter )
#exit 1

#### fn recursion via name inside defn: a ')' doubled
(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(print (fib 20))
#! test.janet:1:62: parse error: unexpected closing delimiter )
#exit 1

#### decimal integers and floats: cut short
(pp [0 1 -1 +5 1.5 
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 5
#exit 1

#### (pp (type stdout)): ']' inserted
(pp (typ]e stdout))
#! test.janet:1:9: parse error: mismatched delimiter ], ( opened at line 1, column 5
#exit 1

#### %M and %N nonwrap colorless: a '(' doubled
((printf "%M" [1 2])
(printf "%N" {:a 1})
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### index-of, has-value? and has-key?: ')' inserted
(pp (index-of 3 [1 2 3]))
(pp (index-of 4 [1 2 3]))
(pp (index-of 4 [1 2 3] :no))
(pp (index-of 98 "abc"))
(pp (index-of :v {:k :v}))
(pp (index-of nil [1 nil]))
(pp (index-of [1] [[1]]))
(pp (index-of @[1] [@[1]]))
(pp (has-value)? [1 2 3] 2))
(pp (has-value? [1 2 3] 5))
(pp (has-value? {:a 1} 1))
(pp (has-value? "abc" 99))
(pp (has-key? {:a 1} :a))
(pp (has-key? {:a 1} :b))
(pp (has-key? [1 2] 1))
(pp (has-key? [1 2] 2))
(pp (has-key? {:a false} :a))
(pp (has-key? 5 0))
(pp (protect (index-of 1 5)))
(pp (protect (has-value? nil 1)))
#> 2
#> nil
#> :no
#> 1
#> :k
#> 1
#> 0
#> nil
#! test.janet:9:5: compile error: unknown symbol has-value
#exit 1

#### array/slice errors: '|' inserted
(var f array/slice)
(pp (protect (f [1 2 3] -5)))
(pp (protect (f [1 2 3] 0 -5)))
(pp (protect (f [1 2 3] 4)))
(pp (protect (f [1 2 3] 0 4)))
(pp (protect (f [1 2 3] 1.5)))
(pp (protect (f "abc")))
(pp (protect (f [1 2]| 0 1 2)))
(pp (protect (f :a 0 1 2)))
#> (false "start index -5 out of range [-4,3]")
#> (false "end index -5 out of range [-4,3]")
#> (false "start index 4 out of range [-4,3]")
#> (false "end index 4 out of range [-4,3]")
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected array or tuple, got \"abc\"")
#> (false "arity mismatch, expected at most 3, got 4")
#> (false "bad slot #0, expected array or tuple, got :a")

#### fn returns last form: a ')' dropped
(print ((fn [] 1 2 3))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### string with no arguments: a ')' doubled
(pp (string)))
#> ""
#! test.janet:1:14: parse error: unexpected closing delimiter )
#exit 1

#### (pp (string/format "%m" nil)): '~' inserted
(pp (string/format "%m" ~nil))
#> "nil"

#### long string keeps backslashes: a '(' doubled
((print `a\nb`)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### %q of struct ordering: a ')' doubled
(printf "%q" {:b 2 :a 1 :c 3}))
#> {:a 1 :b 2 :c 3}
#! test.janet:1:31: parse error: unexpected closing delimiter )
#exit 1

#### set on struct is an error: a ')' dropped
(def s {:a 1}
(set (s :a) 2)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### char literals via backslash are not a thing: a ')' doubled
(pp (string/from-bytes 65 66)))
#> "AB"
#! test.janet:1:31: parse error: unexpected closing delimiter )
#exit 1

#### catseq concatenates: a '[' doubled
(pp (catseq [x :in [[1 2 3]] [x x]))
#! test.janet:1:35: parse error: mismatched delimiter ), [ opened at line 1, column 13
#exit 1

#### table/proto-flatten keeps the nearest value of each key: a ')' dropped
(def t (table/setproto @{:a 1 :b 2}
                       (table/setproto @{:a 3 :c 4} @{:d 5 :c 6})))
(def f (table/proto-flatten t)
(pp f)
(pp (table/getproto f))
(pp (table/proto-flatten @{}))
(pp (protect (table/proto-flatten {:a 1})))
#! test.janet:8:0: parse error: unexpected end of source, ( opened at line 3, column 1
#exit 1

#### %q of deeply nested mixed: '1e' inserted
(printf "%q" @[{:k [@{:v "1ex"}]}])
#> @[{:k (@{:v "1ex"})}]

#### (def [a & b] "xyz"): cut short
(def [a
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 6
#exit 1

#### string/check-set: a '(' dropped
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (string/check-set "abc" "a")
   (string/check-set "abc" "z")
   (string/check-set "abc" "abc")
   (string/check-set "abc" "")
   string/check-set "" "aabc")
   (string/check-set "" "")
   (string/check-set "abc" "abcdefg")
   (string/check-set "\xFF\x80" "\x80\xFF\xFF")
   (string/check-set "\0" "\0\0")
   (string/check-set :ab @"abba")
   (string/check-set @"ab" 'abc)
   (string/check-set 1 "a")
   (string/check-set "a" nil)
   (string/check-set "a")
   (string/check-set "a" "b" "c"))
#> (true true)
#> (true false)
#> (true true)
#> (true true)
#> (true <cfunction string/check-set>)
#> (true "")
#> (true "aabc")
#! error: bad slot #0, expected string, symbol, keyword or buffer, got 1
#!   in string/check-set [src/core/string.c] on line 467
#!   in thunk [test.janet] (tail call) on line 13, column 4
#exit 1

#### set returns the value for data structures: cut short
(def
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### macex of when: '~' inserted
(pp (macex '(when ~a b c)))
#> (if (quasiquote a) (do b c))

#### string/format %s of string-like values: a '"' dropped
(print (string/format "%s|%s|%s|%s" "s" @"b :k 's))
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 42
#exit 1

#### error with no arguments: cut short
(er
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### pp of array of functions: '"' inserted
(pp [print]")
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 12
#exit 1

#### macex1 keeps source positions of special forms and calls: a ')' dropped
(pp (tuple/sourcemap (macex1 (tuple/setmap '(do (when 1 2) 4 5))))
(pp (tuple/sourcemap (macex1 (tuple/setmap '(foo (when 1 2)) 4 5))))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (print ((compile 'unknown-sym) :error)): cut short
(print ((compile 'unknow
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 9
#exit 1

#### struct pattern with nested tuple: '`' inserted
(def {:pt [x y]} {:`pt [3 4]})
(print x y)
#! test.janet:3:0: parse error: unexpected end of source, ` opened at line 1, column 20
#exit 1

#### wildcard underscore: a '(' dropped
print (match [1 2] _ :any))
#! test.janet:1:27: parse error: unexpected closing delimiter )
#exit 1

#### (defn f [] (error "x")): cut short
(defn f [] (error "x"))
(defn 
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### builtin arity error for fixed 2 called through apply: a ')' dropped
(apply string/has-prefix? ["a"]
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp (get @{@{} :t} @{})): '\\' inserted
(pp (get @{@\{} :t} @{}))
#! test.janet:1:13: parse error: unexpected character
#exit 1

#### macro with rest args: ';' inserted
(defmacro my-;list [& xs] ~[,;xs])
(pp (my-list 1 2 3))
#! test.janet:1:20: compile error: unknown symbol &
#exit 1

#### (pp @[(+ 1 2) '(+ 1 2)]): a '[' doubled
(pp @[[(+ 1 2) '(+ 1 2)])
#! test.janet:1:25: parse error: mismatched delimiter ), [ opened at line 1, column 6
#exit 1

#### (print 0.00001234): '{' inserted
(print {0.00001234)
#! test.janet:1:19: parse error: mismatched delimiter ), { opened at line 1, column 8
#exit 1

#### macex expands completely: '#' inserted
(pp (macex '(-> a b c)))
(pp (macex '(loop [i :range [0 3]] (pri#nt i))))
#> (c (b a))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 36
#exit 1

#### array/push, pop and peek: '@' inserted
(def a @[])
(pp (array/push a))
(pp (array/push a 1 2 3))
(pp (array/pop a))
(pp (array/peek a))
(pp a)
(pp (array/pop @[]))
(pp (array/peek @[]))
(pp (protect (@array/push [1] 2)))
(pp (protect (array/pop [1])))
(pp (protect (array/peek "ab")))
#> @[]
#> @[1 2 3]
#> 3
#> 2
#> @[1 2]
#> nil
#> nil
#! test.janet:9:14: compile error: unknown symbol @array/push
#exit 1

#### propagate uncaught shows trace: '[' inserted
([defn bad [] (error "original"))
(def f (fiber/new bad :e))
(def res (resume f))
(propagate res f)
#! test.janet:1:33: parse error: mismatched delimiter ), [ opened at line 1, column 2
#exit 1

#### buffer/from-bytes: cut short
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (buffer/from-bytes)
   (buffer/from-bytes 65 66 67)
   (buffer/from-bytes ;(range 48 58))
   (buffer/from-bytes 
#! test.janet:6:0: parse error: unexpected end of source, ( opened at line 5, column 4
#exit 1

#### (pp (tuple/sourcemap '(a b))): '[' inserted
(pp[ (tuple/sourcemap '(a b)))
#! test.janet:1:30: parse error: mismatched delimiter ), [ opened at line 1, column 4
#exit 1

#### (pp 16r1.8): ' 0x' inserted
(pp 1 0x6r1.8)
#! test.janet:1:14: parse error: symbol literal cannot start with a digit
#exit 1

#### struct literal with nil value drops key: cut short
(pp {:a n
#! test.janet:2:0: parse error: unexpected end of source, { opened at line 1, column 5
#exit 1

#### (var i 0): cut short
(var i 0)

#### (set): a '(' dropped
set)
#! test.janet:1:1: compile error: unknown symbol set
#exit 1

#### (def main 5): ' 0x' inserted
( 0xdef main 5)
#! test.janet:1:1: compile error: unknown symbol main
#exit 1

#### (defmacro m [& body] ~(do ,;(reverse body))): '&' inserted
(defmacro m [& b&ody] ~(do ,;(reverse body)))
(m (print 1) (print 2))
#! test.janet:1:30: compile error: unknown symbol body
#exit 1

#### (defmacro m [x] ~(+ ,x ,x)): '#' inserted
(defmacro m [x] ~(+ ,x ,x))
(pp (macex '(m (#m 1))))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 16
#exit 1

#### error with a function value: a '(' dropped
error print)
#! test.janet:1:12: parse error: unexpected closing delimiter )
#exit 1

#### (printf "%j" (let [a @[]] (array/push a a) a)): ']' inserted
(printf ]"%j" (let [a @[]] (array/push a a) a))
#! test.janet:1:9: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### calling an array with index: "'" inserted
(print (@['1 2 3] 1))
#> 2

#### error in anonymous function: a '"' doubled
((fn [] (error ""anon") 1))
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 22
#exit 1

#### deep recursion building a list: '&' inserted
(defn build [n]& (if (= n 0) @[] (array/push (build (- n 1)) n)))
(print (length (build 20000)))
#! test.janet:1:1: compile error: unknown symbol &
#exit 1

#### (pp (string/format "%q" "\\")): '"' inserted
(pp (st"ring/format "%q" "\\"))
#! test.janet:1:27: parse error: unexpected character
#exit 1

#### error in recursion: cut short
(defn down [n] (if (= n 0) (error "bottom") (+ 1 (down 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 50
#exit 1

#### :pairs over array: ':' inserted
(loop [[k v] :pairs [:x :y]] (prin k v " "))
(prin:t)
#> 0x 1y 
#noeol stdout
#! test.janet:2:1: compile error: unknown symbol prin:t
#exit 1

#### callback error inside (table/to-struct @{}) (eachp [k v] {:a: '#' inserted
(defn bad [& _] (error "bad"))
(ta#ble/to-struct @{}) (eachp [k v] {:a 1} (bad k))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### :range with step: '`' inserted
`(loop [i :range [0 10 3]] (prin i " "))
(print)
#! test.janet:3:0: parse error: unexpected end of source, ` opened at line 1, column 1
#exit 1

#### (print 123456789.123): '{' inserted
(print {123456789.123)
#! test.janet:1:22: parse error: mismatched delimiter ), { opened at line 1, column 8
#exit 1

#### long string delimiters: cut short
(def p (parser/new))
(parser/consume p "(``abc")
(print (parse
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 3, column 8
#exit 1

#### loop :in over a fiber: '\\' inserted
(def f (fiber/new (fn [] (yield 1) (yield 2) 3)))
(loop [x :in f] (pr\in x))
(print)
#! test.janet:2:20: parse error: unexpected character
#exit 1

#### macex1 and on-binding: def, set and fn bindings: a '"' doubled
(pp (macex1 '(set a (when 1 2)) (fn [s] (symbol ""x" s))))
(pp (macex1 '(def [a {:b c}] (when 1 2)) (fn [s] (symbol "x" s))))
(pp (macex1 '()))
(pp (macex1 '(1 2 (when 1 2))))
(pp (macex1 '(fn :name [a] a) (fn [s] (symbol "x" s))))
#! test.janet:6:0: parse error: unexpected end of source, " opened at line 5, column 49
#exit 1

#### each over number errors: '{' inserted
(each x 5 (print {x))
#! test.janet:1:20: parse error: mismatched delimiter ), { opened at line 1, column 18
#exit 1

#### (loop [x :in (fiber/new (fn [] (yield :a) :b))] (prin x)): '&' inserted
(loop [x :in (fiber/new (fn [] (yield :a) :b))] (pri&n x))
(print)
#! test.janet:1:49: compile error: unknown symbol pri&n
#exit 1

#### ++ on table element: a '(' dropped
(def t @{:n 1})
++ (t :n))
(print (t :n))
#! test.janet:2:10: parse error: unexpected closing delimiter )
#exit 1

#### (defmacro m [& args] (tuple 'quote (dyn :macro-form))): a ')' dropped
(defmacro m [& args] (tuple 'quote (dyn :macro-form))
(pp (m 1 2))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### count: a ')' doubled
(pp (count odd? [1 2 3]))
(pp (count odd? [])))
(pp (count = [1 2 3] [1 0 3]))
(pp (count = [1 2 3] [1 0 3] [1 5 3] [1 2 3]))
(pp (count = [1 2 3] [1 2 3] [1 2 3] [1 2 3] [1 2 3]))
(pp (count identity {:a false :b true}))
(pp (protect (count odd? :a)))
#> 2
#> 0
#! test.janet:2:21: parse error: unexpected closing delimiter )
#exit 1

#### each over number errors: ':' inserted
(each x: 5 (print x))
#! test.janet:1:12: compile error: unknown symbol x
#exit 1

#### struct and table equality: cut short
(pp (= {:a 1} {:a 1}))
(pp (= @{:a 1} @{:a 1}))
(pp (= [1 2] [1 2]))
(pp (= @[1] @
#> true
#> false
#> true
#! test.janet:5:0: parse error: unexpected end of source, ( opened at line 4, column 5
#exit 1

#### simple macro: cut short
(defmacro twice [x] ~(do ,x ,x))
(twic
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### (pp (|$&)): '1e' inserted
(pp (1e|$&))
#! test.janet:1:8: parse error: symbol literal cannot start with a digit
#exit 1

#### %c char: cut short
(p
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### macro returning a constant: a ')' dropped
(defmacro five [] 5
(print (five))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp (string/format "%p" "a\nb")): a ')' doubled
(pp (string/format "%p" "a\nb")))
#> "\"a\\nb\""
#! test.janet:1:33: parse error: unexpected closing delimiter )
#exit 1

#### :while modifier: a '(' dropped
(loop [i :range [0 10] :while (< i 4)] (prin i))
print)
#> 0123
#noeol stdout
#! test.janet:2:6: parse error: unexpected closing delimiter )
#exit 1

#### (printf "%p" (range 10)): cut short
(printf "
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 9
#exit 1

#### (pp "\x4"): a '(' dropped
pp "\x4")
#! test.janet:1:8: parse error: invalid hex digit in hex escape
#exit 1

#### (defn f [n] (if (> n 0) (do (f (- n 1)) nil) (error "deep")): a '"' doubled
(defn f [n] (if (> n 0) (do (f (- n 1)) nil) (error "deep"")))
(f 2)
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 1, column 59
#exit 1

#### (defmacro m [x] ~(+ ,x ,x)): a '(' dropped
(defmacro m [x] ~+ ,x ,x))
(pp (macex '(m (m 1))))
#! test.janet:1:20: compile error: cannot use unquote here
#exit 1

#### macex1 keeps source positions of special forms and calls: cut short
(pp (tuple/sourcemap (macex1 (
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 30
#exit 1

#### string of values: '\\' inserted
(pp (string nil \true false 1 "s" :k 's @"b"))
#! test.janet:1:17: parse error: unexpected character
#exit 1

#### (pp (get (dyn 'when) :macro)): ',' inserted
(pp (get (dyn 'whe,n) :macro))
#! test.janet:1:19: compile error: cannot use unquote here
#exit 1

#### unknown symbol deep inside: a '[' dropped
(defn f ] (do (+ 1 (g 2))))
#! test.janet:1:9: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### parse error unterminated form: cut short
(print "ok"
(pr
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### describe of string with escapes: ',' inserted
(print (des,cribe "a\"b\\c\nd\te\0f\x7f\xff"))
#! test.janet:1:8: compile error: unknown symbol des
#exit 1

#### a script's environment is made from the root environment: a '(' doubled
(pp ((= root-env (curenv 1)))
(pp (= nil (curenv 2)))
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp [(if true) ]): a '(' dropped
pp [(if true) ])
#! test.janet:1:5: compile error: expected 2 or 3 arguments to if
#exit 1

#### (print ((compile 'unknown-sym) :error)): a ')' doubled
(print ((compile 'unknown-sym) :error)))
#> unknown symbol unknown-sym
#! test.janet:1:40: parse error: unexpected closing delimiter )
#exit 1

#### array arity errors: cut short
(var f array/pu
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### upscope inside a function: a '[' doubled
(defn f [[]
  (upscope (def a 1) (def b 2))
  (+ a b))
(print (f))
#! test.janet:3:10: parse error: mismatched delimiter ), [ opened at line 1, column 9
#exit 1

#### short-fn accepts $0 to $9999: '(' inserted
(pp (length (m(acex1 '|(+ $9999 1))))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp ['a@b 'ü 'λ]): '@' inserted
(pp @['a@b 'ü 'λ])
#> @[a@b ü λ]

#### large mantissa: '\\' inserted
(print 1.23456789012346e+17)
(print \123456789012345678)
#> 1.23456789012346e+17
#! test.janet:2:8: parse error: unexpected character
#exit 1

#### %Q and %P uppercase: a '[' dropped
(printf "%Q" {:a 1 2]})
(printf "%P" [1 2])
#! test.janet:1:21: parse error: mismatched delimiter ], { opened at line 1, column 14
#exit 1

#### parse-all error at the end: cut short
(defn f [] (parse-all "1 \"a
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 23
#exit 1

#### extra elements are ignored: a '(' dropped
(def [a] [1 2 3])
print a)
#! test.janet:2:8: parse error: unexpected closing delimiter )
#exit 1

#### match struct against non-dictionary: a ')' dropped
(pp (match 5 {:a a} :struct _ :other)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### :in over buffer: a ')' dropped
(loop [c :in @"hi"] (prin c ",")
(print)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp ~[,;(range 3)]): '(' inserted
(pp ~[,;(range 3()])
#! test.janet:1:19: parse error: mismatched delimiter ], ( opened at line 1, column 9
#exit 1

#### extra elements are ignored: '"' inserted
(def [a] [1 2" 3])
(print a)
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 1, column 14
#exit 1

#### error in tail recursion: '~' inserted
(~defn down [n] (if (= n 0) (error "bottom") (down (- n 1))))
(down 3)
#! test.janet:1:1: compile error: unknown symbol down
#exit 1

#### callback error inside (f): '{' inserted
(defn bad [& _] (error "bad"))
(defn f [] (ap{ply bad []) 1)
(f)
#! test.janet:2:26: parse error: mismatched delimiter ), { opened at line 2, column 15
#exit 1

#### keywords with odd characters: '1e' inserted
(pp [:a/b :a1e.b :1 :-> :<= :%$ :a:b :! :?])
#> (:a/b :a1e.b :1 :-> :<= :%$ :a:b :! :?)

#### forv allows changing the counter: "'" inserted
(forv i 0 10 (prin i) (+= i 3)')
(print)
#! test.janet:1:32: parse error: mismatched delimiter ),  opened at line 1, column 31
#exit 1

#### var returns its value: a '(' dropped
print (var z :kw))
#! test.janet:1:18: parse error: unexpected closing delimiter )
#exit 1

#### an unchecked error refuses more input: '1e' inserted
(def p (parser/new))
(parser/c1eonsume p ")")
(parser/consume p "1")
#! test.janet:2:1: compile error: unknown symbol parser/c1eonsume
#exit 1

#### (pp (string/repeat "x" 200)): a '"' dropped
(pp (string/repeat x" 200))
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 21
#exit 1

#### (do (def x 1) (x)): cut short
(do (def x 1)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp @[(+ 1 2) '(+ 1 2)]): a '(' dropped
(pp @[+ 1 2) '(+ 1 2)])
#! test.janet:1:12: parse error: mismatched delimiter ), [ opened at line 1, column 6
#exit 1

#### when with empty body: '&' inserted
(pp &(when true))
#! test.janet:1:1: compile error: unknown symbol &
#exit 1

#### (print (math/pow 10 15) " " (math/pow 10 16)): a '(' doubled
(print (math/pow 10 15) " " ((math/pow 10 16))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### array/insert: '&' inserted
(pp (array/insert @[1 2] 0 :a))
(pp (array/i&nsert @[1 2] 1 :a :b))
(pp (array/insert @[1 2] 2 :a))
(pp (array/insert @[1 2] -1 :a :b))
(pp (array/insert @[1 2] -3 :a))
(pp (array/insert @[1 2] 0))
(pp (protect (array/insert @[1 2] 3 :a)))
(pp (protect (array/insert @[1 2] -4 :a)))
(pp (protect (array/insert @[1 2] 0.5 :a)))
(pp (protect (array/insert [1 2] 0 :a)))
#> @[:a 1 2]
#! test.janet:2:5: compile error: unknown symbol array/i&nsert
#exit 1

#### (def t @{:a 1}): '"' inserted
(def t @{:a 1})
(loop [[k v"] :pairs t] (print k v))
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 2, column 12
#exit 1

#### while with no body: a '(' doubled
(var i 0)
(while (< ((++ i) 10))
(print i)
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### callback error inside (find bad [1]): ',' inserted
(defn bad [& _] (error "bad"))
(find bad [1],)
#! test.janet:2:15: parse error: mismatched delimiter ),  opened at line 2, column 14
#exit 1

#### (def x 10): cut short
(def x 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### primitive ordering: a ')' dropped
(printf "%q" [(< (int/s64 1) (int/s64 2)) (< (int/s64 3) (int/s64 2)) (< (int/s64 1 2)
              (> (int/s64 1) 2) (< (int/u64 1) (int/u64 2)) (<= (int/s64 2) (int/s64 2))])
(printf "%q" [(cmp (int/s64 0) (int/u64 100)) (cmp (int/u64 100) (int/s64 0)) (cmp 1 (int/u64 100))
              (cmp (int/s64 -1) (int/s64 1)) (cmp (int/u64 5) (int/u64 5)) (cmp :a (int/s64 1))])
(printf "%q" (sort @[(int/s64 3) (int/s64 -1) (int/s64 2)]))
(printf "%q" (sort @[(int/u64 3) (int/u64 1) (int/u64 2)]))
#! test.janet:2:89: parse error: mismatched delimiter ], ( opened at line 1, column 71
#exit 1

#### return from inner function call: a ')' dropped
(defn search [xs target k]
  (each x xs (if (= x target) (return k x)))
(pp (label found (search [1 2 3] 2 found) :not-found))
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### underscore is a normal symbol: '"' inserted
(def [_ "b] [1 2])
(print _ b)
#! test.janet:3:0: parse error: unexpected end of source, " opened at line 1, column 9
#exit 1

#### (defmacro m [x] ~(+ ,x ,x)) again: a '(' dropped
(defmacro m [x] ~(+ ,x ,x))
(pp (macex1 '(m m 1))))
#! error: <function m> called with 2 arguments, expected 1
#!   in dotup [boot.janet] on line 2489, column 38
#!   in macex1 [boot.janet] on line 2496, column 16
#!   in thunk [test.janet] (tail call) on line 2, column 5
#exit 1

#### (pp (string/format "%.3d" 5)): '}' inserted
(pp (string/form}at "%.3d" 5))
#! test.janet:1:17: parse error: mismatched delimiter }, ( opened at line 1, column 5
#exit 1

#### splice in the middle of call: ']' inserted
(print (string "a" ;["b"] "c"] "d"))
#! test.janet:1:30: parse error: mismatched delimiter ], ( opened at line 1, column 8
#exit 1

#### (pp (match [1 2 3] [a b c d] :four [a b c] :three)): cut short
(pp (match [1 2 3] [a b c d] :four [a b c] :three
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 5
#exit 1

#### buffer/push-uint64 takes int/u64 and int/s64 bits as they ar: "'" inserted
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (buffer/push-uint64 @"" :be (int/u64 '"0x0102030405060708"))
   (buffer/push-uint64 @"" :le (int/u64 "0x0102030405060708"))
   (buffer/push-uint64 @"" :le (int/u64 "18446744073709551615"))
   (buffer/push-uint64 @"" :le (int/s64 -1))
   (buffer/push-uint64 @"" :be (int/s64 -2))
   (buffer/push-uint64 @"" :native (int/s64 "0x7FFFFFFFFFFFFFFF"))
   (buffer/push-uint32 @"" :le (int/u64 1))
   (buffer/push-uint16 @"" :le (int/s64 1))
   (buffer/push-word @"" (int/u64 1)))
#> (true @"\x01\x02\x03\x04\x05\x06\a\b")
#> (true @"\b\a\x06\x05\x04\x03\x02\x01")
#> (true @"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF")
#> (true @"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF")
#> (true @"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE")
#> (true @"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F")
#> (false "bad slot #2, expected 32 bit unsigned integer, got <core/u64 1>")
#> (false "bad slot #2, expected 16 bit unsigned integer, got <core/s64 1>")
#> (false "bad slot #1, expected number, got <core/u64 1>")

#### (pp (if (do false) 1 (do 2))): a ')' doubled
(pp (if (do false)) 1 (do 2)))
#! test.janet:1:5: compile error: expected 2 or 3 arguments to if
#exit 1

#### int methods: cut short
(printf "%q" (:/ (int/u64 "0xffff_ffff_ffff_ffff") 8 2))
(def a (int/u64 0xff))
(printf "%q" [(:+ a a a a) (:* a 2 2) (:- a 1 2) (:r- a 1)])
(printf "%q" (protect (:/ (int/s64 "-0x8000_0000_0000_0000") -1)))
(printf "%q" (protect (:mod (int/s64 1) 2 3)))
(printf "%q" [(:mod (int/u64 10) 4 3) (:mod (int/u64 10) 0 3) (:div (int/u64 100) 3 2)])
(printf "%q" [(:compare (int/s64 1) 2) (:compare (int/u64 1) (int/s64 -1)) (:compare (in
#> <core/u64 1152921504606846975>
#> (<core/u64 1020> <core/u64 1020> <core/u64 252> <core/u64 18446744073709551362>)
#> (false "INT64_MIN divided by -1")
#> (false "arity mismatch, expected 2, got 3")
#> (<core/u64 2> <core/u64 10> <core/u64 16>)
#! test.janet:8:0: parse error: unexpected end of source, ( opened at line 7, column 86
#exit 1

#### (pp (break 1 2)): '#' inserted
(pp #(break 1 2))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### sort returns its argument, sorted in place: cut short
(def a @[5 4 3 2 1])

#### %q of string with unicode: '"' inserted
("printf "%q" "ünï")
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 21
#exit 1

#### (def [a & b] @"xyz"): a '(' doubled
(def [a & b] @"xyz")
((pp [a b])
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### callback error inside (resume (fiber/new bad)): a ')' doubled
(defn bad [& _] (error "bad")))
(fiber/new bad)
(resume (fiber/new bad))
#! test.janet:1:31: parse error: unexpected closing delimiter )
#exit 1

#### nested quasiquote: '`' inserted
(def x 1`)
(pp ~(a ~(b ,(c ,x))))
#! test.janet:3:0: parse error: unexpected end of source, ` opened at line 1, column 9
#exit 1

#### unquote outside quasiquote: a ')' doubled
(unquote x))
#! test.janet:1:1: compile error: cannot use unquote here
#exit 1

#### set on nested data structure: a ')' doubled
(def t @{:inner @[0 0]})
(set ((t :inner) 1) 7)
(pp t))
#> @{:inner @[0 7]}
#! test.janet:3:7: parse error: unexpected closing delimiter )
#exit 1

#### (pp (cond :only-default)): '~' inserted
(pp (cond :on~ly-default))
#> ly-default

#### string/format %s of string-like values: a '"' doubled
(print (string/format "%s|%s|%s|%s" ""s" @"b" :k 's))
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 45
#exit 1

#### (pp @{:a @{:b @{:c @[1 2 3]}}}): a '}' dropped
(pp @{:a @{:b @{:c @[1 2 3]}})
#! test.janet:1:30: parse error: mismatched delimiter ), { opened at line 1, column 6
#exit 1

#### as->: ';' inserted
(print (as-> 5 x ;(+ x 1) (* x x)))
#! test.janet:1:18: compile error: splice can only be used in function parameters and data constructors, it has no effect here
#exit 1

#### fn arity error at compile time: a '(' dropped
defn f [x] x)
(f 1 2)
#! test.janet:1:6: compile error: unknown symbol f
#exit 1

#### ev-free varfn and defglobal: cut short
(defglobal "g1
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 12
#exit 1

#### (pp (quasiquote (a (quasiquote (b (unquote (unquote c))))))): a '(' dropped
(pp (quasiquote (a (quasiquote b (unquote (unquote c)))))))
#! test.janet:1:5: compile error: unknown symbol c
#exit 1

#### quote no args: a ')' doubled
(quote))
#! test.janet:1:1: compile error: expected 1 argument to quote
#exit 1

#### string/slice errors: a '"' dropped
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (string/slice "abcdef" 7)
   (string/slice "abcdef" -8)
   (string/slice "abcdef" 0 7)
   (string/slice "abcdef" 0 -8)
   (string/slice abcdef" 1.5)
   (string/slice "abcdef" 0 :x)
   (string/slice 1)
   (string/slice true 0 1)
   (string/slice 1 2 3 4)
   (string/slice "abc" 0 1 2))
#! test.janet:12:0: parse error: unexpected end of source, " opened at line 11, column 22
#exit 1

#### macro in function body: a '(' dropped
(defmacro inc2 [x] ~(+ ,x 2))
(defn f [y] inc2 y))
(print (f 40))
#! test.janet:2:20: parse error: unexpected closing delimiter )
#exit 1

#### table/getproto and table/setproto: a ')' doubled
(def p @{:b 2})
(def t (table/setproto @{:a 1} p))
(pp t)
(pp (= p (table/getproto t)))
(pp [(t :a)) (t :b) (get t :b) (in t :b)])
(pp (table/getproto @{}))
(pp (table/getproto (table/setproto t nil)))
(pp (t :b))
#> @{:a 1}
#> true
#! test.janet:5:12: parse error: mismatched delimiter ), [ opened at line 5, column 5
#exit 1

#### (pp (string/format "%5")): ' 0x' inserted
(pp (strin 0xg/format "%5"))
#! test.janet:1:22: parse error: symbol literal cannot start with a digit
#exit 1

#### def in let is local: a '(' dropped
(let [] (def hidden 4))
print (dyn 'hidden))
#! test.janet:2:20: parse error: unexpected closing delimiter )
#exit 1

#### parse error shows no earlier output: "'" inserted
(print "fir'st")
(print ]
#> fir'st
#! test.janet:2:8: parse error: mismatched delimiter ], ( opened at line 2, column 1
#exit 1

#### string/find-all: a '"' doubled
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (string/find-all "e" "onetwothree")
   (string/find-all "," "onetwothree")
   (string/find-all "qq" "qqq")
   (string/find-all "q" "qqq")
   (string/find-all "aba" "abababa")
   (string/find-all "a"" "banana" 2)
   (string/find-all "a" "banana" 6)
   (string/find-all "a" "banana" 60)
   (string/find-all :na @"banana")
   (string/find-all "" "abcd")
   (string/find-all "a" "abcd" -2)
   (string/find-all "a" 1)
   (string/find-all "a"))
#! test.janet:15:0: parse error: unexpected end of source, " opened at line 14, column 23
#exit 1

#### cond empty: a ')' doubled
(pp (cond)))
#> nil
#! test.janet:1:12: parse error: unexpected closing delimiter )
#exit 1

#### map over each kind of collection: ' 0x' inserted
(pp (map inc [1 2 3]))
(pp (map inc @[]))
(pp (map inc "ab"))
(p 0xp (map inc :ab))
(pp (map inc @"ab"))
(pp (map inc {:a 1}))
(pp (map inc @{:a 1}))
(pp (map inc (coro (yield 1) (yield 2))))
#> @[2 3 4]
#> @[]
#> @[98 99]
#! test.janet:4:7: parse error: symbol literal cannot start with a digit
#exit 1

#### (def result (protect (string/slice 5))): cut short
(def result (protect (string/slic
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 22
#exit 1

#### macro value is a function: "'" inserted
(de'fmacro mm [] 1)
(print (type mm))
#! test.janet:1:1: compile error: unknown symbol de
#exit 1

#### sort is not stable: cut short
(def recs @[[1 :a] [1 :b] [0 :c] [2 :d] [1 :e] [0 :f] [2 :
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 55
#exit 1

#### try body does not catch yields: ',' inserted
(def c (coro (try (yield :y) ([e] :caugh,t))))
(pp (resume c))
#! test.janet:1:41: compile error: cannot use unquote here
#exit 1

#### (defmacro m [& forms] (length forms)): a '(' dropped
(defmacro m [& forms] (length forms))
pp (m))
(pp (m a b c))
#! test.janet:2:7: parse error: unexpected closing delimiter )
#exit 1

#### tuple/type: ',' inserted
(pp (tuple/type [1]))
(pp (tuple/typ,e '(1)))
(pp (tuple/type (tuple 1 2)))
(pp (tuple/type '[a b]))
(pp (protect (tuple/type @[1])))
#> :parens
#! test.janet:2:5: compile error: unknown symbol tuple/typ
#exit 1

#### each over number errors: a ')' dropped
(each x 5 (print x)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### :range-to includes end: "'" inserted
'(loop [i :range-to [1 4]] (prin i))
(print)
#>

#### radix digit out of range: cut short
(pp 2r1
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### try catching errors in map: cut short
(pp (try 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 5
#exit 1

#### set on nested data structure: ']' inserted
(def t @{:inner @[0 0]})
(set ((t :inner) 1]) 7)
(pp t)
#! test.janet:2:19: parse error: mismatched delimiter ], ( opened at line 2, column 6
#exit 1

#### (pp (string/format "%T" 1)): '&' inserted
(pp (string/forma&t "%T" 1))
#! test.janet:1:5: compile error: unknown symbol string/forma&t
#exit 1

#### -> with symbols: cut short
(print (-> "abc" string/ascii-upper string/rev
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 8
#exit 1

#### (pp '(a#b)): a '(' dropped
(pp 'a#b))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (pp (string/format "%s" (buffer "b"))): ',' inserted
(pp (string/f,ormat "%s" (buffer "b")))
#! test.janet:1:5: compile error: unknown symbol string/f
#exit 1

#### short-fn too few arguments: cut short
(|(+
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 3
#exit 1

#### (defmacro m [x] (string "expanded-" x)): '1e' inserted
(defmacro m 1e[x] (string "expanded-" x))
(print (m foo))
#! test.janet:1:15: parse error: symbol literal cannot start with a digit
#exit 1

#### math functions results: "'" inserted
(print (math/sqrt 2) " " (math/exp 1) " " (math/l'og 10))
#! test.janet:1:43: compile error: unknown symbol math/l
#exit 1

#### struct/to-table, plain and recursive: a '(' dropped
(def s (struct/with-proto (struct/with-proto {:z 0 :y 9} :a 3 :y 8) :a 1 :b 2))
(def t1 (struct/to-table s))
(pp t1)
(pp (table/getproto t1))
(def t2 (struct/to-table s true))
(pp t2)
pp (table/getproto t2))
(pp (table/getproto (table/getproto t2)))
(pp (table/getproto (table/getproto (table/getproto t2))))
(pp (struct/to-table {} :yes))
(pp (table/getproto (struct/to-table (struct/with-proto {:a 1}) false)))
(pp (protect (struct/to-table @{})))
(pp (protect (struct/to-table 1)))
#> @{:a 1 :b 2}
#> nil
#> @{:a 1 :b 2}
#! test.janet:7:23: parse error: unexpected closing delimiter )
#exit 1

#### rest empty: a ']' doubled
(def [a b & rest] [1])
(pp [a b rest]])
#! test.janet:2:15: parse error: mismatched delimiter ], ( opened at line 2, column 1
#exit 1

#### compile error inside nested form position: ',' inserted
(defn, f []
  (let [x 1]
    (print (undefined-thing x))))
#! test.janet:3:12: compile error: unknown symbol undefined-thing
#exit 1

#### (pp (macex1 '(if-let [a 1] a))): a '[' dropped
(pp (macex1 '(if-let a 1] a)))
#! test.janet:1:25: parse error: mismatched delimiter ], ( opened at line 1, column 14
#exit 1

#### error in if condition: cut short
(defn f [] (if (error "cond"
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 16
#exit 1

#### try catching arity errors of builtins: cut short
(var f strin
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### set on nested data structure: a '(' dropped
def t @{:inner @[0 0]})
(set ((t :inner) 1) 7)
(pp t)
#! test.janet:1:1: compile error: unknown symbol def
#exit 1

#### loop :range with non-number: '}' inserted
(loop [i :range [:a 3]] (print i)})
#! test.janet:1:34: parse error: mismatched delimiter }, ( opened at line 1, column 1
#exit 1

#### (printf "%q" (let [a @[]] (array/push a a) a)): a '(' dropped
(printf "%q" (let [a @[]] array/push a a) a))
#! test.janet:1:1: compile error: unknown symbol a
#exit 1

#### symbols may not start with a digit: ';' inserted
(pp ;'1a)
#! test.janet:1:9: parse error: symbol literal cannot start with a digit
#exit 1

#### &named arguments: '#' inserted
(defn #f [a &named b c] [a b c])
(pp (f 1 :c 3))
(pp (f 1 :b 2 :c 3))
#! test.janet:4:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (defn f [&named a &opt b] 1): cut short
(defn f [&named a &op
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 9
#exit 1

#### with-syms: cut short
(defmacro my-swap [a b]
  (with-syms [t]
    ~(let [,t ,a] (set ,a ,b) (set ,b ,t))))
(var p 1) (var q 2)

#### string/format width on strings: cut short
(print (stri
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 8
#exit 1

#### &opt missing is nil: '|' inserted
(defn f [a &opt b] |(pp [a b]))
(f 1)
(f 1 2)

#### def binds a constant: ':' inserted
(def: x 10)
(print x)
#! test.janet:1:1: compile error: unknown symbol def:
#exit 1

#### (printf "%p" (tuple/brackets 1 [2] (tuple/brackets 3))): '~' inserted
(printf "%p" (tuple~/brackets 1 [2] (tuple/brackets 3)))
#> (/brackets
#>  1
#>  (2)
#>  [3])

#### tuple pattern: a ']' doubled
(def [a b c]] [1 2 3])
(print a b c)
#! test.janet:1:13: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### (defn f [] (yield 1)): a '(' doubled
((defn f [] (yield 1))
(f)
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### anonymous function call: cut short
(print ((fn [x]
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 9
#exit 1

#### trigonometric and hyperbolic functions: '\\' inserted
(def xs [-1 0 1 2 -2 1000 -1000 0.5 -0.5 1.5 -1.5 math/inf math/-inf math/nan
         (\math/sqrt -1) 1e308 -0.3 1e-320 710 -710 (* -1 0) 1e22 3.141592653589793
         1.5707963267948966 0.9999999999999999 -0.9999999999999999])
(each f [math/sin math/cos math/tan math/asin math/acos math/atan math/sinh
         math/cosh math/tanh math/asinh math/acosh math/atanh]
  (print f)
  (print (string/join (map |(string/format "%.17g" (f $)) xs) " ")))
#! test.janet:2:11: parse error: unexpected character
#exit 1

#### %m of long data: a '(' doubled
((printf "%m" (array/new-filled 30 "abc"))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### calling nil: ',' inserted
,(var n nil)
(n)
#! test.janet:1:1: compile error: cannot use unquote here
#exit 1

#### a shadowed binding that was never used is reported too: cut short
(defn lints-of [src]
  (def l @[])
  (each form (parse-all src) (compile form (curenv) "x.janet" l))
  l)
(each l (lints-of "(defn f [] (def a 1) (def a 2) a)\n(defn sh [x] (l
#! test.janet:6:0: parse error: unexpected end of source, " opened at line 5, column 19
#exit 1

#### do with macro output of ++ returns new value: '\\' inserted
(v\ar x 1)
(print (++ x))
#! test.janet:1:3: parse error: unexpected character
#exit 1

#### %m of data: cut short
(printf "%m" [1 
#! test.janet:2:0: parse error: unexpected end of source, [ opened at line 1, column 14
#exit 1

#### closures in while share var: a '[' dropped
(def fs @])
(var i 0)
(while (< i 3)
  (array/push fs (fn [] i))
  (++ i))
(pp (map (fn [f] (f)) fs))
#! test.janet:1:10: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### (pp (match [1 2 3] [1 & rest] rest)): a '[' dropped
(pp (match [1 2 3] 1 & rest] rest))
#! test.janet:1:28: parse error: mismatched delimiter ], ( opened at line 1, column 5
#exit 1

#### (pp (keyword "")): '}' inserted
(pp (ke}yword ""))
#! test.janet:1:8: parse error: mismatched delimiter }, ( opened at line 1, column 5
#exit 1

#### even? and odd?: cut short
(def nan (/ 0 0))
(pp (map even? [0 -0 1 2 -2 -3 1.5 nan math/inf]))
(pp (map odd? [0 1 -1 3 -3 2 1.5 nan math/inf]))
(pp (protect 
#> @[true true false true true false false false false]
#> @[false true true true true false false false false]
#! test.janet:5:0: parse error: unexpected end of source, ( opened at line 4, column 5
#exit 1

#### macex1 of unless: a '(' doubled
(pp (macex1 '((unless a b)))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### (loop [i :down-to [6 0 3]] (prin i)): '}' inserted
(loop [i :down-to }[6 0 3]] (prin i))
(print)
#! test.janet:1:19: parse error: mismatched delimiter }, [ opened at line 1, column 7
#exit 1

#### & twice: a ']' doubled
(defn f [& a & b]] a)
#! test.janet:1:18: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### fn arity too few at runtime: a ')' doubled
(defn f [x y] x))
(def h (if (dyn :nothing) 1 f))
(h 1)
#! test.janet:1:17: parse error: unexpected closing delimiter )
#exit 1

#### mutual tail recursion one million times: a ')' dropped
(var odd-n? nil)
(defn even-n? [n] (if (= n 0) true (odd-n? (- n 1))))
(set odd-n? (fn [n] (if (= n 0) false (even-n? (- n 1)))))
(print (even-n? 1000000)
(print (odd-n? 7))
#! test.janet:6:0: parse error: unexpected end of source, ( opened at line 4, column 1
#exit 1

#### %q of string with control characters: cut short
(printf "%q" 
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### destructure a number literal key in struct: a ')' dropped
(def {0 z} [:zero :one])
(print z
#! test.janet:3:0: parse error: unexpected end of source, ( opened at line 2, column 1
#exit 1

#### (pp (->> 1 (string "a") keyword)): a '"' dropped
(pp (->> 1 (string a") keyword))
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 21
#exit 1

#### (repeat 2 (repeat 2 (prin "x")) (prin "|")): cut short
(repeat 2 (repeat 2 (prin "
#! test.janet:2:0: parse error: unexpected end of source, " opened at line 1, column 27
#exit 1

#### with returns body value: a ')' dropped
(print (with [r 1 identity] (+ r 1))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### redef dyn :redef: a ')' doubled
(setdyn :redef true)
(def x 1)
(defn f [] x)
(def x 2))
(print (f))
#! test.janet:4:10: parse error: unexpected closing delimiter )
#exit 1

#### apply with spread arguments: a ')' dropped
(print (apply + 1 2 [3 4])
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### :after modifier: a ')' doubled
(loop [i :range [0 3] :after (prin ">")] (prin i)))
(print)
#> 0>1>2>
#noeol stdout
#! test.janet:1:51: parse error: unexpected closing delimiter )
#exit 1

#### (pp (string/from-bytes 0xe2 0x98)): '#' inserted
(pp (string/from-#bytes 0xe2 0x98))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 5
#exit 1

#### string/split: a '"' dropped
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (string/split "," "one,two,three")
   (string/split "," "onetwothree")
   (string/split "qq" "1qqqqz")
   (string/split "aa" "aaa)
   (string/split "," "")
   (string/split "," ",")
   (string/split ", " "a, b, c, ")
   (string/split :b @"abcbd")
   (string/split "b" 'abcbd)
   (string/split @"-" :a-b))
#! test.janet:12:0: parse error: unexpected end of source, " opened at line 11, column 21
#exit 1

#### %p of long data wraps: a ')' doubled
(printf "%p" (array/new-filled 30 :kw)))
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
#! test.janet:1:40: parse error: unexpected closing delimiter )
#exit 1

#### calling a struct with two args is a compile error: '[' inserted
(print ({:[a 1} :b 2))
#! test.janet:1:15: parse error: mismatched delimiter }, [ opened at line 1, column 11
#exit 1

#### (defn f [&keys {:a a}] a): '|' inserted
(defn| f [&keys {:a a}] a)
(print (get (dyn 'f) :doc))
#! test.janet:1:1: compile warning (normal): binding short-fn is shadowing a macro
#! test.janet:1:10: compile error: unknown symbol &keys
#exit 1

#### juxt*: ';' inserted
(def j (juxt* inc dec (fn [& xs] xs)))
(pp (;j 1))
(pp ((juxt* + -) 1 2 3))
(pp ((juxt*)))
(pp (tuple/type ((juxt* inc) 1)))
(pp j)
(pp (protect (j 1 2)))
#! test.janet:2:6: compile error: splice can only be used in function parameters and data constructors, it has no effect here
#exit 1

#### (pp (match {:t :a :v 1} {:t :b} :b {:t :a :v v} v)): ']' inserted
(pp (mat]ch {:t :a :v 1} {:t :b} :b {:t :a :v v} v))
#! test.janet:1:9: parse error: mismatched delimiter ], ( opened at line 1, column 5
#exit 1

#### (:k): '{' inserted
(:{k)
#! test.janet:1:5: parse error: mismatched delimiter ), { opened at line 1, column 3
#exit 1

#### compare method errors: a ')' doubled
(pp (protect (compare 1 @{:compare (fn [& _] nil)})))
(pp (protect (compare 1 @{:compare (fn [& _] :a)})))
(pp (protect (compare @{:compare (fn [& _] nil)} @{:compare (fn [& _] nil)})))
(pp (protect (compare @{:compare 5} 1)))
(pp (protect (compare @{:compare (fn [x] 1))} 1)))
#> (false "could not find method :* for nil")
#> (false "could not find method :* for :a")
#> (false "could not find method :* for nil")
#> (false "5 called with 2 arguments, possibly expected 1")
#! test.janet:5:44: parse error: mismatched delimiter ), { opened at line 5, column 24
#exit 1

#### splice empty: '`' inserted
(print` (+ ;[]))
#! test.janet:2:0: parse error: unexpected end of source, ` opened at line 1, column 7
#exit 1

#### (pp (case 2 1 :a 2 :b)): cut short
(pp (case 2 1 :a 2 :b)
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 1
#exit 1

#### error with a struct: ' 0x' inserted
(error {:a 1 0x})
#! test.janet:1:16: parse error: symbol literal cannot start with a digit
#exit 1

#### top level error after definitions exits immediately: a '(' dropped
(error "stop")
print "not reached")
#! error: stop
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### (pp ['- '+ '-a '+a '.5a]): ']' inserted
(pp []'- '+ '-a '+a '.5a])
#! test.janet:1:25: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### insert into a token ends it: a ')' dropped
(def p (parser/new))
(parser/consume p "(abc")
(parser/insert p 5)
(parser/consume p "")
(printf "%q" (parser/produce p))
#> nil

#### error in if condition: a '[' dropped
(defn f ] (if (error "cond") 1 2))
(f)
#! test.janet:1:9: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### (def a @[1]) (pp [a a]): a ']' doubled
(def a @[1]]) (pp [a a])
#! test.janet:1:12: parse error: mismatched delimiter ], ( opened at line 1, column 1
#exit 1

#### predicates are functions with arity checks: a ')' dropped
(pp [(function? map) (function? nil? (cfunction? array/push) (function? array/push)])
(var f nil?)
(pp (protect (f)))
(pp (protect (f 1 2)))
(set f truthy?)
(pp (protect (f)))
#! test.janet:1:84: parse error: mismatched delimiter ], ( opened at line 1, column 22
#exit 1

#### try catching arity errors of builtins: '@' inserted
(var f string/trim)
(p@p (try (f) ([e] e)))
#! test.janet:2:1: compile error: unknown symbol p@p
#exit 1

#### predicates are functions with arity checks: ']' inserted
(pp [(function? map) (function? nil?) (cfunction? array/pu]sh) (function? array/push)])
(var f nil?)
(pp (protect (f)))
(pp (protect (f 1 2)))
(set f truthy?)
(pp (protect (f)))
#! test.janet:1:59: parse error: mismatched delimiter ], ( opened at line 1, column 39
#exit 1

#### the value of an if with a constant condition is no constant to the compiler's arity check
(pp (protect ((if false :yes :no))))
(print ((if true inc) 1))
((if true :no))
#> (false "method call (:no) takes at least 1 argument, got 0")
#> 2
#! error: method call (:no) takes at least 1 argument, got 0
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### a do of a constant is still checked when compiled
(print "before")
((do :no))
#> before
#! test.janet:2:1: compile error: :no expects at least 1 argument, got 0
#exit 1

#### calling a fiber with one argument looks the fiber up in it, as a key
(def fib (fiber/new (fn [] 1)))
(def t @{})
(put t fib 5)
(pp (fib t))
(pp (fib @{}))
(pp (protect (fib [1 2])))
#> 5
#> nil
#> (false "expected integer key for tuple in range [0, 2), got <fiber 0x55950F5E9F50>")
