// string-unpack-code: a toy "packer" for source-like text: builds a word
// dictionary, replaces words by base-62 tokens, then unpacks with
// replace(/\b\w+\b/g, fn) and split/join. Also rot13/caesar via charCodeAt and
// fromCharCode, reversal, and run-length coding; all must round-trip.

var seed = 777;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

var vocabulary = ["function", "return", "var", "this", "prototype", "length", "document", "window",
                  "element", "value", "null", "true", "false", "push", "index", "result", "callback",
                  "options", "handler", "node", "style", "width", "height", "parent", "child", "event"];
var punct = ["(", ")", "{", "}", ";", ".", ",", " = ", " + ", " == ", "\n", " "];

function makeSource(n) {
  var source = "";
  for (var i = 0; i < n; i++) {
    var r = rnd(10);
    if (r < 6) source += vocabulary[rnd(vocabulary.length)];
    else if (r < 7) source += "v" + rnd(40);
    else source += punct[rnd(punct.length)];
    if (rnd(3) == 0) source += " ";
  }
  return source;
}

var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function encode62(n) {
  var s = "";
  do {
    s = DIGITS.charAt(n % 62) + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s;
}
function decode62(s) {
  var n = 0;
  for (var i = 0; i < s.length; i++) n = n * 62 + DIGITS.indexOf(s.charAt(i));
  return n;
}

// pack: words sorted by frequency get the shortest tokens
function pack(source) {
  var counts = {};
  var words = source.match(/\b\w+\b/g) || [];
  for (var i = 0; i < words.length; i++) {
    var w = words[i];
    counts["$" + w] = (counts["$" + w] || 0) + 1;
  }
  var dict = [];
  for (var key in counts) dict.push(key.substring(1));
  dict.sort(function (a, b) {
    var d = counts["$" + b] - counts["$" + a];
    if (d != 0) return d;
    return a < b ? -1 : (a > b ? 1 : 0);
  });
  var lookup = {};
  for (i = 0; i < dict.length; i++) lookup["$" + dict[i]] = encode62(i);
  var body = source.replace(/\b\w+\b/g, function (w) { return lookup["$" + w]; });
  return { body: body, dict: dict.join("|") };
}

function unpack(packed) {
  var dict = packed.dict.split("|");
  return packed.body.replace(/\b\w+\b/g, function (token) {
    return dict[decode62(token)];
  });
}

function rot13(s) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c = (c - 65 + 13) % 26 + 65;
    else if (c >= 97 && c <= 122) c = (c - 97 + 13) % 26 + 97;
    out += String.fromCharCode(c);
  }
  return out;
}

function caesar(s, shift) {
  var codes = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    codes.push(c >= 32 && c < 127 ? 32 + ((c - 32 + shift + 95 * 10) % 95) : c);
  }
  // convert in chunks to keep argument lists short
  var out = "";
  for (var k = 0; k < codes.length; k += 2048) {
    out += String.fromCharCode.apply(null, codes.slice(k, k + 2048));
  }
  return out;
}

function runLengthEncode(s) {
  return s.replace(/(.)\1{2,}/g, function (run, ch) { return "~" + run.length + ch; });
}
function runLengthDecode(s) {
  return s.replace(/~(\d+)(.)/g, function (m, n, ch) {
    var out = "";
    for (var i = 0; i < parseInt(n, 10); i++) out += ch;
    return out;
  });
}

var failures = 0;
var source = makeSource(12000);
var packed = pack(source);
var unpacked = unpack(packed);
if (unpacked != source) failures++;

// split/join based unpacking of a single token as a cross-check
var firstWord = packed.dict.split("|")[0];
var viaSplit = packed.body.split(/\b0\b/).join(firstWord);
var countFirst = source.split(new RegExp("\\b" + firstWord + "\\b")).length - 1;
if (viaSplit.split(new RegExp("\\b" + firstWord + "\\b")).length - 1 != countFirst) failures++;

var r13 = rot13(source);
if (rot13(r13) != source) failures++;
var cz = caesar(source, 17);
if (caesar(cz, -17) != source) failures++;
var reversed = source.split("").reverse().join("");
if (reversed.split("").reverse().join("") != source || reversed.charAt(0) != source.charAt(source.length - 1)) failures++;

var runs = "";
for (var i = 0; i < 3000; i++) {
  var ch = "abcxyz .".charAt(rnd(8));
  var len = 1 + rnd(rnd(4) == 0 ? 9 : 2);
  for (var k = 0; k < len; k++) runs += ch;
}
var rle = runLengthEncode(runs);
if (runLengthDecode(rle) != runs) failures++;

var tokenCounts = 0;
for (i = 0; i < 2000; i++) if (decode62(encode62(i * 37)) != i * 37) failures++; else tokenCounts++;

var h = 0;
var mix = packed.body + packed.dict + r13.substring(0, 500) + cz.substring(0, 500) + rle;
for (i = 0; i < mix.length; i++) h = (h * 31 + mix.charCodeAt(i)) % 1000000007;

print("source " + source.length + " packed " + packed.body.length + " dict " + packed.dict.split("|").length + " words");
print("top words " + packed.dict.split("|").slice(0, 5).join(","));
print("rot13 " + rot13("Hello, World") + " caesar " + caesar("Hello, World", 17) + " " + encode62(123456789));
print("runs " + runs.length + " rle " + rle.length + " hash " + h);
print(failures == 0 ? "PASS" : "FAIL " + failures);
