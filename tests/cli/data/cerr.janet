(print "a")
(foo)
(print "b")
