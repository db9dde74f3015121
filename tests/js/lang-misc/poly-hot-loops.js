// Type-polymorphic operations in hot loops (exercises type feedback and deoptimization paths).
function add(a, b) { return a + b; }
var results = [];
for (var i = 0; i < 300; i++) {
  var r;
  if (i < 100) r = add(i, 1);
  else if (i < 200) r = add(i + 0.5, 1);
  else if (i < 250) r = add("s", i);
  else r = add(i, null);
  if (i % 50 === 0) results.push(r);
}
print("add polymorphic", results.join(","));
function mul(a, b) { return a * b; }
var mres = [];
for (var j = 0; j < 200; j++) {
  var m = j < 150 ? mul(j, 3) : mul(j * 46341, 46341);
  if (j % 40 === 0 || j === 199) mres.push(m);
}
print("mul int then overflow", mres.join(","));
function negzero(a, b) { return a * b; }
var nz = [];
for (var k = 0; k < 100; k++) { var v = negzero(k < 90 ? k : 0, -1); if (k >= 88) nz.push(1 / v); }
print("int mul producing -0 late", nz.join(","));
function divide(a, b) { return a / b; }
var dres = [];
for (var d = 1; d <= 120; d++) { var q = divide(d * 6, d < 100 ? 3 : 7); if (d % 30 === 0 || d === 101) dres.push(q); }
print("div int then fractional", dres.join(","));
function inc(o) { return o.v + 1; }
var objs = [{ v: 1 }, { v: 2.5 }, { v: "3" }, { v: null }, { v: undefined }, { w: 0, v: 5 }];
var ires = [];
for (var n = 0; n < 120; n++) { var x = inc(objs[n % objs.length]); if (n < 6) ires.push(x); }
print("property polymorphism", ires.join(","));
function sumArr(a) { var s = 0; for (var t = 0; t < a.length; t++) s += a[t]; return s; }
var arrs = [[1, 2, 3], [1.5, 2.5], ["a", "b"], [1, "x", 2], [], [null, true]];
var sres = [];
for (var z = 0; z < 60; z++) { var sv = sumArr(arrs[z % arrs.length]); if (z < 6) sres.push(sv); }
print("array element kinds", sres.join(","));
var acc = 0;
for (var p = 0; p < 5000; p++) { acc += p; if (p === 4000) acc += 0.25; }
print("int accumulator becomes double", acc);
var accStr = 0;
for (var ps = 0; ps < 100; ps++) { accStr += ps; if (ps === 90) accStr = "" + accStr; }
print("accumulator becomes string", accStr.length, accStr.substring(0, 8));
var overflow = 2147483600;
var seen = [];
for (var o = 0; o < 100; o++) { overflow += 1; if (o > 45 && o < 49) seen.push(overflow); }
print("overflow inside loop", seen.join(","), overflow);
var under = -2147483600;
for (var u = 0; u < 100; u++) under -= 1;
print("underflow inside loop", under);
function shapeFn(o) { return o.x; }
var protoObj = Object.create({ x: "proto" });
var shapes = [{ x: 1 }, protoObj, { x: 2, y: 1 }];
var shres = [];
for (var sh = 0; sh < 90; sh++) { var sx = shapeFn(shapes[sh % 3]); if (sh > 86) shres.push(sx); }
print("shapes incl proto", shres.join(","));
function cmpFn(a, b) { return a < b; }
var cres = [];
var pairsA = [1, "10", 2.5, null, "b", undefined];
var pairsB = [2, "9", 2, 0, "a", 1];
for (var c = 0; c < 60; c++) { var cr = cmpFn(pairsA[c % 6], pairsB[c % 6]); if (c < 6) cres.push(cr); }
print("comparison polymorphism", cres.join(","));
function bitops(a) { return (a | 0) + (a >>> 0) + (a << 1); }
var bres = [];
var bvals = [1, -1, 2147483647, 4294967295, 1.9, -1.9, NaN, "7"];
for (var bi = 0; bi < 80; bi++) { var bv = bitops(bvals[bi % bvals.length]); if (bi < bvals.length) bres.push(bv); }
print("bitops on mixed", bres.join(","));
function getter(o) { return o.val; }
var gobjs = [{ val: 1 }, { get val() { return 2; } }];
var gs = 0;
for (var gi = 0; gi < 100; gi++) gs += getter(gobjs[gi & 1]);
print("data vs accessor site", gs);
var arrGrow = [];
for (var ag = 0; ag < 300; ag++) { arrGrow[ag] = ag % 3 === 0 ? ag : ag % 3 === 1 ? ag + 0.5 : "s" + ag; }
print("array kind transitions", arrGrow.length, arrGrow[0], arrGrow[1], arrGrow[2], arrGrow[299]);
var holeyRead = [1, , 3];
var hs = [];
for (var hr = 0; hr < 30; hr++) hs.push(holeyRead[hr % 4]);
print("holey and OOB reads", hs.slice(0, 4).join("|"));
var callTargets = [function (x) { return x + 1; }, function (x) { return x * 2; }, Math.abs, function (x) { return "f" + x; }];
var ct = [];
for (var cti = 0; cti < 40; cti++) { var res = callTargets[cti % 4](-cti); if (cti >= 36) ct.push(res); }
print("megamorphic calls", ct.join(","));
