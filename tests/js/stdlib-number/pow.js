// Math.pow bit for bit as V8 (its fdlibm port rounds some integer powers differently, e.g. 10^-4).
var r = [];
for (var k = -30; k <= 30; k++) r.push(Math.pow(10, k));
print("powers of ten", r.join(" "));
var r2 = [];
for (var k = 0; k < 40; k++) r2.push(Math.pow(3, k) + " " + Math.pow(1.1, k) + " " + Math.pow(7, -k) + " " + Math.pow(2.5, k / 3) + " " + Math.pow(-3, k) + " " + Math.pow(0.5, -k / 7));
print("mixed", r2.join(" "));
print("rounding idiom", [1.005, 2.675, 1.255, 8.345].map(function (x) { return Math.round(x * Math.pow(10, 2)) / Math.pow(10, 2); }).join(" "));
var specials = [0, -0, 1, -1, 2, 0.5, -0.5, 10, NaN, Infinity, -Infinity, 1e-310, 1e308, 3, -3];
var s = [];
for (var i = 0; i < specials.length; i++) for (var j = 0; j < specials.length; j++) { var v = Math.pow(specials[i], specials[j]); s.push(v === 0 && 1 / v < 0 ? "-0" : String(v)); }
print("specials", s.join(" "));
var seed = 21;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var out = [];
for (var i = 0; i < 2000; i++) {
  var x = (rnd(2) ? -1 : 1) * rnd(100000) / (1 + rnd(1000));
  var y = (rnd(2) ? -1 : 1) * (rnd(4) ? rnd(40) : rnd(100000) / (1 + rnd(1000)));
  out.push(Math.pow(x, y));
}
print("random", out.join(" "));
