// Arbitrary-precision unsigned integers as arrays of base-10000 limbs: factorials, powers, Fibonacci.
var BASE = 10000;
function fromInt(n) { var r = []; do { r.push(n % BASE); n = Math.floor(n / BASE); } while (n > 0); return r; }
function add(a, b) {
  var r = [], carry = 0;
  for (var i = 0; i < Math.max(a.length, b.length) || carry; i++) {
    var s = (a[i] || 0) + (b[i] || 0) + carry;
    r.push(s % BASE); carry = Math.floor(s / BASE);
  }
  return r;
}
function mulSmall(a, m) {
  var r = [], carry = 0;
  for (var i = 0; i < a.length || carry; i++) {
    var p = (a[i] || 0) * m + carry;
    r.push(p % BASE); carry = Math.floor(p / BASE);
  }
  while (r.length > 1 && r[r.length - 1] === 0) r.pop();
  return r;
}
function mul(a, b) {
  var r = [];
  for (var z = 0; z < a.length + b.length; z++) r.push(0);
  for (var i = 0; i < a.length; i++) {
    var carry = 0;
    for (var j = 0; j < b.length || carry; j++) {
      var cur = r[i + j] + a[i] * (b[j] || 0) + carry;
      r[i + j] = cur % BASE; carry = Math.floor(cur / BASE);
    }
  }
  while (r.length > 1 && r[r.length - 1] === 0) r.pop();
  return r;
}
function toStr(a) {
  var s = String(a[a.length - 1]);
  for (var i = a.length - 2; i >= 0; i--) { var d = String(a[i]); while (d.length < 4) d = "0" + d; s += d; }
  return s;
}
function digitSum(s) { var t = 0; for (var i = 0; i < s.length; i++) t += s.charCodeAt(i) - 48; return t; }
var f = fromInt(1);
for (var i = 2; i <= 100; i++) f = mulSmall(f, i);
var f100 = toStr(f);
print("100! digits", f100.length, "digit sum", digitSum(f100));
print("100! head", f100.substring(0, 30));
print("100! tail", f100.substring(f100.length - 30));
var p = fromInt(1);
for (var k = 0; k < 1000; k++) p = mulSmall(p, 2);
var p1000 = toStr(p);
print("2^1000 digits", p1000.length, "digit sum", digitSum(p1000), "head", p1000.substring(0, 20));
var a = fromInt(0), b = fromInt(1), n = 0;
while (toStr(b).length < 200) { var t = add(a, b); a = b; b = t; n++; }
print("first fib with 200 digits is F(" + (n + 1) + ")", toStr(b).substring(0, 20));
var x = fromInt(123456789);
var sq = mul(x, x);
print("123456789^2", toStr(sq), toStr(sq) === "15241578750190521");
var big1 = fromInt(99999999), big2 = mul(big1, big1);
var big3 = mul(big2, big2);
print("(10^8-1)^4", toStr(big3));
var pow3 = fromInt(1);
for (var m = 0; m < 200; m++) pow3 = mulSmall(pow3, 3);
var p3s = toStr(pow3);
print("3^200", p3s.length, p3s.substring(0, 15), p3s.substring(p3s.length - 15));
var c = fromInt(1);
var catalan = [];
for (var q = 0; q < 30; q++) {
  catalan.push(toStr(c));
  c = mulSmall(c, 2 * (2 * q + 1));
  var rem = 0, res = [];
  for (var z = c.length - 1; z >= 0; z--) { var cur = rem * BASE + c[z]; res.unshift(Math.floor(cur / (q + 2))); rem = cur % (q + 2); }
  while (res.length > 1 && res[res.length - 1] === 0) res.pop();
  c = res;
}
print("catalan 0..12", catalan.slice(0, 13).join(","));
print("catalan 29", catalan[29]);
