# cli-main: the command line as a function.

#### cli-main runs options like the command line and returns
(cli-main ["-e" "(print 42)"])
(cli-main @["-e" "(pp (dyn :args))"])
(print "back")
#> 42
#> @["-e" "(pp (dyn :args))"]
#> back

#### an error in cli-main's -e goes on to its caller
(pp (protect (cli-main ["-e" "(error 1)"])))
(cli-main ["-e" "(error 2)"])
(print "not here")
#> (false 1)
#! error: 2
#!   in thunk [eval] (tail call) on line 1, column 1
#!   in eval-string [boot.janet] on line 3091, column 36
#!   in e-switch [boot.janet] (tail call) on line 5102, column 12
#!   in cli-main [boot.janet] on line 5152, column 13
#!   in thunk [test.janet] (tail call) on line 2, column 1
#exit 1

#### bad arguments to cli-main's options
(cli-main ["-x"])
#! error: expected integer key for tuple in range [0, 1), got 1
#!   in get-lint-level [boot.janet] on line 5024, column 12
#!   in <anonymous> [boot.janet] (tail call) on line 5139, column 41
#!   in cli-main [boot.janet] on line 5152, column 13
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1
