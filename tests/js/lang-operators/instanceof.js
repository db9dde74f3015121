// instanceof with prototype chains and edge cases.
function A() {}
function B() {}
B.prototype = new A();
function C() {}
C.prototype = Object.create(B.prototype);
var a = new A(), b = new B(), c = new C();
print("a instanceof A", a instanceof A);
print("b instanceof A", b instanceof A);
print("b instanceof B", b instanceof B);
print("c instanceof A,B,C", c instanceof A, c instanceof B, c instanceof C);
print("a instanceof B", a instanceof B);
print("instanceof Object", a instanceof Object, c instanceof Object);
print("primitive instanceof", 1 instanceof Number, "s" instanceof String, true instanceof Boolean);
print("null instanceof Object", null instanceof Object);
print("undefined instanceof Object", undefined instanceof Object);
print("array instanceof Array", [] instanceof Array, [] instanceof Object);
print("fn instanceof Function", A instanceof Function, A instanceof Object);
print("Object instanceof Function", Object instanceof Function);
print("Function instanceof Object", Function instanceof Object);
print("Function instanceof Function", Function instanceof Function);
print("error chain", new TypeError() instanceof Error, new TypeError() instanceof RangeError);
var a2 = new A();
A.prototype = {};
print("after prototype change old", a2 instanceof A);
print("after prototype change new", new A() instanceof A);
function D() { return { custom: true }; }
print("ctor returns object", new D() instanceof D);
print("Object.create(null) instanceof Object", Object.create(null) instanceof Object);
var threw;
try { a instanceof {}; threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("rhs non-callable TypeError", threw);
try { a instanceof 5; threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("rhs number TypeError", threw);
try { a instanceof null; threw = "no"; } catch (e) { threw = e.name; }
print("rhs null", threw);
function E() {}
E.prototype = 3;
try { new E() instanceof E; threw = "no"; } catch (e) { threw = e.name; }
print("non-object prototype", threw);
try { 5 instanceof E; threw = "no-throw"; } catch (e) { threw = e.name; }
print("primitive lhs with non-object prototype", threw);
var bound = B.bind(null);
print("bound fn instanceof", b instanceof bound, new bound() instanceof B);
print("arrow rhs throws?", (function () { try { return {} instanceof (() => 1); } catch (e) { return e.name; } })());
print("wrapper instanceof", new Number(1) instanceof Number);
print("arguments instanceof Object", (function () { return arguments instanceof Object; })());
print("precedence", !a instanceof A, !(a instanceof A));
var list = [a, b, c, {}, [], null, 1];
var bits = "";
for (var i = 0; i < list.length; i++) bits += (list[i] instanceof B) ? "1" : "0";
print("loop instanceof B", bits);
