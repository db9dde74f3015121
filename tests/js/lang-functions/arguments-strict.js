"use strict";
// The arguments object in strict mode is not mapped to parameters.
function alias1(a) { arguments[0] = "changed"; return a; }
print("arguments[0]= does not write param", alias1("orig"));
function alias2(a) { a = "changed"; return arguments[0]; }
print("param= does not write arguments", alias2("orig"));
function len() { return arguments.length; }
print("length", len(1, 2, 3));
function calleeAccess() {
  try { return arguments.callee; } catch (e) { return e instanceof TypeError ? "TypeError" : "other"; }
}
print("arguments.callee throws", calleeAccess());
function setCallee() {
  try { arguments.callee = 1; return "no throw"; } catch (e) { return e.name; }
}
print("arguments.callee write throws", setCallee());
function slice() { return Array.prototype.slice.call(arguments, 1).join(","); }
print("slice", slice(1, 2, 3));
function snapshot(a, b) { var before = arguments[0]; a = 10; b = 20; return before + "," + arguments[0] + "," + arguments[1]; }
print("snapshot", snapshot(1, 2));
function del(a) { delete arguments[0]; return a + "," + arguments[0]; }
print("delete arguments[0]", del("kept"));
function arrow() { var f = () => arguments.length; return f(1, 2, 3, 4); }
print("arrow sees outer arguments", arrow(9));
function typeofA() { return typeof arguments; }
print("typeof", typeofA());
