// Exceptions unwinding through calls, loops, callbacks, accessors, constructors.
var log = [];
function level3() { log.push("l3"); throw new Error("from level3"); }
function level2() { log.push("l2"); level3(); log.push("unreachable l2"); }
function level1() { log.push("l1"); try { level2(); } finally { log.push("l1 finally"); } }
try { level1(); } catch (e) { log.push("caught: " + e.message); }
print("unwind", log.join(", "));
log = [];
try { [1, 2, 3].forEach(function (x) { log.push(x); if (x === 2) throw "stop"; }); } catch (e) { log.push("caught " + e); }
print("from forEach callback", log.join(","));
try { [3, 1, 2].sort(function () { throw new TypeError("cmp"); }); } catch (e) { print("from sort comparator", e.name, e.message); }
try { [1].map(function () { return undefinedFunction(); }); } catch (e) { print("ReferenceError from map", e instanceof ReferenceError); }
var getterObj = { get boom() { throw new RangeError("getter"); } };
try { var v = getterObj.boom; } catch (e) { print("from getter", e.name, e.message); }
function Ctor() { this.partial = true; throw new Error("ctor failed"); }
var inst = "unassigned";
try { inst = new Ctor(); } catch (e) { print("from constructor", e.message, inst); }
try { String({ toString: function () { throw new Error("toString threw"); } }); } catch (e) { print("from toString", e.message); }
try { var r = 1 + { valueOf: function () { throw new Error("valueOf threw"); } }; } catch (e) { print("from valueOf in +", e.message); }
var counter = 0;
for (var i = 0; i < 10; i++) { try { if (i % 3 === 0) throw i; counter++; } catch (e) { counter += 100; } }
print("catch in loop", counter);
function retry(n) { var tries = 0; while (true) { try { tries++; if (tries < n) throw new Error("again"); return tries; } catch (e) { if (tries > 10) throw e; } } }
print("retry", retry(5));
function nestedRethrow() {
  try {
    try { throw new Error("original"); }
    catch (e) { e.message += " +inner"; throw e; }
    finally { log.push("inner finally"); }
  } catch (e) { e.message += " +outer"; throw e; }
}
log = [];
try { nestedRethrow(); } catch (e) { print("annotated", e.message, log.join(",")); }
var deep = 0;
function recurseThrow(n) { deep++; if (n === 0) throw new Error("bottom"); try { recurseThrow(n - 1); } finally { deep--; } }
try { recurseThrow(100); } catch (e) { print("finally in each frame", e.message, deep); }
function mapThrow(arr) { return arr.map(function (x) { if (x < 0) throw new RangeError("negative: " + x); return Math.sqrt(x); }); }
var results = [];
var inputs = [[4, 9], [1, -1], [16]];
for (var j = 0; j < inputs.length; j++) { try { results.push(mapThrow(inputs[j]).join("/")); } catch (e) { results.push(e.name + "(" + e.message + ")"); } }
print("mixed outcomes", results.join(" "));
try { (function () { try { throw 1; } finally { throw 2; } })(); } catch (e) { print("finally throw replaces", e); }
try { (function () { try { return "ret"; } finally { throw "from finally"; } })(); } catch (e) { print("finally throw beats return", e); }
var uncaughtLike = (function () { try { return (function () { throw "bubbled"; })(); } catch (e) { return "handled " + e; } })();
print("iife bubbling", uncaughtLike);
try { JSONLikeParse("{"); } catch (e) { print("call to undefined function", e instanceof ReferenceError); }
function JSONLikeParseHelper() {}
print("done");
