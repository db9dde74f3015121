// Exit type maps must say what the path to the exit left in memory, not the
// tree's entry types: slots shifted each iteration (d <- c <- b <- t) with an
// int32 overflow on some iterations only make type-unstable peers, the oracle
// demotes t to a double, and a branch from a branch then reads t. (Found as a
// wrong RIPEMD-160 digest; with incomplete maps a branch unboxed an int32 as a
// double.)
function shift(n, over) {
  var b, c, d, t;
  for (var i = 0; i < n; i++) {
    d = c | 0;
    c = b;
    b = t;
    t = i;
    if (i < over) t += 2147483647;
  }
  return [b, c, d].join(",");
}
print(shift(12, 5));
print(shift(40, 7));
print(shift(40, 30));
// The same with a double that comes and goes on alternate iterations.
function alternate(n) {
  var a = 0, b = 0, c = 0, out = 0;
  for (var i = 0; i < n; i++) {
    out = (out + (c | 0)) | 0;
    c = b;
    b = a;
    a = i % 3 === 0 ? i + 0.5 : i;
  }
  return [out, a, b, c].join(",");
}
print(alternate(50));
print(alternate(7));
// A demoted slot (an int32 sum that overflowed once) read in a branch.
function demoted(n) {
  var s = 0, k = 0;
  for (var i = 0; i < n; i++) {
    if (i === 3) s = 2147483640;
    s = s + i;
    if (i % 4 === 1) k = s - 2147483000;
    else k = k + 1;
  }
  return s + ":" + k;
}
print(demoted(30));
print(demoted(100));
