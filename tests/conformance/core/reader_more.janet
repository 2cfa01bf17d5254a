# More reader literals in programs: number edge forms, escapes, long strings, odd symbols and keywords, struct/table key semantics, comments.

#### (pp [1e0 1e+0 1e-0 0e0 0.0 00 007 -007 0.5e1])
(pp [1e0 1e+0 1e-0 0e0 0.0 00 007 -007 0.5e1])
#> (1 1 1 0 0 0 7 -7 5)

#### (pp [0x0 0x00ff 0xFFFFFFFF 0x7fffffffffffffff 0x10000000000000000])
(pp [0x0 0x00ff 0xFFFFFFFF 0x7fffffffffffffff 0x10000000000000000])
#> (0 255 4294967295 9.22337203685478e+18 1.84467440737096e+19)

#### (pp [2r0 2r-1])
(pp [2r0 2r-1])
#! test.janet:1:14: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp [-2r1 +2r1 -16rff])
(pp [-2r1 +2r1 -16rff])
#> (-1 1 -255)

#### (pp [1r0])
(pp [1r0])
#> (0)

#### (pp [36r10 10r99 2r1e1])
(pp [36r10 10r99 2r1e1])
#! test.janet:1:23: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp 16r1.8)
(pp 16r1.8)
#> 1.5

#### (pp 0x1p3)
(pp 0x1p3)
#> 8

#### (pp 1e)
(pp 1e)
#! test.janet:1:7: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp 1.2.3)
(pp 1.2.3)
#! test.janet:1:10: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp 1..2)
(pp 1..2)
#! test.janet:1:9: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp -.5)
(pp -.5)
#> -0.5

#### (pp +.5)
(pp +.5)
#> 0.5

#### (pp [- + -- +- -> .])
(pp [- + -- +- -> .])
#! test.janet:1:5: compile error: unknown symbol +-
#exit 1

