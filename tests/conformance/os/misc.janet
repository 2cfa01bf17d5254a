# os/which, os/arch, the environment, os/cryptorand and os/exit against the reference.

#### os/which and os/arch
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/which))
(t (os/which nil))
(t (os/which false))
(t (os/which :linux))
(t (os/which (os/which)))
(t (os/which :windows))
(t (os/which :gobbledegook))
(t (os/which "linux"))
(t (os/which :linux 1))
(t (os/arch))
(t (os/arch 1))
#> linux
#> linux
#> linux
#> true
#> true
#> false
#> false
#> ERR: bad slot #0, expected keyword, got "linux"
#> ERR: arity mismatch, expected at most 1, got 2
#> x64
#> ERR: arity mismatch, expected 0, got 1

#### getenv, setenv, environ
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/getenv "PYJANET_TEST_NOT_SET"))
(t (os/getenv "PYJANET_TEST_NOT_SET" 5))
(t (os/getenv "PYJANET_TEST_NOT_SET" nil))
(t (os/setenv "PYJANET_TEST_V1" "v1"))
(t (os/setenv "PYJANET_TEST_V2" "v2"))
(t (os/getenv "PYJANET_TEST_V1"))
(t (os/getenv "PYJANET_TEST_V1" "default"))
(def environ (os/environ))
(pp [(environ "PYJANET_TEST_V1") (environ "PYJANET_TEST_V2") (table? environ)])
(t (os/setenv "PYJANET_TEST_V1" "changed"))
(t (os/getenv "PYJANET_TEST_V1"))
(t (os/setenv "PYJANET_TEST_V1"))
(t (os/setenv "PYJANET_TEST_V2" nil))
(t (os/getenv "PYJANET_TEST_V1" :unset))
(t (os/getenv "PYJANET_TEST_V2" :unset))
(t (get (os/environ) "PYJANET_TEST_V1" :gone))
(t (os/setenv "PYJANET=X" "1"))
(t (os/setenv "" "1"))
(t (os/getenv :HOME))
(t (os/getenv "A\0B"))
(t (os/setenv "PYJANET_TEST_V3" @"buf"))
(t (os/setenv "PYJANET_TEST_V3" 1))
(t (os/getenv))
(t (os/environ 1))
#>
#> 5
#>
#>
#>
#> v1
#> v1
#> ("v1" "v2" true)
#>
#> changed
#>
#>
#> unset
#> unset
#> gone
#>
#>
#> ERR: bad slot #0, expected string, got :HOME
#> ERR: bytes contain embedded 0s
#> ERR: bad slot #1, expected string, got @"buf"
#> ERR: bad slot #1, expected string, got 1
#> ERR: arity mismatch, expected at least 1, got 0
#> ERR: arity mismatch, expected 0, got 1

#### os/cryptorand
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(def b (os/cryptorand 16))
(pp [(buffer? b) (length b)])
(pp (length (os/cryptorand 0)))
(def buf (buffer/new-filled 1))
(pp (= buf (os/cryptorand 3 buf)))
(pp [(in buf 0) (length buf)])
(var differs false)
(for i 0 10 (if (not= (os/cryptorand 8) (os/cryptorand 8)) (set differs true)))
(pp differs)
(t (os/cryptorand -1))
(t (os/cryptorand 1.5))
(t (os/cryptorand "2"))
(t (os/cryptorand 2 "x"))
(t (os/cryptorand 2 nil))
(t (os/cryptorand))
#> (true 16)
#> 0
#> true
#> (0 4)
#> true
#> ERR: expected positive integer
#> ERR: bad slot #0, expected 32 bit signed integer, got 1.5
#> ERR: bad slot #0, expected 32 bit signed integer, got "2"
#> ERR: bad slot #1, expected buffer, got "x"
#> ERR: bad slot #1, expected buffer, got nil
#> ERR: arity mismatch, expected at least 1, got 0

#### getpid, cpu-count, isatty
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (int? (os/getpid)))
(t (pos? (os/cpu-count)))
(t (os/isatty 1))
(t (os/isatty nil))
(t (boolean? (os/isatty stdin)))
#> true
#> true
#> ERR: bad slot #0, expected core/file, got 1
#> ERR: bad slot #0, expected core/file, got nil
#> true

#### os/exit with no argument
(print "before")
(os/exit)
(print "after")
#> before

#### os/exit with a status
(print "out")
(eprint "err")
(os/exit 3)
#> out
#! err
#exit 3

#### os/exit with a non-integer
(os/exit :x)
#exit 1

#### os/exit with nil and true
(defn main [&] (os/exit true))
#exit 1

#### os/exit with a large or negative status
(os/exit 257)
#exit 1

#### os/exit with -1
(os/exit -1)
#exit 255

#### os/exit in a function called from main
(defn f [] (os/exit 4))
(defn main [&] (print "m") (f) (print "not here"))
#> m
#exit 4

#### os/exit inside try and a fiber
(try (os/exit 5) ([e] (print "caught " e)))
(print "not here")
#exit 5

#### os/exit arity
(print (try (os/exit 1 2 3) ([e] e)))
#> arity mismatch, expected at most 2, got 3

#### os/setlocale sets a category's locale, nil for one that does not exist
(pp (os/setlocale "C"))
(pp (os/setlocale "C" :numeric))
(pp (os/setlocale nil :numeric))
(pp (protect (os/setlocale "xx_YY")))
(pp (protect (os/setlocale "C" :bad)))
#> "C"
#> "C"
#> "C"
#> (true nil)
#> (false "expected one of :all, :collate, :ctype, :monetary, :numeric, or :time, got :bad")
