// Regexp literals evaluated repeatedly (ES5 §7.8.5: each evaluation is a new object; ES3 shared one): objects, lastIndex and properties are not shared, the compiled pattern is; new RegExp(re) copies.
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
t("distinct per evaluation", function () { var r = []; for (var i = 0; i < 3; i++) r.push(/a/g); return [r[0] === r[1], r[1] === r[2], r[0] !== r[2]]; });
t("lastIndex not shared across evaluations", function () {
  var out = [];
  for (var i = 0; i < 4; i++) { var re = /o/g; out.push(re.lastIndex, re.test("foo"), re.lastIndex); }
  return out;
});
t("exec loop on a fresh literal each call", function () {
  function next(s) { var re = /\d+/g; var m = re.exec(s); return [m && m[0], re.lastIndex]; }
  return [next("a12b34"), next("a12b34"), next("x")];
});
t("state kept within one object", function () { var re = /o/g, r = []; for (var i = 0; i < 4; i++) r.push(re.test("foo") + ":" + re.lastIndex); return r; });
t("own properties not shared", function () { var a = [], re; for (var i = 0; i < 3; i++) { re = /x/; if (i === 0) re.tag = "first"; a.push(re.tag); } return a; });
t("same source, two sites", function () { var a = /ab+c/gi, b = /ab+c/gi; a.lastIndex = 5; return [a === b, b.lastIndex, a.exec("xABBBC abc"), b.exec("xABBBC abc")[0], b.lastIndex]; });
t("same source, other flags", function () { var s = "Foo\nfoo"; return [/^foo/.exec(s), /^foo/i.exec(s)[0], /^foo/m.exec(s).index, /^foo/im.exec(s).index, s.match(/^foo/gim), s.match(/^foo/g)]; });
t("literal in function called many times", function () {
  function count(s) { var n = 0; while (/(\d)/.test(s) && n < 100) { s = s.replace(/(\d)/, ""); n++; } return n; }
  var t = 0; for (var i = 0; i < 50; i++) t += count("a1b2c3"); return t;
});
t("literal properties", function () { var r = []; for (var i = 0; i < 2; i++) { var re = /a\/b[/]/gim; r.push(re.source, re.global, re.ignoreCase, re.multiline, re.lastIndex, String(re)); } return r; });
t("new RegExp(re) is a new object with the same program", function () {
  var re = /(a)(b)?/g; re.lastIndex = 2; var c = new RegExp(re);
  return [c === re, c.lastIndex, String(c), c.exec("xab")[0], c.lastIndex, re.lastIndex, RegExp(re) === re];
});
t("new RegExp(re, flags)", function () { var re = /abc/g; var c = new RegExp(re.source, "i"); return [String(c), c.test("ABC"), re.test("ABC")]; });
t("regexps in a closure loop", function () {
  var fs = []; for (var i = 0; i < 3; i++) fs.push(function () { return /z/g; });
  var a = fs[0](), b = fs[0](), c = fs[1](); a.test("zz"); return [a.lastIndex, b.lastIndex, c.lastIndex, a === b, b === c];
});
t("many literal sites", function () {
  var s = "The quick brown fox jumps over the lazy dog 1234";
  var r = [/quick/.test(s), /^The/.test(s), /dog$/.test(s), /\d{4}/.exec(s)[0], /o/g.exec(s).index, /[aeiou]/.exec(s)[0], /(\w+) (\w+)$/.exec(s)[2],
           /LAZY/i.test(s), /^the/.test(s), /^the/i.test(s), /x|y|z/.exec(s)[0], /\bj\w+/.exec(s)[0]];
  return r;
});
t("invalid literal via eval throws each time", function () { var r = []; for (var i = 0; i < 2; i++) { try { eval("/(/"); r.push("no"); } catch (e) { r.push(e.name); } } return r; });