#### (pp '[-1a])
(pp '[-1a])
#> [-1a]

#### (pp ['- '+ '-a '+a '.5a])
(pp ['- '+ '-a '+a '.5a])
#> (- + -a +a .5a)

#### (pp 1_)
(pp 1_)
#> 1

#### (pp _1)
(pp _1)
#! test.janet:1:1: compile error: unknown symbol _1
#exit 1

#### (pp [1e-1_0])
(pp [1e-1_0])
#! test.janet:1:12: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp 0b101)
(pp 0b101)
#! test.janet:1:10: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp 0o17)
(pp 0o17)
#! test.janet:1:9: parse error: symbol literal cannot start with a digit
#exit 1

#### (pp 1&5)
(pp 1&5)
#> 100000

#### (pp 10r1&-1)
(pp 10r1&-1)
#> 0.1

#### (pp "\x4")
(pp "\x4")
#! test.janet:1:9: parse error: invalid hex digit in hex escape
#exit 1

#### (pp "\xZZ")
(pp "\xZZ")
#! test.janet:1:8: parse error: invalid hex digit in hex escape
#exit 1

#### (pp "\u12")
(pp "\u12")
#! test.janet:1:10: parse error: invalid hex digit in unicode escape
#exit 1

#### (pp "\U110000")
(pp "\U110000")
#! test.janet:1:13: parse error: invalid unicode codepoint
#exit 1

#### (pp "\uD800")
(pp "\uD800")
#> "\xED\xA0\x80"

#### (pp @"\u00ff")
(pp @"\u00ff")
#> @"\xC3\xBF"

#### (pp "a
(pp "a
b")
#> "ab"

#### (pp `a
(pp `a
b`)
#> "a\nb"

#### (pp ``
(pp ``
  indented
  lines
  ``)
#> "  indented\n  lines\n  "

#### (pp ```a`b``c```)
(pp ```a`b``c```)
#> "a`b``c"

#### (pp ``)
(pp ``)
#! test.janet:2:0: parse error: unexpected end of source, `` opened at line 1, column 5
#exit 1

#### (pp `` ``)
(pp `` ``)
#> " "

#### (pp @``)
(pp @``)
#! test.janet:2:0: parse error: unexpected end of source, `` opened at line 1, column 6
#exit 1

#### (pp :a:b/c.d)
(pp :a:b/c.d)
#> :a:b/c.d

#### (pp :)
(pp :)
#> :

#### (pp [:: :::])
(pp [:: :::])
#> (:: :::)

#### (pp (keyword ""))
(pp (keyword ""))
#> :

#### (pp (symbol ""))
(pp (symbol ""))
#>

#### (pp '@)
(pp '@)
#> @

#### (pp '@a)
(pp '@a)
#> @a

#### (pp '|a)
(pp '|a)
#> (short-fn a)

#### (pp [(quote a|b) 'a~b 'a,b 'a;b])
(pp [(quote a|b) 'a~b 'a,b 'a;b])
#! test.janet:1:6: compile error: expected 1 argument to quote
#exit 1

#### (pp 'a'b)
(pp 'a'b)
#! test.janet:1:1: compile error: <function pp> expects at most 1 argument, got 2
#exit 1

#### (pp ['a@b 'ü 'λ])
(pp ['a@b 'ü 'λ])
#> (a@b ü λ)

#### (pp :ü)
(pp :ü)
#> :ü

#### (pp ["é" (length "é")])
(pp ["é" (length "é")])
#> ("\xC3\xA9" 2)

#### (pp '(1 . 2))
(pp '(1 . 2))
#> (1 . 2)

#### (pp {:a 1 :b 2 :a 3})
(pp {:a 1 :b 2 :a 3})
#> {:a 3 :b 2}

#### (pp @{:a 1 :a nil})
(pp @{:a 1 :a nil})
#> @{}

#### (pp {:a 1 "a" 2 'a 3})
(pp {:a 1 "a" 2 'a 3})
#> {"a" 2 a 3 :a 1}

#### (pp {1 :one 1.0 :float})
(pp {1 :one 1.0 :float})
#> {1 :float}

#### (pp {math/nan 1 :b 2})
(pp {math/nan 1 :b 2})
#> {:b 2}

#### (pp (length {:a 1 :b nil :c 3}))
(pp (length {:a 1 :b nil :c 3}))
#> 2

#### (pp (get {:k false} :k))
(pp (get {:k false} :k))
#> false

#### (pp {[1] :a [1] :b})
(pp {[1] :a [1] :b})
#> {(1) :b}

#### (pp {{:x 1} :s})
(pp {{:x 1} :s})
#> {{:x 1} :s}

#### (pp (get {{:x 1} :s} {:x 1}))
(pp (get {{:x 1} :s} {:x 1}))
#> :s

#### (pp (get @{@{} :t} @{}))
(pp (get @{@{} :t} @{}))
#> nil

#### (pp (= {:a [1 2]} {:a [1 2]}))
(pp (= {:a [1 2]} {:a [1 2]}))
#> true

#### (pp (= {:a @[1]} {:a @[1]}))
(pp (= {:a @[1]} {:a @[1]}))
#> false

#### (pp (deep= @{:a @[1]} @{:a @[1]}))
(pp (deep= @{:a @[1]} @{:a @[1]}))
#> true

#### (pp (struct :a 1 :b))
(pp (struct :a 1 :b))
#! error: expected even number of arguments
#!   in struct [src/core/corelib.c] on line 513
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (table :a 1 :b 2 :c))
(pp (table :a 1 :b 2 :c))
#! error: expected even number of arguments
#!   in table [src/core/corelib.c] on line 478
#!   in thunk [test.janet] (tail call) on line 1, column 5
#exit 1

#### (pp (type {}))
(pp (type {}))
#> :struct

#### (pp (type @{}))
(pp (type @{}))
#> :table

#### (pp (struct? {}))
(pp (struct? {}))
#> true

#### (pp [{} @{} [] @[] "" @""])
(pp [{} @{} [] @[] "" @""])
#> ({} @{} () @[] "" @"")

#### (pp '{:a (+ 1 2)})
(pp '{:a (+ 1 2)})
#> {:a (+ 1 2)}

#### (pp {:a (+ 1 2)})
(pp {:a (+ 1 2)})
#> {:a 3}

#### (pp '@{:a (+ 1 2)})
(pp '@{:a (+ 1 2)})
#> @{:a (+ 1 2)}

#### (pp @[(+ 1 2) '(+ 1 2)])
(pp @[(+ 1 2) '(+ 1 2)])
#> @[3 (+ 1 2)]

#### (pp '@[(+ 1 2)])
(pp '@[(+ 1 2)])
#> @[(+ 1 2)]

#### (pp (tuple/sourcemap '(a b)))
(pp (tuple/sourcemap '(a b)))
#> (1 23)

#### (pp (tuple/sourcemap '[a
(pp (tuple/sourcemap '[a
  b]))
#> (1 23)

#### #!/usr/bin/env janet
(pp :shebang-ok)
#> :shebang-ok

#### (pp 1) # trailing comment
(pp 1) # trailing comment
# a whole comment line
(pp 2)
#> 1
#> 2

#### (pp 1)#no space comment
(pp 1)#no space comment
#> 1

#### (pp [1#c
(pp [1#c
2])
#> (1 2)

#### (pp '(a#b))
(pp '(a#b))
#! test.janet:2:0: parse error: unexpected end of source, ( opened at line 1, column 6
#exit 1

#### (pp "#not a comment")
(pp "#not a comment")
#> "#not a comment"

#### (pp ;[1])
(pp ;[1])
#> 1

#### (pp [; [1 2]])
(pp [; [1 2]])
#> (1 2)

#### (pp '[;a])
(pp '[;a])
#> [(splice a)]

#### (pp '(splice a))
(pp '(splice a))
#> (splice a)

#### (pp [' a])
(pp [' a])
#> (a)

#### (pp '~,a)
(pp '~,a)
#> (quasiquote (unquote a))

#### (pp '|(+ $ 1))
(pp '|(+ $ 1))
#> (short-fn (+ $ 1))

#### (pp ''a)
(pp ''a)
#> (quote a)

#### (pp (quote (quote a)))
(pp (quote (quote a)))
#> (quote a)

#### (pp (type (quote 1)))
(pp (type (quote 1)))
#> :number

#### (pp "tab	literal")
(pp "tab	literal")
#> "tab\tliteral"

#### (pp "\r\n")
(pp "\r\n")
#> "\r\n"
