// Number(): string conversion, toString(radix) for fractions/negatives, constants, shortest round-trip output.
// Renders values unambiguously: holes as "_", -0, strings quoted with escapes.
function q(s) {
  var out = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      var h = c.toString(16);
      while (h.length < 4) h = "0" + h;
      out += "\\u" + h;
    } else out += s.charAt(i);
  }
  return out + '"';
}
function show(v) {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "string") return q(v);
  if (typeof v === "number") return v === 0 && 1 / v < 0 ? "-0" : String(v);
  if (typeof v === "function") return "fn";
  if (Object.prototype.toString.call(v) === "[object Array]") {
    var parts = [];
    for (var i = 0; i < v.length; i++) parts.push(i in v ? show(v[i]) : "_");
    return "[" + parts.join(",") + "]";
  }
  if (typeof v === "object") {
    var ks = [];
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) ks.push(k + ":" + show(v[k]));
    return "{" + ks.join(",") + "}";
  }
  return String(v);
}
function t(label, f) {
  try { print(label, show(f())); } catch (e) { print(label, "threw", e && e.name); }
}
var vals = [0, -0, 1, -1, 255, -255, 0.5, -0.5, 0.1, 1 / 3, 2 / 3, 3.75, -3.75, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 4294967295, 4294967296, 9007199254740993, 0.000123, 123.456, 1e300, 2.5e-300, NaN, Infinity, -Infinity];
var radices = [2, 3, 8, 10, 16, 32, 36];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  print("radix", show(v), radices.map(function (r) { return v.toString(r); }).join(" | "));
}
t("radix errors", function () { return [0, 1, 37, -2, NaN, Infinity, "16", 16.9, undefined, null].map(function (r) { try { return (255).toString(r); } catch (e) { return e.name; } }); });
t("shortest", function () { return [0.1 + 0.2, 1 / 3, 100, 1e21, 1e20, 123456789012345680000, 1.5e-7, 0.000001, 0.0000001, 1.2e-6, -1e-7, 2e-7, 1e100, 4.94e-324, 2.2250738585072014e-308, 9007199254740992, 0.1 * 3, 1 - 0.9, 5e-7].map(String); });
t("Number() strings", function () {
  return ["", " ", "12", " 12 ", "1e3", "1E3", ".5", "5.", ".", "e5", "0x1F", "0X1f", "0x", "-0x10", "+0x10", "0b11", "0o7", "017", "08", "1_000", "Infinity", "-Infinity", "+Infinity", "infinity", "INFINITY", "1e1000", "-1e1000", "1e-400", "0.0000001", "12px", "1,5", "\t\n12\r\n", "++1", "-", "+", "- 1", "1e", "1e+", "1.e1", "0.e1", "00012", "-0", "+.5e1", "5e-324", "2e-324", "1.7976931348623158e308", "9007199254740993", "0xFFFFFFFFFFFFFFFFF"].map(function (s) { return show(Number(s)); });
});
t("Number() values", function () { return [Number(), Number(undefined), Number(null), Number(true), Number(false), Number([]), Number([5]), Number([1, 2]), Number({}), Number({ valueOf: function () { return "7"; } }), Number(new Date(5)), Number("  \u00a0 42 \ufeff")].map(show); });
t("constants", function () { return [Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]; });
t("constants descriptors", function () { var d = Object.getOwnPropertyDescriptor(Number, "MAX_VALUE"); return [d.writable, d.enumerable, d.configurable]; });
t("new Number", function () { var n = new Number("12"); return [typeof n, n + 1, n.valueOf(), Object.prototype.toString.call(n), new Number() + 0]; });
t("Number.prototype", function () { return [Number.prototype.valueOf(), Object.prototype.toString.call(Number.prototype), Number.prototype.toFixed.length, Number.prototype.toString.length]; });
t("toString default", function () { return [(-0).toString(), (0.5).toString(), (255).toString(undefined), (1e21).toString(10)]; });
t("toLocaleString", function () { return [(0).toLocaleString().length > 0, typeof (1).toLocaleString()]; });
t("int-ish boundaries", function () { return [2147483647 + 1, -2147483648 - 1, 4294967295 | 0, 2147483648 | 0, -1 >>> 0, 1 << 31, (1 << 31) >>> 0].map(String); });
t("to int32 conversions", function () { return [1e21 | 0, -1e21 | 0, 4294967296.5 | 0, NaN | 0, Infinity | 0, -0 | 0, 2.9 | 0, -2.9 | 0, 9007199254740993 | 0].map(show); });
t("parse round trip", function () { var r = []; [0.1, 1 / 7, 1e21, 1e-7, 123.456e-100, 5e-324, Math.PI * 1e200].forEach(function (x) { r.push(Number(String(x)) === x); }); return r; });
t("radix round trip-ish", function () { return [parseInt((123456789).toString(36), 36), (0.5).toString(2), (0.1).toString(2).length, (-0.1).toString(3).slice(0, 10)]; });
