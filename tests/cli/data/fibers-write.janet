# Fibers marshalled in one process for fibers-read.janet to load in another.
(def counter @{:n 0})
(defn make-gen [start]
  (var i start)
  (fiber/new (fn [step] (forever (yield i) (+= i step) (++ (counter :n))))))
(def fresh (make-gen 10))
(def finished (fiber/new (fn [] [:result 42])))
(resume finished)
(defn failing [] (error @{:why "boom"}))
(def errored (fiber/new (fn [] (failing)) :e))
(resume errored)
(def trapped (fiber/new (fn [] (error "inside")) :e))
(def envd (fiber/new (fn [] [(dyn :color) (dyn :size)]) :e @{:color :red :size 3}))
(def nested (fiber/new (fn [] (def inner (fiber/new (fn [] (yield :a) :b))) [(resume inner) (resume inner) (fiber/status inner)])))
(def maxed (fiber/new (fn [] :m)))
(fiber/setmaxstack maxed 1234)
(def self-env @{})
(def selfish (fiber/new (fn [] (dyn :me)) :e self-env))
(put self-env :me selfish)
(def data @{:fresh fresh :finished finished :errored errored :trapped trapped
            :envd envd :nested nested :maxed maxed :selfish selfish
            :shared [fresh fresh]})
(spit "fibers.jimage" (make-image data))
# a suspended fiber unmarshals in the same process
(let [g (make-gen 0)]
  (resume g 1)
  (def back (unmarshal (marshal g make-image-dict) load-image-dict))
  (printf "same process: %q %q" (fiber/status back) (resume back 5)))
# fibers the reference cannot marshal: a builtin's frame is on their stack
(defn try-marshal [f]
  (printf "%q" (protect (marshal f make-image-dict))))
(let [f (fiber/new (fn [] (signal 0 :s)) :0)] (resume f) (try-marshal f))
(let [f (fiber/new (fn [] (signal 5 :s)) :5)] (resume f) (try-marshal f))
(let [f (fiber/new (fn [] (string/slice 1)) :e)] (resume f) (try-marshal f))
(let [f (ev/go (fn [] (ev/sleep 0.01)))] (ev/sleep 0) (try-marshal f))
(try-marshal (fiber/current))
# a new fiber unmarshalled in the same process is a copy
(let [f (fiber/new (fn [] :x))
      g (unmarshal (marshal f make-image-dict) load-image-dict)]
  (printf "copy: %q %q %q" (= f g) (resume g) (fiber/status f)))
