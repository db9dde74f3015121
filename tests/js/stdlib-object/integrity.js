// freeze/seal/preventExtensions on objects, arrays and functions; defineProperty on arrays (ES5 §15.4.5.1).
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
function desc(o, k) { var d = Object.getOwnPropertyDescriptor(o, k); if (!d) return "none"; var r = []; for (var p in d) r.push(p + "=" + (typeof d[p] === "function" ? "fn" : show(d[p]))); return r.join(" "); }
function state(o) { return [Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o)].join("/"); }
t("fresh states", function () { return [state({}), state([]), state(function () {}), state(Object.create(null))]; });
t("empty preventExtensions is frozen", function () { return [state(Object.preventExtensions({})), state(Object.preventExtensions(Object.create(null))), state(Object.preventExtensions(function () {}))]; });
t("preventExtensions", function () { var o = Object.preventExtensions({ a: 1 }); o.b = 2; o.a = 3; delete o.a; return [o, state(o)]; });
t("preventExtensions strict add", function () { "use strict"; var o = Object.preventExtensions({}); try { o.x = 1; } catch (e) { return e.name; } });
t("seal", function () { var o = Object.seal({ a: 1 }); o.a = 2; o.b = 3; delete o.a; return [o, state(o), desc(o, "a")]; });
t("freeze", function () { var o = Object.freeze({ a: 1, get g() { return 2; } }); o.a = 2; o.b = 3; delete o.a; return [o.a, o.b, o.g, state(o), desc(o, "a"), desc(o, "g")]; });
t("freeze returns arg", function () { var o = {}; return [Object.freeze(o) === o, Object.seal(o) === o, Object.preventExtensions(o) === o]; });
t("freeze primitives", function () { return [Object.freeze(1), Object.seal("s"), Object.preventExtensions(true), Object.isFrozen(1), Object.isSealed("s"), Object.isExtensible(1)]; });
t("freeze shallow", function () { var o = Object.freeze({ inner: { x: 1 } }); o.inner.x = 2; return o.inner.x; });
t("frozen proto setter blocked", function () { var p = Object.freeze({ x: 1 }); var o = Object.create(p); o.x = 2; return [o.x, o.hasOwnProperty("x")]; });
t("frozen proto strict assign", function () { "use strict"; var p = Object.freeze({ x: 1 }); var o = Object.create(p); try { o.x = 2; } catch (e) { return e.name; } });
t("frozen proto defineProperty ok", function () { var p = Object.freeze({ x: 1 }); var o = Object.create(p); Object.defineProperty(o, "x", { value: 2 }); return o.x; });
t("freeze array", function () { var a = Object.freeze([1, 2]); a[0] = 9; a[5] = 1; a.length = 0; return [a, a.length, state(a), desc(a, 0), desc(a, "length")]; });
t("freeze array strict", function () {
  "use strict";
  var a = Object.freeze([1, 2]);
  var r = [];
  try { a[0] = 9; } catch (e) { r.push(e.name); }
  try { a[2] = 9; } catch (e) { r.push(e.name); }
  try { a.length = 0; } catch (e) { r.push(e.name); }
  try { a.push(1); } catch (e) { r.push(e.name); }
  try { a.pop(); } catch (e) { r.push(e.name); }
  try { a.sort(); } catch (e) { r.push(e.name); }
  try { a.reverse(); } catch (e) { r.push(e.name); }
  try { a.splice(0, 1); } catch (e) { r.push(e.name); }
  return [r, a];
});
t("frozen array non-mutating methods", function () { var a = Object.freeze([3, 1, 2]); return [a.slice(1), a.concat([4]), a.map(function (x) { return x * 2; }), a.join("-"), a.indexOf(2), a.filter(function (x) { return x > 1; })]; });
t("seal array", function () { var a = Object.seal([1, 2, 3]); a[0] = 9; a[3] = 4; a.length = 1; return [a, a.length, state(a), desc(a, 1)]; });
t("seal array length shrink blocked", function () { "use strict"; var a = Object.seal([1, 2, 3]); try { a.length = 1; } catch (e) { return [e.name, a.length, a]; } });
t("preventExtensions array", function () { var a = Object.preventExtensions([1, 2]); a[2] = 3; a.push; a[0] = 0; a.length = 1; return [a, a.length, state(a)]; });
t("preventExtensions array push throws", function () { var a = Object.preventExtensions([1]); try { a.push(2); } catch (e) { return [e.name, a]; } });
t("freeze sparse array", function () { var a = [1]; a[100000] = 2; Object.freeze(a); a[100000] = 3; return [a[100000], a.length, state(a)]; });
t("freeze holey array", function () { var a = Object.freeze([, 1]); a[0] = 5; return [a, 0 in a]; });
t("freeze function", function () { function f() { return 1; } f.p = 1; Object.freeze(f); f.p = 2; f.q = 3; f.prototype = null; return [f.p, f.q, typeof f.prototype, f(), state(f), desc(f, "prototype"), desc(f, "length")]; });
t("frozen function still callable and constructible", function () { var F = Object.freeze(function (x) { this.x = x; }); var o = new F(5); return [o.x, o instanceof F]; });
t("seal function", function () { var f = Object.seal(function () {}); f.newprop = 1; delete f.prototype; return [f.newprop, typeof f.prototype, Object.isSealed(f), Object.isExtensible(f)]; });
t("freeze arguments", function () { return (function (a) { Object.freeze(arguments); a = 2; arguments[0] = 3; return [a, arguments[0], state(arguments)]; })(1); });
t("freeze string object", function () { var s = Object.freeze(new String("ab")); s.x = 1; return [s.x, state(s), s[0]]; });
t("freeze Date", function () { var d = Object.freeze(new Date(0)); d.setTime(5); return d.getTime(); });
t("isFrozen with accessor", function () { var o = Object.preventExtensions({}); Object.defineProperty(o, "a", { get: function () {}, configurable: false }); return state(o); });
t("isFrozen with writable", function () { var o = {}; Object.defineProperty(o, "a", { value: 1, writable: true }); Object.preventExtensions(o); return state(o); });
t("isSealed after manual", function () { var o = { a: 1 }; Object.defineProperty(o, "a", { configurable: false }); Object.preventExtensions(o); return state(o); });
t("frozen object keys and descriptors", function () { var o = Object.freeze({ b: 1, a: 2 }); return [Object.keys(o), desc(o, "b")]; });
t("freeze then define same", function () { var o = Object.freeze({ a: 1 }); Object.defineProperty(o, "a", { value: 1 }); try { Object.defineProperty(o, "a", { value: 2 }); } catch (e) { return e.name; } });
t("array defineProperty index", function () { var a = [1, 2, 3]; Object.defineProperty(a, 1, { value: "x", writable: false }); a[1] = "y"; return [a, desc(a, 1), a.length]; });
t("array defineProperty index accessor", function () { var a = [1, 2]; Object.defineProperty(a, 0, { get: function () { return "g"; }, configurable: true, enumerable: true }); return [a[0], a.join(), a.map(function (x) { return x; }), a.length]; });
t("array defineProperty beyond length", function () { var a = [1]; Object.defineProperty(a, 5, { value: "f", enumerable: true, configurable: true, writable: true }); return [a.length, a, Object.keys(a)]; });
t("array defineProperty non-enumerable index", function () { var a = [1, 2, 3]; Object.defineProperty(a, 1, { enumerable: false }); var ks = []; for (var k in a) ks.push(k); return [ks, Object.keys(a), a.join()]; });
t("array length writable false then define index", function () { var a = [1, 2]; Object.defineProperty(a, "length", { writable: false }); var r = []; try { Object.defineProperty(a, 2, { value: 3 }); } catch (e) { r.push(e.name); } try { Object.defineProperty(a, 1, { value: 9 }); r.push("ok " + a[1]); } catch (e) { r.push(e.name); } return r; });
t("array length define with string", function () { var a = [1, 2, 3]; Object.defineProperty(a, "length", { value: "1" }); return a; });
t("array length define invalid", function () { return [-1, 1.5, "x", 4294967296, NaN].map(function (v) { try { Object.defineProperty([], "length", { value: v }); return "ok"; } catch (e) { return e.name; } }); });
t("array length define valueOf once?", function () { var n = 0; Object.defineProperty([], "length", { value: { valueOf: function () { n++; return 2; } } }); return n; });
t("array non-configurable index stops shrink", function () { var a = [0, 1, 2, 3, 4]; Object.defineProperty(a, 2, { configurable: false }); a.length = 1; return [a.length, a]; });
t("array index keys canonical defineProperty", function () { var a = []; Object.defineProperty(a, "01", { value: 1, enumerable: true }); Object.defineProperty(a, "1", { value: 2, enumerable: true }); return [a.length, Object.keys(a)]; });
t("array sealed splice", function () { var a = Object.seal([1, 2, 3]); try { a.splice(1, 1); } catch (e) { return [e.name, a]; } });
t("array with accessor push", function () { var a = [1]; var log = []; Object.defineProperty(a, 1, { set: function (v) { log.push(v); }, configurable: true }); a.push(5); return [log, a.length]; });
t("defineProperty array length accessor with get", function () { var a = []; try { Object.defineProperty(a, "length", { set: function () {} }); } catch (e) { return e.name; } });
t("Object.keys of frozen array", function () { return Object.keys(Object.freeze(["a", "b"])); });
