// Function declarations are hoisted with their bodies.
print("call before decl", early());
function early() { return "early ok"; }
function outer() {
  return inner();
  function inner() { return "inner after return"; }
}
print("decl after return", outer());
function dup() { return 1; }
print("later decl wins", dup());
function dup() { return 2; }
var v = "var";
function v() {}
print("var init overrides function", typeof v);
function g() {
  var r = typeof h;
  var h = 1;
  function h() {}
  return r + "," + typeof h;
}
print("fn decl then var", g());
function k() {
  var k2;
  function k2() {}
  return typeof k2;
}
print("var without init keeps fn", k());
function param(x) {
  function x() {}
  return typeof x;
}
print("fn decl shadows param", param(5));
function args() {
  function arguments() {}
  return typeof arguments;
}
print("fn named arguments", args());
function recurse(n) { return n <= 0 ? 0 : n + recurse(n - 1); }
print("recursion through hoisted name", recurse(10));
function mutual(n) { return n === 0 ? "even" : odd(n - 1); }
function odd(n) { return n === 0 ? "odd" : mutual(n - 1); }
print("mutual recursion", mutual(10), mutual(7));
var fe = function () { return "expr"; };
print("function expression", fe());
print("fn expr not hoisted", (function () { var r = typeof notYet; var notYet = function () {}; return r; })());
// Sloppy-mode block function declarations: only behaviors where the spec (Annex B) and V8 agree.
function blockFns() {
  var out = [];
  {
    out.push(typeof inBlock);
    function inBlock() { return "b"; }
    out.push(inBlock());
  }
  out.push(typeof inBlock);
  if (true) {
    function inIf() { return "if"; }
  }
  out.push(inIf());
  return out.join(",");
}
print("block function decls", blockFns());
print("nested decl returns closure", (function () { function mk() { var c = 0; function inc() { return ++c; } return inc; } var i = mk(); i(); return i(); })());
print("fn.length/name of hoisted", early.length, early.name);
