// Builtins the recorder knows: Math functions inline or through pure helpers,
// and charCodeAt of a string.
function run() {
  var str = "hello world", t = 0, m = 0;
  for (var i = 0; i < 100; i++) {
    t = t + str.charCodeAt(i % 11);
    m = Math.floor(Math.sqrt(i)) + Math.max(i, 7);
  }
}
run();
