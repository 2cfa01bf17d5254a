(def x :mod)
(def data @{:a [1 2]})
