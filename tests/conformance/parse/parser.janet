# The parser/* functions and the core/parser object (src/core/parse.c).

#### a new parser is a core/parser at the root
(def p (parser/new))
(print (type p))
(print (parser/status p))
(printf "%q" (parser/where p))
(printf "%q" (parser/state p))
#> core/parser
#> root
#> (1 0)
#> @{:delimiters "" :frames @[@{:args @[] :column 0 :line 1 :type :root}]}

#### consume reads values and returns the bytes used
(def p (parser/new))
(print (parser/consume p "(1 2) [3] @{:a 1} 4 "))
(while (parser/has-more p) (printf "%q" (parser/produce p)))
(printf "%q" (parser/produce p))
(print (parser/status p))
#> 20
#> (1 2)
#> [3]
#> @{:a 1}
#> 4
#> nil
#> root

#### consume from an index
(def p (parser/new))
(print (parser/consume p "abc def " 4))
(printf "%q" (parser/produce p))
(print (parser/consume p "xyz" 3))
#> 4
#> def
#> 0

#### consume with a bad index
(def p (parser/new))
(parser/consume p "abc" 4)
#! error: invalid offset 4 out of range [0,3]
#!   in parser/consume [src/core/parse.c] on line 911
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### a symbol waits for the byte after it
(def p (parser/new))
(parser/consume p "abc")
(print (parser/status p) " " (parser/has-more p))
(parser/consume p " ")
(print (parser/status p) " " (parser/has-more p))
(printf "%q" (parser/produce p))
#> pending false
#> root true
#> abc

#### pending state and delimiters
(def p (parser/new))
(parser/consume p "(1 [2 {3 \"ab")
(print (parser/status p))
(print (parser/state p :delimiters))
(printf "%q" (parser/state p :frames))
#> pending
#> ([{"
#> @[@{:args @[] :column 0 :line 1 :type :root} @{:args @[1] :column 1 :line 1 :type :tuple} @{:args @[2] :column 4 :line 1 :type :tuple} @{:args @[3] :column 7 :line 1 :type :struct} @{:buffer "ab" :column 10 :line 1 :type :string}]

#### long string delimiters
(def p (parser/new))
(parser/consume p "(``abc")
(print (parser/state p :delimiters))
(printf "%q" (get (parser/state p :frames) 2))
#> (``
#> @{:buffer "abc" :column 2 :line 1 :type :string}

#### state of reader macros, comments, tokens and @
(def p (parser/new))
(parser/consume p "'(~(,(;x")
(each f (parser/state p :frames) (print (f :type)))
(def p (parser/new))
(parser/consume p "(# comment")
(printf "%q" (last (parser/state p :frames)))
(def p (parser/new))
(parser/consume p "(@")
(printf "%q" (last (parser/state p :frames)))
#> root
#> quote
#> tuple
#> quasiquote
#> tuple
#> unquote
#> tuple
#> splice
#> token
#> @{:buffer " comment" :column 2 :line 1 :type :comment}
#> @{:column 2 :line 1 :type :at}

#### state with an unknown key
(parser/state (parser/new) :foo)
#! error: unexpected keyword :foo
#!   in parser/state [src/core/parse.c] on line 1232
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### errors stop consume and are read with parser/error
(def p (parser/new))
(print (parser/consume p "(1 2))(3)"))
(print (parser/status p))
(printf "%q" (parser/produce p))
(printf "%q" (parser/error p))
(print (parser/status p))
(printf "%q" (parser/error p))
#> 6
#> error
#> (1 2)
#> "unexpected closing delimiter )"
#> root
#> nil

#### parser/error flushes the queue
(def p (parser/new))
(parser/consume p "1 2 )")
(print (parser/has-more p))
(print (parser/error p))
(print (parser/has-more p))
#> true
#> unexpected closing delimiter )
#> false

#### an unchecked error refuses more input
(def p (parser/new))
(parser/consume p ")")
(parser/consume p "1")
#! error: parser is dead, cannot consume
#!   in parser/consume [src/core/parse.c] on line 911
#!   in thunk [test.janet] (tail call) on line 3, column 1
#exit 1

#### eof ends the parser
(def p (parser/new))
(parser/consume p "1 2")
(parser/eof p)
(print (parser/status p))
(printf "%q" [(parser/produce p) (parser/produce p) (parser/produce p)])
(print (parser/consume p ""))
(parser/byte p 32)
#> dead
#> (1 2 nil)
#> 0
#! error: parser is dead, cannot consume
#!   in parser/byte [src/core/parse.c] on line 1000
#!   in thunk [test.janet] (tail call) on line 7, column 1
#exit 1

