// Array.prototype.sort: default order, comparators, stability, undefined/holes, bad comparators.
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
t("default string order", function () { return [10, 9, 1, 100, 25, -1, -10].sort(); });
t("default mixed", function () { return [true, "b", 2, null, "a", 10, false, "B", NaN, undefined, {}].sort(); });
t("numeric cmp", function () { return [10, 9, 1, 100, 25, -1, -10].sort(function (a, b) { return a - b; }); });
t("desc cmp", function () { return [3, 1, 2].sort(function (a, b) { return b - a; }); });
t("neg zero order", function () { return [0, -0, 0, -0].sort(function (a, b) { return a - b; }); });
t("NaN cmp result", function () { return [3, 1, 2].sort(function () { return NaN; }); });
t("string cmp result", function () { return [3, 1, 2].sort(function (a, b) { return String(a - b); }); });
t("bool cmp result", function () { return [3, 1, 2].sort(function (a, b) { return a > b; }).length; });
t("undefined last", function () { return [undefined, 3, undefined, 1].sort(); });
t("undefined not passed to cmp", function () { var seen = []; [undefined, 2, 1, undefined].sort(function (a, b) { seen.push(typeof a, typeof b); return a - b; }); return seen.indexOf("undefined"); });
t("holes after undefined", function () { var a = [, undefined, 2, , 1]; a.sort(); return [a, a.length, 3 in a, 4 in a]; });
t("stable", function () {
  var a = [];
  for (var i = 0; i < 50; i++) a.push({ k: i % 3, i: i });
  a.sort(function (x, y) { return x.k - y.k; });
  return a.map(function (o) { return o.i; }).join(",");
});
t("stable large", function () {
  var a = [];
  for (var i = 0; i < 1000; i++) a.push({ k: (i * 7919) % 10, i: i });
  a.sort(function (x, y) { return x.k - y.k; });
  for (var j = 1; j < a.length; j++) if (a[j - 1].k === a[j].k && a[j - 1].i > a[j].i) return "unstable at " + j;
  return "stable " + a[0].i + " " + a[999].i;
});
t("stable default strings", function () {
  var a = [];
  for (var i = 0; i < 30; i++) a.push(i % 2 ? "b" : "a");
  var objs = a.map(function (s, i) { return { toString: function () { return s; }, i: i }; });
  objs.sort();
  return objs.map(function (o) { return o.i; }).join(",");
});
t("returns this", function () { var a = [2, 1]; return a.sort() === a; });
t("cmp not function", function () { try { [2, 1].sort(5); } catch (e) { return e.name; } });
t("cmp null", function () { try { [2, 1].sort(null); } catch (e) { return e.name; } });
t("cmp undefined explicit", function () { return [2, 1, 10].sort(undefined); });
t("cmp throws", function () { var a = [3, 2, 1]; try { a.sort(function () { throw new Error("x"); }); } catch (e) { return [e.message, a.length]; } });
t("toString throws", function () { try { [{ toString: function () { throw new TypeError("ts"); } }, 1].sort(); } catch (e) { return e.message; } });
t("inconsistent terminates", function () {
  var a = [];
  for (var i = 0; i < 200; i++) a.push((i * 37) % 101);
  var copy = a.slice();
  a.sort(function () { return Math.random() < 0.5 ? -1 : 1; });
  return a.length === 200 && a.slice().sort(function (x, y) { return x - y; }).join() === copy.sort(function (x, y) { return x - y; }).join();
});
t("always -1 terminates", function () {
  var a = [5, 1, 4, 2, 3, 9, 8, 7, 6, 0, 11, 12];
  a.sort(function () { return -1; });
  return a.slice().sort(function (x, y) { return x - y; });
});
t("always 1 terminates", function () {
  var a = [5, 1, 4, 2, 3, 9, 8, 7, 6, 0, 11, 12];
  a.sort(function () { return 1; });
  return a.slice().sort(function (x, y) { return x - y; });
});
t("always 0 keeps order", function () { return [5, 1, 4, 2, 3].sort(function () { return 0; }); });
t("cmp mutates array", function () {
  var a = [3, 2, 1, 0];
  a.sort(function (x, y) { a.length = 0; return x - y; });
  return a.length;
});
t("unicode order", function () { return ["\u00e9", "z", "a", "\uff21", "\ud83d\ude00", "\ue000", "Z"].sort().map(function (s) { return s.charCodeAt(0); }); });
t("prefix order", function () { return ["ab", "a", "abc", "", "b"].sort(); });
t("numbers as strings", function () { return [1e21, 1e-7, 2, 0.5, -0].sort(); });
t("sort 0 length", function () { return [].sort(); });
t("sort one", function () { return [1].sort(function () { throw 1; }); });
t("sort array-like sparse", function () { var o = { length: 5, 1: "b", 3: "a" }; Array.prototype.sort.call(o); return o; });
t("sort array-like undefined", function () { var o = { length: 3, 0: undefined, 2: "a" }; Array.prototype.sort.call(o); return [o, "1" in o, "2" in o]; });
t("sort with getters", function () {
  var o = { length: 2 };
  Object.defineProperty(o, 0, { get: function () { return "z"; }, set: function (v) { this.s0 = v; }, enumerable: true, configurable: true });
  o[1] = "a";
  Array.prototype.sort.call(o);
  return [o.s0, o[1]];
});
t("many", function () {
  var a = [];
  var x = 12345;
  for (var i = 0; i < 2000; i++) { x = (x * 1103515245 + 12345) % 2147483648; a.push(x % 1000); }
  a.sort(function (p, q) { return p - q; });
  for (var j = 1; j < a.length; j++) if (a[j - 1] > a[j]) return "bad";
  return [a[0], a[1000], a[1999]];
});
t("default many ints", function () {
  var a = [];
  for (var i = 0; i < 300; i++) a.push((i * 7) % 113 - 50);
  a.sort();
  return [a[0], a[1], a[2], a[150], a[299]];
});
t("presorted", function () { var a = []; for (var i = 0; i < 100; i++) a.push(i); var n = 0; a.sort(function (x, y) { n++; return x - y; }); return [a[0], a[99], n <= 99 || n]; });
t("reversed stable", function () {
  var a = [{ k: 3, i: 0 }, { k: 2, i: 1 }, { k: 2, i: 2 }, { k: 1, i: 3 }, { k: 1, i: 4 }, { k: 0, i: 5 }];
  a.sort(function (x, y) { return x.k - y.k; });
  return a.map(function (o) { return o.k + ":" + o.i; }).join(" ");
});
t("strictly reversed", function () { var a = []; for (var i = 50; i > 0; i--) a.push(i); a.sort(function (x, y) { return x - y; }); return [a[0], a[49], a.length]; });
t("reversed default order", function () { return ["d", "c", "b", "a", "B", "A"].sort(); });
t("sorted then one out of place", function () { return [1, 2, 3, 4, 0, 5, 6].sort(function (x, y) { return x - y; }); });
