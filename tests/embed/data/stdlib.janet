# Python's json, re, pathlib and sqlite3 used from Janet through py/.
(def json (py/import "json"))
(def re (py/import "re"))
(def pathlib (py/import "pathlib"))
(def sqlite3 (py/import "sqlite3"))
(def tempfile (py/import "tempfile"))
(def shutil (py/import "shutil"))

# json: Janet data out, Python data back in as Janet tables and arrays
(def text (:dumps json {:name "janet" :tags ["lisp" "small"] :version 1.41}
                  (py/kw :sort_keys true)))
(print text)
(def back (:loads json text))
(print (back "name") " " (length (back "tags")) " " (get-in back ["tags" 1]))

# re: groups, findall, sub
(def m (:match re `(\w+)@(\w+)\.org` "user@example.org"))
(print (:group m 1) " at " (:group m 2))
(print (string/join (:findall re `\d+` "a1 b22 c333") ","))
(print (:sub re `\s+` " " "too    many   spaces"))
(print (nil? (:match re `\d` "no digits")))

# pathlib: a file in a fresh temporary directory
(def dir (:Path pathlib (:mkdtemp tempfile)))
(def file (:joinpath dir "notes.txt"))
(:write_text file "first line\nsecond line\n")
(print (file :name) " " (file :suffix) " " (:exists file))
(each line (string/split "\n" (string/trimr (:read_text file))) (print "> " line))
(pp (map (fn [p] (p :name)) (:iterdir dir)))
(:rmtree shutil (py/str dir))
(print (:exists dir))

# sqlite3: an in-memory database
(def db (:connect sqlite3 ":memory:"))
(:execute db "create table langs (name text, year integer)")
(:executemany db "insert into langs values (?, ?)"
              [["janet" 2017] ["lua" 1993] ["python" 1991]])
(:commit db)
(each [name year] (:execute db "select name, year from langs where year < ? order by year" [2000])
  (print name " " year))
(def [[n]] (:fetchall (:execute db "select count(*) from langs")))
(print "rows: " n)
(:close db)
