// access-nsieve: Sieve of Eratosthenes over plain arrays of booleans for
// m = 10000 * 2^k. Checks the prime counts against known values of pi(m), the
// small range against trial division, and prints prime sums and gaps.

function nsieve(m, isPrime) {
  var i, k, count = 0;
  for (i = 2; i <= m; i++) isPrime[i] = true;
  for (i = 2; i <= m; i++) {
    if (isPrime[i]) {
      for (k = i + i; k <= m; k += i) isPrime[k] = false;
      count++;
    }
  }
  return count;
}

function isPrimeByDivision(n) {
  if (n < 2) return false;
  if (n % 2 == 0) return n == 2;
  for (var d = 3; d * d <= n; d += 2) {
    if (n % d == 0) return false;
  }
  return true;
}

var known = { "10000": 1229, "20000": 2262, "40000": 4203, "80000": 7837, "160000": 14683 };
var failures = 0;
var flags = [];

for (var k = 0; k <= 4; k++) {
  var m = (1 << k) * 10000;
  var count = nsieve(m, flags);
  var sum = 0, maxGap = 0, last = 2, twins = 0;
  for (var i = 3; i <= m; i++) {
    if (flags[i]) {
      if (i - last > maxGap) maxGap = i - last;
      if (i - last == 2) twins++;
      last = i;
    }
  }
  for (i = 2; i <= m; i++) if (flags[i]) sum += i;
  if (known[String(m)] != count) failures++;
  print("Primes up to " + m + " " + count + " sum " + sum + " maxGap " + maxGap + " twins " + twins + " largest " + last);
}

// cross-check the low part of the last sieve with trial division
var mismatches = 0;
for (var n = 0; n <= 20000; n++) {
  if ((flags[n] === true) != isPrimeByDivision(n)) mismatches++;
}
if (mismatches) failures++;
print(failures == 0 ? "PASS" : "FAIL " + failures + " mismatches " + mismatches);
