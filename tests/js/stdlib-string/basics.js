// Basic String.prototype methods: charAt/charCodeAt/indexOf/lastIndexOf/slice/substring/substr/concat, with edge arguments.
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
var S = "hello world";
var pos = [undefined, null, NaN, -Infinity, -20, -1, -0, 0, 0.7, 1, 4.9, "3", "z", 10, 11, 12, 100, Infinity, true, 4294967296, -4294967295];
for (var i = 0; i < pos.length; i++) {
  var p = pos[i], ps = show(p);
  t("charAt(" + ps + ")", function () { return S.charAt(p); });
  t("charCodeAt(" + ps + ")", function () { return S.charCodeAt(p); });
  t("slice(" + ps + ")", function () { return [S.slice(p), S.slice(2, p)]; });
  t("substring(" + ps + ")", function () { return [S.substring(p), S.substring(5, p)]; });
  t("substr(" + ps + ")", function () { return [S.substr(p), S.substr(2, p), S.substr(p, 3)]; });
  t("indexOf(o," + ps + ")", function () { return [S.indexOf("o", p), S.indexOf("", p)]; });
  t("lastIndexOf(o," + ps + ")", function () { return [S.lastIndexOf("o", p), S.lastIndexOf("", p), S.lastIndexOf("h", p)]; });
}
t("charAt no arg", function () { return [S.charAt(), S.charCodeAt()]; });
t("indexOf no arg", function () { return ["undefined".indexOf(), "xundefinedx".lastIndexOf(), "a".indexOf()]; });
t("indexOf empty", function () { return ["".indexOf(""), "".indexOf("", 5), "abc".indexOf("", 10), "abc".lastIndexOf(""), "".lastIndexOf("")]; });
t("indexOf overlapping", function () { return ["aaaa".indexOf("aa", 1), "aaaa".lastIndexOf("aa"), "aaaa".lastIndexOf("aa", 1), "abab".lastIndexOf("ab", 1)]; });
t("indexOf longer needle", function () { return ["ab".indexOf("abc"), "ab".lastIndexOf("abc")]; });
t("indexOf number coerced", function () { return ["a1.5b".indexOf(1.5), "null".indexOf(null), "truefalse".lastIndexOf(false)]; });
t("lastIndexOf NaN pos", function () { return ["abcabc".lastIndexOf("a", NaN), "abcabc".lastIndexOf("a", "x"), "abcabc".lastIndexOf("a", undefined), "abcabc".lastIndexOf("a", {})]; });
t("lastIndexOf pos 0", function () { return ["abcabc".lastIndexOf("a", 0), "abcabc".lastIndexOf("b", 0), "abcabc".lastIndexOf("a", -5)]; });
t("substr negatives", function () { return ["abcdef".substr(-3), "abcdef".substr(-3, 2), "abcdef".substr(-10, 3), "abcdef".substr(2, -1), "abcdef".substr(-1, 5), "abcdef".substr(6), "abcdef".substr(7, 1)]; });
t("substring swap", function () { return ["abcdef".substring(4, 1), "abcdef".substring(-5, 2), "abcdef".substring(NaN, 3), "abcdef".substring(3, NaN)]; });
t("slice negative pair", function () { return ["abcdef".slice(-3, -1), "abcdef".slice(-1, -3), "abcdef".slice(2, -2)]; });
t("concat", function () { return ["a".concat(), "a".concat(1, null, undefined, [2, 3], {}), "".concat("")]; });
t("concat length", function () { return String.prototype.concat.length; });
t("methods on number this", function () { var P = String.prototype; return [P.charAt.call(123, 1), P.slice.call(12345, -2), P.indexOf.call(1.5e21, "e"), P.concat.call(true, 1)]; });
t("methods on null this", function () {
  var r = [];
  ["charAt", "charCodeAt", "indexOf", "lastIndexOf", "slice", "substring", "substr", "concat", "trim", "toUpperCase", "split", "replace", "match", "search", "localeCompare"].forEach(function (m) {
    try { String.prototype[m].call(null); r.push("no"); } catch (e) { r.push(e.name); }
    try { String.prototype[m].call(undefined); r.push("no"); } catch (e) { r.push(e.name); }
  });
  return r.join(" ");
});
t("methods on object this", function () { var o = { toString: function () { return "xyz"; } }; return [String.prototype.charAt.call(o, 1), String.prototype.toUpperCase.call(o), String.prototype.slice.call([1, 2], 1)]; });
t("toString/valueOf generic", function () { try { String.prototype.toString.call({}); } catch (e) { return [e.name, String.prototype.valueOf.call(new String("w")), String.prototype.toString.call("p")]; } });
t("toString on number", function () { try { String.prototype.toString.call(1); } catch (e) { return e.name; } });
t("string object", function () { var s = new String("ab"); return [typeof s, s.length, s[0], s[5], 1 in s, 5 in s, Object.keys(s), s + "c", s == "ab", s === "ab"]; });
t("string object props", function () { var s = new String("ab"); s[0] = "z"; s[5] = "y"; s.length = 9; return [s[0], s[5], s.length, String(s), Object.keys(s)]; });
t("string index props", function () { var d = Object.getOwnPropertyDescriptor(new String("ab"), 1); return [d.value, d.writable, d.enumerable, d.configurable]; });
t("string length desc", function () { var d = Object.getOwnPropertyDescriptor(new String("ab"), "length"); return [d.value, d.writable, d.enumerable, d.configurable]; });
t("primitive indexing", function () { var s = "abc"; return [s[1], s[-1], s[3], s["1"], s[1.0], s["01"], s.length]; });
t("primitive write ignored", function () { var s = "abc"; s[0] = "z"; s.foo = 1; return [s, s.foo]; });
t("primitive write strict", function () { "use strict"; var s = "abc"; try { s[0] = "z"; return "no"; } catch (e) { return e.name; } });
t("primitive length write strict", function () { "use strict"; var s = "abc"; try { s.length = 1; return "no"; } catch (e) { return e.name; } });
t("String()", function () { return [String(), String(undefined), String(null), String(-0), String([1, [2]]), String({}), String(function () {}).slice(0, 8), String(1e21), String(true)]; });
t("new String types", function () { return [typeof new String(1), new String(null) + "", new String().length]; });
t("String.length", function () { return [String.length, String.prototype.length, String.fromCharCode.length, String.prototype.slice.length, String.prototype.substr.length, String.prototype.replace.length, String.prototype.split.length, String.prototype.indexOf.length]; });
t("proto is String", function () { return [Object.prototype.toString.call(String.prototype), String.prototype + "", String.prototype.valueOf()]; });
t("localeCompare basics", function () { return ["a".localeCompare("a"), "a".localeCompare("b") < 0, "b".localeCompare("a") > 0, "".localeCompare("a") < 0, "a".localeCompare() < 0]; });
