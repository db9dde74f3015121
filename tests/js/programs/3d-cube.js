// 3d-cube: rotates a cube with 4x4 matrices (arrays of arrays) over many frames,
// transforms vertices, projects them, and checks that rotations preserve edge
// lengths, that R * R^T is the identity and that the inverse rotation restores
// the original vertices. Prints checksums of projected coordinates.

var Cube = {};
var FrameCount = 2000;
var ViewDistance = 6;

function MakeIdentity() {
  var M = [];
  for (var i = 0; i < 4; i++) {
    M[i] = [];
    for (var j = 0; j < 4; j++) {
      M[i][j] = (i == j) ? 1 : 0;
    }
  }
  return M;
}

function MMulti(A, B) {
  var C = [];
  for (var i = 0; i < 4; i++) {
    C[i] = [];
    for (var j = 0; j < 4; j++) {
      var s = 0;
      for (var k = 0; k < 4; k++) {
        s += A[i][k] * B[k][j];
      }
      C[i][j] = s;
    }
  }
  return C;
}

function VMulti(M, V) {
  var R = [0, 0, 0, 0];
  for (var i = 0; i < 4; i++) {
    R[i] = M[i][0] * V[0] + M[i][1] * V[1] + M[i][2] * V[2] + M[i][3] * V[3];
  }
  return R;
}

function Transpose(M) {
  var T = MakeIdentity();
  for (var i = 0; i < 4; i++)
    for (var j = 0; j < 4; j++)
      T[i][j] = M[j][i];
  return T;
}

function RotX(a) {
  var M = MakeIdentity();
  var c = Math.cos(a), s = Math.sin(a);
  M[1][1] = c; M[1][2] = -s;
  M[2][1] = s; M[2][2] = c;
  return M;
}

function RotY(a) {
  var M = MakeIdentity();
  var c = Math.cos(a), s = Math.sin(a);
  M[0][0] = c; M[0][2] = s;
  M[2][0] = -s; M[2][2] = c;
  return M;
}

function RotZ(a) {
  var M = MakeIdentity();
  var c = Math.cos(a), s = Math.sin(a);
  M[0][0] = c; M[0][1] = -s;
  M[1][0] = s; M[1][1] = c;
  return M;
}

function Translate(dx, dy, dz) {
  var M = MakeIdentity();
  M[0][3] = dx; M[1][3] = dy; M[2][3] = dz;
  return M;
}

function Determinant3(M) {
  return M[0][0] * (M[1][1] * M[2][2] - M[1][2] * M[2][1])
       - M[0][1] * (M[1][0] * M[2][2] - M[1][2] * M[2][0])
       + M[0][2] * (M[1][0] * M[2][1] - M[1][1] * M[2][0]);
}

function Distance(P, Q) {
  var dx = P[0] - Q[0], dy = P[1] - Q[1], dz = P[2] - Q[2];
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

function InitCube() {
  Cube.Vertices = [];
  for (var i = 0; i < 8; i++) {
    Cube.Vertices.push([(i & 1) ? 1 : -1, (i & 2) ? 1 : -1, (i & 4) ? 1 : -1, 1]);
  }
  Cube.Edges = [];
  for (var a = 0; a < 8; a++) {
    for (var b = a + 1; b < 8; b++) {
      var d = a ^ b;
      if (d == 1 || d == 2 || d == 4) Cube.Edges.push([a, b]);
    }
  }
  Cube.Faces = [[0, 1, 3, 2], [4, 5, 7, 6], [0, 1, 5, 4], [2, 3, 7, 6], [0, 2, 6, 4], [1, 3, 7, 5]];
}

function Project(V) {
  var z = V[2] + ViewDistance;
  return [V[0] * 200 / z + 160, V[1] * 200 / z + 120];
}

var maxEdgeError = 0;
var maxOrthoError = 0;
var maxDetError = 0;
var maxInverseError = 0;
var projSum = 0;
var pixelSum = 0;
var visibleFaces = 0;

function DrawFrame(frame) {
  var ax = frame * 0.013, ay = frame * 0.021, az = frame * 0.007;
  var R = MMulti(RotZ(az), MMulti(RotY(ay), RotX(ax)));

  // orthogonality check: R * R^T == I (upper 3x3)
  var RRt = MMulti(R, Transpose(R));
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      var e = Math.abs(RRt[i][j] - (i == j ? 1 : 0));
      if (e > maxOrthoError) maxOrthoError = e;
    }
  }
  var de = Math.abs(Determinant3(R) - 1);
  if (de > maxDetError) maxDetError = de;

  var T = MMulti(Translate(Math.sin(frame * 0.05) * 0.5, 0, 0), R);
  var transformed = [];
  for (var v = 0; v < Cube.Vertices.length; v++) {
    transformed[v] = VMulti(T, Cube.Vertices[v]);
  }

  // inverse: undo translation then apply R^T
  var Inv = MMulti(Transpose(R), Translate(-Math.sin(frame * 0.05) * 0.5, 0, 0));
  for (v = 0; v < transformed.length; v++) {
    var back = VMulti(Inv, transformed[v]);
    for (var c = 0; c < 3; c++) {
      var ie = Math.abs(back[c] - Cube.Vertices[v][c]);
      if (ie > maxInverseError) maxInverseError = ie;
    }
  }

  for (var k = 0; k < Cube.Edges.length; k++) {
    var ed = Cube.Edges[k];
    var len = Distance(transformed[ed[0]], transformed[ed[1]]);
    var err = Math.abs(len - 2);
    if (err > maxEdgeError) maxEdgeError = err;
  }

  var projected = [];
  for (v = 0; v < transformed.length; v++) {
    projected[v] = Project(transformed[v]);
    projSum += projected[v][0] + projected[v][1];
    pixelSum += Math.floor(projected[v][0]) * 3 + Math.floor(projected[v][1]);
  }

  // back-face culling by signed area of the projected quad
  for (var f = 0; f < Cube.Faces.length; f++) {
    var face = Cube.Faces[f];
    var area = 0;
    for (var p = 0; p < 4; p++) {
      var P = projected[face[p]], Q = projected[face[(p + 1) % 4]];
      area += P[0] * Q[1] - Q[0] * P[1];
    }
    if (area > 1e-6) visibleFaces++;
  }
}

InitCube();
for (var frame = 0; frame < FrameCount; frame++) {
  DrawFrame(frame);
}

var ok = maxEdgeError < 1e-12 && maxOrthoError < 1e-12 && maxDetError < 1e-12 && maxInverseError < 1e-12;
print("frames " + FrameCount + " edges " + Cube.Edges.length + " faces " + Cube.Faces.length);
print("projSum " + projSum.toFixed(4));
print("pixelSum " + pixelSum);
print("frontFaces " + visibleFaces + " (per frame " + (visibleFaces / FrameCount).toFixed(3) + ")");
print(ok ? "PASS" : "FAIL edge=" + maxEdgeError + " ortho=" + maxOrthoError);
