// Array indices and string positions that are doubles holding integers
// (after an int32 overflow, a division, Math.floor of a double), then fractions,
// NaN and -0 mid-loop.
var seed = 31415;
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n; }
var letters = "abcdefghijklmnopqrstuvwxyz", s = "", codes = 0;
for (var i = 0; i < 300; i++) {
  var k = rnd(26);
  s += letters.charAt(k);
  codes += letters.charCodeAt(k) + letters.charCodeAt(k / 2 | 0);
}
print(s.length, s.substring(0, 40), codes);
var a = [], sum = 0;
for (var j = 0; j < 64; j++) a[j] = j * 3;
for (var j = 0; j < 400; j++) {
  var d = (j * 2147483) % 64;        // doubles after the product overflows
  var h = j / 2;                     // integral for even j, fractional for odd
  sum += a[d] + (a[h] === undefined ? 1000 : a[h]);
  if (j === 300) sum += a[-0] + (a[NaN] === undefined ? 7 : 0) + letters.charCodeAt(-0);
  a[d] = a[d] + 1;
}
print(sum, a[0], a[63]);
var b = [1, 2, 3], c = 0;
for (var m = 0; m < 100; m++) { var x = m * 0.5; b[x] = m; c += b.length; }
print(c, b.length, b["1.5"], b[49]);
var t = "";
for (var n = 0; n < 60; n++) t += letters.charAt(n * 0.5) + letters[n / 4];
print(t);
