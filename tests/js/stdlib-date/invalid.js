// Invalid dates in every method.

var d = new Date(NaN);
var names = Object.getOwnPropertyNames(Date.prototype).sort();
for (var i = 0; i < names.length; i++) {
  var n = names[i];
  if (n === "constructor") continue;
  var x = new Date(NaN);
  var r;
  try {
    r = x[n]();
    r = typeof r + " " + String(r);
  } catch (e) {
    r = "threw " + e.name + ": " + e.message;
  }
  print(n, "->", r, "| now", x.getTime());
}

// setters with arguments on an invalid date stay invalid, except the full-year ones
var setters = ["setMilliseconds", "setUTCMilliseconds", "setSeconds", "setUTCSeconds", "setMinutes",
               "setUTCMinutes", "setHours", "setUTCHours", "setDate", "setUTCDate", "setMonth",
               "setUTCMonth", "setFullYear", "setUTCFullYear", "setYear", "setTime"];
for (var i = 0; i < setters.length; i++) {
  var x = new Date(NaN);
  var r1 = x[setters[i]](1);
  var x2 = new Date(NaN);
  var r2 = x2[setters[i]](2000, 1, 2, 3);
  print(setters[i], r1, r2, String(x), String(x2));
}
var x = new Date(NaN);
print("setFullYear on invalid", x.setFullYear(2000), x.toISOString());
x = new Date(NaN);
print("setFullYear(y, m, d) on invalid", x.setFullYear(2000, 5, 6), x.toISOString());
x = new Date(NaN);
print("setUTCFullYear on invalid", x.setUTCFullYear(-5), x.toISOString());

// making a valid date invalid
var v = new Date(0);
print("setMonth(NaN)", v.setMonth(NaN), v.getMonth(), String(v));
v = new Date(0);
print("setHours(1, NaN)", v.setHours(1, NaN), String(v));
v = new Date(0);
print("setMinutes(1, undefined)", v.setMinutes(1, undefined), String(v));
v = new Date(0);
print("setMinutes(1)", v.setMinutes(1), String(v));
v = new Date(0);
print("setSeconds()", v.setSeconds(), String(v));
v = new Date(0);
print("setDate(Infinity)", v.setDate(Infinity), String(v));
v = new Date(0);
print("setFullYear(2000, undefined)", v.setFullYear(2000, undefined), String(v));
v = new Date(0);
print("setUTCFullYear('x')", v.setUTCFullYear("x"), String(v));

// invalid dates in conversions and operators
var inv = new Date(NaN);
print("String", String(inv), "concat", "" + inv, "number", +inv, "valueOf", inv.valueOf());
print("compare", inv < new Date(0), inv > new Date(0), inv == inv, inv.getTime() === inv.getTime());
print("isNaN", isNaN(inv), isNaN(new Date("nope")), isNaN(new Date(2020, NaN)));
try { inv.toISOString(); } catch (e) { print("toISOString", e instanceof RangeError, e.name, e.message); }
print("toJSON", inv.toJSON());
print("toUTCString", inv.toUTCString(), "toGMTString", inv.toGMTString());
print("locale", inv.toLocaleString(), inv.toLocaleDateString(), inv.toLocaleTimeString());
print("getTimezoneOffset", inv.getTimezoneOffset(), "getYear", inv.getYear(), "getDay", inv.getUTCDay());
