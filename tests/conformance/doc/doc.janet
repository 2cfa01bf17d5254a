# doc, doc*, doc-of and the environment walks (boot.janet's documentation section).

#### doc of a function
(defn add-two
  "Adds two to `x`, returning a number.  A longer sentence follows so that the docstring wraps past the line width of the doc output."
  [x]
  (+ x 2))
(doc add-two)
#>
#>
#>     function
#>     test.janet on line 1, column 1
#>
#>     (add-two x)
#>
#>     Adds two to `x`, returning a number. A longer sentence follows so 
#>     that the docstring wraps past the line width of the doc output.
#>
#>

#### doc of a function with optional and rest parameters
(defn opts "Options." [a &opt b & more] a)
(doc opts)
#>
#>
#>     function
#>     test.janet on line 1, column 1
#>
#>     (opts a &opt b & more)
#>
#>     Options.
#>
#>

#### doc of a macro
(defmacro my-when "Like when." [c & body] ~(if ,c (do ,;body)))
(doc my-when)
#>
#>
#>     macro
#>     test.janet on line 1, column 1
#>
#>     (my-when c & body)
#>
#>     Like when.
#>
#>

#### doc of a var and a def without docs
(var counter 0)
(def limit 10)
(doc counter)
(doc limit)
#>
#>
#>     var (number)
#>     test.janet on line 1, column 1
#>
#>     no documentation found.
#>
#>
#>
#>
#>     number
#>     test.janet on line 2, column 1
#>
#>     no documentation found.
#>
#>

#### doc of a documented def
(def answer "The answer." 42)
(doc answer)
#>
#>
#>     number
#>     test.janet on line 1, column 1
#>
#>     The answer.
#>
#>

#### doc of special forms
(doc if)
(doc while)
(doc upscope)
#>
#>
#>     special form
#>
#>     (if ...)
#>
#>     See https://janet-lang.org/docs/specials.html
#>
#>
#>
#>
#>     special form
#>
#>     (while ...)
#>
#>     See https://janet-lang.org/docs/specials.html
#>
#>
#>
#>
#>     special form
#>
#>     (upscope ...)
#>
#>     See https://janet-lang.org/docs/specials.html
#>
#>

#### doc of an unknown symbol
(doc no-such-thing-here)
#> symbol no-such-thing-here not found.

#### doc* is the function behind doc
(defn f1 "F one." [] 1)
(doc* 'f1)
(doc* 'nope-nope)
#>
#>
#>     function
#>     test.janet on line 1, column 1
#>
#>     (f1)
#>
#>     F one.
#>
#>
#> symbol nope-nope not found.

#### doc with a string lists matching bindings
(defn zqx-alpha [] 1)
(defn zqx-beta [] 2)
(def zqx-gamma 3)
(doc "zqx-")
#>
#>
#>     Bindings:
#>
#>     zqx-alpha zqx-beta zqx-gamma
#>
#>
#>
#>     Dynamics:
#>
#>
#>     Use (doc sym) for more information on a binding.
#>

#### doc width and colour
(defn wide "This docstring has enough words in it to wrap differently at different widths of the output." [] 1)
(with-dyns [:doc-width 40] (doc wide))
(with-dyns [:doc-color true] (doc wide))
#>
#>
#>     function
#>     test.janet on line 1, column 1
#>
#>     (wide)
#>
#>     This docstring has enough 
#>     words in it to wrap 
#>     differently at different 
#>     widths of the output.
#>
#>
#>
#>
#>     function
#>     test.janet on line 1, column 1
#>
#>     [97m(wide)[39m
#>
#>     This docstring has enough words in it to wrap differently at 
#>     different widths of the output.
#>
#>

#### doc-of finds a binding by value
(defn findme "Find me." [] :found)
(doc-of findme)
(doc-of "no such value")
#> documentation for value <function findme> not found.
#> documentation for value no such value not found.

#### all-bindings and all-dynamics of an environment
(def base @{'a @{:value 1} 'b @{:ref @[2]} :dyn1 true "str" 1})
(def child (table/setproto @{'c @{:value 3} 'a @{:value 4} :dyn2 5} base))
(printf "%q" (all-bindings child))
(printf "%q" (all-bindings child true))
(printf "%q" (all-dynamics child))
(printf "%q" (all-dynamics child true))
(printf "%q" (all-bindings @{}))
#> @[a b c]
#> @[a c]
#> @[:dyn1 :dyn2]
#> @[:dyn2]
#> @[]

#### all-bindings of the current environment includes local defs
(def my-local-thing 1)
(print (truthy? (index-of 'my-local-thing (all-bindings))))
(print (truthy? (index-of 'my-local-thing (all-bindings (curenv) true))))
(print (truthy? (index-of 'map (all-bindings (curenv) true))))
#> true
#> true
#> false

#### env-lookup maps symbols to values
(def base @{'a @{:value 1} 'b @{:ref @[2]} :k 3 'n @{:doc "none"}})
(def child (table/setproto @{'c @{:value 3} 'a @{:value 10}} base))
(def lk (env-lookup child))
(printf "%q" [(lk 'a) (lk 'b) (lk 'c) (lk 'n) (lk :k)])
(print (length lk))
#> (1 @[2] 3 nil nil)
#> 3

#### env-lookup wants a table
(env-lookup {})
#! error: bad slot #0, expected table, got <struct 0x5565EBB7B298>
#!   in env-lookup [src/core/marsh.c] on line 1673
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### doc-format uses width first, then (in str 0), then reads items while they are truthy
(each args [[(parser/new) +] [(int/u64 7)] [@{:a 1}] [{}] [@[]] ["" 5] ["" :a] [5] [nil]
            [@{} 10 :x] [(int/s64 1) :w] [(fiber/new (fn [] 1))] [@{:a 1} nil -1] [@{0 false}]
            [@[nil 2]]]
  (printf "%q" (protect (doc-format ;args))))
(each args [[@[1 2]] [[1 2] nil nil] [@{0 1}] [@[40 41]]]
  (def [ok err] (protect (doc-format ;args)))
  (print ok " " (string/has-prefix? "bad slot #0, expected string, symbol, keyword or buffer" err)))
#> (false "could not find method :- for <function +>")
#> (false "key 0 not found in <core/u64 7> ")
#> (true @"")
#> (true @"")
#> (false "expected integer key for array in range [0, 0), got 0")
#> (false "expected integer key for string in range [0, 0), got 0")
#> (false "could not find method :- for :a")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got 5")
#> (false "expected string, symbol, keyword, array, tuple, table, struct or buffer, got nil")
#> (true @"")
#> (false "could not find method :- for :w")
#> (true @"")
#> (true @"")
#> (true @"")
#> (true @"")
#> false true
#> false true
#> false true
#> false true
