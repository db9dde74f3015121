// let/const block scoping.
let a = "outer";
{
  let a = "inner";
  print("inner block", a);
}
print("after block", a);
if (true) { let b = "if-scoped"; print("in if", b); }
print("b outside if", typeof b);
for (let i = 0; i < 2; i++) { let i2 = i * 10; }
print("loop vars gone", typeof i, typeof i2);
function f() {
  let x = 1;
  {
    let x = 2;
    {
      let x = 3;
      print("innermost", x);
    }
    print("middle", x);
  }
  return x;
}
print("outermost", f());
var v = "var-outer";
{ let v2 = "let"; var v3 = "var in block"; }
print("var escapes block, let does not", v3, typeof v2);
function shadowParam(p) { { let p = "shadow"; print("shadowed param", p); } return p; }
print("param after block", shadowParam("param"));
let closures = [];
{
  let captured = "block value";
  closures.push(function () { return captured; });
}
print("closure over block let", closures[0]());
const K = 10;
{ const K = 20; print("inner const", K); }
print("outer const", K);
let counter = 0;
{ counter++; let counter2 = counter; print("outer let visible in block", counter2); }
try { { let z = 1; } z; } catch (e) { print("block let not visible outside", e instanceof ReferenceError); }
let obj = { k: 1 };
{ let obj = { k: 2 }; obj.k++; }
print("outer object untouched", obj.k);
function blockInLoop() {
  var out = [];
  for (var j = 0; j < 3; j++) { let sq = j * j; out.push(sq); }
  return out.join(",");
}
print("let in loop body", blockInLoop());
let topLevel = "top let";
print("top-level let not on global object", (function () { return this.topLevel; })(), typeof topLevel);
var topVar = "top var";
print("top-level var on global object", (function () { return this.topVar; })());
function nestedFns() {
  let x = "a";
  function g() { return x; }
  { let x = "b"; function h() { return x; } var hb = h; }
  return g() + hb();
}
print("function in block captures block let", nestedFns());
let undefinedInit;
print("let without initializer", undefinedInit);
let m1 = 1, m2 = m1 + 1, m3 = m2 + 1;
print("multiple declarators", m1, m2, m3);
{
  let inner = "label";
  lbl: { let deeper = inner + "!"; print("labeled block", deeper); break lbl; }
}
print("try/catch blocks", (function () { try { let t = "try"; throw t; } catch (e) { let c = e + "-catch"; return c; } })());
