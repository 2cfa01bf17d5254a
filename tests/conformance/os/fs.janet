# Files and directories through os/*, against the reference.  Every case works
# in a fresh directory under $TMPDIR and removes it; paths are never printed.

#### mkdir, dir, rename, rm, rmdir
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-os-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(defmacro t [& body] ~(print (string/replace-all dir "DIR" (string (try (do ,;body) ([e] (string "ERR: " e)))))))
(t (os/mkdir dir))
(t (os/mkdir dir))
(t (os/dir dir))
(spit (string dir "/a.txt") "abc")
(t (os/mkdir (string dir "/sub")))
(pp (sort (os/dir dir)))
(def arr @["x"])
(pp (= arr (os/dir (string dir "/sub") arr)))
(pp arr)
(t (os/rename (string dir "/a.txt") (string dir "/sub/b.txt")))
(pp (os/dir (string dir "/sub")))
(t (os/rename (string dir "/a.txt") (string dir "/c.txt")))
(t (os/rmdir (string dir "/sub")))
(t (os/rm (string dir "/sub/b.txt")))
(t (os/rm (string dir "/sub/b.txt")))
(t (os/rm (string dir "/sub")))
(t (os/dir (string dir "/sub")))
(t (os/rmdir (string dir "/sub")))
(t (os/mkdir (string dir "/no/such")))
(t (os/rmdir dir))
(t (os/stat dir))
#> true
#> false
#> <array 0x557300740270>
#> true
#> @["a.txt" "sub"]
#> true
#> @["x"]
#>
#> @["b.txt"]
#> ERR: No such file or directory
#> ERR: Directory not empty: DIR/sub
#>
#> ERR: No such file or directory: DIR/sub/b.txt
#>
#> ERR: cannot open directory DIR/sub: No such file or directory
#> ERR: No such file or directory: DIR/sub
#> ERR: No such file or directory: DIR/no/such
#>
#>

#### stat and lstat
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-os-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(spit p "hello")
(os/chmod p 8r640)
(def st (os/stat p))
(pp (sort (keys st)))
(pp [(st :mode) (st :size) (st :permissions) (st :int-permissions) (st :nlink)])
(pp (sort (map (fn [[k v]] [k (type v)]) (pairs st))))
(pp [(os/stat p :size) (os/stat p :mode) (os/stat dir :mode) (os/stat dir :permissions)])
(pp (= (os/stat p :modified) (st :modified)))
(def tab @{:extra 1})
(pp (= tab (os/stat p tab)))
(pp [(tab :extra) (tab :size)])
(os/symlink "a.txt" (string dir "/link"))
(pp [(os/stat (string dir "/link") :mode) (os/lstat (string dir "/link") :mode)])
(pp [(os/stat (string dir "/link") :size) (os/lstat (string dir "/link") :size)])
(pp (os/readlink (string dir "/link")))
(os/symlink "missing" (string dir "/dangling"))
(pp [(os/stat (string dir "/dangling")) (os/lstat (string dir "/dangling") :mode)])
(pp (os/stat (string dir "/missing") :nonsense))
(pp (try (os/stat p :nonsense) ([e] e)))
(pp (try (os/stat p "x") ([e] e)))
(pp (try (os/lstat p nil) ([e] e)))
(pp (try (os/stat (buffer p)) ([e] (string/replace-all dir "DIR" e))))
(pp (try (os/stat 1) ([e] e)))
(pp (try (os/stat) ([e] e)))
(os/link p (string dir "/hard"))
(pp [(os/stat p :nlink) (= (os/stat p :inode) (os/stat (string dir "/hard") :inode))])
(each f (os/dir dir) (os/rm (string dir "/" f)))
(os/rmdir dir)
#> @[:accessed :blocks :blocksize :changed :dev :gid :inode :int-permissions :mode :modified :nlink :permissions :rdev :size :uid]
#> (:file 5 "rw-r-----" 416 1)
#> @[(:accessed :number) (:blocks :number) (:blocksize :number) (:changed :number) (:dev :number) (:gid :number) (:inode :number) (:int-permissions :number) (:mode :keyword) (:modified :number) (:nlink :number) (:permissions :string) (:rdev :number) (:size :number) (:uid :number)]
#> (5 :file :directory "rwxr-xr-x")
#> true
#> true
#> (1 5)
#> (:file :link)
#> (5 5)
#> "a.txt"
#> (nil :link)
#> nil
#> "unexpected keyword :nonsense"
#> "bad slot #1, expected table, got \"x\""
#> "bad slot #1, expected table, got nil"
#> "bad slot #0, expected string, got @\"DIR/a.txt\""
#> "bad slot #0, expected string, got 1"
#> "arity mismatch, expected at least 1, got 0"
#> (2 true)

