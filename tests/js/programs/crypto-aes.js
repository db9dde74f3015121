// crypto-aes: an AES-128 implementation over arrays of byte numbers: S-box
// built at startup from GF(2^8) log/exp tables + affine map, key expansion,
// rounds, and the inverse cipher. Verifies FIPS-197 vectors, then encrypts a
// generated text in CBC and CTR modes, decrypts it back and prints digests.

var Sbox = [], InvSbox = [], Rcon = [];

function xtime(a) {
  return ((a << 1) ^ ((a & 0x80) ? 0x1b : 0)) & 0xff;
}

function gmul(a, b) {
  var p = 0;
  while (b) {
    if (b & 1) p ^= a;
    a = xtime(a);
    b >>= 1;
  }
  return p;
}

function initTables() {
  var exp = [], log = [];
  var x = 1;
  for (var i = 0; i < 255; i++) {
    exp[i] = x;
    log[x] = i;
    x = x ^ xtime(x); // multiply by the generator 3
  }
  for (var a = 0; a < 256; a++) {
    var inv = a == 0 ? 0 : exp[(255 - log[a]) % 255];
    var s = inv;
    for (var k = 1; k <= 4; k++) {
      s ^= ((inv << k) | (inv >> (8 - k))) & 0xff;
    }
    s ^= 0x63;
    Sbox[a] = s;
    InvSbox[s] = a;
  }
  var r = 1;
  for (i = 0; i < 10; i++) {
    Rcon[i] = r;
    r = xtime(r);
  }
}

function expandKey(key) {
  var w = [];
  var i;
  for (i = 0; i < 4; i++) w[i] = [key[4 * i], key[4 * i + 1], key[4 * i + 2], key[4 * i + 3]];
  for (i = 4; i < 44; i++) {
    var t = w[i - 1].slice(0);
    if (i % 4 == 0) {
      t.push(t.shift());
      for (var j = 0; j < 4; j++) t[j] = Sbox[t[j]];
      t[0] ^= Rcon[i / 4 - 1];
    }
    w[i] = [];
    for (j = 0; j < 4; j++) w[i][j] = w[i - 4][j] ^ t[j];
  }
  return w;
}

function addRoundKey(s, w, round) {
  for (var c = 0; c < 4; c++) {
    var word = w[round * 4 + c];
    for (var r = 0; r < 4; r++) s[4 * c + r] ^= word[r];
  }
}

function subBytes(s, box) {
  for (var i = 0; i < 16; i++) s[i] = box[s[i]];
}

function shiftRows(s, inverse) {
  var t = s.slice(0);
  for (var r = 1; r < 4; r++) {
    for (var c = 0; c < 4; c++) {
      if (inverse) s[r + 4 * ((c + r) % 4)] = t[r + 4 * c];
      else s[r + 4 * c] = t[r + 4 * ((c + r) % 4)];
    }
  }
}

function mixColumns(s) {
  for (var c = 0; c < 4; c++) {
    var a0 = s[4 * c], a1 = s[4 * c + 1], a2 = s[4 * c + 2], a3 = s[4 * c + 3];
    var all = a0 ^ a1 ^ a2 ^ a3;
    s[4 * c] = a0 ^ all ^ xtime(a0 ^ a1);
    s[4 * c + 1] = a1 ^ all ^ xtime(a1 ^ a2);
    s[4 * c + 2] = a2 ^ all ^ xtime(a2 ^ a3);
    s[4 * c + 3] = a3 ^ all ^ xtime(a3 ^ a0);
  }
}

function invMixColumns(s) {
  for (var c = 0; c < 4; c++) {
    var a0 = s[4 * c], a1 = s[4 * c + 1], a2 = s[4 * c + 2], a3 = s[4 * c + 3];
    s[4 * c] = gmul(a0, 14) ^ gmul(a1, 11) ^ gmul(a2, 13) ^ gmul(a3, 9);
    s[4 * c + 1] = gmul(a0, 9) ^ gmul(a1, 14) ^ gmul(a2, 11) ^ gmul(a3, 13);
    s[4 * c + 2] = gmul(a0, 13) ^ gmul(a1, 9) ^ gmul(a2, 14) ^ gmul(a3, 11);
    s[4 * c + 3] = gmul(a0, 11) ^ gmul(a1, 13) ^ gmul(a2, 9) ^ gmul(a3, 14);
  }
}

function encryptBlock(input, w) {
  var s = input.slice(0);
  addRoundKey(s, w, 0);
  for (var round = 1; round < 10; round++) {
    subBytes(s, Sbox);
    shiftRows(s, false);
    mixColumns(s);
    addRoundKey(s, w, round);
  }
  subBytes(s, Sbox);
  shiftRows(s, false);
  addRoundKey(s, w, 10);
  return s;
}

