// controlflow-recursive: deep but bounded recursion (max ~3000 frames) with
// fib, Ackermann and Takeuchi functions, plus mutual recursion (isEven/isOdd)
// and a recursive flood fill. Results are checked against iterative or closed
// forms (ack(2,n) = 2n+3, ack(3,n) = 2^(n+3)-3) and call counts are printed.

var calls = 0;
var maxDepth = 0;
var depth = 0;

function fib(n) {
  calls++;
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

function fibIter(n) {
  var a = 0, b = 1;
  for (var i = 0; i < n; i++) {
    var t = a + b;
    a = b;
    b = t;
  }
  return a;
}

function ack(m, n) {
  calls++;
  depth++;
  if (depth > maxDepth) maxDepth = depth;
  var r;
  if (m == 0) r = n + 1;
  else if (n == 0) r = ack(m - 1, 1);
  else r = ack(m - 1, ack(m, n - 1));
  depth--;
  return r;
}

function tak(x, y, z) {
  calls++;
  if (y >= x) return z;
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

// memoized evaluation of the same recurrence, used as an independent reference
var takMemo = {};
function takRef(x, y, z) {
  if (y >= x) return z;
  var key = x + "," + y + "," + z;
  if (takMemo.hasOwnProperty(key)) return takMemo[key];
  var r = takRef(takRef(x - 1, y, z), takRef(y - 1, z, x), takRef(z - 1, x, y));
  takMemo[key] = r;
  return r;
}

function isEven(n) { return n == 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n == 0 ? false : isEven(n - 1); }

var grid = [];
function fill(r, c, rows, cols) {
  if (r < 0 || c < 0 || r >= rows || c >= cols) return 0;
  if (grid[r][c] != 0) return 0;
  grid[r][c] = 2;
  return 1 + fill(r + 1, c, rows, cols) + fill(r - 1, c, rows, cols) +
             fill(r, c + 1, rows, cols) + fill(r, c - 1, rows, cols);
}

var failures = 0;

calls = 0;
var fibSum = 0;
for (var n = 10; n <= 22; n += 2) {
  var f = fib(n);
  if (f != fibIter(n)) failures++;
  fibSum += f;
}
print("fib sum " + fibSum + " calls " + calls);

calls = 0;
var ackLine = [];
for (n = 1; n <= 7; n++) {
  var a3 = ack(3, n);
  if (a3 != Math.pow(2, n + 3) - 3) failures++;
  var a2 = ack(2, n * 10);
  if (a2 != 2 * n * 10 + 3) failures++;
  ackLine.push(a3);
}
print("ack(3,1..7) " + ackLine.join(" ") + " calls " + calls + " maxDepth " + maxDepth);

calls = 0;
var takLine = [];
for (var x = 6; x <= 18; x += 3) {
  var yv = Math.floor(x * 2 / 3), zv = Math.floor(x / 3);
  var tr = tak(x, yv, zv);
  if (tr != takRef(x, yv, zv)) failures++;
  takLine.push(tr);
}
print("tak " + takLine.join(" ") + " calls " + calls);

var evens = 0;
for (n = 0; n < 3000; n += 37) {
  if (isEven(n) != (n % 2 == 0)) failures++;
  if (isEven(n)) evens++;
}

// fill a 40x40 grid with a wall pattern; the recursion depth stays bounded
var rows = 40, cols = 40, walls = 0;
for (var r = 0; r < rows; r++) {
  grid[r] = [];
  for (var c = 0; c < cols; c++) {
    var wall = (r % 8 == 4 && c % 13 != 6) || (c % 10 == 5 && r % 7 == 2) ||
               ((r == 20 || r == 30) && c >= 20 && c <= 30) || ((c == 20 || c == 30) && r >= 20 && r <= 30);
    grid[r][c] = wall ? 1 : 0;
    if (wall) walls++;
  }
}
var filled = fill(0, 0, rows, cols);
var unreached = 0;
for (r = 0; r < rows; r++) for (c = 0; c < cols; c++) if (grid[r][c] == 0) unreached++;
if (filled + walls + unreached != rows * cols) failures++;
print("evens " + evens + " filled " + filled + " walls " + walls + " unreached " + unreached);
print(failures == 0 ? "PASS" : "FAIL " + failures);
