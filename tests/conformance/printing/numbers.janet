# Number formatting in print, string, describe and formats.

#### common floats
(print 0.1 " " 0.5 " " 1.5 " " -2.25 " " 3.0)
#> 0.1 0.5 1.5 -2.25 3

#### exponent forms
(print 1e20 " " 1e15 " " 1e16 " " 1e-5 " " 1e-4 " " 123e-10)
#> 1e+20 1000000000000000 1e+16 1e-05 0.0001 1.23e-08

#### large mantissa
(print 1.23456789012346e+17)
(print 123456789012345678)
#> 1.23456789012346e+17
#> 1.23456789012346e+17

#### fourteen significant digits
(print (/ 1 3) " " (/ 2 3) " " (* 4 (math/atan 1)))
#> 0.333333333333333 0.666666666666667 3.14159265358979

#### infinities and nan
(print math/inf " " (- math/inf) " " math/nan)
(print (/ 0 0) " " (- (/ 0 0)))
#> inf -inf nan
#> -nan -nan

#### negative zero
(print -0.0 " " (* -1 0) " " (- 0))
(pp (/ 1 (* -1 0)))
(print (string (* -1 0)))
#> 0 0 0
#> -inf
#> 0

#### large integers
(print 9007199254740991 " " 9007199254740992 " " 9007199254740993)
(print (math/pow 2 60) " " (math/pow 2 53))
(print 4294967296 " " -4294967296)
#> 9007199254740991 9007199254740992 9.00719925474099e+15
#> 1.15292150460685e+18 9007199254740992
#> 4294967296 -4294967296

#### integer valued floats
(print 1.0 " " 100.0 " " 1e14 " " 99999999999999)
#> 1 100 100000000000000 99999999999999

#### small numbers
(print 1e-300 " " 5e-324 " " 2.2250738585072014e-308)
#> 1e-300 4.94065645841247e-324 2.2250738585072e-308

#### numbers in describe
(pp [0.1 1e20 -0 1.5e-7 (/ 1 3)])
#> (0.1 1e+20 0 1.5e-07 0.333333333333333)

#### numbers in string
(print (string 0.1 1e100 -5))
#> 0.11e+100-5

#### numbers with %d %i %x %o %f %e %g
(printf "%d %i %x %X %o" 255 -12 255 255 8)
(printf "%f %.2f %10.3f %-8.1f|" 3.14159 2.5 1.0 7.25)
(printf "%e %.3e %g %G" 12345.678 0.00012 1e-10 1e20)
#> 255 -12 ff FF 10
#> 3.141590 2.50      1.000 7.2     |
#> 1.234568e+04 1.200e-04 1e-10 1E+20

#### %d with float that is integral
(printf "%d" 3.0)
#> 3

#### %d with non-integer
(printf "%d" 3.5)
#! error: can not convert number 3.5 to 64 bit signed integer
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### %x negative
(printf "%x" -1)
#! error: can not convert number -1 to a 64 bit unsigned integer
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### describe of int types
(print (int/s64 10) " " (int/u64 20))
(pp (int/s64 -5))
#> 10 20
#> <core/s64 -5>

#### number to string round trip
(each n [0.1 0.2 0.3 1e21 1.7976931348623157e308]
  (print (describe n) " " (= n (scan-number (describe n)))))
#> 0.1 true
#> 0.2 true
#> 0.3 true
#> 1e+21 true
#> 1.79769313486232e+308 false

#### %s of a number is an error
(printf "%s" 2)
#! error: bad slot #1, expected string, symbol, keyword or buffer, got 2
#!   in printf [src/core/io.c] on line 670
#!   in thunk [test.janet] (tail call) on line 1, column 1
#exit 1

#### %v and %n of numbers
(printf "%v %n" 1.5 3)
#> 1.5 3

#### number keys in struct print
(pp {1 :a})
#> {1 :a}

#### math functions results
(print (math/sqrt 2) " " (math/exp 1) " " (math/log 10))
#> 1.4142135623731 2.71828182845905 2.30258509299405

#### rounding
(print (math/round 2.5) " " (math/round -2.5) " " (math/floor -1.5) " " (math/ceil 1.2) " " (math/trunc -1.7))
#> 3 -3 -2 2 -1
