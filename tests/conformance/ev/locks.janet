#### locks
(def l (ev/lock))
(pp (type l))
(pp (= l (ev/acquire-lock l)))
(ev/acquire-lock l)
(ev/release-lock l)
(pp (= l (ev/release-lock l)))
(pp (ev/with-lock l :inside))
(pp (protect (ev/acquire-lock 1)))
#> :core/lock
#> true
#> true
#> :inside
#> (false "bad slot #0, expected core/lock, got 1")

#### read-write locks
(def rw (ev/rwlock))
(pp (type rw))
(ev/acquire-rlock rw)
(ev/acquire-rlock rw)
(ev/release-rlock rw)
(ev/release-rlock rw)
(pp (ev/with-wlock rw :writing))
(pp (ev/with-rlock rw :reading))
(pp (protect (ev/acquire-wlock (ev/lock))))
#> :core/rwlock
#> :writing
#> :reading
#> (false "bad slot #0, expected core/rwlock, got <core/lock 0x55E1C17B77D0>")

#### with-lock releases on error
(def l (ev/lock))
(pp (protect (ev/with-lock l (error "inside"))))
(ev/acquire-lock l)
(ev/release-lock l)
(pp :ok)
#> (false "inside")
#> :ok

#### a lock is recursive for its thread; one release too many is an error
(def l (ev/lock))
(ev/acquire-lock l)
(ev/acquire-lock l)
(ev/release-lock l)
(ev/release-lock l)
(pp (protect (ev/release-lock l)))
#> (false "cannot release lock")

#### the fibers of one thread share the thread's hold on a lock
(def l (ev/lock))
(ev/spawn (ev/acquire-lock l) (ev/sleep 0.01) (print "a done") (ev/release-lock l))
(ev/spawn (ev/acquire-lock l) (print "b got it too") (ev/release-lock l))
#> b got it too
#> a done

#### two threads increment a counter under a lock: no update is lost
(def l (ev/lock))
(def cell (ev/thread-chan 1))
(ev/give cell 0)
(def done (ev/thread-chan 2))
(defn worker [n]
  (for i 0 n
    (ev/with-lock l
      (def v (ev/take cell))
      (ev/give cell v)
      (os/sleep 0.001)          # (the other thread runs meanwhile)
      (ev/take cell)
      (ev/give cell (+ v 1))))
  (ev/give done :done))
(ev/thread worker 20 :n)
(ev/thread worker 20 :n)
(ev/take done)
(ev/take done)
(print "counter " (ev/take cell))
#> counter 40

#### acquiring a lock another thread holds waits for its release
(def l (ev/lock))
(def log (ev/thread-chan 10))
(ev/thread
  (fn []
    (ev/acquire-lock l)
    (ev/give log :held)
    (os/sleep 0.05)
    (ev/give log :releasing)
    (ev/release-lock l))
  nil :n)
(print (ev/take log))
(ev/acquire-lock l)
(print "when acquired, messages waiting: " (ev/count log))
(print (ev/take log))
(ev/release-lock l)
#> held
#> when acquired, messages waiting: 1
#> releasing

#### a lock held by another thread cannot be released here
(def l (ev/lock))
(def ch (ev/thread-chan 1))
(def go (ev/thread-chan 1))
(ev/thread (fn [] (ev/acquire-lock l) (ev/give ch :held) (ev/take go) (ev/release-lock l) (ev/give ch :released)) nil :n)
(ev/take ch)
(pp (protect (ev/release-lock l)))
(ev/give go :go)
(print (ev/take ch))
(ev/acquire-lock l)
(print "main has it")
(ev/release-lock l)
#> (false "cannot release lock")
#> released
#> main has it

#### a writer in another thread keeps readers out until it releases
(def rw (ev/rwlock))
(def go (ev/thread-chan 1))
(def log (ev/thread-chan 10))
(ev/thread
  (fn []
    (ev/acquire-wlock rw)
    (ev/give log :writing)
    (ev/take go)
    (os/sleep 0.05)
    (ev/give log :write-done)
    (ev/release-wlock rw))
  nil :n)
(print (ev/take log))
(ev/give go :go)
(ev/acquire-rlock rw)
(ev/give log :reading)
(print (ev/take log) " " (ev/take log))
(ev/release-rlock rw)
#> writing
#> write-done reading

#### readers of two threads hold a read-write lock together
(def rw (ev/rwlock))
(def log (ev/thread-chan 10))
(ev/acquire-rlock rw)
(ev/thread (fn [] (ev/acquire-rlock rw) (ev/give log :second-reader) (ev/release-rlock rw)) nil :n)
(print (ev/take log))
(ev/release-rlock rw)
#> second-reader

#### a second write lock of one thread does nothing; one release frees the lock
(def rw (ev/rwlock))
(def log (ev/thread-chan 10))
(ev/acquire-wlock rw)
(ev/acquire-wlock rw)
(ev/acquire-rlock rw)
(ev/release-wlock rw)
(ev/thread (fn [] (ev/acquire-wlock rw) (ev/give log :thread-wrote) (ev/release-wlock rw)) nil :n)
(print (ev/take log))
(ev/acquire-wlock rw)
(ev/release-rlock rw)
(ev/thread (fn [] (ev/acquire-rlock rw) (ev/give log :thread-read) (ev/release-rlock rw)) nil :n)
(print (ev/take log))
#> thread-wrote
#> thread-read
