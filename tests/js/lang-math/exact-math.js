// Math.sin, cos, tan, exp, log, atan2 (and atan, asin, acos) give exactly V8's
// results (fdlibm), not just results within an ulp: every value is printed in
// full. The arguments include ones where other fdlibm revisions (FreeBSD, musl,
// the libm crate) round the other way.
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
function show(name, f, xs) {
  var out = [];
  for (var i = 0; i < xs.length; i++) out.push(s(f(xs[i])));
  print(name, out.join(" "));
}
print("exp(1) === E", Math.exp(1) === Math.E, s(Math.exp(1)));
print("exp(-1)", s(Math.exp(-1)), "exp(0.5)", s(Math.exp(0.5)), "exp(10)", s(Math.exp(10)), "exp(-10)", s(Math.exp(-10)));
print("exp(709.78)", s(Math.exp(709.78)), "exp(-745)", s(Math.exp(-745)), "exp(1e-10)", s(Math.exp(1e-10)));
show("sin small", Math.sin, [-0.4556262508739845, 0.5990467962958463, 0.41498687331972617, -0.5147406906091316, -0.5249601894102479]);
show("cos small", Math.cos, [-0.24498250702445776, -0.5466920175777763, -0.43596769784479883, -0.6087523260894222, -0.33577382369593844]);
show("log", Math.log, [0.6291881968559725, 0.668138011534607, 0.6668564367825272, 0.6428927723109803, 0.6347827404271751]);
show("sin", Math.sin, [-530996.0495061954, 582279.8897837152, 8.583365755004793, 0.7932239475364543, 1, 2, 3, 10, 100]);
show("cos", Math.cos, [0.7241906387853522, -6.369489318215038, -134.9101171010118, 6.001929657041075, 1, 2, 3, 10, 100]);
show("tan", Math.tan, [-817588.4925224552, 2416695.281515174, -1365089.5522268156, 1898266.520227134, 1, 2, 3, 1.5]);
show("huge", Math.sin, [1e22, 1e300, 6381956970095103 * Math.pow(2, 797), -1.7976931348623157e308]);
show("huge cos", Math.cos, [1e22, 1e300, 6381956970095103 * Math.pow(2, 797), Math.pow(2, 120)]);
show("near pi/2", Math.cos, [Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI, 1e6 * Math.PI]);
show("log more", Math.log, [2, 10, 0.1, 1e-300, 5e-324, 1e300, 1.0000001, 0.9999999]);
show("atan", Math.atan, [0.4375, 0.6875, 1.1875, 2.4375, 0.3, 1e10]);
show("asin", Math.asin, [0.3, 0.5, 0.7, 0.975, 0.99]);
show("acos", Math.acos, [0.3, -0.5, 0.7, -0.975, 0.99]);
print("atan2", s(Math.atan2(1e22, -745.1332191019411)), s(Math.atan2(-2.208813919007313e22, -5428.777243571767)),
  s(Math.atan2(-266792101320734.6, -0.00006768066232726232)), s(Math.atan2(1, 2)), s(Math.atan2(-3, -4)));
// The same through a hot loop (compiled code calls the same functions).
var sum = 0, bits = [];
for (var i = 0; i < 3000; i++) {
  var x = i * 0.37 - 500;
  sum += Math.sin(x) + Math.cos(x) + Math.tan(x) * 1e-3 + Math.exp(x * 1e-3) + Math.log(i + 0.5) + Math.atan2(x, 7);
  if (i % 500 === 0) bits.push(s(Math.sin(x)), s(Math.log(i + 0.25)));
}
print("loop", s(sum));
print("loop samples", bits.join(" "));
