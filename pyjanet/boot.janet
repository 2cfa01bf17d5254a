# pyjanet's prelude: the macros and Janet-level functions of the core library.
#
# Written for pyjanet; it follows the behaviour documented for the reference
# Janet 1.41 (janet-lang.org, src/boot/boot.janet) but not its code.  Functions
# that are hot or simple live in Python (pyjanet/lib/*.py); what needs to be a
# macro, or reads best as Janet, lives here.  Macros splice function values
# (`,fiber/new`) rather than names into their expansions so that user code that
# shadows a core name cannot break them.

###
### Defining things
###

(def defn :macro
  "(defn name & more)\n\nDefines a function: `(defn name docstring? metadata* [params] body*)` is `(def name (fn name [params] body*))`, with the parameter list and docstring recorded as the binding's documentation."
  (fn defn [name & more]
    (def n (length more))
    (def meta @[])
    (var doc "")
    # the docstring and metadata come before the parameter tuple
    (def params-at
      (fn recur [i]
        (def x (in more i))
        (if (tuple? x)
          i
          (do
            (if (string? x) (set doc x) (array/push meta x))
            (if (< i n) (recur (+ i 1)))))))
    (def i (params-at 0))
    (def params (in more i))
    (def sig (buffer "(" name))
    (var j 0)
    (while (< j (length params))
      (buffer/push-string sig " ")
      (buffer/format sig "%j" (in params j))
      (set j (+ j 1)))
    (array/push meta (string sig ")\n\n" doc))
    (if (dyn :debug) (array/push meta {:source-form (dyn :macro-form)}))
    ~(def ,name ,;meta (fn ,name ,;(tuple/slice more i)))))

(defn defmacro :macro
  "Defines a macro: a function that runs at compile time on the unevaluated argument forms and returns the code to compile in their place."
  [name & more]
  (apply defn name :macro more))

(defmacro as-macro
  "Calls `f` at compile time on `args` as if it were a macro.  Lets quasiquoted code call a macro value directly, so it cannot be shadowed."
  [f & args]
  (f ;args))

(defmacro defmacro-
  "Defines a private macro (not exported by `import`)."
  [name & more]
  (apply defn name :macro :private more))

(defmacro defn-
  "Defines a private function (not exported by `import`)."
  [name & more]
  (apply defn name :private more))

(defmacro def-
  "Defines a private binding (not exported by `import`)."
  [name & more]
  ~(def ,name :private ,;more))

(defmacro var-
  "Defines a private var (not exported by `import`)."
  [name & more]
  ~(var ,name :private ,;more))

(defn defglobal
  "Binds `name` to `value` in the current environment at run time, like a top-level `def`."
  [name value]
  # (setdyn, not put: a fiber without an environment gets one)
  (setdyn (symbol name) @{:value value})
  nil)

(defn varglobal
  "Binds `name` to `value` as a var in the current environment at run time, like a top-level `var`."
  [name value]
  (setdyn (symbol name) @{:ref @[value]})
  nil)

###
### Small helpers used by the macros below
###

(def- atomic-types-not
  {:array true :tuple true :table true :buffer true :symbol true :struct true})

(defn idempotent?
  "True when evaluating x gives x back: it is not a symbol or a data structure that the compiler would evaluate."
  [x]
  (not (in atomic-types-not (type x))))

(defmacro ++ "Adds 1 to the var x." [x] ~(set ,x (,+ ,x 1)))
(defmacro -- "Subtracts 1 from the var x." [x] ~(set ,x (,- ,x 1)))
(defmacro += "Adds the ns to the var x." [x & ns] ~(set ,x (,+ ,x ,;ns)))
(defmacro -= "Subtracts the ns from the var x." [x & ns] ~(set ,x (,- ,x ,;ns)))
(defmacro *= "Multiplies the var x by the ns." [x & ns] ~(set ,x (,* ,x ,;ns)))
(defmacro /= "Divides the var x by the ns." [x & ns] ~(set ,x (,/ ,x ,;ns)))
(defmacro %= "Sets the var x to its remainder after dividing by the ns." [x & ns] ~(set ,x (,% ,x ,;ns)))

(defmacro assert
  "Raises an error unless x is truthy; returns x.  `err` (evaluated only on failure) replaces the default message."
  [x &opt err]
  (def v (gensym))
  ~(do
     (def ,v ,x)
     (if ,v ,v (,error ,(if err err (string/format "assert failure in %j" x))))))

(defn errorf
  "Raises an error whose message is `(string/format fmt ;args)`."
  [fmt & args]
  (error (string/format fmt ;args)))

(defn maclintf
  "Inside a macro: records a lint message (level :relaxed :normal or :strict, text from `string/format`) at the position of the form being expanded."
  [level fmt & args]
  (def lints (dyn :macro-lints))
  (if lints
    (do
      (def form (dyn :macro-form))
      (def [l c] (if (tuple? form) (tuple/sourcemap form) [nil nil]))
      (array/push lints [level (if (not= -1 l) l) (if (not= -1 c) c) (string/format fmt ;args)])))
  nil)

