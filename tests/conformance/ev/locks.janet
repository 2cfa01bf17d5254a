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
#> (false "bad slot #0, expected core/rwlock, got <core/lock 0x55A6D36667D0>")

#### with-lock releases on error
(def l (ev/lock))
(pp (protect (ev/with-lock l (error "inside"))))
(ev/acquire-lock l)
(ev/release-lock l)
(pp :ok)
#> (false "inside")
#> :ok
