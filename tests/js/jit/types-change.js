// Values whose types change while a loop runs: type guards exit, peer trees and
// branches take over, and results stay exact.
var vals = [1, 2, 3, 4.5, 5, "6", true, null, undefined, 8, 9.25, "x", {}, [1], -0, NaN];
var out = [];
for (var i = 0; i < vals.length * 4; i++) {
  var v = vals[i % vals.length];
  out.push(typeof v === "number" ? v * 2 : typeof v);
}
print(out.join(","));
function add(a, b) { return a + b; }
var r = [];
for (var j = 0; j < 60; j++) {
  var a = j < 20 ? j : j < 40 ? j + 0.5 : "s" + j;
  r.push(add(a, 1));
}
print(r.join(" "));
var acc = 0;
for (var k = 0; k < 100; k++) acc = k < 50 ? acc + 1 : acc + 0.25;
print("int then double", acc);
var flip = 0;
for (var m = 0; m < 90; m++) flip = m % 3 === 0 ? flip + 1 : m % 3 === 1 ? flip + 0.5 : String(flip).length;
print("flip", flip);
var loopVar = 0;
for (var n = 0; n < 30; n++) { loopVar = n === 15 ? "changed" : n; }
print("slot changed type", loopVar);
var bools = 0;
for (var b = 0; b < 40; b++) bools += (b % 2 === 0) + (b % 3 === 0 ? 1 : false);
print("booleans in arithmetic", bools);
var peer = [];
for (var p = 0; p < 6; p++) {
  var start = p % 2 === 0 ? 0 : 0.5;
  for (var q = start; q < 5; q++) peer.push(q);
}
print("peer trees", peer.join(","));
