# Renders every CommonMark spec example with the remarkable library (pure-Janet,
# PEG-based) and counts the examples whose HTML equals the spec's.
# usage: janet markdown.janet REMARKABLE-CHECKOUT
(def root (get (dyn :args) 1))
(def remark (dofile (string root "/init.janet")))
(defn- fun [name] (get-in remark [name :value]))
(def parse-md (fun 'parse-md))
(def render-html (fun 'render-html))
(def examples (parse (slurp (string root "/res/fixtures/cmark_spec.jdn"))))
(var same 0)
(var total 0)
(each ex examples
  (def html (render-html (parse-md (ex :markdown)) {:start-nl? false}))
  (+= total (length html))
  (when (= html (ex :html)) (++ same)))
(printf "%d examples, %d rendered as the spec, %d bytes of HTML" (length examples) same total)
