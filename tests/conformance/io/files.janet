# file/* against the reference: opening, reading, writing, seeking, closing.
# Every case works in a fresh directory under $TMPDIR and removes it.

#### read :line, n bytes, :all and the end of the file
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(spit p "hello\nworld\nlast")
(def f (file/open p))
(pp (file/read f :line))
(pp (file/read f 3))
(pp (file/read f 0))
(pp (file/read f :all))
(pp (file/read f :all))
(pp (file/read f :line))
(pp (file/read f 5))
(file/close f)
(os/rm p)
(os/rmdir dir)
#> @"hello\n"
#> @"wor"
#> nil
#> @"ld\nlast"
#> @""
#> nil
#> nil

#### read into a given buffer, seek and tell
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(spit p "hello\nworld\nlast")
(def f (file/open p :r))
(file/seek f :set 2)
(def b @"pre")
(pp (file/read f 3 b))
(pp b)
(pp (file/tell f))
(pp (= f (file/seek f :end -2)))
(pp (file/read f :all))
(file/seek f :cur -4)
(pp (file/read f 2))
(pp (file/tell f))
(file/seek f :set)
(pp (file/tell f))
(pp (file/read f :line @"x"))
(file/close f)
(os/rm p)
(os/rmdir dir)
#> @"prello"
#> @"prello"
#> 5
#> true
#> @"st"
#> @"la"
#> 14
#> 0
#> @"xhello\n"

