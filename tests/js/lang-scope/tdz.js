// Temporal dead zone: accessing let/const before initialization throws ReferenceError.
function kind(f) { try { var r = f(); return "ok:" + r; } catch (e) { return e instanceof ReferenceError ? "ReferenceError" : e.name; } }
print("read before let", kind(function () { var r = x; let x = 1; return r; }));
print("write before let", kind(function () { x = 2; let x = 1; return x; }));
print("typeof before let", kind(function () { var t = typeof x; let x = 1; return t; }));
print("read before const", kind(function () { var r = c; const c = 1; return r; }));
print("self-reference in initializer", kind(function () { let s = s + 1; return s; }));
print("closure called before init", kind(function () { function get() { return later; } var r = get(); let later = 1; return r; }));
print("closure called after init", kind(function () { function get() { return later; } let later = "init"; return get(); }));
print("shadowing outer in TDZ", kind(function () { var outer = "o"; { var r = outer; let outer = "i"; return r; } }));
print("inner block sees outer", kind(function () { let q = "outer"; { return q; } }));
print("TDZ in nested block", kind(function () { let q = "outer"; { var r = q; let q = "inner"; return r; } }));
print("after init ok", kind(function () { let x = 5; return x; }));
print("let without init is undefined", kind(function () { let x; return x; }));
print("typeof undeclared ok", kind(function () { return typeof totallyUndeclared; }));
print("switch case TDZ", kind(function () { switch (1) { case 0: let v = "zero"; case 1: return v; } }));
print("for-loop header TDZ", kind(function () { for (let i = i; i < 1; i++) {} return "x"; }));
print("function hoisting vs let", kind(function () { var r = f(); let val = 3; function f() { return typeof val; } return r; }));
print("default-like pattern after init", kind(function () { let a = 1; let b = a + 1; return b; }));
print("delete in TDZ", kind(function () { var r = delete z; let z = 1; return r; }));
print("TDZ via arrow", kind(function () { const f = () => w; var r = f(); const w = 1; return r; }));
var topLevelOrder = kind(function () { return laterTop; });
let laterTop = "now initialized";
print("top-level let before init", topLevelOrder);
print("top-level let after init", kind(function () { return laterTop; }));
print("TDZ error is catchable and repeatable", (function () { var n = 0; for (var i = 0; i < 3; i++) { try { tdzVar; } catch (e) { n++; } } let tdzVar = 1; return n; })());
