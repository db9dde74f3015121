// Number.prototype.toFixed/toPrecision/toExponential at boundaries, ties and RangeErrors.
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
var xs = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 1.45, 8.345, 123.456, 1e-7, 1.23e-7, 5e-324, -5e-324, 1e21, 9.99e20, 1e20, 1.5e300, 1.7976931348623157e308, 0.1, 0.000001, 4.35, 1.255, 1000000000000000128, 0.3, 2.675, 1e-10, 12345.6789, -0.0000001, 999.995, 0.5e-6, 25, 9.5, 99.99, NaN, Infinity, -Infinity];
var fixedDigits = [undefined, 0, 1, 2, 5, 20];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i], row = [];
  for (var j = 0; j < fixedDigits.length; j++) row.push(x.toFixed(fixedDigits[j]));
  print("toFixed", show(x), row.join(" | "));
}
for (var i = 0; i < xs.length; i++) {
  var x = xs[i], row = [];
  [undefined, 1, 2, 3, 6, 16, 21].forEach(function (p) { row.push(x.toPrecision(p)); });
  print("toPrecision", show(x), row.join(" | "));
}
for (var i = 0; i < xs.length; i++) {
  var x = xs[i], row = [];
  [undefined, 0, 1, 2, 5, 16, 20].forEach(function (p) { row.push(x.toExponential(p)); });
  print("toExponential", show(x), row.join(" | "));
}
t("toFixed 100", function () { return [(1.5).toFixed(100), (0).toFixed(100).length, (1e-7).toFixed(100)]; });
t("toPrecision 100", function () { return [(1 / 3).toPrecision(100), (123).toPrecision(100)]; });
t("toExponential 100", function () { return [(1 / 3).toExponential(100), (5e-324).toExponential(100)]; });
t("toFixed range", function () { return [-1, 101, Infinity, -Infinity, NaN, "2", 1.9, -0.5, 100.5].map(function (d) { try { return (1.25).toFixed(d); } catch (e) { return e.name; } }); });
t("toPrecision range", function () { return [0, -1, 101, Infinity, NaN, "3", 1.9, 100.9].map(function (d) { try { return (1.25).toPrecision(d); } catch (e) { return e.name; } }); });
t("toExponential range", function () { return [-1, 101, Infinity, NaN, "3", 1.9].map(function (d) { try { return (1.25).toExponential(d); } catch (e) { return e.name; } }); });
t("range check vs NaN value", function () { return [NaN.toFixed(200), NaN.toPrecision(0), Infinity.toExponential(-1)].map(function (f) { return f; }); });
t("range check vs NaN value caught", function () { var r = []; try { r.push(NaN.toFixed(200)); } catch (e) { r.push(e.name); } try { r.push(NaN.toPrecision(0)); } catch (e) { r.push(e.name); } try { r.push(Infinity.toExponential(-1)); } catch (e) { r.push(e.name); } return r; });
t("toFixed large", function () { return [(1e21).toFixed(2), (1e21 - 65536).toFixed(2), (-1e21).toFixed(2), (123e20).toFixed(1)]; });
t("toFixed arg conversion", function () { var log = []; (1).toFixed({ valueOf: function () { log.push("v"); return 1; } }); return log; });
t("generic this", function () { var r = []; ["toFixed", "toPrecision", "toExponential", "toString", "valueOf", "toLocaleString"].forEach(function (m) { try { Number.prototype[m].call("1"); r.push("no"); } catch (e) { r.push(e.name); } }); return r; });
t("wrapper this", function () { return [Number.prototype.toFixed.call(new Number(1.5), 1), new Number(2).toPrecision(3)]; });
