// Building large strings with += in loops.
var s = "";
for (var i = 0; i < 100000; i++) s += "x";
print("100k length", s.length, s.charAt(0), s.charAt(99999), s.charCodeAt(50000));
var t = "";
for (var j = 0; j < 20000; j++) t += String.fromCharCode(97 + (j % 26));
print("alphabet cycle", t.length, t.substring(0, 30), t.charAt(19999), t.lastIndexOf("abc"));
var u = "";
for (var k = 0; k < 5000; k++) u += k;
print("numbers appended", u.length, u.substring(0, 20), u.substring(u.length - 8));
var pre = "";
for (var m = 0; m < 3000; m++) pre = (m % 10) + pre;
print("prepend", pre.length, pre.substring(0, 12), pre.charAt(2999));
var mid = "ab";
for (var n = 0; n < 15; n++) mid = mid + "|" + mid;
print("doubling", mid.length, mid.substring(0, 9), mid.indexOf("a|a"), mid.split("|").length);
var parts = [];
for (var p = 0; p < 1000; p++) parts.push("item" + p);
var joined = parts.join(",");
print("join 1000", joined.length, joined.substring(0, 20), joined.substring(joined.length - 7));
var mixed = "";
for (var q = 0; q < 1000; q++) { mixed += q % 3 === 0 ? "a" : q % 3 === 1 ? 1 : null; }
print("mixed types appended", mixed.length, mixed.substring(0, 14));
var acc = "";
for (var r = 0; r < 200; r++) { acc += "<" + r + ">"; if (acc.length > 500) acc = acc.substring(acc.length - 100); }
print("sliding window", acc.length, acc.substring(0, 10));
var bigIdx = s.indexOf("y");
print("indexOf miss in 100k", bigIdx);
var replaced = (s + "y").indexOf("y");
print("indexOf at end", replaced);
var pal = "";
for (var v = 0; v < 1000; v++) pal += String.fromCharCode(65 + v % 26);
var rev = "";
for (var w = pal.length - 1; w >= 0; w--) rev += pal.charAt(w);
print("manual reverse", rev.length, rev.substring(0, 10), rev === pal.split("").reverse().join(""));
var cmp1 = "", cmp2 = "";
for (var z = 0; z < 1000; z++) { cmp1 += "q"; cmp2 += "q"; }
print("equal built strings", cmp1 === cmp2, cmp1 < cmp2 + "a", (cmp1 + "b") > (cmp2 + "a"));
var unicode = "";
for (var y = 0; y < 100; y++) unicode += "\u00e9\ud83d\ude00";
print("unicode built", unicode.length, unicode.charCodeAt(3), unicode.charCodeAt(299));
