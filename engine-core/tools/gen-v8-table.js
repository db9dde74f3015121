#!/usr/bin/env node
// Generates tests/data/v8_table.txt: the expected output of V8 (node) for
// every number<->string conversion that the numconv module implements.
//
// Usage: node tools/gen-v8-table.js > tests/data/v8_table.txt
//
// The output is deterministic (fixed PRNG seed). One case per line, fields
// separated by TAB:
//
//   tostr  <bits>            <expected>         Number::toString(x)
//   radix  <bits> <radix>    <expected>         x.toString(radix)
//   fixed  <bits> <digits>   <expected>         x.toFixed(digits)
//   exp    <bits> <digits|-> <expected>         x.toExponential(digits)
//   prec   <bits> <p>        <expected>         x.toPrecision(p)
//   num    <str>             <bits> <display>   Number(str)
//   pint   <str>  <radix>    <bits> <display>   parseInt(str, radix)
//   pfloat <str>             <bits> <display>   parseFloat(str)
//   idx    <str>             <index|->          array-index test
//   int    <bits> <int32> <uint32> <uint16>     ToInt32 / ToUint32 / ToUint16
//
// <bits> is the IEEE-754 bit pattern as 16 lowercase hex digits. <str> is a
// JS string with every UTF-16 unit outside 0x21..0x7e (plus '\' itself)
// written as \uXXXX, so tabs, spaces and lone surrogates survive.
'use strict';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function bits(x) { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); }
function fromBits(b) { u64[0] = BigInt(b); return f64[0]; }
function nextUp(x) {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return 5e-324;
  f64[0] = x; u64[0] += (x > 0 ? 1n : -1n); return f64[0];
}
function nextDown(x) { return -nextUp(-x); }

function esc(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e && c !== 0x5c) out += s[i];
    else out += '\\u' + c.toString(16).padStart(4, '0');
  }
  return out;
}

// mulberry32, fixed seed.
let seed = 0x5eed1234;
function rnd32() {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), 1 | t);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}
function rndInt(n) { return rnd32() % n; }
function rndBitsDouble() {
  const hi = BigInt(rnd32()), lo = BigInt(rnd32());
  return fromBits((hi << 32n) | lo);
}
function pick(arr) { return arr[rndInt(arr.length)]; }
function rndDigits(n, alphabet = '0123456789') {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rndInt(alphabet.length)];
  return s;
}

const lines = [];
function out(...fields) { lines.push(fields.join('\t')); }

// ---------------------------------------------------------------- doubles
const specials = [
  0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 1e-323, 2.5e-323,
  2.225073858507201e-308, 2.2250738585072014e-308, 2.2250738585072014e-308 * 2,
  1.7976931348623157e308, -1.7976931348623157e308, 8.98846567431158e307,
  1e21, nextDown(1e21), nextUp(1e21), -1e21, 999999999999999900000, 1e22,
  1e-7, nextDown(1e-7), nextUp(1e-7), -1e-7, 1e-6, nextDown(1e-6), 9.999999999999999e-7,
  123e-20, 1.5e-9, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1, 2 ** 31 + 0.5,
  2 ** 32, 2 ** 32 - 1, 2 ** 32 + 1, -(2 ** 32), 2 ** 32 + 2 ** 31, 2 ** 53, 2 ** 53 - 1,
  2 ** 53 + 2, -(2 ** 53), 2 ** 53 - 0.5, 2 ** 52 + 0.5, 2 ** 63, 2 ** 64, 2 ** 70,
  2 ** 84, 2 ** 84 + 2 ** 32, 2 ** 85 + 2 ** 33 + 2 ** 32,
  0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, Math.PI, Math.E, -Math.PI, Math.LN2, Math.SQRT2,
  0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875, 0.0625,
  1.005, 1.45, 2.675, 1.255, 8.345, 0.045, 10.235, 1.0049999999999999, 1e-10, -1.5e-10,
  123.456, 1234.5678, -1234.5678, 0.000001, 0.0000001, 1e100, 1e-100, 4.35, 0.615,
  5e-7, 255.5, -255, 255, 1e15, 1e16, 1e17, 1e20, 123456789012345680000, 4294967295.5,
  0.000123, 1.23e-5, 12345.6789e-3, 9.5, 99.5, 999.5, 0.95, 0.995, 0.9995, 9.995,
  0.05, 0.005, 0.0005, 1.25, 1.35, 1.55, 2.345, 12.5, 125, 1250, 0.1 * 3, 5e-8, 5.5e-7,
  1.7976931348623157e308 / 3, 4.9406564584124654e-324 * 3, 1e308, 1e-308, 1e-320,
  36, 35, 35.5, 36 ** 5, 36 ** 10, 7.0, 49, 0.9, 0.99, 0.999, 999999.9999,
  1.1, 2.2, 3.3, 1e-5, 1e-4, 100, 1000, 1e10, 1e-3, 0.01, 6.02214076e23, 6.62607015e-34,
  2 ** -1074 * 1234567, 2 ** -1022 + 2 ** -1074, 1.5 * 2 ** -1060,
];

