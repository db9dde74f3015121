// Calls inline: the callee is guarded by code identity, its frame's registers
// are set up, and its return value flows back.
function add(a, b) { return a + b; }
function run() {
  var t = 0;
  for (var i = 0; i < 100; i++) t = add(t, i);
}
run();
