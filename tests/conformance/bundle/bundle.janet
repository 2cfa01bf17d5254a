# bundle/* (the bundle manager of the reference's boot.janet) on bundles made
# in a temporary directory.  Paths in the output are shown relative to it.

#### install, list, import, uninstall
(def root (string "/tmp/pyjanet-bundle-" (os/getpid) "-" (math/floor (* 1e6 (os/clock)))))
(defn rmrf [x]
  (case (os/lstat x :mode)
    :directory (do (each y (os/dir x) (rmrf (string x "/" y))) (os/rmdir x))
    nil nil
    (os/rm x)))
(rmrf root)
(os/mkdir root)
(def sys (string root "/sys"))
(os/mkdir sys)
(defn mkbundle [name files]
  (def d (string root "/" name))
  (os/mkdir d)
  (os/mkdir (string d "/bundle"))
  (eachp [f text] files (spit (string d "/" f) text))
  d)
(def out @"")
(defn show [] (print (string/replace-all root "ROOT" out)) (buffer/clear out))
(put root-env *syspath* sys)
(def dep (mkbundle "dep" {"bundle/info.jdn" "{:name \"dep\"}"
                          "bundle/init.janet" "(defn install [m &] (bundle/add-file m \"dep.janet\"))"
                          "dep.janet" "(defn twice [x] (* 2 x))"}))
(def app (mkbundle "app" {"info.jdn" "{:name \"app\" :dependencies [\"dep\"]}"
                          "bundle.janet" ``(defn build [m &] (print "building"))
(defn install [m &] (bundle/add m "lib" "applib") (bundle/add-bin m "tool")
  (bundle/add-manpage m "tool.1") (bundle/add-manpage m "tool.5" "man5"))``
                          "tool" "#!/bin/sh\n" "tool.1" ".TH TOOL 1\n" "tool.5" ".TH TOOL 5\n"}))
(os/mkdir (string app "/lib"))
(spit (string app "/lib/init.janet") "(import dep) (defn f [x] (dep/twice (+ x 1)))")
(with-dyns [*out* out *err* out]
  (pp (protect (bundle/install app)))
  (pp (bundle/list))
  (pp (bundle/install dep))
  (pp (bundle/install app :auto-remove true)))
(show)
(pp (bundle/list))
(pp (bundle/topolist))
(pp (bundle/installed? "app"))
(pp (bundle/installed? "nope"))
(def m (bundle/manifest "app"))
(pp (m :hooks))
(pp (m :dependencies))
(pp (m :auto-remove))
(pp (map (fn [f] (string/replace root "ROOT" f)) (m :files)))
(pp (string/replace root "ROOT" (bundle/whois (string sys "/dep.janet"))))
(import applib)
(pp (applib/f 4))
(pp (os/stat (string sys "/bin/tool") :permissions))
(with-dyns [*out* out]
  (pp (protect (bundle/uninstall "dep")))
  (pp (protect (bundle/install dep)))
  (pp (protect (bundle/manifest "nope")))
  (bundle/prune))
(show)
(pp (bundle/list))
(with-dyns [*out* out] (bundle/uninstall "dep"))
(show)
(pp (bundle/list))
(pp (os/dir sys))
(rmrf root)
#> installation error, uninstalling
#> (false "missing dependencies dep")
#> @[]
#> running hook install for bundle dep
#> add ROOT/sys/dep.janet
#> installed dep
#> "dep"
#> running hook build for bundle app
#> building
#> running hook install for bundle app
#> add ROOT/sys/applib
#> add ROOT/sys/applib/init.janet
#> add ROOT/sys/bin/tool
#> add ROOT/sys/man/man1/tool.1
#> add ROOT/sys/man/man5/tool.5
#> installed app
#> executable files have been installed to ROOT/sys/bin
#> man pages have been installed to ROOT/sys/man
#> "app"
#>
#> @["app" "dep"]
#> @["dep" "app"]
#> true
#> false
#> @[:build :install]
#> @["dep"]
#> true
#> @["ROOT/sys/applib" "ROOT/sys/applib/init.janet" "ROOT/sys/bin/tool" "ROOT/sys/man/man1/tool.1" "ROOT/sys/man/man5/tool.5"]
#> "dep"
#> 10
#> "rwxr-xr-x"
#> (false "cannot uninstall dep, breaks dependent bundles @[\"app\"]")
#> (false "bundle \"dep\" is already installed")
#> (false "no bundle \"nope\" found")
#> pruning 1 bundles
#> uninstall app
#> uninstalling app
#> remove ROOT/sys/man/man5/tool.5
#> remove ROOT/sys/man/man1/tool.1
#> remove ROOT/sys/bin/tool
#> remove ROOT/sys/applib/init.janet
#> remove ROOT/sys/applib
#>
#> @["dep"]
#> remove ROOT/sys/dep.janet
#>
#> @[]
#> @["bundle" "man" "bin"]

