// new: constructors returning objects vs primitives, prototype linkage.
function A(x) { this.x = x; }
var a = new A(1);
print("basic", a.x, a instanceof A, a.constructor === A);
function RetObj() { this.x = 1; return { y: 2 }; }
var r = new RetObj();
print("returns object", r.x, r.y, r instanceof RetObj);
function RetPrim() { this.x = 1; return 5; }
var rp = new RetPrim();
print("returns primitive ignored", rp.x, rp instanceof RetPrim);
function RetNull() { this.x = 1; return null; }
print("returns null ignored", new RetNull().x);
function RetArr() { return [1, 2]; }
print("returns array", new RetArr().length);
function RetFn() { return function () { return "fn"; }; }
print("returns function", new RetFn()());
function RetThis() { this.z = 3; return this; }
print("returns this", new RetThis().z);
function NoArgs() { this.n = arguments.length; }
print("new without parens", new NoArgs, (new NoArgs).n);
print("called without new sets global", (function () { function Leaky() { this.leakedProp = "leaked"; } Leaky(); return typeof leakedProp; })());
function Safe(v) { if (!(this instanceof Safe)) return new Safe(v); this.v = v; }
print("self-newing", Safe(3).v, new Safe(4).v);
function Proto() {}
Proto.prototype.greet = function () { return "hi " + this.who; };
Proto.prototype.who = "proto";
var p1 = new Proto();
print("proto method", p1.greet());
p1.who = "own";
print("own shadows", p1.greet(), new Proto().greet());
Proto.prototype.late = "added later";
print("late proto prop visible", p1.late);
function Counter() { Counter.count = (Counter.count || 0) + 1; this.id = Counter.count; }
new Counter(); new Counter();
print("static counter", new Counter().id, Counter.count);
var threw;
try { new Math.max(); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("new builtin non-constructor TypeError", threw);
try { new (function () {}.bind(null))(); threw = "ok"; } catch (e) { threw = e.name; }
print("new bound function", threw);
try { var notFn = {}; new notFn(); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("new object TypeError", threw);
try { new 5; threw = "no"; } catch (e) { threw = e.name; }
print("new number", threw);
try { new (() => 1)(); threw = "no"; } catch (e) { threw = e.name; }
print("new arrow", threw);
try { new undefinedCtor(); threw = "no"; } catch (e) { threw = e.name; }
print("new undeclared", threw);
function Chain() { return this; }
print("new result ctor", new Chain().constructor === Chain);
function Nested() { this.child = new Child(); }
function Child() { this.tag = "child"; }
print("nested new", new Nested().child.tag);
var ctors = { make: function () { this.made = true; } };
print("new member expr", new ctors.make().made);
function Factory() { return { kind: "factory" }; }
print("new on factory", new Factory().kind, Factory().kind);
function ProtoNonObj() {}
ProtoNonObj.prototype = 5;
var pno = new ProtoNonObj();
print("non-object prototype falls back to Object.prototype", Object.getPrototypeOf(pno) === Object.prototype);
function Args(a, b, c) { this.s = a + b + c; }
print("args to new", new Args(1, 2, 3).s);
var objs = [];
for (var i = 0; i < 100; i++) objs.push(new A(i));
var sum = 0;
for (var j = 0; j < objs.length; j++) sum += objs[j].x;
print("100 instances", sum);
print("new Object()", typeof new Object(), Object.keys(new Object()).length);
print("new Object(prim) boxes", typeof new Object(1), new Object("s") instanceof String);
var existing = {};
print("new Object(obj) identity", new Object(existing) === existing);
print("new Array(3)", new Array(3).length, new Array(3, 4).length, new Array("3").length);
print("Array() without new", Array(2).length);
print("new Boolean(0)", typeof new Boolean(0));
