// String.prototype.replace with a global regexp: string replacement, `$`
// patterns and a function replacement.
var s = "hello world, foo bar baz. Some more words go here.";
var r1, r2, r3, len = 0;
for (var i = 0; i < 100000; i++) {
  r1 = s.replace(/o/g, "0");
  len += r1.length;
}
for (var j = 0; j < 30000; j++) {
  r2 = s.replace(/(\w+) (\w+)/g, "$2 $1");
  r3 = s.replace(/[aeiou]/g, function (c) { return c.toUpperCase(); });
  len += r2.length + r3.length;
}
print(r1, r2, r3, len);