const pow2 = [];
for (let k = -1074; k <= 1023; k++) pow2.push(2 ** k);
const pow10 = [];
for (let k = -323; k <= 308; k++) pow10.push(Number('1e' + k));
const rndBits = [];
while (rndBits.length < 3000) {
  const x = rndBitsDouble();
  if (!Number.isNaN(x)) rndBits.push(x);
}
const rndInts = [];
for (let k = 1; k <= 21; k++) {
  for (let i = 0; i < 40; i++) {
    const v = Number(rndDigits(k).replace(/^0+(?=.)/, ''));
    rndInts.push(i % 3 === 0 ? -v : v);
  }
}
for (let i = 0; i < 300; i++) rndInts.push((rnd32() | 0));
const rndDecs = [];
for (let i = 0; i < 1500; i++) {
  const nd = 1 + rndInt(17);
  const e = rndInt(i < 1000 ? 61 : 640) - (i < 1000 ? 30 : 330);
  const v = Number(rndDigits(nd) + 'e' + e);
  rndDecs.push(i % 4 === 0 ? -v : v);
}
// Short decimals like 1.005, 12.345: the toFixed/toPrecision halfway traps.
const shortDecs = [];
for (let i = 0; i < 600; i++) {
  const ip = rndDigits(1 + rndInt(4)).replace(/^0+(?=.)/, '');
  const fp = rndDigits(rndInt(5)) + '5';
  const v = Number(ip + '.' + fp);
  shortDecs.push(i % 5 === 0 ? -v : v);
}
// Exact binary ties: k / 2^j and n + 0.5.
const binTies = [];
for (let j = 1; j <= 12; j++) {
  for (let t = 0; t < 12; t++) {
    const k = 2 * rndInt(1 << Math.min(j + 6, 20)) + 1;
    binTies.push(k / 2 ** j);
  }
}
for (let n = 0; n <= 25; n++) { binTies.push(n + 0.5); binTies.push(-(n + 0.5)); }
// Integers ending in 5 (ties for toPrecision/toExponential).
const intTies = [];
for (let d = 1; d <= 17; d++) {
  for (let t = 0; t < 6; t++) {
    const s = rndDigits(d).replace(/^0+/, '1') + '5';
    const v = Number(s);
    if (Number.isSafeInteger(v)) intTies.push(v);
  }
}

const allDoubles = [...specials, ...pow2, ...pow10, ...rndBits, ...rndInts, ...rndDecs,
  ...shortDecs, ...binTies, ...intTies];

// ---------------------------------------------------------------- tostr
for (const x of allDoubles) out('tostr', bits(x), String(x));
// Integers around the int32 fast path.
for (let i = -1000; i <= 1000; i++) out('tostr', bits(i), String(i));

// ---------------------------------------------------------------- int
for (const x of allDoubles) {
  out('int', bits(x), String(x | 0), String(x >>> 0), String(String.fromCharCode(x).charCodeAt(0)));
}
for (let k = 0; k < 1100; k += 1) {
  const x = 2 ** k + 2 ** Math.max(0, k - 52) * rndInt(1 << 20);
  for (const y of [x, -x, x + 0.5, -x - 0.5]) {
    if (!Number.isFinite(y)) continue;
    out('int', bits(y), String(y | 0), String(y >>> 0), String(String.fromCharCode(y).charCodeAt(0)));
  }
}

