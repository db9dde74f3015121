// crypto-sha: SHA-1 and SHA-256 over strings packed into big-endian int32 word
// arrays (rotates, >>> and |0 arithmetic), plus HMAC-SHA1 built on top.
// Verifies FIPS 180 / RFC 2202 test vectors, then hashes generated strings of
// many lengths and a chained digest, printing hex digests.

function strToWordsBE(str) {
  var words = [];
  var n = str.length;
  for (var i = 0; i < n; i++) {
    words[i >> 2] |= (str.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
  }
  words[n >> 2] |= 0x80 << (24 - (n % 4) * 8);
  var total = (((n + 8) >> 6) + 1) * 16;
  for (i = 0; i < total; i++) if (words[i] === undefined) words[i] = 0;
  words[total - 1] = (n * 8) | 0;
  words[total - 2] = Math.floor(n / 536870912);
  return words;
}

function toHex(ws) {
  var s = "";
  for (var i = 0; i < ws.length; i++) {
    var h = (ws[i] >>> 0).toString(16);
    while (h.length < 8) h = "0" + h;
    s += h;
  }
  return s;
}

function hexToStr(h) {
  var s = "";
  for (var i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.substring(i, i + 2), 16));
  return s;
}

function rol(x, n) { return (x << n) | (x >>> (32 - n)); }
function ror(x, n) { return (x >>> n) | (x << (32 - n)); }

function sha1(str) {
  var x = strToWordsBE(str);
  var w = new Array(80);
  var h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476, h4 = 0xc3d2e1f0 | 0;
  for (var blk = 0; blk < x.length; blk += 16) {
    var a = h0, b = h1, c = h2, d = h3, e = h4;
    for (var t = 0; t < 80; t++) {
      if (t < 16) w[t] = x[blk + t];
      else w[t] = rol(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
      var f, k;
      if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
      var temp = (rol(a, 5) + f + e + k + w[t]) | 0;
      e = d;
      d = c;
      c = rol(b, 30);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
  }
  return toHex([h0, h1, h2, h3, h4]);
}

// SHA-256 constants: first 32 bits of the fractional parts of the cube roots
// (K) and square roots (H) of the first primes, from a floating-point guess
// corrected with multiply-and-compare steps
var K256 = [];
var H256 = [];
(function () {
  var primes = [];
  for (var n = 2; primes.length < 64; n++) {
    var isP = true;
    for (var d = 2; d * d <= n; d++) if (n % d == 0) { isP = false; break; }
    if (isP) primes.push(n);
  }
  function fracRoot(p, e) {
    var r = e == 2 ? Math.sqrt(p) : Math.pow(p, 1 / 3);
    var approx = Math.floor((r - Math.floor(r)) * 4294967296);
    // refine: the answer c satisfies (ip + c/2^32)^e <= p < (ip + (c+1)/2^32)^e
    var ip = Math.floor(r);
    function ok(c) {
      var v = ip + c / 4294967296;
      return e == 2 ? v * v <= p : v * v * v <= p;
    }
    while (!ok(approx)) approx--;
    while (ok(approx + 1)) approx++;
    return approx | 0;
  }
  for (var i = 0; i < 64; i++) K256[i] = fracRoot(primes[i], 3);
  for (i = 0; i < 8; i++) H256[i] = fracRoot(primes[i], 2);
})();

function sha256(str) {
  var x = strToWordsBE(str);
  var w = new Array(64);
  var H = H256.slice(0);
  for (var blk = 0; blk < x.length; blk += 16) {
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (var t = 0; t < 64; t++) {
      if (t < 16) {
        w[t] = x[blk + t];
      } else {
        var s0 = ror(w[t - 15], 7) ^ ror(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = ror(w[t - 2], 17) ^ ror(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var S1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
      var ch = (e & f) ^ (~e & g);
      var t1 = (h + S1 + ch + K256[t] + w[t]) | 0;
      var S0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
      var maj = (a & b) ^ (a & c) ^ (b & c);
      var t2 = (S0 + maj) | 0;
      h = g; g = f; f = e;
      e = (d + t1) | 0;
      d = c; c = b; b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
  }
  return toHex(H);
}

function hmacSha1(key, msg) {
  if (key.length > 64) key = hexToStr(sha1(key));
  var ipad = "", opad = "";
  for (var i = 0; i < 64; i++) {
    var k = i < key.length ? key.charCodeAt(i) : 0;
    ipad += String.fromCharCode(k ^ 0x36);
    opad += String.fromCharCode(k ^ 0x5c);
  }
  return sha1(opad + hexToStr(sha1(ipad + msg)));
}

var failures = 0;
function expect(label, got, want) {
  if (got != want) {
    failures++;
    print("mismatch " + label + " " + got);
  }
}

var abc448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
expect("sha1 empty", sha1(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
expect("sha1 abc", sha1("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
expect("sha1 448", sha1(abc448), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
expect("sha1 fox", sha1("The quick brown fox jumps over the lazy dog"), "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12");
expect("sha256 empty", sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
expect("sha256 abc", sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
expect("sha256 448", sha256(abc448), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
expect("hmac 1", hmacSha1(hexToStr("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), "Hi There"), "b617318655057264e28bc0b6fb378c8ef146be00");
expect("hmac 2", hmacSha1("Jefe", "what do ya want for nothing?"), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
expect("K256[0]", (K256[0] >>> 0).toString(16), "428a2f98");
expect("K256[63]", (K256[63] >>> 0).toString(16), "c67178f2");
expect("H256[0]", (H256[0] >>> 0).toString(16), "6a09e667");
print("sha1('abc') " + sha1("abc"));
print("sha256('abc') " + sha256("abc"));

var seed = 31337;
var chain1 = "", chain256 = "";
var msg = "";
for (var len = 0; len < 260; len++) {
  seed = (seed * 16807) % 2147483647;
  msg += String.fromCharCode(32 + seed % 95);
  chain1 = sha1(chain1 + msg);
  if (len % 2 == 0) chain256 = sha256(chain256 + msg);
}
print("chain sha1 " + chain1);
print("chain sha256 " + chain256);

var big = "";
for (var i = 0; i < 5000; i++) big += (i % 10) + "abcdefgh".charAt(i % 8);
print("big " + big.length + " sha1 " + sha1(big) + " hmac " + hmacSha1(big.substring(0, 100), big).substring(0, 16));
print(failures == 0 ? "PASS" : "FAIL " + failures);
