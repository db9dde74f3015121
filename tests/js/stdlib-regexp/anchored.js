// Anchored patterns (^ without m at the start of every alternative) are tried at their start only; with m, or with an alternative that is not anchored, they search.
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
var long = new Array(20001).join("x");
t("anchored fails on a long subject", function () { var re = /^\d+/, n = 0; for (var i = 0; i < 200; i++) if (re.exec(long) || re.test(long) || long.search(re) >= 0 || long.match(re)) n++; return n; });
t("anchored matches at the start", function () { return [/^\d+/.exec("123abc"), /^\d+/.exec("abc123"), /^a/.test("ab"), /^a/.test("ba"), "ab".search(/^a/), "ba".search(/^a/)]; });
t("global anchored and lastIndex", function () {
  var re = /^a/g, r = [];
  r.push(re.test("aaa"), re.lastIndex); r.push(re.test("aaa"), re.lastIndex); r.push(re.test("aaa"), re.lastIndex);
  re.lastIndex = 2; r.push(show(re.exec("aaa")), re.lastIndex);
  re.lastIndex = 0; r.push(show(re.exec("aaa")), re.lastIndex);
  return r;
});
t("global anchored lastIndex past end", function () { var re = /^/g; re.lastIndex = 5; var a = re.exec("ab"); re.lastIndex = 0; var b = re.exec("ab"); return [a, b && b.index, re.lastIndex]; });
t("global anchored empty match", function () { var re = /^/g; var m = re.exec(""); return [m && m.index, re.lastIndex, "abc".replace(/^/g, ">"), "abc".match(/^/g), "".replace(/^/g, "x")]; });
t("anchored replace and match with g", function () { return ["aaa".replace(/^a/g, "x"), "aaa".match(/^a/g), "baa".match(/^a/g), "aXa".split(/^a/), "aaa".replace(/^a*/g, "[$&]")]; });
t("multiline is not anchored", function () {
  var s = "ab\nab\r\nab\u2028ab";
  return [s.match(/^a/gm), s.replace(/^a/gm, "x"), /^b/m.exec("a\nb").index, s.split(/^a/m), s.search(/^b/m)];
});
t("multiline with lastIndex", function () { var re = /^\w/gm, s = "one\ntwo\nthree", r = []; re.lastIndex = 1; var m; while ((m = re.exec(s))) r.push(m[0] + m.index); return r; });
t("alternatives all anchored", function () { return [/^a|^b/.exec("cab"), /^a|^b/.exec("bac")[0], "xxab".search(/^a|^b/), /^(?:a|b)|^c/.test("c"), /(^a|^b)c/.exec("bc")[0], /(^a|^b)c/.exec("xbc")]; });
t("one alternative not anchored", function () { return [/^a|b/.exec("cab").index, /^a|b/.exec("cab")[0], /b|^a/.exec("ab")[0], "xxab".search(/^a|b/), "ccb".replace(/^a|b/g, "!"), /(^a|b)c/.exec("xbc").index]; });
t("anchor inside a group", function () { return [/(^a)+/.exec("aab")[0], /(^a)?b/.exec("xb").index, /(?:^a)*b/.exec("cab").index, /x(^a)?/.exec("xa")[0]]; });
t("anchor after a lookahead", function () { return [/(?=a)^a/.exec("ba"), /(?=b)^b/.exec("ba"), /(?=x)^x/.exec("x").index]; });
t("anchored case-insensitive", function () { return [/^abc/i.exec("ABCx")[0], /^abc/i.exec("xABC"), /^[a-c]+/i.exec("CaBd")[0]]; });
t("anchored backreference and captures", function () { return [/^(a+)b\1/.exec("aabaa"), /^(a)(b)?/.exec("ac"), /^(?:(x)|(y))z/.exec("yz")]; });
t("anchored on a substring (lexer style)", function () {
  var src = "let x = 42 + foo(7);", pos = 0, toks = [], m;
  var rules = [/^\s+/, /^[a-z]+/, /^\d+/, /^[=+();]/];
  while (pos < src.length) {
    var rest = src.slice(pos), hit = null;
    for (var i = 0; i < rules.length && !hit; i++) hit = rules[i].exec(rest);
    if (!hit) return "stuck at " + pos;
    if (!/^\s/.test(hit[0])) toks.push(hit[0]);
    pos += hit[0].length;
  }
  return toks;
});
t("lastIndex-driven lexer", function () {
  var src = "a1 bb22  c", re = /(\s+)|([a-z]+)|(\d+)/g, pos = 0, out = [], m;
  while (pos < src.length) { re.lastIndex = pos; m = re.exec(src); if (!m || m.index !== pos) return "stuck"; out.push(m[2] ? "id" : m[3] ? "num" : "ws"); pos = re.lastIndex; }
  return out;
});
t("whitespace runs with lastIndex", function () { var re = /\s+/g, s = " a  b\t\nc ", r = []; var m; while ((m = re.exec(s))) r.push(m.index + "-" + re.lastIndex); return r; });