#### write modes: w+, r+, a, a+
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(def g (file/open p :w+))
(pp (file/read g :all))
(pp (= g (file/write g "abc" 'def :ghi @"jkl")))
(file/seek g :set 0)
(pp (file/read g :all))
(file/close g)
(def g (file/open p :r+))
(file/write g "ZZ")
(file/seek g :set 0)
(pp (file/read g :all))
(file/close g)
(def g (file/open p :a))
(pp (file/tell g))
(file/write g "X")
(pp (file/tell g))
(file/close g)
(def g (file/open p :a+))
(pp (file/tell g))
(pp (file/read g 3))
(file/write g "Y")
(pp (file/tell g))
(file/seek g :set 0)
(pp (file/read g :all))
(file/close g)
(def g (file/open p :wb))
(file/write g "")
(file/close g)
(pp (slurp p))
(os/rm p)
(os/rmdir dir)
#> @""
#> true
#> @"abcdefghijkl"
#> @"ZZcdefghijkl"
#> 12
#> 13
#> 0
#> @"ZZc"
#> 14
#> @"ZZcdefghijklXY"
#> @""

#### file/flush makes the data visible to another reader
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(def w (file/open p :w))
(file/write w "data")
(pp (= w (file/flush w)))
(pp (slurp p))
(file/close w)
(os/rm p)
(os/rmdir dir)
#> true
#> @"data"

#### file methods
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/m.txt"))
(def f (file/open p :w+))
(:write f "one\ntwo\n")
(:flush f)
(:seek f :set 0)
(pp (:read f :line))
(pp (:tell f))
(pp (:read f :all))
(pp (:close f))
(pp (keys f))
(pp (get f :read))
(pp (get f "read"))
(pp (next f :write))
(with [g (file/open p)]
  (pp (file/read g 3)))
(os/rm p)
(os/rmdir dir)
#> @"one\n"
#> 4
#> @"two\n"
#> nil
#> @[:close :flush :read :seek :tell :write]
#> <cfunction file/read>
#> nil
#> nil
#> @"one"

#### file/lines iterates over the lines
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/l.txt"))
(spit p "a\nbb\n\nccc")
(with [f (file/open p)]
  (each line (file/lines f) (pp line)))
(with [f (file/open p)]
  (def it (file/lines f))
  (pp (fiber? it))
  (pp (resume it))
  (pp (fiber/status it)))
(os/rm p)
(os/rmdir dir)
#> @"a\n"
#> @"bb\n"
#> @"\n"
#> @"ccc"
#> true
#> @"a\n"
#> :pending

#### file/temp
(with [f (file/temp)]
  (pp (file/tell f))
  (file/write f "foo\n")
  (pp (file/tell f))
  (file/flush f)
  (file/seek f :set 0)
  (pp (file/read f :all))
  (pp (type f)))
#> 0
#> 4
#> @"foo\n"
#> :core/file

#### closed files
(def f (file/temp))
(pp (file/close f))
(pp (file/close f))
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (file/write f "x"))
(t (file/read f 1))
(t (file/read f :foo))
(t (file/flush f))
(t (file/seek f :set 1))
(t (file/tell f))
(t (with-dyns [:out f] (print "x")))
(t (with-dyns [:out f] (printf "x")))
(t (xprint f "x"))
(t (xprintf f "x"))
(t (xprin f))
#> nil
#> nil
#> ERR: file is closed
#> ERR: file is closed
#> ERR: file is closed
#> ERR: file is closed
#> ERR: file is closed
#> ERR: file is closed
#> ERR: file is closed
#> ERR: cannot print to closed file
#> ERR: file is closed
#> ERR: cannot print to closed file
#> ERR: file is closed

#### read-only and write-only files
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(spit p "abc")
(def r (file/open p))
(t (file/write r "x"))
(t (file/flush r))
(t (xprint r "x"))
(t (xprintf r "x"))
(file/close r)
(def w (file/open p :w))
(t (file/read w :line))
(t (file/read w :all))
(t (file/read w 1))
(t (file/read w 0))
(file/close w)
(def a (file/open p :ab))
(t (file/read a :all))
(file/close a)
(os/rm p)
(os/rmdir dir)
#> ERR: file is not writeable
#> ERR: file is not writeable
#> ERR: file is not writeable
#> ERR: file is not writeable
#>
#> ERR: file is not readable
#> ERR: file is not readable
#> ERR: file is not readable
#> ERR: file is not readable

#### the standard files
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (file/close stdout))
(t (file/close stderr))
(t (file/close stdin))
(t (file/read stdout 1))
(t (file/read stderr :line))
(t (file/write stdin "x"))
(t (file/flush stdin))
(t (xprint stdin "x"))
(pp [(type stdout) (type stderr) (type stdin)])
(file/write stdout "out\n")
(file/flush stdout)
(xprint stdout "x" 1 :y)
(xprintf stdout "%d-%s" 3 "z")
#> ERR: file not closable
#> ERR: file not closable
#> ERR: file not closable
#> ERR: file is not readable
#>
#> ERR: file is not writeable
#> ERR: file is not writeable
#> ERR: file is not writeable
#> (:core/file :core/file :core/file)
#> out
#> x1y
#> 3-z

#### bad arguments
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(def f (file/temp))
(t (file/read f -1))
(t (file/read f "x"))
(t (file/read f 1.5))
(t (file/read f :foo))
(t (file/read f :line nil))
(t (file/read f :line "buf"))
(t (file/read 1 :all))
(t (file/write f "abc" 1))
(t (file/write "f" "abc"))
(t (file/seek f :foo))
(t (file/seek f 1))
(t (file/seek f :set nil))
(t (file/seek f :set "x"))
(t (file/seek f :set 1.5))
(t (file/seek f :set -10))
(t (file/tell :f))
(t (file/close nil))
(t (file/flush 1))
(t (file/read f))
(t (file/seek f))
(t (file/tell))
(t (file/temp 1))
(file/close f)
#> ERR: expected positive integer
#> ERR: bad slot #1, expected 32 bit signed integer, got "x"
#> ERR: bad slot #1, expected 32 bit signed integer, got 1.5
#> ERR: expected one of :all, :line, got :foo
#> ERR: bad slot #2, expected buffer, got nil
#> ERR: bad slot #2, expected buffer, got "buf"
#> ERR: bad slot #0, expected core/file, got 1
#> ERR: bad slot #2, expected string, symbol, keyword or buffer, got 1
#> ERR: bad slot #0, expected core/file, got "f"
#> ERR: expected one of :cur, :set, :end, got :foo
#> ERR: bad slot #1, expected keyword, got 1
#> ERR: can not convert nil nil to 64 bit signed integer
#> ERR: can not convert string "x" to 64 bit signed integer
#> ERR: can not convert number 1.5 to 64 bit signed integer
#> ERR: error seeking file
#> ERR: bad slot #0, expected core/file, got :f
#> ERR: bad slot #0, expected core/file, got nil
#> ERR: bad slot #0, expected core/file, got 1
#> ERR: arity mismatch, expected at least 2, got 1
#> ERR: arity mismatch, expected at least 2, got 1
#> ERR: arity mismatch, expected 1, got 0
#> ERR: arity mismatch, expected 0, got 1

#### file/open modes and errors
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (file/open (string dir "/missing")))
(t (file/open (string dir "/missing") :r))
(t (string/has-prefix? "failed to open file " (try (file/open (string dir "/missing") :rn) ([e] e))))
(t (string/has-suffix? ": No such file or directory" (try (file/open (string dir "/missing") :rbn) ([e] e))))
(t (file/open p :rr))
(t (file/open p :q))
(t (file/open p :rq))
(t (file/open p :r+x))
(t (file/open p (keyword "")))
(t (file/open p :rbbbbbbbbbbb))
(t (file/open (buffer "a.txt")))
(t (file/open p "r"))
(t (file/open p nil))
(t (file/open p :w 1.5))
(t (file/open 1))
(t (file/open))
(t (file/open p :r 1 2))
(t (type (file/open p :wb)))
(t (type (file/open p :r 1.5)))
(t (file/open p :r -1))
(t (type (file/open p :r nil)))
(t (type (file/open p 3 100)))
(t (type (file/open p :r 0)))
(t (string/has-suffix? ": Is a directory" (try (file/open dir :wn) ([e] e))))
(t (file/open dir :w))
(t (string/has-prefix? "cannot open directory: " (try (file/open dir :r) ([e] e))))
(t (string/has-prefix? "cannot open directory: " (try (file/open dir) ([e] e))))
(os/rm p)
(os/rmdir dir)
#>
#>
#> true
#> true
#> ERR: invalid flag r, expected +, b, or n
#> ERR: invalid flag q, expected w, a, or r
#> ERR: invalid flag q, expected +, b, or n
#> ERR: invalid flag x, expected +, b, or n
#> ERR: file mode must have a length between 1 and 10
#> ERR: file mode must have a length between 1 and 10
#> ERR: bad slot #0, expected string, got @"a.txt"
#> ERR: bad slot #1, expected keyword, got "r"
#> ERR: bad slot #1, expected keyword, got nil
#>
#> ERR: bad slot #0, expected string, got 1
#> ERR: arity mismatch, expected at least 1, got 0
#> ERR: arity mismatch, expected at most 3, got 4
#> core/file
#> ERR: bad slot #2, expected size, got 1.5
#> ERR: bad slot #2, expected size, got -1
#> core/file
#> core/file
#> core/file
#> true
#>
#> true
#> true

