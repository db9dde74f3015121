// Booleans in arithmetic convert on trace (ToNumber: 0 or 1). The overflow
// prediction at recording time must count a boolean operand as 0 or 1: `true +
// 2147483647` overflows, and a trace recorded as int32 arithmetic on that
// iteration went on as if it had not (the guard failing at once), so later
// iterations took the recorded path without checking it. (Fuzzer seed 66542.)
var h = 0, log = [];
function mix(v) { if (v !== (v | 0)) h = 1000 ^ v | 0; }
var t5 = "0123456789";
var a6 = [10, 3, 9007199254740992, 65535, 1, 2, 3];
var o9 = { x: 2147483647 };
for (var i = 1; i <= 30; i = i + 1) {
  t5 = t5.charAt(7) + t5;
  mix((i in a6) + o9.x);
  log.push(h);
}
print(log.join(","));
var s = 0, flags = [true, false, true, true, false];
for (var j = 0; j < 50; j++) s += flags[j % 5] + (j > 25) * 2 - (j % 3 === 0);
print(s);
var big = 2147483646;
for (var k = 0; k < 20; k++) big = (k % 2 === 0) + big;
print(big);
