# marshal errors: values that cannot be marshalled, nesting limits.

#### a cfunction without a registry entry
(marshal print)
#! error: no registry value and cannot marshal <cfunction print>
#!   in marshal [src/core/marsh.c] on line 1683
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### a cfunction inside a collection
(printf "%q" (protect (marshal @[1 {:f print}])))
#> (false "no registry value and cannot marshal <cfunction print>")

#### a file
(marshal stdout)
#! error: cannot marshal file in safe mode
#!   in marshal [src/core/marsh.c] on line 1683
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### a file inside an array, written into a given buffer
(def b @"")
(printf "%q" (protect (marshal @[1 stdout] @{} b)))
(printf "%j" b)
#> (false "cannot marshal file in safe mode")
#> @"\xD1\x02\x01\xD9\xCF\tcore/file"

#### a file in the reverse lookup table is written by name
(printf "%j" (marshal stdout @{stdout 'out}))
#> @"\xD8\x03out"

#### an abstract type with no marshal support
(def [ok msg] (protect (marshal (parser/new))))
(print ok " " (string/has-prefix? "cannot marshal <core/parser 0x" msg))
#> false true

#### nesting limits
(defn nest [n] (var x @[]) (repeat n (set x @[x])) x)
(defn nestt [n] (var x []) (repeat n (set x [x])) x)
(printf "%q" (protect (length (marshal (nest 1024)))))
(printf "%q" (protect (length (marshal (nest 1025)))))
(printf "%q" (protect (length (marshal (nestt 1024)))))
(printf "%q" (protect (length (marshal (nestt 1025)))))
(printf "%q" (protect (type (unmarshal (marshal (nest 1024))))))
(printf "%q" (protect (type (unmarshal (string (string/repeat "\xD1\x01" 1024) "\x01")))))
(printf "%q" (protect (type (unmarshal (string (string/repeat "\xD1\x01" 1025) "\x01")))))
#> (true 2050)
#> (false "stack overflow")
#> (true 3075)
#> (false "stack overflow")
#> (true :array)
#> (true :array)
#> (false "stack overflow")

#### uncaught unmarshal error
(unmarshal "\xDB")
#! error: unknown byte db at index 0
#!   in unmarshal [src/core/marsh.c] on line 1710
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
