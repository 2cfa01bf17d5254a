# math/pow, math/atan2, math/hypot, math/next, math/gcd, math/lcm, math/frexp,
# math/ldexp.

#### pow
(def cases [[2 10] [2 0.5] [-8 (/ 1 3)] [0 -1] [(* -1 0) -1] [(* -1 0) -2] [0 0]
            [10 400] [-10 401] [-10 400] [0.5 -2000] [-0.5 -2001] [math/nan 0]
            [1 math/nan] [math/nan 1] [-1 math/inf] [2 -2000] [-2 -1075] [math/inf -1]
            [math/-inf 3] [math/-inf -3] [math/-inf 2] [1.0000001 1e10] [0 math/-inf]
            [-1 0.5] [4 -0.5] [1e-300 -2]])
(each [a b] cases
  (print a " " b " -> " (string/format "%.17g" (math/pow a b))))
#> 2 10 -> 1024
#> 2 0.5 -> 1.4142135623730951
#> -8 0.333333333333333 -> -nan
#> 0 -1 -> inf
#> 0 -1 -> -inf
#> 0 -2 -> inf
#> 0 0 -> 1
#> 10 400 -> inf
#> -10 401 -> -inf
#> -10 400 -> inf
#> 0.5 -2000 -> inf
#> -0.5 -2001 -> -inf
#> nan 0 -> 1
#> 1 nan -> 1
#> nan 1 -> nan
#> -1 inf -> 1
#> 2 -2000 -> 0
#> -2 -1075 -> -0
#> inf -1 -> 0
#> -inf 3 -> -inf
#> -inf -3 -> -0
#> -inf 2 -> inf
#> 1.0000001 10000000000 -> inf
#> 0 -inf -> inf
#> -1 0.5 -> -nan
#> 4 -0.5 -> 0.5
#> 1e-300 -2 -> inf

#### atan2 and hypot
(def cases [[1 0] [0 -1] [(* -1 0) -1] [0 0] [(* -1 0) (* -1 0)] [math/inf math/inf]
            [math/-inf math/inf] [1 math/-inf] [-1 math/-inf] [math/nan 1] [3 4] [-3 -4]
            [1e308 1e308] [1e-320 1e-320] [math/inf math/nan] [math/nan math/-inf]
            [0.1 0.2] [123456.789 0.000123]])
(each [a b] cases
  (print a " " b " -> " (string/format "%.17g" (math/atan2 a b)) " "
         (string/format "%.17g" (math/hypot a b))))
#> 1 0 -> 1.5707963267948966 1
#> 0 -1 -> 3.1415926535897931 1
#> 0 -1 -> -3.1415926535897931 1
#> 0 0 -> 0 0
#> 0 0 -> -3.1415926535897931 0
#> inf inf -> 0.78539816339744828 inf
#> -inf inf -> -0.78539816339744828 inf
#> 1 -inf -> 3.1415926535897931 inf
#> -1 -inf -> -3.1415926535897931 inf
#> nan 1 -> nan nan
#> 3 4 -> 0.64350110879328437 5
#> -3 -4 -> -2.4980915447965089 5
#> 1e+308 1e+308 -> 0.78539816339744828 1.4142135623730951e+308
#> 9.99988867182683e-321 9.99988867182683e-321 -> 0.78539816339744828 1.4140158783976476e-320
#> inf nan -> nan inf
#> nan -inf -> nan inf
#> 0.1 0.2 -> 0.46364760900080609 0.22360679774997899
#> 123456.789 0.000123 -> 1.5707963257985966 123456.789

#### next
(def cases [[1 2] [1 0] [0 1] [0 -1] [math/inf 0] [1.7976931348623157e308 math/inf]
            [5e-324 0] [1 1] [math/nan 1] [1 math/nan] [-1 -2] [(* -1 0) 1]])
(each [a b] cases
  (print a " " b " -> " (string/format "%.17g" (math/next a b))))
#> 1 2 -> 1.0000000000000002
#> 1 0 -> 0.99999999999999989
#> 0 1 -> 4.9406564584124654e-324
#> 0 -1 -> -4.9406564584124654e-324
#> inf 0 -> 1.7976931348623157e+308
#> 1.79769313486232e+308 inf -> inf
#> 4.94065645841247e-324 0 -> 0
#> 1 1 -> 1
#> nan 1 -> nan
#> 1 nan -> nan
#> -1 -2 -> -1.0000000000000002
#> 0 1 -> 4.9406564584124654e-324

