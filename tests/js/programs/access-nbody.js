// access-nbody: symplectic-Euler gravity simulation of a made-up star system with
// five bodies (Body constructor, property reads/writes in nested loops). Removes
// net momentum, advances 20000 steps, prints the energy with
// toFixed(9), and checks momentum stays ~0 and energy drift stays small.

var PI = 3.141592653589793;
var SOLAR_MASS = 4 * PI * PI;
var DAYS_PER_YEAR = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x; this.y = y; this.z = z;
  this.vx = vx; this.vy = vy; this.vz = vz;
  this.mass = mass;
}

Body.prototype.offsetMomentum = function (px, py, pz) {
  this.vx = -px / SOLAR_MASS;
  this.vy = -py / SOLAR_MASS;
  this.vz = -pz / SOLAR_MASS;
  return this;
};

// a planet at (x, y, z) on a nearly circular orbit in the xy plane around the star;
// ecc scales the circular speed, lift adds a small z velocity
function planet(x, y, z, ecc, lift, massFraction) {
  var r = Math.sqrt(x * x + y * y);
  var speed = ecc * Math.sqrt(SOLAR_MASS / r);
  return new Body(x, y, z, -y / r * speed, x / r * speed, lift, massFraction * SOLAR_MASS);
}

function makeSystem() {
  return [
    new Body(0, 0, 0, 0, 0, 0, SOLAR_MASS),
    planet(3.1, -1.7, 0.05, 1.02, -0.02, 0.0011),
    planet(-6.4, 4.2, -0.3, 0.97, 0.01, 0.00031),
    planet(11.8, 9.5, 0.2, 1.01, -0.004, 0.000047),
    planet(-2.2, -17.9, 0.7, 0.99, 0.003, 0.000052)
  ];
}

function momentum(bodies) {
  var px = 0, py = 0, pz = 0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  return [px, py, pz];
}

function advance(bodies, dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      bi.vx -= dx * bj.mass * mag;
      bi.vy -= dy * bj.mass * mag;
      bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag;
      bj.vy += dy * bi.mass * mag;
      bj.vz += dz * bi.mass * mag;
    }
  }
  for (i = 0; i < n; i++) {
    var b = bodies[i];
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

function energy(bodies) {
  var e = 0;
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      e -= bi.mass * bj.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

var bodies = makeSystem();
var p = momentum(bodies);
bodies[0].offsetMomentum(p[0], p[1], p[2]);
var p0 = momentum(bodies);

var e0 = energy(bodies);
print("energy start " + e0.toFixed(9));
var steps = 20000;
var maxDrift = 0;
var maxMomentum = 0;
for (var s = 1; s <= steps; s++) {
  advance(bodies, 0.01);
  if (s % 500 == 0) {
    var e = energy(bodies);
    var drift = Math.abs((e - e0) / e0);
    if (drift > maxDrift) maxDrift = drift;
    var pm = momentum(bodies);
    var mm = Math.abs(pm[0]) + Math.abs(pm[1]) + Math.abs(pm[2]);
    if (mm > maxMomentum) maxMomentum = mm;
    if (s % 5000 == 0) print("step " + s + " energy " + e.toFixed(9));
  }
}
var e1 = energy(bodies);
print("energy end " + e1.toFixed(9));
print("sun at " + bodies[0].x.toFixed(6) + " " + bodies[0].y.toFixed(6) + " " + bodies[0].z.toFixed(6));
var ok = Math.abs(p0[0]) + Math.abs(p0[1]) + Math.abs(p0[2]) < 1e-12 && maxMomentum < 1e-10 && maxDrift < 1e-3;
print(ok ? "PASS" : "FAIL drift=" + maxDrift + " momentum=" + maxMomentum);
