// golden: manual
// The set* methods in the specification's order: the time value is read
// first, then ToNumber is applied to every argument passed (up to the
// method's field count), left to right, even when the date is invalid.
// (node/V8 differs here: for an invalid date it converts only the first
// argument, and it reads the time value after converting that argument;
// hence the hand-written golden.)

var log = [];
function num(name, v) {
  return { valueOf: function () { log.push(name); return v; } };
}
var names = ["setMilliseconds", "setUTCMilliseconds", "setSeconds", "setUTCSeconds", "setMinutes",
             "setUTCMinutes", "setHours", "setUTCHours", "setDate", "setUTCDate", "setMonth",
             "setUTCMonth", "setFullYear", "setUTCFullYear"];
for (var i = 0; i < names.length; i++) {
  log = [];
  var d = new Date(NaN);
  var r = d[names[i]](num("a", 1), num("b", 2), num("c", 3), num("d", 4), num("e", 5));
  print(names[i], r, log.join(","));
}

// the time value is read before the first argument is converted
var d = new Date(0);
var r = d.setMinutes({ valueOf: function () { d.setTime(3 * 86400000); return 5; } });
print("setMinutes reads first", r, d.toISOString());
d = new Date(NaN);
r = d.setDate({ valueOf: function () { d.setTime(0); return 5; } });
print("setDate on invalid reads first", r, String(r === r));
d = new Date(0);
r = d.setUTCHours(1, { valueOf: function () { d.setTime(86400000); return 30; } });
print("setUTCHours reads first", r, d.toISOString());
d = new Date(0);
r = d.setYear({ valueOf: function () { d.setTime(86400000 * 40); return 2000; } });
print("setYear reads first", r, d.toISOString());
