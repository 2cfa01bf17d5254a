# peg: a JSON parser written as a grammar (decoding to Janet values and encoding back)

#### decode JSON with a grammar, encode it back with sorted keys
(defn utf8 [c]
  (cond
    (< c 0x80) (string/from-bytes c)
    (< c 0x800) (string/from-bytes (bor 0xC0 (brshift c 6)) (bor 0x80 (band c 0x3F)))
    (string/from-bytes (bor 0xE0 (brshift c 12)) (bor 0x80 (band (brshift c 6) 0x3F))
                       (bor 0x80 (band c 0x3F)))))

(def json
  (peg/compile
    ~{:ws (any (set " \t\r\n"))
      :null (/ "null" :null)
      :true (/ "true" true)
      :false (/ "false" false)
      :digits (some (range "09"))
      :number (number (* (? "-") (+ "0" (* (range "19") (any (range "09"))))
                         (? (* "." :digits))
                         (? (* (set "eE") (? (set "+-")) :digits))))
      :hex (range "09" "af" "AF")
      :escape (* "\\" (+ (/ "n" "\n") (/ "t" "\t") (/ "r" "\r") (/ "b" "\x08") (/ "f" "\f")
                         (/ "/" "/") (/ "\\" "\\") (/ `"` `"`)
                         (/ (* "u" '(4 :hex)) ,(fn [h] (utf8 (scan-number h 16))))
                         (error (/ ($) ,(fn [p] (string "bad escape at " p))))))
      :string (* `"` (% (any (+ :escape '(if-not (+ (set "\"\\") (range "\0\x1f")) 1)))) `"`)
      :array (/ (* "[" :ws (? (* :value (any (* :ws "," :ws :value)))) :ws "]") ,array)
      :member (* :string :ws ":" :ws :value)
      :object (/ (* "{" :ws (? (* :member (any (* :ws "," :ws :member)))) :ws "}") ,table)
      :value (+ :object :array :string :number :true :false :null)
      :main (* :ws :value :ws
               (+ -1 (error (/ ($) ,(fn [p] (string "unexpected text at " p))))))}))

(defn encode [x]
  (cond
    (= x :null) "null"
    (boolean? x) (string x)
    (number? x) (string/format "%.17g" x)
    (string? x) (string `"` (peg/replace-all '(set "\"\\") |(string "\\" $) x) `"`)
    (array? x) (string "[" (string/join (map encode x) ",") "]")
    (table? x) (string "{" (string/join (seq [k :in (sorted (keys x))]
                                          (string (encode k) ":" (encode (x k)))) ",") "}")))

(defn decode [text]
  (def r (protect (peg/match json text)))
  (if (r 0)
    (if (r 1) (print (encode (get-in r [1 0]))) (print "no match"))
    (print "error: " (r 1))))

(decode `{"a": 1, "b": [true, false, null], "c": {"d": "e\nf", "g": -1.5e3}}`)
(decode ` [1, 2.25, -0, 1e2, 0.5E-1, "x\u0041\u00e9\u20ac", "\"q\"", "a\\b\/c"] `)
(decode `[]`)
(decode `{}`)
(decode `[[[[]]], {"": [{}]}]`)
(decode `"tab\there"`)
(decode `[1, 2,]`)
(decode `{"a" 1}`)
(decode `[1] 2`)
(decode `"bad \q escape"`)
(decode `01`)
(decode ``)
(decode `{"k": [1, {"k": [2, {"k": [3]}]}], "z": "zz", "m": 12345678901234567890}`)
#> {"a":1,"b":[true,false,null],"c":{"d":"e
#> f","g":-1500}}
#> [1,2.25,-0,100,0.050000000000000003,"xAé€","\"q\"","a\\b/c"]
#> []
#> {}
#> [[[[]]],{"":[{}]}]
#> "tab	here"
#> no match
#> no match
#> error: unexpected text at 4
#> error: bad escape at 6
#> error: unexpected text at 1
#! test.janet:60:0: parse error: unexpected end of source, `` opened at line 58, column 9
#exit 1

#### a larger generated document
(def doc @{"items" (seq [i :range [0 50]]
                     @{"id" i "name" (string "item" i) "tags" (seq [j :range [0 (% i 4)]] (string "t" j))
                       "price" (/ i 4) "ok" (even? i)})})
(defn enc [x]
  (cond
    (boolean? x) (string x)
    (number? x) (string/format "%.17g" x)
    (string? x) (string `"` x `"`)
    (array? x) (string "[ " (string/join (map enc x) " , ") " ]")
    (table? x) (string "{\n" (string/join (seq [k :in (sorted (keys x))] (string (enc k) " : " (enc (x k)))) ",\n") "\n}")))
(def text (enc doc))
(def json2
  (peg/compile
    ~{:ws (any :s)
      :number (number (* (? "-") :d+ (? (* "." :d+))))
      :string (* `"` '(any (if-not `"` 1)) `"`)
      :value (+ :object :array :string :number (/ "true" true) (/ "false" false))
      :array (/ (* "[" :ws (? (* :value (any (* :ws "," :ws :value)))) :ws "]") ,array)
      :object (/ (* "{" :ws (? (* :string :ws ":" :ws :value (any (* :ws "," :ws :string :ws ":" :ws :value)))) :ws "}") ,table)
      :main (* :ws :value :ws -1)}))
(def back (first (peg/match json2 text)))
(print (length text) " " (= (enc back) text) " " (length (back "items")))
(print (enc ((back "items") 7)))
#> 4329 true 50
#> {
#> "id" : 7,
#> "name" : "item7",
#> "ok" : false,
#> "price" : 1.75,
#> "tags" : [ "t0" , "t1" , "t2" ]
#> }
#! test.janet:1:1: compile warning (normal): binding doc is shadowing a macro
