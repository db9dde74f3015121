// typeof of undeclared vars, void, comma operator.
print("typeof undeclared", typeof notDeclaredAnywhere);
print("typeof undeclared === 'undefined'", typeof notDeclaredAnywhere === "undefined");
print("typeof declared later (hoisted)", typeof hoistedLater);
var hoistedLater = 1;
print("typeof after init", typeof hoistedLater);
print("typeof fn declared later", typeof laterFn);
function laterFn() {}
print("void 0", void 0);
print("void 'x'", void "x");
print("void expression evaluated", (function () { var n = 0; void n++; return n; })());
print("void fn call", void laterFn());
print("void 0 === undefined", void 0 === undefined);
print("comma returns last", (1, 2, 3));
print("comma evaluates all", (function () { var a = 0; var r = (a++, a++, a++, a); return r; })());
var x = (print("side effect 1"), print("side effect 2"), "last");
print("comma var", x);
print("comma in for", (function () { var s = ""; for (var i = 0, j = 10; i < j; i++, j--) s += i + ":" + j + " "; return s; })());
print("comma with assignment", (function () { var a, b; a = (b = 3, b * 2); return a + "," + b; })());
print("typeof comma", typeof (1, "s"));
print("typeof in ternary", typeof undeclared2 === "undefined" ? "absent" : "present");
var undefined2;
print("void vs undefined var", void 0 === undefined2);
print("typeof null var", (function () { var n = null; return typeof n; })());
print("typeof deleted prop", (function () { var o = { a: 1 }; delete o.a; return typeof o.a; })());
print("typeof fn return", typeof (function () {})());
print("comma lhs call", (laterFn(), typeof laterFn));
