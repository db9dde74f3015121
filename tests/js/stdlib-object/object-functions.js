// Object.* functions: create, keys, getOwnPropertyNames, getPrototypeOf, defineProperty/ies, descriptors.
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
t("create null proto", function () { var o = Object.create(null); return [Object.getPrototypeOf(o), typeof o.toString, "toString" in o, Object.keys(o)]; });
t("create with props", function () { var o = Object.create({ inh: 1 }, { a: { value: 1, enumerable: true }, b: { value: 2 }, c: { get: function () { return 3; }, enumerable: true } }); return [o.a, o.b, o.c, o.inh, Object.keys(o), desc(o, "b")]; });
t("create bad proto", function () { return [1, "s", true, undefined].map(function (p) { try { Object.create(p); return "ok"; } catch (e) { return e.name; } }); });
t("create props undefined", function () { return Object.keys(Object.create({}, undefined)); });
t("create props null", function () { try { Object.create({}, null); } catch (e) { return e.name; } });
t("create bad descriptor", function () { try { Object.create({}, { a: 1 }); } catch (e) { return e.name; } });
t("getPrototypeOf", function () { return [Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(function () {}) === Function.prototype, Object.getPrototypeOf("s") === String.prototype, Object.getPrototypeOf(1) === Number.prototype]; });
t("getPrototypeOf null", function () { try { Object.getPrototypeOf(null); } catch (e) { return e.name; } });
t("keys order", function () { var o = { b: 1, a: 2, 10: "x", 2: "y", "-1": "n", "01": "z", 4294967295: "big", 4294967294: "max" }; o.c = 3; o[1] = "w"; return Object.keys(o); });
t("keys after delete", function () { var o = { a: 1, b: 2, c: 3 }; delete o.b; o.b = 4; return Object.keys(o); });
t("keys of primitives", function () { return [Object.keys("ab"), Object.keys(5), Object.keys(true)]; });
t("keys of null", function () { try { Object.keys(null); } catch (e) { return e.name; } });
t("keys of array", function () { var a = [1, , 3]; a.x = 1; return Object.keys(a); });
t("keys of function", function () { function f(a, b) {} f.p = 1; return Object.keys(f); });
t("keys of arguments", function () { return (function () { return Object.keys(arguments); })(1, 2); });
t("getOwnPropertyNames", function () { var o = Object.create({ inh: 1 }, { hidden: { value: 1 } }); o.vis = 2; return Object.getOwnPropertyNames(o); });
t("getOwnPropertyNames array", function () { return Object.getOwnPropertyNames([1, 2]); });
t("getOwnPropertyNames string", function () { return Object.getOwnPropertyNames("ab"); });
t("getOwnPropertyNames function", function () { return Object.getOwnPropertyNames(function f(a) {}).sort(); });
t("getOwnPropertyNames strict function", function () { return Object.getOwnPropertyNames(function f(a) { "use strict"; }).sort(); });
t("getOwnPropertyNames builtin", function () { return Object.getOwnPropertyNames(Math.max).sort(); });
t("getOwnPropertyNames Object (ES5 subset)", function () { var es5 = ["create", "defineProperties", "defineProperty", "freeze", "getOwnPropertyDescriptor", "getOwnPropertyNames", "getPrototypeOf", "isExtensible", "isFrozen", "isSealed", "keys", "length", "name", "preventExtensions", "prototype", "seal"]; var names = Object.getOwnPropertyNames(Object); return es5.filter(function (n) { return names.indexOf(n) < 0; }); });
t("getOwnPropertyNames Object.prototype", function () { return Object.getOwnPropertyNames(Object.prototype).sort(); });
t("getOwnPropertyNames Function.prototype", function () { return Object.getOwnPropertyNames(Function.prototype).sort(); });
t("getOwnPropertyNames arguments", function () { return (function () { return Object.getOwnPropertyNames(arguments).sort(); })(1); });
t("getOwnPropertyNames error", function () { return Object.getOwnPropertyNames(new Error("m")).sort(); });
t("getOwnPropertyNames regexp", function () { return Object.getOwnPropertyNames(/a/).sort(); });
t("descriptors data", function () { var o = { a: 1 }; return [desc(o, "a"), desc(o, "zz"), desc([], "length"), desc("abc", 1), desc("abc", "length")]; });
t("descriptors accessor", function () { var o = { get g() { return 1; }, set s(v) {} }; return [desc(o, "g"), desc(o, "s")]; });
t("descriptors builtins", function () { return [desc(Math, "PI"), desc(Object, "prototype"), desc(Array.prototype, "length"), desc(Function.prototype, "length"), desc(function (a, b) {}, "length"), desc(function f() {}, "prototype")]; });
t("descriptor key conversion", function () { var o = { 1: "one", "null": "n", "undefined": "u" }; return [desc(o, 1), desc(o, null), desc(o), desc(o, { toString: function () { return "1"; } })]; });
t("descriptor on primitive", function () { return [desc(1, "x"), desc("s", 0)]; });
t("descriptor on null", function () { try { Object.getOwnPropertyDescriptor(null, "x"); } catch (e) { return e.name; } });
t("defineProperty defaults", function () { var o = {}; Object.defineProperty(o, "x", {}); Object.defineProperty(o, "y", { value: 1 }); Object.defineProperty(o, "z", { get: undefined }); return [desc(o, "x"), desc(o, "y"), desc(o, "z")]; });
t("defineProperty returns obj", function () { var o = {}; return Object.defineProperty(o, "a", { value: 1 }) === o; });
t("defineProperty non-object", function () { return [1, "s", null, undefined].map(function (v) { try { Object.defineProperty(v, "a", {}); return "ok"; } catch (e) { return e.name; } }); });
t("defineProperty bad descriptors", function () {
  return [1, "x", null, { get: 1 }, { set: {} }, { get: function () {}, value: 1 }, { set: function () {}, writable: false }, { get: null }].map(function (d) {
    try { Object.defineProperty({}, "a", d); return "ok"; } catch (e) { return e.name; }
  });
});
t("descriptor from inherited fields", function () { var proto = { enumerable: true, value: "from proto" }; var d = Object.create(proto); var o = {}; Object.defineProperty(o, "x", d); return desc(o, "x"); });
t("descriptor getters invoked", function () { var log = []; var d = {}; ["enumerable", "configurable", "value", "writable", "get", "set"].forEach(function (k) { Object.defineProperty(d, k, { get: function () { log.push(k); return k === "get" || k === "set" ? undefined : true; }, enumerable: true }); }); try { Object.defineProperty({}, "x", d); } catch (e) { log.push(e.name); } return log; });
t("redefine non-configurable", function () {
  var o = {};
  Object.defineProperty(o, "x", { value: 1, writable: false, enumerable: false, configurable: false });
  var r = [];
  [{ value: 1 }, { value: 2 }, { writable: true }, { enumerable: true }, { configurable: true }, { get: function () {} }, { value: 1, writable: false, enumerable: false, configurable: false }, {}].forEach(function (d) {
    try { Object.defineProperty(o, "x", d); r.push("ok"); } catch (e) { r.push(e.name); }
  });
  return r;
});
t("redefine non-configurable writable", function () {
  var o = {};
  Object.defineProperty(o, "x", { value: 1, writable: true });
  var r = [];
  [{ value: 2 }, { writable: false }, { writable: true }, { value: 3 }].forEach(function (d) {
    try { Object.defineProperty(o, "x", d); r.push("ok " + o.x); } catch (e) { r.push(e.name); }
  });
  return r;
});
t("redefine NaN and -0 same value", function () {
  var o = {};
  Object.defineProperty(o, "n", { value: NaN });
  Object.defineProperty(o, "z", { value: -0 });
  var r = [];
  try { Object.defineProperty(o, "n", { value: NaN }); r.push("ok"); } catch (e) { r.push(e.name); }
  try { Object.defineProperty(o, "z", { value: 0 }); r.push("ok"); } catch (e) { r.push(e.name); }
  try { Object.defineProperty(o, "z", { value: -0 }); r.push("ok"); } catch (e) { r.push(e.name); }
  return r;
});
t("redefine non-configurable accessor", function () {
  var g = function () { return 1; };
  var o = {};
  Object.defineProperty(o, "a", { get: g });
  var r = [];
  [{ get: g }, { get: function () {} }, { set: undefined }, { set: function () {} }, { value: 1 }].forEach(function (d) {
    try { Object.defineProperty(o, "a", d); r.push("ok"); } catch (e) { r.push(e.name); }
  });
  return r;
});
t("convert data to accessor", function () { var o = { a: 1 }; Object.defineProperty(o, "a", { get: function () { return 2; } }); return [o.a, desc(o, "a")]; });
t("convert accessor to data", function () { var o = { get a() { return 1; } }; Object.defineProperty(o, "a", { value: 5 }); return [o.a, desc(o, "a")]; });
t("partial accessor update", function () { var o = {}; Object.defineProperty(o, "a", { get: function () { return "g"; }, configurable: true }); Object.defineProperty(o, "a", { set: function (v) { this.v = v; } }); o.a = 3; return [o.a, o.v, desc(o, "a")]; });
t("defineProperties", function () { var o = {}; Object.defineProperties(o, { a: { value: 1, enumerable: true }, b: { get: function () { return 2; } } }); return [o.a, o.b, Object.keys(o)]; });
t("defineProperties atomic check", function () { var o = {}; try { Object.defineProperties(o, { a: { value: 1 }, b: 5 }); } catch (e) { return [e.name, "a" in o]; } });
t("defineProperties ignores non-enumerable", function () { var props = {}; Object.defineProperty(props, "hidden", { value: { value: 1 }, enumerable: false }); props.shown = { value: 2 }; var o = Object.defineProperties({}, props); return Object.getOwnPropertyNames(o); });
t("defineProperties primitive props", function () { try { Object.defineProperties({}, "ab"); } catch (e) { return e.name; } });
t("defineProperty on function length", function () { function f(a, b) {} Object.defineProperty(f, "length", { value: 10 }); return [f.length, desc(f, "length")]; });
t("assign to non-writable sloppy", function () { var o = {}; Object.defineProperty(o, "x", { value: 1 }); o.x = 2; return o.x; });
t("assign to non-writable strict", function () { "use strict"; var o = {}; Object.defineProperty(o, "x", { value: 1 }); try { o.x = 2; } catch (e) { return e.name; } });
t("assign inherited non-writable", function () { "use strict"; var p = {}; Object.defineProperty(p, "x", { value: 1 }); var o = Object.create(p); try { o.x = 2; } catch (e) { return [e.name, o.hasOwnProperty("x")]; } });
t("assign getter-only strict", function () { "use strict"; var o = { get x() { return 1; } }; try { o.x = 2; } catch (e) { return e.name; } });
t("delete non-configurable strict", function () { "use strict"; var o = {}; Object.defineProperty(o, "x", { value: 1 }); try { delete o.x; } catch (e) { return e.name; } });
t("delete non-configurable sloppy", function () { var o = {}; Object.defineProperty(o, "x", { value: 1 }); return [delete o.x, o.x]; });
t("delete builtins", function () { return [delete Math.PI, delete [].length, delete "abc".length, delete Object.prototype]; });
t("many properties", function () { var o = {}; for (var i = 0; i < 200; i++) o["p" + i] = i; delete o.p50; return [Object.keys(o).length, Object.keys(o)[50], o.p199]; });
t("numeric-like keys order", function () { var o = {}; o["2"] = 1; o["1.5"] = 1; o["0"] = 1; o["-0"] = 1; o["1e3"] = 1; o[" 1"] = 1; return Object.keys(o); });
