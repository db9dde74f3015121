// The engine-wide cache of compiled patterns: more distinct patterns than it holds, the same source with different flags, invalid patterns, and string arguments of match/search/split.
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
t("many distinct patterns, twice round", function () {
  var out = [], bad = 0;
  for (var round = 0; round < 2; round++) {
    for (var i = 0; i < 300; i++) {
      var re = new RegExp("^x" + i + "(y|z)$");
      var m = re.exec("x" + i + (i % 2 ? "y" : "z"));
      if (!m || m[1] !== (i % 2 ? "y" : "z") || re.test("x" + (i + 1) + "y") && i + 1 < 300 && String(i + 1).indexOf(String(i)) !== 0) bad++;
    }
    out.push(bad);
  }
  return out;
});
t("interleaved reuse beyond the cache size", function () {
  var s = "abcdefghijklmnopqrstuvwxyz0123456789", n = 0;
  for (var k = 0; k < 3; k++) for (var i = 0; i < 100; i++) { var c = s.charAt(i % s.length); if (new RegExp(c + "{1}").exec(s).index === i % s.length) n++; }
  return n;
});
t("same source, every flag combination", function () {
  var s = "aB\nab\nAb", flags = ["", "g", "i", "m", "gi", "gm", "im", "gim"];
  return flags.map(function (f) { var re = new RegExp("^ab", f); return f + "=" + show(s.match(re)) + "/" + re.lastIndex + "/" + String(re); });
});
t("flags order in the key", function () { var a = new RegExp("a", "gi"), b = new RegExp("a", "ig"); return [String(a), String(b), a.exec("xA")[0], b.test("A"), b.lastIndex]; });
t("same source, different objects", function () { var a = new RegExp("o", "g"), b = new RegExp("o", "g"); a.test("foo"); return [a === b, a.lastIndex, b.lastIndex, b.test("foo"), b.lastIndex]; });
t("invalid pattern throws every time", function () { var r = []; for (var i = 0; i < 3; i++) { try { new RegExp("a(", "g"); r.push("no"); } catch (e) { r.push(e.name); } } return r; });
t("invalid flags throw every time", function () { var r = []; for (var i = 0; i < 2; i++) { try { new RegExp("a", "gg"); r.push("no"); } catch (e) { r.push(e.name); } } return r; });
t("valid after invalid", function () { var r = []; try { new RegExp("(b"); } catch (e) { r.push(e.name); } r.push(new RegExp("(b)").exec("ab")[1]); return r; });
t("unbalanced patterns stay invalid", function () { return ["b)|(b", "a)|(?:(a", ")(", "a)", "(?:a"].map(function (p) { try { new RegExp(p); return "ok"; } catch (e) { return e.name; } }); });
t("non-ASCII sources", function () { return [new RegExp("\u00e9+").exec("caf\u00e9\u00e9")[0], new RegExp("\u00e9+", "i").exec("CAF\u00c9")[0], new RegExp("\u4e2d").test("x\u4e2dy"), new RegExp("\u4e2d", "g").test("x")]; });
t("string arguments to match and search", function () {
  var s = "a.b*c";
  return [s.match("."), s.match("\\*"), s.search("b"), s.search("."), s.search("\\."), s.match("x"), "aaa".match("a"), s.search(), s.match()];
});
t("string separators stay strings", function () { return ["a.b.c".split("."), "a|b".split("|"), "a*b".split("*"), "a(b".split("(")]; });
t("replace with a string pattern is literal", function () { return ["a.b.c".replace(".", "-"), "$1".replace("$1", "x"), "a+b".replace("+", "$&$&"), "abc".replace("b", "$`$'")]; });
t("RegExp from a regexp source", function () { var re = /(\d+)-(\d+)/g; var c = new RegExp(re.source, "g"); return ["1-2 3-4".replace(c, "$2-$1"), c.lastIndex, "1-2 3-4".replace(re, "$2+$1")]; });
