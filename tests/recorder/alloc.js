// Allocation on trace: an object literal and an array literal through no-GC
// helpers, and string concatenation.
function run() {
  var last, arr, s = "";
  for (var i = 0; i < 100; i++) {
    last = { v: i };
    arr = [i, i];
    s = "k" + i;
  }
}
run();
