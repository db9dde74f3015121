// Invalid JSON texts throw SyntaxError (only the error name is printed: the
// messages are engine-specific).

var bad = [
  "", " ", "\n", "{", "}", "[", "]", "[1", "[1,", "[1,]", "[,1]", "[1,,2]", "[1 2]",
  "{,}", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{a:1}",
  "{'a':1}", "{1:1}", "{\"a\":1}}", "[]]", "{}{}", "[][]", "1 2", "\"a\" \"b\"",
  "'str'", "\"unterminated", "\"bad escape \\x41\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\u\"",
  "\"\\\"", "\"\\a\"", "\"\\'\"", "\"\\v\"", "\"\\0\"", "\"tab\there\"", "\"line\nbreak\"",
  "\"\u0000\"", "\"\u001f\"",
  "01", "00", "-01", "1.", ".1", "-", "+1", "1e", "1e+", "1E-", "-.5", "1.e5", "0x10", "1_0",
  "Infinity", "-Infinity", "NaN", "undefined", "tru", "truee", "True", "nul", "NULL", "fals",
  "[true false]", "[1]x", "{}x", "nullx", "1a",
  "\u00a0 1", "1 \u00a0", "\u2028 1", "\ufeff1", "\u000b1", "\u000c1",
  "/* c */ 1", "// c\n1", "[1]/**/",
  "{\"a\":1,\"a\"}", "{\"__proto__\":}", "[\"\\ud800\" \"x\"]"
];

var results = [];
for (var i = 0; i < bad.length; i++) {
  var r;
  try {
    var v = JSON.parse(bad[i]);
    r = "parsed:" + JSON.stringify(v);
  } catch (e) {
    r = e.name + (e instanceof SyntaxError ? "" : "!");
  }
  results.push(i + "=" + r);
}
for (i = 0; i < results.length; i += 8) print(results.slice(i, i + 8).join(" "));

// arguments converted to strings that are not JSON
function name(f) { try { f(); return "ok"; } catch (e) { return e.name; } }
print(name(function () { JSON.parse(); }), name(function () { JSON.parse(undefined); }));
print(name(function () { JSON.parse({}); }), name(function () { JSON.parse(NaN); }));
print(name(function () { JSON.parse(function () {}); }));
// error thrown by ToString of the argument propagates
print(name(function () { JSON.parse({ toString: function () { throw new RangeError("x"); } }); }));

// long invalid inputs
var longBad = [];
for (i = 0; i < 1000; i++) longBad.push(i);
print(name(function () { JSON.parse("[" + longBad.join(",") + ",]"); }));
print(name(function () { JSON.parse("[" + longBad.join(",") + ""); }));
var unclosed = [];
for (i = 0; i < 10000; i++) unclosed.push("[");
print(name(function () { JSON.parse(unclosed.join("")); }));
print(name(function () { JSON.parse('{"a":' + unclosed.join("")); }));

// error objects are real SyntaxErrors
try { JSON.parse("{bad}"); } catch (e) {
  print(e instanceof SyntaxError, e instanceof Error, Object.prototype.toString.call(e), typeof e.message);
}
// valid texts still parse after errors
print(JSON.stringify(JSON.parse('{"after":"errors"}')));
