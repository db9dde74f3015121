// Array.prototype methods applied generically to strings, arguments and array-like objects.
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
var AP = Array.prototype;
t("map string", function () { return AP.map.call("abc", function (c, i) { return c + i; }); });
t("filter string", function () { return AP.filter.call("a1b2", function (c) { return c > "9"; }); });
t("forEach string", function () { var r = []; AP.forEach.call("xy", function (c, i, o) { r.push(typeof o, o.length, c); }); return r; });
t("join string", function () { return AP.join.call("abc", "-"); });
t("slice string", function () { return AP.slice.call("hello", 1, -1); });
t("indexOf string", function () { return AP.indexOf.call("hello", "l"); });
t("lastIndexOf string", function () { return AP.lastIndexOf.call("hello", "l"); });
t("reduce string", function () { return AP.reduce.call("abc", function (a, c) { return c + a; }); });
t("every string", function () { return AP.every.call("aaa", function (c) { return c === "a"; }); });
t("some string", function () { return AP.some.call("abc", function (c) { return c === "c"; }); });
t("concat string this", function () { var r = AP.concat.call("ab", "cd"); return [r.length, typeof r[0], r[1]]; });
t("reverse string throws", function () { try { AP.reverse.call("ab"); return "no"; } catch (e) { return e.name; } });
t("push string throws", function () { try { AP.push.call("ab", "c"); return "no"; } catch (e) { return e.name; } });
t("sort string throws", function () { try { AP.sort.call("ba"); return "no"; } catch (e) { return e.name; } });
t("sort 1-char string ok", function () { return String(AP.sort.call("a")); });
t("pop empty string", function () { try { return AP.pop.call(""); } catch (e) { return e.name; } });
t("obj map", function () { return AP.map.call({ length: 3, 0: "a", 2: "c" }, function (x) { return x + x; }); });
t("obj join", function () { return AP.join.call({ length: 3, 0: "a", 2: "c" }); });
t("obj join length str", function () { return AP.join.call({ length: "2", 0: 1, 1: 2, 2: 3 }); });
t("obj join neg length", function () { return AP.join.call({ length: -3, 0: 1 }); });
t("obj join frac length", function () { return AP.join.call({ length: 2.9, 0: 1, 1: 2, 2: 3 }); });
t("obj push", function () { var o = { length: 2 }; var n = AP.push.call(o, "x", "y"); return [n, o]; });
t("obj push no length", function () { var o = {}; var n = AP.push.call(o, "x"); return [n, o]; });
t("obj push str length", function () { var o = { length: "1" }; AP.push.call(o, "x"); return o; });
t("obj pop", function () { var o = { length: 2, 0: "a", 1: "b" }; var r = AP.pop.call(o); return [r, o]; });
t("obj pop empty", function () { var o = { length: 0 }; var r = AP.pop.call(o); return [r, o]; });
t("obj pop no length", function () { var o = {}; var r = AP.pop.call(o); return [r, o]; });
t("obj shift", function () { var o = { length: 3, 0: "a", 2: "c" }; var r = AP.shift.call(o); return [r, o]; });
t("obj unshift", function () { var o = { length: 2, 0: "a", 1: "b" }; var n = AP.unshift.call(o, "z"); return [n, o]; });
t("obj splice", function () { var o = { length: 4, 0: 0, 1: 1, 2: 2, 3: 3 }; var r = AP.splice.call(o, 1, 2, "x"); return [r, o]; });
t("obj reverse", function () { var o = { length: 3, 0: "a", 2: "c" }; AP.reverse.call(o); return o; });
t("obj reverse hole", function () { var o = { length: 3, 0: "a" }; AP.reverse.call(o); return o; });
t("obj sort", function () { var o = { length: 4, 0: "d", 1: "b", 3: "a", 5: "ignored" }; AP.sort.call(o); return o; });
t("obj slice", function () { return AP.slice.call({ length: 3, 0: "a", 2: "c" }, 1); });
t("obj indexOf", function () { return AP.indexOf.call({ length: 3, 2: NaN, 1: "x" }, "x"); });
t("obj concat", function () { var o = { length: 1, 0: "a" }; var r = AP.concat.call(o, [1]); return [r.length, r[0] === o, r[1]]; });
t("obj toString uses join", function () { return AP.toString.call({ join: function () { return "J"; } }); });
t("obj toString no join", function () { return AP.toString.call({ join: 1 }); });
t("toString on number", function () { return AP.toString.call(5); });
t("arguments map", function () { return (function () { return AP.map.call(arguments, function (x) { return x * 2; }); })(1, 2, 3); });
t("arguments slice", function () { return (function () { return AP.slice.call(arguments, 1); })(1, 2, 3); });
t("arguments join", function () { return (function () { return AP.join.call(arguments, "+"); })(1, "b", null); });
t("arguments sort", function () { return (function () { AP.sort.call(arguments); return AP.slice.call(arguments); })(3, 1, 2); });
t("arguments push", function () { return (function () { AP.push.call(arguments, 9); return [arguments.length, arguments[2]]; })(1, 2); });
t("arguments shift", function (a, b) { return (function (a, b) { AP.shift.call(arguments); return [a, b, arguments.length]; })(1, 2); });
t("null this", function () { try { AP.map.call(null, function () {}); } catch (e) { return e.name; } });
t("undefined this join", function () { try { AP.join.call(undefined); } catch (e) { return e.name; } });
t("number this", function () { return AP.map.call(5, function () {}); });
t("boolean this push", function () { try { return AP.push.call(true, 1); } catch (e) { return e.name; } });
t("getter length once", function () {
  var n = 0;
  var o = { get length() { n++; return 2; }, 0: "a", 1: "b" };
  AP.forEach.call(o, function () {});
  AP.join.call(o);
  AP.indexOf.call(o, "b");
  return n;
});
t("getter elements order", function () {
  var log = [];
  var o = { length: 3 };
  [0, 1, 2].forEach(function (i) { Object.defineProperty(o, i, { get: function () { log.push("g" + i); return i; }, enumerable: true }); });
  AP.reverse.call(o);
  return log;
});
t("map callback before length?", function () { try { AP.map.call({ length: 1 }, 5); } catch (e) { return e.name; } });
t("map on null with bad fn", function () { try { AP.map.call(null, 5); } catch (e) { return e.name; } });
t("forEach callback order len getter", function () {
  var log = [];
  var o = { get length() { log.push("len"); return 0; } };
  try { AP.forEach.call(o, null); } catch (e) { log.push(e.name); }
  return log;
});
t("isArray", function () { return [Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(AP), Array.isArray("a"), Array.isArray(arguments), Array.isArray()]; });
t("AP is array", function () { return [AP.length, Object.prototype.toString.call(AP)]; });
