// eval: direct vs indirect, var leaking, strict isolation, this, completion values, errors.
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
var g = "global";
t("completion literal", function () { return [eval("1"), eval("1;2"), eval(""), eval(";"), eval("'s'"), eval("var zz = 5"), eval("function ff() {}")]; });
t("completion statements", function () {
  return [
    eval("if (true) 3; else 4"), eval("if (false) 3"), eval("for (var i = 0; i < 3; i++) i"), eval("var k = 0; while (k < 2) k++"),
    eval("do 7; while (false)"), eval("{ 1; 2; }"), eval("1; {}"), eval("1; var x;"), eval("1; if (false) 2;"),
    eval("switch (2) { case 1: 'a'; case 2: 'b'; case 3: 'c'; }"), eval("switch (9) { case 1: 'a'; default: }"),
    eval("try { 10 } finally { 11 }"), eval("try { throw 1 } catch (e) { 'caught' }"), eval("l: { 5; break l; }"),
    eval("for (var p in {a: 1, b: 2}) p"), eval("2; for (var q in {}) q;"), eval("3; while (false) ;"), eval("4; do { break; } while (true)"),
    eval("x = 8; with ({}) 9"), eval("a: while (true) { 'w'; break a; }"), eval("1; try {} finally {}"), eval("6; function h() {}"), eval("(function(){ return 42 })()")
  ];
});
t("completion loop break/continue", function () { return [eval("for (var i = 0; i < 3; i++) { if (i == 1) continue; i; }"), eval("var n = 0; while (true) { n++; if (n > 2) break; n; }"), eval("7; for (var j = 0; j < 2; j++) { if (j) break; }")]; });
t("non-string arg", function () { var o = {}; return [eval(5), eval(o) === o, eval(null), eval(), eval(true), eval(new String("1+1")) instanceof String]; });
t("syntax error", function () { try { eval("1 +"); } catch (e) { return [e.name, e instanceof SyntaxError]; } });
t("runtime error", function () { try { eval("undefinedVar"); } catch (e) { return e.name; } });
t("direct sees locals", function () { var local = "L"; return eval("local"); });
t("indirect sees globals only", function () { var g = "local"; var e = eval; return [e("g"), (0, eval)("g"), eval("g")]; });
t("indirect no local", function () { var onlyLocal = 1; try { (0, eval)("onlyLocal"); return "found"; } catch (e) { return e.name; } });
t("var leaks into function", function () { eval("var leaked = 1"); return [typeof leaked, leaked]; });
t("var leak deletable", function () { eval("var leaked2 = 1"); return [delete leaked2, typeof leaked2]; });
t("function decl leaks", function () { eval("function leakedFn() { return 'lf'; }"); return leakedFn(); });
t("var shadow param", function (p) { return (function (p) { eval("var p = 'new'"); return p; })("old"); });
t("indirect var goes global", function () { (0, eval)("var indirectGlobal = 'ig'"); var gobj = (function () { return this; })(); return [typeof indirectGlobal, gobj.indirectGlobal, delete gobj.indirectGlobal, typeof gobj.indirectGlobal]; });
t("strict caller eval doesn't leak", function () { "use strict"; eval("var noLeak = 1"); return typeof noLeak; });
t("strict code eval doesn't leak", function () { eval("'use strict'; var noLeak2 = 1"); return typeof noLeak2; });
t("strict eval sees locals", function () { "use strict"; var v = "sv"; return eval("v"); });
t("strict eval assigns locals", function () { "use strict"; var v = 1; eval("v = 2"); return v; });
t("indirect strict doesn't leak", function () { (0, eval)("'use strict'; var noLeak3 = 1"); return typeof noLeak3; });
t("eval assigns caller var", function () { var v = 1; eval("v = 2"); return v; });
t("this in direct eval", function () { var o = { m: function () { return eval("this") === o; } }; return o.m(); });
t("this in indirect eval", function () { var o = { m: function () { return (0, eval)("this") === (function () { return this; })(); } }; return o.m(); });
t("this in strict fn eval", function () { "use strict"; return [eval("this"), typeof (function () { return eval("this"); }).call(5)]; });
t("this in sloppy fn eval", function () { return typeof (function () { return eval("this"); }).call(5); });
t("eval arguments", function () { return (function (a) { return eval("arguments.length + ':' + a"); })(1, 2); });
t("eval new function scope", function () { var x = "outer"; var f = eval("(function () { return x; })"); return f(); });
t("eval in nested closure", function () { var x = 1; function inner() { return eval("x + 1"); } return inner(); });
t("eval named with alias", function () { var ev = eval; var x = "local"; return ev("typeof x"); });
t("window.eval style", function () { var gobj = (function () { return this; })(); var x = "local"; return gobj.eval("typeof x"); });
t("eval call via call", function () { var x = "local"; return eval.call(null, "typeof x"); });
t("eval shadowed", function () { var eval = function (s) { return "fake:" + s; }; return eval("1"); });
t("eval in catch scope", function () { try { throw "err"; } catch (e) { return eval("e"); } });
t("eval var in catch block leaks to function", function () { try { throw 1; } catch (e) { eval("var fromCatch = 2"); } return fromCatch; });
t("eval with", function () { var o = { w: "W" }; with (o) { return eval("w"); } });
t("eval var inside with goes to function", function () { var o = {}; with (o) { eval("var inWith = 3"); } return [typeof inWith, "inWith" in o]; });
t("eval function expression value", function () { return typeof eval("(function(){})"); });
t("eval object literal", function () { return [typeof eval("{}"), typeof eval("({})"), eval("{a: 1}")]; });
t("eval returns last of multiple", function () { return eval("var a = 1; a + 1; a + 2"); });
t("eval recursion", function () { return eval("eval('eval(\"1 + 1\")')"); });
t("eval defining existing global fn", function () { eval("function print2() { return 'p2'; }"); return print2(); });
t("eval let-free sloppy redeclare", function () { var dup = 1; eval("var dup = 2"); return dup; });
t("eval sees later hoisted", function () { var r = eval("typeof hoisted"); function hoisted() {} return r; });
t("eval length", function () { return eval.length; });
t("new eval", function () { try { new eval("1"); return "no"; } catch (e) { return e.name; } });
t("eval strict octal", function () { try { eval("'use strict'; 010"); return "no"; } catch (e) { return e.name; } });
t("eval strict with", function () { try { eval("'use strict'; with ({}) {}"); return "no"; } catch (e) { return e.name; } });
t("strict eval arguments assignment", function () { "use strict"; try { eval("arguments = 1"); return "no"; } catch (e) { return e.name; } });
t("eval return not allowed", function () { try { eval("return 1"); return "no"; } catch (e) { return e.name; } });
t("eval break not allowed", function () { try { for (;;) { eval("break"); } return "no"; } catch (e) { return e.name; } });
