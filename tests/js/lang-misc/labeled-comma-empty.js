// Labeled blocks, comma in for headers, empty statements, block statements.
var out = [];
block: {
  out.push("a");
  if (out.length === 1) break block;
  out.push("never");
}
print("labeled block", out.join(","));
var depth = 0;
a: { b: { c: { depth = 3; break b; } depth = -1; } depth *= 10; }
print("break middle label", depth);
var pairs = [];
for (var i = 0, j = 10, k = 100; i < 3; i++, j--, k -= 10) pairs.push(i + "/" + j + "/" + k);
print("comma in for", pairs.join(" "));
var s = 0;
for (var x = 0, y = 0; x < 5; x++, y += x) s = y;
print("comma update order", s);
var count = 0;
for (;;) { if (count++ >= 3) break; }
print("empty for header", count);
;;;
var e = 0;
if (e === 0);
print("empty if body", e);
while (e++ < 5);
print("empty while body", e);
for (var n = 0; n < 3; n++);
print("empty for body", n);
{}
{ { { print("nested blocks"); } } }
var blockVar;
{ blockVar = "set in block"; }
print("block assignment", blockVar);
var lbls = 0;
l1: l2: l3: { lbls = 1; break l2; }
print("stacked labels", lbls);
var lblFn = function () { inner: { return "return from labeled block"; } };
print("return from labeled block", lblFn());
var commaExpr = (1, 2, 3);
print("comma expression", commaExpr);
var commaSide = 0;
var cr = (commaSide++, commaSide++, commaSide * 10);
print("comma side effects", cr, commaSide);
var viaComma;
for (viaComma = 0, count = 0; viaComma < 4; viaComma++) count += viaComma;
print("comma init with existing vars", count);
if (true) { } else { }
print("empty blocks", "ok");
switch (1) { }
print("empty switch", "ok");
try { } finally { }
print("empty try/finally", "ok");
try { } catch (err) { }
print("empty try/catch", "ok");
