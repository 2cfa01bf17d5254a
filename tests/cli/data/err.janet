(print "a")
(error "bad")
(print "b")
