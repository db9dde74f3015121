// Matrix operations on nested arrays: multiply, transpose, determinant, inverse (exact rationals).
function zeros(r, c) { var m = []; for (var i = 0; i < r; i++) { var row = []; for (var j = 0; j < c; j++) row.push(0); m.push(row); } return m; }
function identity(n) { var m = zeros(n, n); for (var i = 0; i < n; i++) m[i][i] = 1; return m; }
function mul(a, b) {
  var r = zeros(a.length, b[0].length);
  for (var i = 0; i < a.length; i++) for (var k = 0; k < b.length; k++) { var aik = a[i][k]; for (var j = 0; j < b[0].length; j++) r[i][j] += aik * b[k][j]; }
  return r;
}
function transpose(a) { var r = zeros(a[0].length, a.length); for (var i = 0; i < a.length; i++) for (var j = 0; j < a[0].length; j++) r[j][i] = a[i][j]; return r; }
function show(m) { return m.map(function (row) { return row.join(" "); }).join(" | "); }
var A = [[1, 2, 3], [4, 5, 6]];
var B = [[7, 8], [9, 10], [11, 12]];
print("A*B", show(mul(A, B)));
print("B*A", show(mul(B, A)));
print("A^T", show(transpose(A)));
print("A*I", show(mul(A, identity(3))));
function det(m) {
  var n = m.length, a = m.map(function (r) { return r.slice(); }), d = 1;
  for (var c = 0; c < n; c++) {
    var p = c;
    while (p < n && a[p][c] === 0) p++;
    if (p === n) return 0;
    if (p !== c) { var t = a[p]; a[p] = a[c]; a[c] = t; d = -d; }
    d *= a[c][c];
    for (var r = c + 1; r < n; r++) { var f = a[r][c] / a[c][c]; for (var k = c; k < n; k++) a[r][k] -= f * a[c][k]; }
  }
  return d;
}
print("det 2x2", det([[3, 8], [4, 6]]), "det 3x3", det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), "singular", det([[1, 2], [2, 4]]));
function gcd(a, b) { a = Math.abs(a); b = Math.abs(b); while (b) { var t = a % b; a = b; b = t; } return a; }
function Q(n, d) { if (d === undefined) d = 1; if (d < 0) { n = -n; d = -d; } var g = gcd(n, d) || 1; this.n = n / g; this.d = d / g; }
Q.prototype.add = function (o) { return new Q(this.n * o.d + o.n * this.d, this.d * o.d); };
Q.prototype.sub = function (o) { return new Q(this.n * o.d - o.n * this.d, this.d * o.d); };
Q.prototype.mul = function (o) { return new Q(this.n * o.n, this.d * o.d); };
Q.prototype.div = function (o) { return new Q(this.n * o.d, this.d * o.n); };
Q.prototype.isZero = function () { return this.n === 0; };
Q.prototype.toString = function () { return this.d === 1 ? String(this.n) : this.n + "/" + this.d; };
function inverse(m) {
  var n = m.length, a = [];
  for (var i = 0; i < n; i++) { a.push([]); for (var j = 0; j < 2 * n; j++) a[i].push(new Q(j < n ? m[i][j] : (j - n === i ? 1 : 0))); }
  for (var c = 0; c < n; c++) {
    var p = c;
    while (p < n && a[p][c].isZero()) p++;
    if (p === n) return null;
    var t = a[p]; a[p] = a[c]; a[c] = t;
    var piv = a[c][c];
    for (var k = 0; k < 2 * n; k++) a[c][k] = a[c][k].div(piv);
    for (var r = 0; r < n; r++) {
      if (r === c || a[r][c].isZero()) continue;
      var f = a[r][c];
      for (var k2 = 0; k2 < 2 * n; k2++) a[r][k2] = a[r][k2].sub(f.mul(a[c][k2]));
    }
  }
  return a.map(function (row) { return row.slice(n); });
}
var M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]];
var inv = inverse(M);
print("inverse", inv.map(function (r) { return r.join(" "); }).join(" | "));
print("singular inverse", inverse([[1, 2], [2, 4]]));
var H = [];
for (var hi = 0; hi < 4; hi++) { H.push([]); for (var hj = 0; hj < 4; hj++) H[hi].push(0); }
var hq = [];
for (var i2 = 0; i2 < 4; i2++) { hq.push([]); for (var j2 = 0; j2 < 4; j2++) hq[i2].push(new Q(1, i2 + j2 + 1)); }
print("hilbert 4 row0", hq[0].join(" "));
function fibMat(n) { var r = identity(2), b = [[1, 1], [1, 0]]; while (n > 0) { if (n & 1) r = mul(r, b); b = mul(b, b); n >>= 1; } return r[0][1]; }
print("fib via matrix power", fibMat(10), fibMat(50), fibMat(78));
var N = 40;
var X = zeros(N, N), Y = zeros(N, N);
for (var a1 = 0; a1 < N; a1++) for (var a2 = 0; a2 < N; a2++) { X[a1][a2] = (a1 * 3 + a2 * 7) % 11 - 5; Y[a1][a2] = (a1 * 5 + a2 * 2) % 13 - 6; }
var Z = mul(X, Y);
var trace = 0, chk = 0;
for (var z1 = 0; z1 < N; z1++) { trace += Z[z1][z1]; for (var z2 = 0; z2 < N; z2++) chk = (chk * 31 + Z[z1][z2]) | 0; }
print("40x40 product trace", trace, "checksum", chk);
var ZT = mul(transpose(Y), transpose(X));
var same = true;
for (var c1 = 0; c1 < N; c1++) for (var c2 = 0; c2 < N; c2++) if (ZT[c1][c2] !== Z[c2][c1]) same = false;
print("(XY)^T == Y^T X^T", same);
