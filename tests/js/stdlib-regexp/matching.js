// RegExp matching semantics: captures, backreferences, lookahead, alternation, quantifiers, classes, anchors.
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
function ex(re, s) { var m = re.exec(s); return m === null ? null : [m.index].concat(Array.prototype.slice.call(m)); }
t("simple", function () { return ex(/b+/, "abbbc"); });
t("captures", function () { return ex(/(a)(b)?(c)/, "ac"); });
t("nested captures", function () { return ex(/((a)|(b))+/, "ab"); });
t("capture reset in quantifier", function () { return ex(/(?:(a)|b)+/, "ab"); });
t("capture reset 2", function () { return ex(/(z)((a+)?(b+)?(c))*/, "zaacbbbcac"); });
t("backreference", function () { return [ex(/(a+)b\1/, "aabaa"), ex(/(a)\1\1/, "aaaa"), ex(/\1(a)/, "aa"), ex(/(a)|\1b/, "b")]; });
t("backreference case-insensitive", function () { return ex(/(a)\1/i, "aA"); });
t("backreference to undefined group", function () { return [ex(/(x)?y\1z/, "yz"), ex(/(?:(a)|b)\1c/, "bc")]; });
t("octal-ish escapes", function () { return [ex(/\0/, "a\0b"), ex(/a\1/, "a\u0001"), ex(/(a)\2/, "a\u0002")]; });
t("lookahead", function () { return [ex(/a(?=b)/, "acab"), ex(/a(?!b)/, "abac"), ex(/(?=(a+))a*b\1/, "baaabac"), ex(/(.*?)a(?!(a+)b\2c)\2(.*)/, "baaabaac")]; });
t("lookahead captures", function () { return ex(/(?=(\d+))\w+\1/, "123x12"); });
t("negative lookahead captures undefined", function () { return ex(/(?!(a))b/, "b"); });
t("alternation order", function () { return [ex(/a|ab/, "abc"), ex(/((a)|(ab))((c)|(bc))/, "abc"), ex(/(?:x|y|z)+/, "qxyzq")]; });
t("empty alternative", function () { return [ex(/a||b/, "b"), ex(/(|a)+/, "aa")]; });
t("greedy vs lazy", function () { return [ex(/a+/, "aaa"), ex(/a+?/, "aaa"), ex(/a*?b/, "aaab"), ex(/<.*>/, "<a><b>"), ex(/<.*?>/, "<a><b>"), ex(/a{2,}?/, "aaaa"), ex(/a??b/, "ab")]; });
t("quantifier bounds", function () { return [ex(/a{2}/, "aaa"), ex(/a{2,3}/, "aaaa"), ex(/a{0}/, "a"), ex(/a{,2}/, "a{,2}"), ex(/x{1}{/, "x{")]; });
t("quantified empty", function () { return [ex(/(a*)*/, "b"), ex(/(a*)+/, "b"), ex(/(?:a?)*?b/, "ab"), ex(/(a|)*/, "aa")]; });
t("classes", function () { return [ex(/[a-c]+/, "xabcd"), ex(/[^a-c]+/, "abxyc"), ex(/[\d.]+/, "v1.2.3"), ex(/[\]\\-]+/, "a]\\-b"), ex(/[-a]+/, "b-a-"), ex(/[a-]+/, "b-a-")]; });
t("class escapes", function () { return [ex(/[\w]+/, "!ab_1!"), ex(/[\W]+/, "ab!?c"), ex(/[\s\S]+/, "a\nb"), ex(/[\b]/, "a\bb"), ex(/\cJ/, "a\nb"), ex(/[\cJ]/, "\n")]; });
t("empty class", function () { return [ex(/[]/, "a"), ex(/[^]/, "\n"), ex(/a[]*b/, "ab")]; });
t("dot", function () { return [ex(/./, "\n"), ex(/./, "\r"), ex(/./, "\u2028"), ex(/./, "\u2029"), ex(/.+/, "a\u0085b")]; });
t("anchors", function () { return [ex(/^b/, "ab"), ex(/^b/m, "a\nb"), ex(/a$/, "a\nb"), ex(/a$/m, "a\nb"), ex(/^$/m, "a\n\nb"), ex(/^b/m, "a\rb"), ex(/^b/m, "a\u2028b")]; });
t("word boundary", function () { return [ex(/\bfoo\b/, "a foo b"), ex(/\Boo\B/, "foo"), ex(/\b/, ""), ex(/\B/, ""), ex(/\b\w+\b/, "\u00e9t\u00e9 x")]; });
t("escapes", function () { return [ex(/\x41/, "A"), ex(/\u0041/, "A"), ex(/\t\v\f/, "\t\v\f"), ex(/\//, "/"), ex(/\a/, "a"), ex(/\u{41}/, "u{41}".replace("u", "u"))]; });
t("identity escapes", function () { return [ex(/\-/, "-"), ex(/\z/, "z"), ex(/\k/, "k"), ex(/\8/, "8"), ex(/[\8]/, "8")]; });
t("invalid ranges", function () { try { new RegExp("[b-a]"); return "no"; } catch (e) { return e.name; } });
t("invalid patterns", function () {
  return ["(", ")", "[", "a**", "*", "+a", "?", "a{2,1}", "(?<a)", "\\", "(?=a)*"].map(function (p) {
    try { new RegExp(p); return "ok"; } catch (e) { return e.name; }
  });
});
t("annex-b lenient", function () { return ["]", "{", "}", "a{", "a{1", "x{2,", "\\c", "[\\c]", "\\c1"].map(function (p) { try { return String(new RegExp(p).test(p)); } catch (e) { return e.name; } }); });
t("case-insensitive", function () { return [ex(/abc/i, "xABC"), ex(/[a-z]+/i, "HeLLo1"), ex(/[^a-z]/i, "aZ1"), ex(/\u00e9/i, "\u00c9"), ex(/\u03c3/i, "\u03a3\u03c2"), ex(/[\u00e0-\u00ff]+/i, "\u00c0\u00e9\u00de")]; });
t("case-insensitive classes", function () { return [ex(/\u0130/i, "i"), ex(/\u00df/i, "SS")]; });
t("case-insensitive cyrillic greek", function () { return [ex(/\u0434/i, "\u0414"), ex(/\u03a9/i, "\u03c9"), ex(/\u1e9e/i, "\u00df")]; });
t("surrogates", function () { var s = "a\ud83d\ude00b"; return [ex(/./, "\ud83d\ude00")[1].length, ex(/[\ud83d]/, s)[0], ex(/\ud83d\ude00/, s)[0], ex(/^.b$/, "\ude00b") !== null]; });
t("long input", function () { var s = new Array(50001).join("a") + "b"; return ex(/a*b/, s)[0]; });
t("catastrophic small", function () { return /^(a+)+$/.test("aaaaaaaaaaaaaaaaaaaa!"); });
t("many captures", function () { var src = ""; for (var i = 0; i < 40; i++) src += "(.)"; var m = new RegExp(src).exec(new Array(41).join("x") + "yz"); return [m.length, m[40]]; });
t("null char", function () { return ex(/\0+/, "a\0\0b"); });
t("regexp in loop literal identity", function () { var r = []; for (var i = 0; i < 2; i++) r.push(/a/g); return r[0] === r[1]; });
t("surrogate escapes", function () {
  var s = "x\ud83d\ude00y\ud83dz";
  return [ex(/\ud83d\ude00/, s), ex(/[\ud83d\ude00]+/, s), ex(/[\uD800-\uDBFF][\uDC00-\uDFFF]/, s), ex(/\ud83d(?!\ude00)/, s), ex(/\\ud83d/, "\\ud83d"), /\ud83d\ude00/.source, ex(/\u{1F600}/, s), ex(/^[^\ud83d]+$/, "ab")].map(show);
});
t("non-BMP literal", function () { var re = new RegExp("[\ud83d\ude00]"); return [ex(re, "\ude00"), ex(/^.$/, "\ud83d\ude00"), ex(/^..$/, "\ud83d\ude00")]; });
