// 3d-morph: morphs a grid of vertices stored in a flat array of numbers (x,y,z
// triples) into a travelling sine surface over many frames, computes per-vertex
// normals with cross products, and checks invariants: over a full period the
// heights sum to ~0, normals are unit length, and surface symmetry holds.

var GridN = 64;
var Frames = 60;
var vertices = [];
var normals = [];

function initGrid(n) {
  vertices = new Array(n * n * 3);
  normals = new Array(n * n * 3);
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      var k = 3 * (i * n + j);
      vertices[k] = j / n;
      vertices[k + 1] = 0;
      vertices[k + 2] = i / n;
      normals[k] = 0; normals[k + 1] = 1; normals[k + 2] = 0;
    }
  }
}

function morph(n, f) {
  var PI2n = 2 * Math.PI / n;
  var phase = f * 2 * Math.PI / Frames;
  for (var i = 0; i < n; i++) {
    var rowAmp = 0.25 + 0.05 * Math.cos(i * PI2n);
    for (var j = 0; j < n; j++) {
      vertices[3 * (i * n + j) + 1] = rowAmp * Math.sin(j * PI2n + phase);
    }
  }
}

function computeNormals(n) {
  var maxErr = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      var k = 3 * (i * n + j);
      var kr = 3 * (i * n + (j + 1) % n);
      var kd = 3 * (((i + 1) % n) * n + j);
      // tangent vectors (wrapping around the torus-like grid)
      var ax = 1 / n, ay = vertices[kr + 1] - vertices[k + 1], az = 0;
      var bx = 0, by = vertices[kd + 1] - vertices[k + 1], bz = 1 / n;
      // cross b x a gives an upward normal
      var nx = by * az - bz * ay;
      var ny = bz * ax - bx * az;
      var nz = bx * ay - by * ax;
      var len = Math.sqrt(nx * nx + ny * ny + nz * nz);
      nx /= len; ny /= len; nz /= len;
      normals[k] = nx; normals[k + 1] = ny; normals[k + 2] = nz;
      var e = Math.abs(nx * nx + ny * ny + nz * nz - 1);
      if (e > maxErr) maxErr = e;
    }
  }
  return maxErr;
}

initGrid(GridN);
var totalSum = 0;
var maxAbsRowSum = 0;
var maxNormalErr = 0;
var minY = 1e9, maxY = -1e9;
var normalYSum = 0;
var upwardCount = 0;
var frameSums = [];

for (var f = 0; f < Frames; f++) {
  morph(GridN, f);
  var frameSum = 0;
  for (var i = 0; i < GridN; i++) {
    var rowSum = 0;
    for (var j = 0; j < GridN; j++) {
      var y = vertices[3 * (i * GridN + j) + 1];
      rowSum += y;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (Math.abs(rowSum) > maxAbsRowSum) maxAbsRowSum = Math.abs(rowSum);
    frameSum += rowSum;
  }
  totalSum += frameSum;
  frameSums.push(frameSum);
  var err = computeNormals(GridN);
  if (err > maxNormalErr) maxNormalErr = err;
  for (var k = 1; k < normals.length; k += 3) {
    normalYSum += normals[k];
    if (normals[k] > 0) upwardCount++;
  }
}

// check: sum over a full period of sin is zero for every row and frame
var ok = Math.abs(totalSum) < 1e-9 && maxAbsRowSum < 1e-12 && maxNormalErr < 1e-12;
// symmetry: the height range is symmetric around zero
ok = ok && Math.abs(maxY + minY) < 1e-12;
// every normal points upward
ok = ok && upwardCount == GridN * GridN * Frames;

print("grid " + GridN + "x" + GridN + " frames " + Frames);
print("range " + minY.toFixed(6) + " " + maxY.toFixed(6));
print("normalYAvg " + (normalYSum / (GridN * GridN * Frames)).toFixed(8));
print("sampleVertex " + vertices[3 * 100 + 1].toFixed(8) + " " + vertices[3 * 777 + 1].toFixed(8));
print(ok ? "PASS" : "FAIL sum=" + totalSum + " row=" + maxAbsRowSum);
