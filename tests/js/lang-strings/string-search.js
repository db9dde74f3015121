// indexOf / lastIndexOf with positions, empty strings, and unicode.
var s = "the quick brown fox jumps over the lazy dog";
print("indexOf", s.indexOf("the"), s.indexOf("the", 1), s.indexOf("cat"), s.indexOf("o"), s.indexOf("o", 13));
print("lastIndexOf", s.lastIndexOf("the"), s.lastIndexOf("the", 30), s.lastIndexOf("o"), s.lastIndexOf("o", 20), s.lastIndexOf("x", 0));
print("empty needle", s.indexOf(""), s.indexOf("", 5), s.indexOf("", 100), s.lastIndexOf(""), s.lastIndexOf("", 5));
print("position clamping", s.indexOf("t", -10), s.lastIndexOf("g", 1000), s.indexOf("t", NaN), s.lastIndexOf("t", NaN));
print("non-string needle", "a1b2null".indexOf(2), "a1b2null".indexOf(null), "undefined".indexOf(), "x,y".indexOf([","]));
print("case sensitive", "Hello".indexOf("h"), "Hello".indexOf("H"));
print("needle longer", "ab".indexOf("abc"), "ab".lastIndexOf("abc"));
print("whole string", "abc".indexOf("abc"), "abc".lastIndexOf("abc"));
print("unicode", "h\u00e9llo".indexOf("\u00e9"), "\ud83d\ude00x".indexOf("x"));
function countOcc(hay, needle) { var n = 0, p = hay.indexOf(needle); while (p !== -1) { n++; p = hay.indexOf(needle, p + needle.length); } return n; }
print("count non-overlapping", countOcc(s, "o"), countOcc("aaaa", "aa"), countOcc(s, "the "));
function allPositions(hay, needle) { var r = [], p = -1; while ((p = hay.indexOf(needle, p + 1)) !== -1) r.push(p); return r.join(","); }
print("overlapping positions", allPositions("aaaa", "aa"), allPositions("abcabcab", "ab"));
var big = "";
for (var i = 0; i < 2000; i++) big += "ab";
big += "needle";
for (var j = 0; j < 2000; j++) big += "cd";
print("search in 8k", big.indexOf("needle"), big.lastIndexOf("ab"), big.indexOf("cd"), big.lastIndexOf("needle"));
print("repetitive pattern", ("aaaaaaaaaaaaaaaaaaaab").indexOf("aaab"));
print("contains idiom", s.indexOf("fox") !== -1, s.indexOf("wolf") !== -1);
print("startsWith idiom", s.indexOf("the") === 0, s.lastIndexOf("dog") === s.length - 3);
