// Local-time behaviour of Date under a fixed non-UTC zone. Run by
// tests/tests/date_tz.rs with hosts at UTC+01:00 and UTC-05:00; the goldens
// come from node with TZ=Etc/GMT-1 and TZ=Etc/GMT+5 (see that file).

function iso(d) { return isNaN(d.getTime()) ? "Invalid Date" : d.toISOString(); }
function fields(d) {
  return [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(),
          d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear()].join(",");
}

var ts = [0, -1, 3600000 - 1, 18000000, 951782400000, 1582934400000, 8.64e15, -8.64e15, -62198755200000];
for (var i = 0; i < ts.length; i++) {
  var d = new Date(ts[i]);
  print(ts[i], fields(d), d.toString(), d.toDateString(), d.toTimeString(), d.toLocaleString());
}

print("ctor", iso(new Date(2020, 1, 29)), iso(new Date(2020, 1, 29, 23, 30)), iso(new Date(99, 0)));
print("ctor range", iso(new Date(275760, 8, 13)), iso(new Date(275760, 8, 12, 23)), iso(new Date(-271821, 3, 20)),
      iso(new Date(-271821, 3, 20, 1)));
print("parse local", Date.parse("2020-02-29T12:00"), Date.parse("2020-02-29"), Date.parse("Feb 29 2020 12:00"),
      Date.parse("2/29/2020"), Date.parse("2020-02-29T12:00Z"));
print("round trip", Date.parse(new Date(1582979696000).toString()) === 1582979696000);

var d = new Date(2020, 0, 31, 23, 30);
print("setMonth", d.setMonth(1), iso(d), fields(d));
print("setDate(0)", d.setDate(0), iso(d), fields(d));
print("setHours(24)", d.setHours(24), iso(d), fields(d));
print("setUTCHours(23)", d.setUTCHours(23), iso(d), fields(d));
print("setMinutes(-1)", d.setMinutes(-1), iso(d), fields(d));
print("setFullYear", d.setFullYear(2021, 1, 29), iso(d), fields(d));
print("setYear", d.setYear(95), iso(d), fields(d));
var inv = new Date(NaN);
print("setFullYear invalid", inv.setFullYear(2000), iso(inv));
inv = new Date(NaN);
print("setUTCFullYear invalid", inv.setUTCFullYear(2000), iso(inv));
inv = new Date(NaN);
print("setYear invalid", inv.setYear(2000), iso(inv));
