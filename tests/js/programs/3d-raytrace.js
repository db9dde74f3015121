// 3d-raytrace: a small ray tracer over spheres and a checkered floor built from
// constructor functions with prototype methods (Vec, Sphere, Plane, Scene):
// shading, shadows, reflections, using only +-*/ and sqrt so pixels are exact.
// Cross-checks each hit with a second intersection method; prints a checksum.

function Vec(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}
Vec.prototype.add = function (v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); };
Vec.prototype.sub = function (v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); };
Vec.prototype.scale = function (s) { return new Vec(this.x * s, this.y * s, this.z * s); };
Vec.prototype.mul = function (v) { return new Vec(this.x * v.x, this.y * v.y, this.z * v.z); };
Vec.prototype.dot = function (v) { return this.x * v.x + this.y * v.y + this.z * v.z; };
Vec.prototype.length = function () { return Math.sqrt(this.dot(this)); };
Vec.prototype.normalize = function () { return this.scale(1 / this.length()); };
Vec.prototype.reflect = function (n) { return this.sub(n.scale(2 * this.dot(n))); };

function Sphere(center, radius, color, reflect) {
  this.center = center;
  this.radius = radius;
  this.color = color;
  this.reflect = reflect;
  this.name = "sphere";
}
// algebraic: solve |o + t d - c|^2 = r^2 (d normalized)
Sphere.prototype.intersect = function (origin, dir) {
  var oc = origin.sub(this.center);
  var b = oc.dot(dir);
  var c = oc.dot(oc) - this.radius * this.radius;
  var disc = b * b - c;
  if (disc < 0) return -1;
  var sq = Math.sqrt(disc);
  var t = -b - sq;
  if (t > 1e-7) return t;
  t = -b + sq;
  if (t > 1e-7) return t;
  return -1;
};
// geometric: project center onto the ray, then use the chord half-length
Sphere.prototype.intersectGeometric = function (origin, dir) {
  var L = this.center.sub(origin);
  var tca = L.dot(dir);
  var d2 = L.dot(L) - tca * tca;
  var r2 = this.radius * this.radius;
  if (d2 > r2) return -1;
  var thc = Math.sqrt(r2 - d2);
  var t0 = tca - thc, t1 = tca + thc;
  if (t0 > 1e-7) return t0;
  if (t1 > 1e-7) return t1;
  return -1;
};
Sphere.prototype.normalAt = function (p) { return p.sub(this.center).normalize(); };
Sphere.prototype.colorAt = function (p) { return this.color; };

function Plane(y, reflect) {
  this.y = y;
  this.reflect = reflect;
  this.name = "plane";
}
Plane.prototype.intersect = function (origin, dir) {
  if (Math.abs(dir.y) < 1e-9) return -1;
  var t = (this.y - origin.y) / dir.y;
  return t > 1e-7 ? t : -1;
};
Plane.prototype.intersectGeometric = Plane.prototype.intersect;
Plane.prototype.normalAt = function (p) { return new Vec(0, 1, 0); };
Plane.prototype.colorAt = function (p) {
  var cx = Math.floor(p.x), cz = Math.floor(p.z);
  return ((cx + cz) & 1) ? new Vec(0.9, 0.9, 0.9) : new Vec(0.2, 0.2, 0.25);
};

function Scene() {
  this.objects = [];
  this.lightPos = new Vec(-4, 6, -3);
  this.ambient = 0.1;
}
Scene.prototype.nearest = function (origin, dir) {
  var best = null, bestT = 1e30;
  for (var i = 0; i < this.objects.length; i++) {
    var t = this.objects[i].intersect(origin, dir);
    if (t > 0 && t < bestT) {
      bestT = t;
      best = this.objects[i];
    }
  }
  return best ? { obj: best, t: bestT } : null;
};

var hitCounts = {};
var crossCheckFailures = 0;
var crossChecks = 0;
var shadowRays = 0;
var inShadow = 0;

