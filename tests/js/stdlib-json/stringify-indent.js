// The space argument: numbers (clamped to 10), strings (first 10 units),
// wrapper objects, and ignored values.

var value = { a: [1, { b: 2 }, []], c: {}, d: "x", e: [[]] };

print(JSON.stringify(value, null, 2));
print(JSON.stringify(value, null, 0));
print(JSON.stringify(value, null, -5));
print(JSON.stringify(value, null, 1.9));
print(JSON.stringify([1, [2]], null, 10));
print(JSON.stringify([1, [2]], null, 11));
print(JSON.stringify([1, [2]], null, 100));
print(JSON.stringify([1, [2]], null, Infinity));
print(JSON.stringify([1, [2]], null, NaN));
print(JSON.stringify(value, null, "\t"));
print(JSON.stringify([1, [2]], null, "abcdefghijklmnop"));
print(JSON.stringify([1, [2]], null, "0123456789"));
print(JSON.stringify([1, [2]], null, ""));
print(JSON.stringify({ a: 1 }, null, "\u00e9\u4e2d"));
print(JSON.stringify({ a: 1 }, null, new Number(3)));
print(JSON.stringify({ a: 1 }, null, new String("--")));
print(JSON.stringify({ a: 1 }, null, true));
print(JSON.stringify({ a: 1 }, null, {}));
print(JSON.stringify({ a: 1 }, null, [4]));
print(JSON.stringify({ a: 1 }, null, null));
print(JSON.stringify({ a: 1 }, null, "3"));
var spaceObj = new Number(2);
spaceObj.valueOf = function () { return 4; };
print(JSON.stringify([1], null, spaceObj));

// empty containers print compactly even with indentation
print(JSON.stringify({}, null, 2), JSON.stringify([], null, 2), JSON.stringify([{}, []], null, 2));
// objects whose members are all skipped print as {}
print(JSON.stringify({ u: undefined, f: function () {} }, null, 2));
print(JSON.stringify({ a: { u: undefined } }, null, 2));
// undefined members in the middle
print(JSON.stringify({ a: 1, u: undefined, b: 2 }, null, 1));
print(JSON.stringify([undefined, 1], null, 1));
// primitives at the top ignore indentation
print(JSON.stringify(5, null, 4), JSON.stringify("s", null, 4), JSON.stringify(null, null, 4));
// deep indentation
var d = [];
var cur = d;
for (var i = 0; i < 12; i++) { var n = [i]; cur.push(n); cur = n; }
print(JSON.stringify(d, null, 3));
