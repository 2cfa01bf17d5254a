# :subprocess for os/execute, os/spawn and os/shell.

#### :subprocess forbids os/execute
(sandbox :subprocess)
(pp (protect (os/execute ["true"])))
(pp (protect (os/execute ["true"] :p)))
(pp (protect (os/execute 1)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :subprocess forbids os/spawn
(sandbox :subprocess)
(pp (protect (os/spawn ["true"] :p)))
#> (false "operation forbidden by sandbox")

#### :subprocess forbids os/shell, with and without a command
(sandbox :subprocess)
(pp (protect (os/shell "true")))
(pp (protect (os/shell)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### without :subprocess programs run
(sandbox :fs-write :env :net)
(pp (os/execute ["true"] :p))
(pp (os/shell "exit 3"))
#> 0
#> 768

#### :all includes :subprocess
(defn main [&]
  (sandbox :all)
  (pp (protect (os/execute ["true"] :p)))
  (pp (protect (os/proc-wait 1))))
#> (false "operation forbidden by sandbox")
#> (false "bad slot #0, expected core/process, got 1")

#### the frames of os/execute
(defn trace [f]
  # the error and the frames (names; positions in this file only)
  (def fib (fiber/new f :e))
  (def e (resume fib))
  (print "error: " e)
  (each fr (debug/stack fib)
    (print "  " (fr :name)
           (if (= (fr :source) "test.janet") (string " " (fr :source-line) ":" (fr :source-column)) "")
           (if (fr :tail) " (tail)" ""))))
(sandbox :subprocess)
(trace (fn [] (os/execute ["echo" "hi"] :p)))
#> error: operation forbidden by sandbox
#>   os/execute
#>    11:15
