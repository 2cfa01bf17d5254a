"""The command line against the reference, flag by flag.

Each case runs `python -m pyjanet ARGS` in a subprocess (in tests/cli/data,
standard input from a pipe) and compares its standard output, standard error
and exit status with what the reference printed for the same command, stored
in EXPECTED below together with the command that produced it.  The reference
is run as `exec -a pyjanet janet ARGS` so that its executable name (in the
usage text and (dyn :executable)) is ours.  Cases marked `tty` run with
standard output and standard error on a pseudo-terminal (both streams then
arrive together), which is what colour depends on.

Two things legitimately differ and are normalised before comparing: the build
after the version (`1.41.3-dev-284990a0` / `1.41.3-dev-pyjanet`) and the
compiler in the REPL banner (`linux/x64/gcc` / `linux/x64/python`).

Regenerate the expectations (after adding a case) with
    JANET_REF=/work/scratch/bin/janet python tests/cli/test_flags.py
"""

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

# name: (args, stdin, extra environment, tty)
CASES = {
    "help": (["-h"], None, {}, False),
    "version-long": (["--version"], None, {}, False),
    "unknown-flag": (["--bogus"], None, {}, False),
    "dash-alone": (["-"], None, {}, False),
    "e-error": (["-e", "(print 0)", "-e", "(error 1)", "-e", "(print 2)"], None, {}, False),
    "e-compile-error": (["-e", "(foo)"], None, {}, False),
    "e-parse-error": (["-e", "(print 1) ("], None, {}, False),
    "e-missing": (["-e"], None, {}, False),
    "e-args": (["-e", "(pp (dyn :args))", "--", "-x"], None, {}, False),
    # nothing cached (the cache directory cannot be made): the code compiled for
    # an inlined nil that is indexed must not make Python print a SyntaxWarning
    "e-cold-cache": (["-e", "(print (get nil 1)) (each x nil (print x))"], None,
                     {"XDG_CACHE_HOME": "/proc/pyjanet-no-cache"}, False),
    "E": (["-E", "(print (+ (scan-number $0) 1) (length $&))", "41", "x"], None, {}, False),
    "E-compile-error": (["-E", "(foo)"], None, {}, False),
    "E-parse-error": (["-E", "("], None, {}, False),
    "E-missing": (["-E"], None, {}, False),
    "l": (["-l", "./mod", "-e", "(pp x) (pp (f))"], None, {}, False),
    "l-not-found": (["-l", "./nonexist", "-e", "1"], None, {}, False),
    "p-script": (["-p", "err.janet", "x"], None, {}, False),
    "p-e": (["-p", "-e", "(error 1)", "-e", "(print 2)"], None, {}, False),
    "k": (["-k", "fc.janet"], None, {}, False),
    "k-compile-error": (["-k", "cerr.janet"], None, {}, False),
    "k-stdin": (["-k"], "(print 1)\n(foo)\n", {}, False),
    "m": (["-m", "libs", "-e", "(import m) (print (dyn *syspath*) \" \" m/where)"],
          None, {}, False),
    "R": (["-R", "-q"], "(print from-profile)\n", {"JANET_PROFILE": "profile.janet"}, False),
    "c": (["-c", "data.janet", "/tmp/pyjanet-cli-test.jimage", "-e",
           "(pp ((load-image (slurp \"/tmp/pyjanet-cli-test.jimage\")) 'data))"], None, {},
          False),
    "c-error": (["-c", "err.janet"], None, {}, False),
    # data.jimage was made by the reference: janet -c data.janet data.jimage
    "i": (["-i", "data.jimage", "a"], None, {}, False),
    "i-missing": (["-i", "nonexist.jimage"], None, {}, False),
    "d": (["-d", "-e", "(pp [(dyn :debug) (dyn :redef)])"], None, {}, False),
    "w-x": (["-w", "relaxed", "-x", "3", "-e", "(pp [(dyn :lint-warn) (dyn :lint-error)])"],
            None, {}, False),
    "t": (["-t", "./tool", "a", "b"], None, {}, False),
    "t-no-main": (["-t", "./mod", "a"], None, {}, False),
    "double-dash": (["-q", "--", "-r"], None, {}, False),
    "script-main": (["main.janet", "x", "y"], None, {}, False),
    "script-error": (["err.janet"], None, {}, False),
    "script-missing": (["nonexist.janet"], None, {}, False),
    "main-error": (["merr.janet"], None, {}, False),
    "main-exit": (["mexit.janet"], None, {}, False),
    "repl-banner": ([], "(+ 1 2)\n", {}, False),
    "q": (["-q"], "(+ 1 2)\n(* _ 2) (print \"hi\") [1 2]\n", {}, False),
    "r": (["-e", "(print 0)", "-r", "-q"], "(+ 1 2)\n", {}, False),
    "r-after-script": (["-r", "-q", "main.janet"], "(+ 1 2)\n", {}, False),
    "s": (["-s", "-q"], "(+ 1\n2)\n(+ 3 4) (+ 5\n", {}, False),
    "s-custom-prompt": (["-s", "-q"], "(setdyn *repl-prompt* (fn [p] \"P> \"))\n1\n", {}, False),
    "repl-errors": (["-q"], "(error \"boom\")\n(foo)\n)\n(print \"still here\")\n", {}, False),
    "repl-exit": (["-q"], "(os/exit 3)\n(print 1)\n", {}, False),
    "repl-quit": (["-q"], "(quit 5) 7\n8\n", {}, False),
    "repl-getline": (["-q"], "(def x (getline))\nhello\n(pp x)\n", {}, False),
    "repl-pretty": (["-q"], "[1 [2 [3 [4 [5 [6 [7]]]]]]] (range 40) @{:a \"x\"}\n", {}, False),
    "n": (["-q", "-n"], "{:a [1 \"s\"]}\n(error \"e\")\n", {}, False),
    "N": (["-q", "-N"], "[1 \"a\" :b] (error \"x\") (foo) (\n", {}, False),
    "profile": (["-q"], "(print from-profile)\n", {"JANET_PROFILE": "profile.janet"}, False),
    "janet-path": (["-e", "(import m) (import n) (print m/where \" \" n/where)"], None,
                   {"JANET_PATH": "libs:libs2"}, False),
    "tty-color": (["-e", "(pp (dyn :pretty-format)) (pp [1 \"a\"]) (error :x)"], None, {}, True),
    "tty-no-color": (["-e", "(pp (dyn :pretty-format)) (pp [1 \"a\"]) (error :x)"], None,
                     {"NO_COLOR": "1"}, True),
    "tty-n": (["-n", "-e", "(pp (dyn :pretty-format)) (pp [1 \"a\"]) (error :x)"], None, {},
              True),
}

