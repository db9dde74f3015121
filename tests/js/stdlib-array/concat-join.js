// concat with non-arrays, join/toString of nested arrays, cycles, null/undefined and separators.
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
t("concat scalars", function () { return [1].concat(2, "s", null, undefined, true); });
t("concat nested not flattened", function () { var r = [1].concat([[2, 3]], [4, [5]]); return [r.length, show(r[1]), show(r[3])]; });
t("concat object array-like", function () { var o = { length: 2, 0: "a", 1: "b" }; var r = [].concat(o); return [r.length, r[0] === o]; });
t("concat arguments", function () { return (function () { var r = [].concat(arguments); return [r.length, typeof r[0]]; })(1, 2); });
t("concat string", function () { return [].concat("abc"); });
t("concat empty", function () { return [].concat(); });
t("concat fresh", function () { var a = [1]; var b = a.concat(); b.push(2); return [a, b]; });
t("concat this not array", function () { var r = Array.prototype.concat.call(1, 2); return [r.length, typeof r[0], r[0] instanceof Number, r[1]]; });
t("concat length holes", function () { var a = [1]; a.length = 3; var r = a.concat([4]); return [r, r.length]; });
t("concat of big sparse", function () { var a = []; a[100000] = 1; var r = a.concat([2]); return [r.length, r[100001], r[100000]]; });
t("concat subclass-free", function () { var r = [1].concat([2]); return Array.isArray(r); });
t("join default", function () { return [1, 2, 3].join(); });
t("join undefined sep", function () { return [1, 2, 3].join(undefined); });
t("join null sep", function () { return [1, 2, 3].join(null); });
t("join empty sep", function () { return [1, 2, 3].join(""); });
t("join num sep", function () { return [1, 2, 3].join(0); });
t("join obj sep", function () { return [1, 2].join({ toString: function () { return "<>"; } }); });
t("join long sep", function () { return ["a", "b"].join("---"); });
t("join null undefined", function () { return [null, undefined, 1, null].join("-"); });
t("join nested", function () { return [1, [2, [3, [4]]], []].join(";"); });
t("toString nested", function () { return String([1, [2, [3, null]], [undefined]]); });
t("cycle join", function () { var a = [1, 2]; a.push(a); return a.join(); });
t("cycle toString", function () { var a = [1]; a[1] = [2, a]; return String(a); });
t("mutual cycle", function () { var a = [1], b = [2]; a.push(b); b.push(a); return [String(a), String(b)]; });
t("cycle in object toString", function () { var a = [1]; var o = { toString: function () { return "o(" + a + ")"; } }; a.push(o); return String(a); });
t("join after cycle ok", function () { var a = [1]; a.push(a); String(a); return [a.join("|"), [a, a].join("/")]; });
t("cycle throws cleans up", function () {
  var a = [1];
  var bad = { toString: function () { throw new Error("boom"); } };
  a.push(bad);
  try { a.join(); } catch (e) {}
  a.pop();
  return a.join() + "|" + [a, a].join();
});
t("join elements toString", function () { return [{ toString: function () { return "T"; } }, { valueOf: function () { return 1; }, toString: function () { return "V"; } }].join(); });
t("join element throws", function () { try { [1, { toString: function () { throw new RangeError("r"); } }].join(); } catch (e) { return e.name; } });
t("join number formats", function () { return [0.1, -0, 1e21, 1e-7, NaN, -Infinity, 255].join(" "); });
t("join sep coerced once", function () { var n = 0; [1, 2, 3, 4].join({ toString: function () { n++; return ","; } }); return n; });
t("join on empty", function () { return [].join("x"); });
t("join holes only", function () { return new Array(4).join("ab"); });
t("toLocaleString", function () { return [1, "a", null, undefined, [2, 3]].toLocaleString(); });
t("toLocaleString calls method", function () { return [{ toLocaleString: function () { return "L"; } }, { toLocaleString: function () { return "M"; } }].toLocaleString(); });
t("toLocaleString not callable", function () { try { [{ toLocaleString: 1 }].toLocaleString(); } catch (e) { return e.name; } });
t("toString overridden join", function () { var a = [1, 2]; a.join = function () { return "custom"; }; return String(a); });
t("String(array of strings)", function () { return String(["a", "b,c"]); });
t("array + string", function () { return [1, 2] + "x"; });
t("array + array", function () { return [1, 2] + [3]; });
t("empty array plus", function () { return [] + []; });
t("array == string", function () { return [[1, 2] == "1,2", [0] == false, [] == "", [null] == ""]; });
