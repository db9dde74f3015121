// The ES2015 Math functions: values (printed exactly), edge cases, lengths,
// argument conversion, and the same calls in a hot loop (so the JIT modes
// record them).
var names = ["sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "expm1", "log1p", "log10", "log2", "cbrt",
  "sign", "trunc", "fround", "clz32"];
var inputs = [0, -0, 1, -1, 0.5, -0.5, 2, 10, 1e-10, 1e-300, 5e-324, 1e300, 22, 710, -710, Infinity, -Infinity, NaN,
  0.9999999999999999, 1.0000000000000002, 3.4028235677973366e38, 4294967295, 4294967296, -2147483649];
function show(v) { return v === 0 && 1 / v < 0 ? "-0" : String(v); }
for (var i = 0; i < names.length; i++) {
  var f = Math[names[i]], out = [];
  for (var j = 0; j < inputs.length; j++) out.push(show(f(inputs[j])));
  print(names[i], f.length, out.join(" "));
}
print("hypot", Math.hypot.length, Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(NaN, Infinity),
  Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), show(Math.hypot(-0, -0)), Math.hypot(1e300, 1e300),
  Math.hypot(1e-300, 1e-300), Math.hypot(5e-324, 5e-324), Math.hypot("3", [4]), Math.hypot(0.1, 0.2, 0.3));
print("imul", Math.imul.length, Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0xfffffffe, 5),
  Math.imul(2147483647, 2147483647), Math.imul(1e10, 3.7), Math.imul(NaN, 1), Math.imul(), Math.imul("7", "6"));
var calls = 0, o = { valueOf: function () { calls++; return 2; } };
print("conversions", Math.sinh(o) === Math.sinh(2), Math.hypot(o, o, o), Math.imul(o, o), Math.clz32(o), calls);
print("random inputs");
var s = 0;
for (var k = 0; k < 2000; k++) {
  var x = (k - 1000) / 37;
  s += Math.sinh(x / 20) + Math.cosh(x / 20) + Math.tanh(x) + Math.asinh(x) + Math.acosh(1 + Math.abs(x)) +
    Math.atanh(x / 28) + Math.expm1(x / 10) + Math.log1p(Math.abs(x)) + Math.log10(1 + Math.abs(x)) +
    Math.log2(1 + Math.abs(x)) + Math.cbrt(x) + Math.sign(x) + Math.trunc(x) + Math.fround(x) + Math.clz32(k) +
    Math.imul(k, 2654435761) / 1e9 + Math.hypot(x, k);
}
print(s);
