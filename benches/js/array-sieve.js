// Array reads and writes in tight loops (nsieve-style).
function sieve(n) {
  var flags = [];
  for (var i = 0; i <= n; i++) flags[i] = true;
  var count = 0;
  for (var p = 2; p <= n; p++) {
    if (flags[p]) {
      count++;
      for (var k = p + p; k <= n; k += p) flags[k] = false;
    }
  }
  return count;
}
var total = 0;
for (var r = 0; r < 10; r++) total += sieve(200000);
print(total);
