#### write and read a pipe
(def [r w] (os/pipe))
(ev/write w "hello")
(pp (ev/read r 3))
(pp (ev/read r 10))
(ev/close w)
(pp (ev/read r 10))
#> @"hel"
#> @"lo"
#> nil

#### read into a buffer and chunk
(def [r w] (os/pipe))
(def buf @"start:")
(ev/spawn (ev/write w "ab") (ev/sleep 0.01) (ev/write w "cdef") (ev/close w))
(pp (ev/chunk r 5 buf))
(pp buf)
(pp (ev/chunk r 5))
(pp (ev/chunk r 5))
#> @"start:abcde"
#> @"start:abcde"
#> @"f"
#> nil

#### read :all
(def [r w] (os/pipe))
(ev/spawn (for i 0 3 (ev/write w (string "line " i "\n")) (ev/sleep 0.005)) (:close w))
(pp (ev/read r :all))
#> @"line 0\nline 1\nline 2\n"

#### stream methods
(def [r w] (os/pipe))
(:write w @"buffer data")
(pp (:read r 6))
(pp (:chunk r 5))
(:close w)
(:close r)
(pp (keys r))
(pp (type r))
#> @"buffer"
#> @" data"
#> @[:close :read :chunk :write]
#> :core/stream

#### closed streams
(def [r w] (os/pipe))
(ev/close w)
(pp (protect (ev/write w "x")))
(pp (protect (ev/read w 1)))
(pp (protect (ev/write r "x")))
(pp (protect (ev/read 1 1)))
#> (false "stream is closed")
#> (false "stream is closed")
#> (false "bad stream, expected writable stream")
#> (false "bad slot #0, expected core/stream, got 1")

#### a reader waiting when the stream is closed
(def [r w] (os/pipe))
(ev/spawn (pp [:read (ev/read r 10)]))
(ev/sleep 0.01)
(ev/close r)
(ev/sleep 0.01)
#> (:read nil)

#### a pipeline through a pipe
(var count 0)
(def done (ev/chan))
(def [r w] (os/pipe))
(ev/spawn
  (while (ev/read r 3) (++ count))
  (ev/give done count))
(for i 0 10 (ev/write w "xxx---"))
(ev/close w)
(pp (ev/take done))
#> 20

#### large writes wait for the reader
(def [r w] (os/pipe))
(def big (string/repeat "0123456789" 100000))
(ev/spawn (ev/write w big) (ev/close w))
(def got (ev/read r :all))
(pp (length got))
(pp (= (string got) big))
#> 1000000
#> true

#### read argument errors
(def [r w] (os/pipe))
(pp (protect (ev/read r -1)))
(pp (protect (ev/read r :some)))
(pp (protect (ev/chunk r :all)))
(pp (protect (ev/write w 1)))
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got -1")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got :some")
#> (false "bad slot #1, expected non-negative 32 bit signed integer, got :all")
#> (false "bad slot #1, expected string, symbol, keyword or buffer, got 1")

#### os/open streams
(def path "test-os-open.txt")
(def f (os/open path :wct))
(ev/write f "line one\n")
(:write f "line two\n")
(:close f)
(def g (os/open path :r))
(pp (ev/read g :all))
(:close g)
(def h (os/open path :wa))
(:write h "line three\n")
(:close h)
(pp (slurp path))
(pp (protect (os/open path :wce)))
(os/rm path)
(pp (protect (os/open path)))
#> @"line one\nline two\n"
#> @"line one\nline two\nline three\n"
#> (false "File exists")
#> (false "No such file or directory")

#### subprocess pipes
(def p (os/spawn ["cat"] :p {:in :pipe :out :pipe}))
(:write (p :in) "through cat")
(:close (p :in))
(pp (:read (p :out) :all))
(pp (os/proc-wait p))
(pp (p :return-code))
(pp (protect (os/proc-wait p)))
(os/proc-close p)
#> @"through cat"
#> 0
#> 0
#> (false "cannot wait twice on a process")

#### exit codes and errors of subprocesses
(pp (os/execute ["sh" "-c" "exit 3"] :p))
(pp (protect (os/execute ["sh" "-c" "exit 3"] :px)))
(pp (protect (os/execute ["no-such-program-here"] :p)))
(pp (protect (os/spawn [])))
(pp (protect (os/spawn ["sh"] :z)))
(def p (os/spawn ["sleep" "10"] :p))
(pp (os/proc-kill p true :term))
(pp (protect (os/proc-kill p)))
#> 3
#> (false "command failed with non-zero exit code 3")
#> (false "(\"no-such-program-here\"): No such file or directory")
#> (false "expected at least 1 command line argument")
#> (false "unexpected flag z, expected one of \"epxd\"")
#> 143
#> (false "cannot kill process that has already finished")

#### subprocesses run in parallel with tasks
(defn run [code]
  (def p (os/spawn ["sh" "-c" code] :p {:out :pipe}))
  (def out (ev/read (p :out) :all))
  (os/proc-wait p)
  (os/proc-close p)
  (string out))
(pp (ev/gather (run "echo one") (run "sleep 0.05; echo two") (run "echo three")))
#> @["one\n" "two\n" "three\n"]

#### stderr to stdout and the environment
(def p (os/spawn ["sh" "-c" "echo $GREETING; echo err >&2"] :pe {"GREETING" "hi" :out :pipe :err :out}))
(pp (ev/read (p :out) :all))
(pp (os/proc-close p))
#> @"hi\nerr\n"
#> 0

#### ev/to-file
(def [r w] (os/pipe))
(def f (ev/to-file w))
(pp (type f))
(file/write f "via file")
(file/close f)
(ev/close w)
(pp (ev/read r :all))
(def [r2 w2] (os/pipe :R))
(pp (protect (ev/to-file r2)))
(pp (protect (ev/to-file 1)))
#> :core/file
#> @"via file"
#> (false "cannot make file from stream")
#> (false "bad slot #0, expected core/stream, got 1")
