// typeof of objects on trace: plain objects, arrays, functions, bound functions,
// builtins, and a slot whose value switches between them mid-loop.
var vals = [{}, [], function () {}, Math.max, function () {}.bind(null), /x/, new Date(0), Object, null];
var counts = { object: 0, "function": 0 };
var h = 0;
for (var i = 0; i < 600; i++) {
  var v = vals[(i / 70) | 0 % vals.length] || vals[i % vals.length];
  var t = typeof v;
  counts[t]++;
  h = (h * 31 + t.length) | 0;
  if (typeof v === "function") h ^= 1;
}
print(counts.object, counts["function"], h);
var o = { f: function () { return 1; } }, n = 0;
for (var j = 0; j < 300; j++) {
  if (j === 150) o.f = { notAFunction: true };
  if (typeof o.f === "function") n += o.f(); else n += 100;
}
print(n);
