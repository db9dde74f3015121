// Flags set on some paths of a loop and read after it: loop-carried slots in a
// peeled trace, with exits before and after the writes.
function isLowerCode(c) { return c >= 97 && c <= 122; }
function isUpperCode(c) { return c >= 65 && c <= 90; }
function pm(p) {
  var lower = false, up = false, other = false;
  for (var i = 0; i < p.length; i++) {
    var c = p.charCodeAt(i);
    if (isLowerCode(c)) lower = true;
    else if (isUpperCode(c)) up = true;
    else other = true;
  }
  return [lower, up, other].join();
}
var out = [];
var ws = ["abc", "ABC", "aB1", "zzzzzzzzzzzzzzz", "Q!", "abcdefgH", "12345", "aaaaaaaaaaB"];
for (var k = 0; k < 40; k++) out.push(pm(ws[k % ws.length]));
print(out.join(" | "));
