#### a weak-values table loses the entries whose value nothing else holds
(def t (table/weak-values 1))
(defn fill [] (put t :a @"") (put t :b @[1]) (put t :c "str") (put t :e 1)
  (put t :f :kw) (put t :g (fn [] 1)) (put t :h {:a 1}) (put t :k print)
  (put t :l (string "a" "b")))
(fill)
(print (length t))
(gccollect)
(pp t)
#> 9
#> @{:c "str" :e 1 :f :kw :h {:a 1} :k <cfunction print>}

#### a weak array sets the collected elements to nil and keeps its length
(def a (array/weak 2))
(def kept @"kept")
(array/push a @"" 1 kept (string "x" "y") (symbol "weak-sym") nil true)
(gccollect)
(pp a)
(print (length a))
#> @[nil 1 @"kept" nil nil nil true]
#> 7

#### weak keys, and weak keys and values
(def k (table/weak-keys 2))
(def key @"key")
(put k @"" 1)
(put k (string "x" "y") 2)
(put k 3 (string "x" "y"))
(put k key :v)
(gccollect)
(pp k)
(def kv (table/weak 2))
(put kv key @[])
(put kv :x key)
(put kv @[] :y)
(gccollect)
(pp kv)
#> @{3 "xy" @"key" :v}
#> @{:x @"key"}

#### an element referred to only from a collected element goes too
(def a (array/weak 2))
(def inner @"in")
(def t (table/weak-values 1))
(put t :x inner)
(array/push a @[inner])
(gccollect)
(pp [a (length t)])
#> (@[nil] 1)

#### weak containers marshal as weak and stay weak
(printf "%j %j" (marshal (array/weak 1)) (marshal (table/weak-keys 1)))
(def c (unmarshal (marshal (array/weak 1))))
(array/push c @"")
(gccollect)
(pp c)
#> @"\xE8\0" @"\xE2\0"
#> @[nil]

#### a strong table keeps everything
(def t @{})
(put t :a @"")
(gccollect)
(pp t)
#> @{:a @""}

#### garbage in cycles goes too
(def a (table/weak-keys 2))
(def b (table/weak-values 2))
(let [k @[1]] (put a k :x) (put b :y k))
(def c (array/weak 2))
(let [t @{}] (put t :self t) (array/push c t))
(def d (table/weak 2))
(let [x @"x" y @"y"] (put d x y) (put d y x))
(def e (table/weak-keys 2))
(put e {:a @[]} 1)
(put e [1 2] 2)
(put e (fn [] 1) 3)
(def kept @[])
(put e kept 4)
(gccollect)
(pp [(length a) (length b) c (length d) (length e)])
(pp (values e))
#> (0 0 @[nil] 0 1)
#> @[4]

#### keywords and symbols named only by forms that have run are collected
(def wk (table/weak-keys 4))
(def wkv (table/weak 4))
(put wk :only-here-kw-1 1)
(put wk true :kept-as-value)
(put wk :kept-as-value 2)
(put wkv (symbol "made-" "sym") :only-here-kw-2)
(put wkv :also-only-here :and-this)
(defn uses [] :used-by-a-function)
(put wk :used-by-a-function 3)
(gccollect)
(pp wk)
(pp wkv)
#> @{true :kept-as-value :kept-as-value 2 :used-by-a-function 3}
#> @{}
