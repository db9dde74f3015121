// Objects used as dictionaries: many keys, deletes, re-adds, attribute changes
// and accessors on dictionary-mode objects; property order must be insertion
// order (integer keys first, ascending) throughout.
function keysOf(o) { var r = []; for (var k in o) r.push(k); return r.join(","); }

var d = {};
for (var i = 0; i < 3000; i++) d["k" + i] = i;
var sum = 0;
for (var i = 0; i < 3000; i++) sum += d["k" + i];
print("sum", sum, Object.keys(d).length);

// Delete every third key, then re-add some: order is insertion order.
for (var i = 0; i < 3000; i += 3) delete d["k" + i];
print("after delete", Object.keys(d).length, "k0" in d, d.k1, d.k2999);
d.k0 = "again";
d.zz = "last";
var ks = Object.keys(d);
print("order", ks[0], ks[1], ks[ks.length - 2], ks[ks.length - 1]);

// Deleting during for-in: deleted keys not yet visited are skipped.
var small = {};
for (var i = 0; i < 200; i++) small["p" + i] = i;
var seen = 0, skipped = true;
for (var k in small) {
  seen++;
  if (k === "p10") { delete small.p150; delete small.p5; }
  if (k === "p150") skipped = false;
}
print("for-in with deletes", seen, skipped);

// Accessors and read-only properties on a dictionary object.
var acc = {};
for (var i = 0; i < 300; i++) acc["a" + i] = i;
var hits = 0;
Object.defineProperty(acc, "g", { get: function () { hits++; return 42; }, enumerable: true, configurable: true });
Object.defineProperty(acc, "ro", { value: 7, writable: false, enumerable: false, configurable: true });
var t = 0;
for (var i = 0; i < 1000; i++) { t += acc.g + acc.ro; acc.ro = 9; }
print("accessor", t, hits, acc.ro, Object.keys(acc).length);
delete acc.g;
delete acc.ro;
acc.ro = 1;
print("plain again", acc.ro, acc.g, keysOf(acc).slice(-8));

// Shapes going back and forth: the same keys added and removed in a hot loop.
var churn = 0;
for (var r = 0; r < 2000; r++) {
  var o = { x: r };
  o.y = r + 1;
  if (r % 2) delete o.x;
  o.z = 3;
  churn += (o.x || 0) + o.y + o.z;
  if (r % 7 === 0) { delete o.y; churn += o.y === undefined ? 1 : 0; }
}
print("churn", churn);

// Integer-like keys mixed with names in a big object.
var mixed = {};
for (var i = 0; i < 500; i++) { mixed["n" + i] = i; if (i % 50 === 0) mixed[i] = "i" + i; }
var mk = Object.keys(mixed);
print("mixed", mk.length, mk.slice(0, 4).join(","), mk.slice(-2).join(","));

// Freezing a dictionary object.
Object.freeze(mixed);
mixed.n1 = "changed";
mixed.extra = 1;
print("frozen", mixed.n1, mixed.extra, Object.isFrozen(mixed));
