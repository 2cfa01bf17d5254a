(def where "libs/m")
