(defn main [& a] (os/exit 4))
