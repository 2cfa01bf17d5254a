(defn main [& args] (pp args) 3)
