// A nested tree left through an exit whose own branch could not be recorded
// (Math.sqrt of a string); the outer tree's branch from that nested exit starts
// right after the failed recording, and must record the instruction the exit
// resumes at (the call) instead of starting after it.
var s4 = 16, m9 = [];
var i31 = 0;
while (i31 < 12) {
  i31++;
  for (var i32 = -3; i32 !== 3; i32 += 1) {
    if (i32 % 7 === 1) m9.push(Math.sqrt(s4));
  }
  if ((i31 & 3) === 0) s4 = "NaN";
}
print(m9.join(";"));
// The same shape where the inner loop's body changes a string each time.
var t7 = "0123456789";
function strings() {
  var n = 0;
  while (n < 50) {
    n++;
    var k = 0;
    do {
      k = k + 1;
      t7 += t7.charCodeAt(n % (t7.length + 1));
      if (t7.length > 48) t7 = t7.slice(6);
    } while (k < 4);
  }
}
strings();
print(t7);
// And a nested loop whose inner tree exits early on a push to an array.
var peer = [];
for (var p = 0; p < 6; p++) {
  var start = p % 2 === 0 ? 0 : 0.5;
  for (var q = start; q < 5; q++) peer.push(q);
}
print(peer.join(","));
