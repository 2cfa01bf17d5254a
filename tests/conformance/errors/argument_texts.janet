# Error texts of bad arguments, as the reference's (issue 13; found by
# tests/tools/fuzz.py).

#### bitwise operators: the rhs check and bnot's truncation
(each f [|(band 1 math/nan) |(band 1 3.7) |(bor 1 1e10) |(bxor 1 0.5) |(band 1 2 3.5) |(band 1.5)
         |(blshift 1 0.5) |(brshift 1 0.5) |(brushift 1 1.5)]
  # (the value the reference prints is whatever a float register held: not compared)
  (def [ok msg] (protect (f)))
  (pp [ok (string/slice msg 0 44)]))
(pp (map bnot [0.1 0.5 -0.5 1.5 -1.5 math/nan 1e10 -1e10 2147483647 -2147483648]))
(pp (protect (bnot :a)))
(pp (protect (band :a 1)))
(pp (protect (band 1 :a)))
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> (false "rhs must be valid 32-bit signed integer, got")
#> @[-1 -1 -1 -2 0 2147483647 2147483647 2147483647 -2147483648 2147483647]
#> (false "could not find method :~ for :a")
#> (false "could not find method :& for :a or :r& for 1")
#> (false "could not find method :& for 1 or :r& for :a")

#### shifts by a constant: the reference's immediate instructions
(pp (protect (blshift :a 1)))
(pp (protect (brshift :a 2)))
(pp (protect (brushift :a 3)))
(pp (protect (blshift :a 200)))
(pp (protect (blshift 1 :a)))
(pp (protect (blshift :a 1 2)))
(pp (protect (blshift 1 2 :a)))
(pp (protect (apply blshift [:a 1])))
(pp (protect (map |(blshift $ 1) [1 :a])))
(pp [(blshift 1 3) (brshift -16 2) (brushift -1 28) (blshift (int/s64 8) 1) (brushift (int/u64 8) 1)])
#> (false "could not find method :<< for :a")
#> (false "could not find method :>> for :a")
#> (false "could not find method :>> for :a")
#> (false "could not find method :<< for :a or :r<< for 200")
#> (false "could not find method :<< for 1 or :r<< for :a")
#> (false "could not find method :<< for :a")
#> (false "could not find method :<< for 4 or :r<< for :a")
#> (false "could not find method :<< for :a or :r<< for 1")
#> (false "could not find method :<< for :a")
#! error: value -1 out of range for 32-bit unsigned integers
#!   in thunk [test.janet] (tail call) on line 10, column 36
#exit 1

