(print "a")
(+ 1
