#### fibers made with :i share the environment
(setdyn :color :red)
(def f (fiber/new (fn [] (setdyn :shape :round) (dyn :color)) :i))
(pp (resume f))
(pp (dyn :shape))
#> :red
#> :round

#### fibers made with :p inherit the environment
(setdyn :color :blue)
(def f (fiber/new (fn [] (setdyn :color :green) (dyn :color)) :p))
(pp (resume f))
(pp (dyn :color))
(pp (table/getproto (fiber/getenv f)))
#> :green
#> :blue
#> @{f @{:source-map ("test.janet" 2 1) :value <fiber 0x559DC4C22310>} :args @["test.janet"] :color :blue :current-file "test.janet" :source "test.janet"}

#### with-dyns
(setdyn :level 1)
(with-dyns [:level 2] (pp (dyn :level)))
(pp (dyn :level))
(pp (with-dyns [:a 1 :b 2] [(dyn :a) (dyn :b)]))
#> 2
#> 1
#> (1 2)

#### fiber/getenv and fiber/setenv
(def f (fiber/new (fn [] (dyn :x))))
(pp (fiber/getenv f))
(fiber/setenv f @{:x 42})
(pp (resume f))
(pp (fiber/getenv f))
(def g (fiber/new (fn [] (dyn :y)) :e @{:y 7}))
(pp (resume g))
#> nil
#> 42
#> @{:x 42}
#> 7

#### an explicit env given with :i
(setdyn :z :outer)
(def f (fiber/new (fn [] (dyn :z)) :i @{:z :explicit}))
(pp (resume f))
#> :outer

#### tasks see the dynamic bindings of the fiber that made them
(setdyn :who :parent)
(ev/spawn (pp (dyn :who)) (setdyn :who :child) (pp (dyn :who)))
(ev/sleep 0)
(pp (dyn :who))
#> :parent
#> :child
#> :parent

#### a fiber made without an environment has none: dyn sees nothing, setdyn makes one
(pp (resume (fiber/new (fn [] (curenv)))))
(pp (resume (fiber/new (fn [] (dyn :args)))))
(pp (resume (fiber/new (fn [] (dyn :zz 7)))))
(def f (fiber/new (fn [] (setdyn :q 1) (yield (dyn :q)) (dyn :q))))
(pp (resume f))
(pp (resume f))
(pp (fiber/getenv f))
(pp (dyn :q))
(pp (resume (fiber/new (fn [] (with-dyns [:out @""] (print "y") (dyn :out))))))
(pp (resume (fiber/new (fn [] (dyn :args)) :i)))
#> nil
#> nil
#> 7
#> 1
#> 1
#> @{:q 1}
#> nil
#> @"y\n"
#> @["test.janet"]

#### eval in a fiber without an environment compiles against an empty one
(pp (protect (resume (fiber/new (fn [] (eval '(+ 1 2))) :e))))
#> (true "unknown symbol +")
