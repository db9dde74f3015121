// Argument coercion order of the constructor, Date.UTC, Date.parse and the
// setters on valid dates (objects whose valueOf/toString log their calls).

var log = [];
function num(name, v) {
  return { valueOf: function () { log.push(name); return v; }, toString: function () { log.push(name + ".toString"); return "x"; } };
}
function str(name, s) {
  return { toString: function () { log.push(name); return s; } };
}
function run(label, f) {
  log = [];
  var r;
  try { r = f(); } catch (e) { r = "threw " + e; }
  if (r instanceof Date) r = r.getTime();
  print(label, r, "[" + log.join(",") + "]");
}

run("new Date(7 args)", function () {
  return new Date(num("y", 2000), num("m", 1), num("d", 2), num("h", 3), num("mi", 4), num("s", 5), num("ms", 6));
});
run("new Date(8 args)", function () {
  return new Date(num("y", 2000), num("m", 1), num("d", 2), num("h", 3), num("mi", 4), num("s", 5), num("ms", 6), num("extra", 7));
});
run("new Date(NaN year, ...)", function () { return new Date(num("y", NaN), num("m", 1), num("d", 2)); });
run("new Date(one object)", function () { return new Date(num("v", 1000)); });
run("new Date(string object)", function () { return new Date(str("s", "2000-01-01T00:00:00Z")); });
run("Date.UTC(7 args)", function () {
  return Date.UTC(num("y", 2000), num("m", 1), num("d", 2), num("h", 3), num("mi", 4), num("s", 5), num("ms", 6));
});
run("Date.UTC(2 args)", function () { return Date.UTC(num("y", 2000), num("m", 1)); });
run("Date.parse", function () { return Date.parse(str("p", "2000-01-01T00:00:00Z")); });
run("Date()", function () { return typeof Date(num("a", 1), num("b", 2)); });

var base = Date.UTC(2001, 2, 3, 4, 5, 6, 7);
function setter(name, n) {
  var args = [];
  for (var i = 0; i < n; i++) args.push(num("a" + i, i + 1));
  run(name + "(" + n + ")", function () { var d = new Date(base); return [d[name].apply(d, args), d.toISOString()].join(" "); });
}
var names = ["setMilliseconds", "setUTCMilliseconds", "setSeconds", "setUTCSeconds", "setMinutes",
             "setUTCMinutes", "setHours", "setUTCHours", "setDate", "setUTCDate", "setMonth",
             "setUTCMonth", "setFullYear", "setUTCFullYear", "setYear", "setTime"];
for (var i = 0; i < names.length; i++) {
  for (var n = 0; n <= 5; n++) setter(names[i], n);
}

// an exception in a later argument stops the conversion and leaves the date unchanged
var d = new Date(base);
run("throwing second arg", function () {
  return d.setHours(num("h", 1), { valueOf: function () { log.push("boom"); throw new Error("stop"); } }, num("s", 2));
});
print("unchanged", d.getTime() === base);
// conversions that throw in the constructor
run("ctor throws", function () {
  return new Date(num("y", 2000), { valueOf: function () { throw new TypeError("no month"); } }, num("d", 1));
});
// valueOf returning an object falls back to toString
run("valueOf object", function () {
  return new Date(2000, { valueOf: function () { log.push("valueOf"); return {}; }, toString: function () { log.push("toString"); return "5"; } });
});
