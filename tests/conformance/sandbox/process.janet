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

#### the uncaught error of os/execute
(sandbox :subprocess)
(os/execute ["echo" "hi"] :p)
#! error: operation forbidden by sandbox
#!   in os/execute [src/core/os.c] on line 1498
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### :all includes :subprocess
(defn main [&]
  (sandbox :all)
  (pp (protect (os/execute ["true"] :p)))
  (pp (protect (os/proc-wait 1))))
#> (false "operation forbidden by sandbox")
#> (false "bad slot #0, expected core/process, got 1")
