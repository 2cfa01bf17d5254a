(defn main [& a] (error "in main"))
