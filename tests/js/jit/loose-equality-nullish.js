// Loose equality against null and undefined in hot loops: objects, strings,
// numbers and booleans are never == null/undefined, null == undefined, and the
// comparison is traced without conversions (no valueOf/toString calls).
var calls = 0;
function Node(v, next) { this.v = v; this.next = next; }
Node.prototype.valueOf = function () { calls++; return this.v; };
var list = null;
for (var i = 0; i < 50; i++) list = new Node(i, list);
var n = 0, sum = 0;
for (var p = list; p != null; p = p.next) { n++; sum += p.v; }
print("list", n, sum, calls);
var kinds = [{}, "s", "", 0, 1.5, true, false, null, undefined, [], function () {}];
var counts = [0, 0, 0, 0, 0, 0];
for (var r = 0; r < 300; r++) {
  for (var k = 0; k < kinds.length; k++) {
    var x = kinds[k];
    if (x == null) counts[0]++;
    if (x != undefined) counts[1]++;
    if (null == x) counts[2]++;
    if (x === null) counts[3]++;
    if (x !== undefined) counts[4]++;
    counts[5] += (x == undefined) ? 1 : 0;
  }
}
print("kinds", counts.join(","), calls);
// A slot that holds null first, then objects (type-unstable loop).
var o = null, hits = 0;
for (var i = 0; i < 200; i++) {
  if (o == null) hits++;
  if (i % 3 === 0) o = (o == undefined) ? { i: i } : null;
}
print("unstable", hits, o == null, calls);
