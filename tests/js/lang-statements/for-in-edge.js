// for-in over null/undefined/primitives and misc edge cases.
var n = 0;
for (var k in null) n++;
for (var k2 in undefined) n++;
print("null/undefined iterate nothing", n);
var ks = [];
for (var a in 123) ks.push(a);
print("number iterates nothing", ks.length);
ks = [];
for (var b in true) ks.push(b);
print("boolean iterates nothing", ks.length);
ks = [];
for (var c in "hi") ks.push(c + ":" + typeof c);
print("string indices are strings", ks.join(","));
ks = [];
var sparse = [];
sparse[3] = "x"; sparse[1] = "y"; sparse[10] = "z";
for (var d in sparse) ks.push(d);
print("sparse array", ks.join(","));
ks = [];
var holes = [1, , 3, , 5];
for (var e in holes) ks.push(e);
print("holes skipped", ks.join(","));
ks = [];
var withUndef = [undefined, undefined];
for (var f in withUndef) ks.push(f);
print("undefined values visited", ks.join(","));
var sum = 0;
var nums = [10, 20, 30];
for (var i in nums) sum += nums[i];
print("sum through for-in", sum);
var typ = [];
for (var t in [1]) typ.push(typeof t);
print("array key type", typ.join(","));
var evalCount = 0;
function getObj() { evalCount++; return { x: 1, y: 2, z: 3 }; }
for (var g in getObj()) {}
print("object expr evaluated once", evalCount);
ks = [];
var obj = { a: 1, b: 2, c: 3 };
for (var h in obj) { if (h === "b") continue; ks.push(h); }
print("continue", ks.join(","));
ks = [];
for (var h2 in obj) { ks.push(h2); if (h2 === "b") break; }
print("break", ks.join(","));
var fn = function () {};
fn.prop = 1;
ks = [];
for (var m in fn) ks.push(m);
print("function props", ks.join(","));
ks = [];
var args = (function () { return arguments; })(7, 8);
for (var ai in args) ks.push(ai);
print("arguments indices", ks.join(","));
ks = [];
var nested = { outer1: { i1: 1, i2: 2 }, outer2: { i3: 3 } };
for (var o1 in nested) for (var o2 in nested[o1]) ks.push(o1 + "." + o2);
print("nested for-in", ks.join(","));
ks = [];
for (var lk in { a: 1 }) { let inner = lk + "!"; ks.push(inner); }
print("let in body", ks.join(","));
var fns = [];
for (let lv in { p: 1, q: 2 }) fns.push(function () { return lv; });
print("let loop var per-iteration", fns[0](), fns[1]());
var fns2 = [];
for (var vv in { p: 1, q: 2 }) fns2.push(function () { return vv; });
print("var loop var shared", fns2[0](), fns2[1]());
var protoKeys = [];
var base = { inheritedA: 1 };
var child = Object.create(base);
child.own = 1;
for (var pk in child) protoKeys.push(pk + (child.hasOwnProperty(pk) ? "(own)" : "(inh)"));
print("hasOwnProperty filter", protoKeys.join(","));
var many = {};
for (var z = 0; z < 100; z++) many["key" + z] = z;
var cnt = 0, last;
for (var mk in many) { cnt++; last = mk; }
print("100 keys", cnt, last);
