// Prelude that makes node behave like the `tarsier` shell for golden generation:
// `print(a, b, ...)` writes String(a) + " " + String(b) ... + "\n" to stdout.
globalThis.print = function () {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
  process.stdout.write(parts.join(" ") + "\n");
};
