// Arithmetic with booleans, null and undefined on trace (ToNumber: 1/0, 0, NaN),
// including int32 overflow through a boolean and -0 from null.
var t = 0, u = 0, w = [], big = 2147483647;
for (var i = 0; i < 500; i++) {
  var b = (i & 3) === 1;
  var n = i % 7 === 0 ? null : undefined;
  t += b * 3 + (b - 1) + true + null * 2;
  u = (u + (b + big) - big) | 0;
  var x = n + 1;
  if (i < 8) w.push(x, b / 2, null - b, 1 / (null * -1), b % 2, undefined * 0, big + b);
}
print(t, u, w.join());
