# os/time, os/clock, os/date, os/mktime, os/strftime, os/sleep against the reference.

#### os/date of a given time, UTC
(pp (os/date 1388608200))
(pp (os/date 0))
(pp (os/date -1))
(pp (os/date 951782400))
(pp (os/date "1388608200"))
(pp (os/date 1388608200 false))
(pp (os/date 1388608200 nil))
#> {:dst false :hours 20 :minutes 30 :month 0 :month-day 0 :seconds 0 :week-day 3 :year 2014 :year-day 0}
#> {:dst false :hours 0 :minutes 0 :month 0 :month-day 0 :seconds 0 :week-day 4 :year 1970 :year-day 0}
#> {:dst false :hours 23 :minutes 59 :month 11 :month-day 30 :seconds 59 :week-day 3 :year 1969 :year-day 364}
#> {:dst false :hours 0 :minutes 0 :month 1 :month-day 28 :seconds 0 :week-day 2 :year 2000 :year-day 59}
#> {:dst false :hours 20 :minutes 30 :month 0 :month-day 0 :seconds 0 :week-day 3 :year 2014 :year-day 0}
#> {:dst false :hours 20 :minutes 30 :month 0 :month-day 0 :seconds 0 :week-day 3 :year 2014 :year-day 0}
#> {:dst false :hours 20 :minutes 30 :month 0 :month-day 0 :seconds 0 :week-day 3 :year 2014 :year-day 0}

#### os/date and os/mktime in a local time zone
(def old (os/getenv "TZ"))
(os/setenv "TZ" "America/New_York")
(pp (os/date 1388608200 true))
(pp (os/date 1404246600 true))
(pp (os/mktime (os/date 1404246600 true) true))
(pp (os/mktime {:year 2014 :month 6 :month-day 1 :hours 16 :minutes 30} true))
(pp (os/mktime {:year 2014 :month 6 :month-day 1 :hours 16 :minutes 30 :dst true} true))
(pp (os/strftime "%H:%M %Z" 1388608200 true))
(os/setenv "TZ" old)
#> {:dst false :hours 15 :minutes 30 :month 0 :month-day 0 :seconds 0 :week-day 3 :year 2014 :year-day 0}
#> {:dst true :hours 16 :minutes 30 :month 6 :month-day 0 :seconds 0 :week-day 2 :year 2014 :year-day 181}
#> 1404246600
#> 1404333000
#> 1404333000
#> "15:30 EST"

#### os/mktime, UTC
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/mktime {:year-day 0 :minutes 30 :month 0 :dst false :seconds 0 :year 2014 :month-day 0 :hours 20 :week-day 3}))
(t (os/mktime {:year 1970}))
(t (os/mktime {}))
(t (os/mktime @{:year 2000}))
(t (os/mktime (struct/with-proto {:year 2001} :month 1)))
(t (os/mktime (table/setproto @{:month 2} @{:year 2002})))
(t (os/mktime {:year 2014 :month 13 :month-day 40 :hours 25 :minutes -5 :seconds 100}))
(t (os/mktime {:year 2014 :month -1}))
(t (os/mktime {:year 2000 :seconds 4294967296}))
(t (os/mktime {:year 1600 :month 1 :month-day 28}))
(t (os/mktime {:year 2014.5}))
(t (os/mktime {:seconds "a"}))
(t (os/mktime {:year 2000 :seconds 9007199254740993}))
(t (os/mktime {:year 2000 :minutes nil :hours 1}))
(t (os/mktime [1 2]))
(t (os/mktime nil))
(t (os/mktime))
(def now (os/time))
(t (= now (os/mktime (os/date now))))
(t (= now (os/mktime (os/date now true) true)))
#> 1388608200
#> 0
#> -62167219200
#> 946684800
#> 980985600
#> 1014940800
#> 1426294600
#> 1385856000
#> 946684800
#> -11670998400
#> ERR: bad slot #year, expected 64 bit signed integer, got 2014.5
#> ERR: bad slot #seconds, expected 64 bit signed integer, got "a"
#> ERR: bad slot #seconds, expected 64 bit signed integer, got 9.00719925474099e+15
#> 946688400
#> ERR: bad slot #0, expected table or struct, got <tuple 0x55C9C417E4A0>
#> ERR: bad slot #0, expected table or struct, got nil
#> ERR: arity mismatch, expected at least 1, got 0
#> true
#> true

