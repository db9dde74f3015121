// exec reads and converts lastIndex even without the global flag (and leaves it
// unchanged); RegExp(re) returns re only if re.constructor is RegExp.
// (test262 built-ins/RegExp/prototype/exec/{failure,success}-lastindex-access,
// built-ins/RegExp/call_with_regexp_not_same_constructor)

var gets = 0;
var counter = { valueOf: function () { gets++; return 0; } };
var r = /a/;
r.lastIndex = counter;
print(r.exec("nbc"), r.lastIndex === counter, gets);
print(r.exec("abc")[0], r.lastIndex === counter, gets);
print(r.test("xa"), gets);
print("xa".match(r)[0], "xa".replace(r, "b"), gets);
r.lastIndex = 5;
print(r.exec("aaa").index, r.lastIndex);
var g = /a/g;
g.lastIndex = { valueOf: function () { gets++; return 1; } };
print(g.exec("aaa").index, g.lastIndex, gets);

var re = /(?:)/;
print(RegExp(re) === re, new RegExp(re) === re);
re.constructor = null;
print(RegExp(re) === re, String(RegExp(re)));
re.constructor = RegExp;
print(RegExp(re) === re);
var other = /x/gi;
Object.defineProperty(other, "constructor", { get: function () { print("constructor read"); return RegExp; } });
print(RegExp(other) === other, RegExp(other, "g") === other);
