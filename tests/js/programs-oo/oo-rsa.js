// A big-number library over arrays of 15-bit limbs (little-endian): add, subtract,
// multiply, Knuth long division, modular exponentiation and inverse. Generates two
// 64-bit primes with Miller-Rabin, builds a ~128-bit RSA key, and round-trips
// messages through encrypt/decrypt (plain and CRT) and sign/verify.

var BITS = 15, BASE = 1 << BITS, MASK = BASE - 1, HALF = BASE >> 1;

function BigNat(limbs) {
  while (limbs.length > 0 && limbs[limbs.length - 1] === 0) limbs.pop();
  this.limbs = limbs;
}
BigNat.ZERO = new BigNat([]);
BigNat.ONE = new BigNat([1]);
BigNat.fromNumber = function (n) {
  var limbs = [];
  while (n > 0) { limbs.push(n % BASE); n = Math.floor(n / BASE); }
  return new BigNat(limbs);
};
BigNat.fromDecimal = function (s) {
  var r = BigNat.ZERO;
  for (var i = 0; i < s.length; i += 4) {
    var chunk = s.substring(i, i + 4);
    r = r.mulSmall(Math.pow(10, chunk.length)).addSmall(parseInt(chunk, 10));
  }
  return r;
};
// The largest of any number of arguments.
BigNat.max = function () {
  var best = arguments[0];
  for (var i = 1; i < arguments.length; i++) if (arguments[i].compare(best) > 0) best = arguments[i];
  return best;
};

BigNat.prototype.isZero = function () { return this.limbs.length === 0; };
BigNat.prototype.isOdd = function () { return this.limbs.length > 0 && (this.limbs[0] & 1) === 1; };
BigNat.prototype.bitLength = function () {
  var l = this.limbs;
  if (l.length === 0) return 0;
  var top = l[l.length - 1], bits = 0;
  while (top > 0) { bits++; top >>>= 1; }
  return (l.length - 1) * BITS + bits;
};
BigNat.prototype.testBit = function (i) {
  var w = Math.floor(i / BITS);
  return w < this.limbs.length && ((this.limbs[w] >>> (i % BITS)) & 1) === 1;
};
BigNat.prototype.compare = function (b) {
  var x = this.limbs, y = b.limbs;
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  for (var i = x.length - 1; i >= 0; i--) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
};
BigNat.prototype.equals = function (b) { return this.compare(b) === 0; };

BigNat.prototype.add = function (b) {
  var x = this.limbs, y = b.limbs, n = Math.max(x.length, y.length), out = new Array(n + 1), carry = 0;
  for (var i = 0; i < n; i++) {
    var t = (i < x.length ? x[i] : 0) + (i < y.length ? y[i] : 0) + carry;
    out[i] = t & MASK;
    carry = t >>> BITS;
  }
  out[n] = carry;
  return new BigNat(out);
};
BigNat.prototype.addSmall = function (k) { return this.add(BigNat.fromNumber(k)); };
BigNat.prototype.sub = function (b) {
  if (this.compare(b) < 0) throw new RangeError("negative result in subtraction");
  var x = this.limbs, y = b.limbs, out = new Array(x.length), borrow = 0;
  for (var i = 0; i < x.length; i++) {
    var t = x[i] - (i < y.length ? y[i] : 0) - borrow;
    if (t < 0) { t += BASE; borrow = 1; } else borrow = 0;
    out[i] = t;
  }
  return new BigNat(out);
};
BigNat.prototype.mul = function (b) {
  var x = this.limbs, y = b.limbs, nx = x.length, ny = y.length;
  if (nx === 0 || ny === 0) return BigNat.ZERO;
  var out = new Array(nx + ny);
  for (var k = 0; k < out.length; k++) out[k] = 0;
  for (var i = 0; i < nx; i++) {
    var xi = x[i], carry = 0;
    if (xi === 0) continue;
    for (var j = 0; j < ny; j++) {
      var t = xi * y[j] + out[i + j] + carry;
      out[i + j] = t & MASK;
      carry = t >>> BITS;
    }
    out[i + ny] = carry;
  }
  return new BigNat(out);
};
BigNat.prototype.mulSmall = function (k) {
  var x = this.limbs, out = [], carry = 0;
  for (var i = 0; i < x.length; i++) {
    var t = x[i] * k + carry;
    out.push(t % BASE);
    carry = Math.floor(t / BASE);
  }
  while (carry > 0) { out.push(carry % BASE); carry = Math.floor(carry / BASE); }
  return new BigNat(out);
};
// Division by a number below BASE: [quotient, remainder].
BigNat.prototype.divSmall = function (d) {
  var x = this.limbs, q = new Array(x.length), r = 0;
  for (var i = x.length - 1; i >= 0; i--) {
    var cur = r * BASE + x[i];
    q[i] = Math.floor(cur / d);
    r = cur - q[i] * d;
  }
  return [new BigNat(q), r];
};
BigNat.prototype.shiftRight = function (bits) {
  var words = Math.floor(bits / BITS), s = bits % BITS, x = this.limbs, out = [];
  for (var i = words; i < x.length; i++) {
    var hi = i + 1 < x.length ? (x[i + 1] << (BITS - s)) & MASK : 0;
    out.push((x[i] >>> s) | hi);
  }
  return new BigNat(out);
};

