// String.prototype.replace: every $ pattern, string and regexp searches, callback arguments.
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
var pats = ["$$", "$&", "$`", "$'", "$1", "$01", "$10", "$99", "$0", "$00", "$2", "$3", "$11", "$011", "$", "$$$", "x$", "$a", "$-", "$<n>", "[$&]", "$1$2", "$$1", "$&$&", "$12", "$21", "$100", "$001"];
for (var i = 0; i < pats.length; i++) {
  var p = pats[i];
  t("re " + p, function () { return "abcdef".replace(/(b)(c)/, p); });
  t("re12 " + p, function () { return "abcdefghijklmno".replace(/(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)/, p); });
  t("str " + p, function () { return "abcdef".replace("cd", p); });
  t("re g " + p, function () { return "xaxbx".replace(/x/g, p); });
}
t("undefined capture", function () { return "abc".replace(/(x)?b/, "[$1]"); });
t("undefined capture fn", function () { var r; "abc".replace(/(x)?b/, function (m, c) { r = [m, c, arguments.length]; }); return r; });
t("fn args", function () { var r = []; "a1b22c".replace(/(\d)(\d)?/g, function () { r.push(Array.prototype.slice.call(arguments)); return ""; }); return r; });
t("fn args string search", function () { var r; "xabx".replace("ab", function () { r = Array.prototype.slice.call(arguments); return "!"; }); return r; });
t("fn this", function () { var r; "a".replace("a", function () { "use strict"; r = this; }); return r; });
t("fn this sloppy", function () { var r; "a".replace("a", function () { r = this; }); return r === this || typeof r; });
t("fn returns non-string", function () { return ["aXa".replace(/a/g, function () { return 1; }), "aXa".replace(/a/g, function () {}), "aXa".replace("X", function () { return null; })]; });
t("fn result not expanded", function () { return "abc".replace("b", function () { return "$&$&"; }); });
t("fn called in order", function () { var log = []; "abc".replace(/./g, function (m, i) { log.push(m + i); return m; }); return log; });
t("string search is literal", function () { return ["a.b.c".replace(".", "!"), "a+b".replace("+", "-"), "$1".replace("$1", "x"), "aaa".replace("a", "b")]; });
t("string search only first", function () { return "aaa".replace("a", "b"); });
t("search coerced", function () { return ["1234".replace(23, "x"), "nullx".replace(null, "y"), "undefined".replace(undefined, "u"), "true".replace(true, 1)]; });
t("replacement coerced", function () { return ["abc".replace("b", 5), "abc".replace("b", null), "abc".replace("b"), "abc".replace("b", [1, 2])]; });
t("empty search", function () { return ["abc".replace("", "-"), "abc".replace(/(?:)/g, "-"), "".replace("", "x"), "".replace(/^/, "x")]; });
t("empty matches g", function () { return ["abc".replace(/x*/g, "-"), "abc".replace(/\b/g, "|"), "a\nb".replace(/$/gm, ";"), "aaa".replace(/a*?/g, "<$&>")]; });
t("lastIndex after g replace", function () { var re = /a/g; re.lastIndex = 5; var r = "aaa".replace(re, "b"); return [r, re.lastIndex]; });
t("lastIndex ignored non-g", function () { var re = /a/; re.lastIndex = 2; var r = "aXa".replace(re, "b"); return [r, re.lastIndex]; });
t("lastIndex with sticky-less g fn", function () { var re = /a/g; var li = []; "aa".replace(re, function () { li.push(re.lastIndex); return ""; }); return li; });
t("case insensitive g", function () { return "AbAb".replace(/a/gi, "x"); });
t("multiline", function () { return "a\nb\nc".replace(/^/gm, "> "); });
t("dollar in fn mode with captures", function () { return "john smith".replace(/(\w+)\s(\w+)/, "$2, $1"); });
t("named-like groups", function () { return "2020-01-02".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"); });
t("replace with $ at end", function () { return ["abc".replace("b", "$"), "abc".replace(/b/, "$"), "abc".replace(/(b)/, "$1$")]; });
t("unicode replace", function () { return q("h\u00e9llo w\u00f6rld".replace(/[\u00e0-\u00ff]/g, function (c) { return "[" + c.charCodeAt(0) + "]"; })); });
t("surrogate replace", function () { return q("a\ud83d\ude00b".replace(/\ud83d/, "X")); });
t("replace huge", function () { var s = new Array(10001).join("ab"); return s.replace(/a/g, "xy").length; });
t("replace throwing fn", function () { try { "abc".replace(/b/, function () { throw new TypeError("no"); }); } catch (e) { return e.message; } });
t("replace regexp object coerced to string search", function () { return "a/x/b".replace({ toString: function () { return "/x/"; } }, "!"); });
t("replace re with toString", function () { return "abc/b/".replace("/b/", "!"); });
t("replace callback modifies re", function () { var re = /a/g; return "aaa".replace(re, function () { re.lastIndex = 0; return "b"; }); });
