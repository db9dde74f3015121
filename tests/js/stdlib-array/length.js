// Array length semantics (ES5 §15.4.5.1): shrinking, growing, invalid values, read-only length.
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
t("shrink", function () { var a = [1, 2, 3, 4]; a.length = 2; return [a, a.length, 2 in a]; });
t("grow", function () { var a = [1]; a.length = 3; return [a, a.length, 1 in a]; });
t("grow then write", function () { var a = [1]; a.length = 3; a[1] = 2; return a; });
t("set zero", function () { var a = [1, 2]; a.length = 0; return [a, a[0]]; });
t("string length", function () { var a = [1, 2, 3]; a.length = "1"; return a; });
t("float length", function () { var a = []; try { a.length = 1.5; } catch (e) { return e.name; } return a.length; });
t("neg length", function () { var a = []; try { a.length = -1; } catch (e) { return e.name; } return a.length; });
t("2^32 length", function () { var a = []; try { a.length = 4294967296; } catch (e) { return e.name; } return a.length; });
t("max length", function () { var a = []; a.length = 4294967295; return a.length; });
t("NaN length", function () { var a = []; try { a.length = NaN; } catch (e) { return e.name; } return a.length; });
t("object length valueOf", function () { var a = [1, 2, 3]; a.length = { valueOf: function () { return 1; } }; return a; });
t("length via index write", function () { var a = []; a[9] = 1; return a.length; });
t("length not enumerable", function () { var ks = []; for (var k in [1]) ks.push(k); return ks; });
t("length descriptor", function () { var d = Object.getOwnPropertyDescriptor([1, 2], "length"); return [d.value, d.writable, d.enumerable, d.configurable]; });
t("delete length", function () { var a = [1]; return [delete a.length, a.length]; });
t("new Array(n)", function () { var a = new Array(3); return [a.length, 0 in a]; });
t("new Array(n) non-int", function () { try { new Array(1.5); } catch (e) { return e.name; } });
t("new Array(-1)", function () { try { new Array(-1); } catch (e) { return e.name; } });
t("Array(2^32-1)", function () { return Array(4294967295).length; });
t("new Array('3')", function () { return new Array("3"); });
t("Array(1,2)", function () { return Array(1, 2); });
t("Array()", function () { return Array(); });
t("defineProperty length shrink", function () { var a = [1, 2, 3]; Object.defineProperty(a, "length", { value: 1 }); return a; });
t("defineProperty length readonly", function () {
  var a = [1, 2, 3];
  Object.defineProperty(a, "length", { writable: false });
  a.length = 0;
  a[5] = 1;
  return [a, a.length, Object.getOwnPropertyDescriptor(a, "length").writable];
});
t("readonly length strict assign", function () {
  "use strict";
  var a = [1];
  Object.defineProperty(a, "length", { writable: false });
  try { a.length = 5; } catch (e) { return e.name; }
});
t("readonly length strict index", function () {
  "use strict";
  var a = [1];
  Object.defineProperty(a, "length", { writable: false });
  try { a[1] = 5; } catch (e) { return [e.name, a.length, 1 in a]; }
});
t("readonly length existing index ok", function () {
  var a = [1, 2];
  Object.defineProperty(a, "length", { writable: false });
  a[0] = 9;
  return a;
});
t("readonly length push", function () { var a = [1]; Object.defineProperty(a, "length", { writable: false }); try { a.push(2); } catch (e) { return [e.name, a.length, a[1]]; } });
t("readonly length pop", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); try { a.pop(); } catch (e) { return [e.name, a.length, a[1]]; } });
t("readonly length shift", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); try { a.shift(); } catch (e) { return [e.name, a.length]; } });
t("readonly length unshift", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); try { a.unshift(0); } catch (e) { return [e.name, a.length]; } });
t("readonly length splice", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); try { a.splice(0, 1); } catch (e) { return [e.name, a.length]; } });
t("readonly length same value ok", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); Object.defineProperty(a, "length", { value: 2 }); return a.length; });
t("readonly length other value", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); try { Object.defineProperty(a, "length", { value: 1 }); } catch (e) { return e.name; } });
t("readonly length make writable", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); try { Object.defineProperty(a, "length", { writable: true }); } catch (e) { return e.name; } });
t("length configurable true", function () { try { Object.defineProperty([], "length", { configurable: true }); } catch (e) { return e.name; } });
t("length enumerable true", function () { try { Object.defineProperty([], "length", { enumerable: true }); } catch (e) { return e.name; } });
t("length accessor", function () { try { Object.defineProperty([], "length", { get: function () { return 1; } }); } catch (e) { return e.name; } });
t("length value and writable false", function () {
  var a = [1, 2, 3];
  Object.defineProperty(a, "length", { value: 1, writable: false });
  return [a, Object.getOwnPropertyDescriptor(a, "length").writable];
});
t("shrink blocked by non-configurable", function () {
  var a = [1, 2, 3, 4];
  Object.defineProperty(a, 1, { value: "nc", configurable: false });
  a.length = 0;
  return [a, a.length];
});
t("shrink blocked strict", function () {
  "use strict";
  var a = [1, 2, 3, 4];
  Object.defineProperty(a, 1, { value: "nc", configurable: false });
  try { a.length = 0; } catch (e) { return [e.name, a.length, a]; }
});
t("shrink blocked defineProperty", function () {
  var a = [1, 2, 3, 4];
  Object.defineProperty(a, 1, { value: "nc", configurable: false });
  try { Object.defineProperty(a, "length", { value: 0 }); } catch (e) { return [e.name, a.length]; }
});
t("shrink blocked defineProperty writable false", function () {
  var a = [1, 2, 3, 4];
  Object.defineProperty(a, 1, { value: "nc", configurable: false });
  try { Object.defineProperty(a, "length", { value: 0, writable: false }); } catch (e) { return [e.name, a.length, Object.getOwnPropertyDescriptor(a, "length").writable]; }
});
t("index defineProperty grows length", function () { var a = []; Object.defineProperty(a, "3", { value: 1, enumerable: true, configurable: true, writable: true }); return [a.length, a]; });
t("index 2^32-1 not element", function () { var a = []; Object.defineProperty(a, "4294967295", { value: 1 }); return a.length; });
t("index past readonly length", function () { var a = []; Object.defineProperty(a, "length", { writable: false }); try { Object.defineProperty(a, "0", { value: 1 }); } catch (e) { return [e.name, a.length]; } });
t("length of frozen", function () { var a = Object.freeze([1, 2]); a.length = 0; a.push; return [a.length, Object.isFrozen(a)]; });
t("frozen push throws", function () { var a = Object.freeze([1, 2]); try { a.push(3); } catch (e) { return [e.name, a]; } });
t("sealed push throws", function () { var a = Object.seal([1, 2]); try { a.push(3); } catch (e) { return [e.name, a]; } });
t("sealed write ok", function () { var a = Object.seal([1, 2]); a[0] = 5; a.length = 1; return [a, a.length]; });
t("nonextensible shrink", function () { var a = Object.preventExtensions([1, 2, 3]); a.length = 1; a[2] = 9; return [a, a.length]; });
t("length assignment returns", function () { var a = [1, 2, 3]; return (a.length = 1); });
t("length with proto setter", function () {
  var a = [1, 2];
  var b = Object.create(a);
  b.length = 0;
  return [a.length, b.length, b.hasOwnProperty("length")];
});
t("array-like length huge", function () {
  var o = { length: 4294967296, 4294967295: "x" };
  return Array.prototype.lastIndexOf.call({ length: -5 }, 1);
});
t("length 2^53", function () { return Array.prototype.indexOf.call({ length: Infinity, 0: "a", 1: "b" }, "b"); });
