// A boolean used as an int (`b | x` where x converts to 0) is an int afterwards:
// folding `b | 0` to `b` once made exits box it back as a boolean.
var h = 0;
function mix(v) { h = (h * 31 + v) | 0; if (v !== (v | 0)) h = 5; }
var a7 = [2147483646];
for (var i = 0; i <= 400; i = i + 1) {
  mix((2 != 255) | a7[1000]);
  if (i % 50 === 15) print("p", i, h);
}
print(h);
var t = 0, u = 0;
for (var j = 0; j < 300; j++) {
  var b = (j & 3) == 1;
  var n = b | null;           // int 0 or 1
  var m = (b & -1) * 1;      // int through and/mul identities
  if (j % 7 === 3) t += typeof n === "number" ? 1 : 100;
  u += n + m + (n === 1 ? 10 : 0);
}
print(t, u);
