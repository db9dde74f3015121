// Generates engine-core/tests/data/math_es2015_v8_table.txt.gz, the reference results
// for engine-core/tests/fdlibm.rs: the ES2015 Math functions (sinh, cosh, tanh,
// asinh, acosh, atanh, expm1, log1p, log10, log2, cbrt, hypot, sign, trunc,
// fround, clz32, imul) as V8 computes them (fdlibm in src/base/ieee754.cc; hypot,
// clz32, imul and fround in V8's builtins), bit for bit.
//
// Not run by CI (CI has no node). Regenerate with node 20 (V8 11.3):
//   node tests/tools/gen-math-es2015-table.js | gzip -9 > engine-core/tests/data/math_es2015_v8_table.txt.gz
//
// Lines: `<fn> <x bits> <result bits>` (hypot and imul: `<fn> <a bits> <b bits>
// <result bits>`), bits as 16 hex digits. The inputs: special values (+-0, NaN,
// +-Infinity, subnormals, huge values, the limits of double), values next to
// fdlibm's thresholds and near 1, and pseudo-random inputs (a fixed seed).
'use strict';

const buf = new ArrayBuffer(8), f64 = new Float64Array(buf), u64 = new BigUint64Array(buf);
const bits = (x) => { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); };
const fromHigh = (h) => { u64[0] = BigInt(h) << 32n; return f64[0]; };

// xorshift128+, fixed seed: the table is the same on every run.
let s0 = 0x243f6a8885a308d3n, s1 = 0x13198a2e03707344n;
const M64 = (1n << 64n) - 1n;
function rnd64() {
  let x = s0; const y = s1;
  s0 = y; x ^= (x << 23n) & M64; s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
  return (s1 + y) & M64;
}
const rand = () => Number(rnd64() >> 11n) / 2 ** 53;
const anyDouble = () => { u64[0] = rnd64(); return f64[0]; };
const signed = (x) => (rand() < 0.5 ? -x : x);
const logUniform = (lo, hi) => 2 ** (lo + rand() * (hi - lo));
const ulps = (x, k) => { f64[0] = x; u64[0] = BigInt.asUintN(64, u64[0] + BigInt(k)); return f64[0]; };
const randInt = (n) => Math.floor(rand() * n);
const subnormal = () => { u64[0] = rnd64() & ((1n << 52n) - 1n); return f64[0]; };

const SPECIALS = [
  0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308,
  1.7976931348623157e308, -1.7976931348623157e308, 1, -1, 0.5, -0.5, 2, -2, 3, 10, 100, 1000, 1e-10, 1e-300,
  1e300, -1e300, 2 ** -28, 2 ** -27, 2 ** -54, 2 ** 28, 2 ** 52, 2 ** 53, 2 ** 31, 2 ** 32, -(2 ** 31), 2 ** 1023,
  1e22, 0.1, 0.25, 0.75, 0.9999999999999999, 1.0000000000000002, 22, 710, -710, 709.78, 709.7827128933841,
  710.4758600739439, 710.475860073944, -37.42994775023705, 56 * Math.LN2, Math.PI, Math.E, Math.LN2, Math.SQRT2,
  4294967295, 4294967296, 4294967297, -4294967297, 3.4028234663852886e38, 3.4028235677973366e38, 1.401298464324817e-45,
  7.006492321624085e-46, 7.006492321624086e-46, 1.1754943508222875e-38,
];

// Thresholds of fdlibm's branches (high words), with neighbours in ulps.
const THRESHOLDS = [
  0x3e300000, 0x3e400000, 0x3c900000, 0x3e200000, 0x3fd2bec4, 0x3fe00000, 0x3fd00000, 0x3ff00000, 0x3ff80000,
  0x40000000, 0x40030000, 0x40360000, 0x40400000, 0x4043687a, 0x40862e42, 0x408633ce, 0x41b00000, 0x43500000,
  0x3fda827a, 0x3fe6a09e, 0x3fe62e42, 0x3ff0a2b2, 0x3c700000, 0x3c800000, 0x7fe00000, 0x00100000,
].map(fromHigh);

function nearThreshold() {
  return signed(ulps(THRESHOLDS[randInt(THRESHOLDS.length)], randInt(2e4) - 1e4));
}

function input(i, hi) {
  switch (i % 9) {
    case 0: return anyDouble();
    case 1: return signed(logUniform(-1074, 1024));
    case 2: return signed(rand() * hi);
    case 3: return signed(logUniform(-60, 0));
    case 4: return nearThreshold();
    case 5: return signed(ulps(1, randInt(2e6) - 1e6));
    case 6: return signed(subnormal());
    case 7: return signed(logUniform(-10, 12));
    default: return signed(1 + (rand() - 0.5) * 2 ** -randInt(50));
  }
}

const UNARY = {
  sinh: 30, cosh: 30, tanh: 30, asinh: 1e3, acosh: 1e3, atanh: 1, expm1: 40, log1p: 10, log10: 1e6, log2: 1e6,
  cbrt: 1e3, sign: 10, trunc: 1e10, fround: 1e10, clz32: 1e10,
};
const COUNT = 1500;

for (const [name, hi] of Object.entries(UNARY)) {
  const f = Math[name];
  for (const x of SPECIALS.concat(THRESHOLDS)) console.log(`${name} ${bits(x)} ${bits(f(x))}`);
  for (let i = 0; i < COUNT; i++) { const x = input(i, hi); console.log(`${name} ${bits(x)} ${bits(f(x))}`); }
}
for (const name of ['hypot', 'imul']) {
  const f = Math[name];
  for (const a of SPECIALS) for (const b of [0, -0, NaN, Infinity, -Infinity, 1, -3, 1e300, 5e-324]) {
    console.log(`${name} ${bits(a)} ${bits(b)} ${bits(f(a, b))}`);
  }
  for (let i = 0; i < COUNT; i++) {
    const a = input(i, 1e6), b = i % 3 ? input(i + 4, 1e6) : a * (1 + (rand() - 0.5) * 1e-3);
    console.log(`${name} ${bits(a)} ${bits(b)} ${bits(f(a, b))}`);
  }
}
