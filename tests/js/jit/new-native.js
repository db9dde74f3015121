// new of native constructors in traced loops (Date, Array): a new object per
// iteration, the arguments converted as the constructor says, invalid dates
// and throwing conversions handled by the interpreter.
var sum = 0, days = [];
for (var i = 0; i < 400; i++) {
  var d = new Date(Date.UTC(2020, 0, 1) + i * 86400000);
  sum += d.getUTCDate();
  var e = new Date(2021, i % 12, 1 + (i % 28));
  if (i % 97 === 0) days.push(e.getMonth() + "/" + e.getDate());
}
print("dates", sum, days.join(" "));
var bad = 0;
for (var i = 0; i < 300; i++) { var t = new Date(i < 250 ? i * 1000 : NaN); if (isNaN(t.getTime())) bad++; }
print("invalid", bad);
var lens = 0, arrs = [];
for (var i = 0; i < 300; i++) { var a = new Array(i % 7); lens += a.length; var b = new Array(i, i + 1); arrs.push(b[1] - b[0]); }
print("arrays", lens, arrs.length, arrs[299]);
var thrown = 0;
for (var i = 0; i < 200; i++) { try { new Array(i < 150 ? 3 : -1); } catch (e) { thrown++; } }
print("range", thrown);
var calls = 0, v = { valueOf: function () { calls++; return 86400000; } };
for (var i = 0; i < 100; i++) new Date(v);
print("valueOf", calls);
