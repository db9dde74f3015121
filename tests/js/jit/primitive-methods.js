// Methods of number and boolean primitives on trace, and a Number.prototype
// method replaced mid-loop.
var bits = "", fx = [], h = 0;
for (var i = 0; i < 300; i++) {
  var b = (i * 37).toString(2);
  while (b.length < 12) b = "0" + b;
  bits = b;
  h = (h * 31 + b.charCodeAt(3) + (i / 8).toFixed(2).length + ((i & 1) === 1).toString().length) | 0;
  if (i === 150) Number.prototype.toFixed = function (d) { return "fixed" + d; };
  if (i % 60 === 0) fx.push((i / 8).toFixed(2), (1.5 * i).toString(16), (i > 100).valueOf());
}
print(bits, h, fx.join(" "));
