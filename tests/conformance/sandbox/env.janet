# :env, :hrtime and :subprocess for the environment, clocks and the process id.

#### :env forbids getenv, setenv and environ
(sandbox :env)
(pp (protect (os/getenv "HOME")))
(pp (protect (os/getenv "HOME" "dflt")))
(pp (protect (os/setenv "PYJANET_X" "1")))
(pp (protect (os/setenv "PYJANET_X")))
(pp (protect (os/environ)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :env is checked before the arguments
(sandbox :env)
(pp (protect (os/getenv 1)))
(pp (protect (os/setenv 1 2)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :env leaves other os functions alone
(sandbox :env)
(pp (os/which))
(pp (type (os/time)))
(pp (type (os/cwd)))
(pp (type (os/clock)))
#> :linux
#> :number
#> :string
#> :number

#### without :env the environment is there
(os/setenv "PYJANET_SANDBOX_VAR" "yes")
(pp (os/getenv "PYJANET_SANDBOX_VAR"))
(pp (get (os/environ) "PYJANET_SANDBOX_VAR"))
(sandbox :fs :net :subprocess)
(pp (os/getenv "PYJANET_SANDBOX_VAR"))
#> "yes"
#> "yes"
#> "yes"

#### :hrtime forbids os/clock with every source and format
(sandbox :hrtime)
(pp (protect (os/clock)))
(pp (protect (os/clock :monotonic)))
(pp (protect (os/clock :cputime :int)))
(pp (protect (os/clock :bogus)))
(pp (type (os/time)))
(pp (type (os/date)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> :number
#> :struct

#### :subprocess forbids os/getpid
(pp (type (os/getpid)))
(sandbox :subprocess)
(pp (protect (os/getpid)))
#> :number
#> (false "operation forbidden by sandbox")
