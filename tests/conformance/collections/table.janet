# table/* (src/core/table.c): results and error messages.

#### table/new and the weak tables are empty tables
(pp (table/new 10))
(pp (table/new 0))
(pp (table/weak 2))
(pp (table/weak-keys 2))
(pp (table/weak-values 2))
(def t (table/weak 1))
(put t :a 1)
(pp t)
(pp (protect (table/new -1)))
(pp (protect (table/new 1.5)))
(pp (protect (table/weak :a)))
(pp (protect (table/weak-keys -2)))
(pp (protect (table/weak-values nil)))
#> @{}
#> @{}
#> @{}
#> @{}
#> @{}
#> @{:a 1}
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got -1")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got 1.5")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got :a")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got -2")
#> (false "bad slot #0, expected non-negative 32 bit signed integer, got nil")

#### table/getproto and table/setproto
(def p @{:b 2})
(def t (table/setproto @{:a 1} p))
(pp t)
(pp (= p (table/getproto t)))
(pp [(t :a) (t :b) (get t :b) (in t :b)])
(pp (table/getproto @{}))
(pp (table/getproto (table/setproto t nil)))
(pp (t :b))
#> @{:a 1}
#> true
#> (1 2 2 2)
#> nil
#> nil
#> nil

#### table/getproto and table/setproto errors
(pp (protect (table/getproto {})))
(pp (protect (table/setproto {} @{})))
(pp (protect (table/setproto @{} {:a 1})))
(pp (protect (table/setproto @{} 1)))
#> (false "bad slot #0, expected table, got <struct 0x557F24644398>")
#> (false "bad slot #0, expected table, got <struct 0x557F24646F28>")
#> (false "bad slot #1, expected table, got <struct 0x557F24644D38>")
#> (false "bad slot #1, expected table, got 1")

#### table/rawget ignores prototypes
(def t (table/setproto @{:a 1 true 3} @{:b 2}))
(pp (table/rawget t :a))
(pp (table/rawget t :b))
(pp (table/rawget t true))
(pp (table/rawget t nil))
(pp (table/rawget t (/ 0 0)))
(pp (protect (table/rawget {:a 1} :a)))
#> 1
#> nil
#> 3
#> nil
#> nil
#> (false "bad slot #0, expected table, got <struct 0x5640E5ED5778>")

#### table/to-struct
(def t (table/setproto @{:a 1 :b 2} @{:c 3}))
(def s (table/to-struct t))
(pp s)
(pp (struct/getproto s))
(pp (s :c))
(def s2 (table/to-struct @{:a 1} {:p 0}))
(pp s2)
(pp (struct/getproto s2))
(pp (s2 :p))
(pp (table/to-struct @{} nil))
(pp (protect (table/to-struct @{} @{})))
(pp (protect (table/to-struct {:a 1})))
#> {:a 1 :b 2}
#> nil
#> nil
#> {:a 1}
#> {:p 0}
#> 0
#> {}
#> (false "bad slot #1, expected struct, got <table 0x561C938E9010>")
#> (false "bad slot #0, expected table, got <struct 0x561C938E8CA8>")

#### table/clone copies entries and prototype
(def p @{:x 1})
(def t (table/setproto @{:y 2} p))
(def c (table/clone t))
(put c :z 3)
(pp [t c])
(pp (= p (table/getproto c)))
(pp (= t c))
(pp (protect (table/clone {})))
#> (@{:y 2} @{:y 2 :z 3})
#> true
#> false
#> (false "bad slot #0, expected table, got <struct 0x5594253C1E38>")

#### table/clear
(def t @{:a 1 :b 2})
(pp (table/clear t))
(pp (length t))
(pp (protect (table/clear {:a 1})))
#> @{}
#> 0
#> (false "bad slot #0, expected table, got <struct 0x561F6FF29A18>")

#### table/proto-flatten keeps the nearest value of each key
(def t (table/setproto @{:a 1 :b 2}
                       (table/setproto @{:a 3 :c 4} @{:d 5 :c 6})))
(def f (table/proto-flatten t))
(pp f)
(pp (table/getproto f))
(pp (table/proto-flatten @{}))
(pp (protect (table/proto-flatten {:a 1})))
#> @{:a 1 :b 2 :c 4 :d 5}
#> nil
#> @{}
#> (false "bad slot #0, expected table, got <struct 0x55D01BBB9948>")

#### table arity errors
(var f table/new)
(pp (protect (f)))
(set f table/setproto)
(pp (protect (f @{})))
(set f table/to-struct)
(pp (protect (f @{} nil 3)))
#> (false "arity mismatch, expected 1, got 0")
#> (false "arity mismatch, expected 2, got 1")
#> (false "arity mismatch, expected at most 2, got 3")
