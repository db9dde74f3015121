// o[name] reads and writes with string keys on trace: varying keys, prototype
// properties, getters and setters, missing and new properties, index-like keys,
// frozen objects and arrays with named properties.
var vars = { a: 1, b: 2, c: 3, n: 0 };
var names = ["a", "b", "c", "n"];
var total = 0;
for (var i = 0; i < 400; i++) {
  var k = names[i & 3];
  vars[k] = vars[k] + (i % 5);
  total += vars[k];
}
print(total, vars.a, vars.b, vars.c, vars.n);

// Keys built at run time (not interned until used), and missing keys.
var counts = {};
var words = "the cat and the hat and the bat".split(" ");
for (var r = 0; r < 30; r++) {
  for (var j = 0; j < words.length; j++) {
    var w = words[j].charAt(0) + words[j].substring(1);
    counts[w] = (counts[w] || 0) + 1;
  }
}
var keys = []; for (var key in counts) keys.push(key + "=" + counts[key]);
print(keys.join(" "));
var miss = 0;
for (var m = 0; m < 100; m++) if (vars["zz" + (m % 3)] === undefined) miss++;
print(miss);

// Prototype properties, then a getter appears on the prototype mid-loop.
function P() {}
P.prototype.x = 10;
var p = new P(), acc = 0;
for (var q = 0; q < 200; q++) {
  if (q === 120) Object.defineProperty(P.prototype, "y", { get: function () { return 1000; } });
  acc += p["x"] + (p[q < 150 ? "x" : "y"] | 0);
}
print(acc);

// A setter on the object itself, and a read-only property.
var log = [];
var s = { set v(x) { log.push(x); }, get v() { return log.length; } };
var ro = {}; Object.defineProperty(ro, "k", { value: 5, writable: false });
for (var t = 0; t < 50; t++) {
  s["v"] = t;
  ro["k"] = t;
}
print(log.length, s["v"], ro["k"]);

// Index-like and length keys go to the interpreter.
var arr = [5, 6, 7];
arr.label = "L";
var got = [];
for (var z = 0; z < 60; z++) {
  var kk = ["0", "1", "length", "label", "2"][z % 5];
  got.push(arr[kk]);
  if (z % 5 === 3) arr[kk] = "L" + z;
}
print(got.slice(-10).join(","));

// Frozen objects keep their values; deleted properties read as undefined.
var f = Object.freeze({ a: 1 });
var o = { a: 1, b: 2 };
var sum = 0;
for (var u = 0; u < 100; u++) {
  f["a"] = u;
  if (u === 50) delete o.b;
  sum += f["a"] + (o["b"] === undefined ? 100 : o["b"]);
}
print(sum);
