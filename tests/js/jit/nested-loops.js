// Loops three deep, inner loops with breaks and early returns: nested trees.
var t = 0;
for (var a = 0; a < 20; a++)
  for (var b = 0; b < 20; b++)
    for (var c = 0; c < 20; c++) t += (a * b) ^ c;
print("triple", t);
var found = [];
for (var i = 2; i < 200; i++) {
  var prime = true;
  for (var j = 2; j * j <= i; j++) if (i % j === 0) { prime = false; break; }
  if (prime) found.push(i);
}
print("primes", found.length, found.slice(-5).join(","));
function firstIndex(arr, v) { for (var k = 0; k < arr.length; k++) if (arr[k] === v) return k; return -1; }
var arr = [];
for (var m = 0; m < 50; m++) arr.push((m * 37) % 50);
var idx = 0;
for (var n = 0; n < 100; n++) idx += firstIndex(arr, n % 60);
print("search", idx);
var grid = 0;
outer: for (var x = 0; x < 30; x++) {
  for (var y = 0; y < 30; y++) {
    if (y > x) continue outer;
    if (x * y > 400) break outer;
    grid += x - y;
  }
}
print("labeled", grid, x, y);
var m3 = 0;
for (var p = 0; p < 10; p++) { var q = 0; while (q < p) { var r = 0; do { m3 += r; r++; } while (r < q); q++; } }
print("while/do", m3);
var counts = [];
for (var s = 0; s < 8; s++) { var cnt = 0; for (var u = 0; u < s * 3; u++) for (var v = 0; v < 3; v++) cnt++; counts.push(cnt); }
print("varying trip counts", counts.join(","));
