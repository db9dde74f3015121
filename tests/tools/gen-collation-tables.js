// Generates the tables of engine-core/src/builtins/collation.rs from node's ICU
// root collation: `node tests/tools/gen-collation-tables.js > tables.rs`, then
// paste them over the generated part of collation.rs.
var base = new Intl.Collator("und", { sensitivity: "base" });
var accent = new Intl.Collator("und", { sensitivity: "accent" });
var full = new Intl.Collator("und");
function range(a, b) { var r = []; for (var c = a; c < b; c++) r.push(c); return r; }
var codes = range(0, 0x250).concat(range(0x2000, 0x20d0));
var expansions = { 0xe6: 1, 0xc6: 1, 0x153: 1, 0x152: 1, 0xdf: 1, 0x133: 1, 0x132: 1 };
// Combining marks: rank by how "a"+mark sorts.
var marks = range(0x300, 0x370).filter(function (m) { return full.compare("a" + String.fromCharCode(m), "a") !== 0; });
marks.sort(function (x, y) { return full.compare("a" + String.fromCharCode(x), "a" + String.fromCharCode(y)); });
var markRank = {};
var r = 0;
for (var i = 0; i < marks.length; i++) {
  if (i > 0 && full.compare("a" + String.fromCharCode(marks[i - 1]), "a" + String.fromCharCode(marks[i])) !== 0) r++;
  markRank[marks[i]] = r;
}
function msec(m) { return 2 * markRank[m] + 2; }
var info = {};
var plain = [];
codes.forEach(function (c) {
  var s = String.fromCharCode(c);
  if (c >= 0xd800) return;
  if (full.compare(s + "a", "a") === 0 && full.compare("a" + s, "a") === 0) { info[c] = "ign"; return; }
  if (expansions[c]) { info[c] = "exp"; return; }
  var d = s.normalize("NFD");
  if (d.length > 1 && d.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(d[0])) {
    var ms = [];
    for (var k = 1; k < d.length; k++) ms.push(d.charCodeAt(k));
    if (ms.every(function (m) { return markRank[m] !== undefined; })) { info[c] = { base: d.charCodeAt(0), marks: ms }; return; }
  }
  plain.push(s);
});
plain.sort(full.compare);
var P = {}, T = {};
var p = 0, tc = 0, sc = 0;
var S = {};
for (var i = 0; i < plain.length; i++) {
  var ch = plain[i];
  if (i === 0 || base.compare(plain[i - 1], ch) !== 0) { p++; tc = 0; sc = 0; }
  else if (accent.compare(plain[i - 1], ch) !== 0) { sc++; tc = 0; }
  else if (full.compare(plain[i - 1], ch) !== 0) { tc++; }
  P[ch.charCodeAt(0)] = p; T[ch.charCodeAt(0)] = tc; S[ch.charCodeAt(0)] = sc;
}
// Accent variants that do not decompose (ø, ł...): place their secondary among the marks.
function secondaryOf(c) {
  if (S[c] === 0) return 0;
  var ch = String.fromCharCode(c);
  // find the base letter of its class
  var b = null;
  for (var k = 0; k < plain.length; k++) if (P[plain[k].charCodeAt(0)] === P[c] && S[plain[k].charCodeAt(0)] === 0) { b = plain[k]; break; }
  if (b === null) return S[c];
  var best = -1;
  for (var m in markRank) { if (accent.compare(b + String.fromCharCode(+m), ch) < 0) best = Math.max(best, markRank[m]); }
  return 2 * best + 3;
}
function entry(c) {
  var i = info[c];
  if (i === "ign") return [0, 0];
  if (i === "exp") return [0xffffffff, 0];
  if (i) {
    var bp = P[i.base], bt = T[i.base];
    var v = (bp << 16) | (msec(i.marks[0]) << 8) | bt;
    return [v >>> 0, i.marks.length > 1 ? msec(i.marks[1]) : 0];
  }
  return [((P[c] << 16) | (secondaryOf(c) << 8) | T[c]) >>> 0, 0];
}
function table(a, b) {
  var vals = [], extra = [];
  for (var c = a; c < b; c++) { var e = entry(c); vals.push("0x" + e[0].toString(16)); if (e[1]) extra.push("(0x" + c.toString(16) + ", " + e[1] + ")"); }
  var lines = [];
  for (var i = 0; i < vals.length; i += 8) lines.push("    " + vals.slice(i, i + 8).join(", ") + ",");
  return { text: lines.join("\n"), extra: extra };
}
var A = table(0, 0x250), B = table(0x2000, 0x20d0);
var markList = range(0x300, 0x370).map(function (m) { return markRank[m] === undefined ? 0 : msec(m); });
var ml = [];
for (var i = 0; i < markList.length; i += 16) ml.push("    " + markList.slice(i, i + 16).join(", ") + ",");
var out = "/// Latin: U+0000..U+024F.\n#[rustfmt::skip]\nstatic LATIN: [u32; 0x250] = [\n" + A.text + "\n];\n\n/// General punctuation and currency: U+2000..U+20CF.\n#[rustfmt::skip]\nstatic PUNCTUATION: [u32; 0xD0] = [\n" + B.text + "\n];\n\n/// Secondary weights of the combining marks U+0300..U+036F.\n#[rustfmt::skip]\nstatic MARKS: [u8; 0x70] = [\n" + ml.join("\n") + "\n];\n\n/// Second combining mark of doubly accented letters: (letter, secondary).\nstatic SECOND_MARK: [(u16, u8); " + A.extra.length + "] = [" + A.extra.join(", ") + "];\n";
process.stdout.write(out);

// check secondaries fit in a byte
