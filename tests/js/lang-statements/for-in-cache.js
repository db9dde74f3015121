// for-in over objects whose shape has been enumerated before: the keys come
// from the shape's enumeration cache, which must follow every change that
// matters (prototype properties, indexed properties, deletes, new shapes).
function keys(o) { var r = []; for (var k in o) r.push(k); return r.join(","); }
function P(x, y) { this.x = x; this.y = y; }
var a = new P(1, 2), b = new P(3, 4);
print(keys(a), keys(b));
// A prototype property appears for every object of the shape.
P.prototype.z = 9;
print(keys(a), keys(b));
delete P.prototype.z;
print(keys(a));
// Non-enumerable prototype properties never appear.
Object.defineProperty(P.prototype, "hidden", { value: 1, enumerable: false });
print(keys(a));
// Object.prototype gains an enumerable property.
Object.prototype.extra = 1;
print(keys(a), keys({}));
delete Object.prototype.extra;
print(keys(a), keys({}));
// Indexed properties on the receiver and on a prototype.
var c = new P(5, 6); c[0] = "zero"; c[2] = "two";
print(keys(c));
Array.prototype.q = 1; print(keys([7, 8])); delete Array.prototype.q;
var proto = { m: 1 }; proto[3] = 3; var d = Object.create(proto); d.own = 1;
print(keys(d));
// Deleting a key not yet visited during the loop skips it; the same shape
// enumerated again afterwards sees the current keys.
var e = { p: 1, q: 2, r: 3, s: 4 };
var seen = [];
for (var k in e) { seen.push(k); if (k === "p") delete e.r; }
print(seen.join(","), keys(e));
var f = { p: 1, q: 2, r: 3, s: 4 };
seen = [];
for (var k in f) { seen.push(k); if (k === "q") { delete f.s; f.s = 5; } }
print(seen.join(","), keys(f));
// Shadowing: a prototype key shadowed by a non-enumerable own one.
var g = Object.create({ sh: 1, vis: 2 });
Object.defineProperty(g, "sh", { value: 0, enumerable: false });
print(keys(g));
// Many objects of one shape in a hot loop, and strings, null, undefined.
var total = 0;
for (var i = 0; i < 3000; i++) { var o = new P(i, 1); for (var k in o) total += o[k]; }
print(total, keys("ab"), keys(null), keys(undefined), keys(42));
// Dictionary-mode objects.
var big = {};
for (var i = 0; i < 300; i++) big["k" + i] = i;
delete big.k0; big.k0 = 0;
var ks = keys(big).split(",");
print(ks.length, ks[0], ks[ks.length - 1]);
