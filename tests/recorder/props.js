// Property access: a shape guard on the receiver, a slot load, a slot store.
function run() {
  var o = { x: 1, y: 2 };
  var t = 0;
  for (var i = 0; i < 100; i++) {
    t = t + o.x;
    o.y = i;
  }
}
run();
