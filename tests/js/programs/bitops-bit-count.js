// bitops-bit-count: counts set bits of many 32-bit values with five methods that
// must agree: shift loop, Kernighan's x &= x - 1, a byte lookup table, a packed
// 2-bits-per-entry table of 3-bit chunks (built at startup into one int), and
// SWAR parallel sums. Also checks parity and bit-reversal identities.

var byteTable = [];
for (var b = 0; b < 256; b++) {
  var c = 0;
  for (var t = b; t; t >>= 1) c += t & 1;
  byteTable[b] = c;
}

// popcount of each 3-bit value, packed 2 bits per entry into a 16-bit constant
var packed3 = 0;
for (var v = 0; v < 8; v++) packed3 |= byteTable[v] << (2 * v);

function countShift(x) {
  var n = 0;
  while (x != 0) {
    n += x & 1;
    x >>>= 1;
  }
  return n;
}

function countKernighan(x) {
  var n = 0;
  while (x != 0) {
    x &= x - 1;
    n++;
  }
  return n;
}

function countTable(x) {
  return byteTable[x & 0xff] + byteTable[(x >>> 8) & 0xff] + byteTable[(x >>> 16) & 0xff] + byteTable[x >>> 24];
}

function countPacked3(x) {
  var n = 0;
  for (var s = 0; s < 33; s += 3) {
    n += (packed3 >> (((x >>> s) & 7) << 1)) & 3;
  }
  return n;
}

function countSWAR(x) {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  x = x + (x >>> 8);
  x = x + (x >>> 16);
  return x & 0x3f;
}

function parity(x) {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

function reverseBits(x) {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  x = (x >>> 16) | (x << 16);
  return x | 0;
}

var seed = 12345;
function nextRandom() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

var total = 0, mismatches = 0, oddParity = 0, revXor = 0;
var N = 12000;
for (var i = 0; i < N; i++) {
  // mix two 31-bit values to cover all 32 bits, including negative int32s
  var x = (nextRandom() ^ (nextRandom() << 7)) | 0;
  if (i % 97 == 0) x = -i;
  var a = countShift(x);
  var bb = countKernighan(x);
  var cc = countTable(x);
  var d = countPacked3(x);
  var e = countSWAR(x);
  if (a != bb || a != cc || a != d || a != e) mismatches++;
  if (parity(x) != (a & 1)) mismatches++;
  var r = reverseBits(x);
  if (reverseBits(r) != x || countSWAR(r) != a) mismatches++;
  if ((x & 1) != (r >>> 31)) mismatches++;
  total += a;
  oddParity += parity(x);
  revXor ^= r;
}

// exhaustive 16-bit check of the packed-table method
for (var w = 0; w < 65536; w++) {
  if (countPacked3(w) != countTable(w)) mismatches++;
}

print("packed3 0x" + packed3.toString(16));
print("values " + N + " totalBits " + total + " oddParity " + oddParity);
print("revXor " + (revXor >>> 0).toString(16) + " popcount(-1) " + countSWAR(-1) + " popcount(0x80000000) " + countKernighan(0x80000000 | 0));
print(mismatches == 0 ? "PASS" : "FAIL " + mismatches);
