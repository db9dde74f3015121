// A small Whitted-style ray tracer with vector, colour, material, shape and camera
// "classes": spheres and a checkered plane, point lights with shadows, specular
// highlights and reflections. Renders a small image into an array, prints a
// checksum and a coarse ASCII preview. Uses only + - * / and Math.sqrt, so the
// result is exact IEEE arithmetic in every engine.

function Vec(x, y, z) { this.x = x; this.y = y; this.z = z; }
Vec.prototype.add = function (v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); };
Vec.prototype.sub = function (v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); };
Vec.prototype.scale = function (k) { return new Vec(this.x * k, this.y * k, this.z * k); };
Vec.prototype.dot = function (v) { return this.x * v.x + this.y * v.y + this.z * v.z; };
Vec.prototype.cross = function (v) {
  return new Vec(this.y * v.z - this.z * v.y, this.z * v.x - this.x * v.z, this.x * v.y - this.y * v.x);
};
Object.defineProperty(Vec.prototype, "length", {
  get: function () { return Math.sqrt(this.dot(this)); }
});
Vec.prototype.unit = function () { return this.scale(1 / this.length); };
Vec.prototype.toString = function () { return "(" + this.x + ", " + this.y + ", " + this.z + ")"; };

function Color(r, g, b) { this.r = r; this.g = g; this.b = b; }
Color.prototype.add = function (c) { return new Color(this.r + c.r, this.g + c.g, this.b + c.b); };
Color.prototype.scale = function (k) { return new Color(this.r * k, this.g * k, this.b * k); };
Color.prototype.times = function (c) { return new Color(this.r * c.r, this.g * c.g, this.b * c.b); };
Color.prototype.clamp = function () {
  function c(x) { return x < 0 ? 0 : x > 1 ? 1 : x; }
  return new Color(c(this.r), c(this.g), c(this.b));
};
Color.prototype.toBytes = function () {
  var c = this.clamp();
  return [Math.floor(c.r * 255), Math.floor(c.g * 255), Math.floor(c.b * 255)];
};
Color.BLACK = new Color(0, 0, 0);
Color.WHITE = new Color(1, 1, 1);
Color.BACKGROUND = new Color(0.1, 0.12, 0.2);

function Ray(origin, dir) { this.origin = origin; this.dir = dir; }
Ray.prototype.at = function (t) { return this.origin.add(this.dir.scale(t)); };

// --- materials ---------------------------------------------------------------

function Material(diffuse, specular, shininess, reflect) {
  this.diffuse = diffuse;
  this.specular = specular;
  this.shininess = shininess; // an integer: powers are repeated products
  this.reflect = reflect;
}
Material.prototype.colorAt = function (point) { return this.diffuse; };
Material.prototype.highlight = function (cosine) {
  var p = 1;
  for (var i = 0; i < this.shininess; i++) p *= cosine;
  return p * this.specular;
};

function Checker(a, b, size, specular, shininess, reflect) {
  Material.call(this, a, specular, shininess, reflect);
  this.other = b;
  this.size = size;
}
Checker.prototype = Object.create(Material.prototype);
Checker.prototype.constructor = Checker;
Checker.prototype.colorAt = function (point) {
  var ix = Math.floor(point.x / this.size), iz = Math.floor(point.z / this.size);
  return ((ix + iz) & 1) === 0 ? this.diffuse : this.other;
};

// --- shapes ------------------------------------------------------------------

var shapeCount = 0;
function Shape(material) { this.material = material; this.id = shapeCount++; this.hits = 0; }
Shape.prototype.intersect = function (ray) { throw new Error("no intersect for shape " + this.id); };
Shape.prototype.normalAt = function (point) { throw new Error("no normal for shape " + this.id); };

