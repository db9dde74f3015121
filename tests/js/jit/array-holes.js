// Dense arrays with holes, appends and growth on trace.
var a = new Array(50);
for (var i = 0; i < 50; i += 2) a[i] = i;
var s = 0, holes = 0;
for (var j = 0; j < 50; j++) { if (a[j] === undefined) holes++; else s += a[j]; }
print("holes", holes, s, 7 in a, 8 in a);
var b = [];
for (var k = 0; k < 1000; k++) b[k] = k * 2;
print("appended", b.length, b[999], b[500]);
var c = [];
for (var m = 0; m < 300; m++) c.push(m % 7);
print("pushed", c.length, c[299], c.join("").length);
var d = [1, 2, 3];
d[10] = 4;
var ds = [];
for (var n = 0; n < 12; n++) ds.push(d[n]);
print("gap", ds.join(","), d.length);
Array.prototype[3] = "proto";
var e = [0, 1, 2, , 4];
var es = [];
for (var p = 0; p < 5; p++) es.push(e[p]);
print("hole reads prototype", es.join(","));
delete Array.prototype[3];
var f = [];
for (var q = 0; q < 40; q++) { f[q] = q; if (q === 20) f.length = 10; }
print("length shrunk mid-loop", f.length, f[9], f[10], f[25]);
var g = [1, 2, 3, 4, 5, 6, 7, 8];
var gs = 0;
for (var r = 0; r < 40; r++) { if (r === 20) delete g[3]; gs += g[r % 8] || 100; }
print("deleted element", gs);
var sparse = [];
sparse[100000] = 1;
for (var t = 0; t < 10; t++) sparse[t] = t;
print("sparse", sparse.length, sparse[5], sparse[100000]);
var nested = [];
for (var u = 0; u < 5; u++) { nested[u] = []; for (var v = 0; v < 5; v++) nested[u][v] = u * v; }
print("nested", JSON.stringify(nested));
var lit = [];
for (var w = 0; w < 20; w++) lit.push([w, w + 1, "s" + w]);
print("literals", lit[19].join("-"), lit.length);
