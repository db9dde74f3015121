// Dense elements: class and bounds guards, a load from the element array, a
// store that checks for a hole.
function run() {
  var a = [1, 2, 3, 4, 5, 6, 7, 8];
  var t = 0;
  for (var i = 0; i < 100; i++) {
    t = t + a[i & 7];
    a[i & 7] = i;
  }
}
run();