function Sphere(center, radius, material) {
  Shape.call(this, material);
  this.center = center;
  this.radius = radius;
  this.r2 = radius * radius;
}
Sphere.prototype = Object.create(Shape.prototype);
Sphere.prototype.constructor = Sphere;
Sphere.prototype.intersect = function (ray) {
  var oc = ray.origin.sub(this.center);
  var b = oc.dot(ray.dir);
  var c = oc.dot(oc) - this.r2;
  var disc = b * b - c;
  if (disc < 0) return Infinity;
  var s = Math.sqrt(disc);
  var t = -b - s;
  if (t > 1e-6) return t;
  t = -b + s;
  return t > 1e-6 ? t : Infinity;
};
Sphere.prototype.normalAt = function (point) { return point.sub(this.center).scale(1 / this.radius); };

function Plane(normal, offset, material) {
  Shape.call(this, material);
  this.normal = normal.unit();
  this.offset = offset;
}
Plane.prototype = Object.create(Shape.prototype);
Plane.prototype.constructor = Plane;
Plane.prototype.intersect = function (ray) {
  var denom = this.normal.dot(ray.dir);
  if (denom > -1e-9 && denom < 1e-9) return Infinity;
  var t = (this.offset - this.normal.dot(ray.origin)) / denom;
  return t > 1e-6 ? t : Infinity;
};
Plane.prototype.normalAt = function (point) { return this.normal; };

function Light(pos, color) { this.pos = pos; this.color = color; }

// --- camera and scene --------------------------------------------------------

function Camera(eye, target, up, fov) {
  this.eye = eye;
  this.forward = target.sub(eye).unit();
  this.right = this.forward.cross(up).unit();
  this.up = this.right.cross(this.forward);
  this.fov = fov; // half-width of the image plane at distance 1
}
Camera.prototype.rayFor = function (px, py, width, height) {
  var aspect = height / width;
  var sx = ((px + 0.5) / width * 2 - 1) * this.fov;
  var sy = (1 - (py + 0.5) / height * 2) * this.fov * aspect;
  var dir = this.forward.add(this.right.scale(sx)).add(this.up.scale(sy)).unit();
  return new Ray(this.eye, dir);
};

function Scene(camera) {
  this.camera = camera;
  this.shapes = [];
  this.lights = [];
  this.ambient = new Color(0.08, 0.08, 0.08);
  this.maxDepth = 3;
  this.stats = { rays: 0, shadowRays: 0, reflections: 0 };
}
Scene.prototype.add = function () {
  // Any mix of shapes and lights.
  for (var i = 0; i < arguments.length; i++) {
    var item = arguments[i];
    if (item instanceof Shape) this.shapes.push(item);
    else if (item instanceof Light) this.lights.push(item);
    else throw new TypeError("cannot add " + item);
  }
  return this;
};
Scene.prototype.nearest = function (ray) {
  var best = Infinity, hit = null, shapes = this.shapes;
  for (var i = 0; i < shapes.length; i++) {
    var t = shapes[i].intersect(ray);
    if (t < best) { best = t; hit = shapes[i]; }
  }
  return hit === null ? null : { shape: hit, t: best };
};
Scene.prototype.shadowed = function (point, light) {
  this.stats.shadowRays++;
  var toLight = light.pos.sub(point);
  var dist = toLight.length;
  var ray = new Ray(point, toLight.scale(1 / dist));
  for (var i = 0; i < this.shapes.length; i++) {
    if (this.shapes[i].intersect(ray) < dist) return true;
  }
  return false;
};
Scene.prototype.trace = function (ray, depth) {
  this.stats.rays++;
  var hit = this.nearest(ray);
  if (hit === null) return Color.BACKGROUND;
  var shape = hit.shape, m = shape.material;
  shape.hits++;
  var point = ray.at(hit.t);
  var normal = shape.normalAt(point);
  if (normal.dot(ray.dir) > 0) normal = normal.scale(-1);
  var base = m.colorAt(point);
  var color = base.times(this.ambient);
  var reflected = ray.dir.sub(normal.scale(2 * normal.dot(ray.dir)));
  for (var i = 0; i < this.lights.length; i++) {
    var light = this.lights[i];
    if (this.shadowed(point, light)) continue;
    var l = light.pos.sub(point).unit();
    var diff = normal.dot(l);
    if (diff > 0) color = color.add(base.times(light.color).scale(diff));
    var spec = reflected.dot(l);
    if (spec > 0) color = color.add(light.color.scale(m.highlight(spec)));
  }
  if (m.reflect > 0 && depth < this.maxDepth) {
    this.stats.reflections++;
    var bounce = this.trace(new Ray(point, reflected), depth + 1);
    color = color.scale(1 - m.reflect).add(bounce.scale(m.reflect));
  }
  return color;
};
Scene.prototype.render = function (width, height) {
  var pixels = new Array(width * height * 3);
  var k = 0;
  for (var y = 0; y < height; y++) {
    for (var x = 0; x < width; x++) {
      var bytes = this.trace(this.camera.rayFor(x, y, width, height), 0).toBytes();
      pixels[k++] = bytes[0];
      pixels[k++] = bytes[1];
      pixels[k++] = bytes[2];
    }
  }
  return pixels;
};