function shiftLimbs(x, s, extra) {
  var out = [], carry = 0;
  for (var i = 0; i < x.length; i++) {
    var t = x[i] * (1 << s) + carry;
    out.push(t & MASK);
    carry = t >>> BITS;
  }
  if (extra) out.push(carry);
  return out;
}

// Knuth's algorithm D: [quotient, remainder].
BigNat.prototype.divmod = function (b) {
  if (b.isZero()) throw new RangeError("division by zero");
  if (this.compare(b) < 0) return [BigNat.ZERO, this];
  if (b.limbs.length === 1) {
    var qr = this.divSmall(b.limbs[0]);
    return [qr[0], BigNat.fromNumber(qr[1])];
  }
  var n = b.limbs.length, m = this.limbs.length - n, s = 0;
  while ((b.limbs[n - 1] << s) < HALF) s++;
  var vn = shiftLimbs(b.limbs, s, false), un = shiftLimbs(this.limbs, s, true);
  var q = new Array(m + 1), vTop = vn[n - 1], vNext = vn[n - 2];
  for (var j = m; j >= 0; j--) {
    var num = un[j + n] * BASE + un[j + n - 1];
    var qhat = Math.floor(num / vTop), rhat = num - qhat * vTop;
    while (qhat >= BASE || qhat * vNext > rhat * BASE + un[j + n - 2]) {
      qhat--;
      rhat += vTop;
      if (rhat >= BASE) break;
    }
    var borrow = 0, carry = 0, t;
    for (var i = 0; i < n; i++) {
      var p = qhat * vn[i] + carry;
      carry = p >>> BITS;
      t = un[i + j] - (p & MASK) - borrow;
      if (t < 0) { t += BASE; borrow = 1; } else borrow = 0;
      un[i + j] = t;
    }
    t = un[j + n] - carry - borrow;
    if (t < 0) {
      // qhat was one too large: add the divisor back.
      un[j + n] = t + BASE;
      qhat--;
      carry = 0;
      for (var k = 0; k < n; k++) {
        t = un[k + j] + vn[k] + carry;
        un[k + j] = t & MASK;
        carry = t >>> BITS;
      }
      un[j + n] = (un[j + n] + carry) & MASK;
    } else {
      un[j + n] = t;
    }
    q[j] = qhat;
  }
  var rem = new BigNat(un.slice(0, n + 1)).shiftRight(s);
  return [new BigNat(q), rem];
};
BigNat.prototype.mod = function (m) { return this.divmod(m)[1]; };

BigNat.prototype.modPow = function (exp, m) {
  var result = BigNat.ONE, base = this.mod(m);
  for (var i = exp.bitLength() - 1; i >= 0; i--) {
    result = result.mul(result).mod(m);
    if (exp.testBit(i)) result = result.mul(base).mod(m);
  }
  return result.mod(m);
};
BigNat.prototype.modInverse = function (m) {
  var r0 = m, r1 = this.mod(m), t0 = BigNat.ZERO, t1 = BigNat.ONE;
  while (!r1.isZero()) {
    var qr = r0.divmod(r1);
    var qt = qr[0].mul(t1).mod(m);
    var t2 = t0.add(m).sub(qt).mod(m);
    r0 = r1; r1 = qr[1];
    t0 = t1; t1 = t2;
  }
  if (!r0.equals(BigNat.ONE)) throw new RangeError("not invertible");
  return t0;
};
BigNat.prototype.gcd = function (b) {
  var x = this, y = b;
  while (!y.isZero()) { var r = x.mod(y); x = y; y = r; }
  return x;
};

