// Errors thrown by the engine itself: check the type only (never the message).
function kind(f) {
  try { f(); return "no error"; }
  catch (e) {
    var n = e instanceof TypeError ? "TypeError" : e instanceof RangeError ? "RangeError" :
      e instanceof ReferenceError ? "ReferenceError" : e instanceof SyntaxError ? "SyntaxError" :
      e instanceof URIError ? "URIError" : e instanceof Error ? "Error" : "non-error";
    return n + (e.name === n ? "" : " (name mismatch: " + e.name + ")");
  }
}
var undef, nul = null, num = 5, str = "s", obj = {};
print("call undefined", kind(function () { undef(); }));
print("call null", kind(function () { nul(); }));
print("call number", kind(function () { num(); }));
print("call string", kind(function () { str(); }));
print("call object", kind(function () { obj(); }));
print("call missing method", kind(function () { obj.missing(); }));
print("call method on undefined", kind(function () { undef.method(); }));
print("property of undefined", kind(function () { return undef.x; }));
print("property of null", kind(function () { return nul.x; }));
print("element of null", kind(function () { return nul[0]; }));
print("set property of undefined", kind(function () { undef.x = 1; }));
print("set property of null", kind(function () { nul.x = 1; }));
print("nested missing", kind(function () { return obj.a.b; }));
print("new on non-constructor", kind(function () { new num(); }));
print("new on builtin method", kind(function () { new Math.floor(1); }));
print("new on arrow", kind(function () { new (() => 1)(); }));
print("instanceof non-callable", kind(function () { return obj instanceof obj; }));
print("in non-object", kind(function () { return "x" in "str"; }));
print("undeclared read", kind(function () { return notDeclaredAtAll; }));
print("undeclared call", kind(function () { notDeclaredFn(); }));
print("undeclared typeof ok", kind(function () { return typeof notDeclaredAtAll; }));
print("strict assign undeclared", kind(function () { "use strict"; notDeclaredStrict = 1; }));
print("deep recursion", kind(function () { function r() { r(); } r(); }));
print("new Array(-1)", kind(function () { return new Array(-1); }));
print("new Array(2^32)", kind(function () { return new Array(4294967296); }));
print("array length = -1", kind(function () { [].length = -1; }));
print("toFixed(101)", kind(function () { return (1).toFixed(101); }));
print("toString radix 1", kind(function () { return (10).toString(1); }));
print("toPrecision(0)", kind(function () { return (1).toPrecision(0); }));
print("const reassign", kind(function () { const c = 1; c = 2; }));
print("TDZ read", kind(function () { x; let x = 1; }));
print("bad ToPrimitive", kind(function () { return { valueOf: function () { return {}; }, toString: function () { return {}; } } + 1; }));
print("Object.defineProperty on non-object", kind(function () { Object.defineProperty(1, "a", {}); }));
print("freeze then strict write", kind(function () { "use strict"; var f = Object.freeze({ a: 1 }); f.a = 2; }));
print("reduce of empty array", kind(function () { [].reduce(function () {}); }));
print("apply with non-object", kind(function () { (function () {}).apply(null, 1); }));
print("call Function.prototype method on non-fn", kind(function () { Function.prototype.call.call({}); }));
print("decodeURIComponent('%')", kind(function () { decodeURIComponent("%"); }));
print("with(null)", kind(function () { with (null) {} }));
print("getter that throws", kind(function () { var o = {}; Object.defineProperty(o, "g", { get: function () { throw new TypeError("mine"); } }); return o.g; }));
var e1;
try { undef(); } catch (x) { e1 = x; }
print("engine error props", typeof e1.message, e1.message.length > 0, e1.hasOwnProperty("message"), e1.name, e1 instanceof Error, Object.getPrototypeOf(e1) === TypeError.prototype);
print("engine error toString starts with name", String(e1).indexOf("TypeError") === 0);
var e2;
try { notHere; } catch (x) { e2 = x; }
print("reference error props", e2.name, Object.getPrototypeOf(e2) === ReferenceError.prototype);
print("execution continues after caught errors", "yes");
