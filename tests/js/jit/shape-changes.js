// Properties added and deleted while a loop reads them: shape guards exit.
var o = { a: 1, b: 2 };
var log = [];
for (var i = 0; i < 60; i++) {
  if (i === 20) o.c = 3;
  if (i === 30) delete o.a;
  if (i === 40) o.a = 10;
  if (i === 50) Object.defineProperty(o, "b", { get: function () { return 100; } });
  log.push((o.a || 0) + o.b + (o.c || 0));
}
print(log.join(","));
function Point(x, y) { this.x = x; this.y = y; }
var pts = [];
for (var j = 0; j < 40; j++) { var p = new Point(j, -j); if (j % 10 === 0) p.z = j; pts.push(p); }
var sx = 0, sz = 0;
for (var k = 0; k < pts.length; k++) { sx += pts[k].x; sz += pts[k].z === undefined ? 0 : pts[k].z; }
print("points", sx, sz, Object.keys(pts[10]).join(""), Object.keys(pts[11]).join(""));
var proto = { m: function () { return 1; } };
var child = Object.create(proto);
var calls = 0;
for (var m = 0; m < 40; m++) {
  if (m === 20) proto.m = function () { return 5; };
  if (m === 30) child.m = function () { return 7; };
  calls += child.m();
}
print("method replaced", calls);
var dict = {};
for (var n = 0; n < 100; n++) dict["k" + n] = n;
var ds = 0;
for (var q = 0; q < 100; q++) { ds += dict["k" + q]; if (q === 50) delete dict.k60; }
print("dictionary", ds, dict.k60);
var P2 = function () {};
var setterHits = 0;
var store = [];
for (var r = 0; r < 30; r++) {
  if (r === 15) Object.defineProperty(P2.prototype, "v", { set: function (x) { setterHits++; }, configurable: true });
  var inst = new P2();
  inst.v = r;
  store.push(inst.hasOwnProperty("v"));
}
print("setter on prototype", setterHits, store.join("").replace(/true/g, "T").replace(/false/g, "F"));
var frozen = Object.freeze({ f: 1 });
var fr = 0;
for (var t = 0; t < 20; t++) { frozen.f = t; fr += frozen.f; }
print("frozen", fr);
