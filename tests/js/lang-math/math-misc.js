// Math.abs, Math.random range, argument conversion, Math object properties.
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
print("abs", Math.abs(-5), Math.abs(5), s(Math.abs(-0)), Math.abs(-Infinity), Math.abs(NaN), Math.abs(-2147483648), Math.abs("-3"), Math.abs(null), Math.abs(), Math.abs([-2]), Math.abs({}));
print("abs of min int in loop", (function () { var r = 0; var vals = [-2147483648, -1, 2147483647]; for (var i = 0; i < vals.length; i++) r += Math.abs(vals[i]); return r; })());
var inRange = true, allSame = true, first = Math.random();
for (var i = 0; i < 1000; i++) { var r = Math.random(); if (!(r >= 0 && r < 1)) inRange = false; if (r !== first) allSame = false; }
print("random in [0,1)", inRange, "varies", !allSame, typeof Math.random());
print("typeof Math", typeof Math, Object.prototype.toString.call(Math));
var threw;
try { Math(); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("Math not callable", threw);
try { new Math(); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("Math not constructible", threw);
print("functions not enumerable", Object.keys(Math).length);
var conv = { valueOf: function () { return -7.5; } };
print("valueOf conversion", Math.abs(conv), Math.floor(conv), Math.ceil(conv), Math.round(conv));
print("extra args ignored", Math.abs(-1, -2), Math.sqrt(9, 16));
Math.myHelper = function (x) { return x * 2; };
print("extensible", Math.myHelper(21));
delete Math.myHelper;
print("deleted", typeof Math.myHelper);
var saved = Math.floor;
Math.floor = function () { return "patched"; };
print("patchable", Math.floor(1.5));
Math.floor = saved;
print("restored", Math.floor(1.5));
print("integer check idiom", Math.floor(5) === 5, Math.floor(5.5) === 5.5);
print("truncation idioms", (function () { var v = [-2.7, -0.5, 0.5, 2.7]; var r = []; for (var i = 0; i < v.length; i++) r.push((v[i] < 0 ? Math.ceil(v[i]) : Math.floor(v[i])) + "/" + (v[i] | 0)); return r.join(","); })());
print("hypot via sqrt", Math.sqrt(3 * 3 + 4 * 4), Math.sqrt(5 * 5 + 12 * 12));
print("distance sum", (function () { var t = 0; for (var i = 0; i < 100; i++) t += Math.sqrt(i * i + (100 - i) * (100 - i)); return Math.round(t); })());
print("mean/variance", (function () { var d = [2, 4, 4, 4, 5, 5, 7, 9]; var m = 0; for (var i = 0; i < d.length; i++) m += d[i]; m /= d.length; var v = 0; for (var j = 0; j < d.length; j++) v += (d[j] - m) * (d[j] - m); return m + "," + Math.sqrt(v / d.length); })());
