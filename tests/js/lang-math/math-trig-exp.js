// Trig/exp/log: exact identities and tolerance checks only.
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
function near(a, b) { return Math.abs(a - b) < 1e-15; }
print("sin(0)", s(Math.sin(0)), "sin(-0)", s(Math.sin(-0)), "cos(0)", Math.cos(0), "tan(0)", s(Math.tan(0)), "tan(-0)", s(Math.tan(-0)));
print("exp(0)", Math.exp(0), "log(1)", Math.log(1), "exp(-Inf)", Math.exp(-Infinity), "exp(Inf)", Math.exp(Infinity));
print("log(0)", Math.log(0), "log(-0)", Math.log(-0), "log(-1)", Math.log(-1), "log(Inf)", Math.log(Infinity));
print("asin(0)", s(Math.asin(0)), "asin(-0)", s(Math.asin(-0)), "acos(1)", Math.acos(1), "atan(0)", s(Math.atan(0)), "atan(-0)", s(Math.atan(-0)));
print("asin(2)", Math.asin(2), "acos(-2)", Math.acos(-2));
print("atan(Inf)", Math.atan(Infinity) === Math.PI / 2, Math.atan(-Infinity) === -Math.PI / 2);
print("sin(Inf)", Math.sin(Infinity), "cos(-Inf)", Math.cos(-Infinity), "tan(NaN)", Math.tan(NaN));
print("atan2 quadrants", Math.atan2(1, 1) === Math.PI / 4, Math.atan2(1, -1) === 3 * Math.PI / 4, Math.atan2(-1, -1) === -3 * Math.PI / 4, Math.atan2(-1, 1) === -Math.PI / 4);
print("atan2 axes", Math.atan2(0, 1), Math.atan2(0, -1) === Math.PI, Math.atan2(1, 0) === Math.PI / 2, Math.atan2(-1, 0) === -Math.PI / 2);
print("atan2 signed zeros", s(Math.atan2(0, 0)), s(Math.atan2(-0, 0)), Math.atan2(0, -0) === Math.PI, Math.atan2(-0, -0) === -Math.PI);
print("atan2 infinities", Math.atan2(Infinity, Infinity) === Math.PI / 4, Math.atan2(-Infinity, -Infinity) === -3 * Math.PI / 4, Math.atan2(1, Infinity), Math.atan2(1, -Infinity) === Math.PI, s(Math.atan2(-1, Infinity)));
print("atan2 NaN", Math.atan2(NaN, 1), Math.atan2(1, NaN));
print("sin(1) near", near(Math.sin(1), 0.8414709848078965));
print("cos(1) near", near(Math.cos(1), 0.5403023058681398));
print("tan(1) near", near(Math.tan(1), 1.5574077246549023));
print("exp(1) near E", near(Math.exp(1), Math.E));
print("log(E) near 1", near(Math.log(Math.E), 1));
print("LN2, LN10, LOG2E, LOG10E", near(Math.log(2), Math.LN2), near(Math.log(10), Math.LN10), near(1 / Math.LN2, Math.LOG2E), near(1 / Math.LN10, Math.LOG10E));
print("sin^2+cos^2", (function () { var bad = 0; for (var i = -50; i < 50; i++) { var x = i * 0.37; var v = Math.sin(x) * Math.sin(x) + Math.cos(x) * Math.cos(x); if (Math.abs(v - 1) > 1e-15) bad++; } return bad; })());
print("exp/log inverse", (function () { var bad = 0; for (var i = 1; i < 100; i++) { if (Math.abs(Math.exp(Math.log(i)) - i) > 1e-12 * i) bad++; } return bad; })());
print("sin(PI) tiny", Math.abs(Math.sin(Math.PI)) < 1e-15, "cos(PI)", Math.cos(Math.PI));
print("asin(1)*2 == PI", Math.asin(1) * 2 === Math.PI, "acos(-1) == PI", Math.acos(-1) === Math.PI, "atan(1)*4 == PI", Math.atan(1) * 4 === Math.PI);
print("constants", Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
print("constants read-only", (function () { Math.PI = 3; return Math.PI; })());
print("exp overflow/underflow", Math.exp(1000), Math.exp(-1000));
print("log of powers of 2 near", (function () { var bad = 0; for (var i = 1; i < 60; i++) if (Math.abs(Math.log(Math.pow(2, i)) / Math.LN2 - i) > 1e-12) bad++; return bad; })());
