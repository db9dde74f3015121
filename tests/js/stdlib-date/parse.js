// Date.parse on ISO forms and on what toString/toUTCString/toISOString produce.

var iso = [
  "2020", "2020-02", "2020-02-29", "2020-02-29T12:34", "2020-02-29T12:34:56", "2020-02-29T12:34:56.7",
  "2020-02-29T12:34:56.78", "2020-02-29T12:34:56.789", "2020-02-29T12:34:56.789Z",
  "2020-02-29T12:34:56.789+01:00", "2020-02-29T12:34:56.789-05:30", "2020-02-29T12:34Z",
  "2020-02-29T24:00", "2020-02-29T24:00:00.000Z", "2020-02-29T24:00:01", "2020-02-30",
  "2019-02-29", "2020-13-01", "2020-00-01", "2020-01-00", "2020-01-32", "2020-1-1",
  "+002020-02-29T00:00:00Z", "-000001-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z",
  "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00.000Z", "-271821-04-19T23:59:59.999Z",
  "0000-01-01T00:00:00Z", "-000000-01-01T00:00:00Z", "1970-01-01T00:00:00.000Z",
  "1970-01-01T00:00:00.0000001Z", "2020-02-29T12:34:56,789Z", "2020-02-29 12:34:56Z",
  "2020-02-29t12:34:56z", "2020-02-29T12:60", "2020-02-29T12:34:60", "2020-02-29T25:00",
  " 2020-02-29", "2020-02-29 ", "20200229", "2020/02/29", "2020-02-29T12", "T12:00",
];
for (var i = 0; i < iso.length; i++) print(JSON_like(iso[i]), Date.parse(iso[i]));

function JSON_like(s) { return '"' + s + '"'; }

var other = [
  "Thu, 01 Jan 1970 00:00:00 GMT", "Sat, 29 Feb 2020 12:34:56 GMT", "29 Feb 2020 12:34:56 GMT",
  "Feb 29 2020", "Feb 29, 2020", "February 29, 2020 12:34:56", "29 February 2020",
  "Sat Feb 29 2020 12:34:56 GMT+0000 (Coordinated Universal Time)", "Sat Feb 29 2020 12:34:56 GMT+0100",
  "Sat Feb 29 2020 12:34:56 GMT-0530", "Sat Feb 29 2020", "2/29/2020", "2/29/2020 1:02:03 PM",
  "2/29/2020, 1:02:03 PM", "12/31/1999 23:59:59", "1/1/70", "1/1/50", "1/1/49", "Jan 1 0",
  "Jan 1 -1", "Jan 1 10000", "Mon, 01 Jan -0001 00:00:00 GMT", "12:00", "Jan", "2020 Feb 29",
  "Tue Nov 22 2026", "Nov 22 2026 14:03 UTC", "Nov 22 2026 14:03 Z", "Nov 22 2026 14:03 EST",
  "Nov 22 2026 14:03 PDT", "hello", "", "   ", "0", "1", "12", "99", "100", "1000", "2020.5",
];
for (var i = 0; i < other.length; i++) print(JSON_like(other[i]), Date.parse(other[i]));

// round trips through the string forms
var times = [0, -1, 1, 951827696789, 1582979696789, -62198755200000, -62167219200000, -62135596800000,
             253402300799999, 253402300800000, 8.64e15, -8.64e15, 1e12, -1e12, 123456789, -123456789012];
for (var i = 0; i < times.length; i++) {
  var d = new Date(times[i]);
  var s1 = d.toString(), s2 = d.toUTCString(), s3 = d.toISOString();
  print(times[i], Date.parse(s1), Date.parse(s2), Date.parse(s3), Date.parse(d.toGMTString()),
        Date.parse(s3) === times[i], new Date(s3).getTime() === times[i]);
}

// Date.parse converts its argument with ToString
print("parse number", Date.parse(2020), Date.parse(0));
print("parse undefined", Date.parse(), Date.parse(undefined), Date.parse(null));
print("parse object", Date.parse({ toString: function () { return "2000-01-01"; } }));
print("parse Date", Date.parse(new Date(86400000)));
print("parse non-ASCII", Date.parse("2020-02-29\u00e9"), Date.parse("2020-02-29T00:00Z\u2028"));
print("parse new Date equal", new Date("2020-02-29T12:34:56.789Z").getTime() === Date.parse("2020-02-29T12:34:56.789Z"));
