# The math/* constants.

#### values
(printf "%q" [math/pi math/e math/inf math/-inf math/nan math/int-min math/int-max
              math/int32-min math/int32-max])
(print (string/format "%.17g %.17g" math/pi math/e))
(print (= math/int-max (math/pow 2 53)) " " (= math/int-min (- (math/pow 2 53))))
(print (= math/int32-max 2147483647) " " (= math/int32-min -2147483648))
(print (= math/nan math/nan) " " (not= math/nan math/nan) " " (< math/-inf -1e308 1e308 math/inf))
(print (type math/pi) " " (type math/nan))
(print (+ math/int-max 1) " " (- math/int-min 1))
#> (3.14159265358979 2.71828182845905 inf -inf nan -9007199254740992 9007199254740992 -2147483648 2147483647)
#> 3.1415926535897931 2.7182818284590451
#> true true
#> true true
#> false true true
#> number number
#> 9007199254740992 -9007199254740992