#### eof inside a form is an error naming the opener
(def p (parser/new))
(parser/consume p "(1\n [2 \"x")
(parser/eof p)
(print (parser/status p))
(print (parser/error p))
(printf "%q" (parser/where p))
#> error
#> unexpected end of source, " opened at line 2, column 5
#> (2 6)

#### error messages
(each src ["(]" "{1}" "\"\\q\"" "\"\\xZZ\"" "1.2.3" "@" "\x01" "}" "(1 2 ]" "\"\\u12\""]
  (def p (parser/new))
  (parser/consume p src)
  (parser/eof p)
  (printf "%q -> %q %q" src (parser/error p) (parser/where p)))
#! error: parser is dead, cannot consume
#!   in parser/eof [src/core/parse.c] on line 940
#!   in thunk [test.janet] (tail call) on line 4, column 3
#exit 1

#### byte by byte
(def p (parser/new))
(each b "(+ 1 2) :kw " (parser/byte p b))
(printf "%q" (parser/produce p))
(printf "%q" (parser/produce p))
(printf "%q" (parser/byte p 0x20))
#> (+ 1 2)
#> :kw
#> <core/parser 0x55BBA8D44C00>

#### where can be set
(def p (parser/new))
(printf "%q" (parser/where p 10))
(printf "%q" (parser/where p 5 7))
(parser/consume p "(a\nb)")
(printf "%q" (tuple/sourcemap (parser/produce p)))
(printf "%q" (parser/where p))
#> (10 0)
#> (5 7)
#> (5 8)
#> (6 2)

#### where rejects bad positions
(parser/where (parser/new) 0)
#! error: invalid line number 0
#!   in parser/where [src/core/parse.c] on line 1081
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### produce with wrap keeps the position
(def p (parser/new))
(parser/consume p "\n  foo (bar)\n")
(def w (parser/produce p true))
(printf "%q %q" w (tuple/sourcemap w))
(def w2 (parser/produce p true))
(printf "%q %q" w2 (tuple/sourcemap w2))
#> (foo) (2 3)
#> ((bar)) (2 7)

#### flush keeps the position
(def p (parser/new))
(parser/consume p "(1 2\n3")
(parser/flush p)
(print (parser/status p))
(printf "%q" (parser/where p))
(parser/consume p "4 ")
(printf "%q" (parser/produce p))
#> root
#> (2 1)
#> 4

#### insert into a tuple, a string and the root
(def p (parser/new))
(parser/consume p "(")
(parser/insert p "hello")
(parser/insert p [1 2])
(parser/consume p ")")
(printf "%q" (parser/produce p))
(parser/consume p "(\"ab")
(parser/insert p :cd)
(parser/consume p "\")")
(printf "%q" (parser/produce p))
(parser/insert p 42)
(print (parser/has-more p))
(printf "%q" (parser/produce p))
#> ("hello" (1 2))
#> ("abcd")
#> true
#> 42

#### insert into a token ends it
(def p (parser/new))
(parser/consume p "(abc")
(parser/insert p 5)
(parser/consume p ")")
(printf "%q" (parser/produce p))
#> (abc 5)

#### clone is independent
(def p (parser/new))
(parser/consume p "(1 2 ")
(def q (parser/clone p))
(parser/consume q "3)")
(parser/consume p "4 5)")
(printf "%q %q" (parser/produce p) (parser/produce q))
(print (type q))
#> (1 2 4 5) (1 2 3)
#> core/parser

#### methods on the parser object
(def p (parser/new))
(:consume p "(a b) c ")
(printf "%q" (:produce p))
(printf "%q" (p :status))
(print (:status p))
(printf "%q" (:state p :delimiters))
(var k nil)
(while (set k (next p k)) (prin k " "))
(print)
(print (= (get p :consume) parser/consume))
#> (a b)
#> <cfunction parser/status>
#> root
#> ""
#> byte clone consume eof error flush has-more insert produce state status where 
#> true

#### wrong argument types
(parser/status "x")
#! error: bad slot #0, expected core/parser, got "x"
#!   in parser/status [src/core/parse.c] on line 1010
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### consume wants bytes
(parser/consume (parser/new) 12)
#! error: bad slot #1, expected string, symbol, keyword or buffer, got 12
#!   in parser/consume [src/core/parse.c] on line 911
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### carriage returns count as line ends
(def p (parser/new))
(parser/consume p "a\rb\r\nc\n")
(printf "%q" (parser/where p))
(printf "%q" (tuple/sourcemap (parser/produce p true)))
(printf "%q" (tuple/sourcemap (parser/produce p true)))
(printf "%q" (tuple/sourcemap (parser/produce p true)))
#> (4 0)
#> (1 1)
#> (2 1)
#> (3 1)
