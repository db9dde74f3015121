// Objects from one constructor, property reads and writes, method calls.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
var acc = new Vec(0, 0), s = 0;
for (var i = 0; i < 1000000; i++) {
  var v = new Vec(i & 7, (i >> 3) & 7);
  acc = acc.add(v);
  s += acc.dot(v) & 1023;
}
print(acc.x, acc.y, s);
