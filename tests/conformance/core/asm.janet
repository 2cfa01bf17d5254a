# disasm, asm (src/core/asm.c) and native (src/core/corelib.c): the fields of
# disasm that do not depend on bytecode, and the argument errors.

#### disasm: arity fields and the name
(defn f [a &opt b] (+ a 1))
(def d (disasm f))
(pp [(d :arity) (d :min-arity) (d :max-arity) (d :vararg) (d :structarg) (d :name)])
(pp (map (fn [k] (disasm f k)) [:arity :min-arity :max-arity :vararg :structarg :name :source]))
#> (2 1 2 false false "f")
#> @[2 1 2 false false "f" "test.janet"]

#### disasm: variadic, &keys and &named functions
(pp (map (fn [k] (disasm (fn [a & r] 1) k)) [:arity :min-arity :max-arity :vararg :structarg :namedargs]))
(pp (map (fn [k] (disasm (fn [&keys k] 1) k)) [:arity :max-arity :vararg :structarg :namedargs]))
(pp (map (fn [k] (disasm (fn [&named a b] 1) k)) [:arity :max-arity :vararg :structarg :namedargs :name]))
#> @[1 1 2147483647 true false nil]
#> @[0 2147483647 true true nil]
#> @[0 2147483647 true true 2 nil]

#### disasm: the table has the reference's keys
(pp (sort (keys (disasm (fn named [x] x)))))
(pp (sort (keys (disasm (fn [x] x)))))
#> @[:arity :bytecode :constants :defs :environments :max-arity :min-arity :name :slotcount :source :sourcemap :structarg :symbolmap :vararg]
#> @[:arity :bytecode :constants :defs :environments :max-arity :min-arity :slotcount :source :sourcemap :structarg :symbolmap :vararg]

#### disasm and asm errors
(pp (protect (disasm print)))
(pp (protect (disasm 1)))
(pp (protect (disasm (fn [] 1) :foo)))
(pp (protect (asm 1)))
#> (false "bad slot #0, expected function, got <cfunction print>")
#> (false "bad slot #0, expected function, got 1")
#> (false "unknown disasm key :foo")
#> (false "expected struct or table for assembly source, instruction 0")

#### native errors
(pp (protect (native 1)))
(pp (protect (native "/nonexistent/mod.so")))
(pp (protect (native "not-here-mod.so")))
#> (false "bad slot #0, expected string, got 1")
#> (false "could not load native /nonexistent/mod.so: /nonexistent/mod.so: cannot open shared object file: No such file or directory")
#> (false "could not load native not-here-mod.so: ./not-here-mod.so: cannot open shared object file: No such file or directory")

#### asm of what disasm gave builds the function again
(defn a [arg]
  (def x 10)
  (+ x arg))
(def f (asm (disasm a)))
(pp [(type f) (f 5) (= f a)])
(pp (deep= (in (disasm f) :symbolslots) (in (disasm a) :symbolslots)))
#> (:function 15 false)
#> true
