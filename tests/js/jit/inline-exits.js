// Exits deep inside inlined calls: the exit map rebuilds every inlined frame.
function leaf(n) { if (n % 7 === 3) return n * 2; return n + 1; }
function mid(n) { var t = leaf(n); if (t > 50) return t - leaf(t); return t + 1; }
function top(n) { return mid(n) + mid(n + 1); }
var s = 0;
for (var i = 0; i < 200; i++) s += top(i % 40);
print("sum", s);
function deep(n, d) { return d === 0 ? n : deep(n + 1, d - 1) * 1; }
var t = 0;
for (var j = 0; j < 100; j++) t += deep(j, j % 4);
print("recursive", t);
function thrower(n) { if (n === 77) throw new Error("boom at " + n); return n; }
function calls(n) { return thrower(n) + 1; }
var caught = [];
for (var k = 0; k < 100; k++) {
  try { calls(k); } catch (e) { caught.push(e.message); }
}
print("caught", caught.join(";"));
function maybeUndefined(o) { return o.p.q; }
var errs = 0, total = 0;
for (var m = 0; m < 60; m++) {
  try { total += maybeUndefined(m === 40 ? { p: null } : { p: { q: m } }); } catch (e) { errs++; print(e instanceof TypeError); }
}
print("type errors", errs, total);
function construct(n) { this.n = n; if (n > 30) this.big = true; }
var big = 0;
for (var c = 0; c < 50; c++) { var o = new construct(c); if (o.big) big += o.n; }
print("constructed", big);
function getter(o) { return o.v; }
var objs = [{ v: 1 }, { get v() { return 2; } }, { v: 3, w: 4 }];
var gsum = 0;
for (var g = 0; g < 30; g++) gsum += getter(objs[g % 3]);
print("getter mix", gsum);
