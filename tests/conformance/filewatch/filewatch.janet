# filewatch/* on Linux inotify (src/core/filewatch.c).

#### events of a watched directory and a watched file arrive on the channel
(def root (string "/tmp/pyjanet-fw-" (os/getpid) "-" (math/floor (* 1e6 (os/clock)))))
(os/mkdir root)
(spit (string root "/watched.txt") "x")
(def ch (ev/chan 100))
(def fw (filewatch/new ch))
(filewatch/add fw root :create :delete :close-write)
(filewatch/add fw (string root "/watched.txt") :close-write)
(filewatch/listen fw)
(defn show [ev]
  (printf "%q %q %q %q" (ev :type) (ev :file-name)
          (string/replace root "ROOT" (ev :dir-name)) (string/replace root "ROOT" (ev :wd-path)))
  (pp [(type (ev :wd)) (type (ev :cookie))]))
(spit (string root "/new.txt") "hello")
(ev/with-deadline 2 (show (ev/take ch)) (show (ev/take ch)))
(spit (string root "/watched.txt") "y")
(ev/with-deadline 2 (show (ev/take ch)) (show (ev/take ch)))
(os/rm (string root "/new.txt"))
(ev/with-deadline 2 (show (ev/take ch)))
(filewatch/remove fw root)
(ev/sleep 0.05)
(pp (ev/count ch))
(filewatch/unlisten fw)
(os/rm (string root "/watched.txt"))
(os/rmdir root)
#> :create "new.txt" "ROOT" "ROOT"
#> (:number :number)
#> :close-write "new.txt" "ROOT" "ROOT"
#> (:number :number)
#> :close-write "watched.txt" "ROOT" "ROOT"
#> (:number :number)
#> :close-write "watched.txt" "ROOT/watched.txt" "ROOT/watched.txt"
#> (:number :number)
#> :delete "new.txt" "ROOT" "ROOT"
#> (:number :number)
#> 1

#### default flags, argument errors
(def ch (ev/chan 10))
(def fw (filewatch/new ch :create))
(pp (type fw))
(pp (protect (filewatch/new 1)))
(pp (protect (filewatch/new ch :bogus)))
(pp (protect (filewatch/new ch 1)))
(pp (protect (filewatch/add fw "/nonexistent-dir-for-filewatch" :create)))
(pp (protect (filewatch/add 1 "/tmp")))
(pp (protect (filewatch/listen fw)))
(pp (protect (filewatch/listen fw)))
(filewatch/unlisten fw)
(pp (protect (filewatch/add fw "/tmp" :create)))
(pp (protect (filewatch/unlisten fw)))
#> :filewatch/watcher
#> (false "bad slot #0, expected core/channel, got 1")
#> (false "unknown linux flag :bogus")
#> (false "expected keyword, got 1")
#> (false "No such file or directory")
#> (false "bad slot #0, expected filewatch/watcher, got 1")
#> (true nil)
#> (false "already watching")
#> (false "Bad file descriptor")
#> (true nil)
