# Prints "name<TAB>file<TAB>line<TAB>column" for every C-defined binding of the
# running interpreter's root environment, from its :source-map metadata.  Run it
# with the reference janet to produce pyjanet/data/cfun-sources.tsv, which lets
# pyjanet's stack traces and `doc` name the same source positions the reference
# reports for its C functions.
(def env (table/getproto (curenv)))
(def rows @[])
(eachp [k v] env
  (when (and (symbol? k) (table? v))
    (def sm (get v :source-map))
    (when (and sm (string/has-prefix? "src/" (in sm 0)))
      (array/push rows (string k "\t" (in sm 0) "\t" (in sm 1) "\t" (in sm 2))))))
(each r (sort rows) (print r))
