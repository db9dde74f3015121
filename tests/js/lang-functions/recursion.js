// Recursion: classic functions.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var fibs = [];
for (var i = 0; i <= 20; i++) fibs.push(fib(i));
print("fib 0..20", fibs.join(","));
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
print("ack(2,3)", ack(2, 3), "ack(3,3)", ack(3, 3));
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
print("fact 10, 20, 25", fact(10), fact(20), fact(25));
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
print("gcd", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
var h = hanoi(4, "A", "C", "B", []);
print("hanoi 4", h.length, h.slice(0, 5).join(" "));
function perms(s) {
  if (s.length <= 1) return [s];
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var rest = s.substring(0, i) + s.substring(i + 1);
    var sub = perms(rest);
    for (var j = 0; j < sub.length; j++) out.push(s.charAt(i) + sub[j]);
  }
  return out;
}
var pm = perms("abcd");
print("perms abcd", pm.length, pm.slice(0, 6).join(","), pm[23]);
function power(b, e) { if (e === 0) return 1; var half = power(b, e >> 1); return e & 1 ? half * half * b : half * half; }
print("power", power(2, 30), power(3, 13), power(2, 60));
function sumDigits(n) { return n < 10 ? n : (n % 10) + sumDigits(Math.floor(n / 10)); }
print("sumDigits", sumDigits(987654321));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
print("mutual", isEven(100), isOdd(77), isEven(7));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print("depth 5000", depth(5000));
function flatten(a) {
  var r = [];
  for (var i = 0; i < a.length; i++) {
    if (a[i] instanceof Array) r = r.concat(flatten(a[i])); else r.push(a[i]);
  }
  return r;
}
print("flatten", flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]).join(","));
function binsearch(arr, x, lo, hi) {
  if (lo > hi) return -1;
  var mid = (lo + hi) >> 1;
  if (arr[mid] === x) return mid;
  return arr[mid] < x ? binsearch(arr, x, mid + 1, hi) : binsearch(arr, x, lo, mid - 1);
}
var sorted = [];
for (var k = 0; k < 100; k++) sorted.push(k * 3);
print("binsearch", binsearch(sorted, 147, 0, 99), binsearch(sorted, 148, 0, 99));
var anon = (function f(n) { return n ? n + f(n - 1) : 0; })(10);
print("named fn expr recursion", anon);
var viaCallee = (function (n) { return n ? n * arguments.callee(n - 1) : 1; })(6);
print("arguments.callee recursion", viaCallee);
function tak(x, y, z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }
print("tak(12,8,4)", tak(12, 8, 4));
function countChange(amount, coins, idx) {
  if (amount === 0) return 1;
  if (amount < 0 || idx >= coins.length) return 0;
  return countChange(amount - coins[idx], coins, idx) + countChange(amount, coins, idx + 1);
}
print("count change 100", countChange(100, [50, 25, 10, 5, 1], 0));