// ---------------------------------------------------------------- radix
function moderate(x) { return Number.isFinite(x) && (x === 0 || (Math.abs(x) > 1e-30 && Math.abs(x) < 1e30)); }
const radixValues = [...specials];
for (let r = 2; r <= 36; r++) {
  const vals = new Set(specials.filter((x) => !Number.isFinite(x) || moderate(x) || rnd32() % 4 === 0));
  for (let i = 0; i < 25; i++) vals.add(pick(rndDecs.filter(moderate)));
  for (let i = 0; i < 15; i++) vals.add(pick(rndInts));
  for (let i = 0; i < 10; i++) vals.add(pick(shortDecs));
  for (let i = 0; i < 10; i++) vals.add(pick(binTies));
  for (let i = 0; i < 10; i++) vals.add(pick(rndBits.filter(moderate)));
  for (let i = 0; i < 6; i++) vals.add(pick(pow2));
  for (let i = 0; i < 6; i++) vals.add(pick(pow10));
  for (let j = 1; j <= 6; j++) vals.add(1 / r ** j);
  for (let j = 1; j <= 4; j++) vals.add((r - 1) / r ** j + 1 / 3);
  vals.add(r - 1); vals.add(r); vals.add(r + 0.5); vals.add(-(r - 1)); vals.add(r ** 11 + 1);
  for (const x of vals) out('radix', bits(x), r, x.toString(r));
}
void radixValues;

// ---------------------------------------------------------------- fixed / exp / prec
const fmtValues = new Set([...specials]);
for (let i = 0; i < 150; i++) fmtValues.add(pick(rndDecs));
for (let i = 0; i < 120; i++) fmtValues.add(pick(shortDecs));
for (let i = 0; i < 60; i++) fmtValues.add(pick(binTies));
for (let i = 0; i < 50; i++) fmtValues.add(pick(intTies));
for (let i = 0; i < 60; i++) fmtValues.add(pick(rndInts));
for (let i = 0; i < 60; i++) fmtValues.add(pick(rndBits));
for (let i = 0; i < 40; i++) fmtValues.add(pick(pow2));
for (let i = 0; i < 40; i++) fmtValues.add(pick(pow10));
const fmtList = [...fmtValues];
for (const x of fmtList) {
  for (let d = 0; d <= 20; d++) {
    out('fixed', bits(x), d, x.toFixed(d));
    out('exp', bits(x), d, x.toExponential(d));
    out('prec', bits(x), d + 1, x.toPrecision(d + 1));
  }
  out('exp', bits(x), '-', x.toExponential());
}
// Every digits value up to 100 for a few values.
const wide = [...specials.slice(0, 60), ...binTies.slice(0, 10), ...shortDecs.slice(0, 10),
  ...rndBits.slice(0, 10), ...pow2.filter((_, i) => i % 101 === 0)];
for (const x of wide) {
  for (let d = 21; d <= 100; d++) {
    out('fixed', bits(x), d, x.toFixed(d));
    out('exp', bits(x), d, x.toExponential(d));
    out('prec', bits(x), d, x.toPrecision(d));
  }
}

// Values straddling powers of ten (decimal-exponent estimate boundaries).
for (let k = -40; k <= 40; k += (Math.abs(k) < 25 ? 1 : 5)) {
  const t = Number('1e' + k);
  for (const x of [nextDown(t), t, nextUp(t), Number('9.5e' + k), Number('9.95e' + k), Number('9.999999999999999e' + k)]) {
    for (const p of [1, 2, 3, 5, 10, 15, 16, 17, 18, 19, 20, 21]) {
      out('prec', bits(x), p, x.toPrecision(p));
      out('exp', bits(x), p - 1, x.toExponential(p - 1));
    }
    for (const d of [0, 1, 2, 5, 10, 20, 22, 23, 30]) out('fixed', bits(x), d, x.toFixed(d));
  }
}

// ---------------------------------------------------------------- strings
const WS = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002',
  '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_WS = ['\u180e', '\u200b', '\u0085', '\u0000', '\u001c', '\u001f', '\u2060', '\ud800', '\udc00'];
