// A small lexer over ~20 KB of generated source: anchored regexps on the
// remainder (slice) and a lastIndex-driven global regexp over the whole text.
var words = ["var", "function", "return", "if", "else", "while", "alpha", "beta_2", "gamma", "x"];
var src = "";
for (var k = 0; src.length < 20000; k++) {
  src += words[k % words.length] + " " + (k * 7919 % 1000) + (k % 3 ? " + " : " ;\n") + "'s" + (k % 10) + "' ";
  if (k % 5 === 0) src += "(" + words[(k + 3) % words.length] + ", 3.25) { }\n";
}
var rules = [
  ["ws", /^\s+/],
  ["id", /^[A-Za-z_$][\w$]*/],
  ["num", /^\d+(?:\.\d+)?/],
  ["str", /^'[^']*'|^"[^"]*"/],
  ["punct", /^[(){};,+\-*\/=<>!]/]
];
function lexSlices(src) {
  var pos = 0, counts = {}, rest = src;
  while (rest.length > 0) {
    var m = null, r;
    for (r = 0; r < rules.length; r++) {
      m = rules[r][1].exec(rest);
      if (m) break;
    }
    if (!m) throw new Error("bad input at " + pos);
    counts[rules[r][0]] = (counts[rules[r][0]] || 0) + 1;
    pos += m[0].length;
    rest = rest.slice(m[0].length);
  }
  return counts;
}
var tok = /(\s+)|([A-Za-z_$][\w$]*)|(\d+(?:\.\d+)?)|('[^']*'|"[^"]*")|([(){};,+\-*\/=<>!])/g;
var names = ["ws", "id", "num", "str", "punct"];
function lexLastIndex(src) {
  var counts = {}, pos = 0, m;
  while (pos < src.length) {
    tok.lastIndex = pos;
    m = tok.exec(src);
    if (!m || m.index !== pos) throw new Error("bad input at " + pos);
    for (var g = 1; g <= 5; g++) if (m[g] !== undefined) break;
    counts[names[g - 1]] = (counts[names[g - 1]] || 0) + 1;
    pos = tok.lastIndex;
  }
  return counts;
}
function show(c) { return names.map(function (n) { return n + "=" + c[n]; }).join(" "); }
var a, b;
for (var it = 0; it < 3; it++) { a = lexSlices(src); b = lexLastIndex(src); }
var ws = /\s+/g, spaces = 0;
for (var it2 = 0; it2 < 20; it2++) { ws.lastIndex = 0; while (ws.exec(src)) spaces++; }
print(src.length, show(a), show(b), spaces);
