// indexOf/lastIndexOf: strict equality, NaN, -0, fromIndex edge cases.
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
var A = [1, NaN, -0, "1", null, undefined, 0, 1, "x", {}];
t("NaN", function () { return [A.indexOf(NaN), A.lastIndexOf(NaN)]; });
t("zero", function () { return [A.indexOf(0), A.indexOf(-0), A.lastIndexOf(0), A.lastIndexOf(-0)]; });
t("string vs number", function () { return [A.indexOf("1"), A.indexOf(1), A.lastIndexOf(1), A.lastIndexOf("1")]; });
t("null/undefined", function () { return [A.indexOf(null), A.indexOf(undefined), A.indexOf(), A.lastIndexOf()]; });
t("object identity", function () { return [A.indexOf({}), A.indexOf(A[9])]; });
var from = [undefined, null, NaN, -Infinity, -100, -10, -9, -3, -1, -0, 0, 1, 2, 7, 9, 10, 11, 100, Infinity, "3", "abc", 1.7, -1.7, true];
for (var i = 0; i < from.length; i++) {
  t("indexOf(1," + show(from[i]) + ")", function () { return A.indexOf(1, from[i]); });
  t("lastIndexOf(1," + show(from[i]) + ")", function () { return A.lastIndexOf(1, from[i]); });
  t("lastIndexOf(NaN?," + show(from[i]) + ")", function () { return [A.lastIndexOf(0, from[i]), A.lastIndexOf(A[9], from[i])]; });
}
t("lastIndexOf undefined fromIndex explicit", function () { return [[1, 2, 1].lastIndexOf(1, undefined), [1, 2, 1].lastIndexOf(1)]; });
t("empty", function () { return [[].indexOf(undefined), [].lastIndexOf(undefined), [].indexOf(1, -1)]; });
t("fromIndex conversion on empty", function () { var n = 0; [].indexOf(1, { valueOf: function () { n++; return 0; } }); return n; });
t("fromIndex conversion", function () { var n = 0; [1].indexOf(1, { valueOf: function () { n++; return 0; } }); return n; });
t("strings elements", function () { return ["a", "b", "a"].lastIndexOf("a"); });
t("boxed not equal", function () { return [new String("a"), "a"].indexOf("a"); });
t("large dense", function () { var a = []; for (var i = 0; i < 10000; i++) a.push(i); return [a.indexOf(9999), a.lastIndexOf(0), a.indexOf(5000, 5001), a.indexOf("5")]; });
t("doubles", function () { return [[0.1, 0.2, 0.30000000000000004].indexOf(0.1 + 0.2), [1.5, 2.5].indexOf(2.5)]; });
t("int vs double", function () { var a = [1.0, 2, 3.0]; return [a.indexOf(3), a.indexOf(1.0), [2147483648, 4294967296].indexOf(Math.pow(2, 32))]; });
