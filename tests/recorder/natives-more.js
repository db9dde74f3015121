// Every kind of builtin the recorder knows (`jit/natives.rs`): Math through LIR
// ops and helpers, pow and atan2, strings by character, push and pop, and a
// pure builtin called as it is.
function run() {
  var a = [], s = "", n = 0, d = 0.5;
  for (var i = 0; i < 100; i++) {
    d = Math.abs(d - 1.25) + Math.sin(d) + Math.atan2(d, 2) + Math.pow(i, 2);
    s = String.fromCharCode(97 + i % 26) + "xyz".charAt(i % 3);
    a.push(i);
    a.push(i, d);
    n = n + a.pop() + s.indexOf("y");
  }
}
run();
