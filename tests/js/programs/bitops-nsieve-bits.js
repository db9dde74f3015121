// bitops-nsieve-bits: Sieve of Eratosthenes storing one flag per bit in arrays
// of int32 words (set/clear/test with shifts and masks). Compares against a
// plain boolean-array sieve, checks known prime counts, and prints a xor/rotate
// hash of the final bitfield words.

function primesBits(m, words) {
  var size = (m >> 5) + 1;
  var i;
  for (i = 0; i < size; i++) words[i] = 0xffffffff | 0;
  var count = 0;
  for (i = 2; i <= m; i++) {
    if (words[i >> 5] & (1 << (i & 31))) {
      for (var j = i + i; j <= m; j += i) {
        words[j >> 5] &= ~(1 << (j & 31));
      }
      count++;
    }
  }
  return count;
}

function testBit(words, i) {
  return (words[i >> 5] >>> (i & 31)) & 1;
}

function primesBool(m) {
  var flags = [];
  var i, count = 0;
  for (i = 0; i <= m; i++) flags[i] = i >= 2;
  for (i = 2; i * i <= m; i++) {
    if (flags[i]) {
      for (var j = i * i; j <= m; j += i) flags[j] = false;
    }
  }
  for (i = 2; i <= m; i++) if (flags[i]) count++;
  return { count: count, flags: flags };
}

var known = [1229, 2262, 4203, 7837, 14683, 27608];
var failures = 0;
var words = [];
for (var k = 0; k < known.length; k++) {
  var m = 10000 << k;
  words = [];
  var c = primesBits(m, words);
  var hash = 0;
  var limitWord = m >> 5;
  for (var w = 0; w < limitWord; w++) {
    hash = ((hash << 5) | (hash >>> 27)) ^ words[w];
  }
  if (c != known[k]) failures++;
  print("Primes up to " + m + " " + c + " hash " + (hash >>> 0).toString(16));
}

// compare with the boolean sieve on the last, largest size
var ref = primesBool(10000 << (known.length - 1));
var diff = 0;
for (var n = 2; n <= (10000 << (known.length - 1)); n++) {
  if (testBit(words, n) != (ref.flags[n] ? 1 : 0)) diff++;
}
if (diff != 0 || ref.count != known[known.length - 1]) failures++;
print("bitfield vs boolean differences " + diff);
print(failures == 0 ? "PASS" : "FAIL " + failures);
