# Differences the differential fuzzer (tests/tools/fuzz.py) found, reduced.

#### code eval compiles from forms without positions maps to line -1, column -1
(def g (eval (tuple 'fn 'gg [] (tuple 'string/join 1))))
(g)
#! error: bad slot #0, expected array or tuple, got 1
#!   in string/join [src/core/string.c] on line 493
#!   in gg [eval] on line -1, column -1
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### a top-level form without positions given to eval
(eval (tuple (tuple 'fn [] (tuple 'error "x"))))
#! error: x
#!   in <anonymous> [eval] on line -1, column -1
#!   in thunk [eval] (tail call) on line -1, column -1
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### debug/stack of a frame without positions
(def f (eval (tuple 'fn 'ff [] (tuple 'get (tuple 'debug/stack (tuple 'fiber/current)) 1))))
(def fr (f))
(print (fr :source-line) " " (fr :source-column) " " (fr :source))
#> -1 -1 eval

#### a top-level var shadowing a macro gives no lint, a local var does
(var when 1)
(print when)
(var [unless b] 1)
#> 1
#! error: expected string, symbol, keyword, array, tuple, table, struct or buffer, got 1
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### a var inside do is local and shadows a macro
(do (var when 1) (print when))
(defn f [] (var [cond b] [1 2]) cond)
(print (f))
#> 1
#> 1
#! test.janet:1:5: compile warning (normal): binding when is shadowing a macro
#! test.janet:2:12: compile warning (normal): binding cond is shadowing a macro

#### fiber/new checks its environment before its mask, and a nil mask is an error
(print (get (protect (fiber/new (fn [] 1) () :y)) 1))
(print (get (protect (fiber/new (fn [] 1) :y 1)) 1))
(print (fiber/status (fiber/new (fn [] 1) :y nil)))
(fiber/new (fn [] 1) nil)
#> bad slot #2, expected table, got :y
#> bad slot #2, expected table, got 1
#> new
#! error: bad slot #1, expected string, symbol, keyword or buffer, got nil
#!   in fiber/new [src/core/fiber.c] on line 480
#!   in thunk [test.janet] (tail call) on line 4, column 1
#exit 1

#### the &keys and &named functions of boot.janet: flags, lints, an odd last argument dropped
(print (disasm flycheck :structarg) " " (disasm dofile :namedargs) " " (disasm ffi/context :namedargs)
       " " (disasm bundle/install :structarg))
(spit "m.janet" "(print 42)")
(pp (protect (dofile "m.janet" :exit)))
(pp (protect (flycheck "m.janet" :exit)))
(pp (protect (dofile "m.janet" :nope 1)))
(pp (protect (dofile "m.janet" :exit 1 (keyword "ex" "it") nil)))
(pp (protect (require "/no/such" :exit)))
(os/rm "m.janet")
#> true 7 2 true
#> 42
#> (true @{:current-file "m.janet" :source "m.janet"})
#> (true nil)
#> 42
#> (true @{:current-file "m.janet" :source "m.janet"})
#> 42
#> (true @{:current-file "m.janet" :source "m.janet"})
#> (false "expected even number of arguments")
#! test.janet:4:14: compile warning (normal): odd number of named arguments to `&named` function <function dofile>
#! test.janet:5:14: compile warning (normal): odd number of named arguments to `&keys` function <function flycheck>
#! test.janet:6:14: compile warning (normal): unused named argument :nope to function <function dofile>
