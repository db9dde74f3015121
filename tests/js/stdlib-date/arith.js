// Month-end and leap-year arithmetic through the setters; setters return the
// new time value.

function iso(d) { return isNaN(d.getTime()) ? "Invalid Date" : d.toISOString(); }

var d = new Date(2020, 2, 15);
print("setDate(0)", d.setDate(0), iso(d));
print("setDate(0) again", d.setDate(0), iso(d));
print("setDate(-1)", d.setDate(-1), iso(d));
print("setDate(32)", d.setDate(32), iso(d));
print("setDate(366)", d.setDate(366), iso(d));
print("setDate(-365)", d.setDate(-365), iso(d));

d = new Date(2020, 0, 31);
print("Jan31 setMonth(1)", d.setMonth(1), iso(d));
d = new Date(2019, 0, 31);
print("Jan31 2019 setMonth(1)", d.setMonth(1), iso(d));
d = new Date(2020, 5, 15);
print("setMonth(13)", d.setMonth(13), iso(d));
print("setMonth(-1)", d.setMonth(-1), iso(d));
print("setMonth(-13)", d.setMonth(-13), iso(d));
print("setMonth(24, 0)", d.setMonth(24, 0), iso(d));
print("setMonth(1, 29)", d.setMonth(1, 29), iso(d));

// Feb 29 across years
d = new Date(2020, 1, 29);
print("Feb29 setFullYear(2021)", d.setFullYear(2021), iso(d));
d = new Date(2020, 1, 29);
print("Feb29 setFullYear(2024)", d.setFullYear(2024), iso(d));
d = new Date(2020, 1, 29);
print("Feb29 setFullYear(2100)", d.setFullYear(2100), iso(d));
d = new Date(2020, 1, 29);
print("Feb29 setFullYear(2000)", d.setFullYear(2000), iso(d));
d = new Date(2020, 1, 29);
print("Feb29 setFullYear(1900)", d.setFullYear(1900), iso(d));
d = new Date(2020, 1, 29);
print("Feb29 setUTCFullYear(2023, 1)", d.setUTCFullYear(2023, 1), iso(d));
d = new Date(2020, 1, 29);
print("setFullYear(2021, 1, 29)", d.setFullYear(2021, 1, 29), iso(d));

// days in every month for a few years, via day 0 of the next month
var years = [1600, 1700, 1900, 1999, 2000, 2001, 2004, 2100, 2400, -4, -100, 0];
for (var i = 0; i < years.length; i++) {
  var line = [];
  for (var m = 0; m < 12; m++) {
    var x = new Date(2000, 0, 1);
    x.setFullYear(years[i], m + 1, 0);
    line.push(x.getDate());
  }
  print("days", years[i], line.join(","));
}

// leap years by Date.UTC difference
var leaps = [];
for (var y = 1896; y <= 2104; y += 4) {
  if (Date.UTC(y, 2, 1) - Date.UTC(y, 1, 1) == 29 * 86400000) leaps.push(y);
}
print("leaps", leaps.join(" "));

// time setters with carries
d = new Date(Date.UTC(2020, 11, 31, 23, 59, 59, 999));
print("setUTCMilliseconds(1000)", d.setUTCMilliseconds(1000), iso(d));
print("setUTCSeconds(-1)", d.setUTCSeconds(-1), iso(d));
print("setUTCMinutes(60, 60, 1000)", d.setUTCMinutes(60, 60, 1000), iso(d));
print("setUTCHours(-25)", d.setUTCHours(-25), iso(d));
print("setUTCHours(1, 2, 3, 4)", d.setUTCHours(1, 2, 3, 4), iso(d));
print("setHours(48)", d.setHours(48), iso(d));
print("setMinutes(1440)", d.setMinutes(1440), iso(d));
print("setSeconds(86400)", d.setSeconds(86400), iso(d));
print("setMilliseconds(-1)", d.setMilliseconds(-1), iso(d));
print("setMilliseconds(1.9)", d.setMilliseconds(1.9), iso(d));
print("setMilliseconds(-1.9)", d.setMilliseconds(-1.9), iso(d));
print("setSeconds(1, 500)", d.setSeconds(1, 500), iso(d));
print("setMinutes(1, 2)", d.setMinutes(1, 2), iso(d));
print("setHours(1, 2, 3)", d.setHours(1, 2, 3), iso(d));
print("setUTCDate(15)", d.setUTCDate(15), iso(d));
print("setUTCMonth(6, 4)", d.setUTCMonth(6, 4), iso(d));
print("setTime(0)", d.setTime(0), iso(d));
print("setTime('86400000')", d.setTime("86400000"), iso(d));
print("setTime(1.5)", d.setTime(1.5), iso(d));
print("setTime(-1.5)", d.setTime(-1.5), iso(d));
print("setTime(-0)", 1 / d.setTime(-0), iso(d));
print("setTime(8.64e15)", d.setTime(8.64e15), iso(d));
print("setTime(8.64e15+1)", d.setTime(8.64e15 + 1), iso(d));
print("setTime()", d.setTime(), iso(d));

// setters producing out-of-range values
d = new Date(8.64e15);
print("max setMilliseconds(1)", d.setUTCMilliseconds(1), iso(d));
d = new Date(-8.64e15);
print("min setUTCHours(-1)", d.setUTCHours(-1), iso(d));
d = new Date(0);
print("setFullYear(275760, 8, 13)", d.setFullYear(275760, 8, 13), iso(d));
print("setFullYear(275760, 8, 14)", d.setFullYear(275760, 8, 14), iso(d));
d = new Date(0);
print("setUTCFullYear(1e6)", d.setUTCFullYear(1e6), iso(d));
print("setUTCFullYear(-1e7)", d.setUTCFullYear(-1e7), iso(d));

// getters over a walk through a year, one step of 1 day + 1 h + 1 min + 1 s + 1 ms
var t = Date.UTC(1999, 11, 25);
var step = 86400000 + 3600000 + 60000 + 1000 + 1;
for (var k = 0; k < 40; k++) {
  var g = new Date(t + k * step * 9);
  print(g.getFullYear(), g.getMonth(), g.getDate(), g.getDay(), g.getHours(), g.getMinutes(),
        g.getSeconds(), g.getMilliseconds(), g.getUTCFullYear(), g.getUTCMonth(), g.getUTCDate(),
        g.getUTCDay(), g.getUTCHours(), g.getUTCMinutes(), g.getUTCSeconds(), g.getUTCMilliseconds(),
        g.getTimezoneOffset(), g.getYear());
}

// weekday of many dates
var wd = [];
for (var y2 = 1965; y2 <= 2035; y2 += 7) wd.push(new Date(y2, 0, 1).getDay());
print("Jan 1 weekdays", wd.join(""));