# Generated by running the reference (see the module docstring); do not edit.
EXPECTED = {
    # janet -h
    'help': ('-h',
        'usage: pyjanet [options] script args...\nOptions are:\n  --help (-h)             : Show this help\n  --version (-v)          : Print the version string\n  --stdin (-s)            : Use raw stdin instead of getline like functionality\n  --eval (-e) code        : Execute a string of janet\n  --expression (-E) code arguments... : Evaluate an expression as a short-fn with arguments\n  --debug (-d)            : Set the debug flag in the REPL\n  --repl (-r)             : Enter the REPL after running all scripts\n  --noprofile (-R)        : Disables loading profile.janet when JANET_PROFILE is present\n  --persistent (-p)       : Keep on executing if there is a top-level error (persistent)\n  --quiet (-q)            : Hide logo (quiet)\n  --flycheck (-k)         : Compile scripts but do not execute (flycheck)\n  --syspath (-m) syspath  : Set system path for loading global modules\n  --compile (-c) source output : Compile janet source code into an image\n  --image (-i)            : Load the script argument as an image file instead of source code\n  --nocolor (-n)          : Disable ANSI color output in the REPL\n  --color (-N)            : Enable ANSI color output in the REPL\n  --library (-l) lib      : Use a module before processing more arguments\n  --tool (-t) lib args... : Use a module before processing more arguments, and then call it\'s `main` function\n  --lint-warn (-w) level  : Set the lint warning level - default is "normal"\n  --lint-error (-x) level : Set the lint error level - default is "none"\n  --install (-b) dirpath  : Install a bundle from a directory\n  --reinstall (-B) name   : Reinstall a bundle by bundle name\n  --uninstall (-u) name   : Uninstall a bundle by bundle name\n  --update-all (-U)       : Reinstall all installed bundles\n  --prune (-P)            : Uninstall all bundles that are orphaned\n  --list (-L)             : List all installed bundles\n  --                      : Stop handling options\n',
        '', 0),
    # janet --version
    'version-long': ('--version',
        '1.41.3-dev-284990a0\n',
        '', 0),
    # janet --bogus
    'unknown-flag': ('--bogus',
        'unknown flag --bogus\nusage: pyjanet [options] script args...\nOptions are:\n  --help (-h)             : Show this help\n  --version (-v)          : Print the version string\n  --stdin (-s)            : Use raw stdin instead of getline like functionality\n  --eval (-e) code        : Execute a string of janet\n  --expression (-E) code arguments... : Evaluate an expression as a short-fn with arguments\n  --debug (-d)            : Set the debug flag in the REPL\n  --repl (-r)             : Enter the REPL after running all scripts\n  --noprofile (-R)        : Disables loading profile.janet when JANET_PROFILE is present\n  --persistent (-p)       : Keep on executing if there is a top-level error (persistent)\n  --quiet (-q)            : Hide logo (quiet)\n  --flycheck (-k)         : Compile scripts but do not execute (flycheck)\n  --syspath (-m) syspath  : Set system path for loading global modules\n  --compile (-c) source output : Compile janet source code into an image\n  --image (-i)            : Load the script argument as an image file instead of source code\n  --nocolor (-n)          : Disable ANSI color output in the REPL\n  --color (-N)            : Enable ANSI color output in the REPL\n  --library (-l) lib      : Use a module before processing more arguments\n  --tool (-t) lib args... : Use a module before processing more arguments, and then call it\'s `main` function\n  --lint-warn (-w) level  : Set the lint warning level - default is "normal"\n  --lint-error (-x) level : Set the lint error level - default is "none"\n  --install (-b) dirpath  : Install a bundle from a directory\n  --reinstall (-B) name   : Reinstall a bundle by bundle name\n  --uninstall (-u) name   : Uninstall a bundle by bundle name\n  --update-all (-U)       : Reinstall all installed bundles\n  --prune (-P)            : Uninstall all bundles that are orphaned\n  --list (-L)             : List all installed bundles\n  --                      : Stop handling options\n',
        '', 0),
    # janet -
    'dash-alone': ('-',
        'unknown flag -\nusage: pyjanet [options] script args...\nOptions are:\n  --help (-h)             : Show this help\n  --version (-v)          : Print the version string\n  --stdin (-s)            : Use raw stdin instead of getline like functionality\n  --eval (-e) code        : Execute a string of janet\n  --expression (-E) code arguments... : Evaluate an expression as a short-fn with arguments\n  --debug (-d)            : Set the debug flag in the REPL\n  --repl (-r)             : Enter the REPL after running all scripts\n  --noprofile (-R)        : Disables loading profile.janet when JANET_PROFILE is present\n  --persistent (-p)       : Keep on executing if there is a top-level error (persistent)\n  --quiet (-q)            : Hide logo (quiet)\n  --flycheck (-k)         : Compile scripts but do not execute (flycheck)\n  --syspath (-m) syspath  : Set system path for loading global modules\n  --compile (-c) source output : Compile janet source code into an image\n  --image (-i)            : Load the script argument as an image file instead of source code\n  --nocolor (-n)          : Disable ANSI color output in the REPL\n  --color (-N)            : Enable ANSI color output in the REPL\n  --library (-l) lib      : Use a module before processing more arguments\n  --tool (-t) lib args... : Use a module before processing more arguments, and then call it\'s `main` function\n  --lint-warn (-w) level  : Set the lint warning level - default is "normal"\n  --lint-error (-x) level : Set the lint error level - default is "none"\n  --install (-b) dirpath  : Install a bundle from a directory\n  --reinstall (-B) name   : Reinstall a bundle by bundle name\n  --uninstall (-u) name   : Uninstall a bundle by bundle name\n  --update-all (-U)       : Reinstall all installed bundles\n  --prune (-P)            : Uninstall all bundles that are orphaned\n  --list (-L)             : List all installed bundles\n  --                      : Stop handling options\n',
        '', 0),
    # janet -e '(print 0)' -e '(error 1)' -e '(print 2)'
    'e-error': ('-e (print 0) -e (error 1) -e (print 2)',
        '0\n',
        'error: 1\n  in thunk [eval] (tail call) on line 1, column 1\n  in eval-string [boot.janet] on line 3091, column 36\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -e '(foo)'
    'e-compile-error': ('-e (foo)',
        '',
        'error: unknown symbol foo\n  in eval [boot.janet] on line 3053, column 5\n  in eval-string [boot.janet] on line 3091, column 36\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -e '(print 1) ('
    'e-parse-error': ('-e (print 1) (',
        '',
        'error: unexpected end of source, ( opened at line 1, column 11\n  in parse-all [boot.janet] on line 3083, column 7\n  in eval-string [boot.janet] on line 3091, column 11\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -e
    'e-missing': ('-e',
        '',
        'error: expected integer key for array in range [0, 1), got 1\n  in e-switch [boot.janet] (tail call) on line 5102, column 25\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -e '(pp (dyn :args))' -- -x
    'e-args': ('-e (pp (dyn :args)) -- -x',
        '@["-e" "(pp (dyn :args))" "--" "-x"]\n',
        'error: could not find file -x\n  in dofile [boot.janet] on line 3400, column 5\n  in cli-main [boot.janet] on line 5167, column 17\n', 1),
    # XDG_CACHE_HOME=/proc/pyjanet-no-cache janet -e '(print (get nil 1)) (each x nil (print x))'
    'e-cold-cache': ('-e (print (get nil 1)) (each x nil (print x))',
        '\n',
        'error: expected iterable type, got nil\n  in thunk [eval] (tail call) on line 1, column 21\n  in eval-string [boot.janet] on line 3091, column 36\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -E '(print (+ (scan-number $0) 1) (length $&))' 41 x
    'E': ('-E (print (+ (scan-number $0) 1) (length $&)) 41 x',
        '421\n',
        '', 0),
    # janet -E '(foo)'
    'E-compile-error': ('-E (foo)',
        '',
        'error: unknown symbol foo\n  in E-switch [boot.janet] (tail call) on line 5111, column 14\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -E '('
    'E-parse-error': ('-E (',
        '',
        'error: unexpected end of source, ( opened at line 1, column 1\n  in parse [boot.janet] on line 3067, column 9\n  in E-switch [boot.janet] (tail call) on line 5107, column 33\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -E
    'E-missing': ('-E',
        '',
        'error: start index 2 out of range [-2,1]\n  in array/slice [src/core/array.c] on line 229\n  in E-switch [boot.janet] (tail call) on line 5106, column 25\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -l ./mod -e '(pp x) (pp (f))'
    'l': ('-l ./mod -e (pp x) (pp (f))',
        ':mod\n1\n',
        '', 0),
    # janet -l ./nonexist -e 1
    'l-not-found': ('-l ./nonexist -e 1',
        '',
        'error: could not find module ./nonexist:\n    nonexist.jimage\n    nonexist.janet\n    nonexist/init.janet\n    nonexist.so\n  in require-1 [boot.janet] on line 3454, column 20\n  in import* [boot.janet] on line 3498, column 15\n  in l-switch [boot.janet] (tail call) on line 5088, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -p err.janet x
    'p-script': ('-p err.janet x',
        'a\n',
        'error: bad\n  in thunk [err.janet] (tail call) on line 2, column 1\n  in dofile [boot.janet] on line 3426, column 7\n  in cli-main [boot.janet] on line 5167, column 17\n', 1),
    # janet -p -e '(error 1)' -e '(print 2)'
    'p-e': ('-p -e (error 1) -e (print 2)',
        '',
        'error: 1\n  in thunk [eval] (tail call) on line 1, column 1\n  in eval-string [boot.janet] on line 3091, column 36\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -k fc.janet
    'k': ('-k fc.janet',
        'macro ran at compile\n',
        'error: assert runs\n  in thunk [fc.janet] (tail call) on line 11, column 1\n  in dofile [boot.janet] (tail call) on line 3426, column 7\n', 0),
    # janet -k cerr.janet
    'k-compile-error': ('-k cerr.janet',
        '',
        'error: cerr.janet:2:1: compile error: unknown symbol foo\n  in dofile [boot.janet] (tail call) on line 3427, column 7\n', 0),
    # printf '(print 1)\n(foo)\n' | janet -k
    'k-stdin': ('-k',
        '',
        'error: stdin:2:1: compile error: unknown symbol foo\n  in dofile [boot.janet] (tail call) on line 3427, column 7\n', 0),
    # janet -m libs -e '(import m) (print (dyn *syspath*) " " m/where)'
    'm': ('-m libs -e (import m) (print (dyn *syspath*) " " m/where)',
        'libs libs/m\n',
        '', 0),
    # printf '(print from-profile)\n' | JANET_PROFILE=profile.janet janet -R -q
    'R': ('-R -q',
        '',
        'repl:1:1: compile error: unknown symbol from-profile\n', 0),
    # janet -c data.janet /tmp/pyjanet-cli-test.jimage -e '(pp ((load-image (slurp "/tmp/pyjanet-cli-test.jimage")) '"'"'data))'
    'c': ('-c data.janet /tmp/pyjanet-cli-test.jimage -e (pp ((load-image (slurp "/tmp/pyjanet-cli-test.jimage")) \'data))',
        '@{:source-map ("data.janet" 2 1) :value @{:a (1 2)}}\n',
        '', 0),
    # janet -c err.janet
    'c-error': ('-c err.janet',
        'a\n',
        'error: bad\n  in thunk [err.janet] (tail call) on line 2, column 1\n  in dofile [boot.janet] on line 3426, column 7\n  in c-switch [boot.janet] (tail call) on line 5076, column 19\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -i data.jimage a
    'i': ('-i data.jimage a',
        '',
        '', 0),
    # janet -i nonexist.jimage
    'i-missing': ('-i nonexist.jimage',
        '',
        'error: could not open file nonexist.jimage\n  in slurp [boot.janet] on line 2138, column 13\n  in cli-main [boot.janet] on line 5158, column 34\n', 1),
    # janet -d -e '(pp [(dyn :debug) (dyn :redef)])'
    'd': ('-d -e (pp [(dyn :debug) (dyn :redef)])',
        '(true true)\n',
        '', 0),
    # janet -w relaxed -x 3 -e '(pp [(dyn :lint-warn) (dyn :lint-error)])'
    'w-x': ('-w relaxed -x 3 -e (pp [(dyn :lint-warn) (dyn :lint-error)])',
        '(:relaxed 3)\n',
        '', 0),
    # janet -t ./tool a b
    't': ('-t ./tool a b',
        '("a" "b")\n',
        '', 0),
    # janet -t ./mod a
    't-no-main': ('-t ./mod a',
        '',
        'error: no main found for module ./mod\n  in errorf [boot.janet] on line 207, column 3\n  in t-switch [boot.janet] (tail call) on line 5098, column 12\n  in cli-main [boot.janet] on line 5152, column 13\n', 1),
    # janet -q -- -r
    'double-dash': ('-q -- -r',
        '',
        'error: could not find file -r\n  in dofile [boot.janet] on line 3400, column 5\n  in cli-main [boot.janet] on line 5167, column 17\n', 1),
    # janet main.janet x y
    'script-main': ('main.janet x y',
        '("main.janet" "x" "y")\n',
        '', 0),
    # janet err.janet
    'script-error': ('err.janet',
        'a\n',
        'error: bad\n  in thunk [err.janet] (tail call) on line 2, column 1\n', 1),
    # janet nonexist.janet
    'script-missing': ('nonexist.janet',
        '',
        'error: could not find file nonexist.janet\n  in dofile [boot.janet] on line 3400, column 5\n  in cli-main [boot.janet] on line 5167, column 17\n', 1),
    # janet merr.janet
    'main-error': ('merr.janet',
        '',
        'error: in main\n  in main [merr.janet] (tail call) on line 1, column 18\n  in run-main [boot.janet] on line 4934, column 16\n  in cli-main [boot.janet] on line 5168, column 17\n', 1),
    # janet mexit.janet
    'main-exit': ('mexit.janet',
        '',
        '', 4),
    # printf '(+ 1 2)\n' | janet 
    'repl-banner': ('',
        "Janet 1.41.3-dev-284990a0 linux/x64/gcc - '(doc)' for help\n3\n",
        '', 0),
    # printf '(+ 1 2)\n(* _ 2) (print "hi") [1 2]\n' | janet -q
    'q': ('-q',
        '3\n6\nhi\nnil\n(1 2)\n',
        '', 0),
    # printf '(+ 1 2)\n' | janet -e '(print 0)' -r -q
    'r': ('-e (print 0) -r -q',
        '0\n3\n',
        '', 0),
    # printf '(+ 1 2)\n' | janet -r -q main.janet
    'r-after-script': ('-r -q main.janet',
        '("main.janet")\n3\n',
        '', 0),
    # printf '(+ 1\n2)\n(+ 3 4) (+ 5\n' | janet -s -q
    's': ('-s -q',
        'repl:1:> repl:2:(> 3\nrepl:3:> 7\nrepl:4:(> ',
        'repl:4:0: parse error: unexpected end of source, ( opened at line 3, column 9\n', 0),
    # printf '(setdyn *repl-prompt* (fn [p] "P> "))\n1\n' | janet -s -q
    's-custom-prompt': ('-s -q',
        'repl:1:> <function 0x5642DD7CFF60>\nP> 1\nP> ',
        '', 0),
    # printf '(error "boom")\n(foo)\n)\n(print "still here")\n' | janet -q
    'repl-errors': ('-q',
        'still here\nnil\n',
        'error: boom\n  in thunk [repl] (tail call) on line 1, column 1\nrepl:2:1: compile error: unknown symbol foo\nrepl:3:1: parse error: unexpected closing delimiter )\n', 0),
    # printf '(os/exit 3)\n(print 1)\n' | janet -q
    'repl-exit': ('-q',
        '',
        '', 3),
    # printf '(quit 5) 7\n8\n' | janet -q
    'repl-quit': ('-q',
        'nil\n',
        '', 0),
    # printf '(def x (getline))\nhello\n(pp x)\n' | janet -q
    'repl-getline': ('-q',
        '@"hello\\n"\n@"hello\\n"\nnil\n',
        '', 0),
    # printf '[1 [2 [3 [4 [5 [6 [7]]]]]]] (range 40) @{:a "x"}\n' | janet -q
    'repl-pretty': ('-q',
        '(1 (2 (3 (4 (5 (6 (7)))))))\n@[0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39]\n@{:a "x"}\n',
        '', 0),
    # printf '{:a [1 "s"]}\n(error "e")\n' | janet -q -n
    'n': ('-q -n',
        '{:a (1 "s")}\n',
        'error: e\n  in thunk [repl] (tail call) on line 2, column 1\n', 0),
    # printf '[1 "a" :b] (error "x") (foo) (\n' | janet -q -N
    'N': ('-q -N',
        '(\x1b[32m1\x1b[0m \x1b[35m"a"\x1b[0m \x1b[33m:b\x1b[0m)\n',
        '\x1b[31merror: x\n  in thunk [repl] (tail call) on line 1, column 12\n\x1b[0m\x1b[31mrepl:1:24: compile error: unknown symbol foo\x1b[0m\n\x1b[31mrepl:2:0: parse error: unexpected end of source, ( opened at line 1, column 30\x1b[0m\n', 0),
    # printf '(print from-profile)\n' | JANET_PROFILE=profile.janet janet -q
    'profile': ('-q',
        'loading profile\nprofile ran\nnil\n',
        '', 0),
    # JANET_PATH=libs:libs2 janet -e '(import m) (import n) (print m/where " " n/where)'
    'janet-path': ('-e (import m) (import n) (print m/where " " n/where)',
        'libs/m libs2/n\n',
        '', 0),
    # janet -e '(pp (dyn :pretty-format)) (pp [1 "a"]) (error :x)'  (stdout and stderr on a terminal)
    'tty-color': ('-e (pp (dyn :pretty-format)) (pp [1 "a"]) (error :x)',
        '\x1b[35m"%.20Q"\x1b[0m\r\n(\x1b[32m1\x1b[0m \x1b[35m"a"\x1b[0m)\r\nerror: x\r\n  in thunk [eval] (tail call) on line 1, column 40\r\n  in eval-string [boot.janet] on line 3091, column 36\r\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\r\n  in cli-main [boot.janet] on line 5152, column 13\r\n',
        '', 1),
    # NO_COLOR=1 janet -e '(pp (dyn :pretty-format)) (pp [1 "a"]) (error :x)'  (stdout and stderr on a terminal)
    'tty-no-color': ('-e (pp (dyn :pretty-format)) (pp [1 "a"]) (error :x)',
        '"%.20q"\r\n(1 "a")\r\nerror: x\r\n  in thunk [eval] (tail call) on line 1, column 40\r\n  in eval-string [boot.janet] on line 3091, column 36\r\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\r\n  in cli-main [boot.janet] on line 5152, column 13\r\n',
        '', 1),
    # janet -n -e '(pp (dyn :pretty-format)) (pp [1 "a"]) (error :x)'  (stdout and stderr on a terminal)
    'tty-n': ('-n -e (pp (dyn :pretty-format)) (pp [1 "a"]) (error :x)',
        '"%.20q"\r\n(1 "a")\r\nerror: x\r\n  in thunk [eval] (tail call) on line 1, column 40\r\n  in eval-string [boot.janet] on line 3091, column 36\r\n  in e-switch [boot.janet] (tail call) on line 5102, column 12\r\n  in cli-main [boot.janet] on line 5152, column 13\r\n',
        '', 1),
}

_BUILD = re.compile(r"(1\.41\.3-dev)-[0-9A-Za-z]+")
_BANNER = re.compile(r"(Janet \S+ linux/x64)/\w+ - ")
_ADDR = re.compile(r"0x[0-9A-Fa-f]{6,16}")


def normalize(text):
    text = _BUILD.sub(r"\1-BUILD", text)
    text = _BANNER.sub(r"\1/CC - ", text)
    return _ADDR.sub("0xADDR", text)


def _env(extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "JANET_PATH", "JANET_PROFILE", "JANET_HISTFILE")}
    env["TERM"] = "xterm"
    env.update(extra)
    return env


def run(cmd, stdin, extra, tty):
    """(stdout, stderr, exit status) of cmd run in DATA."""
    data = stdin.encode() if stdin is not None else b""
    env = _env(extra)
    if not tty:
        p = subprocess.run(cmd, input=data, capture_output=True, env=env, cwd=DATA,
                           timeout=60)
        return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
                p.returncode)
    master, slave = os.openpty()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=slave, stderr=slave,
                         env=env, cwd=DATA)
    os.close(slave)
    p.stdin.write(data)
    p.stdin.close()
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:     # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    rc = p.wait(timeout=60)
    return b"".join(chunks).decode("utf-8", "replace"), "", rc


def pyjanet_cmd(args):
    return [sys.executable, "-m", "pyjanet"] + list(args)


def reference_cmd(ref, args):
    return ["bash", "-c", 'exec -a pyjanet "$0" "$@"', ref] + list(args)


_RESULTS = {}


def _results():
    """Run every case at once (two at a time per core) on first use."""
    if not _RESULTS:
        with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 1)) as ex:
            futures = {name: ex.submit(run, pyjanet_cmd(args), stdin, extra, tty)
                       for name, (args, stdin, extra, tty) in CASES.items()}
            for name, f in futures.items():
                _RESULTS[name] = f.result()
    return _RESULTS


@pytest.mark.parametrize("name", sorted(CASES))
def test_flag_matches_reference(name):
    assert name in EXPECTED, "no expectation for %s: regenerate EXPECTED" % name
    out, err, rc = _results()[name]
    want = EXPECTED[name][1:]
    assert (normalize(out), normalize(err), rc) == \
        (normalize(want[0]), normalize(want[1]), want[2])


def _command_text(args, stdin, extra, tty):
    import shlex
    text = " ".join("%s=%s" % kv for kv in extra.items())
    text += (" " if text else "") + "janet " + " ".join(shlex.quote(a) for a in args)
    if stdin is not None:
        text = "printf %s | %s" % (shlex.quote(stdin.replace("\n", "\\n")), text)
    if tty:
        text += "  (stdout and stderr on a terminal)"
    return text


def regenerate(ref):
    """Rewrite EXPECTED in this file from the reference at `ref`."""
    lines = ["EXPECTED = {"]
    for name, (args, stdin, extra, tty) in CASES.items():
        out, err, rc = run(reference_cmd(ref, args), stdin, extra, tty)
        lines.append("    # %s" % _command_text(args, stdin, extra, tty))
        lines.append("    %r: (%r,\n        %r,\n        %r, %d)," % (
            name, " ".join(args), out, err, rc))
    lines.append("}")
    path = os.path.abspath(__file__)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("EXPECTED = {")
    end = text.index("\n}\n", start) + 2
    text = text[:start] + "\n".join(lines) + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    regenerate(os.environ.get("JANET_REF", "/work/scratch/bin/janet"))