BigNat.prototype.toString = function () {
  if (this.isZero()) return "0";
  var parts = [], x = this;
  while (!x.isZero()) {
    var qr = x.divSmall(10000);
    parts.push(qr[1]);
    x = qr[0];
  }
  var s = String(parts[parts.length - 1]);
  for (var i = parts.length - 2; i >= 0; i--) s += ("000" + parts[i]).slice(-4);
  return s;
};
BigNat.prototype.toHex = function () {
  var digits = "0123456789abcdef", s = "", x = this;
  if (x.isZero()) return "0";
  while (!x.isZero()) {
    var qr = x.divSmall(16);
    s = digits.charAt(qr[1]) + s;
    x = qr[0];
  }
  return s;
};

// --- randomness and primes ---------------------------------------------------

function Xorshift(seed) { this.s = seed >>> 0; }
Xorshift.prototype.next = function () {
  var x = this.s;
  x ^= x << 13; x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5; x >>>= 0;
  this.s = x;
  return x;
};
// A random number of exactly `bits` bits (top bit set), odd if asked.
Xorshift.prototype.bigOfBits = function (bits, odd) {
  var n = Math.ceil(bits / BITS), limbs = [];
  for (var i = 0; i < n; i++) limbs.push(this.next() & MASK);
  var topBits = bits - (n - 1) * BITS;
  limbs[n - 1] &= (1 << topBits) - 1;
  limbs[n - 1] |= 1 << (topBits - 1);
  if (odd) limbs[0] |= 1;
  return new BigNat(limbs);
};
Xorshift.prototype.below = function (m) {
  // Good enough for witnesses: a random number reduced modulo m.
  return this.bigOfBits(m.bitLength() + 8, false).mod(m);
};

var SMALL_PRIMES = (function () {
  var sieve = [], out = [];
  for (var i = 2; i < 2000; i++) {
    if (sieve[i]) continue;
    out.push(i);
    for (var j = i * i; j < 2000; j += i) sieve[j] = true;
  }
  return out;
})();

var primeStats = { candidates: 0, trialRejected: 0, mrRejected: 0 };
function isProbablePrime(n, rng, rounds) {
  for (var i = 0; i < SMALL_PRIMES.length; i++) {
    if (n.divSmall(SMALL_PRIMES[i])[1] === 0) {
      primeStats.trialRejected++;
      return n.equals(BigNat.fromNumber(SMALL_PRIMES[i]));
    }
  }
  var nm1 = n.sub(BigNat.ONE), s = 0;
  while (!nm1.testBit(s)) s++;
  var d = nm1.shiftRight(s), two = BigNat.fromNumber(2);
  outer: for (var r = 0; r < rounds; r++) {
    var a = rng.below(n.sub(BigNat.fromNumber(3))).add(two);
    var x = a.modPow(d, n);
    if (x.equals(BigNat.ONE) || x.equals(nm1)) continue;
    for (var k = 1; k < s; k++) {
      x = x.mul(x).mod(n);
      if (x.equals(nm1)) continue outer;
    }
    primeStats.mrRejected++;
    return false;
  }
  return true;
}
function randomPrime(bits, rng) {
  for (;;) {
    primeStats.candidates++;
    var c = rng.bigOfBits(bits, true);
    if (isProbablePrime(c, rng, 12)) return c;
  }
}

// --- self-tests of the arithmetic --------------------------------------------

