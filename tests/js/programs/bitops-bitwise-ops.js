// bitops-bitwise-ops: a global accumulator AND-ed / OR-ed / XOR-ed over a long
// range, plus Gray code encode/decode, 32-bit rotations, shift counts >= 32,
// ToInt32/ToUint32 of large doubles, and bitwise-AND of a range computed by a
// loop vs. the common-prefix trick. Prints hex accumulators and a verdict.

var bitwiseAndValue = 4294967296;
var orValue = 0;
var xorValue = 0;
var failures = 0;

for (var i = 0; i < 300000; i++) {
  bitwiseAndValue = bitwiseAndValue & i;
  orValue = orValue | (i * 7919);
  xorValue = xorValue ^ ((i << 3) + (i >>> 2));
}

function grayEncode(n) { return n ^ (n >>> 1); }
function grayDecode(g) {
  var n = g;
  for (var s = 1; s < 32; s <<= 1) n ^= n >>> s;
  return n >>> 0;
}

function rotl(x, r) { return (x << r) | (x >>> (32 - r)); }
function rotr(x, r) { return (x >>> r) | (x << (32 - r)); }

// AND of all integers in [lo, hi]
function rangeAndLoop(lo, hi) {
  var acc = -1;
  for (var k = lo; k <= hi; k++) acc &= k;
  return acc >>> 0;
}
function rangeAndPrefix(lo, hi) {
  var shift = 0;
  while (lo != hi) {
    lo >>>= 1;
    hi >>>= 1;
    shift++;
  }
  return (lo * Math.pow(2, shift)) >>> 0;
}

var seed = 42;
function nextRandom() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

var grayHash = 0;
for (i = 0; i < 40000; i++) {
  var v = (nextRandom() * 2 + (i & 1)) >>> 0;
  var g = grayEncode(v) >>> 0;
  if (grayDecode(g) != v) failures++;
  // consecutive gray codes differ in exactly one bit
  var d = (grayEncode(v) ^ grayEncode(v + 1)) >>> 0;
  if (v != 0xffffffff && (d & (d - 1)) != 0) failures++;
  var r = 1 + (i % 31);
  if ((rotr(rotl(v, r), r) >>> 0) != v) failures++;
  grayHash = (rotl(grayHash, 5) ^ g) | 0;
}

var rangeHash = 0;
for (i = 0; i < 300; i++) {
  var lo = nextRandom() % 100000;
  var hi = lo + (nextRandom() % 700);
  var a = rangeAndLoop(lo, hi), b = rangeAndPrefix(lo, hi);
  if (a != b) failures++;
  rangeHash = (rangeHash * 31 + a) % 1000000007;
}

// shift counts are taken mod 32; ToInt32 wraps large doubles
var shiftLine = [1 << 32, 1 << 33, -1 >>> 32, -1 >>> 31, 5 >> 33, -5 >> 65, (-5 >>> 0) % 1000].join(",");
var convLine = [4294967297 | 0, 2147483648 | 0, -2147483649 | 0, 1e10 | 0, -1e10 >>> 0,
                3.99 | 0, -3.99 | 0, 1.5e19 | 0, ~~12345.678, ~-1, ~0].join(",");

print("and " + bitwiseAndValue + " or " + (orValue >>> 0).toString(16) + " xor " + (xorValue >>> 0).toString(16));
print("gray " + (grayHash >>> 0).toString(16) + " range " + rangeHash);
print("shifts " + shiftLine);
print("conv " + convLine);
print(failures == 0 ? "PASS" : "FAIL " + failures);
