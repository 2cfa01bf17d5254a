# The type and value predicates of boot.janet.

#### type predicates
(def samples [nil true false 1 "s" 's :k @"b" [1] @[1] {:a 1} @{:a 1} inc print (coro 1)])
(each p [nil? boolean? number? string? symbol? keyword? buffer? tuple? array? struct?
         table? function? cfunction? fiber? true? false? truthy?]
  (pp (map p samples)))
#> @[true false false false false false false false false false false false false false false]
#> @[false true true false false false false false false false false false false false false]
#> @[false false false true false false false false false false false false false false false]
#> @[false false false false true false false false false false false false false false false]
#> @[false false false false false true false false false false false false false false false]
#> @[false false false false false false true false false false false false false false false]
#> @[false false false false false false false true false false false false false false false]
#> @[false false false false false false false false true false false false false false false]
#> @[false false false false false false false false false true false false false false false]
#> @[false false false false false false false false false false true false false false false]
#> @[false false false false false false false false false false false true false false false]
#> @[false false false false false false false false false false false false true false false]
#> @[false false false false false false false false false false false false false true false]
#> @[false false false false false false false false false false false false false false true]
#> @[false true false false false false false false false false false false false false false]
#> @[false false true false false false false false false false false false false false false]
#> @[false true false true true true true true true true true true true true true]

#### predicates are functions with arity checks
(pp [(function? map) (function? nil?) (cfunction? array/push) (function? array/push)])
(var f nil?)
(pp (protect (f)))
(pp (protect (f 1 2)))
(set f truthy?)
(pp (protect (f)))
#> (true true true false)
#> (false "<function nil?> called with 0 arguments, expected 1")
#> (false "<function nil?> called with 2 arguments, expected 1")
#> (false "<function truthy?> called with 0 arguments, expected 1")

#### nan? and empty?
(pp (map nan? [(/ 0 0) 1 nil "nan"]))
(pp (map empty? [[] @[] "" @"" {} @{} [nil] "a" {:a 1}]))
(pp (empty? (coro)))
(pp (empty? (coro (yield 1))))
#> @[true false false false]
#> @[true true true true true true false false false]
#> true
#> false
