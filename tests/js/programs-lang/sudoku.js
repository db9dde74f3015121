// Backtracking sudoku solver (9x9) with constraint checks, plus a 4x4 puzzle count.
function parseGrid(s) { var g = []; for (var i = 0; i < 81; i++) { var c = s.charAt(i); g.push(c === "." ? 0 : c.charCodeAt(0) - 48); } return g; }
function canPlace(g, pos, v) {
  var r = (pos / 9) | 0, c = pos % 9;
  for (var i = 0; i < 9; i++) { if (g[r * 9 + i] === v || g[i * 9 + c] === v) return false; }
  var br = r - r % 3, bc = c - c % 3;
  for (var dr = 0; dr < 3; dr++) for (var dc = 0; dc < 3; dc++) if (g[(br + dr) * 9 + bc + dc] === v) return false;
  return true;
}
var nodes = 0;
function solve(g) {
  var best = -1, bestCount = 10;
  for (var p = 0; p < 81; p++) {
    if (g[p] !== 0) continue;
    var cnt = 0;
    for (var v = 1; v <= 9; v++) if (canPlace(g, p, v)) cnt++;
    if (cnt < bestCount) { bestCount = cnt; best = p; if (cnt === 0) return false; }
  }
  if (best === -1) return true;
  for (var val = 1; val <= 9; val++) {
    if (!canPlace(g, best, val)) continue;
    nodes++;
    g[best] = val;
    if (solve(g)) return true;
    g[best] = 0;
  }
  return false;
}
function render(g) { var rows = []; for (var r = 0; r < 9; r++) rows.push(g.slice(r * 9, r * 9 + 9).join("")); return rows; }
function valid(g) {
  for (var i = 0; i < 81; i++) { var v = g[i]; g[i] = 0; var ok = canPlace(g, i, v); g[i] = v; if (!ok) return false; }
  return true;
}
var puzzles = [
  "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
  "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
  "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3.."
];
for (var k = 0; k < puzzles.length; k++) {
  var g = parseGrid(puzzles[k]);
  nodes = 0;
  var solved = solve(g);
  var rows = render(g);
  print("puzzle", k, "solved", solved, "valid", valid(g), "nodes>0", nodes > 0);
  for (var r = 0; r < 9; r++) print("  " + rows[r]);
}
var impossible = parseGrid("12345678.........9" + "..............................................................." );
print("impossible (cell with no candidates)", solve(impossible));
function count4(g, pos) {
  if (pos === 16) return 1;
  if (g[pos]) return count4(g, pos + 1);
  var total = 0;
  for (var v = 1; v <= 4; v++) {
    var r = pos >> 2, c = pos & 3, ok = true;
    for (var i = 0; i < 4 && ok; i++) if (g[r * 4 + i] === v || g[i * 4 + c] === v) ok = false;
    var br = r - r % 2, bc = c - c % 2;
    for (var dr = 0; dr < 2 && ok; dr++) for (var dc = 0; dc < 2 && ok; dc++) if (g[(br + dr) * 4 + bc + dc] === v) ok = false;
    if (ok) { g[pos] = v; total += count4(g, pos + 1); g[pos] = 0; }
  }
  return total;
}
var empty4 = [];
for (var e = 0; e < 16; e++) empty4.push(0);
print("number of 4x4 sudoku grids", count4(empty4, 0));
