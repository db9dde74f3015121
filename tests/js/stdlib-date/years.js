// Negative years, years 0..99, Annex B getYear/setYear, Date.UTC edge cases.

function iso(d) { return isNaN(d.getTime()) ? "Invalid Date" : d.toISOString(); }
function all(d) {
  return [d.getTime(), iso(d), d.toString(), d.toUTCString(), d.toDateString(), d.getFullYear(),
          d.getUTCFullYear(), d.getYear(), d.toLocaleDateString()].join(" | ");
}

// years 0..99 in the constructor map to 1900..1999; setFullYear does not
for (var y = 0; y < 100; y += 11) print("ctor", y, all(new Date(y, 5, 15)));
for (var y = 0; y < 100; y += 11) {
  var d = new Date(2000, 5, 15);
  d.setFullYear(y);
  print("setFullYear", y, all(d));
}
for (var y = 0; y < 100; y += 33) {
  var d = new Date(2000, 5, 15);
  d.setUTCFullYear(y);
  print("setUTCFullYear", y, all(d));
}

// negative and far years
var ys = [-1, -2, -4, -99, -100, -101, -400, -1000, -9999, -10000, -10001, -100000, -271821,
          100, 999, 1000, 9999, 10000, 10001, 99999, 100000, 275760];
for (var i = 0; i < ys.length; i++) {
  var d = new Date(0);
  d.setUTCFullYear(ys[i], 3, 19);
  print("year", ys[i], all(d));
}

// the range boundaries
print("max", all(new Date(8.64e15)));
print("min", all(new Date(-8.64e15)));
print("max-1", all(new Date(8.64e15 - 1)));
print("min+1", all(new Date(-8.64e15 + 1)));
print("before epoch", all(new Date(-1)));
print("year 0 start", all(new Date(Date.UTC(0, 0, 1) - 1900 * 0)));

// Annex B getYear / setYear
var d = new Date(2000, 0, 1);
print("getYear", d.getYear());
print("setYear(99)", d.setYear(99), iso(d), d.getYear());
print("setYear(0)", d.setYear(0), iso(d), d.getYear());
print("setYear(100)", d.setYear(100), iso(d), d.getYear());
print("setYear(-1)", d.setYear(-1), iso(d), d.getYear());
print("setYear(99.9)", d.setYear(99.9), iso(d), d.getYear());
print("setYear(-0.5)", d.setYear(-0.5), iso(d), d.getYear());
print("setYear('2024')", d.setYear("2024"), iso(d), d.getYear());
print("setYear(NaN)", d.setYear(NaN), iso(d), d.getYear());
print("setYear on invalid", d.setYear(2001), iso(d), d.getYear());
d = new Date(NaN);
print("setYear(50) on invalid", d.setYear(50), iso(d));
d = new Date(Date.UTC(2012, 1, 29, 10, 20, 30, 400));
print("setYear(2013) keeps time", d.setYear(2013), iso(d));
print("setYear()", d.setYear(), iso(d));
print("setYear.length", Date.prototype.setYear.length, "getYear.length", Date.prototype.getYear.length);

// Date.UTC
print("UTC()", Date.UTC());
print("UTC(2000)", Date.UTC(2000));
print("UTC(2000, 0)", Date.UTC(2000, 0));
print("UTC(99)", Date.UTC(99));
print("UTC(99, 11, 31, 23, 59, 59, 999)", Date.UTC(99, 11, 31, 23, 59, 59, 999));
print("UTC(0, 0, 1)", Date.UTC(0, 0, 1));
print("UTC(-0.9)", Date.UTC(-0.9));
print("UTC(99.9)", Date.UTC(99.9));
print("UTC(100)", Date.UTC(100));
print("UTC(-1)", Date.UTC(-1));
print("UTC(1970, 0, 1, 0, 0, 0, -1)", Date.UTC(1970, 0, 1, 0, 0, 0, -1));
print("UTC(1970, 0, 1, 0, 0, 0, 0.9)", Date.UTC(1970, 0, 1, 0, 0, 0, 0.9));
print("UTC(1970, 0, 1, 0, 0, 0, -0.9)", 1 / Date.UTC(1970, 0, 1, 0, 0, 0, -0.9));
print("UTC(2000, 12)", Date.UTC(2000, 12));
print("UTC(2000, -1)", Date.UTC(2000, -1));
print("UTC(2000, 1, 30)", Date.UTC(2000, 1, 30));
print("UTC(2000, 0, 0)", Date.UTC(2000, 0, 0));
print("UTC(2000, 0, 1, 24)", Date.UTC(2000, 0, 1, 24));
print("UTC(NaN)", Date.UTC(NaN));
print("UTC(2000, NaN)", Date.UTC(2000, NaN));
print("UTC(2000, 0, undefined)", Date.UTC(2000, 0, undefined));
print("UTC(2000, 0, 1, Infinity)", Date.UTC(2000, 0, 1, Infinity));
print("UTC(275760, 8, 13)", Date.UTC(275760, 8, 13));
print("UTC(275760, 8, 13, 0, 0, 0, 1)", Date.UTC(275760, 8, 13, 0, 0, 0, 1));
print("UTC(-271821, 3, 20)", Date.UTC(-271821, 3, 20));
print("UTC(-271821, 3, 19)", Date.UTC(-271821, 3, 19));
print("UTC(1e6)", Date.UTC(1e6));
print("UTC(1970, 1e8)", Date.UTC(1970, 1e8));
print("UTC(1970, 0, 1e8)", Date.UTC(1970, 0, 1e8));
print("UTC(1970, 0, -1e8 + 1)", Date.UTC(1970, 0, -1e8 + 1));
print("UTC(1970, 0, 1, 0, 0, 0, 8.64e15)", Date.UTC(1970, 0, 1, 0, 0, 0, 8.64e15));
print("UTC strings", Date.UTC("2000", "1", "29", "12"));
print("UTC null", Date.UTC(null, null));
print("UTC true", Date.UTC(true, true));
print("UTC eight args", Date.UTC(2000, 0, 1, 0, 0, 0, 0, 5));
print("UTC equals ctor in UTC", Date.UTC(2001, 2, 3, 4, 5, 6, 7) === new Date(2001, 2, 3, 4, 5, 6, 7).getTime());
