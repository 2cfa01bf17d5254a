# Parsing 80,000 generated records with a PEG: captures, number, group, some, range.
# Each line is `id;name;value;tag,tag...`; the grammar turns the text into one
# group per record and the checksum walks the result.

(def names ["alpha" "Beta" "gamma_" "DELTA" "eps"])
(def tag-names ["red" "green" "blue" "x"])

(defn record-line [i]
  (def v (% (* i 37) 100000))
  (def frac (% v 100))
  (string i ";" (names (% i 5)) "_" (% i 97) ";"
          (if (zero? (% i 3)) "-" "") (div v 100) "." (if (< frac 10) "0" "") frac ";"
          (string/join (array/slice tag-names 0 (% i 4)) ",") "\n"))

(def text (let [b @""] (for i 0 80000 (buffer/push b (record-line i))) (string b)))

(def record-peg
  (peg/compile
    ~{:int (number (some (range "09")))
      :float (number (* (? "-") (some (range "09")) "." (some (range "09"))))
      :name (<- (some (range "az" "AZ" "09" "__")))
      :tags (group (? (* :name (any (* "," :name)))))
      :record (group (* :int ";" :name ";" :float ";" :tags "\n"))
      :main (* (some :record) -1)}))

(defn bench []
  (var sum 0)
  (each [id name value tags] (peg/match record-peg text)
    (set sum (+ sum id value (length name) (length tags))))
  sum)
