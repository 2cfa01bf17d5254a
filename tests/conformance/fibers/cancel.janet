#### cancel goes to the fiber that is suspended
(def inner (coro (defer (print "inner defer") (yield :in))))
(def outer (fiber/new (fn [] (resume inner) (yield :after-inner) :outer-done) :ey))
(pp (resume outer))
(pp [(fiber/status outer) (fiber/status inner)])
(pp (cancel outer :stop))
(pp [(fiber/status outer) (fiber/status inner)])
#> :after-inner
#> (:pending :pending)
#> :stop
#> (:error :pending)

#### cancel reaches the innermost fiber of a suspended chain
(def inner (fiber/new (fn [] (defer (print "inner cleanup") (yield :deep))) :e))
(def middle (fiber/new (fn [] (resume inner)) :e))
(def outer (fiber/new (fn [] [:middle-gave (resume middle)]) :y))
(pp (resume outer))
(pp (map fiber/status [outer middle inner]))
(pp (protect (cancel outer :stop)))
(pp (map fiber/status [outer middle inner]))
(pp (fiber/last-value inner))
#> :deep
#> @[:pending :pending :pending]
#> inner cleanup
#> (true (:middle-gave :stop))
#> @[:dead :dead :error]
#> :stop

#### cancel a fiber suspended inside try
(def h (coro (try (yield 1) ([e] (yield [:h-caught e]) :h-end))))
(pp (resume h))
(pp (cancel h :zap))
(pp (resume h))
(pp (fiber/status h))
#> 1
#> (:h-caught :zap)
#> :h-end
#> :dead

#### yields through try inside a generator
(def g (coro (try (do (yield 1) (yield 2) (error :boom)) ([e] (yield [:caught e]))) :fin))
(pp (seq [x :in g] x))
#> @[1 2 (:caught :boom)]

#### debug signals
(def d (fiber/new (fn [] (debug :dbg) :after) :d))
(pp (resume d))
(pp (fiber/status d))
(pp (resume d))
#> :dbg
#> :debug
#> :after

#### debug/lineage of a suspended chain
(def a (fiber/new (fn [] (yield 1) :a-done) :e))
(def b (fiber/new (fn [] (resume a)) :e))
(def c (fiber/new (fn [] (resume b)) :y))
(pp (resume c))
(pp (map fiber/status (debug/lineage c)))
(pp (resume c))
(pp (map fiber/status [a b c]))
#> 1
#> @[:pending :pending :pending]
#> :a-done
#> @[:dead :dead :dead]