function buildScene() {
  var cam = new Camera(new Vec(0, 1.6, -6), new Vec(0, 0.8, 0), new Vec(0, 1, 0), 0.55);
  var scene = new Scene(cam);
  var shiny = new Material(new Color(0.9, 0.2, 0.2), 0.6, 24, 0.3);
  var matte = new Material(new Color(0.2, 0.7, 0.3), 0.1, 4, 0);
  var mirror = new Material(new Color(0.9, 0.9, 0.95), 0.9, 48, 0.7);
  var floor = new Checker(new Color(0.9, 0.9, 0.9), new Color(0.15, 0.15, 0.15), 1, 0.2, 8, 0.25);
  scene.add(
    new Plane(new Vec(0, 1, 0), 0, floor),
    new Sphere(new Vec(-1.3, 1, 0.5), 1, shiny),
    new Sphere(new Vec(1.2, 0.7, -0.2), 0.7, mirror),
    new Sphere(new Vec(0.2, 0.35, -1.6), 0.35, matte),
    new Light(new Vec(-4, 6, -5), new Color(0.8, 0.8, 0.75)),
    new Light(new Vec(5, 4, -3), new Color(0.35, 0.35, 0.5))
  );
  return scene;
}

var W = 96, H = 72;
var scene = buildScene();
var image = scene.render(W, H);

var sum = 0, hash = 0;
for (var i = 0; i < image.length; i++) {
  sum += image[i];
  hash = (hash * 31 + image[i]) % 1000000007;
}
print("image " + W + "x" + H + " sum " + sum + " hash " + hash);
print("rays " + scene.stats.rays + " shadow " + scene.stats.shadowRays + " reflections " + scene.stats.reflections);
print("hits " + scene.shapes.map(function (s) { return (s instanceof Sphere ? "sphere" : "plane") + s.id + ":" + s.hits; }).join(" "));

// A coarse preview: average luminance of 8x8 blocks.
var ramp = " .:-=+*#%@";
for (var by = 0; by < H; by += 8) {
  var row = [];
  for (var bx = 0; bx < W; bx += 4) {
    var lum = 0;
    for (var yy = by; yy < by + 8; yy++) {
      for (var xx = bx; xx < bx + 4; xx++) {
        var p = (yy * W + xx) * 3;
        lum += image[p] * 2 + image[p + 1] * 3 + image[p + 2];
      }
    }
    row.push(ramp.charAt(Math.min(9, Math.floor(lum / (32 * 6 * 256) * 16))));
  }
  print("|" + row.join("") + "|");
}
var probe = scene.camera.rayFor(W >> 1, H >> 1, W, H);
print("center ray", probe.dir.toString(), "length", probe.dir.length);
try {
  scene.add({});
} catch (e) {
  print(e.name, e.message);
}
