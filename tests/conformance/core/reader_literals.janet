# Reader literals as they appear in programs.

#### decimal integers and floats
(pp [0 1 -1 +5 1.5 -0.25 .5 1. 1e3 1E3 1e-2 1.5e+2])
#> (0 1 -1 5 1.5 -0.25 0.5 1 1000 1000 0.01 150)

#### underscores in numbers
(pp [1_000_000 1_0.5 1__2])
#> (1000000 10.5 12)

#### underscore after hex prefix is a symbol
(pp 0x_ff)
#! test.janet:1:10: parse error: symbol literal cannot start with a digit
#exit 1

#### trailing underscore
(pp [1_ 0xf_f_])
#> (1 255)

#### hexadecimal
(pp [0xff -0x10 0xAbC])
#> (255 -16 2748)

#### uppercase X prefix
(pp 0XFF)
#! test.janet:1:9: parse error: symbol literal cannot start with a digit
#exit 1

#### hexadecimal fraction
(pp 0x1.8)
#> 1.5

#### radix numbers
(pp [2r1010 8r777 36rZZ 16rff -2r11 36rzz])
#> (10 511 1295 255 -3 1295)

#### radix with fraction and exponent
(pp [2r1.1 16r1&2 10r1&3])
#> (1.5 256 1000)

#### symbols may not start with a digit
(pp '1a)
#! test.janet:1:8: parse error: symbol literal cannot start with a digit
#exit 1

#### bare 0x is not a number
(pp '0x)
#! test.janet:1:8: parse error: symbol literal cannot start with a digit
#exit 1

#### symbols starting with letters or underscore
(pp ['r2 '_1 'e5 '.a '-a '+b])
#> (r2 _1 e5 .a -a +b)

#### digit followed by minus
(pp '1-2)
#! test.janet:1:9: parse error: symbol literal cannot start with a digit
#exit 1

#### radix too large
(pp 37r1)
#! test.janet:1:9: parse error: symbol literal cannot start with a digit
#exit 1

#### radix digit out of range
(pp 2r102)
#! test.janet:1:10: parse error: symbol literal cannot start with a digit
#exit 1

#### large integers
(pp [9007199254740992 9007199254740993 123456789012345678901234567890])
#> (9007199254740992 9.00719925474099e+15 1.23456789012346e+29)

#### tiny and huge floats
(pp [1e308 1e309 -1e309 5e-324 1e-400])
#> (1e+308 inf -inf 4.94065645841247e-324 0)

#### math constants
(pp [math/inf (- math/inf) math/pi])
#> (inf -inf 3.14159265358979)

#### strings with escapes
(pp "a\nb\tc\\d\"e")
(print "\x41\x42")
(print "\u00e9")
(print "\U01F600")
#> "a\nb\tc\\d\"e"
#> AB
#> é
#> 😀

#### escape zero and e
(pp "\0\e\f\v\r\a\b")
#> "\0\e\f\v\r\a\b"

#### invalid escape
(print "\q")
#! test.janet:1:10: parse error: invalid string escape sequence
#exit 1

#### long strings
(print ``long "quoted" string``)
#> long "quoted" string

#### long string strips first newline
(print ```
hello
world```)
#> hello
#> world

#### long string keeps backslashes
(print `a\nb`)
#> a\nb

#### long buffer
(pp @`buf`)
(print (type @``x``))
#> @"buf"
#> buffer

#### buffers literal
(pp @"buf\n")
(print (type @"x"))
#> @"buf\n"
#> buffer

#### multiline string literal keeps newline
(print "line1
line2")
#> line1line2

#### keywords with odd characters
(pp [:a/b :a.b :1 :-> :<= :%$ :a:b :! :?])
#> (:a/b :a.b :1 :-> :<= :%$ :a:b :! :?)

#### empty keyword
(pp :)
(print (type :))
#> :
#> keyword

#### symbols with odd characters
(pp ['a/b 'a.b '-> '<=> '*star* 'a? 'b! '$ '@ '%])
#> (a/b a.b -> <=> *star* a? b! $ @ %)

#### keyword and symbol types
(pp (map type [:a 'a "a" @"a"]))
#> @[:keyword :symbol :string :buffer]

#### struct literal
(pp {:a 1 :b 2})
#> {:a 1 :b 2}

#### struct literal duplicate keys last wins
(pp {:a 1 :a 2})
#> {:a 2}

#### struct literal with nil value drops key
(pp {:a nil :b 1})
#> {:b 1}

#### struct literal with nil key
(pp {nil 1})
#> {}

#### struct literal computed keys
(def k :dyn)
(pp {k 1 (string "s") 2})
#> {"s" 2 :dyn 1}

#### table literal
(pp @{:a 1})
#> @{:a 1}

#### table literal with nil value
(pp @{:a nil})
#> @{}

#### struct odd number of forms
(pp {:a 1 :b})
#! test.janet:1:13: parse error: struct and table literals expect even number of arguments
#exit 1

#### table odd number of forms
(pp @{:a})
#! test.janet:1:9: parse error: struct and table literals expect even number of arguments
#exit 1

#### struct with NaN key
(pp {(/ 0 0) 1})
#> {}

#### table with NaN key
(pp @{(/ 0 0) 1})
#> @{}

#### struct keys of mixed types are equal by value
(pp (get {[1 2] :tuple-key} [1 2]))
(pp (get @{[1 2] :v} [1 2]))
#> :tuple-key
#> :v

#### array keys are by identity
(def a @[1])
(pp (get {a :v} @[1]))
(pp (get {a :v} a))
#> nil
#> :v

#### struct and table equality
(pp (= {:a 1} {:a 1}))
(pp (= @{:a 1} @{:a 1}))
(pp (= [1 2] [1 2]))
(pp (= @[1] @[1]))
#> true
#> false
#> true
#> false

#### tuple literals
(pp [1 2 3])
(pp (tuple/type [1]))
(pp (tuple/type '(1)))
#> (1 2 3)
#> :parens
#> :parens

#### array literals
(pp @[1 [2] @[3]])
#> @[1 (2) @[3]]

#### quote forms in source
(pp ['a ~b '(c ,d)])
#> (a b (c (unquote d)))

#### comments are ignored
(pp 1 # comment here
)
#> 1

#### char literals via backslash are not a thing
(pp (string/from-bytes 65 66))
#> "AB"

#### nested quoting
(pp '(quote (quasiquote (unquote (splice x)))))
#> (quote (quasiquote (unquote (splice x))))

#### negative zero literal
(pp -0)
(pp -0.0)
(print (/ 1 -0))
#> 0
#> 0
#> inf

#### number edge parse
(pp [0.1 0.30000000000000004 1e15 1e16 123456789012 1.5e300])
#> (0.1 0.3 1000000000000000 1e+16 123456789012 1.5e+300)

#### booleans and nil literals are not symbols
(pp (map type [nil true false]))
#> @[:nil :boolean :boolean]

#### symbol with colon inside
(pp 'a:b)
#> a:b

#### tuple brackets in describe
(pp '[1 (2 [3])])
#> [1 (2 [3])]
