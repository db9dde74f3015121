// Traced loops that allocate enough to need collections: the trace leaves at its
// loop edge when a collection is due, and everything it made survives.
function Node(v, next) { this.v = v; this.next = next; }
var head = null;
for (var i = 0; i < 60000; i++) {
  var garbage = { a: i, b: [i, i + 1], c: "g" + i };
  if (i % 3 === 0) head = new Node(i, head);
}
var n = 0, s = 0;
for (var p = head; p !== null; p = p.next) { n++; s += p.v; }
print("list", n, s);
var keep = [];
for (var j = 0; j < 50000; j++) { var str = "k" + j + "_" + (j * 3); if (j % 1000 === 0) keep.push(str); }
print("strings", keep.length, keep[7], keep[49]);
var arrs = [];
for (var k = 0; k < 20000; k++) { var a = [k, k * 2, k * 3]; a.push(k * 4); if (k % 5000 === 0) arrs.push(a); }
print("arrays", arrs.length, arrs[3].join(","));
var total = 0;
for (var m = 0; m < 300; m++) { var big = []; for (var q = 0; q < 200; q++) big.push({ q: q }); total += big[199].q + big.length; }
print("nested allocation", total);
