// math-cordic: fixed-point (16.16) CORDIC rotation for sin/cos and vectoring
// mode for atan2/magnitude, using only integer shifts and adds in the loop.
// Compares every result against Math.sin/cos/atan2/sqrt within a tolerance and
// prints integer checksums of the fixed-point outputs and the max errors.

var FIXED_ONE = 65536;
var ITERATIONS = 24;
var AngleTable = [];
var CordicGain;

function toFixedPoint(x) { return Math.round(x * FIXED_ONE); }
function fromFixedPoint(x) { return x / FIXED_ONE; }

function initCordic() {
  var k = 1;
  for (var i = 0; i < ITERATIONS; i++) {
    AngleTable[i] = toFixedPoint(Math.atan(1 / Math.pow(2, i)));
    k *= 1 / Math.sqrt(1 + 1 / Math.pow(4, i));
  }
  CordicGain = toFixedPoint(k);
}

// rotation mode; angle in fixed point, |angle| <= pi/2
function cordicSinCos(angle) {
  var x = CordicGain, y = 0, z = angle;
  for (var i = 0; i < ITERATIONS; i++) {
    var dx = x >> i, dy = y >> i;
    if (z >= 0) {
      x -= dy; y += dx; z -= AngleTable[i];
    } else {
      x += dy; y -= dx; z += AngleTable[i];
    }
  }
  return [x, y];
}

// full-circle wrapper: reduce to [-pi/2, pi/2] using symmetry
var FIXED_PI = toFixedPoint(Math.PI);
var FIXED_HALF_PI = toFixedPoint(Math.PI / 2);
function fixedSinCos(angle) {
  var twoPi = 2 * FIXED_PI;
  angle = angle % twoPi;
  if (angle > FIXED_PI) angle -= twoPi;
  if (angle < -FIXED_PI) angle += twoPi;
  var flip = false;
  if (angle > FIXED_HALF_PI) { angle = FIXED_PI - angle; flip = true; }
  else if (angle < -FIXED_HALF_PI) { angle = -FIXED_PI - angle; flip = true; }
  var r = cordicSinCos(angle);
  if (flip) r[0] = -r[0];
  return r;
}

// vectoring mode: returns [gain * magnitude, angle]
function cordicVector(x, y) {
  var z = 0, offset = 0;
  if (x < 0) {
    offset = y >= 0 ? FIXED_PI : -FIXED_PI;
    x = -x;
    y = -y;
  }
  for (var i = 0; i < ITERATIONS; i++) {
    var dx = x >> i, dy = y >> i;
    if (y < 0) {
      x -= dy; y += dx; z -= AngleTable[i];
    } else {
      x += dy; y -= dx; z += AngleTable[i];
    }
  }
  return [x, z + offset];
}

initCordic();
var sinSum = 0, cosSum = 0;
var maxSinErr = 0, maxCosErr = 0, maxAtanErr = 0, maxMagErr = 0;
var steps = 0;
var N = 40000;
for (var i = 0; i < N; i++) {
  var a = -8 + 16 * i / N;
  var fa = toFixedPoint(a);
  var r = fixedSinCos(fa);
  cosSum = (cosSum + r[0]) | 0;
  sinSum = (sinSum + r[1]) | 0;
  var es = Math.abs(fromFixedPoint(r[1]) - Math.sin(fromFixedPoint(fa)));
  var ec = Math.abs(fromFixedPoint(r[0]) - Math.cos(fromFixedPoint(fa)));
  if (es > maxSinErr) maxSinErr = es;
  if (ec > maxCosErr) maxCosErr = ec;
  steps += ITERATIONS;
}

var atanSum = 0, magSum = 0;
for (var px = -40; px <= 40; px += 3) {
  for (var py = -40; py <= 40; py += 3) {
    if (px == 0 && py == 0) continue;
    var fx = px * 1024, fy = py * 1024;
    var v = cordicVector(fx, fy);
    var mag = v[0] * fromFixedPoint(CordicGain);
    var em = Math.abs(mag / 1024 - Math.sqrt(px * px + py * py));
    if (em > maxMagErr) maxMagErr = em;
    var ang = fromFixedPoint(v[1]);
    var ea = Math.abs(ang - Math.atan2(py, px));
    if (ea > Math.PI) ea = Math.abs(ea - 2 * Math.PI);
    if (ea > maxAtanErr) maxAtanErr = ea;
    atanSum = (atanSum + v[1]) | 0;
    magSum = (magSum + v[0]) | 0;
  }
}

print("gain " + CordicGain + " table " + AngleTable.slice(0, 6).join(","));
print("sinSum " + sinSum + " cosSum " + cosSum + " steps " + steps);
print("atanSum " + atanSum + " magSum " + magSum);
print("maxErr sin " + maxSinErr.toFixed(4) + " cos " + maxCosErr.toFixed(4) + " atan " + maxAtanErr.toFixed(4) + " mag " + maxMagErr.toFixed(2));
var ok = maxSinErr < 1e-3 && maxCosErr < 1e-3 && maxAtanErr < 1e-3 && maxMagErr < 0.05;
print(ok ? "PASS" : "FAIL");
