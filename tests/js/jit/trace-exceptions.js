// Exceptions raised where a trace cannot continue: guards exit, the interpreter
// throws, handlers inside and outside the loop see the right state.
var log = [];
for (var i = 0; i < 50; i++) {
  try {
    if (i % 10 === 9) null.x;
    log.push(i);
  } catch (e) {
    log.push("E" + i);
  }
}
print(log.join(","));
var count = 0;
try {
  for (var j = 0; j < 100; j++) { count += j; if (j === 64) undefinedFunction(); }
} catch (e) { print("escaped at", j, count, e instanceof ReferenceError); }
function f(x) { return x.y.z; }
var ok = 0;
for (var k = 0; k < 40; k++) { try { ok += f({ y: { z: k } }); if (k === 30) f({}); } catch (e) { ok -= 1000; } }
print("inlined throw", ok);
var finallyRuns = 0;
for (var m = 0; m < 20; m++) { try { if (m % 5 === 0) throw m; } catch (e) { finallyRuns += 10; } finally { finallyRuns++; } }
print("finally", finallyRuns);
var deep = 0;
function rec(n) { if (n === 0) throw "bottom"; return rec(n - 1) + 1; }
for (var q = 0; q < 30; q++) { try { deep += rec(q % 5); } catch (e) { deep += 100; } }
print("recursive throw", deep);
var str = "";
for (var r = 0; r < 30; r++) { try { str += r % 7 === 6 ? null.x : r; } catch (e) { str += "!"; } }
print("strings", str.length);
