// JSON.stringify string quoting: short escapes, \u00XX for other control
// characters, raw U+2028/2029 and non-BMP pairs, \udXXX for lone surrogates.

function hex(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    out.push(c < 0x20 || c > 0x7e ? "<" + c.toString(16) + ">" : s.charAt(i));
  }
  return out.join("");
}

// every control character
var lines = [];
for (var c = 0; c < 0x20; c++) {
  lines.push(c + ":" + JSON.stringify(String.fromCharCode(c)));
}
print(lines.join(" "));

// all ASCII printable characters at once
var printable = "";
for (c = 0x20; c < 0x7f; c++) printable += String.fromCharCode(c);
print(JSON.stringify(printable));
print(JSON.stringify("\x7f\x80\x9f\xa0\xff"));

// quotes and backslashes
print(JSON.stringify("\""), JSON.stringify("\\"), JSON.stringify("a\"b\\c\"\\"));
print(JSON.stringify("/"), JSON.stringify("</script>"));
print(JSON.stringify(""), JSON.stringify("''"), JSON.stringify("'"));

// line and paragraph separators stay raw
print(hex(JSON.stringify("\u2028\u2029")));
print(JSON.stringify("\u2028") === "\"\u2028\"", JSON.stringify("\u2029").length);

// non-BMP characters (surrogate pairs) stay raw
var smile = "\ud83d\ude00";
print(JSON.stringify(smile) === "\"" + smile + "\"", JSON.stringify(smile).length);
print(hex(JSON.stringify("x\ud834\udd1ey")));

// lone surrogates are escaped (well-formed JSON.stringify)
print(JSON.stringify("\ud800"), JSON.stringify("\udbff"), JSON.stringify("\udc00"), JSON.stringify("\udfff"));
print(JSON.stringify("\udc00\ud800"), JSON.stringify("a\ud800"), JSON.stringify("\udfffb"));
print(JSON.stringify("\ud800\ud800\udc00"), JSON.stringify("\ud800\udc00\udc00"));
print(JSON.stringify(["\ud83d", "\ude00", "\ud83d\ude00".charAt(0)]));
print(hex(JSON.stringify("\u0100\u00e9\u4e2d\uffff\ufffe")));

// escapes inside keys too
var o = {};
o["k\ney"] = 1;
o["q\"uote"] = 2;
o["\ud800"] = 3;
o["\u0001"] = 4;
print(JSON.stringify(o));

// mixed long string
var parts = [];
for (var i = 0; i < 200; i++) parts.push(String.fromCharCode(i % 40));
var long = parts.join("");
var js = JSON.stringify(long);
print(js.length, JSON.parse(js) === long);

// round trip of every BMP unit in chunks (including lone surrogates)
var ok = true;
for (var start = 0; start < 0x10000; start += 4096) {
  var chunk = [];
  for (var u = start; u < start + 4096; u++) chunk.push(String.fromCharCode(u));
  var s = chunk.join("");
  if (JSON.parse(JSON.stringify(s)) !== s) { ok = false; print("round trip failed at", start); }
}
print("bmp round trip", ok);

// parse direction: escapes
print(hex(JSON.parse('"\\b\\f\\n\\r\\t\\"\\\\\\/"')));
print(hex(JSON.parse('"\\u0000\\u001f\\u0020\\u00e9\\u00E9\\uABCD\\uabcd"')));
print(JSON.parse('"\\ud83d\\ude00"') === smile, JSON.parse('"\\ud800"').length, JSON.parse('"\\ud800"').charCodeAt(0).toString(16));
print(JSON.parse('"\\udc00\\ud800"').length, JSON.parse('"' + smile + '"') === smile);
print(JSON.parse('"\u2028\u2029"').length, JSON.parse('"\u00ff\u0100"').charCodeAt(1));
print(JSON.parse('"a\\u0062c"'), JSON.parse('"\\u0030\\u0031"'));
