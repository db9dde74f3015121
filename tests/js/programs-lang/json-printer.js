// A recursive-descent parser for a JSON-like syntax and a pretty printer, using only string ops.
function parse(text) {
  var i = 0;
  function ws() { while (i < text.length && " \t\n\r".indexOf(text.charAt(i)) >= 0) i++; }
  function fail(msg) { throw new SyntaxError(msg + " at " + i); }
  function value() {
    ws();
    var c = text.charAt(i);
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    if (text.substring(i, i + 4) === "true") { i += 4; return true; }
    if (text.substring(i, i + 5) === "false") { i += 5; return false; }
    if (text.substring(i, i + 4) === "null") { i += 4; return null; }
    fail("unexpected '" + c + "'");
  }
  function object() {
    var o = {}; i++; ws();
    if (text.charAt(i) === "}") { i++; return o; }
    for (;;) {
      ws(); if (text.charAt(i) !== '"') fail("expected key");
      var k = string(); ws();
      if (text.charAt(i) !== ":") fail("expected colon"); i++;
      o[k] = value(); ws();
      var c = text.charAt(i++);
      if (c === "}") return o;
      if (c !== ",") fail("expected , or }");
    }
  }
  function array() {
    var a = []; i++; ws();
    if (text.charAt(i) === "]") { i++; return a; }
    for (;;) {
      a.push(value()); ws();
      var c = text.charAt(i++);
      if (c === "]") return a;
      if (c !== ",") fail("expected , or ]");
    }
  }
  function string() {
    var out = ""; i++;
    for (;;) {
      if (i >= text.length) fail("unterminated string");
      var c = text.charAt(i++);
      if (c === '"') return out;
      if (c === "\\") {
        var e = text.charAt(i++);
        if (e === "n") out += "\n"; else if (e === "t") out += "\t"; else if (e === "u") { out += String.fromCharCode(parseInt(text.substring(i, i + 4), 16)); i += 4; }
        else out += e;
      } else out += c;
    }
  }
  function number() {
    var start = i;
    if (text.charAt(i) === "-") i++;
    while (i < text.length && "0123456789.eE+-".indexOf(text.charAt(i)) >= 0) i++;
    var n = Number(text.substring(start, i));
    if (n !== n) fail("bad number");
    return n;
  }
  var v = value(); ws();
  if (i !== text.length) fail("trailing garbage");
  return v;
}
function quote(s) {
  var r = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i), code = s.charCodeAt(i);
    if (c === '"') r += '\\"'; else if (c === "\\") r += "\\\\"; else if (c === "\n") r += "\\n"; else if (c === "\t") r += "\\t";
    else if (code < 32 || code > 126) { var hx = code.toString(16); while (hx.length < 4) hx = "0" + hx; r += "\\u" + hx; }
    else r += c;
  }
  return r + '"';
}
function pretty(v, indent) {
  indent = indent || "";
  var inner = indent + "  ";
  if (v === null) return "null";
  if (typeof v === "string") return quote(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Array) {
    if (!v.length) return "[]";
    var parts = [];
    for (var i = 0; i < v.length; i++) parts.push(inner + pretty(v[i], inner));
    return "[\n" + parts.join(",\n") + "\n" + indent + "]";
  }
  var keys = Object.keys(v);
  if (!keys.length) return "{}";
  var ps = [];
  for (var k = 0; k < keys.length; k++) ps.push(inner + quote(keys[k]) + ": " + pretty(v[keys[k]], inner));
  return "{\n" + ps.join(",\n") + "\n" + indent + "}";
}
function compact(v) {
  if (v === null) return "null";
  if (typeof v === "string") return quote(v);
  if (typeof v !== "object") return String(v);
  if (v instanceof Array) return "[" + v.map(compact).join(",") + "]";
  return "{" + Object.keys(v).map(function (k) { return quote(k) + ":" + compact(v[k]); }).join(",") + "}";
}
var doc = '{ "name": "tarsier", "version": 1.5, "tags": ["js", "engine", "rust"],\n' +
  '  "nested": { "deep": { "deeper": [1, [2, [3, []]], {}] } }, "flags": [true, false, null],\n' +
  '  "escaped": "line\\nbreak \\"quoted\\" tab\\t \\u00e9", "neg": -12.5e1, "2": "numeric key", "1": "one" }';
var parsed = parse(doc);
print(pretty(parsed));
var c1 = compact(parsed);
print(c1);
print("roundtrip stable", compact(parse(c1)) === c1);
var bad = ['{"a":}', "[1,2", '{"a" 1}', "tru", '"unterminated', "[1] x", "-"];
for (var b = 0; b < bad.length; b++) {
  try { parse(bad[b]); print("parsed?!", bad[b]); } catch (e) { print("error", e.name, e.message); }
}
var big = [];
for (var n = 0; n < 200; n++) big.push({ id: n, label: "item" + n, even: n % 2 === 0, score: n * 1.5 });
var bigText = compact(big);
var reparsed = parse(bigText);
var total = 0;
for (var r = 0; r < reparsed.length; r++) if (reparsed[r].even) total += reparsed[r].score;
print("big doc", bigText.length, reparsed.length, total, reparsed[199].label);
