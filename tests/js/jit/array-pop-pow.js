// Array.prototype.pop and integer Math.pow on trace.
var stack = [], out = 0;
for (var i = 0; i < 500; i++) {
  stack.push(i); stack.push(i * 2);
  var b = stack.pop(), a = stack.pop();
  out = (out + a * 3 + b) | 0;
  if (i % 3 === 0) stack.push(a);
}
print(out, stack.length, stack[0], stack[stack.length - 1]);
// Popping until empty, past the end, and through holes.
var xs = [1, 2, , 4], seen = [];
for (var j = 0; j < 7; j++) seen.push(String(xs.pop()) + ":" + xs.length);
print(seen.join(" "));
// An array whose length is read-only, and an array-like object.
var ro = [1, 2, 3];
Object.defineProperty(ro, "length", { writable: false });
var errs = 0;
for (var k = 0; k < 5; k++) { try { ro.pop(); } catch (e) { errs++; } }
print(errs, ro.length, ro[2]);
var like = { length: 2, 0: "a", 1: "b" };
var got = [];
for (var k = 0; k < 3; k++) got.push(Array.prototype.pop.call(like));
print(got.join(","), like.length);
// Values of different types in one array.
var mixed = [1, "two", 3.5, null, undefined, { v: 6 }, true];
var types = [];
while (mixed.length) { var v = mixed.pop(); types.push(typeof v); }
print(types.join(","));
// Integer powers: int32 results, overflow to double, negative and fractional exponents.
var s = 0, t = 0, u = [];
for (var n = 0; n < 40; n++) {
  s += Math.pow(2, n % 31);
  t += Math.pow(-3, n % 5) + Math.pow(n, 2);
  if (n % 8 === 0) u.push(Math.pow(n, -1), Math.pow(7, n), Math.pow(n - 20, 3), Math.pow(0, n - 1));
}
print(s, t);
print(u.join(" "));
print(1 / Math.pow(-0, 3), Math.pow(1, Infinity), Math.pow(-2, 0.5));
