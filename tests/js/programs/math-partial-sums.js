// math-partial-sums: partial sums of classic series in floating point loops
// (geometric, harmonic, alternating harmonic, Leibniz pi, Basel, telescoping,
// zeta(3), 1/sqrt(k), Flint Hills) printed with toFixed and checked against closed
// forms / limits with error bounds (e.g. Leibniz error < 1/(2n+1)).

function sumSeries(n) {
  var geometric = 0, harmonic = 0, alternating = 0, leibniz = 0, basel = 0,
      telescoping = 0, cubes = 0, flint = 0, sqrtInv = 0;
  var twoThirds = 1;
  var sign = 1;
  for (var k = 1; k <= n; k++) {
    var k2 = k * k, k3 = k2 * k;
    geometric += twoThirds;
    twoThirds *= 2 / 3;
    harmonic += 1 / k;
    alternating += sign / k;
    leibniz += sign / (2 * k - 1);
    basel += 1 / k2;
    telescoping += 1 / (k * (k + 1));
    cubes += 1 / k3;
    sqrtInv += 1 / Math.sqrt(k);
    if (k <= 2000) {
      var s = Math.sin(k);
      flint += 1 / (k3 * s * s);
    }
    sign = -sign;
  }
  return {
    geometric: geometric, harmonic: harmonic, alternating: alternating, leibniz: leibniz,
    basel: basel, telescoping: telescoping, cubes: cubes, flint: flint, sqrtInv: sqrtInv
  };
}

var EulerGamma = 0.5772156649015329;
var failures = 0;
var names = ["geometric", "harmonic", "alternating", "leibniz", "basel", "telescoping", "cubes", "sqrtInv"];

for (var n = 1024; n <= 262144; n *= 4) {
  var r = sumSeries(n);
  var line = "n=" + n;
  for (var i = 0; i < names.length; i++) line += " " + r[names[i]].toFixed(9);
  print(line);
  if (n == 1024) print("flint hills (k<=2000) " + r.flint.toFixed(6));

  if (Math.abs(r.geometric - 3) > 1e-12) failures++;
  // H_n ~ ln n + gamma + 1/(2n)
  if (Math.abs(r.harmonic - (Math.log(n) + EulerGamma + 1 / (2 * n))) > 1 / (12 * n * n) + 1e-10) failures++;
  if (Math.abs(r.alternating - Math.LN2) > 1 / (n + 1)) failures++;
  if (Math.abs(4 * r.leibniz - Math.PI) > 4 / (2 * n + 1)) failures++;
  // tail of 1/k^2 lies between 1/(n+1) and 1/n
  var baselTail = Math.PI * Math.PI / 6 - r.basel;
  if (baselTail < 1 / (n + 1) - 1e-12 || baselTail > 1 / n + 1e-12) failures++;
  if (Math.abs(r.telescoping - (1 - 1 / (n + 1))) > 1e-12) failures++;
  // Apery's constant; the tail is about 1/(2n^2)
  if (Math.abs(r.cubes + 1 / (2 * n * n) - 1.2020569031595942) > 1 / (n * n * n) + 1e-10) failures++;
  // sum 1/sqrt(k) ~ 2 sqrt(n) + zeta(1/2)
  if (Math.abs(r.sqrtInv - (2 * Math.sqrt(n) - 1.4603545088095868)) > 1 / Math.sqrt(n)) failures++;
}

// Kahan-compensated sum of the harmonic series must agree with the naive sum closely
var naive = 0, kahan = 0, comp = 0;
for (var k = 1; k <= 500000; k++) {
  naive += 1 / k;
  var y = 1 / k - comp;
  var t = kahan + y;
  comp = (t - kahan) - y;
  kahan = t;
}
if (Math.abs(naive - kahan) > 1e-9) failures++;
print("kahan H(500000) " + kahan.toFixed(12) + " naive-kahan < 1e-9 " + (Math.abs(naive - kahan) < 1e-9));
print(failures == 0 ? "PASS" : "FAIL " + failures);
