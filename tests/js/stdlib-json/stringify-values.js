// JSON.stringify of primitives, numbers at formatting boundaries, wrappers,
// undefined/functions, nested structures, sparse arrays and property order.

print(JSON.stringify(1), JSON.stringify(-1), JSON.stringify(0), JSON.stringify(-0));
print(JSON.stringify(1.5), JSON.stringify(-2.25), JSON.stringify(0.1 + 0.2));
print(JSON.stringify(1e21), JSON.stringify(1e20), JSON.stringify(123456789012345680000));
print(JSON.stringify(1e-7), JSON.stringify(1e-6), JSON.stringify(1.5e-7), JSON.stringify(0.000001234));
print(JSON.stringify(-1e21), JSON.stringify(-1e-7), JSON.stringify(5e-324), JSON.stringify(1.7976931348623157e308));
print(JSON.stringify(2147483647), JSON.stringify(2147483648), JSON.stringify(-2147483648), JSON.stringify(-2147483649));
print(JSON.stringify(9007199254740992), JSON.stringify(9007199254740993), JSON.stringify(4294967295));
print(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity));
print(JSON.stringify([NaN, Infinity, -Infinity, -0, 1/3]));
print(JSON.stringify(true), JSON.stringify(false), JSON.stringify(null));
print(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify());
print(typeof JSON.stringify(undefined), typeof JSON.stringify(function () {}));
print(JSON.stringify("abc"), JSON.stringify(""));

// wrapper objects are unwrapped
print(JSON.stringify(new Number(42)), JSON.stringify(new Number(-0)), JSON.stringify(new Number(NaN)));
print(JSON.stringify(new String("wrapped")), JSON.stringify(new Boolean(true)), JSON.stringify(new Boolean(false)));
print(JSON.stringify([new Number(1), new String("s"), new Boolean(false), Object(2)]));
print(JSON.stringify({ n: new Number(7), s: new String("x") }));
// Number/String wrappers use valueOf/toString of the object
var n = new Number(5);
n.valueOf = function () { return 99; };
var s = new String("orig");
s.toString = function () { return "replaced"; };
print(JSON.stringify([n, s]));

// undefined and functions: omitted in objects, null in arrays
print(JSON.stringify({ a: undefined, b: function () {}, c: 1, d: null }));
print(JSON.stringify([undefined, function () {}, 1, null]));
print(JSON.stringify({ u: undefined }), JSON.stringify([undefined]));

// nested structures
var nested = { a: [1, [2, [3, { b: { c: [] } }]]], d: {}, e: [{}] };
print(JSON.stringify(nested));
var deep = [];
var cur = deep;
for (var i = 0; i < 500; i++) { var next = []; cur.push(i, next); cur = next; }
var deepJson = JSON.stringify(deep);
print(deepJson.length, deepJson.slice(0, 20), deepJson.slice(-10));
var deepObj = {};
cur = deepObj;
for (i = 0; i < 800; i++) { cur.k = {}; cur = cur.k; }
print(JSON.stringify(deepObj).length);

// sparse arrays and holes
var sparse = [1, , 3];
print(JSON.stringify(sparse), JSON.stringify(new Array(3)));
var big = [];
big[5] = "five";
print(JSON.stringify(big));
var withLength = [1, 2];
withLength.length = 4;
print(JSON.stringify(withLength));
// extra named properties of arrays are ignored
var named = [1, 2];
named.extra = "x";
print(JSON.stringify(named));

// property order: integer-like keys first ascending, then insertion order
var order = { b: 1, a: 2, 10: 3, 2: 4, "-1": 5, "01": 6, 1.5: 7, 4294967294: 8, 4294967295: 9 };
print(JSON.stringify(order));
var order2 = {};
order2.z = 1; order2[3] = 2; order2.y = 3; order2[0] = 4;
print(JSON.stringify(order2));
delete order2.z; order2.z = 5;
print(JSON.stringify(order2));

// non-enumerable and inherited properties are skipped
var proto = { inherited: 1 };
function Make() { this.own = 2; }
Make.prototype = proto;
var m = new Make();
Object.defineProperty(m, "hidden", { value: 3, enumerable: false });
print(JSON.stringify(m));

// getters are invoked
var getterCalls = 0;
var withGetter = { get g() { getterCalls++; return "got"; }, plain: 1 };
Object.defineProperty(withGetter, "lazy", { get: function () { getterCalls++; return [this.plain]; }, enumerable: true });
print(JSON.stringify(withGetter), getterCalls);
// a getter that adds and deletes properties while serializing
var mutating = { a: 1, get b() { delete this.c; this.d = 4; return 2; }, c: 3 };
print(JSON.stringify(mutating));

// objects of other kinds
print(JSON.stringify(/re/g), JSON.stringify(new Error("e")), JSON.stringify(Math));
(function () { print(JSON.stringify(arguments)); })(1, "two");
var fnWithProps = function () {};
fnWithProps.x = 1;
print(JSON.stringify({ f: fnWithProps }), JSON.stringify([fnWithProps]));
print(JSON.stringify(Object.create(null)));
var nullProto = Object.create(null);
nullProto.x = [1];
print(JSON.stringify(nullProto));

// the JSON object itself
print(Object.prototype.toString.call(JSON), typeof JSON, JSON.stringify(JSON));
print(JSON.parse.length, JSON.stringify.length, JSON.parse.name, JSON.stringify.name);
print(Object.keys(JSON).length, JSON.propertyIsEnumerable("parse"));
