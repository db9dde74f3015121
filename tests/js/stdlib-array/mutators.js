// push/pop/shift/unshift/reverse: return values, generic behaviour, big arrays.
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
t("push returns length", function () { var a = []; return [a.push(), a.push(1, 2), a.push(undefined), a]; });
t("pop order", function () { var a = [1, 2, 3]; return [a.pop(), a.pop(), a.pop(), a.pop(), a.length]; });
t("shift order", function () { var a = [1, 2, 3]; return [a.shift(), a.shift(), a.shift(), a.shift(), a.length]; });
t("unshift return", function () { var a = [3]; return [a.unshift(), a.unshift(1, 2), a]; });
t("unshift empty array", function () { var a = []; a.unshift("x"); return a; });
t("reverse even", function () { return [1, 2, 3, 4].reverse(); });
t("reverse returns this", function () { var a = [1]; return a.reverse() === a; });
t("reverse empty", function () { return [].reverse(); });
t("push many", function () { var a = []; for (var i = 0; i < 100000; i++) a.push(i); return [a.length, a[99999]]; });
t("shift many", function () { var a = []; for (var i = 0; i < 2000; i++) a.push(i); var s = 0; while (a.length) s += a.shift(); return s; });
t("unshift many", function () { var a = []; for (var i = 0; i < 2000; i++) a.unshift(i); return [a[0], a[1999], a.length]; });
t("pop on sparse", function () { var a = []; a[10] = "x"; return [a.pop(), a.length, a.pop(), a.length]; });
t("push at max length", function () { var a = []; a.length = 4294967295; try { a.push(1); } catch (e) { return [e.name, a.length]; } });
t("push obj beyond 2^32", function () { var o = { length: 4294967295 }; Array.prototype.push.call(o, "a"); return [o.length, o[4294967295]]; });
t("push obj 2^53-1", function () { var o = { length: 9007199254740991 }; try { Array.prototype.push.call(o, "a"); } catch (e) { return e.name; } return o.length; });
t("unshift obj", function () { var o = { length: 1, 0: "a" }; Array.prototype.unshift.call(o); return o; });
t("push to array-like with getter/setter", function () {
  var log = [];
  var o = { get length() { log.push("get"); return 0; }, set length(v) { log.push("set " + v); } };
  Array.prototype.push.call(o, "a", "b");
  return [log, o[0], o[1]];
});
t("pop sets length on non-array", function () { var o = { length: "2", 1: "b" }; var r = Array.prototype.pop.call(o); return [r, o.length, typeof o.length, 1 in o]; });
t("shift on frozen", function () { try { Object.freeze([1, 2]).shift(); } catch (e) { return e.name; } });
t("pop on frozen", function () { try { Object.freeze([1, 2]).pop(); } catch (e) { return e.name; } });
t("pop on frozen empty", function () { try { return Object.freeze([]).pop(); } catch (e) { return e.name; } });
t("reverse on frozen", function () { try { Object.freeze([1, 2]).reverse(); } catch (e) { return e.name; } });
t("reverse on frozen single", function () { return Object.freeze([1]).reverse(); });
t("unshift non-configurable hole", function () {
  var a = [1, 2];
  Object.defineProperty(a, 0, { value: 1, writable: false, configurable: true });
  try { a.unshift(0); } catch (e) { return [e.name, a]; }
  return a;
});
t("array constructor forms", function () { return [new Array().length, new Array(0).length, new Array(5).length, new Array("5").length, new Array(1, 2).length, Array.apply(null, [3]).length, Array.apply(null, { length: 3 })]; });
t("Array.length", function () { return [Array.length, Array.prototype.push.length, Array.prototype.concat.length, Array.prototype.splice.length, Array.prototype.reduce.length, Array.prototype.slice.length, Array.prototype.indexOf.length, Array.prototype.lastIndexOf.length, Array.prototype.unshift.length]; });
t("Array proto constructor", function () { return [Array.prototype.constructor === Array, [].constructor === Array, Object.getPrototypeOf([]) === Array.prototype]; });
t("method descriptors", function () { var d = Object.getOwnPropertyDescriptor(Array.prototype, "map"); return [d.writable, d.enumerable, d.configurable, typeof d.value]; });
t("builtins not enumerable", function () { var ks = []; for (var k in []) ks.push(k); for (var k2 in Array.prototype) ks.push(k2); return ks; });
t("Array called as function", function () { var a = Array(3); return [a.length, Array.isArray(a)]; });
t("array literal elision length", function () { return [[,].length, [, ,].length, [1, ,].length, [, 1].length]; });
t("array index keys canonical", function () { var a = []; a["01"] = 1; a["1"] = 2; a[1.0] = 3; a["1.0"] = 4; return [a.length, Object.keys(a)]; });
