// String.prototype.split (strings and regexps: captures, empty matches, limits), match and search.
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
t("split no sep", function () { return ["abc".split(), "".split(), "abc".split(undefined), "abc".split(undefined, 0)]; });
t("split empty string sep", function () { return ["abc".split(""), "".split(""), "abc".split("", 2)]; });
t("split basic", function () { return ["a,b,,c,".split(","), ",a".split(","), "a".split(","), "".split(",")]; });
t("split multichar", function () { return ["a<>b<><>c".split("<>"), "aaaa".split("aa"), "aaa".split("aa")]; });
t("split sep longer", function () { return "ab".split("abc"); });
t("split sep equals string", function () { return "abc".split("abc"); });
var limits = [undefined, null, NaN, 0, -0, 1, 2, 3, 10, -1, 4294967295, 4294967296, 4294967297, "2", 1.9, -4294967295];
for (var i = 0; i < limits.length; i++) {
  var L = limits[i];
  t("limit " + show(L), function () { return ["a,b,c".split(",", L), "a1b2c".split(/(\d)/, L), "abc".split("", L)]; });
}
t("regex basic", function () { return ["a1b22c333".split(/\d+/), "a, b ,c".split(/\s*,\s*/)]; });
t("regex captures", function () { return ["a1b2c".split(/(\d)/), "a12b".split(/(\d)(\d)/), "ab".split(/(x)?b/), "aXbYc".split(/(X)|(Y)/)]; });
t("regex empty match", function () { return ["abc".split(/(?:)/), "abc".split(/x*/), "abc".split(/b*/), "abc".split(/()/), "".split(/x*/), "".split(/./)]; });
t("regex empty at end", function () { return ["ab".split(/$/), "ab".split(/^/), "a\nb".split(/^/m), "a\nb".split(/$/m)]; });
t("regex matches entire", function () { return ["abc".split(/abc/), "abc".split(/(abc)/), "abc".split(/.*/), "abc".split(/(.*)/)]; });
t("regex lookahead", function () { return ["abcDefGhi".split(/(?=[A-Z])/), "1,000,000".split(/,(?=\d{3})/)]; });
t("regex lazy", function () { return "a--b---c".split(/-+?/); });
t("regex case-insensitive", function () { return "aXbxc".split(/x/i); });
t("regex global flag irrelevant", function () { var re = /,/g; re.lastIndex = 3; var r = "a,b,c".split(re); return [r, re.lastIndex]; });
t("regex backreference", function () { return "aabbcdd".split(/(.)\1/); });
t("regex leading match", function () { return [",a".split(/,/), "1a".split(/(\d)/), "a,".split(/,/)]; });
t("split on surrogates", function () { var s = "a\ud83d\ude00b"; return [s.split("\ud83d").length, s.split("").length, s.split(/\ude00/).length]; });
t("split separator coerced", function () { return ["a1b1c".split(1), "anullb".split(null), "a,b".split({ toString: function () { return ","; } })]; });
t("split conversion order", function () {
  var log = [];
  var sep = { toString: function () { log.push("sep"); return ","; } };
  var lim = { valueOf: function () { log.push("lim"); return 5; } };
  "a,b".split(sep, lim);
  return log;
});
t("split limit zero no sep coercion?", function () {
  var log = [];
  "a,b".split({ toString: function () { log.push("sep"); return ","; } }, 0);
  return log;
});
t("split long", function () { var s = new Array(1001).join("x,"); return s.split(",").length; });
t("match non-global", function () { var m = "a1b22".match(/(\d)(\d)?/); return [m, m.index, m.input, m.length]; });
t("match non-global no match", function () { return "abc".match(/\d/); });
t("match global", function () { return ["a1b22c333".match(/\d+/g), "abc".match(/\d/g), "aaa".match(/a*?/g), "abc".match(/(?:)/g)]; });
t("match global captures ignored", function () { return "a1b2".match(/([a-z])(\d)/g); });
t("match global resets lastIndex", function () { var re = /a/g; re.lastIndex = 2; var m = "aXa".match(re); return [m, re.lastIndex]; });
t("match non-global lastIndex", function () { var re = /a/; re.lastIndex = 2; var m = "aXa".match(re); return [m.index, re.lastIndex]; });
t("match string arg", function () { var m = "a.b".match("."); return [m[0], m.index, "a+b".match("+") === null ? "null" : "m"]; });
t("match string arg invalid", function () { try { "a".match("("); } catch (e) { return e.name; } });
t("match undefined", function () { var m = "abc".match(); return [m[0], m.index, m.length]; });
t("match null", function () { return ["xnullx".match(null).index, "x".match(null)]; });
t("match result props", function () { var m = "xab".match(/a(b)/); return [Object.keys(m), Array.isArray(m)]; });
t("match global empty string", function () { return ["".match(/x*/g), "".match(/x/g)]; });
t("match surrogate g", function () { return "a\ud83d\ude00b".match(/[\ud800-\udbff]/g).length; });
t("match case-insensitive unicode", function () { return ["\u00c9T\u00c9".match(/\u00e9/gi), "\u0130".match(/i/i), "\u212a".match(/k/i)]; });
t("search", function () { return ["abc".search(/c/), "abc".search("b"), "abc".search(/x/), "abc".search(), "a.c".search("."), "ABC".search(/b/i)]; });
t("search ignores g and lastIndex", function () { var re = /b/g; re.lastIndex = 5; var r = "abcb".search(re); return [r, re.lastIndex]; });
t("search null", function () { return ["a null".search(null), "undefined".search(undefined)]; });
