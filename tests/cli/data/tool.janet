(defn main [& a] (pp a))
