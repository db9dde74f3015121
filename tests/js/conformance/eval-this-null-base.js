// Direct eval in an arrow sees the arrow's lexical `this` (test262
// arrow-function/arrow/binding-tests-3); reading or writing `base[key]` on an
// undefined or null base is a TypeError before the key is converted (test262
// member-expression/computed-reference-null-or-undefined).

function foo() {
  return () => eval("this");
}
print(eval("foo()()") === this);
var o = { m: function () { return () => eval("this === o"); } };
print(o.m()());
print((function () { "use strict"; return (() => eval("this"))(); })());
var nested = { m: function () { return () => () => eval("this.tag"); }, tag: "nested" };
print(nested.m()()());
print((() => eval("typeof this"))());

function attempt(label, f) {
  var log = [];
  try {
    f(log);
  } catch (e) {
    log.push(e.name);
  }
  print(label, log.join());
}
function key(log) {
  return { toString: function () { log.push("key"); return "p"; } };
}
attempt("null[k]", function (log) { var b = null; return b[key(log)]; });
attempt("undefined[k]", function (log) { var b; return b[key(log)]; });
attempt("null[k] = v", function (log) { var b = null; b[key(log)] = (log.push("rhs"), 1); });
attempt("null[1]", function (log) { var b = null; return b[1]; });
attempt("obj[k]", function (log) { var b = { p: 2 }; log.push(b[key(log)]); });
