// math-spectral-norm: power iteration for the largest singular value of the
// infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to n x n.
// Entries computed on the fly are cross-checked against a stored matrix
// (array of arrays) version; results are printed with toFixed(9).

function A(i, j) {
  return 1 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

function Au(u, v, n) {
  for (var i = 0; i < n; i++) {
    var t = 0;
    for (var j = 0; j < n; j++) t += A(i, j) * u[j];
    v[i] = t;
  }
}

function Atu(u, v, n) {
  for (var i = 0; i < n; i++) {
    var t = 0;
    for (var j = 0; j < n; j++) t += A(j, i) * u[j];
    v[i] = t;
  }
}

function AtAu(u, v, w, n) {
  Au(u, w, n);
  Atu(w, v, n);
}

function spectralNorm(n, iterations) {
  var u = [], v = [], w = [];
  var i;
  for (i = 0; i < n; i++) { u[i] = 1; v[i] = 0; w[i] = 0; }
  for (i = 0; i < iterations; i++) {
    AtAu(u, v, w, n);
    AtAu(v, u, w, n);
  }
  var vBv = 0, vv = 0;
  for (i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vBv / vv);
}

// same algorithm with a precomputed matrix and its transpose
function spectralNormStored(n, iterations) {
  var M = [], MT = [];
  var i, j;
  for (i = 0; i < n; i++) { M[i] = []; MT[i] = []; }
  for (i = 0; i < n; i++) {
    for (j = 0; j < n; j++) {
      M[i][j] = A(i, j);
      MT[j][i] = M[i][j];
    }
  }
  function mul(mat, x, y) {
    for (var r = 0; r < n; r++) {
      var row = mat[r], t = 0;
      for (var c = 0; c < n; c++) t += row[c] * x[c];
      y[r] = t;
    }
  }
  var u = [], v = [], w = [];
  for (i = 0; i < n; i++) u[i] = 1;
  for (i = 0; i < iterations; i++) {
    mul(M, u, w); mul(MT, w, v);
    mul(M, v, w); mul(MT, w, u);
  }
  var vBv = 0, vv = 0;
  for (i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vBv / vv);
}

var failures = 0;
var sizes = [10, 40, 100];
var last = 0;
for (var k = 0; k < sizes.length; k++) {
  var n = sizes[k];
  var a = spectralNorm(n, 10);
  var b = spectralNormStored(n, 10);
  if (Math.abs(a - b) > 1e-12) failures++;
  // the norm grows with n and stays below the known limit ~1.2742241
  if (a <= last || a > 1.2742241) failures++;
  last = a;
  print("n=" + n + " " + a.toFixed(9));
}
// matrix entries are positive and decreasing along rows and columns
for (var i = 0; i < 50; i++) {
  for (var j = 0; j < 50; j++) {
    if (!(A(i, j) > A(i + 1, j) && A(i, j) > A(i, j + 1))) failures++;
  }
}
print("A(0,0) " + A(0, 0) + " A(3,5) " + A(3, 5).toFixed(12));
print(failures == 0 ? "PASS" : "FAIL " + failures);
