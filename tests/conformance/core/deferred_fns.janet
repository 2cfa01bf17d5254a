#### a top-level function is the same value before and after its first call
(defn f [] f)
(def t @{:f f})
(print (= (f) f) " " (= (t :f) f) " " (= ((t :f)) f))
#> true true true

#### an arity error on a top-level function's first call
(defn g [a b] (+ a b))
(apply g [1])
#! error: <function g> called with 1 argument, expected 2
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### one fn form made into two functions, the second called first
(def th (compile '(fn [x] (* x 2))))
(def a (th))
(def b (th))
(print (b 3) " " (a 4) " " (= a b))
#> 6 8 false

#### trace of a function not called yet
(defn t2 [x] (+ x 1))
(trace t2)
(print (t2 5))
#> 6
#! trace (t2 5)

#### a fiber of a generator function not called yet
(defn gen [] (yield 1) (yield 2) 3)
(def fb (fiber/new gen))
(print (resume fb) (resume fb) (resume fb))
(def co (coro (gen)))
(print (resume co))
#> 123
#> 1

#### asm of the disasm of a function not called yet
(defn d [x] (+ x 1))
(def d2 (asm (disasm d)))
(print (d2 1) " " (d 1))
#> 2 2

#### a breakpoint set and cleared on a function not called yet
(defn e [x] (* x 3))
(debug/fbreak e)
(debug/unfbreak e)
(print (e 2))
#> 6

#### a function with many call sites calls itself and returns itself
(defmacro many [n] ~(do ,;(seq [i :range [0 80]] ~(string ,i ,n))))
(defn big [n] (many n) (if (> n 0) (big (- n 1)) big))
(print (= (big 3) big))
(defn deep [n] (many n) (if (> n 0) (+ 1 (deep (- n 1))) 0))
(print (deep 2000))
#> true
#> 2000

#### a marshalled function not called yet
(defn mm [x] (+ x 10))
(def back (unmarshal (marshal mm make-image-dict) load-image-dict))
(print (back 1) " " (mm 2))
#> 11 12

#### mutually recursive top-level functions, first called deep inside each other
(var od nil)
(defn ev? [n] (if (= n 0) true (od (- n 1))))
(set od (fn [n] (if (= n 0) false (ev? (- n 1)))))
(print (ev? 10000))
#> true
