// finally semantics: overriding returns, break/continue through finally, ordering.
var log = [];
function f1() { try { return "try"; } finally { log.push("finally ran"); } }
print("return try, finally runs", f1(), log.join(","));
function f2() { try { return "try"; } finally { return "finally"; } }
print("finally return overrides", f2());
function f3() { try { throw new Error("x"); } finally { return "finally swallows"; } }
print("finally return swallows throw", f3());
function f4() { var x = 1; try { return x; } finally { x = 2; } }
print("return value captured before finally", f4());
function f5() { var o = { v: 1 }; try { return o; } finally { o.v = 2; } }
print("returned object mutated in finally", f5().v);
function f6() {
  for (var i = 0; i < 5; i++) {
    try { if (i === 2) break; } finally { log.push("f" + i); }
  }
  return i;
}
log = [];
print("break through finally", f6(), log.join(","));
function f7() {
  var s = "";
  for (var i = 0; i < 3; i++) {
    try { if (i === 1) continue; s += i; } finally { s += "F"; }
  }
  return s;
}
print("continue through finally", f7());
function f8() {
  try {
    try { throw "inner"; } finally { log.push("inner finally"); }
  } catch (e) { log.push("caught " + e); }
  finally { log.push("outer finally"); }
}
log = []; f8();
print("nested", log.join(","));
function f9() { try { throw 1; } catch (e) { return "catch"; } finally { log.push("after catch return"); } }
log = [];
print("catch return then finally", f9(), log.join(","));
function f10() { try { throw 1; } catch (e) { throw 2; } finally { return "finally beats catch throw"; } }
print("finally overrides catch throw", f10());
function f11() {
  try { return "a"; } finally { try { throw "b"; } catch (e) { log.push("inner catch " + e); } }
}
log = [];
print("exception inside finally caught", f11(), log.join(","));
function f12() {
  var r = [];
  lbl: try { r.push("try"); break lbl; } finally { r.push("finally"); }
  r.push("after");
  return r.join(",");
}
print("break label through finally", f12());
function f13() {
  var i = 0;
  while (true) {
    try { i++; if (i > 3) return i; } finally { if (i === 4) { i = 100; } }
  }
}
print("finally modifies var after return value computed", f13());
function f14() {
  for (var i = 0; i < 3; i++) {
    try { return "from try " + i; } finally { if (i < 2) continue; }
  }
  return "loop ended";
}
print("continue in finally cancels return", f14());
function f15() {
  while (true) { try { throw new Error("e"); } finally { break; } }
  return "break in finally cancels throw";
}
print("break in finally", f15());
var depth = [];
function f16(n) {
  try { if (n > 0) return f16(n - 1); return "bottom"; } finally { depth.push(n); }
}
print("recursive finally order", f16(3), depth.join(","));
function f17() {
  var out = "";
  try { out += "t"; } finally { out += "f"; }
  return out;
}
print("normal completion", f17());
function f18() {
  try { undefinedFunctionCall(); } catch (e) { return e instanceof ReferenceError; } finally { log.push("f18"); }
}
log = [];
print("engine error in try", f18(), log.join(","));
var count = 0;
for (var k = 0; k < 100; k++) { try { if (k % 2) throw k; } catch (e) { count += e; } finally { count++; } }
print("loop try/catch/finally", count);
