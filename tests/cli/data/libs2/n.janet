(def where "libs2/n")
