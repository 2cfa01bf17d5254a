# peg: the debug / ?? rule writes the match state to (dyn :err)

#### ?? prints the position, the text and the capture stacks
(defn show [pegg input &opt color]
  (def b @"")
  (def r (with-dyns [:err b *err-color* color] (peg/match pegg input)))
  (printf "%q" r)
  (prin b))
(show '(* (debug) "abc") "abc")
(show '(* "abc" (??)) "abc")
(show '(* (<- "a") (??) "bc") "abc")
(show '(* (<- "a") (number :d) (constant true) (constant {}) (constant @[]) (??) "bc") "a1bc")
(show '(* '1 (??) "x") "abc")
(show '(* '1 '2 (% (* '1 (??) (<- 2 :tag) '3 (backref :tag) (??)))) "aksjndkajsnd")
(show '(* (??) 1) "0123456789012345678901234567890123456789")
(show '(* 1 (??)) "a\0b")
(show '(* '"a" (??)) "ab" true)
#> @[]
#> ?? at [abc] (index 0)
#> @[]
#> ?? at [] (index 3)
#> @["a"]
#> ?? at [bc] (index 1)
#> stack [1]:
#>   [0]: "a"
#> @["a" 1 true {} @[]]
#> ?? at [bc] (index 2)
#> stack [5]:
#>   [0]: "a"
#>   [1]: 1
#>   [2]: true
#>   [3]: {}
#>   [4]: @[]
#> nil
#> ?? at [bc] (index 1)
#> stack [1]:
#>   [0]: "a"
#> @["a" "ks" "jndkajnd"]
#> ?? at [ndkajsnd] (index 4)
#> accumulate buffer: @"j"
#> stack [2]:
#>   [0]: "a"
#>   [1]: "ks"
#> tag stack [3]:
#>   [0] tag=0: "a"
#>   [1] tag=0: "ks"
#>   [2] tag=0: "j"
#> ?? at [snd] (index 9)
#> accumulate buffer: @"jndkajnd"
#> stack [2]:
#>   [0]: "a"
#>   [1]: "ks"
#> tag stack [6]:
#>   [0] tag=0: "a"
#>   [1] tag=0: "ks"
#>   [2] tag=0: "j"
#>   [3] tag=1: "nd"
#>   [4] tag=0: "kaj"
#>   [5] tag=0: "nd"
#> @[]
#> ?? at [0123456789012345678901234567890] (index 0)
#> @[]
#> ?? at [] (index 1)
#> @["a"]
#> ?? at [b] (index 1)
#> stack [1]:
#>   [0]: [35m"a"[0m

#### ?? goes to stderr by default
(peg/match '(* '"a" (??) "b") "ab")
#! ?? at [b] (index 1)
#! stack [1]:
#!   [0]: "a"
