// Calls of different closures of one function inline by code; closures made
// inside traced loops capture the right environment.
function allMatch(s, pred) { for (var i = 0; i < s.length; i++) if (!pred(s.charCodeAt(i))) return false; return true; }
var n = 0;
for (var k = 0; k < 3000; k++) {
  var lim = 97 + (k % 26);
  if (allMatch("abcdefgh", function (c) { return c <= lim; })) n++;
}
function counter() { var c = 0; return function () { return ++c; }; }
var fs = [counter(), counter(), counter()];
var t = 0;
for (var j = 0; j < 300; j++) t += fs[j % 3]();
print(n, t);
