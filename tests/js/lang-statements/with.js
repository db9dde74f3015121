// The with statement (sloppy mode).
var o = { a: 1, b: 2 };
var a = "outer a", c = "outer c";
with (o) {
  print("read prop", a, b);
  print("fallback outer", c);
  a = 10;
  c = "changed c";
}
print("write through", o.a, a);
print("write outer", c, "c" in o);
with (o) { var declared = 5; }
print("var inside with goes to function scope", declared, "declared" in o);
with (o) { var a = 99; }
print("var with init in with writes object", o.a, a);
var obj = { x: 1, f: function () { return this === obj ? "this is obj" : "this is not obj"; } };
with (obj) print("method call this", f());
function outerFn() { return "outer function"; }
with ({ outerFn: function () { return "shadowed"; } }) print("shadowing function", outerFn());
with ({}) print("falls back to function", outerFn());
function P() {}
P.prototype.inherited = "from proto";
with (new P()) print("inherited prop", inherited);
var n = { count: 0 };
with (n) { for (var i = 0; i < 5; i++) count++; }
print("loop in with", n.count);
function closureInWith() {
  var o2 = { v: "obj v" };
  var fns;
  with (o2) { fns = function () { return v; }; }
  o2.v = "updated";
  return fns();
}
print("closure captures object env", closureInWith());
with ({ x: 1 }) with ({ y: 2 }) print("nested with", x + y);
with ({ s: "str" }) print("string prop", s.length);
with ("abc") print("with primitive string length", length);
var threw;
try { with (null) {} threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("with null TypeError", threw);
try { with (undefined) {} threw = "no"; } catch (e) { threw = e.name; }
print("with undefined", threw);
var dyn = { };
with (dyn) { newVar = "global?"; }
print("assignment to missing goes outward", typeof newVar, "newVar" in dyn);
var delTarget = { gone: 1 };
with (delTarget) { delete gone; }
print("delete in with", "gone" in delTarget);
var t = { typeofTest: 1 };
with (t) print("typeof in with", typeof typeofTest, typeof nothingHere);
var arr = [1, 2, 3];
with (arr) print("array in with", length, join("-"));
var later = { };
with (later) {
  later.added = "added later";
  print("property added during with", added);
}
