// encodeURI/encodeURIComponent/decodeURI/decodeURIComponent and escape/unescape.
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
var ascii = "";
for (var c = 0; c < 128; c++) ascii += String.fromCharCode(c);
t("encodeURI ascii", function () { return encodeURI(ascii); });
t("encodeURIComponent ascii", function () { return encodeURIComponent(ascii); });
t("escape ascii", function () { return escape(ascii); });
t("encode non-ascii", function () { var s = "\u00e9\u00ff\u0100\u07ff\u0800\uffff\ud83d\ude00\ud800\udc00\udbff\udfff"; return [encodeURI(s), encodeURIComponent(s), escape(s)]; });
t("encode lone surrogates", function () { return ["\ud800", "\udc00", "a\ud800b", "\udc00\ud800", "\ud800\ud800"].map(function (s) { try { return encodeURIComponent(s); } catch (e) { return e.name; } }); });
t("encode non-strings", function () { return [encodeURIComponent(), encodeURIComponent(null), encodeURI(1.5), encodeURIComponent({ toString: function () { return "a b"; } }), escape(), escape(null)]; });
var enc = ["%41", "%4a%4A", "%", "%4", "%G1", "%2f%2F", "%23%24%26%2B%2C%2F%3A%3B%3D%3F%40", "%20", "%C3%A9", "%c3%a9", "%E2%82%AC", "%F0%9F%98%80", "%C3", "%C3%", "%C3%2", "%C3%41", "%80", "%BF", "%C0%80", "%C1%BF", "%E0%80%80", "%ED%A0%80", "%ED%9F%BF", "%F4%8F%BF%BF", "%F4%90%80%80", "%F8%80%80%80%80", "%FE", "%FF", "%EF%BB%BF", "a%2", "%%41", "%e2%82", "%F0%9F%98", "%u0041", "+", "%2B"];
for (var i = 0; i < enc.length; i++) {
  var s = enc[i];
  t("decode " + s, function () {
    var r = [];
    try { r.push(q(decodeURI(s))); } catch (e) { r.push(e.name); }
    try { r.push(q(decodeURIComponent(s))); } catch (e) { r.push(e.name); }
    r.push(q(unescape(s)));
    return r.join(" ");
  });
}
t("unescape forms", function () { return ["%u00e9", "%U00e9", "%u00", "%u00g9", "%uD83D%uDE00", "%41%u0042%", "%%", "%4", "abc%"].map(function (s) { return q(unescape(s)); }); });
t("escape round trip", function () { var s = ""; for (var c = 0; c < 600; c += 7) s += String.fromCharCode(c); return unescape(escape(s)) === s; });
t("uri round trip", function () { var s = "h\u00e9llo w\u00f6rld/?x=1&y=\u4e2d\u6587#frag \ud83d\ude00"; return [decodeURI(encodeURI(s)) === s, decodeURIComponent(encodeURIComponent(s)) === s, encodeURI(s)]; });
t("decodeURI keeps reserved escapes", function () { return decodeURI("%3B%2f%3F%3a%40%26%3D%2B%24%2C%23%20"); });
t("URIError props", function () { try { decodeURIComponent("%"); } catch (e) { return [e instanceof URIError, e.name, e instanceof Error, Object.prototype.toString.call(e)]; } });
t("lengths", function () { return [encodeURI.length, decodeURI.length, escape.length, unescape.length]; });
t("large", function () { var s = new Array(5001).join("\u00e9"); var e = encodeURIComponent(s); return [e.length, decodeURIComponent(e) === s]; });