Scene.prototype.trace = function (origin, dir, depth) {
  var hit = this.nearest(origin, dir);
  if (!hit) {
    // sky gradient
    var k = 0.5 * (dir.y + 1);
    return new Vec(0.3 + 0.4 * k, 0.4 + 0.4 * k, 0.7 + 0.3 * k);
  }
  var obj = hit.obj;
  hitCounts[obj.name + depth] = (hitCounts[obj.name + depth] || 0) + 1;

  var t2 = obj.intersectGeometric(origin, dir);
  crossChecks++;
  if (Math.abs(t2 - hit.t) > 1e-6 * (1 + hit.t)) crossCheckFailures++;

  var p = origin.add(dir.scale(hit.t));
  var n = obj.normalAt(p);
  if (n.dot(dir) > 0) n = n.scale(-1);
  var base = obj.colorAt(p);

  var toLight = this.lightPos.sub(p);
  var lightDist = toLight.length();
  var l = toLight.scale(1 / lightDist);
  var shade = this.ambient;
  shadowRays++;
  var blocker = this.nearest(p.add(n.scale(1e-6)), l);
  if (blocker && blocker.t < lightDist) {
    inShadow++;
  } else {
    var diff = n.dot(l);
    if (diff > 0) shade += 0.8 * diff;
  }
  var color = base.scale(shade);
  if (!(blocker && blocker.t < lightDist)) {
    var r = l.reflect(n);
    var spec = r.dot(dir);
    if (spec > 0) {
      // spec^16 by repeated squaring
      spec = spec * spec; spec = spec * spec; spec = spec * spec; spec = spec * spec;
      color = color.add(new Vec(spec, spec, spec).scale(0.6));
    }
  }
  if (depth < 2 && obj.reflect > 0) {
    var rdir = dir.reflect(n).normalize();
    var rc = this.trace(p.add(n.scale(1e-6)), rdir, depth + 1);
    color = color.scale(1 - obj.reflect).add(rc.scale(obj.reflect));
  }
  return color;
};

function clampByte(v) {
  var b = Math.floor(v * 255);
  if (b < 0) return 0;
  if (b > 255) return 255;
  return b;
}

var scene = new Scene();
scene.objects.push(new Plane(-1, 0.25));
scene.objects.push(new Sphere(new Vec(0, 0, 4), 1, new Vec(0.9, 0.2, 0.2), 0.3));
scene.objects.push(new Sphere(new Vec(-2.2, -0.2, 5), 0.8, new Vec(0.2, 0.9, 0.3), 0.1));
scene.objects.push(new Sphere(new Vec(2, 0.3, 6), 1.3, new Vec(0.3, 0.3, 0.95), 0.5));
scene.objects.push(new Sphere(new Vec(0.7, -0.6, 2.6), 0.4, new Vec(0.95, 0.85, 0.2), 0.0));

var width = 128, height = 80;
var eye = new Vec(0, 0.5, -2);
var checksum = 0;
var rowHash = 0;
var histogram = [0, 0, 0, 0, 0, 0, 0, 0];
var asciiRamp = " .:-=+*#%@";
var asciiRows = [];

for (var py = 0; py < height; py++) {
  var line = "";
  for (var px = 0; px < width; px++) {
    var sx = (px - width / 2 + 0.5) / height;
    var sy = (height / 2 - py - 0.5) / height;
    var dir = new Vec(sx, sy - 0.1, 1).normalize();
    var c = scene.trace(eye, dir, 0);
    var r = clampByte(c.x), g = clampByte(c.y), b = clampByte(c.z);
    checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007;
    var lum = (r * 3 + g * 6 + b) / 10;
    histogram[Math.floor(lum / 32)]++;
    if (py % 10 == 5 && px % 4 == 1) line += asciiRamp.charAt(Math.floor(lum * asciiRamp.length / 256));
  }
  if (line.length) asciiRows.push(line);
}

var names = [];
for (var key in hitCounts) names.push(key);
names.sort();
var hitLine = "";
for (var i = 0; i < names.length; i++) hitLine += (i ? " " : "") + names[i] + "=" + hitCounts[names[i]];

print("image " + width + "x" + height + " checksum " + checksum);
print("histogram " + histogram.join(","));
print("hits " + hitLine);
print("shadow " + inShadow + "/" + shadowRays);
for (i = 0; i < asciiRows.length; i++) print("|" + asciiRows[i] + "|");
print(crossCheckFailures == 0 && crossChecks > 0 ? "PASS" : "FAIL " + crossCheckFailures);
