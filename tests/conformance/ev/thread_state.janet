# Each ev/thread body runs in an interpreter of its own, as the reference's new
# VM: copies of the module tables, its own math/random generator and gensym
# counter, and no dynamic bindings.

#### a thread's module/cache is a copy: what it loads or changes stays there
(put module/cache "parent-mod" @{'x @{:value 1}})
(ev/thread
  (fn []
    (print "thread sees the parent's module: " (get-in (require "parent-mod") ['x :value]))
    (put module/cache "thread-mod" @{'y @{:value 2}})
    (put-in module/cache ["parent-mod" 'x :value] 10)
    (print "thread's x: " (get-in (require "parent-mod") ['x :value]))
    (print "thread has thread-mod: " (truthy? (get module/cache "thread-mod")))))
(print "parent has thread-mod: " (truthy? (get module/cache "thread-mod")))
(print "parent's x: " (get-in (require "parent-mod") ['x :value]))
(put module/cache "late-mod" @{})
(ev/thread (fn [] (print "a later thread has late-mod: " (truthy? (get module/cache "late-mod")))))
#> thread sees the parent's module: 1
#> thread's x: 10
#> thread has thread-mod: true
#> parent has thread-mod: false
#> parent's x: 1
#> a later thread has late-mod: true

#### module/paths and module/loading are the thread's own
(def n (length module/paths))
(ev/thread
  (fn []
    (array/push module/paths ["/nowhere/:all:" :source])
    (put module/loading "x" true)
    (print "thread paths added: " (- (length module/paths) n))))
(print "parent paths added: " (- (length module/paths) n))
(print "parent loading x: " (get module/loading "x"))
#> thread paths added: 1
#> parent paths added: 0
#> parent loading x: 

#### root-env and make-env in a thread lead to the thread's tables
(ev/thread
  (fn []
    (print (= (get-in root-env ['module/cache :value]) module/cache))
    (print (= (table/getproto (make-env)) root-env))))
#> true
#> true

#### math/random in a thread starts like a new program's, apart from the parent's
(math/seedrandom 42)
(print (math/random))
(ev/thread (fn [] (print "thread " (math/random)) (print "thread " (math/random))))
(print (math/random))
(ev/do-thread (math/seedrandom 7) (print "seeded thread " (math/random)))
(ev/do-thread (print "do-thread " (math/random)))
(print (math/random))
#> 0.900358161924284
#> thread 0.487181187691715
#> thread 0.912752790009917
#> 0.387218556853928
#> seeded thread 0.0121301037751507
#> do-thread 0.487181187691715
#> 0.0256139890045404

#### a thread's values from math/random over a threaded channel
(def ch (ev/thread-chan 10))
(ev/spawn-thread (ev/give ch (math/random)) (ev/give ch (math/random)))
(print (ev/take ch) " " (ev/take ch))
#> 0.487181187691715 0.912752790009917

#### gensyms in a thread start from the first one
(defmacro twice [x] (def g (gensym)) ~(let [,g ,x] (+ ,g ,g)))
(print (gensym))
(ev/thread (fn [] (each x [1] (print (twice x))) (print (gensym)) (print (gensym))))
(print (gensym))
#> _00000Y
#> 2
#> _000000
#> _000001
#> _000012

#### a thread has no dynamic bindings; what it sets stays there
(setdyn :my-setting 1)
(def syspath (dyn *syspath*))
(ev/thread
  (fn []
    (print "thread :my-setting " (dyn :my-setting))
    (print "thread syspath " (dyn *syspath*))
    (setdyn *syspath* "/nowhere")
    (print "thread syspath now " (dyn *syspath*))))
(print "parent syspath kept: " (= syspath (dyn *syspath*)))
#> thread :my-setting 
#> thread syspath 
#> thread syspath now /nowhere
#> parent syspath kept: true

#### a thread starts with the parent's sandbox; its own sandbox stays there
(ev/thread (fn [] (sandbox :fs-read) (pp (protect (os/stat "/" :mode)))))
(print "parent reads: " (os/stat "/" :mode))
(sandbox :env)
(ev/thread (fn [] (pp (protect (os/getenv "HOME")))))
#> (false "operation forbidden by sandbox")
#> parent reads: directory
#> (false "operation forbidden by sandbox")
