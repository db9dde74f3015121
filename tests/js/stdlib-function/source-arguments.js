// Function toString of script functions, name inference, and arguments objects in detail.
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
function   spaced ( a ,b )  { return a+b; /* comment */ }
t("toString declaration", function () { return String(spaced); });
t("toString expression", function () { var f = function (x) { return x; }; return f.toString(); });
t("toString named expression", function () { return String(function inner() { return 1; }); });
t("toString with comments and newlines", function () {
  var f = function /* a */ (x, // b
    y) {
    // body comment
    return x; };
  return q(String(f));
});
t("toString arrow-free nested", function () { function outer() { function nested() { return "n"; } return nested; } return String(outer()); });
t("toString getter", function () { var d = Object.getOwnPropertyDescriptor({ get x() { return 1; } }, "x"); return String(d.get); });
t("toString Function ctor", function () { return q(String(new Function("a", "b", "return a + b"))); });
t("toString Function ctor no params", function () { return q(String(Function("return 1"))); });
t("toString Function ctor empty", function () { return q(String(new Function())); });
t("toString native", function () { return [String(Math.max), String(Array.prototype.push), String(Function.prototype), String(Object)]; });
t("toString unicode", function () { return q(String(function () { return "\u00e9\u4e2d"; })); });
t("toString non-function", function () { try { Function.prototype.toString.call({}); } catch (e) { return e.name; } });
t("function + string", function () { return (function () { return 1; }) + ""; });
t("name inference", function () {
  var a = function () {};
  var b;
  b = function () {};
  var o = { m: function () {}, "quoted key": function () {}, 5: function () {}, get acc() { return 1; }, set acc(v) {} };
  var d = Object.getOwnPropertyDescriptor(o, "acc");
  var named = function realName() {};
  var notInferred = (0, function () {});
  o.prop = function () {};
  return [a.name, b.name, o.m.name, o["quoted key"].name, o[5].name, d.get.name, d.set.name, named.name, notInferred.name, o.prop.name];
});
t("constructor.name", function () { var Foo = function () {}; function Bar() {} return [new Foo().constructor.name, new Bar().constructor.name, ({}).constructor.name, [].constructor.name]; });
t("name descriptor", function () { function f() {} var d = Object.getOwnPropertyDescriptor(f, "name"); return [d.value, d.writable, d.enumerable, d.configurable]; });
t("arguments basics", function () { return (function (a, b) { return [arguments.length, arguments[0], arguments[1], arguments[2], typeof arguments, Object.prototype.toString.call(arguments), Array.isArray(arguments)]; })(1); });
t("arguments mapping sloppy", function () { return (function (a, b) { a = 10; arguments[1] = 20; return [arguments[0], b]; })(1, 2); });
t("arguments mapping missing param", function () { return (function (a, b) { b = 5; return [arguments.length, arguments[1], 1 in arguments]; })(1); });
t("arguments mapping beyond length", function () { return (function (a, b) { arguments[1] = 7; return [b, arguments.length, arguments[1]]; })(1); });
t("arguments no mapping strict", function () { return (function (a) { "use strict"; a = 10; arguments[0] = 5; return [a, arguments[0]]; })(1); });
t("arguments delete unmaps", function () { return (function (a) { delete arguments[0]; arguments[0] = 9; return [a, arguments[0]]; })(1); });
t("arguments defineProperty unmaps", function () { return (function (a) { Object.defineProperty(arguments, 0, { value: 3, writable: false }); a = 4; return [a, arguments[0]]; })(1); });
t("arguments defineProperty value keeps mapping", function () { return (function (a) { Object.defineProperty(arguments, 0, { value: 3 }); var r = [a]; a = 4; r.push(arguments[0]); return r; })(1); });
t("arguments accessor unmaps", function () { return (function (a) { Object.defineProperty(arguments, 0, { get: function () { return "g"; } }); a = 4; return [a, arguments[0]]; })(1); });
t("arguments length writable", function () { return (function () { arguments.length = 10; return [arguments.length, Array.prototype.slice.call(arguments).length]; })(1, 2); });
t("arguments length descriptor", function () { return (function () { var d = Object.getOwnPropertyDescriptor(arguments, "length"); return [d.value, d.writable, d.enumerable, d.configurable]; })(1); });
t("arguments callee", function () { var f = function () { return arguments.callee === f; }; return f(); });
t("arguments callee descriptor", function () { return (function () { var d = Object.getOwnPropertyDescriptor(arguments, "callee"); return [typeof d.value, d.writable, d.enumerable, d.configurable]; })(); });
t("arguments callee strict throws", function () { "use strict"; try { return arguments.callee; } catch (e) { return e.name; } });
t("arguments caller strict", function () { "use strict"; return [Object.getOwnPropertyNames(arguments).sort(), "caller" in arguments]; });
t("arguments keys", function () { return (function () { return [Object.keys(arguments), Object.getOwnPropertyNames(arguments).sort()]; })("a", "b"); });
t("arguments for-in", function () { return (function () { var ks = []; for (var k in arguments) ks.push(k); return ks; })(1, 2, 3); });
t("arguments extra props", function () { return (function () { arguments.foo = 1; arguments[5] = "x"; return [arguments.length, arguments.foo, arguments[5]]; })(1); });
t("arguments shadowed by param", function () { return (function (arguments) { return arguments; })(5); });
t("arguments shadowed by var init", function () { return (function () { var arguments = 3; return arguments; })(1); });
t("arguments var without init", function () { return (function () { var arguments; return typeof arguments; })(1); });
t("arguments function decl shadows", function () { return (function () { function arguments() {} return typeof arguments; })(1); });
t("arguments in nested function", function () { return (function (a) { return (function () { return arguments.length; })(); })(1, 2, 3); });
t("arguments duplicate params", function () { return (function (a, a) { return [a, arguments[0], arguments[1], arguments.length]; })(1, 2); });
t("arguments duplicate params mapping", function () { return (function (a, a) { a = 9; return [arguments[0], arguments[1]]; })(1, 2); });
t("arguments slice idiom", function () { return (function () { return Array.prototype.slice.call(arguments, 1).join("|"); })("x", "y", "z"); });
t("arguments escape and modify later", function () { var args = (function (a) { return arguments; })(1); args[0] = 5; return [args[0], args.length]; });
t("arguments closure mapping", function () { var get, set; (function (a) { get = function () { return arguments.length + ":" + a; }; set = function (v) { a = v; }; })(1); set(7); return get(); });
t("arguments proto", function () { return (function () { return [Object.getPrototypeOf(arguments) === Object.prototype, arguments instanceof Object, typeof arguments.slice]; })(); });
t("function props", function () { function f() {} f.custom = 1; return [f.custom, "prototype" in f, typeof f.prototype, f.prototype.constructor === f]; });
t("prototype writable", function () { function f() {} f.prototype = 5; var o = new f(); return [typeof f.prototype, Object.getPrototypeOf(o) === Object.prototype]; });
t("sloppy caller/arguments props", function () { function f() {} var d = Object.getOwnPropertyDescriptor(f, "caller"); return [f.hasOwnProperty("caller"), f.hasOwnProperty("arguments"), d && d.value, d && d.writable, d && d.configurable]; });
t("strict caller/arguments throw", function () { "use strict"; function f() {} var r = []; try { f.caller; r.push("no"); } catch (e) { r.push(e.name); } try { f.arguments; r.push("no"); } catch (e) { r.push(e.name); } return [r, f.hasOwnProperty("caller")]; });
t("builtin caller", function () { try { return [Math.max.hasOwnProperty("caller"), typeof Math.max.caller]; } catch (e) { return e.name; } });
t("recursion via callee", function () { return (function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); })(5); });
