// Patterns that commonly invalidate optimized code: changing prototypes, deleting fields,
// redefining functions, arguments use, exceptions inside hot loops.
function Pt(x) { this.x = x; }
Pt.prototype.get = function () { return this.x; };
var p = new Pt(3);
var out = [];
for (var i = 0; i < 200; i++) {
  if (i === 100) Pt.prototype.get = function () { return this.x * 10; };
  if (i === 150) p.get = function () { return -1; };
  if (i === 199 || i === 99 || i === 149) out.push(p.get());
}
print("method redefined mid-loop", out.join(","));
var o = { a: 1, b: 2 };
var s = 0;
for (var j = 0; j < 100; j++) { if (j === 50) delete o.a; s += (o.a || 0) + o.b; }
print("delete mid-loop", s);
function f(x) { return x + 1; }
var fsum = 0;
for (var k = 0; k < 100; k++) { if (k === 60) f = function (x) { return x - 1; }; fsum += f(k); }
print("global function replaced mid-loop", fsum);
var caught = 0, total = 0;
for (var m = 0; m < 1000; m++) {
  try { if (m % 97 === 0) throw m; total += m; } catch (e) { caught += e; }
}
print("exceptions in hot loop", caught, total);
function argsUse() { var t = 0; for (var a = 0; a < arguments.length; a++) t += arguments[a]; return t; }
var at = 0;
for (var n = 0; n < 100; n++) at += n < 50 ? argsUse(n, 1) : argsUse(n, 1, 2, 3);
print("arguments in hot function", at);
var arr = [1, 2, 3, 4];
var as = 0;
for (var q = 0; q < 100; q++) { if (q === 40) arr.length = 2; if (q === 70) arr[10] = 5; as += arr.length; }
print("array length changes", as);
var proto = { v: 1 };
var child = Object.create(proto);
var ps = 0;
for (var r = 0; r < 100; r++) { if (r === 30) proto.v = 2; if (r === 60) child.v = 3; if (r === 90) delete child.v; ps += child.v; }
print("proto mutation and shadowing", ps);
var g1 = 0;
for (var t = 0; t < 100; t++) { if (t === 50) this.dynGlobal = 5; g1 += typeof dynGlobal === "undefined" ? 0 : dynGlobal; }
print("global appears mid-loop", g1);
function poly(v) { return typeof v === "number" ? v * 2 : typeof v === "string" ? v.length : v ? 1 : 0; }
var pr = 0;
var pv = [1, "abc", true, null, 2.5, "", {}, undefined];
for (var u = 0; u < 800; u++) pr += poly(pv[u % 8]);
print("typeof dispatch", pr);
function Counter() { this.n = 0; }
Counter.prototype.inc = function () { this.n++; };
var c = new Counter();
for (var w = 0; w < 100; w++) { c.inc(); if (w === 50) Object.defineProperty(c, "n", { value: c.n, writable: false }); }
print("field becomes read-only mid-loop", c.n);
var strictFailures = 0;
(function () {
  "use strict";
  var frozenAfter = { n: 0 };
  for (var x = 0; x < 100; x++) {
    try { frozenAfter.n++; } catch (e) { strictFailures++; }
    if (x === 80) Object.freeze(frozenAfter);
  }
  print("strict writes fail after freeze", strictFailures, frozenAfter.n);
})();
var closureVar = 0;
var adders = [];
for (var y = 0; y < 5; y++) adders.push(function (d) { closureVar += d; });
for (var z = 0; z < 500; z++) adders[z % 5](z % 5);
print("closure var through many closures", closureVar);
var recur = function (n) { return n === 0 ? 0 : 1 + recur(n - 1); };
var rs = 0;
for (var rr = 0; rr < 50; rr++) rs += recur(rr);
print("recursion in hot loop", rs);
