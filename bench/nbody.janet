# The n-body simulation: floating-point arithmetic on mutable records.
(def pi 3.141592653589793)
(def solar-mass (* 4 pi pi))
(def days-per-year 365.24)

(defn body [x y z vx vy vz mass]
  @{:x x :y y :z z :vx (* vx days-per-year) :vy (* vy days-per-year)
    :vz (* vz days-per-year) :mass (* mass solar-mass)})

(defn make-bodies []
  @[(body 0 0 0 0 0 0 1)
    (body 4.84143144246472090e+00 -1.16032004402742839e+00 -1.03622044471123109e-01
          1.66007664274403694e-03 7.69901118419740425e-03 -6.90460016972063023e-05
          9.54791938424326609e-04)
    (body 8.34336671824457987e+00 4.12479856412430479e+00 -4.03523417114321381e-01
          -2.76742510726862411e-03 4.99852801234917238e-03 2.30417297573763929e-05
          2.85885980666130812e-04)
    (body 1.28943695621391310e+01 -1.51111514016986312e+01 -2.23307578892655734e-01
          2.96460137564761618e-03 2.37847173959480950e-03 -2.96589568540237556e-05
          4.36624404335156298e-05)
    (body 1.53796971148509165e+01 -2.59193146099879641e+01 1.79258772950371181e-01
          2.68067772490389322e-03 1.62824170038242295e-03 -9.51592254519715870e-05
          5.15138902046611451e-05)])

(defn advance [bodies dt]
  (def n (length bodies))
  (for i 0 n
    (def b (in bodies i))
    (for j (+ i 1) n
      (def b2 (in bodies j))
      (def dx (- (b :x) (b2 :x)))
      (def dy (- (b :y) (b2 :y)))
      (def dz (- (b :z) (b2 :z)))
      (def d2 (+ (* dx dx) (* dy dy) (* dz dz)))
      (def mag (/ dt (* d2 (math/sqrt d2))))
      (def m2 (* (b2 :mass) mag))
      (def m1 (* (b :mass) mag))
      (put b :vx (- (b :vx) (* dx m2)))
      (put b :vy (- (b :vy) (* dy m2)))
      (put b :vz (- (b :vz) (* dz m2)))
      (put b2 :vx (+ (b2 :vx) (* dx m1)))
      (put b2 :vy (+ (b2 :vy) (* dy m1)))
      (put b2 :vz (+ (b2 :vz) (* dz m1)))))
  (each b bodies
    (put b :x (+ (b :x) (* dt (b :vx))))
    (put b :y (+ (b :y) (* dt (b :vy))))
    (put b :z (+ (b :z) (* dt (b :vz))))))

(defn energy [bodies]
  (var e 0)
  (def n (length bodies))
  (for i 0 n
    (def b (in bodies i))
    (+= e (* 0.5 (b :mass) (+ (* (b :vx) (b :vx)) (* (b :vy) (b :vy)) (* (b :vz) (b :vz)))))
    (for j (+ i 1) n
      (def b2 (in bodies j))
      (def dx (- (b :x) (b2 :x)))
      (def dy (- (b :y) (b2 :y)))
      (def dz (- (b :z) (b2 :z)))
      (-= e (/ (* (b :mass) (b2 :mass)) (math/sqrt (+ (* dx dx) (* dy dy) (* dz dz)))))))
  e)

(defn bench []
  (def bodies (make-bodies))
  (var px 0) (var py 0) (var pz 0)
  (each b bodies
    (+= px (* (b :vx) (b :mass)))
    (+= py (* (b :vy) (b :mass)))
    (+= pz (* (b :vz) (b :mass))))
  (def sun (in bodies 0))
  (put sun :vx (- (/ px solar-mass)))
  (put sun :vy (- (/ py solar-mass)))
  (put sun :vz (- (/ pz solar-mass)))
  (repeat 20000 (advance bodies 0.01))
  (energy bodies))
