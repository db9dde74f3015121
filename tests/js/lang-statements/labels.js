// Labeled statements: break/continue to outer loops and labeled blocks.
var out = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    out.push("" + i + j);
  }
}
print("continue/break outer", out.join(","), i, j);
out = [];
a: for (var x = 0; x < 3; x++) {
  b: for (var y = 0; y < 3; y++) {
    c: for (var z = 0; z < 3; z++) {
      if (z === 1) continue b;
      if (y === 2) continue a;
      if (x === 2) break a;
      out.push("" + x + y + z);
    }
  }
}
print("three levels", out.join(","));
out = [];
blk: {
  out.push("before");
  if (out.length) break blk;
  out.push("skipped");
}
out.push("after");
print("labeled block", out.join(","));
out = [];
outerBlk: {
  innerBlk: {
    out.push(1);
    break outerBlk;
  }
  out.push(2);
}
print("break outer block", out.join(","));
var n = 0;
w: while (true) {
  do {
    n++;
    if (n > 5) break w;
    continue w;
  } while (false);
}
print("while/do labels", n);
out = [];
lbl: for (var p = 0; p < 3; p++) {
  switch (p) {
    case 0: out.push("zero"); continue lbl;
    case 1: out.push("one"); break;
    default: out.push("dflt"); break lbl;
  }
  out.push("after switch " + p);
}
print("labels through switch", out.join(","));
out = [];
l1: l2: for (var q = 0; q < 3; q++) {
  if (q === 1) continue l1;
  out.push(q);
}
print("multiple labels", out.join(","));
out = [];
ifl: if (true) { out.push("in if"); break ifl; }
print("labeled if", out.join(","));
var found = null;
search: for (var r = 0; r < 10; r++) {
  for (var s = 0; s < 10; s++) {
    if (r * s === 42) { found = r + "x" + s; break search; }
  }
}
print("search", found);
out = [];
loop1: for (var t = 0; t < 3; t++) {
  try {
    if (t === 1) continue loop1;
    out.push("t" + t);
  } finally {
    out.push("f" + t);
  }
}
print("continue through finally", out.join(","));
var sameName = 0;
dup: for (var u = 0; u < 2; u++) { sameName++; }
dup: for (var v = 0; v < 2; v++) { sameName++; continue dup; }
print("reused label name sequentially", sameName);
var fnl = function () { inner: for (;;) { return "returned from labeled"; } };
print("return from labeled loop", fnl());