#### a repeated mode flag makes a closed file, as in the reference
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(def f (file/open p :w++))
(t (file/write f "a"))
(t (file/close f))
(pp (os/stat p :mode))
(def f (file/open p :w 10))
(t (file/write f "a"))
(file/close f)
(os/rm p)
(os/rmdir dir)
#> ERR: file is closed
#>
#> :file
#> ERR: file is not writeable

#### slurp and spit
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-io-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/s.txt"))
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(pp (spit p "first"))
(pp (slurp p))
(spit p @"+more" :a)
(spit p 'sym :ab)
(pp (slurp p))
(t (spit p "x" :z))
(t (spit p 1))
(pp (slurp p))
(t (string/replace dir "DIR" (try (slurp (string dir "/missing")) ([e] e))))
(t (string/replace dir "DIR" (try (spit (string dir "/no/such") "x") ([e] e))))
(t (slurp 1))
(t (slurp @"x"))
(os/rm p)
(os/rmdir dir)
#> nil
#> @"first"
#> @"first+moresym"
#> ERR: invalid flag z, expected w, a, or r
#> ERR: bad slot #1, expected string, symbol, keyword or buffer, got 1
#> @""
#> could not open file DIR/missing
#> could not open file DIR/no/such with mode wb
#> ERR: bad slot #0, expected string, got 1
#> ERR: bad slot #0, expected string, got @"x"

#### slurp and spit errors carry their boot.janet frames (positions of the reference's)
(defn show [thunk]
  (def fib (fiber/new thunk :e))
  (def err (resume fib))
  (print err)
  (each fr (debug/stack fib)
    (pp [(fr :name) (fr :source) (unless (fr :c) (fr :source-line)) (fr :source-column) (fr :tail)])))
(show (fn [] (slurp 5)))
(show (fn [] (slurp "/nonexistent-dir/file")))
(show (fn [] (spit "/nonexistent-dir/file" "a")))
(show (fn [] (spit "/tmp/pyjanet-spit-test" "a" 5)))
(show (fn [] (spit "/tmp/pyjanet-spit-test" 5)))
(slurp "/nonexistent-dir/file")
#> bad slot #0, expected string, got 5
#> ("file/open" "src/core/io.c" nil 1 nil)
#> ("slurp" "boot.janet" 2137 10 true)
#> could not open file /nonexistent-dir/file
#> ("slurp" "boot.janet" 2138 13 true)
#> could not open file /nonexistent-dir/file with mode wb
#> ("spit" "boot.janet" 2148 13 true)
#> bad slot #1, expected keyword, got 5
#> ("file/open" "src/core/io.c" nil 1 nil)
#> ("spit" "boot.janet" 2147 10 true)
#> bad slot #1, expected string, symbol, keyword or buffer, got 5
#> ("file/write" "src/core/io.c" nil 1 nil)
#> ("spit" "boot.janet" 2149 3 true)
#! error: could not open file /nonexistent-dir/file
#!   in slurp [boot.janet] on line 2138, column 13
#!   in thunk [test.janet] (tail call) on line 12, column 1
#exit 1
