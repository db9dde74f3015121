"use strict";
// Strict mode: deleting non-configurable properties throws TypeError.
function kind(f) { try { var r = f(); return "ok:" + r; } catch (e) { return e instanceof TypeError ? "TypeError" : e.name; } }
var o = { a: 1 };
print("delete configurable", kind(function () { return delete o.a; }), "a" in o);
print("delete missing", kind(function () { return delete o.nothing; }));
print("delete Math.PI", kind(function () { return delete Math.PI; }));
print("delete Object.prototype", kind(function () { return delete Object.prototype; }));
print("delete array length", kind(function () { return delete [].length; }));
var nc = {};
Object.defineProperty(nc, "fixed", { value: 1, configurable: false });
print("delete non-configurable", kind(function () { return delete nc.fixed; }));
print("delete frozen prop", kind(function () { return delete Object.freeze({ k: 1 }).k; }));
print("delete sealed prop", kind(function () { return delete Object.seal({ k: 1 }).k; }));
print("delete string index", kind(function () { return delete "abc"[0]; }));
print("delete String object index", kind(function () { return delete new String("abc")[1]; }));
print("delete function prototype", kind(function () { function F() {} return delete F.prototype; }));
print("delete array element", kind(function () { var a = [1, 2]; var r = delete a[0]; return r + "," + (0 in a); }));
print("delete inherited (own missing)", kind(function () { return delete [].push; }));
print("delete via computed key", kind(function () { var k = "fixed"; return delete nc[k]; }));
