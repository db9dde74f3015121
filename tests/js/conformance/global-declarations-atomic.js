// golden: manual
// Eval code checks every function declaration before creating any (ES2015
// §18.2.1.2 EvalDeclarationInstantiation; test262 eval-code/{direct,indirect}/
// non-definable-function-with-function). node (V8) defines the functions before
// the one that fails, so this golden is kept by hand; the rest of the family is
// in global-declarations.js (node-checked).

function show(label, f) {
  try {
    print(label, f());
  } catch (e) {
    print(label, "threw", e.name);
  }
}

show("eval fn + NaN", function () {
  try {
    (0, eval)("function shouldNotBeDefined1() {} function NaN() {}");
  } catch (e) {
    print("  caught", e.name);
  }
  return typeof Object.getOwnPropertyDescriptor(this || Function("return this")(), "shouldNotBeDefined1");
});
Object.defineProperty(this, "fixedAccessor", { get: function () { return 1; }, configurable: false });
show("eval fn over accessor", function () {
  try {
    (0, eval)("function otherFn() {} function fixedAccessor() {}");
  } catch (e) {
    print("  caught", e.name);
  }
  return typeof otherFn;
});
