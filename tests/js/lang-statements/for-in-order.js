// for-in enumeration order: integer keys ascending, then strings in insertion order;
// own before inherited; shadowed keys once; non-enumerable skipped.
function keys(o) { var r = []; for (var k in o) r.push(k); return r.join(","); }
print("ints then strings", keys({ b: 1, 2: 1, a: 1, 1: 1, "0": 1, z: 1 }));
var o = {};
o.z = 1; o.y = 2; o[10] = 3; o[9] = 4; o.x = 5; o["-1"] = 6; o["1.5"] = 7; o["01"] = 8; o[4294967294] = 9; o[4294967295] = 10;
print("mixed insertion", keys(o));
function P() { this.own1 = 1; this.shared = 2; }
P.prototype.proto1 = 3;
P.prototype.shared = 4;
P.prototype[0] = 5;
var p = new P();
p[1] = 6;
print("own then inherited", keys(p));
function Q() {}
Q.prototype = p;
var q = new Q();
q.qown = 1;
q.proto1 = "shadow";
print("three levels", keys(q));
var nonEnum = { a: 1 };
Object.defineProperty(nonEnum, "hidden", { value: 2, enumerable: false });
nonEnum.b = 3;
print("non-enumerable skipped", keys(nonEnum));
function R() {}
Object.defineProperty(R.prototype, "x", { value: 1, enumerable: false });
var r = new R();
r.y = 1;
print("inherited non-enum skipped", keys(r));
var shadowNE = Object.create({ s: 1, t: 2 });
Object.defineProperty(shadowNE, "s", { value: 9, enumerable: false });
print("non-enum own shadows enum inherited", keys(shadowNE));
print("array keys", keys([5, 6, 7]));
var arr = ["a", "b"];
arr.extra = 1;
arr[5] = "c";
print("array with holes + extra", keys(arr));
print("string keys", keys("xyz"));
print("String object", keys(new String("ab")));
print("empty object", "[" + keys({}) + "]");
print("builtins not enumerated", "[" + keys(Object.prototype) + "]", "[" + keys(Math) + "]");
print("function own", keys(function () {}));
var del = { a: 1, b: 2, c: 3 };
delete del.a;
del.a = 4;
print("re-added goes to end", keys(del));
var big = {};
for (var i = 20; i >= 0; i -= 2) big[i] = 1;
big.s = 1;
for (var j = 1; j < 20; j += 4) big[j] = 1;
print("int keys sorted numerically", keys(big));
print("Object.keys same order", Object.keys(o).join(","));
var visits = [];
var dd = { a: 1, b: 2, c: 3, d: 4 };
for (var k in dd) { visits.push(k); if (k === "a") { delete dd.c; } }
print("deleted during loop not visited", visits.join(","));
var loopVar;
for (loopVar in { m: 1, n: 2 }) {}
print("loop var holds last key", loopVar);
var target = {};
for (target.prop in { first: 1, second: 2 }) {}
print("member expression as loop target", target.prop);
var arrT = [];
var idx = 0;
for (arrT[idx++] in { p: 1, q: 2, r: 3 }) {}
print("element target", arrT.join(","), idx);