#### os/strftime
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/strftime "%Y-%m-%d %H:%M:%S" 0))
(t (os/strftime "%Y-%m-%d %H:%M:%S" 1388608200))
(t (os/strftime "%Z %a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %%" 1388608200))
(t (os/strftime "plain text" 5))
(t (os/strftime "" 0))
(t (os/strftime "%Y" 0 true))
(t (os/strftime "%%%d%t"))
(t (os/strftime "%H:%M:%"))
(t (os/strftime "%e" 0))
(t (os/strftime @"%Y" 0))
(t (os/strftime "%Y" "abc"))
(t (os/strftime "%Y" 1.5))
(t (os/strftime "%Y" "0x10"))
(t (os/strftime))
(t (= (os/strftime "%Y") (string (+ 1900 (- ((os/date) :year) 1900)))))
#> 1970-01-01 00:00:00
#> 2014-01-01 20:30:00
#> GMT Wed Wednesday Jan January Wed Jan  1 20:30:00 2014 01 20 08 001 01 30 PM 00 00 3 00 01/01/14 20:30:00 14 2014 %
#> plain text
#>
#> 1970
#> ERR: invalid conversion specifier '%t'
#> ERR: invalid conversion specifier
#> ERR: invalid conversion specifier '%e'
#> ERR: bad slot #0, expected string, got @"%Y"
#> ERR: can not convert string "abc" to 64 bit signed integer
#> ERR: can not convert number 1.5 to 64 bit signed integer
#> 1970
#> ERR: arity mismatch, expected at least 1, got 0
#> true

#### os/date argument errors
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(t (os/date 1e20))
(t (os/date :a))
(t (os/date 1.5))
(t (os/date 1 2 3))
(t (struct? (os/date)))
(t (length (os/date nil true)))
#> ERR: can not convert number 1e+20 to 64 bit signed integer
#> ERR: can not convert keyword :a to 64 bit signed integer
#> ERR: can not convert number 1.5 to 64 bit signed integer
#> ERR: arity mismatch, expected at most 2, got 3
#> true
#> 9

#### os/time and os/clock
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(def now (os/time))
(t (= now (math/floor now)))
(t (> now 1.7e9))
(t (<= (- (os/clock) now) 2))
(t (<= (- (os/clock :realtime :int) now) 2))
(t (<= (- (os/clock nil :double) now) 2))
(def [s ns] (os/clock :realtime :tuple))
(pp [(<= (- s now) 2) (int? ns) (<= 0 ns 999999999)])
(def before (os/clock :monotonic))
(def after (os/clock :monotonic))
(t (>= after before))
(t (number? (os/clock :cputime)))
(t (= (os/clock :monotonic :int) (math/floor (os/clock :monotonic :int))))
(t (tuple? (os/clock :cputime :tuple)))
(t (os/clock :foo))
(t (os/clock :realtime :foo))
(t (os/clock :foo :bar))
(t (os/clock "x"))
(t (os/clock nil "x"))
(t (os/clock 1 2 3))
(t (os/time 1))
#> true
#> true
#> true
#> true
#> true
#> (true true true)
#> true
#> true
#> true
#> true
#> ERR: expected :realtime, :monotonic, or :cputime, got :foo
#> ERR: expected :double, :int, or :tuple, got :foo
#> ERR: expected :realtime, :monotonic, or :cputime, got :foo
#> ERR: bad slot #0, expected keyword, got "x"
#> ERR: bad slot #1, expected keyword, got "x"
#> ERR: arity mismatch, expected at most 2, got 3
#> ERR: arity mismatch, expected 0, got 1

#### os/sleep
(defmacro t [& body] ~(print (try (do ,;body) ([e] (string "ERR: " e)))))
(def before (os/clock :monotonic))
(t (os/sleep 0.05))
(t (>= (- (os/clock :monotonic) before) 0.04))
(t (os/sleep 0))
(t (os/sleep -1))
(t (os/sleep "1"))
(t (os/sleep))
#>
#> true
#>
#> ERR: invalid argument to sleep
#> ERR: bad slot #0, expected number, got "1"
#> ERR: arity mismatch, expected 1, got 0