#### gcd and lcm
(def cases [[462 1071] [-12 18] [12 -18] [0 0] [0 5] [5 0] [1.5 0.5] [math/nan 1]
            [1 math/nan] [math/inf 1] [1 math/-inf] [4 6] [-4 6] [7 13] [1e20 1e10]
            [0.3 0.1] [9007199254740993 3]])
(each [a b] cases
  (print a " " b " -> " (string/format "%.17g" (math/gcd a b)) " "
         (string/format "%.17g" (math/lcm a b))))
#> 462 1071 -> 21 23562
#> -12 18 -> 6 -36
#> 12 -18 -> -6 36
#> 0 0 -> 0 -nan
#> 0 5 -> 5 0
#> 5 0 -> 5 0
#> 1.5 0.5 -> 0.5 1.5
#> nan 1 -> nan nan
#> 1 nan -> nan nan
#> inf 1 -> inf -nan
#> 1 -inf -> inf -nan
#> 4 6 -> 2 12
#> -4 6 -> 2 -12
#> 7 13 -> 1 91
#> 1e+20 10000000000 -> 10000000000 1e+20
#> 0.3 0.1 -> 2.7755575615628914e-17 1080863910568919
#> 9.00719925474099e+15 3 -> 1 27021597764222984

#### frexp and ldexp
(printf "%q" (map math/frexp [8 0 -0.3 1 0.5 1e308 5e-324 -1e-310 math/inf math/-inf
                              math/nan 3]))
(def cases [[0.5 4] [1 2000] [-1 2000] [1 -2000] [-1 -2000] [1 -1074] [1 -1075]
            [0.75 1024] [math/inf -3] [math/nan 2] [0 5000] [3 0] [1 2147483647]
            [1 -2147483648]])
(each [m e] cases
  (print m " " e " -> " (string/format "%.17g" (math/ldexp m e))))
#> @[(0.5 4) (0 0) (-0.6 -1) (0.5 1) (0.5 0) (0.5562684646268 1024) (0.5 -1073) (-0.575261803155939 -1029) (inf 0) (-inf 0) (nan 0) (0.75 2)]
#> 0.5 4 -> 8
#> 1 2000 -> inf
#> -1 2000 -> -inf
#> 1 -2000 -> 0
#> -1 -2000 -> -0
#> 1 -1074 -> 4.9406564584124654e-324
#> 1 -1075 -> 0
#> 0.75 1024 -> 1.3482698511467369e+308
#> inf -3 -> inf
#> nan 2 -> nan
#> 0 5000 -> 0
#> 3 0 -> 3
#> 1 2147483647 -> inf
#> 1 -2147483648 -> 0

#### argument errors
(defmacro t [& forms] ~(do ,;(map (fn [f] ~(printf "%q" (protect ,f))) forms)))
(t (math/pow 1)
   (math/pow 1 "a")
   (math/pow "a" :b)
   (math/atan2 nil 1)
   (math/hypot 1 2 3)
   (math/next 1)
   (math/gcd 1 :a)
   (math/lcm [] 1)
   (math/frexp "1")
   (math/frexp)
   (math/ldexp 1 1.5)
   (math/ldexp 1 3000000000)
   (math/ldexp "a" 1)
   (math/ldexp 1 nil))
#> (false "arity mismatch, expected 2, got 1")
#> (false "bad slot #1, expected number, got \"a\"")
#> (false "bad slot #0, expected number, got \"a\"")
#> (false "bad slot #0, expected number, got nil")
#> (false "arity mismatch, expected 2, got 3")
#> (false "arity mismatch, expected 2, got 1")
#> (false "bad slot #1, expected number, got :a")
#> (false "bad slot #0, expected number, got <tuple 0x563E09D57760>")
#> (false "bad slot #0, expected number, got \"1\"")
#> (false "arity mismatch, expected 1, got 0")
#> (false "bad slot #1, expected 32 bit signed integer, got 1.5")
#> (false "bad slot #1, expected 32 bit signed integer, got 3000000000")
#> (false "bad slot #0, expected number, got \"a\"")
#> (false "bad slot #1, expected 32 bit signed integer, got nil")
