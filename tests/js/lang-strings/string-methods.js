// charAt, charCodeAt, substring, slice, substr, toUpperCase, toLowerCase, trim, fromCharCode, concat.
var s = "Hello, World";
print("charAt", s.charAt(0), s.charAt(7), "[" + s.charAt(100) + "]", "[" + s.charAt(-1) + "]", s.charAt(1.9), s.charAt());
print("charCodeAt", s.charCodeAt(0), s.charCodeAt(12), s.charCodeAt(), s.charCodeAt("1"));
print("index", s[4], s["4"], s[20]);
print("substring", s.substring(0, 5), s.substring(7), s.substring(5, 0), s.substring(-3, 2), s.substring(3, NaN), s.substring(100));
print("slice", s.slice(0, 5), s.slice(-5), s.slice(-5, -1), s.slice(3, 1) === "", s.slice(100) === "", s.slice(-100, 2));
print("substr", s.substr(7, 5), s.substr(-5, 3), s.substr(3), "[" + s.substr(2, -1) + "]", s.substr(-100, 2));
print("toUpperCase", s.toUpperCase(), "toLowerCase", s.toLowerCase());
print("case of non-letters", "123!@#".toUpperCase(), "ÀÉÎ".toLowerCase(), "straße".toUpperCase());
print("trim", "[" + "  pad  ".trim() + "]", "[" + "\t\n x \r\n".trim() + "]", "[" + "".trim() + "]", "[" + "\u00a0nbsp\u00a0".trim() + "]", "[" + "\ufeffbom".trim() + "]");
print("fromCharCode", String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode("65"), String.fromCharCode(65.9));
print("fromCharCode many", String.fromCharCode.apply(null, [74, 83, 33]));
print("concat", "a".concat("b", "c"), "x".concat(1, [2, 3], null));
print("length", "".length, "abc".length, "\n\t".length);
print("on number via call", String.prototype.charAt.call(12345, 2), String.prototype.slice.call(true, 1));
print("toString/valueOf", "str".toString(), new String("w").valueOf(), typeof new String("w").toString());
var threw;
try { String.prototype.charAt.call(null, 0); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("charAt on null TypeError", threw);
try { String.prototype.trim.call(undefined); threw = "no"; } catch (e) { threw = e.name; }
print("trim on undefined", threw);
print("immutability", (function () { var t = "abc"; t[0] = "z"; t.toUpperCase(); return t; })());
var r = [];
for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i) % 10);
print("charCode loop", r.join(""));
var caesar = "";
var msg = "attack at dawn";
for (var j = 0; j < msg.length; j++) {
  var c = msg.charCodeAt(j);
  caesar += c >= 97 && c <= 122 ? String.fromCharCode((c - 97 + 13) % 26 + 97) : msg.charAt(j);
}
print("rot13", caesar);
print("localeCompare basic sign", "a".localeCompare("b") < 0, "b".localeCompare("a") > 0, "a".localeCompare("a"));
print("substring swaps and clamps", "abcdef".substring(4, 1), "abcdef".substring(-1, 100));
print("slice vs substring negative", "abcdef".slice(-2), "abcdef".substring(-2));
print("chained", "  Mixed Case  ".trim().toLowerCase().substring(0, 5).toUpperCase());
