# eval, eval-string, run-context, quit, and the default handlers (boot.janet).

#### eval in the current environment
(def x 10)
(print (eval '(+ x 1)))
(eval '(def y 5))
(print y)
#> 11
#> 5

#### eval in a given environment
(def env (make-env))
(eval '(def z 3) env)
(print (eval '(* z 2) env))
(print (nil? (dyn 'z)))
#> 6
#> true

#### eval with a compile error
(eval '(+ 1 nope))
#! error: unknown symbol nope
#!   in eval [boot.janet] on line 3053, column 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### eval with a runtime error
(defn f [] (eval '(error "inside eval")))
(f)
#! error: inside eval
#!   in thunk [eval] (tail call) on line 1, column 19
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### eval-string
(print (eval-string "(+ 1 2) (* 3 4)"))
(printf "%q" (eval-string ""))
(def e (make-env))
(eval-string "(def q 7)" e)
(print (eval-string "(+ q 1)" e))
#> 12
#> nil
#> 8

#### eval-string parse errors
(print (protect (eval-string "(+ 1")))
(eval-string "(+ 1 2))")
#> <tuple 0x56341FB0F7A0>
#! error: unexpected closing delimiter )
#!   in parse-all [boot.janet] on line 3078, column 7
#!   in eval-string [boot.janet] on line 3091, column 11
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### eval-string compile errors
(eval-string "(foo)")
#! error: unknown symbol foo
#!   in eval [boot.janet] on line 3053, column 5
#!   in eval-string [boot.janet] on line 3091, column 36
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### run-context with chunks and default handlers
(var done false)
(defn chunks [buf p] (unless done (set done true) (buffer/push buf "(print 1)\n(error \"bad\")\n(print 2)\n(+ 1 undefined-sym)\n(print 3) (")))
(def result (run-context {:chunks chunks :env (make-env)}))
(print (table? result))
#> 1
#> 2
#> 3
#> true
#!   in thunk [<anonymous>] (tail call) on line 2, column 1
#! <anonymous>:4:1: compile error: unknown symbol undefined-sym
#! <anonymous>:5:11: parse error: unexpected end of source, ( opened at line 5, column 11

#### run-context on-status, source and current-file
(var done false)
(def env (make-env))
(run-context {:chunks (fn [buf p] (unless done (set done true) (buffer/push buf "(+ 1 2)\n(error :oops)\n(dyn :current-file)")))
              :on-status (fn [f x] (printf "%q %q" (fiber/status f) x))
              :source "virtual.janet"
              :env env})
(printf "%q" (env :current-file))
#> :dead 3
#> :error :oops
#> :dead "virtual.janet"
#> "virtual.janet"

#### run-context resumes yields with the on-status result
(var done false)
(run-context {:chunks (fn [buf p] (unless done (set done true) (buffer/push buf "(print (+ 100 (yield 1)))")))
              :on-status (fn [f x] (printf "%q %q" (fiber/status f) x) 5)
              :env (make-env)})
#> :pending 1
#> 105
#> :dead nil

#### run-context with a reader function and quit
(def forms @['(print "a") '(quit :bye) '(print "never")])
(var i -1)
(def r (run-context {:read (fn [env where] (++ i) (get forms i))
                     :env (make-env)}))
(printf "%q" r)
#> a
#> :bye

#### quit with a value from parsed code
(var done false)
(def r (run-context {:chunks (fn [buf p] (unless done (set done true) (buffer/push buf "(print :x) (quit 42) (print :y)")))
                     :env (make-env)}))
(printf "%q" r)
#> x
#> 42

#### run-context with an expander and an evaluator
(var done false)
(run-context {:chunks (fn [buf p] (unless done (set done true) (buffer/push buf "(+ 1 2) (* 2 3)")))
              :expander (fn [form] (printf "expand %q" form) form)
              :evaluator (fn [thunk form env where] (printf "eval %q from %q" form where) (thunk))
              :on-status (fn [f x] (printf "got %q" x))
              :env (make-env)})
#> expand (+ 1 2)
#> eval (+ 1 2) from :<anonymous>
#> got 3
#> expand (* 2 3)
#> eval (* 2 3) from :<anonymous>
#> got 6

#### run-context source changes and cancel from chunks
(def queue @["(print 1)" [:source "other.janet"] "(print (dyn :current-file)) (+ 1 " :cancel "(print 2) (+ 1 x)"])
(var i -1)
(run-context {:chunks (fn [buf p]
                        (++ i)
                        (def item (get queue i))
                        (if (string? item) (buffer/push buf item) item))
              :env (make-env)})
#> 1
#> other.janet
#> 2
#! other.janet:1:53: compile error: unknown symbol x

#### run-context with a custom parse error handler
(var done false)
(run-context {:chunks (fn [buf p] (unless done (set done true) (buffer/push buf "(print 1) ) (print 2)")))
              :on-parse-error (fn [p where] (printf "parse error at %q: %s" (:where p) (:error p)))
              :env (make-env)})
#> 1
#> parse error at (1 11): unexpected closing delimiter )
#> 2

#### run-context with a custom compile error handler
(var done false)
(run-context {:chunks (fn [buf p] (unless done (set done true) (buffer/push buf "\n  (print missing)")))
              :on-compile-error (fn [msg fib where line col] (printf "%q %q %q %q" msg where line col))
              :env (make-env)})
#> "unknown symbol missing" :<anonymous> 2 3

#### the default handlers print to :err
(def buf @"")
(with-dyns [:err buf]
  (bad-compile "msg" nil "file.janet" 3 4)
  (bad-compile "msg2" nil :kw)
  (warn-compile "careful" :strict "w.janet" 1 2)
  (def p (parser/new))
  (parser/consume p "\n  (]")
  (bad-parse p "p.janet"))
(prin buf)
#> file.janet:3:4: compile error: msg
#> kw::: compile error: msg2
#> w.janet:1:2: compile warning (strict): careful
#> p.janet:2:4: parse error: mismatched delimiter ], ( opened at line 2, column 3

#### the default handlers with colour
(def buf @"")
(with-dyns [:err buf :err-color true]
  (bad-compile "msg" nil "file.janet" 3 4))
(printf "%q" buf)
#> @"\e[31mfile.janet:3:4: compile error: msg\e[0m\n"

#### dofile of a missing file
(dofile "no/such/file.janet")
#! error: could not find file no/such/file.janet
#!   in dofile [boot.janet] on line 3400, column 5
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
