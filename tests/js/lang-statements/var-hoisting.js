// var declarations are hoisted to the top of the function / script.
print("before decl", typeof hv, hv);
var hv = 1;
print("after decl", hv);
function f1() {
  print("inside before", x);
  var x = 2;
  print("inside after", x);
  return x;
}
f1();
function f2() {
  x2 = 5;             // assigns the hoisted local, not a global
  var x2;
  return x2;
}
print("assign before var", f2(), typeof x2);
function f3() {
  if (false) { var never = 1; }
  return typeof never + ":" + never;
}
print("var in dead branch", f3());
function f4() {
  for (var i = 0; i < 3; i++) { var inner = i * 2; }
  return i + "," + inner;
}
print("loop vars visible after", f4());
function f5() {
  var a = 1;
  var a;
  return a;
}
print("redeclare keeps value", f5());
function f6() {
  var a = 1;
  var a = 2;
  return a;
}
print("redeclare with init", f6());
var outer = "outer";
function f7() {
  print("shadowed before init", outer);
  var outer = "inner";
  return outer;
}
print("shadow result", f7(), outer);
function f8(p) {
  var p;
  return p;
}
print("var same as param keeps arg", f8(9));
function f9(p) {
  var p = 3;
  return p + "," + arguments[0];
}
print("var init overrides param", f9(9));
function f10() {
  try { throw 1; } catch (e) { var fromCatch = e; }
  return fromCatch;
}
print("var in catch hoisted to function", f10());
function f11() {
  with ({}) { var inWith = 4; }
  return inWith;
}
print("var in with", f11());
function f12() {
  return typeof later;
  var later = function () {};
}
print("fn expression var hoisted as undefined", f12());
function f13() {
  var result = [];
  for (var k in { a: 1, b: 2 }) result.push(k);
  return result.join("") + ":" + k;
}
print("for-in var", f13());
var G = this;
var globalVar = 7;
print("global var is property", G.globalVar, "globalVar" in G);
print("hoisted global property exists early", "lateGlobal" in G);
var lateGlobal = 1;
function f14() {
  var s = 0;
  for (var i = 0; i < 5; i++) { var t = i; s += t; }
  for (var i = 10; i < 12; i++) s += i;
  return s + "," + i;
}
print("redeclared loop var", f14());
print("switch var", (function () { switch (1) { case 1: var sv = "case"; } return sv; })());
print("label var", (function () { lbl: { var lv = 3; break lbl; } return lv; })());
