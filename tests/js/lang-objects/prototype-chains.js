// Prototype chains built from constructors; lookup, shadowing, mutation.
function Base() { this.baseOwn = "b"; }
Base.prototype.shared = "base-shared";
Base.prototype.hello = function () { return "hello from " + this.kind(); };
Base.prototype.kind = function () { return "Base"; };
function Mid() { Base.call(this); this.midOwn = "m"; }
Mid.prototype = new Base();
Mid.prototype.constructor = Mid;
Mid.prototype.kind = function () { return "Mid"; };
function Leaf() { Mid.call(this); }
Leaf.prototype = new Mid();
Leaf.prototype.constructor = Leaf;
var leaf = new Leaf();
print("own props", Object.keys(leaf).join(","));
print("inherited method dispatch", leaf.hello());
print("shared", leaf.shared);
leaf.shared = "own-shared";
print("shadow", leaf.shared, new Leaf().shared);
delete leaf.shared;
print("unshadow", leaf.shared);
Base.prototype.added = "late";
print("late addition visible through chain", leaf.added);
print("hasOwnProperty", leaf.hasOwnProperty("baseOwn"), leaf.hasOwnProperty("shared"), leaf.hasOwnProperty("hello"));
print("in", "shared" in leaf, "hello" in leaf, "nope" in leaf);
var depth = 0;
for (var p = leaf; p !== null; p = Object.getPrototypeOf(p)) depth++;
print("chain length", depth);
function ReadOnlyProto() {}
Object.defineProperty(ReadOnlyProto.prototype, "fixed", { value: "proto-fixed", writable: false });
var rop = new ReadOnlyProto();
rop.fixed = "attempt";
print("non-writable inherited blocks assignment (sloppy)", rop.fixed, rop.hasOwnProperty("fixed"));
Object.defineProperty(rop, "fixed", { value: "defined own", writable: true });
print("defineProperty bypasses", rop.fixed);
var proto = { x: 1 };
var a = Object.create(proto), b = Object.create(proto);
proto.x = 2;
print("shared proto mutation", a.x, b.x);
a.x = 3;
print("own write does not affect siblings", a.x, b.x, proto.x);
var nullProto = Object.create(null);
nullProto.k = "v";
print("null proto object", nullProto.k, typeof nullProto.toString, Object.getPrototypeOf(nullProto));
var arr = [];
print("array chain", typeof arr.push, arr.hasOwnProperty("push"), Array.prototype.hasOwnProperty("push"));
function Counter() { this.count = 0; }
Counter.prototype.inc = function () { this.count++; return this; };
var c1 = new Counter(), c2 = new Counter();
c1.inc().inc().inc();
c2.inc();
print("per-instance state via proto methods", c1.count, c2.count);
Counter.prototype.tally = [];
c1.tally.push("c1");
c2.tally.push("c2");
print("mutable proto property shared", c1.tally.join(","), c1.tally === c2.tally);
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.toString = function () { return "(" + this.x + "," + this.y + ")"; };
var v = new Vec(0, 0);
for (var i = 1; i <= 10; i++) v = v.add(new Vec(i, -i));
print("value objects", String(v), "" + new Vec(1, 2));
Object.prototype.polluted = "yes";
print("Object.prototype addition visible everywhere", ({}).polluted, [].polluted, leaf.polluted);
delete Object.prototype.polluted;
print("removed", ({}).polluted);
var methodsFound = [];
var sample = new Leaf();
for (var key in sample) if (typeof sample[key] === "function") methodsFound.push(key);
print("enumerable methods through chain", methodsFound.join(","));
