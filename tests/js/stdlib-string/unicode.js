// Non-ASCII text: surrogates, case mapping (special casing), trim of every Unicode space, fromCharCode.
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
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i).toString(16)); return r.join(" "); }
var E = "\ud83d\ude00";
t("emoji length", function () { return [E.length, E.charCodeAt(0), E.charCodeAt(1), codes(E.charAt(0))]; });
t("emoji slice split", function () { return [codes(E.slice(1)), codes(("a" + E + "b").split("")[1]), ("a" + E + "b").split("").length]; });
t("lone surrogates", function () { var s = "\ud800x\udc00"; return [s.length, codes(s), codes(s.toUpperCase()), codes(s.toLowerCase()), s.indexOf("\udc00")]; });
t("surrogate concat", function () { var hi = "\ud83d", lo = "\ude00"; return [(hi + lo) === E, codes(hi + lo)]; });
t("fromCharCode large", function () { return [codes(String.fromCharCode(65536 + 65)), codes(String.fromCharCode(-1)), codes(String.fromCharCode(4294967296 + 66)), codes(String.fromCharCode(65.9)), codes(String.fromCharCode(NaN)), codes(String.fromCharCode("0x41")), codes(String.fromCharCode())]; });
t("fromCharCode multi", function () { return codes(String.fromCharCode(0xd83d, 0xde00, 0x10041, -2)); });
t("fromCharCode many", function () { var a = []; for (var i = 0; i < 300; i++) a.push(i); var s = String.fromCharCode.apply(null, a); return [s.length, s.charCodeAt(299), s.charCodeAt(128)]; });
t("fromCharCode valueOf", function () { return String.fromCharCode({ valueOf: function () { return 0x263a; } }).charCodeAt(0); });
t("upper latin1", function () { return codes("\u00e0\u00ff\u00b5\u00df".toUpperCase()); });
t("upper sharp s", function () { return ["stra\u00dfe".toUpperCase(), "\u00df".toUpperCase().length]; });
t("upper ligatures", function () { return [codes("\ufb00".toUpperCase()), codes("\ufb03".toUpperCase()), codes("\u0149".toUpperCase()), codes("\u01f0".toUpperCase())]; });
t("upper greek", function () { return [codes("\u0390".toUpperCase()), codes("\u1f80".toUpperCase()), codes("\u03c2".toUpperCase()), codes("\u1fb3".toUpperCase())]; });
t("lower special", function () { return [codes("\u0130".toLowerCase()), codes("I\u0307".toLowerCase()), codes("\u212a".toLowerCase()), codes("\u2126".toLowerCase())]; });
t("final sigma", function () { return [codes("\u03a3".toLowerCase()), codes("A\u03a3".toLowerCase()), codes("A\u03a3B".toLowerCase()), codes("A\u03a3 B".toLowerCase()), codes("\u039f\u0394\u039f\u03a3".toLowerCase())]; });
t("case round trip", function () { return ["\u00c9cole".toLowerCase(), "\u00e9cole".toUpperCase(), "\u0131".toUpperCase(), codes("\u0131".toUpperCase())]; });
t("upper cyrillic armenian", function () { return [codes("\u0430\u044f\u0451".toUpperCase()), codes("\u0587".toUpperCase()), codes("\u0561".toUpperCase())]; });
t("astral case", function () { return [codes("\ud801\udc28".toUpperCase()), codes("\ud801\udc00".toLowerCase()), codes("\ud83d\ude00".toUpperCase())]; });
t("toLocale case", function () { return ["abc".toLocaleUpperCase(), "ABC".toLocaleLowerCase(), codes("\u0130".toLocaleLowerCase())]; });
t("case of non-letters", function () { return ["123 !?".toUpperCase(), "\u2160".toLowerCase().charCodeAt(0).toString(16), "\u24b6".toLowerCase().charCodeAt(0).toString(16)]; });
var spaces = [0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
var notSpaces = [0x180e, 0x200b, 0x85, 0x1, 0x200c, 0x2060];
t("trim all spaces", function () { return spaces.map(function (c) { var s = String.fromCharCode(c); return (s + "x" + s).trim() === "x"; }).join(""); });
t("trim not spaces", function () { return notSpaces.map(function (c) { var s = String.fromCharCode(c); return (s + "x" + s).trim().length; }).join(""); });
t("trim mixed", function () { var all = String.fromCharCode.apply(null, spaces); return [(all + "a b" + all).trim(), (all + all).trim(), "".trim()]; });
t("trimLeft/Right", function () { return [q(" \t a \n ".trimLeft()), q(" \t a \n ".trimRight())]; });
t("trim generic", function () { return String.prototype.trim.call({ toString: function () { return "  o  "; } }); });
t("trim number", function () { return String.prototype.trim.call(12); });
t("whitespace in Number()", function () { return spaces.map(function (c) { var s = String.fromCharCode(c); return Number(s + "5" + s); }).join(","); });
t("whitespace in parseInt/Float", function () { return spaces.map(function (c) { var s = String.fromCharCode(c); return parseInt(s + "7") + parseFloat(s + "1.5"); }).join(","); });
t("non-space in Number", function () { return notSpaces.map(function (c) { return Number(String.fromCharCode(c) + "5"); }).join(","); });
t("regexp \\s", function () { return [spaces.every(function (c) { return /^\s$/.test(String.fromCharCode(c)); }), notSpaces.map(function (c) { return /\s/.test(String.fromCharCode(c)); }).join()]; });
t("indexOf non-ASCII", function () { var s = "caf\u00e9 \u65e5\u672c\u8a9e " + E; return [s.indexOf("\u00e9"), s.indexOf("\u672c"), s.indexOf(E), s.lastIndexOf("\ude00"), s.length]; });
t("mixed latin1 and utf16 compare", function () { var a = "\u00e9t\u00e9", b = "\u00e9t\u00e9\u0100".slice(0, 3); return [a === b, a < "\u0100", "\u00ff" < "\u0100", "z" < "\u00e9"]; });
t("concat wide", function () { var s = ""; for (var i = 0; i < 5; i++) s += String.fromCharCode(0x3b1 + i); return [s, codes(s)].join(" ").length; });
t("substring surrogate split", function () { return [codes(("x" + E).substring(0, 2)), codes(E.substr(-1))]; });
t("charCodeAt all astral", function () { var s = "\ud834\udd1e"; return [s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2)]; });
t("string comparison", function () { return ["\ud83d\ude00" > "\uffff", "a" < "b", "B" < "a", "aa" > "a", "\u00e9" > "e"]; });
