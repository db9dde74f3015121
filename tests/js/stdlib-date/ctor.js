// Date constructor in all its forms, Date called as a function, the
// constructor's own properties and Date.now.

function show(label, d) {
  print(label, d.getTime(), d.toISOString === undefined ? "" : (isNaN(d.getTime()) ? "Invalid Date" : d.toISOString()));
}

print("typeof Date", typeof Date, Date.length, Date.name);
print("Date.prototype.constructor === Date", Date.prototype.constructor === Date);
print("own names", Object.getOwnPropertyNames(Date).join(" "));
print("proto names", Object.getOwnPropertyNames(Date.prototype).join(" "));
print("Object.prototype.toString", Object.prototype.toString.call(new Date(0)));
print("Date.prototype class", Object.prototype.toString.call(Date.prototype));
print("Date.UTC.length", Date.UTC.length, "Date.parse.length", Date.parse.length, "Date.now.length", Date.now.length);
print("instanceof", new Date(0) instanceof Date, Object.getPrototypeOf(new Date(0)) === Date.prototype);

// new Date(value)
show("number 0", new Date(0));
show("number 1e12", new Date(1e12));
show("negative", new Date(-1));
show("fraction", new Date(1.9));
show("neg fraction", new Date(-1.9));
show("-0", new Date(-0));
print("-0 is +0", 1 / new Date(-0).getTime());
show("max", new Date(8.64e15));
show("min", new Date(-8.64e15));
show("max+1", new Date(8.64e15 + 1));
show("min-1", new Date(-8.64e15 - 1));
show("NaN", new Date(NaN));
show("Infinity", new Date(Infinity));
show("undefined", new Date(undefined));
show("null", new Date(null));
show("true", new Date(true));
show("false", new Date(false));
show("string ISO", new Date("2020-02-29T12:34:56.789Z"));
show("string date-only", new Date("2020-02-29"));
show("string local", new Date("2020-02-29T12:00"));
show("string garbage", new Date("garbage"));
show("string number", new Date("12345"));
show("empty string", new Date(""));
show("String object", new Date(new String("2001-09-09T01:46:40Z")));
show("Number object", new Date(new Number(86400000)));
show("valueOf object", new Date({ valueOf: function () { return 42; } }));
show("toString object", new Date({ toString: function () { return "1999-12-31T23:59:59Z"; }, valueOf: undefined }));
show("valueOf string", new Date({ valueOf: function () { return "2000-01-01"; } }));
show("array", new Date([2010]));

// a Date argument copies the time value, including milliseconds
var src = new Date(1234567890123);
var copy = new Date(src);
show("copy", copy);
print("copy is distinct", copy !== src, copy.getTime() === src.getTime());
src.toString = function () { return "bogus"; };
src.valueOf = function () { return 0; };
show("copy ignores overrides", new Date(src));
show("invalid copy", new Date(new Date(NaN)));

// new Date(y, m, ...) in local time (UTC here)
show("y m", new Date(2020, 0));
show("y m d", new Date(2020, 1, 29));
show("y m d h", new Date(2020, 1, 29, 13));
show("y m d h mi", new Date(2020, 1, 29, 13, 14));
show("y m d h mi s", new Date(2020, 1, 29, 13, 14, 15));
show("all seven", new Date(2020, 1, 29, 13, 14, 15, 16));
show("eight args", new Date(2020, 1, 29, 13, 14, 15, 16, 17));
show("fractions", new Date(2020.7, 1.9, 29.9, 13.5, 14.5, 15.5, 16.9));
show("strings", new Date("2020", "1", "29"));
show("month 12", new Date(2020, 12));
show("month -1", new Date(2020, -1));
show("day 0", new Date(2020, 2, 0));
show("day 32", new Date(2020, 0, 32));
show("hours 24", new Date(2020, 0, 1, 24));
show("negative minutes", new Date(2020, 0, 1, 0, -1));
show("ms overflow", new Date(2020, 0, 1, 0, 0, 0, 86400000));
show("undefined month", new Date(2020, undefined));
show("NaN year", new Date(NaN, 0));
show("Infinity day", new Date(2020, 0, Infinity));
show("null args", new Date(null, null));
show("two-digit 0", new Date(0, 0));
show("two-digit 99", new Date(99, 11, 31));
show("two-digit 99.9", new Date(99.9, 0));
show("year 100", new Date(100, 0));
show("year -1", new Date(-1, 0));
show("year -0.5", new Date(-0.5, 0));
show("year 275760 ok", new Date(275760, 8, 13));
show("year 275760 over", new Date(275760, 8, 13, 0, 0, 0, 1));
show("year -271821 ok", new Date(-271821, 3, 20));
show("year -271821 under", new Date(-271821, 3, 19, 23, 59, 59, 999));

// Date() as a function returns a string and ignores its arguments
print("typeof Date()", typeof Date());
print("typeof Date(0)", typeof Date(0));
print("Date(0) is now", Math.abs(Date.parse(Date(0)) - Date.now()) < 2000);
print("Date() parses", !isNaN(Date.parse(Date())));
var called = false;
Date({ valueOf: function () { called = true; return 0; }, toString: function () { called = true; return ""; } });
print("Date() converted its argument", called);
print("Date() is not a Date", Date() instanceof Date);
print("Date(2000, 1) is now", typeof Date(2000, 1), Math.abs(Date.parse(Date(2000, 1)) - Date.now()) < 2000);

// Date.now
print("typeof Date.now()", typeof Date.now());
print("Date.now() integral", Date.now() === Math.floor(Date.now()));
var before = Date.now();
var d = new Date();
var after = Date.now();
print("new Date() between", d.getTime() >= before && d.getTime() <= after);
print("new Date() - Date.now() small", Math.abs(new Date() - Date.now()) < 1000);
print("typeof new Date()", typeof new Date(), typeof new Date().getTime());

// constructor as a value
var D = Date;
show("aliased", new D(5));
print("apply", typeof Date.apply(null, [2000, 1]));
print("call", typeof Date.call(null, 2000, 1));
