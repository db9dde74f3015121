// Closures created in loops: var (shared) vs let (per-iteration).
var fv = [];
for (var i = 0; i < 3; i++) fv.push(function () { return i; });
print("var in for", fv[0](), fv[1](), fv[2]());
var fl = [];
for (let j = 0; j < 3; j++) fl.push(function () { return j; });
print("let in for", fl[0](), fl[1](), fl[2]());
var fm = [];
for (let j = 0; j < 3; j++) { fm.push(function () { return j; }); j += 0; }
print("let with body", fm[0](), fm[1](), fm[2]());
var fu = [];
for (let k = 0; k < 6; k++) { if (k % 2) continue; fu.push(function () { return k; }); }
print("let with continue", fu.map(function (f) { return f(); }).join(","));
var fx = [];
for (let a = 0; a < 4; a++) { fx.push(function () { return a; }); a++; }
print("let modified in body", fx[0](), fx[1]());
var fw = [];
var w = 0;
while (w < 3) { let cap = w; fw.push(function () { return cap; }); w++; }
print("let in while body", fw[0](), fw[1](), fw[2]());
var fwv = [];
w = 0;
while (w < 3) { var capv = w; fwv.push(function () { return capv; }); w++; }
print("var in while body", fwv[0](), fwv[1](), fwv[2]());
var inc = [];
for (let c = 0; c < 3; c++) inc.push(function () { return ++c; });
print("closure increments its own copy", inc[0](), inc[0](), inc[1](), inc[2]());
var captured = [];
for (let x = 0, y = 10; x < 3; x++, y--) captured.push(function () { return x + ":" + y; });
print("two let bindings", captured[0](), captured[2]());
var lateF;
for (let z = 0; z < 3; z++) { if (z === 0) lateF = function () { return z; }; }
print("first iteration closure not affected by later", lateF());
var setters = [], getters = [];
for (let s = 0; s < 2; s++) {
  setters.push(function (v) { s = v; });
  getters.push(function () { return s; });
}
setters[0](100);
print("set/get share per-iteration binding", getters[0](), getters[1]());
var nestedF = [];
for (let o = 0; o < 2; o++) for (let p = 0; p < 2; p++) nestedF.push(function () { return "" + o + p; });
print("nested let loops", nestedF.map(function (f) { return f(); }).join(","));
var iife = [];
for (var q = 0; q < 3; q++) (function (q) { iife.push(function () { return q; }); })(q);
print("IIFE workaround", iife[0](), iife[1](), iife[2]());
var arrows = [];
for (let r = 0; r < 3; r++) arrows.push(() => r * 10);
print("arrows with let", arrows[0](), arrows[1](), arrows[2]());
var many = [];
for (let m = 0; m < 500; m++) many.push(function () { return m; });
var total = 0;
for (var n = 0; n < many.length; n++) total += many[n]();
print("500 per-iteration bindings", total);
var fk = [];
for (let key in { a: 1, b: 2, c: 3 }) fk.push(function () { return key; });
print("let in for-in", fk[0](), fk[1](), fk[2]());
var fc = [];
for (const key in { d: 1, e: 2 }) fc.push(function () { return key; });
print("const in for-in", fc[0](), fc[1]());
var afterLoop = typeof j;
print("let loop var not visible after", afterLoop);