const strings = [
  '', ' ', WS.join(''), ...WS, ...NOT_WS, ...WS.map((w) => w + '12' + w), ...NOT_WS.map((w) => w + '12'),
  ...NOT_WS.map((w) => '12' + w),
  '12', ' 12 ', '+12', '-12', '1e3', '1E3', '1e+3', '1e-3', '1e', '1e+', '1e-', 'e', 'E5', '.5', '5.', '.', '+.', '-.',
  '.e1', '-.5', '+.5', '0.', '-0', '+0', '-0.0', '-.0', '.0', '00', '007', '-007', '0.0e5', '-0e5', '0e', '0.e1',
  '1.e5', '1.5e', '1.5e+', '1.5E-2', '5e-324', '-5e-324', '2e-324', '3e-324',
  '0x10', '0X10', '-0x10', '+0x10', '0x', '0X', '0xg', '0x1g', '0x 1', '0x1 ', ' 0x1', '0xFF', '0xff', '0xfF',
  '0x.5', '0x1.5', '0x1p3', '00x10', '0x0', '-0x0', '0x00001', ' \n0x1f\n ',
  '0b101', '0B101', '0b', '0b2', '0b1012', '-0b1', '+0b1', '0b1 ', '0o17', '0O17', '0o8', '0o', '-0o7', '0o178',
  'Infinity', '+Infinity', '-Infinity', 'infinity', 'INFINITY', 'Infinit', 'Infinityx', 'Infinity ', ' -Infinity ',
  '+-Infinity', '- Infinity', 'Infinity1', 'Infinitye5', 'NaN', '-NaN', 'nan',
  '1_000', '1,000', '1 000', '\u0661\u0662', '\uff11\uff12', '12abc', 'abc', '1.2.3', '--1', '+-1', '-+1', '- 1', '+ 1',
  '1e1.5', '0.1e-0', '1e+0', '\u00a012\u00a0', '12\u0000', '\ud800', '1\ud800', '1e1000', '1e-1000', '-1e-1000',
  '1e99999999999999999999', '1e-99999999999999999999', '0e99999999999', '1e+00000000000000000000000000000000002',
  '0.0000001', '1e400', '1e-400', '-1e-400', '1e308', '1.7976931348623157e308', '1.7976931348623158e308',
  '1.7976931348623159e308', '-1.7976931348623159e308', '2.2250738585072011e-308', '2.2250738585072012e-308',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '4.9406564584124654e-324', '9007199254740993',
  '9007199254740993.0000000001', '9007199254740992.5', '9007199254740994.999', '123456789012345678901234567890',
  '0.1', '0.30000000000000004', '3.14abc', '3.14e', '3.14e+', '3.14e-x', '-3.14e2x', '  .5x', '  -.5e-3 ',
  '1e-7', '1E+21', '123e-20', '0.000001234', '-0.000', '-00.00e-10', '.5.5', '5..5', '1..', '..1', '1e--1', '1ee1',
  '0x1fffffffffffff1', '0x20000000000001', '0x20000000000003', '0x20000000000002', '0x1fffffffffffff',
  '0x1fffffffffffff7ff', '0x1fffffffffffff800', '0x1fffffffffffff801', '0x1ffffffffffffe800', '0x1ffffffffffffe801',
  '0x' + 'f'.repeat(300), '0x' + 'f'.repeat(256), '0x' + 'f'.repeat(255), '0x1' + '0'.repeat(255), '0x' + 'f'.repeat(257),
  '0b' + '1'.repeat(60), '0b1' + '0'.repeat(1023), '0b1' + '0'.repeat(1024), '0o' + '7'.repeat(30),
  '0o1' + '0'.repeat(341), '0o2' + '0'.repeat(341), '0x' + '1'.repeat(40),
  '1'.repeat(309), '1'.repeat(310), '1'.repeat(400), '9'.repeat(308), '9'.repeat(309), '1' + '0'.repeat(308),
  '17976931348623157' + '0'.repeat(292), '17976931348623158' + '0'.repeat(292), '17976931348623159' + '0'.repeat(292),
  '0.' + '0'.repeat(400) + '1', '0.' + '0'.repeat(320) + '1', '0.' + '0'.repeat(322) + '5',
  '2.' + '5'.repeat(800), '9007199254740993' + '0'.repeat(30) + 'e-30', '9007199254740992' + '0'.repeat(800) + '1e-800',
  '1' + '0'.repeat(30) + 'e-30', '0'.repeat(500) + '1', '-' + '0'.repeat(500), '.' + '0'.repeat(500),
  '123456789', '4294967295', '4294967296', '-2147483648', '2147483647', '2147483648',
  '0.5', '-0.5', '1.5', '12.34.56', '1e2e3', '+', '-', '++1', '0x-1', '0x+1', '0b-1', ' 1 2 ', '1\n', '\n1',
  '1f', '1d', '1L', '1n', '0n', '1m', '0z', '99z', 'z99', 'Z', 'zz', 'ZZ', 'zZ', '10', '11', '777', '0777', '08', '09',
  '0.0001e4', '1e-0', '1e00', '-1e00', '1.0', '1.00000', '00000.0001', '1e21', '1e+21', '1e-6',
];
// Generated strings: random numbers decorated with whitespace and junk.
for (let i = 0; i < 400; i++) {
  let s = '';
  const kind = rndInt(6);
  if (kind === 0) s = rndDigits(1 + rndInt(25));
  else if (kind === 1) s = rndDigits(rndInt(6)) + '.' + rndDigits(rndInt(20)) + (rnd32() % 2 ? 'e' + pick(['', '+', '-']) + rndDigits(rndInt(4)) : '');
  else if (kind === 2) s = '0' + pick(['x', 'X', 'b', 'B', 'o', 'O']) + rndDigits(1 + rndInt(20), '0123456789abcdefABCDEF');
  else if (kind === 3) s = pick(['+', '-', '']) + String(pick(allDoubles));
  else if (kind === 4) s = pick(['+', '-', '']) + rndDigits(1 + rndInt(30)) + 'e' + pick(['+', '-', '']) + rndDigits(1 + rndInt(3));
  else s = pick(['+', '-', '']) + rndDigits(rndInt(10)) + pick(['.', '', '..', 'e', 'x', ' ']) + rndDigits(rndInt(10), '0123456789abcxyz.e+-');
  if (rnd32() % 3 === 0) s = pick(WS) + s;
  if (rnd32() % 3 === 0) s = s + pick(WS);
  if (rnd32() % 5 === 0) s = s + pick(['x', ' 1', '\u180e', '.', 'e', '!']);
  if (rnd32() % 7 === 0) s = pick(['+', '-']) + s;
  strings.push(s);
}

