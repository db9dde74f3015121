// Anchored regexps that fail against a long subject: only the start can match,
// so each call should cost O(1), not O(length).
var s = new Array(50001).join("x");
var re = /^\d+/, alt = /^a|^b/, n = 0;
for (var i = 0; i < 20000; i++) {
  if (re.exec(s)) n++;
  if (re.test(s)) n++;
  if (s.search(re) >= 0) n++;
  if (s.match(alt)) n++;
}
print(n);
