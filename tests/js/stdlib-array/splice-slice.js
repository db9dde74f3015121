// splice and slice with negative, huge, fractional and non-numeric indices.
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
function A() { return [0, 1, 2, 3, 4]; }
var idx = [undefined, null, NaN, -Infinity, -100, -6, -5, -4, -1, -0.5, 0, 0.9, 1, 2.5, "2", "x", 4, 5, 6, 100, Infinity, 4294967296, -4294967296, true];
for (var i = 0; i < idx.length; i++) {
  t("slice(" + show(idx[i]) + ")", function () { return A().slice(idx[i]); });
  t("slice(1," + show(idx[i]) + ")", function () { return A().slice(1, idx[i]); });
  t("splice(" + show(idx[i]) + ")", function () { var a = A(); var r = a.splice(idx[i]); return [a, r]; });
  t("splice(1," + show(idx[i]) + ")", function () { var a = A(); var r = a.splice(1, idx[i]); return [a, r]; });
  t("splice(" + show(idx[i]) + ",1,'x')", function () { var a = A(); var r = a.splice(idx[i], 1, "x"); return [a, r]; });
}
t("splice()", function () { var a = A(); var r = a.splice(); return [a, r]; });
t("splice(undefined, undefined)", function () { var a = A(); var r = a.splice(undefined, undefined); return [a, r]; });
t("splice grow middle", function () { var a = A(); var r = a.splice(2, 1, "a", "b", "c"); return [a, r]; });
t("splice shrink middle", function () { var a = A(); var r = a.splice(1, 3, "a"); return [a, r]; });
t("splice same size", function () { var a = A(); var r = a.splice(1, 2, "a", "b"); return [a, r]; });
t("splice at end", function () { var a = A(); var r = a.splice(5, 0, "e"); return [a, r]; });
t("splice huge count", function () { var a = A(); var r = a.splice(-2, 1e10); return [a, r]; });
t("splice object count", function () { var a = A(); var r = a.splice({ valueOf: function () { return 1; } }, { toString: function () { return "2"; } }); return [a, r]; });
t("splice conversion order", function () {
  var log = [];
  var a = A();
  a.splice({ valueOf: function () { log.push("start"); return 0; } }, { valueOf: function () { log.push("count"); return 0; } });
  return log;
});
t("splice returns array w/ holes", function () { var a = [0, , 2, , 4]; var r = a.splice(0, 4); return [a, r, r.length]; });
t("slice of sparse", function () { var a = []; a[3] = "x"; a[1000] = "y"; var s = a.slice(2, 5); return [s, s.length]; });
t("slice result length trailing hole", function () { var a = [1, 2, , ]; a.length = 4; var s = a.slice(1); return [s, s.length]; });
t("slice array-like trailing hole", function () { var s = Array.prototype.slice.call({ length: 3, 0: "a" }); return [s, s.length]; });
t("slice no args copy", function () { var a = [1, 2]; var b = a.slice(); b[0] = 9; return [a, b]; });
t("splice on array-like length update", function () { var o = { length: 3, 0: "a", 1: "b", 2: "c" }; Array.prototype.splice.call(o, 0, 1); return o; });
t("splice array-like no length", function () { var o = { 0: "a" }; var r = Array.prototype.splice.call(o, 0, 1, "x"); return [o, r]; });
t("splice sparse big", function () { var a = [1, 2, 3]; a[20] = 20; var r = a.splice(1, 1); return [a.length, r, a[19], 19 in a, 20 in a]; });