#### with-dyns, with-syms, curenv
(pp (protect (eval '(with-dyns :x 1))))
(pp (protect (eval '(with-syms 1 1))))
(pp (protect (eval '(with-syms :ab 1))))
(pp (with-syms [a b] (string a)))
(pp (protect (curenv :a)))
(pp (protect (curenv "a")))
(pp (= (curenv 1.5) (curenv 2)))
(pp (= (curenv 0) (curenv)))
(pp (= (curenv -1) (curenv)))
(pp (curenv 100))
#> (false "(macro) unknown method :x invoked on 0")
#> (false "(macro) expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")
#> (false "unexpected type in destructuring, got 97")
#> "_000014"
#> (false "could not find method :- for :a")
#> (false "could not find method :- for \"a\"")
#> true
#> true
#> true
#> nil

#### scan-number, getproto, describe, gccollect, gcsetinterval
(pp (protect (scan-number "1" 1)))
(pp (protect (scan-number "1" 37)))
(pp (scan-number "12" 0))
(pp (scan-number "ff" 16))
(pp (protect (getproto 1)))
(pp (protect (getproto "a")))
(pp (describe))
(pp (describe 1 2 "x"))
(pp (gccollect 1 2))
(each x [-1 :a 1.5 1e20 1e15 nil]
  (pp (protect (gcsetinterval x))))
(gcsetinterval 4194304)
#> (false "expected base between 2 and 36, got 1")
#> (false "expected base between 2 and 36, got 37")
#> 12
#> 255
#> (false "expected struct or table, got 1")
#> (false "expected struct or table, got \"a\"")
#> ""
#> "12\"x\""
#> nil
#> (false "bad slot #0, expected size, got -1")
#> (false "bad slot #0, expected size, got :a")
#> (false "bad slot #0, expected size, got 1.5")
#> (false "bad slot #0, expected size, got 1e+20")
#> (false "interval too large")
#> (false "bad slot #0, expected size, got nil")

#### dofile, flycheck, doc-format, run-context and cli-main given the wrong things
(pp (protect (dofile 1)))
(pp (protect (dofile :a)))
(pp (protect (doc-format 1)))
(pp (protect (doc-format "a" 10 :x)))
(pp (protect (run-context 1)))
(pp (protect (cli-main 1)))
#> (false "bad slot #0, expected string, got 1")
#> (false "bad slot #0, expected string, got :a")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")
#> (false "could not find method :- for :x or :r- for 0")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1")

#### doc-format of dictionaries and bad indents
(pp (doc-format @{}))
(pp (doc-format {:a 1}))
(pp (protect (doc-format "abc" 10 -5)))
(pp (protect (doc-format "abc" 10 1.5)))
(pp (protect (doc-format identity)))
#> @""
#> @""
#> (false "expected non-negative number of repetitions")
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got <function identity>")

#### defglobal and varglobal in a fiber without an environment
(pp (resume (fiber/new (fn [] (defglobal "abc" 1) (dyn 'abc)))))
(pp (resume (fiber/new (fn [] (varglobal :xyz 2) (dyn 'xyz)))))
(pp (protect (slice 1 2 3 4)))
(pp (protect (slice "abc" 1 2 3)))
#> @{:value 1}
#> @{:ref @[2]}
#> (false "bad slot #0, expected string, symbol, keyword, array, tuple or buffer, got 1")
#> (false "arity mismatch, expected at most 3, got 4")

#### a module imported in a fiber without an environment has no syspath
(def f (fiber/new (fn [] (import nosuchmodule)) :e))
(print (resume f))
#> could not find module nosuchmodule:
#>     /nosuchmodule.jimage
#>     /nosuchmodule.janet
#>     /nosuchmodule/init.janet
#>     /nosuchmodule.so

#### calling data with the wrong arguments in tail position is the caller's error
(defn f [] (@[1] 1 2))
(f)
#! error: <array 0x55E7C892E440> called with 2 arguments, possibly expected 1
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### calls of constant data the compiler can tell have the wrong arity
(def f (fiber/new (fn [] 1)))
(def a @[1 2])
(each form ['(f) '(f 1 2) '(a 1 2 ;[3]) '(a 1 ;[3]) '(a ;[0]) '(1 2 3) '("abc" 1 2)
            '(:k) '(:k ;[]) '(true 1 2)]
  (pp (protect (eval form))))
#> (false "<fiber 0x5619B6E20730> expects 1 argument, got 0")
#> (false "<fiber 0x5619B6E20730> expects 1 argument, got 2")
#> (false "<array 0x5619B6E21180> expects 1 argument, got at least 2")
#> (false "<array 0x5619B6E21180> called with 2 arguments, possibly expected 1")
#> (true 1)
#> (false "1 expects 1 argument, got 2")
#> (false "\"abc\" expects 1 argument, got 2")
#> (false ":k expects at least 1 argument, got 0")
#> (false "method call (:k) takes at least 1 argument, got 0")
#> (false "true expects 1 argument, got 2")

#### flycheck and dofile of a keyword
(flycheck :a)
(dofile :a)
#! error: bad slot #0, expected string, got :a
#!   in file/open [src/core/io.c] on line 141
#!   in dofile [boot.janet] (tail call) on line 3372, column 12
#! error: bad slot #0, expected string, got :a
#!   in file/open [src/core/io.c] on line 141
#!   in dofile [boot.janet] on line 3372, column 12
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### with-vars walks its bindings by calling them, and restores through a fiber
(pp (protect (eval '(with-vars :kw "x" @[]))))
(pp (protect (eval '(with-vars [x]))))
(var x 1)
(pp (with-vars [x 2] (+ x 1)))
(pp [(protect (with-vars [x 2] (error "boom"))) x])
(def f (fiber/new (fn [] (with-vars [x 5] (yield x) (+ x 1)))))
(pp [(resume f) x (resume f) x])
#> (false "(macro) unknown method :kw invoked on 0")
#> (false "(macro) expected even number of argument to vars")
#> 3
#> ((false "boom") 1)
#> (5 1 6 1)

#### doc-format of an empty text names its type
(each t [@"" "" (keyword "") (symbol "")]
  (pp (protect (doc-format t))))
#> (false "expected integer key for buffer in range [0, 0), got 0")
#> (false "expected integer key for string in range [0, 0), got 0")
#> (false "expected integer key for keyword in range [0, 0), got 0")
#> (false "expected integer key for symbol in range [0, 0), got 0")

#### unused named arguments are linted from the argument forms
(defn f [a &named b c] [a b c])
(pp (f 1 :b 2 :c 3 3))
(def x :b)
(pp (f 1 x 2))
(pp (f 1 "s" 2))
(pp (f 1 :d 2))
(pp (f 1 (if true :b :c) 2))
#> (1 2 3)
#> (1 2 nil)
#> (1 nil nil)
#> (1 nil nil)
#> (1 2 nil)
#! test.janet:2:5: compile warning (normal): odd number of named arguments to `&named` function <function f>
#! test.janet:2:5: compile warning (normal): unused named argument 3 to function <function f>
#! test.janet:4:5: compile warning (normal): unused named argument x to function <function f>
#! test.janet:5:5: compile warning (normal): unused named argument "s" to function <function f>
#! test.janet:6:5: compile warning (normal): unused named argument :d to function <function f>
