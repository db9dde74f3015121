// `in` on trace: named keys along the prototype chain, keys added and deleted
// mid-loop, integer keys on arrays with holes, index-like string keys, length.
function P() {}
P.prototype.inherited = 1;
var o = new P();
o.own = 2;
var keys = ["own", "inherited", "missing", "toString", "len" + "gth", "0", "1"];
var arr = [1, , 3];
var counts = [0, 0, 0, 0, 0, 0, 0], hits = 0;
for (var i = 0; i < 700; i++) {
  var k = keys[i % 7];
  if (k in o) counts[i % 7]++;
  if (i === 300) { o.missing = 0; delete o.own; }
  if (i === 500) { o[0] = "zero"; P.prototype[1] = "one"; }
  if ((i % 4) in arr) hits++;
  if (k in arr) hits += 100;
}
print(counts.join(","), hits);
var m = { a: 1 }, n = 0;
for (var j = 0; j < 300; j++) {
  if ("a" in m) n++;
  if ("b" in m) n += 1000;
  if (j === 100) Object.defineProperty(m, "b", { get: function () { throw new Error("not called"); } });
  if (j === 200) Object.prototype.a2 = 1;
  if ("a2" in m) n += 7;
}
delete Object.prototype.a2;
print(n);
try { for (var q = 0; q < 10; q++) if ("x" in (q < 5 ? {} : 5)) n++; } catch (e) { print(e.name, q); }
