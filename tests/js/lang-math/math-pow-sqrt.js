// Math.pow and Math.sqrt edge cases (exact results only).
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
print("pow(2,10)", Math.pow(2, 10), "pow(2,-1)", Math.pow(2, -1), "pow(2,0.5)^2", Math.pow(Math.pow(2, 0.5), 2) > 1.99);
print("pow(x,0)", Math.pow(NaN, 0), Math.pow(0, 0), Math.pow(Infinity, 0), Math.pow(-0, -0));
print("pow(NaN,1)", Math.pow(NaN, 1), "pow(1,NaN)", Math.pow(1, NaN));
print("pow(1,Infinity)", Math.pow(1, Infinity), Math.pow(-1, Infinity), Math.pow(1, -Infinity));
print("pow(-8,1/3)", Math.pow(-8, 1 / 3));
print("pow(|x|>1, Inf)", Math.pow(2, Infinity), Math.pow(2, -Infinity), Math.pow(-2, Infinity));
print("pow(|x|<1, Inf)", Math.pow(0.5, Infinity), Math.pow(0.5, -Infinity), Math.pow(-0.5, -Infinity));
print("pow(Inf, y)", Math.pow(Infinity, 2), Math.pow(Infinity, -2), s(Math.pow(-Infinity, 3)), s(Math.pow(-Infinity, -3)), Math.pow(-Infinity, 2), s(Math.pow(-Infinity, -2)));
print("pow(0, y)", Math.pow(0, 2), Math.pow(0, -2), s(Math.pow(-0, 3)), Math.pow(-0, -3), Math.pow(-0, 2), Math.pow(-0, -2), Math.pow(-0, -3.5));
print("pow negative base integer exponent", Math.pow(-2, 3), Math.pow(-2, 4), Math.pow(-2, -1));
print("pow negative base fraction", Math.pow(-2, 0.5), Math.pow(-1, 0.5));
print("pow big", Math.pow(2, 53), Math.pow(2, 64), Math.pow(10, 21), Math.pow(2, 1024), Math.pow(2, -1074), Math.pow(2, -1075));
print("pow strings", Math.pow("2", "3"), Math.pow("x", 2));
print("pow int results", Math.pow(3, 5), Math.pow(7, 2), Math.pow(10, 15), Math.pow(5, 3));
print("pow(4,0.5)", Math.pow(4, 0.5), "pow(0.25,-0.5)", Math.pow(0.25, -0.5));
print("sqrt", Math.sqrt(16), Math.sqrt(2) * Math.sqrt(2) !== 2, Math.sqrt(0.25), Math.sqrt(1e100));
print("sqrt edge", Math.sqrt(-1), s(Math.sqrt(-0)), Math.sqrt(Infinity), Math.sqrt(-Infinity), Math.sqrt(NaN), Math.sqrt(0));
print("sqrt(2)", Math.sqrt(2), Math.SQRT2 === Math.sqrt(2), Math.SQRT1_2 === Math.sqrt(0.5));
print("sqrt perfect squares", (function () { var bad = 0; for (var i = 0; i < 2000; i++) if (Math.sqrt(i * i) !== i) bad++; return bad; })());
print("pow loop", (function () { var r = []; for (var e = -3; e <= 3; e++) r.push(Math.pow(2, e)); return r.join(","); })());
print("pow vs repeated mult", (function () { var p = 1; for (var i = 0; i < 30; i++) p *= 3; return p === Math.pow(3, 30); })());
