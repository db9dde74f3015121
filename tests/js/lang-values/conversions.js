// ToNumber / ToString / ToPrimitive conversions through operators and constructors.
function s(x) { return (x === 0 && 1 / x < 0) ? "-0" : String(x); }
function q(str) {
  var r = "";
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    r += (c < 32 || c > 126) ? "\\u" + (c + 0x10000).toString(16).substring(1) : str.charAt(i);
  }
  return '"' + r + '"';
}
var strs = ["", " ", "\t\n ", "0", "-0", "+5", "-5", "  12  ", "1e3", "1E-2", ".5", "5.",
  "0x1f", "0X1F", "-0x10", "010", "Infinity", "-Infinity", "+Infinity", "infinity", "abc", "0xg", "1e", "e1", "--1",
  "12abc", "1 2", "1,2", "1_0", "NaN", "\u00a01\u00a0", "1e1000", "-1e-1000", "00012"];
for (var i = 0; i < strs.length; i++) {
  print("Number(" + q(strs[i]) + ")", s(Number(strs[i])), s(+strs[i]), s(strs[i] * 1), s(strs[i] - 0));
}
print("Number()", Number());
print("Number(undefined)", Number(undefined));
print("Number(null)", Number(null));
print("Number(true)", Number(true));
print("Number(false)", Number(false));
print("Number([])", Number([]));
print("Number([5])", Number([5]));
print("Number([1,2])", Number([1, 2]));
print("Number(['7'])", Number(["7"]));
print("Number([[3]])", Number([[3]]));
print("Number({})", Number({}));
print("Number(valueOf obj)", Number({ valueOf: function () { return "42"; } }));
print("Number(toString obj)", Number({ toString: function () { return "43"; } }));
print("Number(new Number(3))", Number(new Number(3)));
print("Number(new String('4'))", Number(new String("4")));
print("Number(fn)", Number(function () {}));
print("String(undefined)", String(undefined));
print("String(null)", String(null));
print("String(true)", String(true));
print("String(123)", String(123));
print("String([])", "[" + String([]) + "]");
print("String([1,[2,3]])", String([1, [2, 3]]));
print("String([null,undefined,1])", String([null, undefined, 1]));
print("String({})", String({}));
print("String(obj toString)", String({ toString: function () { return "custom"; } }));
print("String(obj valueOf only)", String({ valueOf: function () { return 9; } }));
print("'' + obj both", "" + { valueOf: function () { return 1; }, toString: function () { return "two"; } });
print("String(obj both)", String({ valueOf: function () { return 1; }, toString: function () { return "two"; } }));
print("Boolean('0')", Boolean("0"));
print("parseInt('12px')", parseInt("12px"));
print("parseInt('  -0x1A')", parseInt("  -0x1A"));
print("parseInt('0x')", parseInt("0x"));
print("parseInt('101', 2)", parseInt("101", 2));
print("parseInt('z', 36)", parseInt("z", 36));
print("parseInt('010')", parseInt("010"));
print("parseInt('')", parseInt(""));
print("parseInt(-0)", s(parseInt("-0")));
print("parseInt(1e21)", parseInt(1e21));
print("parseInt(0.0000005)", parseInt(0.0000005));
print("parseInt('123', 0)", parseInt("123", 0));
print("parseInt('123', 1)", parseInt("123", 1));
print("parseInt('123', 37)", parseInt("123", 37));
print("parseFloat('3.14abc')", parseFloat("3.14abc"));
print("parseFloat('.5.5')", parseFloat(".5.5"));
print("parseFloat('-.5e2x')", parseFloat("-.5e2x"));
print("parseFloat('Infinityx')", parseFloat("Infinityx"));
print("parseFloat('0x10')", parseFloat("0x10"));
print("parseFloat('')", parseFloat(""));
print("parseFloat('  1e')", parseFloat("  1e"));
print("parseFloat('-0')", s(parseFloat("-0")));
