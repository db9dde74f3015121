// int32 arithmetic that leaves int32 in the middle of a traced loop: the overflow
// guard exits, the oracle makes the next recording use doubles.
function sumTo(n) { var s = 0; for (var i = 0; i < n; i++) s += i * 1000; return s; }
print("sum", sumTo(100000), sumTo(10), sumTo(70000));
var x = 2147483600;
var seen = [];
for (var k = 0; k < 100; k++) { x = x + 1; if (k % 20 === 0) seen.push(x); }
print("past max", x, seen.join(","));
var y = -2147483600;
for (var k2 = 0; k2 < 100; k2++) y = y - 1;
print("past min", y);
var p = 1;
for (var m = 0; m < 40; m++) { p = p * 3; if (m === 18 || m === 21) print("pow3", m, p); }
print("product", p);
var z = 0;
for (var q = 0; q < 50; q++) { z = (q - 25) * 0; }
print("negative zero product", 1 / z, 1 / ((-3) * 0));
var neg = 0;
for (var w = 0; w < 30; w++) neg = -(w - 15);
print("negation", neg, 1 / -(0));
var mixed = 0;
for (var r = 0; r < 200; r++) mixed = (mixed + 0x7fffffff) | 0;
print("wrapped with |0", mixed);
var u = 0;
for (var v = 0; v < 64; v++) u = (u * 2 + 1) >>> 0;
print("unsigned", u, u >>> 1, -1 >>> 0);
var a = [2147483647, 1, -2147483648, -1];
var acc = [];
for (var i2 = 0; i2 < 40; i2++) acc.push(a[i2 % 4] + a[(i2 + 1) % 4]);
print("element sums", acc.slice(0, 8).join(","));
var d = 0;
for (var i3 = 0; i3 < 100; i3++) d += i3 / 4;
print("division results", d, 7 / 2, 8 / 2, -0 / 5);
var md = [];
for (var i4 = -6; i4 < 6; i4++) md.push(i4 % 4, 7 % i4);
print("modulo", md.join(","));
