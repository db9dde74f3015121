// Holes ([,1,,2]) through every Array.prototype method.
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
function H() { return [, 1, , 2]; }
t("literal", function () { return H(); });
t("length", function () { return H().length; });
t("in", function () { var a = H(); return [0 in a, 1 in a, 2 in a, 3 in a, 4 in a]; });
t("keys", function () { return Object.keys(H()); });
t("trailing comma", function () { return [1, , ].length; });
t("only holes", function () { return [, , ,]; });
t("toString", function () { return H().toString(); });
t("join", function () { return H().join("-"); });
t("concat", function () { return H().concat(H(), [, ]); });
t("concat holes preserved", function () { var c = H().concat([, 5]); return [0 in c, 4 in c, 5 in c, c.length]; });
t("slice", function () { return H().slice(0, 3); });
t("slice keeps holes", function () { var s = H().slice(); return [0 in s, 2 in s, s.length]; });
t("reverse", function () { return H().reverse(); });
t("reverse odd", function () { return [, 1, , 2, ,].reverse(); });
t("sort", function () { return [, 3, , 1, undefined, 2].sort(); });
t("sort keeps length", function () { var a = [, 3, , 1, undefined, 2]; a.sort(); return [a.length, 4 in a, 5 in a, 3 in a]; });
t("sort cmp", function () { return [, 3, , 1, undefined, 2].sort(function (a, b) { return b - a; }); });
t("splice", function () { var a = H(); var r = a.splice(1, 2); return [a, r]; });
t("splice insert", function () { var a = H(); var r = a.splice(1, 0, "x", "y"); return [a, r]; });
t("splice removes hole", function () { var a = H(); var r = a.splice(0, 1); return [a, r, r.length, 0 in r]; });
t("shift", function () { var a = H(); var r = a.shift(); return [a, r]; });
t("shift twice", function () { var a = H(); a.shift(); var r = a.shift(); return [a, r]; });
t("unshift", function () { var a = H(); var n = a.unshift(0); return [a, n]; });
t("pop hole", function () { var a = [1, , ]; a.length = 3; var r = a.pop(); return [a, r, a.length]; });
t("push", function () { var a = H(); a.push(3); return a; });
t("indexOf undefined", function () { return H().indexOf(undefined); });
t("indexOf real undefined", function () { return [, undefined].indexOf(undefined); });
t("lastIndexOf undefined", function () { return H().lastIndexOf(undefined); });
t("lastIndexOf 2", function () { return H().lastIndexOf(2); });
t("forEach visits", function () { var v = []; H().forEach(function (x, i) { v.push(i + "=" + x); }); return v; });
t("map", function () { return H().map(function (x) { return x * 10; }); });
t("map keeps holes", function () { var m = H().map(function (x) { return x; }); return [0 in m, 1 in m, m.length]; });
t("filter", function () { return H().filter(function () { return true; }); });
t("every", function () { var n = 0; var r = H().every(function () { n++; return true; }); return [r, n]; });
t("some", function () { var n = 0; var r = H().some(function (x) { n++; return x === undefined; }); return [r, n]; });
t("reduce", function () { return H().reduce(function (a, b) { return a + "|" + b; }); });
t("reduce init", function () { return H().reduce(function (a, b, i) { return a + "|" + i; }, "s"); });
t("reduceRight", function () { return H().reduceRight(function (a, b) { return a + "|" + b; }); });
t("reduceRight init", function () { return H().reduceRight(function (a, b, i) { return a + "|" + i; }, "s"); });
t("reduce all holes", function () { return [, , ].reduce(function (a, b) { return a + b; }); });
t("reduce one elem", function () { return [, 7, ,].reduce(function (a, b) { return a + b; }); });
t("reduceRight all holes", function () { return [, , ].reduceRight(function (a, b) { return a + b; }); });
t("reduceRight all holes init", function () { return [, , ].reduceRight(function (a, b) { return a + b; }, 9); });
t("inherited hole", function () {
  Array.prototype[0] = "P";
  try { var a = H(); return [a[0], a.join(), a.indexOf("P"), a.map(function (x) { return x; }), a.slice(0, 1), 0 in a, a.hasOwnProperty(0)]; }
  finally { delete Array.prototype[0]; }
});
t("inherited hole concat", function () {
  Array.prototype[2] = "Q";
  try { return [H().concat([]), H().reverse(), H().filter(function () { return true; })]; }
  finally { delete Array.prototype[2]; }
});
t("inherited hole sort", function () {
  Object.prototype[1] = "O";
  try { var a = [3, , 1]; a.sort(); return [a, a.hasOwnProperty(2), a.length]; }
  finally { delete Object.prototype[1]; }
});
t("hole in for-in", function () { var ks = []; for (var k in H()) ks.push(k); return ks; });
t("delete makes hole", function () { var a = [1, 2, 3]; delete a[1]; return [a, a.length, 1 in a]; });
t("delete last", function () { var a = [1, 2, 3]; delete a[2]; return [a, a.length]; });
t("hole vs undefined map", function () { return [undefined, , null].map(function (x) { return typeof x; }); });
t("sparse big", function () { var a = []; a[5] = 1; a[2] = 0; return [a, a.length, Object.keys(a)]; });
t("sparse far", function () { var a = [1]; a[100000] = 2; var n = 0; a.forEach(function () { n++; }); return [a.length, n, a.indexOf(2), a.lastIndexOf(1)]; });
t("sparse far join len", function () { var a = []; a[2000] = "x"; return a.join("").length; });
t("sparse huge index", function () { var a = []; a[4294967294] = "last"; return [a.length, a[4294967294], Object.keys(a), a.pop(), a.length]; });
t("non-index prop", function () { var a = []; a[4294967295] = "no"; a["-1"] = "neg"; return [a.length, Object.keys(a)]; });
t("sparse methods", function () {
  var a = [];
  a[200000] = "z"; a[3] = "c"; a[100000] = "m";
  var seen = [];
  a.forEach(function (v, i) { seen.push(i + v); });
  var r = a.reduceRight(function (acc, v, i) { return acc + "," + i; }, "");
  return [seen, r, a.filter(function () { return true; }), a.some(function (v) { return v === "z"; }), a.slice(99999, 100001), a.slice(-1), a.map(function (x) { return x + x; }).length];
});
t("sparse join", function () { var a = []; a[100000] = "z"; a[1] = "y"; var j = a.join("-"); return [j.length, j.slice(0, 4), j.slice(-3), a.join("").length, String(a).length]; });
t("sparse sort", function () { var a = []; a[200000] = "b"; a[10] = "a"; a[150000] = undefined; a.sort(); return [a.length, a[0], a[1], a[2], 3 in a, Object.keys(a)]; });
t("sparse concat", function () { var a = []; a[300000] = 1; var c = [0].concat(a, [2]); return [c.length, c[300001], c[300002], Object.keys(c)]; });
t("sparse getter adds later element", function () {
  var a = [];
  a[100000] = "last";
  Object.defineProperty(a, 5, { get: function () { a[50000] = "added"; return "g"; }, enumerable: true, configurable: true });
  var seen = [];
  a.forEach(function (v, i) { seen.push(i + ":" + v); });
  return seen;
});
t("sparse callback adds to prototype", function () {
  var a = [];
  a[10] = "x"; a[200000] = "y";
  var seen = [];
  try {
    a.forEach(function (v, i) { seen.push(i + ":" + v); if (i === 10) Array.prototype[150000] = "proto"; });
  } finally { delete Array.prototype[150000]; }
  return seen;
});
t("sparse lastIndexOf fromIndex", function () { var a = []; a[5] = 1; a[300000] = 1; return [a.lastIndexOf(1, 299999), a.lastIndexOf(1, 4), a.indexOf(1, 6), a.indexOf(1, -1)]; });
t("sparse reduce no init", function () { var a = []; a[70000] = 3; a[90000] = 4; return [a.reduce(function (x, y) { return x * y; }), a.reduceRight(function (x, y) { return x - y; })]; });
