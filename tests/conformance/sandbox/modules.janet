# :compile, :fs-read, :modules, :unmarshal and :threads: evaluating code,
# loading modules, unmarshalling, threads.

#### :compile forbids compile, eval and eval-string
(defn main [&]
  (sandbox :compile)
  (pp (protect (compile '(+ 1 2))))
  (pp (protect (compile '(+ 1 2) 1)))
  (pp (protect (eval '(+ 1 2))))
  (pp (protect (eval-string "(+ 1 2)")))
  (pp (protect (eval-string "(+ 1"))))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "unexpected end of source, ( opened at line 1, column 1")

#### :compile leaves parsing, macro expansion and calling functions
(defn main [&]
  (sandbox :compile)
  (pp (parse "(+ 1 2)"))
  (pp (macex '(when a b)))
  (pp ((fn [x] (* x 2)) 21)))
#> (+ 1 2)
#> (if a (do b))
#> 42

#### the frames of eval and eval-string under :compile
(defn trace [f]
  # the error and the frames (names; positions in this file only)
  (def fib (fiber/new f :e))
  (def e (resume fib))
  (print "error: " e)
  (each fr (debug/stack fib)
    (print "  " (fr :name)
           (if (= (fr :source) "test.janet") (string " " (fr :source-line) ":" (fr :source-column)) "")
           (if (fr :tail) " (tail)" ""))))
(defn main [&]
  (sandbox :compile)
  (trace (fn [] (eval '(print 1))))
  (trace (fn [] (eval-string "(print 1)"))))
#> error: operation forbidden by sandbox
#>   compile
#>   eval (tail)
#> error: operation forbidden by sandbox
#>   compile
#>   eval
#>   eval-string (tail)

#### :compile stops a file being run at its next top-level form
(def path "/tmp/pyjanet-sandbox-dofile-case.janet")
(spit path "(print \"one\")\n(sandbox :compile)\n(print \"two\")\n")
(defn main [&]
  (pp (protect (dofile path)))
  (print "after"))
#> one
#> (false "operation forbidden by sandbox")
#> after

#### :fs-read forbids loading a module from a file
(def d "/tmp/pyjanet-sandbox-mod-case")
(os/mkdir d)
(spit (string d "/m.janet") "(def x 42)")
(spit (string d "/n.janet") "(def y 7)")
(setdyn *module-paths* @[[(string d "/:all:.janet") :source]])
(pp (get-in (require "m") ['x :value]))
(sandbox :fs-read)
(pp (protect (require "n")))
(pp (protect (dofile (string d "/n.janet"))))
(pp (protect (module/find "n")))
# even a module in the cache is looked for first
(pp (protect (require "m")))
#> 42
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### the frames of require under :fs-read
(defn trace [f]
  # the error and the frames (names; positions in this file only)
  (def fib (fiber/new f :e))
  (def e (resume fib))
  (print "error: " e)
  (each fr (debug/stack fib)
    (print "  " (fr :name)
           (if (= (fr :source) "test.janet") (string " " (fr :source-line) ":" (fr :source-column)) "")
           (if (fr :tail) " (tail)" ""))))
(def d "/tmp/pyjanet-sandbox-mod-case2")
(os/mkdir d)
(spit (string d "/n.janet") "(def y 7)")
(setdyn *module-paths* @[[(string d "/:all:.janet") :source]])
(sandbox :fs-read)
(trace (fn [] (require "n")))
(trace (fn [] (dofile (string d "/n.janet"))))
#> error: operation forbidden by sandbox
#>   os/stat
#>   fexists
#>   module/find
#>   require-1 (tail)
#> error: operation forbidden by sandbox
#>   file/open
#>   dofile (tail)

#### :compile forbids loading a source module
(def d "/tmp/pyjanet-sandbox-mod-case3")
(os/mkdir d)
(spit (string d "/n.janet") "(print \"loading n\") (def y 7)")
(setdyn *module-paths* @[[(string d "/:all:.janet") :source]])
(defn main [&]
  (sandbox :compile)
  (pp (protect (require "n")))
  (pp (protect (dofile (string d "/n.janet")))))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :modules forbids native modules
(def d "/tmp/pyjanet-sandbox-mod-case4")
(os/mkdir d)
(spit (string d "/nat.so") "not really a library")
(setdyn *module-paths* @[[(string d "/:all:.so") :native]])
(sandbox :modules)
(pp (protect (require "nat")))
#> (false "operation forbidden by sandbox")

#### a module function in module/paths needs nothing
(setdyn *module-paths* @[[(fn [p] (if (= p "virtual") "virtual")) :preload]])
(put module/cache "virtual" @{'z @{:value 3}})
(defn main [&]
  (sandbox :all)
  (pp (get-in (require "virtual") ['z :value])))
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
#> <fiber 0x563275742780>

#### a thread inherits the sandbox
(sandbox :env)
(ev/thread (fn [] (pp (protect (os/getenv "HOME")))))
(print "joined")
#> (false "operation forbidden by sandbox")
#> joined
