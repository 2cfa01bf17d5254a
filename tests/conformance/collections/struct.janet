# struct/* (src/core/struct.c): results and error messages.

#### struct/with-proto
(def p {:a 1})
(def s (struct/with-proto p :b 2))
(pp s)
(pp [(s :a) (s :b) (get s :a) (in s :a)])
(pp (= p (struct/getproto s)))
(pp (struct/with-proto nil :b 2 :c nil nil 3))
(pp (struct/getproto (struct/with-proto nil :a 1)))
(pp (struct/with-proto p))
(pp (struct/with-proto nil :a 1 :a 2))
#> {:b 2}
#> (1 2 1 1)
#> true
#> {:b 2}
#> nil
#> {}
#> {:a 2}

#### struct/with-proto errors
(var f struct/with-proto)
(pp (protect (f {:a 1} :b)))
(pp (protect (f @{:a 1} :b 2)))
(pp (protect (f 1)))
(pp (protect (f)))
#> (false "expected odd number of arguments")
#> (false "bad slot #0, expected struct, got <table 0x55DB381EB8A0>")
#> (false "bad slot #0, expected struct, got 1")
#> (false "arity mismatch, expected at least 1, got 0")

#### struct/getproto
(pp (struct/getproto {:a 1}))
(pp (struct/getproto (struct/with-proto {:x 1} :y 2)))
(pp (protect (struct/getproto @{})))
#> nil
#> {:x 1}
#> (false "bad slot #0, expected struct, got <table 0x55FFDAF13780>")

#### struct/rawget ignores prototypes
(def s (struct/with-proto {:a 1} :b 2 false 4))
(pp (struct/rawget s :b))
(pp (struct/rawget s :a))
(pp (struct/rawget s false))
(pp (struct/rawget s nil))
(pp (protect (struct/rawget @{} 1)))
#> 2
#> nil
#> 4
#> nil
#> (false "bad slot #0, expected struct, got <table 0x561E47978780>")

#### struct/proto-flatten keeps the nearest value of each key
(def s (struct/with-proto (struct/with-proto {:z 0 :y 9} :a 3 :y 8) :a 1 :b 2))
(def f (struct/proto-flatten s))
(pp f)
(pp (struct/getproto f))
(pp (struct/proto-flatten {}))
(pp (protect (struct/proto-flatten @{})))
#> {:a 1 :b 2 :y 8 :z 0}
#> nil
#> {}
#> (false "bad slot #0, expected struct, got <table 0x55C0A2E393E0>")

#### struct/to-table, plain and recursive
(def s (struct/with-proto (struct/with-proto {:z 0 :y 9} :a 3 :y 8) :a 1 :b 2))
(def t1 (struct/to-table s))
(pp t1)
(pp (table/getproto t1))
(def t2 (struct/to-table s true))
(pp t2)
(pp (table/getproto t2))
(pp (table/getproto (table/getproto t2)))
(pp (table/getproto (table/getproto (table/getproto t2))))
(pp (struct/to-table {} :yes))
(pp (table/getproto (struct/to-table (struct/with-proto {:a 1}) false)))
(pp (protect (struct/to-table @{})))
(pp (protect (struct/to-table 1)))
#> @{:a 1 :b 2}
#> nil
#> @{:a 1 :b 2}
#> @{:a 3 :y 8}
#> @{:y 9 :z 0}
#> nil
#> @{}
#> nil
#> (false "bad slot #0, expected struct, got <table 0x55E237754EF0>")
#> (false "bad slot #0, expected struct, got 1")

#### structs with prototypes: equality and printing
(def p {:x 1})
(def a (struct/with-proto p :y 2))
(def b (struct/with-proto p :y 2))
(pp (= a b))
(pp (deep= a b))
(pp (= a {:y 2}))
(pp (get a :x))
(printf "%q" a)
#> true
#> true
#> false
#> 1
#> {:y 2}
