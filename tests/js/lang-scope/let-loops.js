// let in for loops: per-iteration bindings, copy semantics, closures.
var fns = [];
for (let i = 0; i < 5; i++) fns.push(function () { return i; });
print("per-iteration", fns.map(function (f) { return f(); }).join(","));
var fns2 = [];
for (let i = 0; i < 5; i += 2) { fns2.push(() => i); }
print("step 2", fns2.map(f => f()).join(","));
var copies = [];
for (let i = 0; i < 3; i++) { copies.push(function () { return i; }); i += 0; }
print("copy semantics", copies[0](), copies[1](), copies[2]());
var incs = [];
for (let i = 0; i < 3; i++) incs.push(function () { i += 10; return i; });
print("each closure mutates own binding", incs[0](), incs[0](), incs[1](), incs[2]());
var bodyMod = [];
for (let i = 0; i < 6; i++) { bodyMod.push(i); i++; }
print("body modification affects next iteration", bodyMod.join(","));
var closureThenMod = [];
for (let i = 0; i < 3; i++) { closureThenMod.push(function () { return i; }); }
print("closure sees final value of its iteration", closureThenMod.map(function (f) { return f(); }).join(","));
var testCapture = [];
for (let i = 0; i < 3; testCapture.push(function () { return i; }), i++) {}
print("closure in update expression", testCapture.map(function (f) { return f(); }).join(","));
var condCapture = [];
for (let i = 0; condCapture.push(function () { return i; }), i < 2; i++) {}
print("closure in test expression", condCapture.map(function (f) { return f(); }).join(","));
var multi = [];
for (let a = 0, b = 5; a < b; a++, b--) multi.push(() => a + "/" + b);
print("two bindings", multi.map(f => f()).join(" "));
var nested = [];
for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) nested.push(() => i * 10 + j);
print("nested", nested.map(f => f()).join(","));
var breakCap;
for (let i = 0; i < 10; i++) { if (i === 4) { breakCap = () => i; break; } }
print("captured at break", breakCap());
var contCap = [];
for (let i = 0; i < 5; i++) { if (i % 2) continue; contCap.push(() => i); }
print("captured with continue", contCap.map(f => f()).join(","));
var sum = 0;
for (let i = 0; i < 10000; i++) sum += i;
print("hot loop with let", sum);
var fnsHot = [];
for (let i = 0; i < 200; i++) if (i % 50 === 0) fnsHot.push(() => i);
print("sparse captures in hot loop", fnsHot.map(f => f()).join(","));
var forInFns = [];
for (let k in { x: 1, y: 2, z: 3 }) forInFns.push(() => k);
print("for-in let", forInFns.map(f => f()).join(","));
var noLet = [];
for (var v = 0; v < 3; v++) noLet.push(() => v);
print("var comparison", noLet.map(f => f()).join(","));
var outerI = "untouched";
for (let outerI = 0; outerI < 2; outerI++) {}
print("loop let does not leak", outerI);
var bodyFns = [];
for (let i = 0; i < 3; i++) { let j = i * 2; bodyFns.push(() => i + ":" + j); }
print("body let plus header let", bodyFns.map(f => f()).join(","));
