// string-base64: hand-written base64 encoder/decoder over binary strings
// (charCodeAt, bit shifts, lookup via a string and an object table, building
// output with +=). Checks RFC 4648 vectors, round-trips generated binary and
// UTF-8 text of many lengths, and prints lengths and a hash of the output.

var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var decodeTable = {};
for (var ci = 0; ci < chars.length; ci++) decodeTable[chars.charAt(ci)] = ci;

function base64Encode(data) {
  var out = "";
  var i = 0;
  var len = data.length;
  while (i + 2 < len) {
    var n = (data.charCodeAt(i) << 16) | (data.charCodeAt(i + 1) << 8) | data.charCodeAt(i + 2);
    out += chars.charAt(n >> 18) + chars.charAt((n >> 12) & 63) + chars.charAt((n >> 6) & 63) + chars.charAt(n & 63);
    i += 3;
  }
  if (len - i == 1) {
    n = data.charCodeAt(i) << 16;
    out += chars.charAt(n >> 18) + chars.charAt((n >> 12) & 63) + "==";
  } else if (len - i == 2) {
    n = (data.charCodeAt(i) << 16) | (data.charCodeAt(i + 1) << 8);
    out += chars.charAt(n >> 18) + chars.charAt((n >> 12) & 63) + chars.charAt((n >> 6) & 63) + "=";
  }
  return out;
}

function base64Decode(text) {
  text = text.replace(/[^A-Za-z0-9+\/=]/g, "");
  var out = "";
  for (var i = 0; i < text.length; i += 4) {
    var a = decodeTable[text.charAt(i)], b = decodeTable[text.charAt(i + 1)];
    var c = text.charAt(i + 2), d = text.charAt(i + 3);
    var n = (a << 18) | (b << 12) | ((c == "=" ? 0 : decodeTable[c]) << 6) | (d == "=" ? 0 : decodeTable[d]);
    out += String.fromCharCode((n >> 16) & 255);
    if (c != "=") out += String.fromCharCode((n >> 8) & 255);
    if (d != "=") out += String.fromCharCode(n & 255);
  }
  return out;
}

// an independent encoder that goes through a string of '0'/'1' bits
function base64EncodeBits(data) {
  var bits = "";
  for (var i = 0; i < data.length; i++) {
    var b = data.charCodeAt(i).toString(2);
    while (b.length < 8) b = "0" + b;
    bits += b;
  }
  while (bits.length % 6) bits += "0";
  var out = "";
  for (i = 0; i < bits.length; i += 6) out += chars.charAt(parseInt(bits.substring(i, i + 6), 2));
  while (out.length % 4) out += "=";
  return out;
}

// UTF-8 for BMP characters, done by hand with charCodeAt/fromCharCode
function utf8Encode(s) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 128) {
      out += String.fromCharCode(c);
    } else if (c < 2048) {
      out += String.fromCharCode((c >> 6) | 192) + String.fromCharCode((c & 63) | 128);
    } else {
      out += String.fromCharCode((c >> 12) | 224) + String.fromCharCode(((c >> 6) & 63) | 128) +
             String.fromCharCode((c & 63) | 128);
    }
  }
  return out;
}
function utf8Decode(s) {
  var out = "";
  var i = 0;
  while (i < s.length) {
    var c = s.charCodeAt(i);
    if (c < 128) {
      out += String.fromCharCode(c);
      i++;
    } else if (c >= 192 && c < 224) {
      out += String.fromCharCode(((c & 31) << 6) | (s.charCodeAt(i + 1) & 63));
      i += 2;
    } else {
      out += String.fromCharCode(((c & 15) << 12) | ((s.charCodeAt(i + 1) & 63) << 6) | (s.charCodeAt(i + 2) & 63));
      i += 3;
    }
  }
  return out;
}

function wrap(s, width) {
  var lines = [];
  for (var i = 0; i < s.length; i += width) lines.push(s.substring(i, i + width));
  return lines.join("\n");
}

var failures = 0;
var vectors = [["", ""], ["f", "Zg=="], ["fo", "Zm8="], ["foo", "Zm9v"], ["foob", "Zm9vYg=="],
               ["fooba", "Zm9vYmE="], ["foobar", "Zm9vYmFy"], ["Man", "TWFu"]];
for (var v = 0; v < vectors.length; v++) {
  if (base64Encode(vectors[v][0]) != vectors[v][1]) failures++;
  if (base64Decode(vectors[v][1]) != vectors[v][0]) failures++;
}

var seed = 4242;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

var totalIn = 0, totalOut = 0, h = 0;
for (var len = 0; len < 300; len++) {
  var data = "";
  for (var i = 0; i < len; i++) data += String.fromCharCode(rnd(256));
  var enc = base64Encode(data);
  if (enc.length != 4 * Math.ceil(len / 3)) failures++;
  if (base64Decode(enc) != data) failures++;
  if (len < 100 && base64EncodeBits(data) != enc) failures++;
  // decoding must ignore inserted line breaks
  if (base64Decode(wrap(enc, 76)) != data) failures++;
  totalIn += len;
  totalOut += enc.length;
  for (var k = 0; k < enc.length; k += 7) h = (h * 31 + enc.charCodeAt(k)) % 1000000007;
}

// unicode text through UTF-8
var text = "";
var pieces = ["plain ", "caf\u00e9 ", "na\u00efve ", "\u00fcber ", "\u20ac5 ", "\u65e5\u672c\u8a9e ", "\u03bb\u03bf\u03b3\u03bf\u03c2 "];
for (i = 0; i < 400; i++) text += pieces[rnd(pieces.length)];
var utf = utf8Encode(text);
var encText = base64Encode(utf);
var back = utf8Decode(base64Decode(encText));
if (back != text) failures++;

print("vectors " + vectors.length + " Man=" + base64Encode("Man") + " hello=" + base64Encode("hello, world"));
print("binary in " + totalIn + " out " + totalOut + " hash " + h);
print("text chars " + text.length + " utf8 bytes " + utf.length + " base64 " + encText.length);
print("head " + encText.substring(0, 48));
print(failures == 0 ? "PASS" : "FAIL " + failures);
