// while, do-while, for with break/continue.
var s = 0, i = 0;
while (i < 10) { s += i; i++; }
print("while sum", s, i);
i = 0; s = 0;
do { s += i; i++; } while (i < 10);
print("do-while sum", s, i);
i = 100;
do { i++; } while (false);
print("do-while runs once", i);
i = 100; var ran = 0;
while (i < 10) ran++;
print("while runs zero", ran);
s = 0;
for (var j = 0; j < 10; j++) { if (j === 7) break; s += j; }
print("for break", s, j);
s = 0;
for (j = 0; j < 10; j++) { if (j % 2) continue; s += j; }
print("for continue", s, j);
s = 0; i = 0;
while (true) { i++; if (i > 50) break; if (i % 10) continue; s += i; }
print("while(true) break/continue", s, i);
i = 0; s = 0;
do { i++; if (i === 3) continue; s += i; } while (i < 5);
print("do-while continue goes to test", s, i);
var count = 0;
for (;;) { if (++count === 25) break; }
print("for(;;)", count);
var k = 0;
for (; k < 3;) k++;
print("for with only test", k);
var out = [];
for (var a = 0, b = 10; a < b; a += 2, b -= 1) out.push(a + ":" + b);
print("two vars", out.join(" "));
out = [];
for (var x = 0; x < 3; x++) for (var y = 0; y < 3; y++) { if (y > x) break; out.push("" + x + y); }
print("nested break inner", out.join(","));
out = [];
for (var r = 5; r > 0; r--) out.push(r);
print("count down", out.join(""));
var total = 0;
for (var d = 0.5; d < 3; d += 0.5) total += d;
print("double counter", total);
var iter = 0;
for (var m = 0; m < 1e6; m += 123457) iter++;
print("big step", iter, m);
var fns = [];
for (var v = 0; v < 3; v++) fns.push(function () { return v; });
print("var closure in loop", fns[0](), fns[1](), fns[2]());
var w = 0, guard = 0;
while (w < 10 && guard++ < 100) w += 3;
print("compound condition", w, guard);
var longSum = 0;
for (var n = 0; n < 100000; n++) longSum += n & 7;
print("100k loop", longSum);
var collatz = 27, steps = 0;
while (collatz !== 1) { collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2; steps++; }
print("collatz 27 steps", steps);
var emptyBody = 0;
for (emptyBody = 0; emptyBody < 5; emptyBody++);
print("empty body", emptyBody);
var lcount = 0;
for (var z = 0; z < 10; z++) { z++; lcount++; }
print("modifying counter in body", lcount, z);
var str = "";
for (var c = "a"; c.length < 5; c += "b") str += c.length;
print("string counter", str);
var ret = (function () { for (var q = 0; q < 10; q++) { if (q === 4) return q * 10; } return -1; })();
print("return from loop", ret);
var dw = 0;
do dw++; while (dw < 3)
print("do-while no braces, no semicolon", dw);
