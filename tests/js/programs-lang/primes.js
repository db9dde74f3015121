// Prime sieve, factorization, and number-theory digests.
function sieve(n) {
  var isComp = [];
  for (var i = 0; i <= n; i++) isComp.push(false);
  var primes = [];
  for (var p = 2; p <= n; p++) {
    if (isComp[p]) continue;
    primes.push(p);
    for (var m = p * p; m <= n; m += p) isComp[m] = true;
  }
  return primes;
}
var ps = sieve(50000);
print("primes below 50000", ps.length, "last", ps[ps.length - 1], "first 15", ps.slice(0, 15).join(","));
var sum = 0;
for (var i = 0; i < ps.length; i++) sum += ps[i];
print("sum", sum);
var twins = 0;
for (var j = 1; j < ps.length; j++) if (ps[j] - ps[j - 1] === 2) twins++;
print("twin pairs", twins);
var maxGap = 0, gapAt = 0;
for (var k = 1; k < ps.length; k++) if (ps[k] - ps[k - 1] > maxGap) { maxGap = ps[k] - ps[k - 1]; gapAt = ps[k - 1]; }
print("max gap", maxGap, "after", gapAt);
function factor(n) {
  var f = [];
  for (var d = 2; d * d <= n; d++) while (n % d === 0) { f.push(d); n /= d; }
  if (n > 1) f.push(n);
  return f;
}
var toFactor = [2, 97, 360, 1001, 65536, 999999, 2147483647, 600851475143, 9007199254740991];
for (var t = 0; t < toFactor.length; t++) print("factor", toFactor[t], factor(toFactor[t]).join("*"));
function modpow(b, e, m) {
  var r = 1; b %= m;
  while (e > 0) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e = Math.floor(e / 2); }
  return r;
}
function mulmod(a, b, m) {
  var r = 0; a %= m;
  while (b > 0) { if (b & 1) r = (r + a) % m; a = (a * 2) % m; b = Math.floor(b / 2); }
  return r;
}
print("modpow", modpow(2, 10, 1000), modpow(3, 200, 1000000007), modpow(7, 1234567, 998244353));
function isProbablePrime(n) {
  if (n < 2) return false;
  var small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
  for (var i = 0; i < small.length; i++) { if (n === small[i]) return true; if (n % small[i] === 0) return false; }
  var d = n - 1, s = 0;
  while (d % 2 === 0) { d /= 2; s++; }
  for (var a = 0; a < 7; a++) {
    var x = modpow(small[a], d, n);
    if (x === 1 || x === n - 1) continue;
    var comp = true;
    for (var r = 1; r < s; r++) { x = mulmod(x, x, n); if (x === n - 1) { comp = false; break; } }
    if (comp) return false;
  }
  return true;
}
var mr = [];
var cands = [1, 2, 91, 97, 561, 7919, 1000003, 2147483647, 2147483649, 4294967291];
for (var c = 0; c < cands.length; c++) mr.push(cands[c] + ":" + (isProbablePrime(cands[c]) ? "P" : "c"));
print("miller-rabin", mr.join(" "));
var agree = true;
for (var q = 0; q < 3000; q++) { var inSieve = ps.indexOf(q) !== -1; if (inSieve !== isProbablePrime(q)) agree = false; }
print("sieve agrees with miller-rabin below 3000", agree);
function totient(n) { var r = n, f = factor(n), last = 0; for (var i = 0; i < f.length; i++) if (f[i] !== last) { r = r / f[i] * (f[i] - 1); last = f[i]; } return r; }
var tots = [];
for (var z = 1; z <= 20; z++) tots.push(totient(z));
print("totients 1..20", tots.join(","));
var goldbach = [];
for (var ev = 4; ev <= 40; ev += 6) { for (var a2 = 0; ps[a2] <= ev / 2; a2++) if (ps.indexOf(ev - ps[a2]) !== -1) { goldbach.push(ev + "=" + ps[a2] + "+" + (ev - ps[a2])); break; } }
print("goldbach", goldbach.join(" "));
