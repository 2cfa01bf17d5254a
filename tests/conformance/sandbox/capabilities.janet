# The `sandbox` function itself: its arguments, its errors, and that a
# capability taken away stays away.

#### an unknown capability
(pp (protect (sandbox :foo)))
(pp (protect (sandbox :fs :nope)))
#> (false "unknown capability :foo")
#> (false "unknown capability :nope")

#### arguments must be keywords
(pp (protect (sandbox "fs")))
(pp (protect (sandbox :fs 'env)))
(pp (protect (sandbox nil)))
#> (false "bad slot #0, expected keyword, got \"fs\"")
#> (false "bad slot #1, expected keyword, got env")
#> (false "bad slot #0, expected keyword, got nil")

#### no capability is taken away by a failed call
(pp (protect (sandbox :env :bogus)))
(pp (protect (os/getenv "PYJANET_SANDBOX_UNSET")))
#> (false "unknown capability :bogus")
#> (true nil)

#### every capability name is accepted
(defn main [&]
  (each c [:asm :chroot :compile :env :ffi :ffi-define :ffi-jit :ffi-use :fs
           :fs-read :fs-temp :fs-write :hrtime :modules :net :net-connect
           :net-listen :signal :subprocess :threads :unmarshal]
    (sandbox c))
  (print "all accepted")
  (pp (sandbox :sandbox))
  (pp (protect (sandbox))))
#> all accepted
#> nil
#> (false "operation forbidden by sandbox")

#### sandbox returns nil, and with no arguments does nothing
(pp (sandbox))
(pp (sandbox :env))
(pp (sandbox))
(pp (protect (os/getenv "HOME")))
#> nil
#> nil
#> nil
#> (false "operation forbidden by sandbox")

#### :sandbox forbids calling sandbox again, even with no arguments
(sandbox :sandbox)
(pp (protect (sandbox)))
(pp (protect (sandbox :env)))
(pp (protect (sandbox :nope)))
(pp (protect (sandbox 1)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "unknown capability :nope")
#> (false "bad slot #0, expected keyword, got 1")

#### once taken away, a capability stays away
(sandbox :env)
(pp (protect (os/getenv "HOME")))
(sandbox :fs-read)
(pp (protect (os/getenv "HOME")))
(pp (protect (slurp "/etc/hostname")))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### a capability taken away in a fiber is gone outside it too
(pp (fiber/status (fiber/new (fn [] (sandbox :env)))))
(resume (fiber/new (fn [] (sandbox :env))))
(pp (protect (os/getenv "HOME")))
(try (sandbox :fs-read) ([e] nil))
(pp (protect (slurp "/etc/hostname")))
#> :new
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :all takes everything away
(defn main [&]
  (sandbox :all)
  (pp (protect (os/getenv "HOME")))
  (pp (protect (slurp "/etc/hostname")))
  (pp (protect (os/execute ["true"])))
  (pp (protect (net/address "127.0.0.1" 8000)))
  (pp (protect (os/clock)))
  (pp (protect (unmarshal (marshal 1))))
  (pp (protect (ev/thread (fn [] 1))))
  (pp (protect (eval 1)))
  (pp (protect (sandbox)))
  (print "stdout still works")
  (eprint "stderr too")
  (pp (type (os/time))))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> stdout still works
#> :number
#! stderr too

#### :all at the top level stops the script at its next form
(sandbox :all)
(print "not reached")
#! error: operation forbidden by sandbox
#!   in compile [src/core/compile.c] on line 1162
#!   in <anonymous> [boot.janet] on line 2680, column 20
#exit 1

#### the error of a forbidden operation, uncaught
(sandbox :env)
(print "before")
(os/getenv "HOME")
(print "not reached")
#> before
#! error: operation forbidden by sandbox
#!   in os/getenv [src/core/os.c] on line 1676
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### the error inside a function
(defn f [] (os/setenv "X" "1"))
(sandbox :env)
(f)
#! error: operation forbidden by sandbox
#!   in os/setenv [src/core/os.c] on line 1693
#!   in f [test.janet] on line 1, column 12
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### doc of sandbox
(def d (get (dyn 'sandbox) :doc))
(print (string/slice d 0 (string/find "\n" d)))
#> (sandbox & forbidden-capabilities)
