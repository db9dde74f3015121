// try/catch: catch parameter scoping, rethrow, deep exceptions.
try { throw new Error("boom"); } catch (e) { print("caught", e.message, e instanceof Error); }
var e = "outer e";
try { throw "inner"; } catch (e) { print("catch param shadows", e); }
print("outer e intact", e);
try { throw 1; } catch (e) { e = 2; print("assign catch param", e); }
print("outer still", e);
function scope() {
  var r = [];
  try { throw "x"; } catch (err) { var err = "assigned via var"; r.push(err); }
  r.push(typeof err);
  return r.join(",");
}
print("var same name as catch param", scope());
function closures() {
  var fns = [];
  for (var i = 0; i < 3; i++) {
    try { throw i; } catch (v) { fns.push(function () { return v; }); }
  }
  return fns[0]() + "," + fns[1]() + "," + fns[2]();
}
print("closure captures catch binding", closures());
function rethrow() {
  try {
    try { throw new TypeError("t"); } catch (x) { if (x instanceof TypeError) throw x; }
  } catch (y) { return "rethrown " + y.name + " " + y.message; }
}
print("rethrow", rethrow());
function deep(n) { if (n === 0) throw new RangeError("deep"); return deep(n - 1) + 1; }
try { deep(100); } catch (err) { print("from deep calls", err.name, err.message); }
function wrap() {
  try { deep(10); } catch (err) { throw new Error("wrapped: " + err.message); }
}
try { wrap(); } catch (err) { print("wrapped", err.message); }
print("catch returns value", (function () { try { throw 5; } catch (x) { return x * 2; } })());
var caughtTypes = [];
var throwers = [
  function () { null.x; },
  function () { undefined(); },
  function () { notDefinedVar; },
  function () { new Array(-1); },
  function () { throw "str"; },
  function () { throw 42; },
  function () { throw null; },
  function () { throw undefined; },
  function () { throw { custom: true }; }
];
for (var i = 0; i < throwers.length; i++) {
  try { throwers[i](); caughtTypes.push("none"); }
  catch (x) { caughtTypes.push(x === null ? "null" : typeof x === "object" ? (x.name || "obj") : typeof x + ":" + x); }
}
print("types", caughtTypes.join(","));
var nestedLog = [];
try {
  try { throw "a"; }
  catch (x) { nestedLog.push("inner " + x); throw "b"; }
} catch (x) { nestedLog.push("outer " + x); }
print("nested catch", nestedLog.join(","));
var n = 0;
for (var j = 0; j < 10; j++) { try { if (j & 1) throw j; n += 100; } catch (x) { n += x; } }
print("try in loop", n);
print("catch var not visible after", typeof x);
function catchInClosure() {
  try { throw "captured"; } catch (c) { return function () { return c; }; }
}
print("catch var closure after try", catchInClosure()());
var errObj = new Error("same");
try { throw errObj; } catch (x) { print("identity preserved", x === errObj); }
print("throw in catch param function", (function () { try { throw function () { return "fn thrown"; }; } catch (f) { return f(); } })());
try { try { throw 1; } finally { print("finally before outer catch"); } } catch (x) { print("outer caught", x); }
