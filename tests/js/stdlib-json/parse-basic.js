// JSON.parse of valid texts: literals, numbers, strings, nesting, whitespace,
// duplicate keys, "__proto__", index keys and deep nesting.

function show(text) {
  var v = JSON.parse(text);
  var t = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
  print(JSON.stringify(text), "->", t, JSON.stringify(v));
}

show("true"); show("false"); show("null");
show("0"); show("-0"); show("1"); show("-1"); show("123456789");
show("1.5"); show("-0.25"); show("1e3"); show("1E3"); show("1e+3"); show("1e-3"); show("2.5E-2");
show("0.1"); show("0e0"); show("-0e-0"); show("1e400"); show("-1e400"); show("1e-400");
show("12345678901234567890"); show("9007199254740993"); show("2147483648"); show("-2147483649");
show("4294967295"); show("0.30000000000000004"); show("123.456e-7"); show("5e-324"); show("1.7976931348623157e308");
print(1 / JSON.parse("-0"), 1 / JSON.parse("-0.0"), 1 / JSON.parse("0"), 1 / JSON.parse("-0e5"));
print(JSON.parse("100000000000000000000000") === 1e23, JSON.parse("0.1") === 0.1);
var intLike = JSON.parse("[1, 1.0, 10e0, 100e-2]");
print(intLike[0] === intLike[1], intLike[1] === 1, intLike[2], intLike[3]);

show('""'); show('"abc"'); show('"with space"'); show('" "');
show("[]"); show("{}"); show("[[]]"); show("[{}]"); show('{"a":{}}');
show('[1,"2",true,false,null,{"a":[]}]');
show('{"a":1,"b":[1,2,3],"c":{"d":{"e":"f"}}}');

// whitespace: tab, LF, CR, space anywhere between tokens
show(" \t\n\r[ \t\n\r1 \t\n\r, \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\r2 \t\n\r} \t\n\r] \t\n\r");
show("\n\n\n5\n\n\n");

// duplicate keys: last wins, position of the first
var dup = JSON.parse('{"a":1,"b":2,"a":3}');
print(JSON.stringify(dup), Object.keys(dup).join(","));
var dup2 = JSON.parse('{"x":{"y":1},"x":{"z":2}}');
print(JSON.stringify(dup2));

// "__proto__" is an ordinary own property
var p = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
print(Object.keys(p).join(","), p.hasOwnProperty("__proto__"), ({}).polluted, p.polluted);
print(Object.getPrototypeOf(p) === Object.prototype, JSON.stringify(p));
var p2 = JSON.parse('{"__proto__": null}');
print(Object.getPrototypeOf(p2) === Object.prototype, p2.hasOwnProperty("__proto__"), JSON.stringify(p2));
var p3 = JSON.parse('[{"__proto__": []}]');
print(Array.isArray(p3[0]), JSON.stringify(p3));

// index-like keys become indexed properties, ordered first
var idx = JSON.parse('{"b":1,"2":"two","a":2,"0":"zero","10":"ten","01":"not index","-1":"neg","4294967294":"max","4294967295":"over"}');
print(Object.keys(idx).join(","));
print(idx[0], idx[2], idx["01"], idx[4294967294], idx[4294967295]);
print(JSON.stringify(idx));
var idx2 = JSON.parse('{"1": "a", "1": "b"}');
print(JSON.stringify(idx2));

// keys with escapes
var esc = JSON.parse('{"\\u0061": 1, "b\\nc": 2, "\\"": 3, "": 4, "\\u0031": 5}');
print(JSON.stringify(esc), esc.a, esc[1], esc[""]);

// parsed objects and arrays are ordinary, extensible and writable
var o = JSON.parse('{"k":[1,2]}');
o.k.push(3);
o.extra = true;
print(JSON.stringify(o), o.k.length, Object.getPrototypeOf(o.k) === Array.prototype);
var d = Object.getOwnPropertyDescriptor(o, "k");
print(d.writable, d.enumerable, d.configurable);

// non-string arguments are converted with ToString
print(JSON.parse(123), JSON.parse(true), JSON.parse(null), JSON.parse(new String("[7]"))[0]);
print(JSON.parse({ toString: function () { return '{"t":1}'; } }).t);
print(JSON.parse([5]), JSON.parse(["[1]"]).length);

// long arrays, many keys and deep nesting
var items = [];
for (var i = 0; i < 2000; i++) items.push('{"id":' + i + ',"name":"item' + i + '","tags":["t' + (i % 7) + '"],"ok":' + (i % 2 == 0) + '}');
var big = JSON.parse("[" + items.join(",") + "]");
var sum = 0;
for (i = 0; i < big.length; i++) sum += big[i].id + big[i].tags[0].length;
print(big.length, sum, big[1999].name, big[3].ok);
var manyKeys = [];
for (i = 0; i < 500; i++) manyKeys.push('"k' + i + '":' + i);
var mk = JSON.parse("{" + manyKeys.join(",") + "}");
print(Object.keys(mk).length, mk.k499, Object.keys(mk)[250]);

function nest(n, open, close) {
  var a = [], b = [];
  for (var i = 0; i < n; i++) { a.push(open); b.push(close); }
  return a.join("") + b.join("");
}
var deep = JSON.parse(nest(1000, "[", "]"));
var depth = 0;
while (Array.isArray(deep) && deep.length) { deep = deep[0]; depth++; }
print("depth", depth);
var veryDeep = JSON.parse(nest(100000, "[", "]"));
print("very deep parsed", Array.isArray(veryDeep));
var deepObjects = JSON.parse(nest(20000, '{"a":', "}").replace(/:\}/, ":1}"));
depth = 0;
while (typeof deepObjects === "object") { deepObjects = deepObjects.a; depth++; }
print("object depth", depth, deepObjects);

// strings of all lengths
var lens = [];
for (i = 0; i < 40; i++) {
  var s = "";
  for (var j = 0; j < i; j++) s += String.fromCharCode(97 + j % 26);
  lens.push(JSON.parse(JSON.stringify(s)).length);
}
print(lens.join(","));
// non-Latin-1 text
var wide = JSON.parse('{"\u4e2d\u6587": "\u65e5\u672c\u8a9e", "emoji": "\ud83d\ude00"}');
print(Object.keys(wide)[0] === "\u4e2d\u6587", wide["\u4e2d\u6587"].length, wide.emoji.length);
var mixed = JSON.parse('["\u00e9", "\u0100", "a\u00ffb", "x\u2028y"]');
print(mixed[0].charCodeAt(0), mixed[1].charCodeAt(0), mixed[2].length, mixed[3].charCodeAt(1).toString(16));
