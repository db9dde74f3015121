// access-fannkuch: enumerates all permutations of 1..n (n = 8) with a rotation
// counter scheme, counts "pancake flips" (reverse the first k elements until
// the first is 1) for each, and cross-checks the maximum and total flip counts
// against a second enumeration using lexicographic next-permutation.

function countFlips(perm, work, n) {
  var i;
  for (i = 0; i < n; i++) work[i] = perm[i];
  var flips = 0;
  var k = work[0];
  while (k != 0) {
    var lo = 0, hi = k;
    while (lo < hi) {
      var t = work[lo];
      work[lo] = work[hi];
      work[hi] = t;
      lo++;
      hi--;
    }
    flips++;
    k = work[0];
  }
  return flips;
}

// method 1: rotation counters (each prefix is rotated left in turn)
function fannkuchRotate(n) {
  var perm = [], work = [], count = [];
  var i;
  for (i = 0; i < n; i++) {
    perm[i] = i;
    work[i] = 0;
    count[i] = 0;
  }
  var maxFlips = 0, total = 0, checksum = 0, permCount = 0;
  var r = n;
  while (true) {
    while (r != 1) {
      count[r - 1] = r;
      r--;
    }
    var f = countFlips(perm, work, n);
    if (f > maxFlips) maxFlips = f;
    total += f;
    checksum += (permCount % 2 == 0) ? f : -f;
    permCount++;

    while (true) {
      if (r == n) {
        return { maxFlips: maxFlips, total: total, checksum: checksum, perms: permCount };
      }
      var first = perm[0];
      for (i = 0; i < r; i++) perm[i] = perm[i + 1];
      perm[r] = first;
      count[r] = count[r] - 1;
      if (count[r] > 0) break;
      r++;
    }
  }
}

// method 2: lexicographic order
function nextPermutation(a) {
  var i = a.length - 2;
  while (i >= 0 && a[i] >= a[i + 1]) i--;
  if (i < 0) return false;
  var j = a.length - 1;
  while (a[j] <= a[i]) j--;
  var t = a[i]; a[i] = a[j]; a[j] = t;
  for (var lo = i + 1, hi = a.length - 1; lo < hi; lo++, hi--) {
    t = a[lo]; a[lo] = a[hi]; a[hi] = t;
  }
  return true;
}

function fannkuchLex(n) {
  var perm = [], work = [];
  for (var i = 0; i < n; i++) perm[i] = i;
  var maxFlips = 0, total = 0, perms = 0, worst = "";
  var hist = [];
  do {
    var f = countFlips(perm, work, n);
    if (f > maxFlips) {
      maxFlips = f;
      worst = perm.join("");
    }
    hist[f] = (hist[f] || 0) + 1;
    total += f;
    perms++;
  } while (nextPermutation(perm));
  return { maxFlips: maxFlips, total: total, perms: perms, worst: worst, hist: hist };
}

var failures = 0;
for (var n = 5; n <= 8; n++) {
  var a = fannkuchRotate(n);
  var b = fannkuchLex(n);
  var fact = 1;
  for (var k = 2; k <= n; k++) fact *= k;
  if (a.perms != fact || b.perms != fact) failures++;
  if (a.maxFlips != b.maxFlips || a.total != b.total) failures++;
  var histSum = 0;
  for (k = 0; k < b.hist.length; k++) histSum += b.hist[k] || 0;
  if (histSum != fact) failures++;
  print("n=" + n + " perms " + a.perms + " checksum " + a.checksum + " maxFlips " + a.maxFlips +
        " total " + a.total + " firstWorst " + b.worst);
}
print(failures == 0 ? "PASS" : "FAIL " + failures);
