// Arithmetic and comparison: int32 adds under overflow guards, a double
// product, a bit operation, and the loop test (a guard to the loop exit).
function run() {
  var s = 0, d = 0.5, bits = 0;
  for (var i = 0; i < 100; i++) {
    s = s + i * 3;
    d = d * 1.5 - i;
    bits = (bits ^ i) & 255;
  }
}
run();
