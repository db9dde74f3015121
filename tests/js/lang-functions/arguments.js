// The arguments object in sloppy mode (mapped to parameters).
function len() { return arguments.length; }
print("length", len(), len(1), len(1, 2, 3), len(undefined));
function idx() { return arguments[0] + "," + arguments[1] + "," + arguments[5]; }
print("indexing", idx("a", "b"));
function alias1(a) { arguments[0] = "changed"; return a; }
print("arguments[0]= writes param", alias1("orig"));
function alias2(a) { a = "changed"; return arguments[0]; }
print("param= writes arguments", alias2("orig"));
function alias3(a, b) { b = 2; return arguments[1] + "," + arguments.length; }
print("unpassed param not mapped", alias3(1));
function alias4(a) { arguments[1] = "x"; return arguments.length + "," + arguments[1]; }
print("extra index does not change length", alias4(1));
function alias5(a) { delete arguments[0]; arguments[0] = "new"; return a; }
print("delete breaks mapping", alias5("orig"));
function alias6(a, a2) { arguments.length = 1; return a2 + "," + arguments.length; }
print("length writable", alias6(1, 2));
function typeofArgs() { return typeof arguments + "," + (arguments instanceof Array) + "," + Object.prototype.toString.call(arguments); }
print("type", typeofArgs());
function callee() { return arguments.callee === callee; }
print("callee", callee());
function toArr() { return Array.prototype.slice.call(arguments); }
print("slice.call", toArr(1, 2, 3).join("|"));
function joined() { return Array.prototype.join.call(arguments, "-"); }
print("join.call", joined("a", "b", "c"));
function sum() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
print("variadic sum", sum(), sum(1, 2, 3, 4, 5));
function passThrough() { return sum.apply(null, arguments); }
print("apply with arguments", passThrough(10, 20, 30));
function inner() { return function () { return arguments[0]; }; }
print("inner fn own arguments", inner("outer")("inner"));
function outerArgs() { var a = arguments; return function () { return a[0]; }; }
print("captured arguments", outerArgs("captured")());
function shadowArgs(arguments) { return arguments; }
print("param named arguments", shadowArgs("param"));
function varArgs() { var arguments = 5; return arguments; }
print("var named arguments", varArgs(1));
function varArgsNoInit() { var arguments; return typeof arguments; }
print("var arguments without init", varArgsNoInit(1));
function keysOf() { var k = []; for (var i in arguments) k.push(i); return k.join(","); }
print("for-in arguments", keysOf("x", "y", "z"));
function hasLength() { return Object.keys(arguments).length + "," + arguments.hasOwnProperty("length") + "," + ("callee" in arguments); }
print("own props", hasLength(1, 2));
function modifyInLoop(a, b, c) { for (var i = 0; i < arguments.length; i++) arguments[i] *= 2; return a + b + c; }
print("modify all via arguments", modifyInLoop(1, 2, 3));
function dupParams(a, a) { return a + "," + arguments[0]; }
print("duplicate params last wins", dupParams(1, 2));
function manyArgs() { return arguments.length + ":" + arguments[arguments.length - 1]; }
var big = [];
for (var j = 0; j < 300; j++) big.push(j);
print("300 args via apply", manyArgs.apply(null, big));
function arrowInside() { var f = () => arguments[0]; return f("arrow arg"); }
print("arrow uses outer arguments", arrowInside("outer arg"));
function lenProp(a, b, c) { return arguments.length + "/" + lenProp.length; }
print("arguments.length vs fn.length", lenProp(1));