#### chmod, touch, perm strings
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-os-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(defmacro t [& body] ~(print (string/replace-all dir "DIR" (string (try (do ,;body) ([e] (string "ERR: " e)))))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(spit p "x")
(t (os/chmod p 8r600))
(t (os/stat p :permissions))
(t (os/chmod p "rwxr-x--x"))
(t (os/stat p :int-permissions))
(t (os/chmod p 8r1000))
(t (os/chmod p "rwx"))
(t (os/chmod (string dir "/missing") 8r644))
(t (os/touch p 1000000000))
(pp [(os/stat p :accessed) (os/stat p :modified)])
(t (os/touch p 1000 2000.7))
(pp [(os/stat p :accessed) (os/stat p :modified)])
(t (os/touch p))
(pp (> (os/stat p :modified) 1e9))
(t (os/touch (string dir "/missing")))
(t (os/touch p "a"))
(t (os/touch p 1 nil))
(os/rm p)
(os/rmdir dir)
#>
#> rw-------
#>
#> 489
#> ERR: bad slot #1, expected integer in range [0, 8r777], got 512
#> ERR: bad slot #1: expected byte sequence of length 9, got "rwx"
#> ERR: No such file or directory: DIR/missing
#>
#> (1000000000 1000000000)
#>
#> (1000 2000)
#>
#> true
#> ERR: No such file or directory
#> ERR: bad slot #1, expected number, got "a"
#> ERR: bad slot #2, expected number, got nil

#### perm-string and perm-int
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/perm-string 8r777))
(t (os/perm-string 8r755))
(t (os/perm-string 8r644))
(t (os/perm-string 0))
(t (os/perm-string "rwxr-x---"))
(t (os/perm-int "rwxrwxrwx"))
(t (os/perm-int "rw-r--r--"))
(t (os/perm-int @"abcdefghi"))
(t (os/perm-int :rwxrwxrwx))
(t (os/perm-int 8r644))
(t (os/perm-string 8r1000))
(t (os/perm-string "rwx"))
(t (os/perm-int -1))
(t (os/perm-int 1.5))
(t (os/perm-int nil))
#> rwxrwxrwx
#> rwxr-xr-x
#> rw-r--r--
#> ---------
#> rwxr-x---
#> 511
#> 420
#> 0
#> 511
#> 420
#> ERR: bad slot #0, expected integer in range [0, 8r777], got 512
#> ERR: bad slot #0: expected byte sequence of length 9, got "rwx"
#> ERR: bad slot #0, expected integer in range [0, 8r777], got -1
#> ERR: bad slot #0, expected string, symbol, keyword or buffer, got 1.5
#> ERR: bad slot #0, expected string, symbol, keyword or buffer, got nil

#### cwd, cd and realpath
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-os-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(defmacro t [& body] ~(print (string/replace-all dir "DIR" (string (try (do ,;body) ([e] (string "ERR: " e)))))))
(os/mkdir dir)
(os/mkdir (string dir "/sub"))
(def here (os/cwd))
(defer (os/cd here)
  (t (os/cd dir))
  (t (= (os/cwd) (os/realpath dir)))
  (t (os/cd "sub"))
  (t (string/has-suffix? "/sub" (os/cwd)))
  (t (os/cd ".."))
  (t (= (os/realpath "sub/..") (os/cwd)))
  (spit "rel.txt" "relative")
  (t (slurp (string dir "/rel.txt")))
  (os/rm "rel.txt")
  (t (os/cd "missing"))
  (t (os/cd 1))
  (t (os/cd (string dir "/sub/../sub")))
  (t (os/realpath "missing")))
(t (= here (os/cwd)))
(os/rmdir (string dir "/sub"))
(os/rmdir dir)
#>
#> true
#>
#> true
#>
#> true
#> relative
#> ERR: No such file or directory: missing
#> ERR: bad slot #0, expected string, got 1
#>
#> ERR: No such file or directory: missing
#> true

#### links
(def dir (string (os/getenv "TMPDIR" "/tmp") "/pyjanet-os-" (os/getpid) "-" (math/floor (* 1e6 (math/random)))))
(defmacro t [& body] ~(print (string/replace-all dir "DIR" (string (try (do ,;body) ([e] (string "ERR: " e)))))))
(os/mkdir dir)
(def p (string dir "/a.txt"))
(spit p "x")
(t (os/link p (string dir "/h")))
(t (os/link p (string dir "/s") true))
(t (os/symlink p (string dir "/s2")))
(t (= p (os/readlink (string dir "/s"))))
(t (os/link p (string dir "/h")))
(t (os/symlink p (string dir "/s")))
(t (os/link (string dir "/missing") (string dir "/h2")))
(t (os/readlink p))
(t (os/readlink (string dir "/missing")))
(t (length (os/dir dir)))
(each f (os/dir dir) (os/rm (string dir "/" f)))
(os/rmdir dir)
#>
#>
#>
#> true
#> ERR: File exists: DIR/a.txt -> DIR/h
#> ERR: File exists: DIR/a.txt -> DIR/s
#> ERR: No such file or directory: DIR/missing -> DIR/h2
#> ERR: Invalid argument: DIR/a.txt
#> ERR: No such file or directory: DIR/missing
#> 4

#### path arguments must be strings without zero bytes
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/mkdir "a\0b"))
(t (os/rm @"x"))
(t (os/rmdir :x))
(t (os/dir 'x))
(t (os/rename "a" 1))
(t (os/dir "/" 1))
(t (os/dir "/" nil))
#> ERR: bytes contain embedded 0s
#> ERR: bad slot #0, expected string, got @"x"
#> ERR: bad slot #0, expected string, got :x
#> ERR: bad slot #0, expected string, got x
#> ERR: bad slot #1, expected string, got 1
#> ERR: bad slot #1, expected array, got 1
#> ERR: bad slot #1, expected array, got nil
