// The prototype property, constructor links, and prototype chain manipulation.
function F() {}
print("F.prototype exists", typeof F.prototype);
print("F.prototype.constructor", F.prototype.constructor === F);
print("prototype enumerable keys", Object.keys(F.prototype).length);
var desc = Object.getOwnPropertyDescriptor(F, "prototype");
print("prototype descriptor", desc.writable, desc.enumerable, desc.configurable);
var cdesc = Object.getOwnPropertyDescriptor(F.prototype, "constructor");
print("constructor descriptor", cdesc.writable, cdesc.enumerable, cdesc.configurable);
var f = new F();
print("instance proto", Object.getPrototypeOf(f) === F.prototype);
print("constructor inherited", f.constructor === F, f.hasOwnProperty("constructor"));
F.prototype = { replaced: true };
var f2 = new F();
print("replaced prototype", f2.replaced, f2.constructor === Object, f2.constructor === F);
print("old instance keeps old proto", f.replaced, f.constructor === F);
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks; super: " + Animal.prototype.speak.call(this); };
var d = new Dog("Rex");
print("inheritance", d.speak());
print("instanceof both", d instanceof Dog, d instanceof Animal);
print("isPrototypeOf", Animal.prototype.isPrototypeOf(d), Dog.prototype.isPrototypeOf(new Animal("x")));
print("constructor fixed", d.constructor === Dog);
function Old() {}
Old.prototype = new Animal("proto-animal");
var o = new Old();
print("prototype as instance", o.name, o.speak(), o.constructor === Animal);
print("builtin prototypes", Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Array.prototype) === Object.prototype, Object.getPrototypeOf(Object.prototype));
print("function proto", Object.getPrototypeOf(F) === Function.prototype);
print("arrow has no prototype", (() => 1).prototype, "prototype" in (() => 1));
print("bound has no prototype", (function () {}).bind(null).prototype);
print("method prototype exists", typeof ({ m: function () {} }).m.prototype);
print("builtin fn no prototype", Math.max.prototype);
var chain = [];
var cur = d;
while (cur) { chain.push(cur === Dog.prototype ? "Dog.prototype" : cur === Animal.prototype ? "Animal.prototype" : cur === Object.prototype ? "Object.prototype" : "instance"); cur = Object.getPrototypeOf(cur); }
print("chain walk", chain.join(" -> "));
function Shape() {}
Shape.prototype.area = function () { return 0; };
Shape.prototype.describe = function () { return this.kind + " area " + this.area(); };
function Sq(s) { this.s = s; this.kind = "square"; }
Sq.prototype = Object.create(Shape.prototype);
Sq.prototype.area = function () { return this.s * this.s; };
function Circ(r) { this.r = r; this.kind = "circle"; }
Circ.prototype = Object.create(Shape.prototype);
Circ.prototype.area = function () { return 3 * this.r * this.r; };
var shapes = [new Sq(2), new Circ(1), new Sq(3), new Circ(2)];
var descs = [];
for (var i = 0; i < shapes.length; i++) descs.push(shapes[i].describe());
print("polymorphism", descs.join("; "));
Shape.prototype.area = function () { return -1; };
print("base change does not affect overrides", new Sq(2).area());
delete Sq.prototype.area;
print("delete override exposes base", new Sq(2).area());
var proto = { greeting: "hello" };
var objs = Object.create(proto);
proto.greeting = "changed";
print("dynamic proto lookup", objs.greeting);
objs.greeting = "own";
delete objs.greeting;
print("delete own re-exposes proto", objs.greeting);
