// Iteration methods: callback arguments, thisArg, mutation during iteration, reduce edge cases.
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
t("forEach args", function () { var r = []; ["a", "b"].forEach(function (v, i, arr) { r.push(v, i, arr.length, this.t); }, { t: "T" }); return r; });
t("map thisArg primitive sloppy", function () { return [1].map(function () { return typeof this; }, 5); });
t("map thisArg primitive strict", function () { return [1].map(function () { "use strict"; return typeof this; }, 5); });
t("map no thisArg sloppy", function () { return [1].map(function () { return this === undefined ? "u" : typeof this; }); });
t("map no thisArg strict", function () { return [1].map(function () { "use strict"; return this === undefined ? "u" : typeof this; }); });
t("forEach returns undefined", function () { return [1].forEach(function () { return 1; }); });
t("push during forEach not visited", function () { var a = [1, 2]; var seen = []; a.forEach(function (x) { seen.push(x); a.push(x + 10); }); return [seen, a.length]; });
t("delete during forEach skipped", function () { var a = [1, 2, 3]; var seen = []; a.forEach(function (x, i) { seen.push(x); if (i === 0) delete a[1]; }); return seen; });
t("shrink during map", function () { var a = [1, 2, 3, 4]; var r = a.map(function (x, i) { if (i === 0) a.length = 2; return x; }); return [r, r.length]; });
t("modify ahead during map", function () { var a = [1, 2, 3]; return a.map(function (x, i) { a[2] = "z"; return x; }); });
t("filter copies values at visit", function () { var a = [{ v: 1 }, { v: 2 }]; var r = a.filter(function (o) { return o.v > 0; }); return r[0] === a[0]; });
t("filter mutation after pick", function () { var a = [1, 2, 3]; var r = a.filter(function (x, i) { a[i] = "changed"; return true; }); return [r, a]; });
t("every empty", function () { return [[].every(function () { return false; }), [].some(function () { return true; })]; });
t("every short-circuit", function () { var n = 0; [1, 2, 3].every(function (x) { n++; return x < 2; }); return n; });
t("some short-circuit", function () { var n = 0; [1, 2, 3].some(function (x) { n++; return x === 2; }); return n; });
t("every truthy conversions", function () { return [[1].every(function () { return "0"; }), [1].every(function () { return 0; }), [1].some(function () { return {}; }), [1].some(function () { return NaN; })]; });
t("not callable errors", function () {
  var r = [];
  ["forEach", "map", "filter", "every", "some", "reduce", "reduceRight"].forEach(function (m) {
    try { [1][m]({}); r.push("no"); } catch (e) { r.push(e.name); }
  });
  return r;
});
t("not callable on empty", function () { try { [].forEach(); } catch (e) { return e.name; } });
t("reduce args", function () { var r = []; [1, 2, 3].reduce(function (a, b, i, arr) { r.push(a + ":" + b + ":" + i + ":" + arr.length); return a + b; }); return r; });
t("reduceRight args", function () { var r = []; [1, 2, 3].reduceRight(function (a, b, i) { r.push(a + ":" + b + ":" + i); return a + b; }); return r; });
t("reduce this undefined", function () { return [1, 2].reduce(function () { "use strict"; return typeof this; }); });
t("reduce empty init", function () { return [].reduce(function () { return 1; }, "init"); });
t("reduce empty no init", function () { try { [].reduce(function () {}); } catch (e) { return e.name; } });
t("reduce init undefined explicit", function () { return [1].reduce(function (a, b) { return String(a) + b; }, undefined); });
t("reduce push during", function () { var a = [1, 2]; return a.reduce(function (acc, x) { a.push(9); return acc + x; }, 0); });
t("reduceRight shrink during", function () { var a = [1, 2, 3, 4]; return a.reduceRight(function (acc, x, i) { if (i === 3) a.length = 1; return acc + "," + x; }, "s"); });
t("reduce concat", function () { return [[1], [2, 3], [4]].reduce(function (a, b) { return a.concat(b); }); });
t("map result is array", function () { var r = Array.prototype.map.call({ length: 2, 0: 1, 1: 2 }, function (x) { return x; }); return [Array.isArray(r), r.length]; });
t("map over prototype elements", function () {
  var proto = [10, 20];
  var o = Object.create(proto);
  o.length = 2;
  return Array.prototype.map.call(o, function (x) { return x + 1; });
});
t("callback sees getter value", function () {
  var a = [1, 2];
  Object.defineProperty(a, 1, { get: function () { return "got"; } });
  return a.map(function (x) { return x; });
});
t("filter setter not called", function () {
  var log = [];
  Object.defineProperty(Array.prototype, "0", { set: function (v) { log.push("set"); }, configurable: true });
  try { var r = [5].filter(function () { return true; }); return [r[0], log, r.hasOwnProperty(0)]; }
  finally { delete Array.prototype[0]; }
});
t("map defines not puts", function () {
  Object.defineProperty(Array.prototype, "0", { set: function (v) { throw new Error("setter"); }, configurable: true });
  try { var r = [5].map(function (x) { return x * 2; }); return r[0]; }
  finally { delete Array.prototype[0]; }
});
t("concat defines not puts", function () {
  Object.defineProperty(Array.prototype, "0", { set: function (v) { throw new Error("setter"); }, configurable: true });
  try { return [[5].concat([6])[0], [7].slice()[0], [8, 9].splice(0, 1)[0]]; }
  finally { delete Array.prototype[0]; }
});
t("nested iteration", function () { return [1, 2].map(function (x) { return [3, 4].map(function (y) { return x * y; }).join("+"); }); });
t("forEach on frozen", function () { var s = 0; Object.freeze([1, 2, 3]).forEach(function (x) { s += x; }); return s; });
t("callbacks with far index", function () { var a = []; a[200000] = "x"; var seen; a.forEach(function (v, i) { seen = [v, i, typeof i]; }); return seen; });