#### failing hooks, a missing script, reinstall and replace
(def root (string "/tmp/pyjanet-bundle-" (os/getpid) "-" (math/floor (* 1e6 (os/clock)))))
(defn rmrf [x]
  (case (os/lstat x :mode)
    :directory (do (each y (os/dir x) (rmrf (string x "/" y))) (os/rmdir x))
    nil nil
    (os/rm x)))
(rmrf root)
(os/mkdir root)
(def sys (string root "/sys"))
(os/mkdir sys)
(defn mkbundle [name files]
  (def d (string root "/" name))
  (os/mkdir d)
  (eachp [f text] files (spit (string d "/" f) text))
  d)
(def out @"")
(defn show [] (print (string/replace-all root "ROOT" out)) (buffer/clear out))
(put root-env *syspath* sys)
(def bad1 (mkbundle "bad1" {"info.jdn" "{:name \"bad1\"}"}))
(def bad2 (mkbundle "bad2" {"info.jdn" "{:name \"bad2\"}"
                            "bundle.janet" "(defn install [m &] (bundle/add-file m \"x.janet\")) (defn check [&] (error \"Check failed!\"))"
                            "x.janet" "(def x 1)"}))
(def noname (mkbundle "noname" {"bundle.janet" "(defn install [&])"}))
(def v1 (mkbundle "v1" {"info.jdn" "{:name \"lib\"}"
                        "bundle.janet" "(defn install [m &] (bundle/add-file m \"lib.janet\"))"
                        "lib.janet" "(def version 1)"}))
(def v2 (mkbundle "v2" {"info.jdn" "{:name \"lib\"}"
                        "bundle.janet" "(defn install [m &] (bundle/add-file m \"lib.janet\"))"
                        "lib.janet" "(def version 2)"}))
(with-dyns [*out* out *err* out]
  (pp (protect (bundle/install bad1)))
  (pp (protect (bundle/install bad2 :check true)))
  (pp (protect (bundle/install noname)))
  (pp (protect (bundle/install noname :name "a/b")))
  (pp (protect (bundle/install noname :name "")))
  (pp (protect (bundle/install noname :name "nofiles")))
  (pp (bundle/install v1))
  (pp (protect (bundle/add-file @{} "info.jdn" "lib.janet")))
  (pp (protect (bundle/add @{} "nonexistent-file")))
  (pp (bundle/reinstall "lib" :auto-remove true))
  (pp (bundle/replace "lib" v2)))
(show)
(pp (bundle/list))
(pp (string/replace root "ROOT" ((bundle/manifest "lib") :local-source)))
(pp (slurp (string sys "/lib.janet")))
(pp (string/replace root "ROOT" (get (protect (bundle/replace "lib" (string root "/nowhere"))) 1)))
(with-dyns [*out* out]
  (bundle/update-all)
  (bundle/uninstall "lib")
  (bundle/uninstall "nofiles"))
(show)
(pp (bundle/list))
(rmrf root)
#> installation error, uninstalling
#> (false "bundle must contain bundle.janet or bundle/init.janet")
#> running hook install for bundle bad2
#> add ROOT/sys/x.janet
#> running hook check for bundle bad2
#> installation error, uninstalling
#> remove ROOT/sys/x.janet
#> (false "Check failed!")
#> (false "unable to infer bundle name for \"ROOT/noname\", use :name argument or add :name to info file")
#> (false "No such file or directory: ROOT/sys/bundle/a/b")
#> (false "bundle name \"\" cannot contain path separators")
#> running hook install for bundle nofiles
#> no files installed, is this a valid bundle?
#> installed nofiles
#> (true "nofiles")
#> running hook install for bundle lib
#> add ROOT/sys/lib.janet
#> installed lib
#> "lib"
#> (false "collision at ROOT/sys/lib.janet, file already exists")
#> (false "file nonexistent-file does not exist")
#> remove ROOT/sys/lib.janet
#> running hook install for bundle lib
#> add ROOT/sys/lib.janet
#> installed lib
#> "lib"
#> remove ROOT/sys/lib.janet
#> running hook install for bundle lib
#> add ROOT/sys/lib.janet
#> installed lib
#> "lib"
#>
#> @["lib" "nofiles"]
#> "ROOT/v2"
#> @"(def version 2)"
#> "local source \"ROOT/nowhere\" not available"
#> remove ROOT/sys/lib.janet
#> running hook install for bundle lib
#> add ROOT/sys/lib.janet
#> installed lib
#> running hook install for bundle nofiles
#> no files installed, is this a valid bundle?
#> installed nofiles
#> remove ROOT/sys/lib.janet
#>
#> @[]
