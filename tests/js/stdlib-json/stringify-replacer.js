// Replacer functions and arrays, toJSON, and cycle detection.

// replacer function: this is the holder, key "" for the root
var calls = [];
var root = { a: 1, b: [10, 20], c: { d: "x" } };
var out = JSON.stringify(root, function (key, value) {
  var holderDesc = Array.isArray(this) ? "array" : typeof this;
  calls.push(JSON.stringify(key) + "@" + holderDesc + "=" + typeof value);
  if (key === "") print("root holder has value:", this[""] === root, Object.keys(this).length);
  return value;
});
print(out);
print(calls.join(" "));

// key types passed to the replacer are strings, also for array indices
JSON.stringify([5, 6], function (k, v) { print("key", typeof k, JSON.stringify(k)); return v; });

// replacing values
print(JSON.stringify({ a: 1, b: "two", c: [3, 4] }, function (k, v) {
  if (typeof v === "number") return v * 2;
  if (typeof v === "string") return undefined;
  return v;
}));
print(JSON.stringify([1, 2, 3], function (k, v) { return k === "1" ? undefined : v; }));
print(JSON.stringify({ a: 1 }, function (k, v) { return k === "" ? [v, v] : v + 1; }));
print(JSON.stringify(1, function (k, v) { return k === "" ? { wrapped: v } : v; }));
print(JSON.stringify({ a: 1 }, function (k, v) { return k === "" ? undefined : v; }));
print(JSON.stringify({ a: 1 }, function (k, v) { return k === "" ? function () {} : v; }));
print(JSON.stringify({ a: 1 }, function (k, v) { return typeof v === "number" ? new Number(v + 1) : v; }));
print(JSON.stringify({ a: 1 }, function (k, v) { return typeof v === "number" ? new String("s" + v) : v; }));
// the replacer sees the value after toJSON
print(JSON.stringify({ a: { toJSON: function () { return "fromToJSON"; } } }, function (k, v) { return k === "a" ? "[" + v + "]" : v; }));
// the replacer can add properties to objects about to be serialized
print(JSON.stringify({ a: {} }, function (k, v) { if (k === "a") v.added = true; return v; }));

// replacer arrays
var obj = { a: 1, b: 2, c: { a: 3, b: 4, d: 5 }, 1: "one", 2: "two" };
print(JSON.stringify(obj, ["a", "c"]));
print(JSON.stringify(obj, ["c", "a"]));
print(JSON.stringify(obj, ["b", "b", "a", "b"]));
print(JSON.stringify(obj, [1, "2", 2]));
print(JSON.stringify(obj, [new String("a"), new Number(1), {}, null, true, undefined]));
print(JSON.stringify(obj, []));
print(JSON.stringify(obj, ["missing"]));
print(JSON.stringify([{ a: 1, b: 2 }, { b: 3 }], ["b"]));
print(JSON.stringify({ 1.5: "x", "-0": "y", 0: "z" }, [1.5, -0]));
var sparseList = [];
sparseList[2] = "a";
print(JSON.stringify({ a: 1, b: 2 }, sparseList));
var numWrapper = new Number(1);
numWrapper.toString = function () { return "b"; };
print(JSON.stringify({ 1: "one", b: "bee" }, [numWrapper]));
// replacer array with indentation
print(JSON.stringify(obj, ["a", "c"], 2));
// non-function, non-array replacers are ignored
print(JSON.stringify({ a: 1 }, {}), JSON.stringify({ a: 1 }, "a"), JSON.stringify({ a: 1 }, 5));

// toJSON
print(JSON.stringify({ toJSON: function (k) { return "key is " + JSON.stringify(k); } }));
print(JSON.stringify({ x: { toJSON: function (k) { return k + "!"; } } }));
print(JSON.stringify([{ toJSON: function (k) { return typeof k + ":" + k; } }]));
print(JSON.stringify({ toJSON: function () { return undefined; } }));
print(JSON.stringify({ a: { toJSON: function () { return undefined; } }, b: 1 }));
print(JSON.stringify({ toJSON: function () { return this.v * 2; }, v: 21 }));
print(JSON.stringify({ toJSON: "not a function", v: 1 }));
print(JSON.stringify({ toJSON: null }));
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.toJSON = function () { return [this.x, this.y]; };
print(JSON.stringify({ p: new Point(1, 2), list: [new Point(3, 4)] }));
// toJSON returning an object with its own toJSON is not called again
print(JSON.stringify({ toJSON: function () { return { toJSON: function () { return "inner"; }, v: 1 }; } }));
// toJSON on primitives' prototypes is not consulted
Number.prototype.toJSON = function () { return "number toJSON"; };
print(JSON.stringify(5), JSON.stringify([5]), JSON.stringify(new Number(5)));
delete Number.prototype.toJSON;
String.prototype.toJSON = function () { return "string toJSON"; };
print(JSON.stringify("s"), JSON.stringify(new String("s")));
delete String.prototype.toJSON;
// toJSON as a getter
var tj = {};
Object.defineProperty(tj, "toJSON", { get: function () { return function () { return "via getter"; }; } });
print(JSON.stringify([tj]));
// Dates (when Date exists)
if (typeof Date === "function" && typeof Date.prototype.toJSON === "function") {
  print(JSON.stringify(new Date(0)) === "\"1970-01-01T00:00:00.000Z\"");
} else {
  print(true);
}

// cycles
function tryStringify(v) {
  try { return JSON.stringify(v); } catch (e) { return e.name; }
}
var cyc = { a: 1 };
cyc.self = cyc;
print(tryStringify(cyc));
var arr = [1];
arr.push(arr);
print(tryStringify(arr));
var x = { y: { z: {} } };
x.y.z.back = x;
print(tryStringify(x));
var indirect = [{}];
indirect[0].list = indirect;
print(tryStringify(indirect));
// shared (non-cyclic) references are fine
var shared = { s: 1 };
print(tryStringify({ a: shared, b: shared, c: [shared, shared] }));
// cycles through toJSON and replacer results
var viaToJSON = { toJSON: function () { return { again: viaToJSON2 }; } };
var viaToJSON2 = { nested: null };
viaToJSON2.nested = viaToJSON2;
print(tryStringify(viaToJSON));
var r = {};
print(tryStringify({ k: r }), tryStringify({ k: r }, function (k, v) { return k === "k" ? this : v; }));
// after an error, stringify still works on the same objects
delete cyc.self;
print(tryStringify(cyc));
// deep but finite nesting works; absurdly deep nesting throws RangeError
var deep = [];
for (var i = 0; i < 1000; i++) deep = [deep];
print(tryStringify(deep).length);
var tooDeep = [];
for (i = 0; i < 100000; i++) tooDeep = [tooDeep];
print(tryStringify(tooDeep));

// errors thrown by toJSON, replacers and getters propagate
function Boom(msg) { this.msg = msg; }
try { JSON.stringify({ toJSON: function () { throw new Boom("toJSON"); } }); } catch (e) { print("caught", e.msg); }
try { JSON.stringify([1], function () { throw new Boom("replacer"); }); } catch (e) { print("caught", e.msg); }
try { JSON.stringify({ get g() { throw new Boom("getter"); } }); } catch (e) { print("caught", e.msg); }
