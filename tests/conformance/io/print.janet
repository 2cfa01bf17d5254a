# The print families, flush, and pp against the reference.

#### print, prin, eprint, eprin to the standard streams
(print "a" 1 :b 'c @"d" nil true [1 2])
(prin "no newline")
(prin)
(print)
(eprint "err" 2)
(eprin "e")
(eprint)
(print "é")
#> a1bcdtrue<tuple 0x55A41CEFDB70>
#> no newline
#> é
#! err2
#! e

#### printing to buffers
(def out-buf @"")
(def err-buf @"")
(with-dyns [:out out-buf :err err-buf]
  (print "Hello" 1)
  (prin "hi")
  (printf "%d-%s" 1 "x")
  (prinf "[%q]" "y")
  (eprint "Sup")
  (eprin "not much.")
  (eprintf "%j" [1 2])
  (eprinf "%v" @{})
  (flush)
  (eflush))
(pp out-buf)
(pp err-buf)
#> @"Hello1\nhi1-x\n[\"y\"]"
#> @"Sup\nnot much.(1 2)\n<table 0x56008830C300>"

#### printing to functions
(def got @[])
(defn collect [x] (array/push got [(type x) (string x)]))
(with-dyns [:out collect :err collect]
  (print "a" 1)
  (prin "b")
  (printf "%d" 2)
  (prinf "c")
  (eprint "d")
  (eprintf "e%s" "f"))
(xprint collect "x")
(xprinf collect "%s" "y")
(pp got)
#> @[(:buffer "a1\n") (:buffer "b") (:buffer "2\n") (:buffer "c") (:buffer "d\n") (:buffer "ef\n") (:buffer "x\n") (:buffer "y")]

#### the function gets a fresh buffer and may print itself
(def out-buf @"")
(defn prepend [x]
  (with-dyns [:out out-buf]
    (prin "> " x)))
(with-dyns [:out prepend]
  (print "Hello world"))
(pp out-buf)
#> @"> Hello world\n"

#### xprint and friends
(def b @"")
(xprint b "a" 1)
(xprin b "b")
(xprintf b "%d" 2)
(xprinf b "<%s>" "c")
(pp b)
(pp (xprint b))
(pp (xprintf b "x"))
(pp b)
#> @"a1\nb2\n<c>"
#> nil
#> nil
#> @"a1\nb2\n<c>\nx\n"

#### things that cannot be printed to
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (with-dyns [:out print] (print "x")))
(t (with-dyns [:out 3] (print "x")))
(t (with-dyns [:out :kw] (prin "x")))
(t (with-dyns [:err "str"] (eprint "x")))
(t (with-dyns [:out (fiber/new (fn []))] (print "x") :ok))
(t (with-dyns [:out 3] (printf "%d" 1)))
(t (with-dyns [:err []] (eprintf "%d" 1)))
(t (xprint nil "x"))
(t (xprin nil))
(t (xprintf nil "x"))
(t (xprinf nil "x"))
(t (xprintf 3 "123"))
(t (xprint @[] "x"))
(t (xprintf true "x"))
#> ERR: cannot print to <cfunction print>
#> ERR: cannot print to 3
#> ERR: cannot print to :kw
#> ERR: cannot print to "str"
#> ERR: cannot print to <fiber 0x55DAE0406BF0>
#> ERR: cannot print to 3
#> ERR: cannot print to <tuple 0x55DAE032A7F0>
#> ERR: cannot print to nil
#> ERR: cannot print to nil
#> ERR: cannot print to nil
#> ERR: cannot print to nil
#> ERR: cannot print to 3
#> ERR: cannot print to <array 0x55DAE041DB70>
#> ERR: cannot print to true

#### printf format arguments
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (printf @"x%d" 1))
(t (printf :x))
(t (printf "x\0%d" 1))
(t (printf "%d" "a"))
(t (printf "%d"))
(t (xprintf @"" 3))
(t (xprintf @"" "%d" :x))
(t (xprintf 3 @"x"))
(t (printf))
(t (xprintf @""))
(t (xprint))
(printf "%d %s %q %j" 1 "two" "three" :four)
(printf "%%")
(prinf "no newline")
(printf "")
#> ERR: bad slot #0, expected string, got @"x%d"
#> ERR: bad slot #0, expected string, got :x
#> ERR: bytes contain embedded 0s
#> ERR: can not convert string "a" to 64 bit signed integer
#> ERR: not enough values for format
#> ERR: bad slot #1, expected string, got 3
#> ERR: can not convert keyword :x to 64 bit signed integer
#> ERR: bad slot #1, expected string, got @"x"
#> ERR: arity mismatch, expected at least 1, got 0
#> ERR: arity mismatch, expected at least 2, got 1
#> ERR: arity mismatch, expected at least 1, got 0
#> 1 two "three" :four
#> %
#> no newline

#### pp and *pretty-format*
(pp [1 "two" @{:a 3}])
(pp "s")
(pp nil)
(with-dyns [:pretty-format "<%j>"]
  (pp [1 2]))
(with-dyns [*pretty-format* "%p"]
  (pp @"buf"))
(def b @"")
(with-dyns [:out b] (pp {:k 'v}))
(pp b)
(pp *pretty-format*)
(print (try (with-dyns [:pretty-format 5] (pp 1)) ([e] e)))
#> (1 "two" @{:a 3})
#> "s"
#> nil
#> <(1 2)>
#> @"buf"
#> @"{:k v}\n"
#> :pretty-format
#> bad slot #0, expected string, got 5

#### flush and eflush with various destinations
(flush)
(eflush)
(with-dyns [:out @""] (flush))
(with-dyns [:out 3 :err :x] (flush) (eflush))
(with-dyns [:out stdout :err stderr] (print "o") (eprint "e") (flush) (eflush))
(pp (flush))
#> o
#> nil
#! e
