# doc-format: the reference's layout of docstrings.

#### plain text wraps at the width minus 8
(print (doc-format "one two three four five six seven eight nine ten eleven twelve" 30))
#>
#>     one two three 
#>     four five six 
#>     seven eight nine 
#>     ten eleven twelve
#>

#### indent
(print (doc-format "one two three four five six seven eight" 24 0))
(print (doc-format "one two three four five six seven eight" 24 8))
#>
#> one two three 
#> four five six 
#> seven eight
#>
#>
#>         one two 
#>         three 
#>         four 
#>         five 
#>         six 
#>         seven 
#>         eight
#>

#### a usage line stays whole
(print (doc-format "(some-function arg1 arg2 &opt arg3 arg4 arg5 arg6 arg7)\n\nText here." 20))
#>
#>     
#>     (some-function arg1 arg2 &opt arg3 arg4 arg5 arg6 arg7)
#>
#>     Text 
#>     here.
#>

#### paragraphs, lists and code blocks
(print (doc-format ```
A paragraph of text.

* bullet one
* bullet two, which is long enough to wrap onto the next line of output
- dash bullet

1. first
2. second
10. tenth

    indented code
      keeps its indent

After the code.
```))
#>
#>     A paragraph of text.
#>
#>     * bullet one
#>     * bullet two, which is long enough to wrap onto the next line of 
#>       output
#>     * dash bullet
#>
#>     1. first
#>     2. second
#>     3. tenth
#>
#>         indented code
#>           keeps its indent
#>         
#>     After the code.
#>

#### fenced code blocks
(print (doc-format "Intro.\n\n```\n(def x 1)\n  (+ x 2)\n```\n\nOutro."))
#>
#>     Intro.
#>
#>         (def x 1)
#>           (+ x 2)
#>         
#>     Outro.
#>

#### nested lists
(print (doc-format "* outer\n  * inner one\n  * inner two\n* outer two"))
#>
#>     * outer
#>       * inner one
#>       * inner two
#>     * outer two
#>

#### inline markup without colour
(print (doc-format "Some `code` and *italic* and **bold** text, with a \\* literal star."))
#>
#>     Some `code` and *italic* and **bold** text, with a * literal star.
#>

#### inline markup with colour
(print (doc-format "Some `code` and *italic* and **bold** text." nil nil true))
(print (doc-format "(f x)\n\nBody." nil nil true))
#>
#>     Some [97mcode[39m and [4mitalic[24m and [1mbold[22m text.
#>
#>
#>     [97m(f x)[39m
#>
#>     Body.
#>

#### width from *doc-width*
(with-dyns [:doc-width 30]
  (print (doc-format "alpha beta gamma delta epsilon zeta eta theta iota kappa")))
#>
#>     alpha beta gamma 
#>     delta epsilon 
#>     zeta eta theta 
#>     iota kappa
#>

#### the result is a buffer
(print (type (doc-format "x")))
(printf "%q" (doc-format "x"))
#> buffer
#> @"\n    x\n"

#### empty docstrings are refused
(doc-format "")
#! error: expected integer key for string in range [0, 0), got 0
#!   in doc-format [boot.janet] on line 3756, column 22
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
