# print, prin, string and describe with every value type.

#### print concatenates without spaces
(print 1 "two" :three 'four)
#> 1twothreefour

#### print with no arguments prints newline
(print)
(print)
#>
#>

#### prin no newline
(prin "a" "b")
(prin "c")
(print)
#> abc

#### print nil and booleans
(print nil " " true " " false)
#>  true false

#### print string and buffer
(print "str" @"buf")
#> strbuf

#### print keyword and symbol without colon
(print :kw " " 'sym)
#> kw sym

#### print tuple and array show addresses
(print (string/has-prefix? "<tuple 0x" (string [1 2])))
(print (string/has-prefix? "<array 0x" (string @[1 2])))
#> true
#> true

#### string of values
(pp (string nil true false 1 "s" :k 's @"b"))
#> "truefalse1sksb"

#### string with no arguments
(pp (string))
#> ""

#### describe of scalars
(each v [nil true false 1 -1.5 "str" @"buf" :kw 'sym]
  (print (describe v)))
#> nil
#> true
#> false
#> 1
#> -1.5
#> "str"
#> @"buf"
#> :kw
#> sym

#### describe of string with escapes
(print (describe "a\"b\\c\nd\te\0f\x7f\xff"))
#> "a\"b\\c\nd\te\0f\x7F\xFF"

#### describe of buffer with escapes
(print (describe @"q\"\n\x01"))
#> @"q\"\n\x01"

#### describe of unicode string
(print (describe "héllo"))
#> "h\xC3\xA9llo"

#### describe of functions
(print (describe print))
(print (describe map))
(defn named [] 1)
(print (describe named))
#> <cfunction print>
#> <function map>
#> <function named>

#### string of cfunction
(print string/join)
#> <cfunction string/join>

#### describe of a fiber prefix
(print (string/has-prefix? "<fiber 0x" (describe (fiber/new (fn [] 1)))))
#> true

#### describe of table and struct prefix
(print (string/slice (describe @{}) 0 9))
(print (string/slice (describe {}) 0 10))
#> <table 0x
#> <struct 0x

#### print of struct uses its address
(print (string/slice (string {:a 1}) 0 8))
#> <struct 

#### type names
(pp (map type [nil true 1 "s" @"b" :k 's [1] @[1] {} @{} print map (fiber/new (fn [])) (int/s64 1)]))
#> @[:nil :boolean :number :string :buffer :keyword :symbol :tuple :array :struct :table :cfunction :function :fiber :core/s64]

#### print keyword with odd characters
(print :a/b " " :-> " " :)
#> a/b -> 

#### symbol describe
(print (describe 'a-b))
#> a-b

#### string/format %s of nil is an error
(print (string/format "%s|%s" nil 1))
#! error: bad slot #1, expected string, symbol, keyword or buffer, got nil
#!   in string/format [src/core/string.c] on line 536
#!   in thunk [test.janet] (tail call) on line 1, column 8
#exit 1

#### string/format %s of string-like values
(print (string/format "%s|%s|%s|%s" "s" @"b" :k 's))
#> s|b|k|s

#### printing to buffer with prin to dyn out
(def b @"")
(with-dyns [:out b] (print "captured") (prin 1 2))
(pp b)
#> @"captured\n12"

#### eprint goes to stderr
(eprint "to stderr")
(eprin "no newline")
(eprint "!")
(print "to stdout")
#> to stdout
#! to stderr
#! no newline!

#### xprint to a buffer
(def b @"")
(xprint b "x" 1)
(xprin b "y")
(pp b)
#> @"x1\ny"

#### print of a very long string
(print (string/repeat "ab" 50))
#> abababababababababababababababababababababababababababababababababababababababababababababababababab

#### print of zero-length values
(print "" @"" :)
#>

#### print control chars raw
(print "tab\there")
#> tab	here

#### string of a symbol with slash
(print (string 'string/join))
#> string/join
