// crypto-md5: an MD5 implementation over strings (UTF-8 encoded by hand, packed
// into little-endian int32 word arrays, 64 rounds with sine-derived constants).
// Verifies RFC 1321 test vectors, hashes generated strings of every length
// 0..300 (all padding boundaries) in a chain, and prints hex digests.

var K = [];
for (var ki = 0; ki < 64; ki++) {
  K[ki] = Math.floor(Math.abs(Math.sin(ki + 1)) * 4294967296) | 0;
}
var S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

function utf8Encode(str) {
  var out = "";
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c < 0x80) {
      out += String.fromCharCode(c);
    } else if (c < 0x800) {
      out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    } else {
      out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return out;
}

function toWords(bytes) {
  var words = [];
  var n = bytes.length;
  for (var i = 0; i < n; i++) {
    words[i >> 2] |= (bytes.charCodeAt(i) & 0xff) << ((i % 4) * 8);
  }
  words[n >> 2] |= 0x80 << ((n % 4) * 8);
  var total = (((n + 8) >> 6) + 1) * 16;
  for (i = 0; i < total; i++) if (words[i] === undefined) words[i] = 0;
  words[total - 2] = (n * 8) | 0;
  words[total - 1] = Math.floor(n / 536870912);
  return words;
}

function rotl(x, c) {
  return (x << c) | (x >>> (32 - c));
}

function md5Words(x) {
  var h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476;
  for (var blk = 0; blk < x.length; blk += 16) {
    var a = h0, b = h1, c = h2, d = h3;
    for (var i = 0; i < 64; i++) {
      var f, g;
      var round = i >> 4;
      if (round == 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round == 1) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (round == 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      var tmp = d;
      d = c;
      c = b;
      b = (b + rotl((a + f + K[i] + x[blk + g]) | 0, S[(round << 2) | (i & 3)])) | 0;
      a = tmp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
  }
  return [h0, h1, h2, h3];
}

var HEX = "0123456789abcdef";
function wordsToHexLE(ws) {
  var s = "";
  for (var i = 0; i < ws.length; i++) {
    for (var j = 0; j < 4; j++) {
      var byte = (ws[i] >>> (j * 8)) & 0xff;
      s += HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
    }
  }
  return s;
}

function md5(str) {
  return wordsToHexLE(md5Words(toWords(utf8Encode(str))));
}

var failures = 0;
var vectors = [
  ["", "d41d8cd98f00b204e9800998ecf8427e"],
  ["a", "0cc175b9c0f1b6a831c399e269772661"],
  ["abc", "900150983cd24fb0d6963f7d28e17f72"],
  ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
  ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
  ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
  ["12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"],
  ["The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"]
];
for (var v = 0; v < vectors.length; v++) {
  var got = md5(vectors[v][0]);
  if (got != vectors[v][1]) {
    failures++;
    print("mismatch for '" + vectors[v][0] + "': " + got);
  }
}
print("vectors " + vectors.length + " md5('') " + md5(""));

// chain over generated strings of every length 0..300
var alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ,.-ABCDEFGHIJKLMNOPQRSTUVWXYZ";
var seed = 20080101;
var chain = "";
var input = "";
var lengthsXor = 0;
for (var len = 0; len <= 300; len++) {
  input = "";
  for (var i = 0; i < len; i++) {
    seed = (seed * 16807) % 2147483647;
    input += alphabet.charAt(seed % alphabet.length);
  }
  var h = md5(input);
  if (h.length != 32) failures++;
  lengthsXor ^= parseInt(h.substring(0, 6), 16);
  chain = md5(chain + h);
}
print("chain " + chain + " xor " + lengthsXor.toString(16));

// a longer document hashed repeatedly
var doc = "";
for (i = 0; i < 300; i++) doc += "line " + i + ": " + alphabet.substring(i % 40) + "\n";
var d = doc;
for (i = 0; i < 8; i++) d = md5(d) + doc.substring(0, i * 500);
print("doc length " + doc.length + " digest " + md5(doc) + " iterated " + d.substring(0, 32));
print("unicode " + md5("h\u00e9llo w\u00f6rld \u20ac \u65e5\u672c"));
print(failures == 0 ? "PASS" : "FAIL " + failures);
