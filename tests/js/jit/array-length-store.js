// array.length = n on trace: truncation (elements gone), extension (holes),
// a read-only length, a sparse array, and a non-array object with a length.
var a = [], log = [];
for (var i = 0; i < 500; i++) {
  a.push(i, i + 1, i + 2);
  if (a.length > 7) a.length = 4;
  if (i % 97 === 0) log.push(a.join("-"));
}
print(a.length, a.join(), log.join(" "));
var b = [1, 2, 3], s = 0;
for (var j = 0; j < 200; j++) {
  b.length = (j % 5) + 1;
  s += b.length * 10 + (b[3] === undefined ? 1 : 0) + ((4 in b) ? 100 : 0);
  b[j % 5] = j;
}
print(s, b.length, b.join());
var ro = [1, 2, 3]; Object.defineProperty(ro, "length", { writable: false });
var sp = []; sp[100000] = 1;
var like = { length: 3 }, errs = 0;
for (var k = 0; k < 100; k++) {
  ro.length = 1;
  sp.length = 100001 - (k % 2);
  like.length = k;
  try { (function () { "use strict"; ro.length = 0; })(); } catch (e) { errs++; }
}
print(ro.length, sp.length, like.length, errs, sp[100000]);
// push of several values at once, growing the array, onto a frozen array, and
// onto an array with holes at its end.
var p = [], total = 0;
for (var m = 0; m < 400; m++) {
  total += p.push(m, -m) + p.push(m, m, m);
  if (m % 50 === 0) p.length = 0;
}
print(total, p.length, p.slice(-6).join());
var fr = Object.freeze([1]), holey = [1, 2], fails = 0;
holey.length = 5;
for (var q = 0; q < 30; q++) {
  try { fr.push(1, 2); } catch (e) { fails++; }
  if (q === 10) holey.push(7, 8);
}
print(fails, fr.length, holey.length, holey.join());
