// Function length and name (only declarations / named expressions).
function zero() {}
function one(a) {}
function three(a, b, c) {}
print("length", zero.length, one.length, three.length);
print("name", zero.name, one.name, three.name);
var expr = function namedExpr(x, y) {};
print("named expr", expr.name, expr.length);
print("arrow length", ((a, b) => 0).length, (() => 0).length, (x => x).length);
print("builtin lengths", Math.max.length, Array.prototype.push.length, String.prototype.slice.length, parseInt.length);
print("builtin names", Math.max.name, Array.prototype.push.name, parseInt.name);
print("constructors", Object.length, Array.length, Function.length, String.length, Error.length);
print("ctor names", Object.name, Array.name, Error.name, TypeError.name);
var bound = three.bind(null, 1);
print("bound length", bound.length);
var ld = Object.getOwnPropertyDescriptor(three, "length");
print("length non-writable", ld.writable, ld.enumerable);
three.length = 99;
print("length assignment ignored", three.length);
print("name is own", three.hasOwnProperty("name"), three.hasOwnProperty("length"));
function withArgs() { return arguments.length; }
print("arguments.length vs length", withArgs(1, 2, 3), withArgs.length);
print("name of method fn expr", ({ m: function mm() {} }).m.name);
print("keys do not include length/name", Object.keys(three).length);
var fnWithDefaultsLikeES5 = function f(a, b) { b = b || 2; return a + b; };
print("es5 default idiom length", fnWithDefaultsLikeES5.length);