for (const s of strings) {
  const n = Number(s);
  out('num', esc(s), bits(n), String(Object.is(n, -0) ? '-0' : n));
  const f = parseFloat(s);
  out('pfloat', esc(s), bits(f), String(Object.is(f, -0) ? '-0' : f));
}
const radices = [0, 2, 8, 10, 16, 36, 7, 1, 37, -1, 3, 32];
for (const s of strings) {
  for (const r of radices) {
    const v = parseInt(s, r);
    out('pint', esc(s), r, bits(v), String(Object.is(v, -0) ? '-0' : v));
  }
}
const ALPHA = '0123456789abcdefghijklmnopqrstuvwxyz';
for (let r = 2; r <= 36; r++) {
  const alpha = ALPHA.slice(0, r);
  const mixed = alpha + alpha.slice(10).toUpperCase();
  for (let i = 0; i < 45; i++) {
    const len = i < 30 ? 1 + rndInt(24) : (i < 40 ? 25 + rndInt(60) : 200 + rndInt(600));
    let s = rndDigits(len, i % 2 ? mixed : alpha);
    if (i % 5 === 0) s = pick(['-', '+', ' ', '\u3000-', '0']) + s;
    if (i % 7 === 0) s = s + pick(['.5', 'z', '$', ' 1', String.fromCharCode(ALPHA.charCodeAt(r - 1) + 1)]);
    const v = parseInt(s, r);
    out('pint', esc(s), r, bits(v), String(Object.is(v, -0) ? '-0' : v));
    const v0 = parseInt(s, 0);
    out('pint', esc(s), 0, bits(v0), String(Object.is(v0, -0) ? '-0' : v0));
  }
  // Strings that are exactly representable boundaries.
  for (const x of [2 ** 53, 2 ** 53 + 2, 2 ** 60 + 2 ** 8, 2 ** 64, 2 ** 70 * 3, 1e21 * 7, 2 ** 100]) {
    const s = x.toString(r);
    const v = parseInt(s, r);
    out('pint', esc(s), r, bits(v), String(v));
  }
}

// ---------------------------------------------------------------- idx
const idxStrings = ['0', '00', '01', '1', '10', '4294967294', '4294967295', '4294967296', '-0', '-1', '', ' 1',
  '1 ', '+1', '1.0', '1e3', '99999999999', '42949672940', '4294967293', '2147483648', '0x10', '1.5', 'a',
  '\uff11', '\u0661', '9', '99', '999999999', '1000000000', '4000000000', '42949672949', '042949672',
  '18446744073709551616', '4294967294.0', '.5', 'Infinity', 'NaN'];
for (let i = 0; i < 300; i++) {
  idxStrings.push(String(rnd32()));
  idxStrings.push(rndDigits(1 + rndInt(11)));
}
for (const s of idxStrings) {
  const a = [];
  a[s] = 0;
  out('idx', esc(s), a.length ? String(a.length - 1) : '-');
}

process.stdout.write(lines.join('\n') + '\n');
