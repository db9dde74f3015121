// A regexp literal evaluated in a loop: each evaluation makes a new RegExp
// object, but the pattern should be compiled once per literal site.
var s = "hello world", t = "the quick brown fox";
var n = 0, m = 0;
for (var i = 0; i < 100000; i++) {
  if (/wor(l)d/.test(s)) n++;
  if (/QUICK\s+\w+/i.test(t)) m++;
}
print(n, m);
