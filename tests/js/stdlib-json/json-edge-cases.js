// Edge cases: accessors on array indices, toJSON on Array/Object prototypes,
// non-Latin-1 text in both directions, arguments objects, wrappers in arrays.

var a = [1, 2, 3];
Object.defineProperty(a, 1, { get: function () { return "g"; }, enumerable: true });
print(JSON.stringify(a));
Array.prototype.toJSON = function () { return "arr"; };
print(JSON.stringify([1, [2]]), JSON.stringify({ x: [] }));
delete Array.prototype.toJSON;
Object.prototype.toJSON = function (k) { return k === "" ? "root" : undefined; };
print(JSON.stringify({ a: 1 }), JSON.stringify([{}]));
delete Object.prototype.toJSON;
print(JSON.stringify({ "\u4e2d": "\u6587\n" }, null, "\u3000"));
try { JSON.parse('{"\u4e2d": x}') } catch (e) { print(e.name) }
print(JSON.stringify(JSON.parse('["\u4e2d\\n\\u0041", "\u00e9\\"", {"\u0100k": "\\ud800"}]')));
var s = "x"; for (var i = 0; i < 14; i++) s = s + s + "\u0101";
print(JSON.stringify(s).length, JSON.parse(JSON.stringify([s, s]))[1] === s);
var o = {}; for (var i = 0; i < 100; i++) o["k" + (i * 7919 % 100)] = i; print(JSON.stringify(o).length);
print(JSON.stringify({a: [ {b: 1}, [ [], {} ] ]}, function (k, v) { return v; }, 3));
var args = (function () { return arguments; })(1, 2);
print(JSON.stringify({ args: args }, null, 1));
var d = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } });
print(JSON.parse(JSON.stringify(d)).own, JSON.stringify(d));
print(JSON.stringify([new Boolean(true), Object("str"), Object(1.5)], null, ""));
print(JSON.parse(' [ 1 , 2 ] '.split("").join("")).length);
print(JSON.stringify("\u0000\u0007\u000b\u000e\u001b\u007f"));
