# Formats every spork/*.janet file of a spork checkout with spork's own fmt/format.
# usage: janet fmt-all.janet SPORK-CHECKOUT
# Prints the number of files and a digest of all formatted output, so the two
# interpreters' runs can be compared.
(def root (get (dyn :args) 1))
(def fmt (dofile (string root "/spork/fmt.janet")))
(def format (get-in fmt ['format :value]))
(def files (sort (filter |(string/has-suffix? ".janet" $) (os/dir (string root "/spork")))))
(var total 0)
(var digest 0)
(each name files
  (def out (string (format (slurp (string root "/spork/" name)))))
  (+= total (length out))
  (set digest (% (+ (* digest 31) (hash out)) 1000000007)))
(printf "%d files, %d bytes formatted, digest %d" (length files) total digest)
