// Adding/deleting many properties (shape transitions, dictionary mode).
var o = {};
for (var i = 0; i < 200; i++) o["p" + i] = i;
print("200 added", Object.keys(o).length, o.p0, o.p199, o.p100);
for (var j = 0; j < 200; j += 2) delete o["p" + j];
var ks = Object.keys(o);
print("after deleting half", ks.length, ks.slice(0, 5).join(","), ks[ks.length - 1]);
var sum = 0;
for (var k in o) sum += o[k];
print("sum of remaining", sum);
for (var m = 0; m < 50; m++) o["q" + m] = m;
ks = Object.keys(o);
print("re-grown", ks.length, ks[99], ks[100], ks[149]);
print("lookups", o.p1, o.p2, o.q49, o.q50);
var idx = {};
for (var n = 0; n < 300; n++) idx[n * 3] = n;
print("many integer keys", Object.keys(idx).length, idx[0], idx[897], idx[898]);
for (var d = 0; d < 300; d += 3) delete idx[d * 3];
print("after int deletes", Object.keys(idx).length, Object.keys(idx).slice(0, 4).join(","));
var same1 = {}, same2 = {};
for (var s = 0; s < 20; s++) { same1["k" + s] = s; same2["k" + s] = s * 2; }
var tot = 0;
for (var t = 0; t < 20; t++) tot += same1["k" + t] + same2["k" + t];
print("two objects same shape", tot);
var rev = {};
for (var r = 19; r >= 0; r--) rev["k" + r] = r;
print("different insertion order -> different key order", Object.keys(rev).slice(0, 3).join(","), Object.keys(same1).slice(0, 3).join(","));
var churn = {};
for (var c = 0; c < 1000; c++) {
  churn["x" + (c % 37)] = c;
  if (c % 3 === 0) delete churn["x" + ((c * 7) % 37)];
}
var churnKeys = Object.keys(churn);
var churnSum = 0;
for (var ck = 0; ck < churnKeys.length; ck++) churnSum += churn[churnKeys[ck]];
print("churn", churnKeys.length, churnSum);
var valTypes = {};
for (var v = 0; v < 40; v++) valTypes["v" + v] = v % 4 === 0 ? v : v % 4 === 1 ? "s" + v : v % 4 === 2 ? { n: v } : [v];
var desc = [];
for (var w = 0; w < 8; w++) { var val = valTypes["v" + w]; desc.push(typeof val === "object" ? (val instanceof Array ? "arr" + val[0] : "obj" + val.n) : val); }
print("mixed value types", desc.join(","));
var deleteAll = {};
for (var a = 0; a < 100; a++) deleteAll["d" + a] = a;
for (var b = 0; b < 100; b++) delete deleteAll["d" + b];
print("all deleted", Object.keys(deleteAll).length, "d5" in deleteAll);
deleteAll.fresh = 1;
print("usable after", Object.keys(deleteAll).join(","));
var proto = {};
for (var pp = 0; pp < 50; pp++) proto["inh" + pp] = pp;
function Obj() {}
Obj.prototype = proto;
var inst = new Obj();
var hit = 0;
for (var q = 0; q < 50; q++) hit += inst["inh" + q];
print("big prototype lookups", hit);
var arrObj = [];
for (var z = 0; z < 100; z++) arrObj["name" + z] = z;
print("named props on array", arrObj.length, Object.keys(arrObj).length, arrObj.name99);
