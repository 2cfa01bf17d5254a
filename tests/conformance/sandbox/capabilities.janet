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

#### the frames of a forbidden operation
(defn trace [f]
  # the error and the frames (names; positions in this file only)
  (def fib (fiber/new f :e))
  (def e (resume fib))
  (print "error: " e)
  (each fr (debug/stack fib)
    (print "  " (fr :name)
           (if (= (fr :source) "test.janet") (string " " (fr :source-line) ":" (fr :source-column)) "")
           (if (fr :tail) " (tail)" ""))))
(defn f [] (os/setenv "X" "1"))
(sandbox :env)
(trace (fn [] (f)))
(trace (fn [] (os/environ)))
#> error: operation forbidden by sandbox
#>   os/setenv
#>   f 10:12 (tail)
#> error: operation forbidden by sandbox
#>   os/environ
#>    13:15

#### doc of sandbox
(def d (get (dyn 'sandbox) :doc))
(print (string/slice d 0 (string/find "\n" d)))
#> (sandbox & forbidden-capabilities)

#### a forbidden builtin with the wrong number of arguments: the sandbox first
(defn main [&]
  (sandbox :all)
  (pp (protect (os/getenv)))
  (pp (protect (os/setenv)))
  (pp (protect (os/environ 1)))
  (pp (protect (os/clock 1 2 3)))
  (pp (protect (os/getpid 1)))
  (pp (protect (os/execute)))
  (pp (protect (os/spawn)))
  (pp (protect (os/shell 1 2)))
  (pp (protect (os/mkdir)))
  (pp (protect (os/rmdir)))
  (pp (protect (os/stat)))
  (pp (protect (os/lstat)))
  (pp (protect (os/dir)))
  (pp (protect (os/cd)))
  (pp (protect (os/touch)))
  (pp (protect (os/chmod)))
  (pp (protect (os/umask)))
  (pp (protect (os/rename)))
  (pp (protect (os/realpath)))
  (pp (protect (os/link)))
  (pp (protect (os/symlink)))
  (pp (protect (file/temp 1)))
  (pp (protect (net/address)))
  (pp (protect (net/connect)))
  (pp (protect (net/listen)))
  (pp (protect (ev/thread)))
  (pp (protect (unmarshal)))
  (pp (protect (compile)))
  # these check their arguments first
  (pp (protect (file/open)))
  (pp (protect (os/open)))
  (pp (protect (os/rm)))
  (pp (protect (sandbox 1))))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "arity mismatch, expected at least 1, got 0")
#> (false "arity mismatch, expected 1, got 0")
#> (false "bad slot #0, expected keyword, got 1")
