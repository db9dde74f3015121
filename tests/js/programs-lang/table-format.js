// String formatting: aligned text tables, number formatting by hand, word wrapping.
function repeat(s, n) { var r = ""; for (var i = 0; i < n; i++) r += s; return r; }
function padRight(s, w) { s = String(s); return s.length >= w ? s : s + repeat(" ", w - s.length); }
function padLeft(s, w) { s = String(s); return s.length >= w ? s : repeat(" ", w - s.length) + s; }
function fixed2(x) {
  var neg = x < 0; if (neg) x = -x;
  var cents = Math.round(x * 100);
  var whole = Math.floor(cents / 100), frac = cents % 100;
  var ws = String(whole), grouped = "";
  while (ws.length > 3) { grouped = "," + ws.substring(ws.length - 3) + grouped; ws = ws.substring(0, ws.length - 3); }
  return (neg ? "-" : "") + ws + grouped + "." + (frac < 10 ? "0" : "") + frac;
}
var rows = [
  ["Widget", 4, 3.5], ["Gadget with a long name", 1, 1299.99], ["Nut", 1000, 0.05],
  ["Bolt", 250, 0.125], ["Refund", 1, -20], ["Thingamajig", 12, 18.75]
];
var headers = ["Item", "Qty", "Unit", "Total"];
var table = [];
var grand = 0;
for (var i = 0; i < rows.length; i++) {
  var total = rows[i][1] * rows[i][2];
  grand += total;
  table.push([rows[i][0], String(rows[i][1]), fixed2(rows[i][2]), fixed2(total)]);
}
var widths = [];
for (var c = 0; c < headers.length; c++) {
  var w = headers[c].length;
  for (var r = 0; r < table.length; r++) if (table[r][c].length > w) w = table[r][c].length;
  widths.push(w);
}
function line(cells) {
  var out = [];
  for (var k = 0; k < cells.length; k++) out.push(k === 0 ? padRight(cells[k], widths[k]) : padLeft(cells[k], widths[k]));
  return "| " + out.join(" | ") + " |";
}
var sep = "+" + widths.map(function (wd) { return repeat("-", wd + 2); }).join("+") + "+";
print(sep);
print(line(headers));
print(sep);
for (var t = 0; t < table.length; t++) print(line(table[t]));
print(sep);
print(line(["TOTAL", "", "", fixed2(grand)]));
print(sep);
function wrap(text, width) {
  var words = text.split(" "), lines = [], cur = "";
  for (var i = 0; i < words.length; i++) {
    if (!words[i]) continue;
    if (cur.length && cur.length + 1 + words[i].length > width) { lines.push(cur); cur = words[i]; }
    else cur = cur.length ? cur + " " + words[i] : words[i];
  }
  if (cur) lines.push(cur);
  return lines;
}
var para = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs.  How vexingly quick daft zebras jump!";
var wrapped = wrap(para, 28);
for (var l = 0; l < wrapped.length; l++) print("[" + padRight(wrapped[l], 28) + "]");
function center(s, w) { var left = Math.floor((w - s.length) / 2); return repeat(" ", left) + s + repeat(" ", w - s.length - left); }
print("<" + center("title", 15) + ">", "<" + center("even", 10) + ">");
var fmtTests = [0, 0.005, 0.015, 1.005, 12.345, 999.995, 1234567.891, -0.5, -1234.5];
print("fixed2", fmtTests.map(fixed2).join("  "));
function roman(n) {
  var vals = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1], syms = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"], r = "";
  for (var i = 0; i < vals.length; i++) while (n >= vals[i]) { r += syms[i]; n -= vals[i]; }
  return r;
}
print("roman", [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].map(roman).join(" "));
function toBase(n, b) { var digits = "0123456789abcdefghijklmnopqrstuvwxyz", s = ""; if (n === 0) return "0"; while (n > 0) { s = digits.charAt(n % b) + s; n = Math.floor(n / b); } return s; }
print("bases", toBase(255, 2), toBase(255, 16), toBase(123456789, 36), toBase(0, 7));
var hist = { a: 5, b: 12, c: 3, d: 8 };
var hk = Object.keys(hist);
for (var h = 0; h < hk.length; h++) print(hk[h] + " " + padLeft(hist[hk[h]], 3) + " " + repeat("#", hist[hk[h]]));
