// Math.max / Math.min edge cases.
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
print("max()", Math.max(), "min()", Math.min());
print("max(1,2,3)", Math.max(1, 2, 3), "min(1,2,3)", Math.min(1, 2, 3));
print("max with NaN", Math.max(1, NaN, 3), Math.min(NaN, 1), Math.max(NaN));
print("max(-0, 0)", s(Math.max(-0, 0)), s(Math.max(0, -0)), "min(0, -0)", s(Math.min(0, -0)), s(Math.min(-0, 0)));
print("max(-0,-0)", s(Math.max(-0, -0)), "min single -0", s(Math.min(-0)));
print("strings", Math.max("10", "9"), Math.min("10", "9"), Math.max("a", 1));
print("null/undefined", Math.max(null, -1), Math.max(undefined, 1), Math.min(null, 1));
print("arrays", Math.max([5]), Math.max([1, 2]), Math.min([]));
print("booleans", Math.max(true, false), Math.min(true, false));
print("infinities", Math.max(-Infinity, Infinity), Math.min(Infinity, 1e308));
print("single", Math.max(5), Math.min(-5));
print("apply", Math.max.apply(null, [4, 8, 15, 16, 23, 42]), Math.min.apply(null, [4, 8, 15, 16, 23, 42]));
var log = [];
var a = { valueOf: function () { log.push("a"); return 1; } };
var b = { valueOf: function () { log.push("b"); return NaN; } };
var c = { valueOf: function () { log.push("c"); return 3; } };
print("converts all args even after NaN", Math.max(a, b, c), log.join(""));
var big = [];
for (var i = 0; i < 1000; i++) big.push((i * 7919) % 1009);
var mx = -Infinity, mn = Infinity;
for (var j = 0; j < big.length; j++) { mx = Math.max(mx, big[j]); mn = Math.min(mn, big[j]); }
print("loop max/min", mx, mn);
print("mixed ints and doubles", Math.max(1, 1.5, 0.5), Math.min(-1, -1.5));
print("clamp idiom", Math.min(Math.max(15, 0), 10), Math.min(Math.max(-5, 0), 10));
