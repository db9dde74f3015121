"use strict";
// Strict mode: assignment errors become TypeError/ReferenceError.
function kind(f) { try { f(); return "ok"; } catch (e) { return e instanceof TypeError ? "TypeError" : e instanceof ReferenceError ? "ReferenceError" : e.name; } }
print("assign undeclared", kind(function () { undeclaredVar = 1; }));
print("compound assign undeclared", kind(function () { undeclaredVar2 += 1; }));
print("increment undeclared", kind(function () { undeclaredVar3++; }));
print("assign declared ok", kind(function () { var d; d = 1; }));
var ro = {};
Object.defineProperty(ro, "x", { value: 1, writable: false });
print("write read-only", kind(function () { ro.x = 2; }), ro.x);
print("write read-only same value", kind(function () { ro.x = 1; }));
print("increment read-only", kind(function () { ro.x++; }));
var getterOnly = { get g() { return 1; } };
print("write getter-only", kind(function () { getterOnly.g = 2; }));
var frozen = Object.freeze({ a: 1 });
print("write frozen", kind(function () { frozen.a = 2; }));
print("add to frozen", kind(function () { frozen.b = 2; }));
var sealed = Object.seal({ a: 1 });
print("write sealed existing", kind(function () { sealed.a = 2; }), sealed.a);
print("add to sealed", kind(function () { sealed.b = 2; }));
var nonExt = Object.preventExtensions({});
print("add to non-extensible", kind(function () { nonExt.z = 1; }));
function P() {}
Object.defineProperty(P.prototype, "inh", { value: 1, writable: false });
print("write inherited read-only", kind(function () { new P().inh = 2; }));
print("write primitive property", kind(function () { "str".foo = 1; }));
print("write number property", kind(function () { (5).foo = 1; }));
print("write string index", kind(function () { var s = "abc"; s[0] = "z"; }));
print("write string length", kind(function () { var s = "abc"; s.length = 1; }));
print("write array length non-writable", kind(function () { var a = [1]; Object.defineProperty(a, "length", { writable: false }); a.push(2); }));
print("assign to Math.PI", kind(function () { Math.PI = 3; }));
print("assign to undefined", kind(function () { undefined = 1; }));
print("assign to NaN", kind(function () { NaN = 1; }));
print("assign to Infinity", kind(function () { Infinity = 1; }));
print("assign function name in named expr", kind(function () { var f = function g() { g = 1; }; f(); }));
print("write arguments.callee", kind(function () { arguments.callee = 1; }));
print("write String object index", kind(function () { var s = new String("ab"); s[0] = "x"; }));
print("define on frozen via bracket", kind(function () { frozen["new"] = 1; }));
