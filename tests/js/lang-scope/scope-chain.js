// Lexical scope chain, global object bindings, shadowing, and implicit globals.
var G = this;
var g = "global";
function readGlobal() { return g; }
function shadowGlobal() { var g = "local"; return g + "/" + readGlobal(); }
print("lexical not dynamic", shadowGlobal());
function level1() {
  var a = 1;
  function level2() {
    var b = 2;
    function level3() {
      var c = 3;
      return a + b + c + (typeof g);
    }
    return level3();
  }
  return level2();
}
print("three levels", level1());
function modifyOuter() { var x = 1; function inc() { x++; } inc(); inc(); return x; }
print("inner modifies outer", modifyOuter());
function implicitGlobal() { leaked = "leaked value"; }
implicitGlobal();
print("implicit global created", leaked, G.leaked, "leaked" in G);
G.setViaObject = "via object";
print("global object property is a variable", setViaObject);
var declaredGlobal = 1;
print("var creates global property", G.declaredGlobal, Object.getOwnPropertyDescriptor(G, "declaredGlobal").configurable);
print("implicit global configurable", Object.getOwnPropertyDescriptor(G, "leaked").configurable);
function globalFn() {}
print("function declaration is global property", typeof G.globalFn);
print("undefined is global property", G.undefined === undefined, "NaN" in G, "Infinity" in G);
var undefinedShadow = (function () { var undefined = "shadowed"; return undefined; })();
print("undefined can be shadowed locally", undefinedShadow);
print("global undefined unchanged", (function () { undefined = "attempt"; return typeof undefined; })());
function paramScope(x) { return function () { return x; }; }
print("param captured", paramScope("p")());
function funcNameScope() { return typeof funcNameScope; }
print("function sees itself", funcNameScope());
var sameName = "outer";
function usesBeforeLocal() { var r = sameName; var sameName = "inner"; return r; }
print("local hoisting shadows outer", usesBeforeLocal());
function blockFunction() { var r = []; for (var i = 0; i < 2; i++) { var f = function () { return i; }; r.push(f()); } return r.join(","); }
print("immediate call in loop", blockFunction());
function deepChain(n) { if (n === 0) return function () { return "deep"; }; return deepChain(n - 1); }
print("returned through many frames", deepChain(50)());
var counterGlobal = 0;
function bump() { counterGlobal += 1; return counterGlobal; }
for (var k = 0; k < 5; k++) bump();
print("global mutated in calls", counterGlobal);
function catchScope() { var e = "fn e"; try { throw "caught e"; } catch (e) { var inner = e; } return e + "|" + inner; }
print("catch scope", catchScope());
function argumentsScope() { return (function () { return arguments.length; })(1, 2, 3); }
print("arguments per function", argumentsScope());
var obj = { prop: "obj prop" };
function withScope() { var prop = "local prop"; with (obj) { return prop; } }
print("with inserts object scope", withScope());
function closureOverLoopVar() { var fns = []; for (var i = 0; i < 3; i++) fns.push(function () { return i; }); return fns[0](); }
print("var shared by closures", closureOverLoopVar());
print("typeof of global let in TDZ throws", (function () { try { return typeof lateLet; } catch (e) { return e instanceof ReferenceError; } })());
let lateLet = 1;
