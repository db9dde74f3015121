// Global and eval declarations are checked before any is made: a declaration
// that cannot be made leaves no other behind (test262 eval-code/*/
// non-definable-function-with-function, global-code/script-decl-*).

function show(label, f) {
  try {
    print(label, f());
  } catch (e) {
    print(label, "threw", e.name);
  }
}

show("direct eval fn + undefined", function () {
  try {
    eval("var notDefinedVar; function undefined() {}");
  } catch (e) {
    print("  caught", e.name);
  }
  return typeof notDefinedVar;
});
show("eval ok", function () {
  (0, eval)("var okVar = 1; function okFn() { return 2; }");
  return okVar + okFn();
});
let lexicalName = 1;
show("eval var vs let", function () {
  try {
    (0, eval)("var beforeClash; var lexicalName;");
  } catch (e) {
    print("  caught", e.name);
  }
  return typeof beforeClash;
});
Object.preventExtensions(this);
show("non-extensible", function () {
  var executed = false;
  try {
    (0, eval)("executed = true; function cannotDeclare() {}");
  } catch (e) {
    print("  caught", e.name);
  }
  return executed + " " + typeof cannotDeclare;
});
show("non-extensible var", function () {
  try {
    (0, eval)("var cannotDeclareVar;");
  } catch (e) {
    print("  caught", e.name);
  }
  return typeof cannotDeclareVar;
});
show("existing ok", function () {
  (0, eval)("var okVar; function okFn() { return 3; }");
  return okVar + okFn();
});
