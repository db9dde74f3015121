// Object.prototype methods, getters/setters, legacy __defineGetter__ family, __proto__.
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
var OP = Object.prototype;
t("toString tags", function () {
  return [undefined, null, 1, "s", true, [], {}, function () {}, new Date(0), /x/, new Error("e"), new TypeError("t"), Math, arguments, new Number(1), new String("s"), new Boolean(false), Object.create(null), Array.prototype, Function.prototype, Error.prototype, Date.prototype, RegExp.prototype, (function () { return this; })()].map(function (v) { return OP.toString.call(v); });
});
t("toString global", function () { return String(this === undefined ? "u" : OP.toString.call((function () { return this; })())); });
t("toLocaleString calls toString", function () { var o = { toString: function () { return "TS"; } }; return [o.toLocaleString(), OP.toLocaleString.call(1), OP.toLocaleString.call([1, 2])]; });
t("toLocaleString this primitive", function () { var r; Number.prototype.toString = (function (orig) { return function () { r = typeof this; return orig.call(this); }; })(Number.prototype.toString); try { OP.toLocaleString.call(5); } finally { delete Number.prototype.toString; } return r; });
t("valueOf", function () { var o = {}; return [o.valueOf() === o, typeof OP.valueOf.call(1), OP.valueOf.call("s") instanceof String]; });
t("valueOf null", function () { try { OP.valueOf.call(null); } catch (e) { return e.name; } });
t("hasOwnProperty", function () { var o = Object.create({ inh: 1 }); o.own = 1; return [o.hasOwnProperty("own"), o.hasOwnProperty("inh"), o.hasOwnProperty("toString"), [1].hasOwnProperty(0), [1].hasOwnProperty("0"), [1].hasOwnProperty("length"), "ab".hasOwnProperty(1), "ab".hasOwnProperty(2), OP.hasOwnProperty.call(1, "x")]; });
t("hasOwnProperty undefined key", function () { var o = { undefined: 1 }; return [o.hasOwnProperty(), ({}).hasOwnProperty()]; });
t("hasOwnProperty null this", function () { try { OP.hasOwnProperty.call(null, "x"); } catch (e) { return e.name; } });
t("hasOwnProperty key conversion first", function () { var log = []; try { OP.hasOwnProperty.call(null, { toString: function () { log.push("key"); return "k"; } }); } catch (e) { log.push(e.name); } return log; });
t("isPrototypeOf", function () { var p = {}; var o = Object.create(p); return [p.isPrototypeOf(o), o.isPrototypeOf(p), OP.isPrototypeOf(o), Array.prototype.isPrototypeOf([]), Function.prototype.isPrototypeOf(Object), p.isPrototypeOf(1), OP.isPrototypeOf.call(p, p)]; });
t("isPrototypeOf null this", function () { return [OP.isPrototypeOf.call(null, 1)]; });
t("isPrototypeOf null this object arg", function () { try { OP.isPrototypeOf.call(null, {}); } catch (e) { return e.name; } });
t("propertyIsEnumerable", function () { var o = { a: 1 }; Object.defineProperty(o, "h", { value: 1 }); return [o.propertyIsEnumerable("a"), o.propertyIsEnumerable("h"), o.propertyIsEnumerable("toString"), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable("length"), "ab".propertyIsEnumerable(0), Object.create(o).propertyIsEnumerable("a")]; });
t("getter/setter literal", function () { var o = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 2; } }; o.v = 5; return [o.v, o._v]; });
t("getter this primitive", function () { Object.defineProperty(Number.prototype, "me", { get: function () { return typeof this; }, configurable: true }); try { return [(5).me, (function () { "use strict"; return 5; })().me]; } finally { delete Number.prototype.me; } });
t("strict getter this primitive", function () { Object.defineProperty(String.prototype, "me2", { get: function () { "use strict"; return typeof this; }, configurable: true }); try { return "s".me2; } finally { delete String.prototype.me2; } });
t("setter on proto chain", function () { var log = []; var p = { set x(v) { log.push(v); } }; var o = Object.create(p); o.x = 1; return [log, o.hasOwnProperty("x")]; });
t("getter inherited this", function () { var p = { get who() { return this.name; } }; var o = Object.create(p); o.name = "child"; return o.who; });
t("getter throws", function () { var o = { get x() { throw new RangeError("g"); } }; try { return o.x; } catch (e) { return e.name; } });
t("accessor enumerable in for-in", function () { var o = { get a() { return 1; } }; Object.defineProperty(o, "b", { get: function () { return 2; } }); var ks = []; for (var k in o) ks.push(k); return ks; });
t("__defineGetter__", function () { var o = {}; o.__defineGetter__("x", function () { return "gx"; }); o.__defineSetter__("x", function (v) { this.set = v; }); o.x = 9; var d = Object.getOwnPropertyDescriptor(o, "x"); return [o.x, o.set, d.enumerable, d.configurable]; });
t("__lookupGetter__", function () { var p = { get x() { return 1; } }; var o = Object.create(p); o.y = 1; return [typeof o.__lookupGetter__("x"), o.__lookupSetter__("x"), o.__lookupGetter__("y"), o.__lookupGetter__("nope")]; });
t("__defineGetter__ non-function", function () { try { ({}).__defineGetter__("x", 1); } catch (e) { return e.name; } });
t("__proto__ get/set", function () { var p = { a: 1 }; var o = {}; o.__proto__ = p; return [o.a, Object.getPrototypeOf(o) === p, o.__proto__ === p, ({}).__proto__ === OP]; });
t("__proto__ set null", function () { var o = {}; o.__proto__ = null; return [Object.getPrototypeOf(o), o.__proto__, typeof o.toString]; });
t("__proto__ set primitive ignored", function () { var o = {}; o.__proto__ = 5; return Object.getPrototypeOf(o) === OP; });
t("__proto__ cycle", function () { var a = {}, b = Object.create(a); try { a.__proto__ = b; } catch (e) { return e.name; } });
t("__proto__ non-extensible", function () { var o = Object.preventExtensions({}); try { o.__proto__ = {}; } catch (e) { return e.name; } });
t("__proto__ in literal", function () { var p = { q: 1 }; var o = { __proto__: p }; return [o.q, Object.keys(o)]; });
t("__proto__ own key via defineProperty", function () { var o = {}; Object.defineProperty(o, "__proto__", { value: 1, enumerable: true }); return [Object.keys(o), Object.getPrototypeOf(o) === OP]; });
t("constructor property", function () { function F() {} var f = new F(); return [f.constructor === F, F.prototype.constructor === F, ({}).constructor === Object, Object.keys(F.prototype)]; });
t("instanceof", function () { function F() {} var o = new F(); F.prototype = {}; return [o instanceof F, o instanceof Object, Object.create(null) instanceof Object]; });
t("instanceof non-callable", function () { try { ({}) instanceof {}; } catch (e) { return e.name; } });
t("in operator", function () { return ["length" in [], 0 in [1], "a" in { a: undefined }, "toString" in {}]; });
t("in non-object", function () { try { "a" in "abc"; } catch (e) { return e.name; } });
t("Object()", function () { var o = {}; return [Object(o) === o, typeof Object(1), typeof Object("s"), Object(null) instanceof Object, Object(undefined) !== Object(undefined), typeof new Object(true), Object.length]; });
t("with getters in prototype of array", function () { Object.defineProperty(Array.prototype, "first", { get: function () { return this[0]; }, configurable: true }); try { return [[7, 8].first, [].first]; } finally { delete Array.prototype.first; } });
