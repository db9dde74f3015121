// Many objects from one constructor; polymorphic property access sites.
function Point(x, y) { this.x = x; this.y = y; }
var pts = [];
for (var i = 0; i < 1000; i++) pts.push(new Point(i, i * 2));
var sx = 0, sy = 0;
for (var j = 0; j < pts.length; j++) { sx += pts[j].x; sy += pts[j].y; }
print("monomorphic sums", sx, sy);
function getX(o) { return o.x; }
var shapes = [{ x: 1 }, { y: 0, x: 2 }, { z: 0, y: 0, x: 3 }, new Point(4, 0), Object.create({ x: 5 }),
  { get x() { return 6; } }, [7], "str", 8, { w: 0, v: 0, u: 0, x: 9 }];
var polySum = 0;
var results = [];
for (var k = 0; k < 100; k++) {
  var r = getX(shapes[k % shapes.length]);
  if (k < shapes.length) results.push(String(r));
  if (typeof r === "number") polySum += r;
}
print("polymorphic results", results.join(","));
print("polymorphic sum", polySum);
function setY(o, v) { o.y = v; }
var targets = [new Point(0, 0), {}, { y: 1 }, Object.create(null)];
for (var m = 0; m < 40; m++) setY(targets[m % 4], m);
print("polymorphic stores", targets[0].y, targets[1].y, targets[2].y, targets[3].y);
var p = new Point(1, 2);
p.z = 3;
var q = new Point(1, 2);
print("diverged shapes", Object.keys(p).join(","), Object.keys(q).join(","));
delete p.x;
print("after delete", Object.keys(p).join(","), p.x, q.x);
p.x = 10;
print("re-add", Object.keys(p).join(","), p.x);
function Cond(flag) { if (flag) { this.a = 1; this.b = 2; } else { this.b = 2; this.a = 1; } }
var c1 = new Cond(true), c2 = new Cond(false);
print("conditional init order", Object.keys(c1).join(","), Object.keys(c2).join(","));
var total = 0;
var mixed = [c1, c2];
for (var n = 0; n < 50; n++) total += mixed[n & 1].a * 10 + mixed[n & 1].b;
print("same values different shapes", total);
function typeChange() {
  var o = { v: 1 };
  var acc = [];
  for (var t = 0; t < 6; t++) {
    acc.push(typeof o.v);
    o.v = t === 1 ? "str" : t === 2 ? 1.5 : t === 3 ? null : t === 4 ? { n: 1 } : t;
  }
  return acc.join(",");
}
print("field type changes", typeChange());
var counts = { a: 0, b: 0 };
var keysArr = ["a", "b", "a", "a", "b"];
for (var w = 0; w < 500; w++) counts[keysArr[w % 5]]++;
print("keyed increments", counts.a, counts.b);
var protoSwap = [];
function A() {} A.prototype.who = function () { return "A"; };
function B() {} B.prototype.who = function () { return "B"; };
var ab = [new A(), new B()];
for (var s = 0; s < 10; s++) protoSwap.push(ab[s % 2].who());
A.prototype.who = function () { return "A2"; };
for (var s2 = 0; s2 < 4; s2++) protoSwap.push(ab[s2 % 2].who());
print("prototype method change seen", protoSwap.join(""));