function arithmeticChecks(rng, count) {
  var checked = 0;
  for (var i = 0; i < count; i++) {
    var a = rng.bigOfBits(20 + rng.next() % 200, false);
    var b = rng.bigOfBits(16 + rng.next() % 120, false);
    var qr = a.divmod(b);
    if (!qr[0].mul(b).add(qr[1]).equals(a) || qr[1].compare(b) >= 0) throw new Error("divmod failed for " + a + " / " + b);
    var sum = a.add(b);
    if (!sum.sub(b).equals(a) || !sum.sub(a).equals(b)) throw new Error("add/sub failed");
    if (!a.mul(b).equals(b.mul(a))) throw new Error("mul not commutative");
    if (!BigNat.fromDecimal(a.toString()).equals(a)) throw new Error("decimal round trip");
    checked++;
  }
  return checked;
}

// --- RSA ---------------------------------------------------------------------

function RsaKey(p, q, e) {
  this.p = p;
  this.q = q;
  this.n = p.mul(q);
  this.e = e;
  var phi = p.sub(BigNat.ONE).mul(q.sub(BigNat.ONE));
  this.d = e.modInverse(phi);
  this.dp = this.d.mod(p.sub(BigNat.ONE));
  this.dq = this.d.mod(q.sub(BigNat.ONE));
  this.qinv = q.modInverse(p);
  if (!e.mul(this.d).mod(phi).equals(BigNat.ONE)) throw new Error("bad private exponent");
}
RsaKey.prototype.encrypt = function (m) { return m.modPow(this.e, this.n); };
RsaKey.prototype.decrypt = function (c) { return c.modPow(this.d, this.n); };
RsaKey.prototype.decryptCrt = function (c) {
  var m1 = c.modPow(this.dp, this.p), m2 = c.modPow(this.dq, this.q);
  var diff = m1.add(this.p).sub(m2.mod(this.p));
  var h = this.qinv.mul(diff).mod(this.p);
  return m2.add(h.mul(this.q));
};

function encodeText(text) {
  var n = BigNat.ZERO;
  for (var i = 0; i < text.length; i++) n = n.mulSmall(256).addSmall(text.charCodeAt(i));
  return n;
}
function decodeText(n) {
  var codes = [];
  while (!n.isZero()) {
    var qr = n.divSmall(256);
    codes.unshift(qr[1]);
    n = qr[0];
  }
  return String.fromCharCode.apply(null, codes);
}

var rng = new Xorshift(0x2545F491);
print("arith checks", arithmeticChecks(rng, 250));
var p = randomPrime(64, rng), q = randomPrime(64, rng);
var key = new RsaKey(p, q, BigNat.fromNumber(65537));
print("p", p.toString(), "q", q.toString());
print("n", key.n.toString(), "bits", key.n.bitLength(), "hex", key.n.toHex());
print("d", key.d.toString());
print("primes: candidates", primeStats.candidates, "trial", primeStats.trialRejected, "mr", primeStats.mrRejected);

var message = "Object-oriented JavaScript of the benchmark era: prototypes, closures and a little arithmetic.";
var chunks = [];
for (var i = 0; i < message.length; i += 14) chunks.push(message.substring(i, i + 14));
var cipher = chunks.map(function (c) { return key.encrypt(encodeText(c)); });
var plain = cipher.map(function (c) { return decodeText(key.decrypt(c)); });
var plainCrt = cipher.map(function (c) { return decodeText(key.decryptCrt(c)); });
print("round trip", plain.join("") === message, plainCrt.join("") === message, "chunks", chunks.length);
print("cipher[0]", cipher[0].toHex(), "largest", BigNat.max.apply(null, cipher).toHex().slice(0, 8));

var signatures = 0;
for (var s = 0; s < 12; s++) {
  var digest = rng.bigOfBits(100, false);
  var sig = key.decryptCrt(digest);
  if (!key.encrypt(sig).equals(digest)) throw new Error("signature " + s + " does not verify");
  signatures++;
}
print("signatures verified", signatures);
var f = BigNat.ONE;
for (var k = 2; k <= 30; k++) f = f.mulSmall(k);
print("30!", f.toString(), "gcd(30!, n)", f.gcd(key.n).toString(), "2^127-1", BigNat.ONE.mulSmall(1).mul(BigNat.fromNumber(2).modPow(BigNat.fromNumber(127), key.n.mul(key.n))).sub(BigNat.ONE).toString());
try {
  BigNat.fromNumber(5).sub(BigNat.fromNumber(7));
} catch (e) {
  print(e.name, e.message);
}
