// parseInt, parseFloat, isNaN, isFinite with weird inputs.
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
var ints = ["", " ", "0", "-0", "+0", "12", "  12abc", "-12.9", "0x1f", "0X1F", "-0x1f", "0x", "0xg", "0b11", "0o17", "017", "08", "1e3", "Infinity", "-Infinity", "NaN", "  -  1", "--1", "+-1", "\u00a0\u3000 42", "\ufeff7", "\u180e7", "9007199254740993", "123456789012345678901234567890", "1".concat(new Array(400).join("0")), "z", "Z", "ff", "a1", "1a", "$1", "\u0661", "\uff11"];
var radices = [undefined, 0, 2, 8, 10, 16, 36, 1, 37, -1, 4294967312, 16.9, "16", NaN, null];
for (var i = 0; i < ints.length; i++) {
  var s = ints[i];
  print("parseInt", show(s), radices.map(function (r) { return show(parseInt(s, r)); }).join(" "));
}
t("parseInt non-strings", function () { return [parseInt(), parseInt(null), parseInt(undefined, 36), parseInt(null, 36), parseInt(true, 36), parseInt(0.0000005), parseInt(1e21), parseInt(-0), parseInt(-0.9), parseInt({ toString: function () { return "0x10"; } }), parseInt([7, 8]), parseInt(15.99, 10)].map(show); });
t("parseInt radix 16 with prefix", function () { return [parseInt("0x10", 16), parseInt("0x10", 10), parseInt("0x10", 17), parseInt("0x10", 0)].map(show); });
t("parseInt big radix digits", function () { return [parseInt("zz", 36), parseInt("ZZ", 36), parseInt("10", 36), parseInt("11111111111111111111111111111111111111111111111111111111", 2), parseInt("777777777777777777777", 8)].map(show); });
t("parseInt conversion order", function () { var log = []; parseInt({ toString: function () { log.push("s"); return "1"; } }, { valueOf: function () { log.push("r"); return 10; } }); return log; });
var floats = ["", ".", "1.5", "-1.5", "+1.5", ".5", "-.5", "5.", "1e3", "1e", "1e+", "1e-2x", "1.2.3", "Infinity", "-Infinityx", "+Infinity", "infinity", "Inf", "0x10", "1_0", "  3.14abc", "\u00a0 2.5", "-0", "-0.0", "00.1", "1e400", "1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "1.7976931348623159e308", "0.1e1e1", "e5", "-", "NaN", "1,5", "9007199254740993", "0.30000000000000004", "123456789012345678901234567890e-20"];
for (var i = 0; i < floats.length; i++) print("parseFloat", show(floats[i]), show(parseFloat(floats[i])));
t("parseFloat non-strings", function () { return [parseFloat(), parseFloat(null), parseFloat(true), parseFloat([1.5, 2]), parseFloat({ toString: function () { return "7.5e1"; } }), parseFloat(-0), parseFloat(1e21), parseFloat(5e-7)].map(show); });
var nums = [NaN, undefined, null, "", " ", "abc", "12", "1e1000", Infinity, -Infinity, 0, -0, true, [], [1], [1, 2], {}, { valueOf: function () { return 1; } }, "0x10", "Infinity", new Date(NaN), new Date(0), 1.7976931348623157e308];
t("isNaN", function () { return nums.map(function (v) { return isNaN(v); }); });
t("isFinite", function () { return nums.map(function (v) { return isFinite(v); }); });
t("isNaN calls valueOf", function () { var n = 0; isNaN({ valueOf: function () { n++; return 1; } }); isFinite({ valueOf: function () { n++; return 1; } }); return n; });
t("global values", function () { return [typeof NaN, NaN !== NaN, Infinity, -Infinity, typeof undefined]; });
t("global value attrs", function () {
  var g = (function () { return this; })();
  return ["NaN", "Infinity", "undefined"].map(function (k) { var d = Object.getOwnPropertyDescriptor(g, k); return [d.writable, d.enumerable, d.configurable].join("/"); });
});
t("assign NaN sloppy", function () { NaN = 1; Infinity = 2; undefined = 3; return [NaN !== NaN, Infinity, typeof undefined]; });
t("assign undefined strict", function () { "use strict"; try { undefined = 1; return "no"; } catch (e) { return e.name; } });
t("function attrs", function () {
  var g = (function () { return this; })();
  return ["parseInt", "parseFloat", "isNaN", "isFinite", "eval", "escape", "encodeURIComponent"].map(function (k) { var d = Object.getOwnPropertyDescriptor(g, k); return k + ":" + g[k].length + ":" + [d.writable, d.enumerable, d.configurable].join("/"); });
});
t("global object", function () { var g = (function () { return this; })(); return [typeof g, g.Array === Array, g.g === undefined, "parseInt" in g]; });
t("global var is property", function () { var g = (function () { return this; })(); return [typeof g.ints, Object.getOwnPropertyDescriptor(g, "ints").configurable, delete g.ints, typeof ints]; });
