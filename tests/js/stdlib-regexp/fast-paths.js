// String methods with regexps: replacement patterns, function replacements, empty matches, split, match, search; ASCII, Latin-1 and two-byte subjects.
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
var subjects = ["hello world", "h\u00e9llo w\u00f6rld", "h\u4e2dllo \u4e16orld", "x\ud83d\ude00o\ud83do"];
t("replace literal /o/g", function () { return subjects.map(function (s) { return s.replace(/o/g, "0"); }); });
t("replace class /[aeiou]/g", function () { return subjects.map(function (s) { return s.replace(/[aeiou]/g, "*"); }); });
t("replace function", function () { return subjects.map(function (s) { return s.replace(/[lo]/g, function (m, i, str) { return m.toUpperCase() + i + (str === s ? "" : "!"); }); }); });
t("replace function captures", function () { return "a1b22c".replace(/([a-z])(\d+)?/g, function (all, l, d, i) { return "[" + [all, l, d, i].join(",") + "]"; }); });
t("dollar patterns", function () {
  var s = "abcdef", re = /(b)(c)(d)?(x)?/;
  return [s.replace(re, "$1$2"), s.replace(re, "$&|$`|$'"), s.replace(re, "$$"), s.replace(re, "$0"), s.replace(re, "$4."), s.replace(re, "$5"), s.replace(re, "$01$02"), s.replace(re, "$10"), s.replace(re, "$"), s.replace(re, "a$"), s.replace(re, "$$1"), s.replace(re, "$'$`")];
});
t("two-digit group references", function () {
  var re = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/;
  return ["abcdefghijk".replace(re, "$11-$10-$1"), "abcdefghijk".replace(re, "$12"), "abcdefghijk".replace(re, "$011"), "ab".replace(/(a)/, "$10")];
});
t("empty matches advance", function () { return ["abc".replace(/x*/g, "-"), "abc".match(/x*/g), "abc".split(/x*/), "aaa".replace(/a*?/g, "-"), "".replace(/x*/g, "-"), "abc".replace(/\b/g, "|"), "a\u00e9b".replace(/(?:)/g, ".")]; });
t("global lastIndex after replace and match", function () { var re = /o/g; re.lastIndex = 3; var a = "foo".replace(re, "0"); var l1 = re.lastIndex; re.lastIndex = 2; var b = "foo".match(re); return [a, l1, b, re.lastIndex]; });
t("non-global replace uses index 0", function () { var re = /o/; re.lastIndex = 2; return ["foo".replace(re, "0"), re.lastIndex]; });
t("case-insensitive", function () { return ["Hello HELLO hello".replace(/hello/gi, "x"), "ABC".match(/b/i), "aBc".split(/B/i), "xYz".search(/y/i), "\u00c9T\u00c9".replace(/\u00e9/gi, "e")]; });
t("multiline", function () { return ["a\nb\nc".replace(/^/gm, "> "), "a\nb".replace(/$/gm, ";"), "a\nb".match(/^\w$/gm), "a\nb".match(/^\w$/g)]; });
t("split", function () {
  return ["a,b;c".split(/[,;]/), "a1b22c".split(/(\d+)/), "a1b22c".split(/(\d)+/), "abc".split(/(?:)/), "abc".split(/b/, 1), "a,b,c".split(/,/, 2), "".split(/,/), "".split(/(?:)/), "a  b".split(/\s/), "a  b".split(/\s+/), "test".split(/(t)?/), "ab".split(/a*?/), "ab".split(/a*/), "A<B>bold</B>".split(/<(\/)?([^<>]+)>/), "\u00e9,\u4e2d,x".split(/,/)];
});
t("match", function () { return ["a1b22c333".match(/\d+/g), "abc".match(/\d/g), "abc".match(/(a)(b)/), "aaa".match(/a/g).length, "x\u00e9y\u00e9".match(/\u00e9/g), "\ud83d\ude00\ud83d".match(/\ud83d/g)]; });
t("search", function () { return ["abc".search(/c/), "abc".search(/x/), "abc".search(/c/g), "a\u00e9c".search(/\u00e9/), "\u4e2d\u4e16".search(/\u4e16/), "abc".search(/(?:)/)]; });
t("search ignores lastIndex", function () { var re = /b/g; re.lastIndex = 2; return ["abc".search(re), re.lastIndex]; });
t("first-character skipping", function () {
  var s = new Array(200).join("ab") + "wor" + new Array(100).join("w") + "world";
  return [s.search(/world/), s.search(/w(o|a)rld/), s.search(/[wx]orld/), s.search(/\bworld/), s.search(/(?:world|xyz)/), /wor(l)d/.exec(s).index, s.search(/o\w+d$/)];
});
t("first character with lookbehind and boundary", function () { return ["xab ab".search(/(?<=x)ab/), "xab ab".search(/(?<!x)ab/), "ab cab".search(/\bab/), "cab ab".search(/\Bab/)]; });
t("single class on wide text", function () { return ["\u4e2da1".search(/\d/), "\u4e2d\u0101a".search(/[a-z]/), "\u0100".search(/[\u00ff]/), "x\u0100y".replace(/[xy]/g, "_")]; });
t("repeated exec on one Latin-1 string", function () { var s = new Array(50).join("caf\u00e9 "), re = /\u00e9/g, n = 0; while (re.exec(s)) n++; return [n, re.lastIndex]; });
t("test on many strings", function () { var n = 0; for (var i = 0; i < 100; i++) if (/7/.test(String(i))) n++; return n; });
t("backreference octal edge", function () { return [/(a)\2/.exec("a\u0002")[0].length, /(a)\1/.exec("aa")[0], "xa\u0002".search(/(a)\2/), "a\u0002a\u0002".replace(/(a)\2/g, "!")]; });