(defmacro assertf
  "Like `assert`, with the failure message built by `string/format`."
  [x fmt & args]
  (def v (gensym))
  ~(do (def ,v ,x) (if ,v ,v (,errorf ,fmt ,;args))))

(defmacro default
  "Gives `sym` the value `val` when it is nil (for optional parameters)."
  [sym val]
  ~(def ,sym :shadow (if (,= nil ,sym) ,val ,sym)))

(defmacro comment "Ignores its body; evaluates to nil." [&])

(defmacro if-not
  "Evaluates `then` when condition is falsey, `else` otherwise."
  [condition then &opt else]
  ~(if ,condition ,else ,then))

(defmacro when
  "Evaluates the body when condition is truthy; nil otherwise."
  [condition & body]
  ~(if ,condition (do ,;body)))

(defmacro unless
  "Evaluates the body when condition is falsey; nil otherwise."
  [condition & body]
  ~(if ,condition nil (do ,;body)))

(defmacro cond
  "Tries each condition in turn and evaluates the body paired with the first truthy one.  A lone last form is the default.  Nil when nothing matches."
  [& pairs]
  (var out nil)
  (var i (length pairs))
  (when (odd? i)
    (-- i)
    (set out (in pairs i)))
  (while (> i 0)
    (-= i 2)
    (set out (tuple 'if (in pairs i) (in pairs (+ i 1)) out)))
  out)

(defmacro case
  "Compares `dispatch` with each key using `=` and evaluates the body paired with the first equal one.  A lone last form is the default."
  [dispatch & pairs]
  (def simple (idempotent? dispatch))
  (def d (if simple dispatch (gensym)))
  (var out nil)
  (var i (length pairs))
  (when (odd? i)
    (-- i)
    (set out (in pairs i)))
  (while (> i 0)
    (-= i 2)
    (set out (tuple 'if (tuple = d (in pairs i)) (in pairs (+ i 1)) out)))
  (if simple out (tuple 'do (tuple 'def d dispatch) out)))

(defmacro let
  "Binds each name in `bindings` (destructuring like `def`) in a new scope, then evaluates the body."
  [bindings & body]
  (if (odd? (length bindings)) (error "expected even number of bindings to let"))
  (def out @['do])
  (var i 0)
  (def n (length bindings))
  (while (< i n)
    (array/push out (tuple 'def (in bindings i) (in bindings (+ i 1))))
    (+= i 2))
  (array/concat out body)
  (tuple/slice out))

(defmacro and
  "Evaluates the forms left to right, stopping at the first falsey one, which is returned; otherwise returns the last.  `(and)` is true."
  [& forms]
  (def n (length forms))
  (if (= n 0) (break true))
  (var out (in forms (- n 1)))
  (var i (- n 1))
  (while (> i 0)
    (-- i)
    (def f (in forms i))
    (set out (if (idempotent? f)
               (tuple 'if f out f)
               (do (def s (gensym)) (tuple 'if (tuple 'def s f) out s)))))
  out)

(defmacro or
  "Evaluates the forms left to right, returning the first truthy one; otherwise returns the last.  `(or)` is nil."
  [& forms]
  (def n (length forms))
  (if (= n 0) (break nil))
  (var out (in forms (- n 1)))
  (var i (- n 1))
  (while (> i 0)
    (-- i)
    (def f (in forms i))
    (set out (if (idempotent? f)
               (tuple 'if f f out)
               (do (def s (gensym))
                 (tuple 'do (tuple 'def s f) (tuple 'if s s out))))))
  out)

(defn- bracket-tuple? [x] (and (tuple? x) (= (tuple/type x) :brackets)))

###
### Loops
###

(defn- for-var-template
  "A counting while loop over the var i from start while (cmp i stop), stepping with delta."
  [i start stop step cmp delta body]
  (def s (gensym))
  (def st (if (idempotent? step) step (gensym)))
  (def inner ~(while (,cmp ,i ,s) ,;body (set ,i (,delta ,i ,st))))
  ~(do
     (var ,i ,start)
     (def ,s ,stop)
     ,;(if (= st step) [] [~(def ,st ,step)])
     ,(if (and (number? st) (> st 0)) inner ~(if (,> ,st 0) ,inner))))

(defn- for-template [binding start stop step cmp delta body]
  (def i (gensym))
  (for-var-template i start stop step cmp delta [~(def ,binding ,i) ;body]))

(defn- check-indexed [x]
  (if (indexed? x) x (error (string "expected tuple for range, got " x))))

(defn- range-template [binding spec kind body cmp delta]
  (check-indexed spec)
  (def [a b c] spec)
  (def [start stop step]
    (case (length spec)
      1 (if (= kind :up) [0 a 1] [a 0 1])
      2 [a b 1]
      [a b c]))
  (for-template binding start stop step cmp delta [body]))

(defn- each-template [binding ds kind body]
  (def k (gensym))
  (def d (if (idempotent? ds) ds (gensym)))
  ~(do
     ,(if (= d ds) nil ~(def ,d ,ds))
     (var ,k (,next ,d nil))
     (while (,not= nil ,k)
       (def ,binding ,(case kind
                         :each ~(,in ,d ,k)
                         :keys k
                         :pairs ~[,k (,in ,d ,k)]))
       ,;body
       (set ,k (,next ,d ,k)))))

(defn- iterate-template [binding expr body]
  (def v (gensym))
  ~(do (var ,v nil) (while (set ,v ,expr) (def ,binding ,v) ,body)))

(defn- loop1 [body head i]
  (if (>= i (length head))
    (break ~(do ,;body)))
  (def binding (in head i))
  (def verb (in head (+ i 1)))
  (if (keyword? binding)
    (do
      (def rest (loop1 body head (+ i 2)))
      (case binding
        :until ~(do (if ,verb (break) nil) ,rest)
        :while ~(do (if ,verb nil (break)) ,rest)
        :let ~(as-macro ,let ,verb (do ,rest))
        :after ~(do ,rest ,verb nil)
        :before ~(do ,verb ,rest nil)
        :repeat (do (def n (gensym))
                  ~(do (var ,n ,verb) (while (,> ,n 0) ,rest (set ,n (,- ,n 1)))))
        :when ~(if ,verb ,rest)
        :unless ~(if ,verb nil ,rest)
        (error (string "unexpected loop modifier " binding))))
    (do
      (def object (in head (+ i 2)))
      (def rest (loop1 body head (+ i 3)))
      (case verb
        :range (range-template binding object :up rest < +)
        :range-to (range-template binding object :up rest <= +)
        :down (range-template binding object :down rest > -)
        :down-to (range-template binding object :down rest >= -)
        :keys (each-template binding object :keys [rest])
        :pairs (each-template binding object :pairs [rest])
        :in (each-template binding object :each [rest])
        :iterate (iterate-template binding object rest)
        (error (string "unexpected loop verb " verb))))))

(defmacro loop
  "A general loop: `(loop [binding :verb object ... :modifier arg ...] body)`.  Verbs: :range :range-to :down :down-to :keys :pairs :in :iterate; modifiers: :while :until :let :before :after :repeat :when :unless.  Each binding nests a loop inside the previous one.  Evaluates to nil."
  [head & body]
  (loop1 body head 0))

(defmacro for
  "C-style loop: binds i from start up to (not including) stop.  Returns nil."
  [i start stop & body]
  (for-template i start stop 1 < + body))

(defmacro forv
  "Like `for`, but i is a var the body may change.  Returns nil."
  [i start stop & body]
  (for-var-template i start stop 1 < + body))

(defmacro each
  "Evaluates the body for each value of x (bytes, indexed, dictionary, fiber or iterable abstract), bound to `binding`.  Returns nil."
  [binding x & body]
  (each-template binding x :each body))

(defmacro eachk
  "Evaluates the body for each key of x, bound to `binding`.  Returns nil."
  [binding x & body]
  (each-template binding x :keys body))

(defmacro eachp
  "Evaluates the body for each [key value] pair of x, bound to `binding`.  Returns nil."
  [binding x & body]
  (each-template binding x :pairs body))

(defmacro repeat
  "Evaluates the body n times (not at all when n <= 0).  Returns nil."
  [n & body]
  (def c (gensym))
  ~(do (var ,c ,n) (while (,> ,c 0) ,;body (set ,c (,- ,c 1)))))

(defmacro forever
  "Evaluates the body over and over until a `break`."
  [& body]
  ~(while true ,;body))

(defn- check-empty-body [body]
  (if (= (length body) 0) (maclintf :normal "empty loop body")))

(defmacro seq
  "Like `loop`, but collects the value of the body on each iteration into an array, which it returns."
  [head & body]
  (check-empty-body body)
  (def acc (gensym))
  ~(do (def ,acc @[]) (as-macro ,loop ,head (,array/push ,acc (do ,;body))) ,acc))

(defmacro catseq
  "Like `seq`, but concatenates the (indexed) values of the body."
  [head & body]
  (check-empty-body body)
  (def acc (gensym))
  ~(do (def ,acc @[]) (as-macro ,loop ,head (,array/concat ,acc (do ,;body))) ,acc))

(defmacro tabseq
  "Like `loop`, but puts `key-body` -> `value-body` into a table, which it returns."
  [head key-body & value-body]
  (def acc (gensym))
  ~(do (def ,acc @{}) (as-macro ,loop ,head (,put ,acc ,key-body (do ,;value-body))) ,acc))

(defmacro generate
  "A fiber that yields the value of the body for each iteration of a `loop` over `head`."
  [head & body]
  (check-empty-body body)
  ~(,fiber/new (fn :generate [] (as-macro ,loop ,head (,yield (do ,;body)))) :yi))

(defmacro coro
  "A fiber running the body that may yield many values; `(fiber/new (fn [] ;body) :yi)`."
  [& body]
  (tuple fiber/new (tuple 'fn :coro '[] ;body) :yi))

(defmacro fiber-fn
  "A fiber running the body with the signal mask `flags`."
  [flags & body]
  (tuple fiber/new (tuple 'fn :fiber-fn '[] ;body) flags))

(defmacro with-syms
  "Runs `body` with each symbol in `syms` bound to a fresh symbol from `gensym`."
  [syms & body]
  (def binds @[])
  (def n (length syms))   # (length first: its error for what is not a collection)
  (var i 0)
  (while (< i n)
    (array/push binds (in syms i) [gensym])
    (++ i))
  ~(let ,(tuple/slice binds) ,;body))

###
### Errors, cleanup and non-local exits
###

(defmacro try
  "Evaluates `body`; if it raises an error, evaluates the catch clause instead.  `catch` is `([err fib] & handler)` with the error and (optionally) the fiber bound."
  [body catch]
  (assert (and (not (empty? catch)) (indexed? (catch 0)))
          "the first element of `catch` must be a tuple or array")
  (def [err fib] (catch 0))
  (def r (gensym))
  (def f (gensym))
  ~(let [,f (,fiber/new (fn :try [] ,body) :ie)
         ,r (,resume ,f)]
     (if (,= (,fiber/status ,f) :error)
       (do ,(if err ~(def ,err ,r)) ,(if fib ~(def ,fib ,f)) ,;(tuple/slice catch 1))
       ,r)))

(defmacro protect
  "Evaluates the body, catching errors.  Returns `[true result]` or `[false error]`."
  [& body]
  (def f (gensym))
  (def r (gensym))
  ~(let [,f (,fiber/new (fn :protect [] ,;body) :ie)
         ,r (,resume ,f)]
     [(,not= :error (,fiber/status ,f)) ,r]))

(defn- defer-impl
  "Expansion shared by defer and the with macros: run body in a fiber, then form."
  [name form body]
  (def f (gensym))
  (def r (gensym))
  ~(do
     (def ,f (,fiber/new (fn ,name [] ,;body) :ti))
     (def ,r (,resume ,f))
     ,form
     (if (= (,fiber/status ,f) :dead) ,r (,propagate ,r ,f))))

(defmacro defer
  "Evaluates the body, then `form`, even when the body raises an error or user signal 0-4 (which is passed on afterwards)."
  [form & body]
  (defer-impl :defer form body))

(defmacro edefer
  "Evaluates the body; only if it ends with an error or user signal 0-4, evaluates `form` before passing the signal on."
  [form & body]
  (def f (gensym))
  (def r (gensym))
  ~(do
     (def ,f (,fiber/new (fn :edefer [] ,;body) :ti))
     (def ,r (,resume ,f))
     (if (= (,fiber/status ,f) :dead) ,r (do ,form (,propagate ,r ,f)))))

(defmacro with
  "Binds `binding` to `ctor`, evaluates the body, then calls `dtor` (default: the :close method) on the binding, even on error."
  [[binding ctor dtor] & body]
  ~(do
     (def ,binding ,ctor)
     ,(defer-impl :with [(or dtor :close) binding] body)))

(defmacro prompt
  "Sets up a point that `return` with the same `tag` can jump back to, with a value."
  [tag & body]
  (def res (gensym))
  (def target (gensym))
  (def payload (gensym))
  (def f (gensym))
  ~(do
     (def ,f (,fiber/new (fn :prompt [] [,tag (do ,;body)]) :i0))
     (def ,res (,resume ,f))
     (def [,target ,payload] ,res)
     (if (,= ,tag ,target) ,payload (,propagate ,res ,f))))

(defn return
  "Jumps back to the `prompt` (or `label`) `to` with `value`."
  [to &opt value]
  (signal 0 [to value]))

(defmacro label
  "Makes `name` a lexically scoped prompt tag: `(return name value)` leaves the body with value."
  [name & body]
  ~(do (def ,name @"") ,(apply prompt name body)))

(defmacro chr
  "The byte value of a one-character string, at compile time."
  [c]
  (unless (and (string? c) (= (length c) 1))
    (error (string/format "expected string of length 1, got %v" c)))
  (in c 0))

###
### Conditional bindings
###

(defmacro if-let
  "Binds each pair of `bindings` in turn; if every value is truthy evaluates `tru`, otherwise `fal`."
  [bindings tru &opt fal]
  (def n (length bindings))
  (if (= 0 n) (error "expected at least 1 binding"))
  (if (odd? n) (error "expected an even number of bindings"))
  # the else form is copied once per binding: expand its macros once, first
  (def fal (macex fal))
  (defn step [i]
    (if (>= i n)
      tru
      (do
        (def name (in bindings i))
        (def val (in bindings (+ i 1)))
        (if (symbol? name)
          ~(if (def ,name ,val) ,(step (+ i 2)) ,fal)
          (do
            (def s (gensym))
            ~(if (def ,s ,val) (do (def ,name ,s) ,(step (+ i 2))) ,fal))))))
  (step 0))

(defmacro when-let
  "Like `if-let` with no else branch: evaluates the body only when every binding is truthy."
  [bindings & body]
  ~(as-macro ,if-let ,bindings (do ,;body)))

(defmacro when-with
  "Like `with`, but evaluates nothing (and returns nil) when the binding is falsey."
  [[binding ctor dtor] & body]
  ~(as-macro ,if-let [,binding ,ctor]
     ,(defer-impl :when-with [(or dtor :close) binding] body)))

(defmacro if-with
  "Like `with`, choosing `truthy` or `falsey` by whether the binding is truthy."
  [[binding ctor dtor] truthy &opt falsey]
  ~(as-macro ,if-let [,binding ,ctor]
     ,(defer-impl :if-with [(or dtor :close) binding] [truthy])
     ,falsey))

###
### Threading macros
###

(defn- thread-step [x form last?]
  # a tuple form is taken apart with `in`, as the reference's macros do (so an
  # empty one fails the same way); anything else becomes the head of a call
  (def [h t] (if (tuple? form)
               [(in form 0) (array/slice form 1)]
               [form @[]]))
  (keep-syntax! form (if last? (array/concat @[h] t @[x]) (array/concat @[h x] t))))

(defmacro ->
  "Threads x through the forms as the first argument of each."
  [x & forms]
  (var acc x)
  (each f forms (set acc (thread-step acc f false)))
  acc)

(defmacro ->>
  "Threads x through the forms as the last argument of each."
  [x & forms]
  (var acc x)
  (each f forms (set acc (thread-step acc f true)))
  acc)

(defmacro -?>
  "Like `->`, but stops with nil as soon as a step gives nil or false."
  [x & forms]
  (var acc x)
  (each f forms
    (def s (gensym))
    (set acc ~(as-macro ,let [,s ,acc] (if ,s ,(thread-step s f false)))))
  acc)

(defmacro -?>>
  "Like `->>`, but stops with nil as soon as a step gives nil or false."
  [x & forms]
  (var acc x)
  (each f forms
    (def s (gensym))
    (set acc ~(as-macro ,let [,s ,acc] (if ,s ,(thread-step s f true)))))
  acc)

(defn- replace-sym [form from to]
  (cond
    (= form from) to
    (tuple? form) (keep-syntax! form (map (fn [y] (replace-sym y from to)) form))
    (array? form) (map (fn [y] (replace-sym y from to)) form)
    form))

(defmacro as->
  "Threads x through the forms, binding it to `as` in each."
  [x as & forms]
  (var acc x)
  (each f forms
    (def s (gensym))
    (set acc ~(let [,s ,acc] ,(replace-sym f as s))))
  acc)

(defmacro as?->
  "Like `as->`, but stops with nil as soon as a step gives nil or false."
  [x as & forms]
  (var acc x)
  (each f forms
    (def s (gensym))
    (set acc ~(if-let [,s ,acc] ,(replace-sym f as s))))
  acc)

###
### Compile-time evaluation
###

# (eval, not compile: its errors are eval's, as in the reference)
(defmacro comptime
  "Evaluates x at compile time and puts the result in the code."
  [x]
  (def y (eval x))   # (not a tail call: the macro's frame shows in traces)
  y)

(defmacro compif
  "Chooses `tru` or `fals` at compile time by evaluating `cnd`."
  [cnd tru &opt fals]
  (if (eval cnd) tru fals))

(defmacro compwhen
  "Includes the body only when `cnd` is truthy at compile time, in the
  enclosing scope (an `upscope`, so its definitions are visible after it)."
  [cnd & body]
  (if (eval cnd) ~(upscope ,;body)))

###
### Short functions: |(+ $ 1)
###

(defmacro short-fn
  "The expansion of `|body`: a function whose parameters are $ (same as $0), $1, $2, ... up to $9999, and $& for the rest.  The body is macro-expanded to find them."
  [arg &opt name]
  (var most -1)
  (var rest false)
  (def base (gensym))
  (defn on-binding [x]
    (cond
      (not (string/has-prefix? "$" x)) x
      (= x '$) (do (set most (max most 0)) (symbol base "$0"))
      (= x '$&) (do (set rest true) (symbol base x))
      (let [n (scan-number (string/slice x 1))]
        (if n
          (do
            (assertf (nat? n) "expected indexed parameter, got %s" x)
            (assertf (<= n 9999) "too many short-fn parameters (%s)" x)
            (set most (max most n))
            (symbol base x))
          x))))
  (def body (macex arg on-binding))
  (def params (seq [i :range [0 (+ 1 most)]] (symbol base "$" i)))
  (if rest (array/push params '& (symbol base "$&")))
  ~(fn ,(if name name :short-fn) [,;params] ,body))

###
### Pattern matching
###

# `match` compiles every case into: definitions that look up the parts of the
# value the pattern names (shared between cases, emitted once, before the first
# case that needs them), then `(if (and checks...) (do bindings... expr) next)`.
# The expansion has the same shape as the reference's, so `macex` shows the same.

(defn- match-state [x-sym]
  @{:accum @[] :symbols @{[nil nil] x-sym} :lengths @{}})

(defn- match-get-sym [st parent key]
  (def k [parent key])
  (or (get (st :symbols) k)
      (let [s (gensym)]
        (put (st :symbols) k s)
        (array/push (st :accum) ['def s [get parent key]])
        s)))

(defn- match-length-sym [st parent]
  (or (get (st :lengths) parent)
      (let [s (gensym)]
        (put (st :lengths) parent s)
        (array/push (st :accum) ['def s ['if [indexed? parent] [length parent]]])
        s)))

(defn- match-seq-pattern? [p]
  (or (array? p) (bracket-tuple? p)))

(defn- match-bind-pass
  "First pass over a pattern: emit the lookups and collect symbol -> value forms."
  [st b2g parent key pattern]
  (unless (= pattern '_)
    (def s (match-get-sym st parent key))
    (def t (type pattern))
    (cond
      (= t :symbol)
      (if-let [seen (in b2g pattern)] (array/push seen s) (put b2g pattern @[s]))

      (and (= t :tuple) (= 2 (length pattern)) (= 'quote (in pattern 0)))
      nil

      (or (= t :struct) (= t :table))
      (eachp [k sub] pattern (match-bind-pass st b2g s k sub))

      (match-seq-pattern? pattern)
      (do
        (match-length-sym st s)
        (var i 0)
        (def n (length pattern))
        (while (< i n)
          (def sub (in pattern i))
          (cond
            (= sub '&)
            (do
              (when (<= n (+ i 1))
                (errorf "expected symbol following & in pattern"))
              (when (< (+ i 2) n)
                (errorf "expected a single symbol follow '& in pattern, found %q" (slice pattern (+ i 1))))
              (unless (symbol? (in pattern (+ i 1)))
                (errorf "expected symbol following & in pattern, found %q" (in pattern (+ i 1))))
              (put b2g (in pattern (+ i 1)) @[[slice s i]])
              (set i n))
            (= sub '$)
            (do
              (when (not= n (+ i 1))
                (error "expected $ to be last symbol in pattern"))
              (set i n))
            (do (match-bind-pass st b2g s i sub) (++ i)))))

      (and (= t :tuple) (= 2 (length pattern)) (= '@ (in pattern 0)))
      nil

      (and (= t :tuple) (>= (length pattern) 2))
      (match-bind-pass st b2g parent key (in pattern 0)))))

(defn- match-check-pass
  "Second pass: the checks, the (@ sym) comparisons and the predicates."
  [st anda gun preds parent key pattern]
  (unless (= pattern '_)
    (def s (match-get-sym st parent key))
    (def t (type pattern))
    (def seq-pat (match-seq-pattern? pattern))
    (when seq-pat
      (array/push anda (match-length-sym st s))
      (def amp (find-index (fn [y] (= y '&)) pattern))
      (def dollar (find-index (fn [y] (= y '$)) pattern))
      (array/push anda [(if dollar = <=) (or dollar amp (length pattern)) (match-length-sym st s)]))
    (cond
      (or (= t :struct) (= t :table))
      (eachp [k sub] pattern
        (array/push anda [not= nil (match-get-sym st s k)])
        (match-check-pass st anda gun preds s k sub))

      seq-pat
      (do
        (var i 0)
        (while (< i (length pattern))
          (def sub (in pattern i))
          (if (or (= sub '$) (= sub '&))
            (set i (length pattern))
            (do (match-check-pass st anda gun preds s i sub) (++ i)))))

      (= t :symbol) nil

      (and (= t :tuple) (= 2 (length pattern)) (= 'quote (in pattern 0)))
      (array/push anda ['= s pattern])

      (and (= t :tuple) (= 2 (length pattern)) (= '@ (in pattern 0)))
      (if-let [seen (in gun (in pattern 1))]
        (array/push seen s)
        (put gun (in pattern 1) @[s]))

      (and (= t :tuple) (>= (length pattern) 2))
      (do
        (array/concat preds (tuple/slice pattern 1))
        (match-check-pass st anda gun preds parent key (in pattern 0)))

      (array/push anda ['= s pattern]))))

(defmacro match
  "Matches x against each pattern in turn and evaluates the expression paired with the first pattern that matches.  A symbol matches anything and binds it (a repeated symbol must match equal values); `_` matches without binding; `[a b & rest]` or `@[...]` matches indexed values at least that long (`$` at the end demands the exact length); `{:k pat}` matches dictionaries having every key; `(pat pred ...)` also requires the predicates; `(@ name)` compares with an existing binding; `'x` and any other value compare with `=`.  An odd last form is the default; nil when nothing matches."
  [x & cases]
  (def n (length cases))
  (def else (if (odd? n) (in cases (- n 1))))
  (def x-sym (if (idempotent? x) x (gensym)))
  (def st (match-state x-sym))
  (def accum (st :accum))
  (if (not= x x-sym) (array/push accum ['def x-sym x]))
  (var i 0)
  (while (< (+ i 1) n)
    (def pattern (in cases i))
    (def expr (in cases (+ i 1)))
    (def b2g @{})
    (def gun @{})
    (def preds @[])
    (match-bind-pass st b2g nil nil pattern)
    (def anda @['and])
    (match-check-pass st anda gun preds nil nil pattern)
    (def unify @[])
    (each syms b2g
      (when (< 1 (length syms)) (array/push unify [= ;syms])))
    (eachp [name syms] gun
      (array/push unify [= name ;syms]))
    (sort unify)
    (array/concat anda unify)
    (def names (sort (keys b2g)))
    (def defs (map (fn [k] ['def k (first (in b2g k))]) names))
    (def unused-defs (map (fn [k] ['def k :unused (first (in b2g k))]) names))
    (unless (empty? preds)
      (array/push anda ~(do ,;unused-defs (and ,;preds))))
    (array/push accum :branch (tuple/slice anda) ['do ;(if (empty? preds) defs unused-defs) expr])
    (+= i 2))
  # fold the definitions and branches into nested ifs
  (def stack @[else])
  (each el (reverse accum)
    (if (= el :branch)
      (do
        (def condition (array/pop stack))
        (def truthy (array/pop stack))
        (def rest (case (length stack)
                    0 nil
                    1 (in stack 0)
                    ~(do ,;(reverse stack))))
        (array/clear stack)
        (array/push stack ~(if ,condition ,truthy ,rest)))
      (array/push stack el)))
  ~(do ,;(reverse stack)))

###
### Varfn and dynamic definitions
###

(defmacro varfn
  "Defines a function as a var: redefining it with `varfn` updates the var, so every caller sees the new function."
  [name & more]
  (def expansion (apply defn name more))
  (def meta (tuple/slice expansion 2 -2))
  (def value (last expansion))
  (def docs @{})
  (each m meta
    (cond
      (string? m) (put docs :doc m)
      (keyword? m) (put docs m true)
      (dictionary? m) (merge-into docs m)
      (error (string "invalid metadata " m))))
  (def entry (gensym))
  (def v (gensym))
  ~(do
     (def ,entry (or (,dyn ',name) @{:ref @[nil]}))
     (,setdyn ',name ,entry)
     (def ,v ,value)
     (,put-in ,entry [:ref 0] ,v)
     (,merge-into ,entry ',docs)
     ,v))

(defmacro defdyn
  "Defines `alias` (a symbol written *like-this*) as the keyword naming a dynamic binding."
  [alias & more]
  (assert (symbol? alias) "alias must be a symbol")
  (assert (> (length alias) 2) "name must have leading and trailing '*' characters")
  (assert (= 42 (get alias 0) (get alias (- (length alias) 1))) "name must have leading and trailing '*' characters")
  (def prefix (dyn :defdyn-prefix))
  (def k (keyword prefix (slice alias 1 -2)))
  ~(def ,alias :dyn ,;more ,k))

(defmacro toggle
  "Sets the var x to its logical complement."
  [x]
  ~(set ,x (,not ,x)))

###
### Modules
###

(defmacro import
  "Loads a module (see `require`) and makes its public bindings available with a prefix: by default the module's name and a slash, or `:as name`, or `:prefix \"str\"`.  Other options: `:export true` re-exports the bindings, `:exit true` exits on errors in the module, `:fresh true` reloads it, `:only [syms]` limits the bindings."
  [path & args]
  (assertf (even? (length args)) "args should have even length: %n" args)
  (def out @[import* (string path)])
  (var i 0)
  (while (< i (length args))
    (def k (in args i))
    (def v (in args (+ i 1)))
    (assertf (keyword? k) "expected keyword, got %s: %n" (type k) k)
    (array/push out k (case k :as (string v) :only ~(quote ,v) v))
    (+= i 2))
  (tuple/slice out))

(defmacro use
  "Imports each module with no prefix."
  [& modules]
  ~(do ,;(map (fn [m] ~(,import* ,(string m) :prefix "")) modules)))

###
### Dynamic bindings
###

(defdyn *args* "The command-line arguments of the program.")
(defdyn *current-file* "The file being compiled or run.")
(defdyn *debug* "Debugging aids: `defn` records each definition's source form (as :source-form) when set.")
(defdyn *defdyn-prefix* "A prefix added to the keywords made by `defdyn`.")
(defdyn *doc-color* "Whether `doc` output is coloured.")
(defdyn *doc-width* "The width (in columns) `doc` wraps text to.")
(defdyn *err* "Where error output (eprint and friends) goes; stderr when nil.")
(defdyn *err-color* "Whether error reports are coloured.")
(defdyn *executable* "The name of the running interpreter.")
(defdyn *exit* "When set in a context's environment, makes the context stop.")
(defdyn *exit-value* "The value a context returns when it stops through *exit*.")
(defdyn *macro-form* "Inside a macro: the form being expanded.")
(defdyn *macro-lints* "Inside a macro: the array lint messages go to.")
(defdyn *lint-error* "The lint level at which compilation fails.")
(defdyn *lint-warn* "The lint level at which lints are printed.")
(defdyn *lint-levels* "A table of lint level names to numbers.")
(defdyn *flychecking* "True while a file is being flychecked.")
(defdyn *out* "Where normal output (print and friends) goes; stdout when nil.")
(defdyn *pretty-format* "The format `pp` prints with.")
(defdyn *redef* "When set, definitions may be redefined and code sees the new value.")
(defdyn *syspath* "The directory for system-wide modules.")
(defdyn *module-cache* "Overrides `module/cache` when set.")
(defdyn *module-paths* "Overrides `module/paths` when set.")
(defdyn *module-loading* "Overrides `module/loading` when set.")
(defdyn *module-loaders* "Overrides `module/loaders` when set.")
(defdyn *module-make-env* "Overrides `make-env` for new module environments when set.")
(defdyn *peg-grammar* "The grammar PEGs fall back on for undefined keywords.")
(defdyn *repl-prompt* "A function making the REPL prompt from the parser.")
(defdyn *task-id* "The id of the current event-loop task.")
(defdyn *profilepath* "The profile file the REPL loads.")

(defmacro with-dyns
  "Evaluates the body with the dynamic bindings given as alternating keys and values, in a new fiber so the bindings end with the body."
  [bindings & body]
  # (bindings i) calls: a keyword given as bindings fails as a method call
  (def dyn-forms (seq [i :range [0 (length bindings) 2]]
                   ~(,setdyn ,(bindings i) ,(bindings (+ i 1)))))
  ~(,resume (,fiber/new (fn :with-dyns [] ,;dyn-forms ,;body) :p)))

(defmacro with-vars
  "Evaluates the body with the vars given as alternating names and values set, restoring their old values afterwards (even on error)."
  [vars & body]
  (def len (length vars))
  (unless (even? len) (error "expected even number of argument to vars"))
  # (vars i) calls: a keyword given as vars fails as a method call, as in the
  # reference; the body runs in a fiber that traps errors, so the old values
  # are back before an error goes on
  (def temps (seq [i :range [0 len 2]] (gensym)))
  (def saves (seq [i :range [0 len 2]] ~(def ,(temps (/ i 2)) ,(vars i))))
  (def sets (seq [i :range [0 len 2]] ~(set ,(vars i) ,(vars (+ i 1)))))
  (def restores (seq [i :range [0 len 2]] ~(set ,(vars i) ,(temps (/ i 2)))))
  (def r (gensym))
  (def fib (gensym))
  (gensym)   # (the reference draws three names here; later gensyms match its)
  ~(do ,;saves
       (def ,fib (,fiber/new (fn :with-vars [] ,;sets ,;body) :ti))
       (def ,r (,resume ,fib))
       ,;restores
       (if (= (,fiber/status ,fib) :dead) ,r (,propagate ,r ,fib))))

(defmacro tracev
  "Prints on stderr the form x, where it is, and its value; evaluates to the value."
  [x]
  (def [line col] (tuple/sourcemap (dyn :macro-form ())))
  (def file (dyn :current-file))
  (def where (string (if file (string/format "trace [%s]" file) "trace")
                     (if (or (neg? line) (neg? col)) ":" (string/format " on line %d, column %d:" line col))))
  (def v (gensym))
  ~(upscope
     (def ,v ,x)
     (,eprinf ,(string where " %j is ") ',x)
     (,eprintf (,dyn :pretty-format "%q") ,v)
     ,v))

(defmacro with-env
  "Evaluates the body in a new fiber whose environment is `env`."
  [env & body]
  ~(,resume (,fiber/new (fn :with-env [] ,;body) : ,env)))

(defmacro delay
  "A function that evaluates the forms the first time it is called and returns that same result on every call."
  [& forms]
  (def value (gensym))
  (def done (gensym))
  ~((fn :delay []
      (var ,value nil)
      (var ,done nil)
      (fn []
        (if ,done
          ,value
          (do (set ,done true) (set ,value (do ,;forms))))))))

###
### Images (marshalled environments)
###

(def load-image-dict
  "The table `load-image` unmarshals with: names of the core bindings to their values."
  @{})

(def make-image-dict
  "The table `make-image` marshals with: core values to their names."
  @{})

(defn make-image
  "Marshals the environment env (a table) into a buffer that `load-image` turns back into an environment.  Core values are written by name."
  [env]
  (marshal env make-image-dict))

(defn load-image
  "Unmarshals an image made by `make-image`, resolving core values by name."
  [image]
  (unmarshal image load-image-dict))
