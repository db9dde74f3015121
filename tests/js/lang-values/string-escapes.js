// Escape sequences in string literals.
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(","); }
print("\\x41", "\x41");
print("\\x7e", "\x7e");
print("\\xff code", codes("\xff"));
print("\\u0041", "\u0041");
print("\\u00E9 code", codes("\u00E9"));
print("\\0", codes("\0"));
print("\\b\\f\\n\\r\\t\\v", codes("\b\f\n\r\t\v"));
print("quotes", codes("\'\""), '"' + "'" + "\"");
print("backslash", codes("\\"), "\\");
print("unknown escapes", "\q\w\e", codes("\a"));
print("line continuation", "abc\
def");
print("continuation length", "ab\
cd".length);
print("single quoted", 'it\'s');
print("double in single", 'say "hi"');
print("newline in output", "line1\nline2");
print("tab", "a\tb");
print("\\u escape in identifier-like", "\u0061\u0062\u0063");
print("legacy octal escape \\101", "\101");
print("legacy octal escape \\7", codes("\7"));
print("legacy octal \\377", codes("\377"));
print("\\0 then digit 8", codes("\08"));
print("empty", "[" + "" + "]", "".length);
print("unicode line sep length", "\u2028\u2029".length);
print("escaped slash", "\/" === "/");
print("escape dollar", "\$" === "$");
print("long escape string", codes("\x00\x01\x1f\x20\x7f\x80"));
print("\\uFFFF", codes("\uFFFF"));
print("mixed", "A\x42\u0043\104");
