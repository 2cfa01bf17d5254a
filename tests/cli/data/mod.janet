(defn f [] 1)
(def x :mod)
