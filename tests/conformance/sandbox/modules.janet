# :compile, :fs-read, :modules, :unmarshal and :threads: evaluating code,
# loading modules, unmarshalling, threads.

#### :compile forbids compile, eval and eval-string
(defn main [&]
  (sandbox :compile)
  (pp (protect (compile '(+ 1 2))))
  (pp (protect (eval '(+ 1 2))))
  (pp (protect (eval-string "(+ 1 2)")))
  (pp (protect (eval-string "(+ 1")))
  (pp (protect (compile 1 2 3 4 5))))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "unexpected end of source, ( opened at line 1, column 1")
#> (false "operation forbidden by sandbox")

#### :compile leaves parsing and macro expansion
(defn main [&]
  (sandbox :compile)
  (pp (parse "(+ 1 2)"))
  (pp (macex '(when a b)))
  (pp ((fn [x] (* x 2)) 21)))
#> (+ 1 2)
#> (if a (do b))
#> 42

#### :compile stops the script at its next top-level form
(print "before")
(sandbox :compile)
(print "after")
#> before
#! error: operation forbidden by sandbox
#!   in compile [src/core/compile.c] on line 1162
#!   in <anonymous> [boot.janet] on line 2680, column 20
#exit 1

#### :compile stops the script: output of the same form still appears
(do (sandbox :compile) (print "same form"))
(print "next form")
#> same form
#! error: operation forbidden by sandbox
#!   in compile [src/core/compile.c] on line 1162
#!   in <anonymous> [boot.janet] on line 2680, column 20
#exit 1

#### the uncaught error of eval
(defn main [&]
  (sandbox :compile)
  (eval '(print 1)))
#! error: operation forbidden by sandbox
#!   in compile [src/core/compile.c] on line 1162
#!   in eval [boot.janet] (tail call) on line 2791, column 12
#!   in run-main [boot.janet] on line 4684, column 16
#!   in cli-main [boot.janet] on line 4904, column 17
#exit 1

#### :fs-read forbids importing a file
(def d "/tmp/pyjanet-sandbox-mod-case")
(os/mkdir d)
(spit (string d "/m.janet") "(def x 42)")
(def m ((require (string d "/m")) 'x))
(pp (m :value))
(spit (string d "/n.janet") "(def y 7)")
(sandbox :fs-read)
(pp (protect (require (string d "/n"))))
(pp (protect (dofile (string d "/n.janet"))))
# a module already loaded comes from the cache
(pp (get-in (require (string d "/m")) ['x :value]))
(sandbox :fs-write)
(pp (protect (module/find (string d "/n"))))
#! error: could not find module /tmp/pyjanet-sandbox-mod-case/m:
#!     tmp/pyjanet-sandbox-mod-case/m.jimage
#!     tmp/pyjanet-sandbox-mod-case/m.janet
#!     tmp/pyjanet-sandbox-mod-case/m/init.janet
#!     tmp/pyjanet-sandbox-mod-case/m.so
#!   in require-1 [boot.janet] (tail call) on line 3198, column 20
#!   in thunk [test.janet] (tail call) on line 4, column 9
#exit 1

#### import under :fs-read, uncaught
(def d "/tmp/pyjanet-sandbox-mod-case2")
(os/mkdir d)
(spit (string d "/n.janet") "(def y 7)")
(sandbox :fs-read)
(import /tmp/pyjanet-sandbox-mod-case2/n)
#! error: operation forbidden by sandbox
#!   in os/stat [src/core/os.c] on line 2502
#!   in fexists [boot.janet] on line 2982, column 14
#!   in module/find [boot.janet] on line 3016, column 17
#!   in require-1 [boot.janet] on line 3197, column 7
#!   in import* [boot.janet] on line 3242, column 15
#!   in thunk [test.janet] (tail call) on line 5, column 1
#exit 1

#### :compile forbids importing source modules
(def d "/tmp/pyjanet-sandbox-mod-case3")
(os/mkdir d)
(spit (string d "/n.janet") "(def y 7)")
(defn main [&]
  (sandbox :compile)
  (pp (protect (require (string d "/n")))))
#> (false "could not find module /tmp/pyjanet-sandbox-mod-case3/n:\n    tmp/pyjanet-sandbox-mod-case3/n.jimage\n    tmp/pyjanet-sandbox-mod-case3/n.janet\n    tmp/pyjanet-sandbox-mod-case3/n/init.janet\n    tmp/pyjanet-sandbox-mod-case3/n.so")

#### dofile of a file under :compile
(def d "/tmp/pyjanet-sandbox-mod-case4")
(os/mkdir d)
(spit (string d "/n.janet") "(print \"running n\") (def y 7)")
(defn main [&]
  (sandbox :compile)
  (pp (protect (dofile (string d "/n.janet")))))
#> (false "operation forbidden by sandbox")

#### preloaded modules need nothing
(put module/cache "sandboxed-preload" @{'z @{:value 3}})
(defn main [&]
  (sandbox :all)
  (pp (get-in (require "sandboxed-preload") ['z :value])))
#> 3

#### :unmarshal forbids unmarshal, not marshal
(def b (marshal [1 2 3]))
(pp (unmarshal b))
(sandbox :unmarshal)
(pp (protect (unmarshal b)))
(pp (protect (unmarshal 1)))
(pp (type (marshal {:a 1})))
#> (1 2 3)
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> :buffer

#### :threads forbids ev/thread and what is made of it
(sandbox :threads)
(pp (protect (ev/thread (fn [] 1))))
(pp (protect (ev/thread (fn [] 1) nil :n)))
(pp (protect (ev/do-thread 1)))
(pp (protect (ev/spawn-thread 1)))
(pp (protect (ev/thread 1)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :threads leaves tasks alone
(sandbox :threads)
(def ch (ev/chan))
(ev/spawn (ev/give ch 5))
(pp (ev/take ch))
(pp (ev/call (fn [] 6)))
#> 5
#> <fiber 0x555E23296780>

#### a thread inherits the sandbox
(sandbox :env)
(ev/thread (fn [] (pp (protect (os/getenv "HOME")))))
(print "joined")
#> (false "operation forbidden by sandbox")
#> joined
