// Math.round / floor / ceil (and -0 results, detected via 1/x).
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
var vals = [0, -0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -0.6, -1.5, -2.5, 3.7, -3.7, 1e20, -1e20,
  0.49999999999999994, -0.49999999999999994, 4503599627370495.5, 4503599627370497, 2147483647.5, -2147483648.5,
  Infinity, -Infinity, NaN, Number.MIN_VALUE, -Number.MIN_VALUE];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  print(s(v), "round", s(Math.round(v)), "floor", s(Math.floor(v)), "ceil", s(Math.ceil(v)));
}
print("round string", Math.round("2.5"), Math.round("x"), Math.round(null), Math.round(), Math.round(true));
print("floor string", Math.floor("-1.5"), Math.floor([]), Math.floor({}));
var sum = 0;
for (var j = -50; j <= 50; j++) sum += Math.round(j / 4) + Math.floor(j / 3) + Math.ceil(j / 7);
print("loop sum", sum);
var negZeros = 0;
for (var k = 0; k < 10; k++) { var r = Math.round(-k / 10); if (r === 0 && 1 / r < 0) negZeros++; }
print("negative zeros from round(-k/10)", negZeros);
print("ceil(-0.5) is -0", s(Math.ceil(-0.5)), "floor(0.5)", s(Math.floor(0.5)));
print("round large odd", Math.round(9007199254740991), Math.round(-9007199254740991));
