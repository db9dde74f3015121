// After a native call the interpreter clears the call window (callee, this,
// arguments); the recorder must not keep believing they hold what it put
// there. With the stale belief, predicting whether `i + 2147483646` overflows
// read a cleared register, and the trace computed in int32 under an overflow
// guard or in doubles depending on a hash table's order.
var h = 0;
var a4 = [, 16];
function mix(v) {
  if (v !== (v | 0)) h = (h ^ 1000 ^ v) | 0;
}
function main() {
  for (var i = 0; i <= 119; i = i + 1) {
    a4[0] = Math.max(10, i);
    mix(-(i + 2147483646));
  }
}
main(); print(h);
main(); print(h);
var m9 = [[1, 2, 3], [4, 5], [], [6]], s3 = 0;
function pushes() {
  var i = 0;
  do {
    i = i + 1;
    m9[7 & 3].push((s3 = i));
    mix(i + 2147483646);
  } while (i < 2000);
}
pushes(); pushes();
print(h, s3, m9[3].length);
