// String comparison is by UTF-16 code units.
print("basic", "a" < "b", "b" < "a", "a" < "a", "a" <= "a");
print("prefix", "app" < "apple", "apple" > "app");
print("case", "Z" < "a", "a" < "Z", "A" < "a");
print("digits", "10" < "9", "10" < "2", "100" > "99");
print("empty", "" < "a", "" < "", "" <= "");
print("space", " " < "a", " a" < "a");
print("unicode", "\u00e9" > "e", "\u00e9" > "z", "\uffff" > "\ud83d\ude00");
print("surrogate ordering", "\ud83d\ude00" < "\ue000");
print("equality", "abc" === "a" + "bc", "abc" == new String("abc"));
var words = ["pear", "Apple", "apple", "banana", "Banana", "10", "9", "", " "];
words.sort();
print("sort", words.join("|"));
var sorted = true;
for (var i = 1; i < words.length; i++) if (words[i - 1] > words[i]) sorted = false;
print("pairwise ordered", sorted);
function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
print("cmp", cmp("a", "b"), cmp("b", "a"), cmp("x", "x"));
var long1 = "", long2 = "";
for (var j = 0; j < 500; j++) { long1 += "m"; long2 += "m"; }
print("long equal", long1 === long2, long1 < long2, long1 <= long2);
print("long differ at end", (long1 + "a") < (long2 + "b"), (long1 + "b") < (long2 + "a"));
print("compare with number strings", "1e3" < "2", "0x10" < "1");
print("localeCompare equal", "abc".localeCompare("abc"));
print("mixed compare converts", "5" < 10, "5" < "10", 5 < "10");
var names = ["delta", "Alpha", "charlie", "bravo"];
print("case-insensitive sort", names.slice().sort(function (a, b) { return cmp(a.toLowerCase(), b.toLowerCase()); }).join(","));
