// Function.prototype.call/apply/bind, bound constructors, length and name.
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
function who() { return this === undefined ? "undefined" : this === null ? "null" : typeof this === "object" && this === (function () { return this; })() ? "global" : typeof this; }
function whoStrict() { "use strict"; return this === undefined ? "undefined" : this === null ? "null" : typeof this; }
t("call this sloppy", function () { return [who.call(), who.call(null), who.call(undefined), who.call(1), who.call("s"), who.call(true), who.call({})]; });
t("call this strict", function () { return [whoStrict.call(), whoStrict.call(null), whoStrict.call(1), whoStrict.call("s")]; });
t("apply this", function () { return [who.apply(null), whoStrict.apply(5), who.apply(5, [])]; });
t("call args", function () { return (function () { return Array.prototype.slice.call(arguments); }).call(null, 1, 2, 3); });
t("apply args array-like", function () { var f = function () { return [arguments.length].concat(Array.prototype.slice.call(arguments)); }; return [f.apply(null, [1, 2]), f.apply(null, { length: 2, 0: "a" }), f.apply(null), f.apply(null, null), f.apply(null, undefined), f.apply(null, "ab".split(""))]; });
t("apply bad args", function () { return [1, "str", true].map(function (a) { try { (function () {}).apply(null, a); return "ok"; } catch (e) { return e.name; } }); });
t("apply arguments object", function () { function inner() { return arguments.length; } return (function () { return inner.apply(this, arguments); })(1, 2, 3); });
t("apply holes", function () { return (function () { return [arguments.length, 1 in arguments, arguments[1]]; }).apply(null, [1, , 3]); });
t("apply large", function () { var a = []; for (var i = 0; i < 50000; i++) a.push(i); return Math.max.apply(Math, a); });
t("call non-callable", function () { try { Function.prototype.call.call({}); } catch (e) { return e.name; } });
t("apply non-callable", function () { try { Function.prototype.apply.call(1); } catch (e) { return e.name; } });
t("call/apply lengths", function () { return [Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length, Function.length, Function.prototype.length]; });
t("bind basic", function () { var o = { x: 1 }; var f = function (a, b) { return [this.x, a, b]; }.bind(o, "A"); return f("B", "C"); });
t("bind this primitive", function () { return [who.bind(1)(), whoStrict.bind(1)(), who.bind(null)(), whoStrict.bind(null)()]; });
t("bind length", function () { function f(a, b, c) {} return [f.bind().length, f.bind(null, 1).length, f.bind(null, 1, 2, 3, 4).length, f.bind(null, 1).bind(null, 2).length, (function () {}).bind().length]; });
t("bind length from modified", function () { function f(a) {} Object.defineProperty(f, "length", { value: 5 }); var r = [f.bind(null, 1).length]; Object.defineProperty(f, "length", { value: "7" }); r.push(f.bind().length); Object.defineProperty(f, "length", { value: -3 }); r.push(f.bind().length); Object.defineProperty(f, "length", { value: 2.7 }); r.push(f.bind().length); Object.defineProperty(f, "length", { value: Infinity }); r.push(f.bind(null, 1).length); return r; });
t("bind name", function () { function foo() {} return [foo.bind().name, (function () {}).bind().name, foo.bind().bind().name, Math.max.bind().name]; });
t("bound desc", function () { var b = function (a) {}.bind(); var d1 = Object.getOwnPropertyDescriptor(b, "length"), d2 = Object.getOwnPropertyDescriptor(b, "name"); return [d1.writable, d1.enumerable, d1.configurable, d2.writable, d2.configurable, "prototype" in b, b.hasOwnProperty("caller"), b.hasOwnProperty("arguments")]; });
t("bound toString", function () { var s = String(function foo() {}.bind()); return [s.indexOf("native code") >= 0, typeof s]; });
t("bound typeof/class", function () { var b = who.bind(); return [typeof b, Object.prototype.toString.call(b), b instanceof Function]; });
t("bound constructor", function () {
  function P(x, y) { this.x = x; this.y = y; }
  P.prototype.sum = function () { return this.x + this.y; };
  var B = P.bind({ ignored: true }, 10);
  var o = new B(5);
  return [o.sum(), o instanceof P, o instanceof B, Object.getPrototypeOf(o) === P.prototype, o.ignored];
});
t("bound constructor returns object", function () { function F() { return { r: 1 }; } var B = F.bind(); return new B().r; });
t("bound instanceof", function () { function F() {} var B = F.bind(); return [new F() instanceof B, {} instanceof B]; });
t("bound of bound", function () { function f() { return [this.v].concat(Array.prototype.slice.call(arguments)); } var b = f.bind({ v: 1 }, "a").bind({ v: 2 }, "b"); return b("c"); });
t("bound new of bound", function () { function F(a, b) { this.a = a; this.b = b; } var B = F.bind(null, 1).bind(null, 2); var o = new B(); return [o.a, o.b, o instanceof F]; });
t("bind non-callable", function () { try { Function.prototype.bind.call({}); } catch (e) { return e.name; } });
t("bound arrow-free non-constructor", function () { var b = Math.max.bind(null); try { new b(); return "constructed"; } catch (e) { return e.name; } });
t("bound call/apply", function () { var b = function () { return this; }.bind("x"); return [String(b.call("y")), String(b.apply("z"))]; });
t("bound with many args", function () { var f = function () { return arguments.length; }.bind(null, 1, 2, 3); return [f(), f(4, 5)]; });
t("bound fn prototype property", function () { var B = function () {}.bind(); return [B.prototype, Object.getPrototypeOf(B) === Function.prototype]; });
t("function length", function () { return [(function () {}).length, (function (a) {}).length, (function (a, b, c) {}).length, Math.max.length, parseInt.length, Array.length, String.prototype.replace.length]; });
t("function length not writable", function () { function f(a) {} f.length = 5; return [f.length, delete f.length, f.length, f.hasOwnProperty("length")]; });
t("function name", function () { var anon = function () {}; return [(function named() {}).name, (function () {}).name, anon.name, new Function("a", "").name, Math.max.name, (function () {}).bind().name]; });
t("Function ctor", function () { var f = new Function("a", "b", "return a + b"); var g = Function("return 7"); var h = new Function("a, b", "c", "return a + b + c"); return [f(1, 2), g(), h(1, 2, 3), f.length, h.length, typeof new Function()]; });
t("Function ctor sloppy this", function () { return typeof new Function("return this")(); });
t("Function ctor strict", function () { return new Function("'use strict'; return this")(); });
t("Function ctor global scope", function () { var local = 1; try { return new Function("return local")(); } catch (e) { return e.name; } });
t("Function ctor syntax error", function () { return [["a", "return"], ["a b", ""], [")", ""], ["", "}"], ["", "return 1; }{"], ["/*", "*/){"]].map(function (a) { try { Function.apply(null, a); return "ok"; } catch (e) { return e.name; } }); });
t("Function ctor args coerced", function () { var f = new Function({ toString: function () { return "x"; } }, "return x * 2"); return f(4); });
t("Function ctor no args", function () { return [new Function()(), Function("")(), Function.prototype()]; });
t("Function ctor comments in params", function () { var f = new Function("a // comment", "return a"); var g = new Function("a /* x */, b", "return a + b"); return [f(3), g(1, 2)]; });
t("Function ctor line comment body", function () { return new Function("return 5 // trailing")(); });
t("Function.prototype", function () { return [typeof Function.prototype, Function.prototype(), Object.getPrototypeOf(Function.prototype) === Object.prototype, Function.prototype.name === "", String(Function.prototype).indexOf("native code") >= 0]; });
t("Function.prototype not constructor", function () { try { new Function.prototype(); } catch (e) { return e.name; } });
t("constructor prototype chain", function () { return [Function instanceof Function, Object instanceof Function, Function instanceof Object, Function.constructor === Function]; });
