# :fs, :fs-read, :fs-write and :fs-temp for files and directories.

#### file/open checks its mode: r needs fs-read
(sandbox :fs-read)
(pp (protect (file/open "/etc/hostname")))
(pp (protect (file/open "/etc/hostname" :r)))
(pp (protect (file/open "/etc/hostname" :rb)))
(pp (protect (file/open "/etc/hostname" :r 1024)))
(pp (protect (slurp "/etc/hostname")))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### file/open checks its mode: w and + need fs-write
(sandbox :fs-write)
(pp (type (file/open "/etc/hostname" :r)))
(pp (protect (file/open "/tmp/pyjanet-sandbox-never" :w)))
(pp (protect (file/open "/etc/hostname" :r+)))
(pp (protect (file/open "/etc/hostname" :rb+)))
(pp (protect (file/open "/etc/hostname" :rn)))
(pp (protect (spit "/tmp/pyjanet-sandbox-never" "x")))
#> :core/file
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (true <core/file 0x5629F17FA1C0>)
#> (false "operation forbidden by sandbox")

#### file/open checks its mode: a needs every fs capability
(sandbox :fs-temp)
(pp (protect (file/open "/tmp/pyjanet-sandbox-never" :a)))
(pp (type (file/open "/etc/hostname" :r)))
#> (false "operation forbidden by sandbox")
#> :core/file

#### file/open: bad modes are reported in the reference's order
(sandbox :fs-write)
(pp (protect (file/open "/etc/hostname" :x)))
(pp (protect (file/open "/etc/hostname" :wz)))
(pp (protect (file/open "/etc/hostname" :rz)))
(pp (protect (file/open "/etc/hostname" :r++)))
(pp (protect (file/open "/etc/hostname" :rbb)))
(pp (protect (file/open "/etc/hostname" :r+z)))
(pp (protect (file/open 1 :w)))
#> (false "invalid flag x, expected w, a, or r")
#> (false "operation forbidden by sandbox")
#> (false "invalid flag z, expected +, b, or n")
#> (false "operation forbidden by sandbox")
#> (true <core/file 0x558844B700F0>)
#> (false "operation forbidden by sandbox")
#> (false "bad slot #0, expected string, got 1")

#### file/temp needs fs-temp
(sandbox :fs-read :fs-write)
(def f (file/temp))
(file/write f "abc")
(file/seek f :set 0)
(pp (file/read f :all))
(file/close f)
(sandbox :fs-temp)
(pp (protect (file/temp)))
#> @"abc"
#> (false "operation forbidden by sandbox")

#### directories and file facts need fs-read
(sandbox :fs-read)
(pp (protect (os/stat "/etc")))
(pp (protect (os/stat "/etc" :mode)))
(pp (protect (os/lstat "/etc")))
(pp (protect (os/dir "/etc")))
(pp (protect (os/realpath "/etc")))
(pp (protect (os/cd "/")))
(pp (type (os/cwd)))
(pp (protect (os/readlink "/nonexistent-pyjanet")))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> :string
#> (false "No such file or directory: /nonexistent-pyjanet")

#### changing files needs fs-write
(def d "/tmp/pyjanet-sandbox-fs-case")
(os/mkdir d)
(spit (string d "/a") "hello")
(sandbox :fs-write)
(pp (protect (os/mkdir (string d "/sub"))))
(pp (protect (os/rmdir (string d "/sub"))))
(pp (protect (os/rename (string d "/a") (string d "/b"))))
(pp (protect (os/touch (string d "/a"))))
(pp (protect (os/chmod (string d "/a") 8r644)))
(pp (protect (os/umask 8r022)))
(pp (protect (os/link (string d "/a") (string d "/c"))))
(pp (protect (os/link (string d "/a") (string d "/c") true)))
(pp (protect (os/symlink (string d "/a") (string d "/c"))))
(pp (slurp (string d "/a")))
(pp (os/stat (string d "/a") :size))
# like the reference, os/rm is not checked
(os/rm (string d "/a"))
(pp (os/stat (string d "/a")))
(pp (protect (os/rmdir d)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> @"hello"
#> 5
#> nil
#> (false "operation forbidden by sandbox")

#### os/open checks its flags
(sandbox :fs-read)
(pp (protect (os/open "/etc/hostname")))
(pp (protect (os/open "/etc/hostname" :r)))
(pp (protect (os/open "/tmp/pyjanet-sandbox-never" :w)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "No such file or directory")

#### os/open: write, create and truncate need fs-write
(sandbox :fs-write)
(def s (os/open "/etc/hostname" :r))
(pp (type s))
(:close s)
(pp (protect (os/open "/tmp/pyjanet-sandbox-never" :w)))
(pp (protect (os/open "/tmp/pyjanet-sandbox-never" :rc)))
(pp (protect (os/open "/etc/hostname" :rt)))
(pp (type (os/open "/etc/hostname" :ra)))
#> :core/stream
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> :core/stream

#### ev/to-file checks the directions of the stream
(def [r w] (os/pipe))
(sandbox :fs-write)
(def f (ev/to-file r))
(pp (type f))
(file/close f)
(pp (protect (ev/to-file w)))
(sandbox :fs-read)
(pp (protect (ev/to-file r)))
#> :core/file
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")

#### :fs takes files away but leaves standard output
(sandbox :fs)
(pp (protect (slurp "/etc/hostname")))
(pp (protect (file/temp)))
(pp (protect (os/dir "/")))
(print "printed")
(file/write stdout "written\n")
(eprint "to stderr")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> printed
#> written
#! to stderr

#### the frames of slurp, spit and os/stat
(defn trace [f]
  # the error and the frames (names; positions in this file only)
  (def fib (fiber/new f :e))
  (def e (resume fib))
  (print "error: " e)
  (each fr (debug/stack fib)
    (print "  " (fr :name)
           (if (= (fr :source) "test.janet") (string " " (fr :source-line) ":" (fr :source-column)) "")
           (if (fr :tail) " (tail)" ""))))
(sandbox :fs)
(trace (fn [] (slurp "/etc/hostname")))
(trace (fn [] (spit "/tmp/pyjanet-sandbox-never" "x")))
(trace (fn [] (os/stat "/")))
#> error: operation forbidden by sandbox
#>   file/open
#>   slurp (tail)
#> error: operation forbidden by sandbox
#>   file/open
#>   spit (tail)
#> error: operation forbidden by sandbox
#>   os/stat
#>    13:15

#### the sandbox is checked before or after the arguments, as in the reference
(sandbox :fs)
(pp (protect (os/stat 1)))
(pp (protect (os/lstat "/" 1)))
(pp (protect (os/dir 1)))
(pp (protect (os/mkdir 1)))
(pp (protect (os/touch "x" "y")))
(pp (protect (os/chmod 1 "bad")))
(pp (protect (os/rename 1 2)))
(pp (protect (os/realpath 1)))
(pp (protect (os/cd 1)))
(pp (protect (os/open 1 :r)))
(pp (protect (os/open "/etc/hostname" 1)))
(pp (protect (file/open 1)))
(pp (protect (file/open "/etc/hostname" 1)))
(pp (protect (ev/to-file 1)))
(pp (protect (slurp 1)))
(pp (protect (spit 1 2)))
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "operation forbidden by sandbox")
#> (false "bad slot #0, expected string, got 1")
#> (false "bad slot #1, expected keyword, got 1")
#> (false "bad slot #0, expected string, got 1")
#> (false "bad slot #1, expected keyword, got 1")
#> (false "bad slot #0, expected core/stream, got 1")
#> (false "bad slot #0, expected string, got 1")
#> (false "bad slot #0, expected string, got 1")
