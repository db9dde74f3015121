// localeCompare: V8 uses ICU's root collation (case and accents are secondary to letters).
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
var words = ["banana", "Apple", "apple", "cherry", "Éclair", "eclair", "éclair", "zebra", "Zebra", "a b", "ab", "a-b", "a_b", "10", "9", "1", "", " ", "résumé", "resume", "Resume", "naïve", "naive", "straße", "strasse", "Strasse", "æther", "aether", "Ærø", "ørn", "orn", "øre", "œuvre", "oeuvre", "ı", "i", "I", "İ", "ł", "l", "ß", "ss", "\u03a9", "\u03c9", "\u03b1", "\u0391", "\u03b2", "\u044f", "\u042f", "\u0430", "\u65e5\u672c", "\u4e2d\u6587", "\u00a0x", "x", "x\u0000", "e\u0301", "\u00e9", "$5", "\u20ac5", "5", "\u2013", "-", "\u2019", "'", "a\u200bb", "\ud83d\ude00", "#", "@", "\u00f1", "n", "o", "\u00f6", "p", "\u00fe", "z"];
t("sorted", function () { return words.slice().sort(function (a, b) { return a.localeCompare(b); }).map(q).join(" "); });
t("signs", function () {
  var m = [];
  for (var i = 0; i < words.length; i++) {
    var row = "";
    for (var j = 0; j < words.length; j++) { var r = words[i].localeCompare(words[j]); row += r < 0 ? "<" : r > 0 ? ">" : "="; }
    m.push(row);
  }
  return m.join("/");
});
var alpha = "aAbBe\u00e9\u00c9\u00e8\u00ea\u00ebEoO\u00f6\u00f8\u0153\u0152\u00dfsSzZ0159 -_.,'\"!?()@#$%&*+/<=>[]^`{|}~\u00e6\u00c6\u00e7\u00f1\u00e5\u00e0\u00e1\u00e2\u00e3\u00e4\u00ee\u00ef\u00fc\u00fd\u00ff\u0101\u0107\u010d\u0142\u0144\u015b\u0161\u017e\u01d6\u0301\u0308\u00a0\u00b7\u2013\u2014\u2019\u201c\u20ac\u00a3\u00a5\u00bf\u00a1\u00b0\u00d7\u0131\u0130\u00de\u00fe\u00f0\u00d0\t";
var seed = 11;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var rs = [];
for (var i = 0; i < 200; i++) { var len = 1 + rnd(6), w = ""; for (var j = 0; j < len; j++) w += alpha.charAt(rnd(alpha.length)); rs.push(w); }
t("random sort", function () { var s = rs.slice().sort(function (a, b) { return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0); }); var idx = s.map(function (w) { return rs.indexOf(w); }); return idx.join(","); });
t("results are -1/0/1", function () { return ["a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("A"), "A".localeCompare("a")]; });
t("coercion", function () { return ["null".localeCompare(null), "undefined".localeCompare(), "1".localeCompare(1), String.prototype.localeCompare.call(5, "5")]; });