function decryptBlock(input, w) {
  var s = input.slice(0);
  addRoundKey(s, w, 10);
  for (var round = 9; round > 0; round--) {
    shiftRows(s, true);
    subBytes(s, InvSbox);
    addRoundKey(s, w, round);
    invMixColumns(s);
  }
  shiftRows(s, true);
  subBytes(s, InvSbox);
  addRoundKey(s, w, 0);
  return s;
}

function hexToBytes(h) {
  var out = [];
  for (var i = 0; i < h.length; i += 2) out.push(parseInt(h.substring(i, i + 2), 16));
  return out;
}

function bytesToHex(b) {
  var s = "";
  for (var i = 0; i < b.length; i++) s += (b[i] < 16 ? "0" : "") + b[i].toString(16);
  return s;
}

function stringToBytes(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) out.push(str.charCodeAt(i) & 0xff);
  return out;
}

function bytesToString(b) {
  var s = "";
  for (var i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function encryptCBC(bytes, w, iv) {
  var pad = 16 - bytes.length % 16;
  var data = bytes.slice(0);
  for (var i = 0; i < pad; i++) data.push(pad);
  var out = [], prev = iv;
  for (var off = 0; off < data.length; off += 16) {
    var block = data.slice(off, off + 16);
    for (i = 0; i < 16; i++) block[i] ^= prev[i];
    prev = encryptBlock(block, w);
    out = out.concat(prev);
  }
  return out;
}

function decryptCBC(bytes, w, iv) {
  var out = [], prev = iv;
  for (var off = 0; off < bytes.length; off += 16) {
    var block = bytes.slice(off, off + 16);
    var plain = decryptBlock(block, w);
    for (var i = 0; i < 16; i++) out.push(plain[i] ^ prev[i]);
    prev = block;
  }
  var pad = out[out.length - 1];
  return out.slice(0, out.length - pad);
}

function cryptCTR(bytes, w, nonce) {
  var out = [];
  var counter = nonce.slice(0);
  for (var off = 0; off < bytes.length; off += 16) {
    var ks = encryptBlock(counter, w);
    for (var i = 0; i < 16 && off + i < bytes.length; i++) out.push(bytes[off + i] ^ ks[i]);
    for (var j = 15; j >= 0; j--) {
      counter[j] = (counter[j] + 1) & 0xff;
      if (counter[j] != 0) break;
    }
  }
  return out;
}

initTables();
var failures = 0;
if (Sbox[0] != 0x63 || Sbox[1] != 0x7c || Sbox[0x53] != 0xed || InvSbox[0] != 0x52) failures++;

var vectors = [
  ["000102030405060708090a0b0c0d0e0f", "00112233445566778899aabbccddeeff", "69c4e0d86a7b0430d8cdb78070b4c55a"],
  ["2b7e151628aed2a6abf7158809cf4f3c", "3243f6a8885a308d313198a2e0370734", "3925841d02dc09fbdc118597196a0b32"]
];
for (var v = 0; v < vectors.length; v++) {
  var ws = expandKey(hexToBytes(vectors[v][0]));
  var ct = bytesToHex(encryptBlock(hexToBytes(vectors[v][1]), ws));
  var pt = bytesToHex(decryptBlock(hexToBytes(ct), ws));
  if (ct != vectors[v][2] || pt != vectors[v][1]) failures++;
  print("vector " + v + " " + ct);
}

// generated plaintext
var words = ["the", "quick", "cipher", "block", "round", "key", "state", "matrix", "byte", "mix"];
var text = "";
var seed = 7;
for (var i = 0; i < 1000; i++) {
  seed = (seed * 16807) % 2147483647;
  text += words[seed % words.length] + (i % 12 == 11 ? ".\n" : " ");
}

var key = stringToBytes("YELLOW SUBMARINE");
var w = expandKey(key);
var iv = hexToBytes("000102030405060708090a0b0c0d0e0f");
var plain = stringToBytes(text);
var cbc = encryptCBC(plain, w, iv);
var back = bytesToString(decryptCBC(cbc, w, iv));
if (back != text) failures++;

var ctr = cryptCTR(plain, w, hexToBytes("f0f1f2f3f4f5f6f7f8f9fafbfcfdfe00"));
var ctrBack = bytesToString(cryptCTR(ctr, w, hexToBytes("f0f1f2f3f4f5f6f7f8f9fafbfcfdfe00")));
if (ctrBack != text || ctr.length != plain.length) failures++;

var sum = 0, x = 0;
for (i = 0; i < cbc.length; i++) {
  sum = (sum * 257 + cbc[i]) % 1000000007;
  x ^= ctr[i % ctr.length];
}
print("text length " + text.length + " cbc length " + cbc.length);
print("cbc first " + bytesToHex(cbc.slice(0, 16)) + " last " + bytesToHex(cbc.slice(cbc.length - 16)));
print("cbc sum " + sum + " ctr xor " + x + " ctr tail " + bytesToHex(ctr.slice(ctr.length - 8)));
print(failures == 0 ? "PASS" : "FAIL " + failures);
