(def from-profile "profile ran")
(print "loading profile")
