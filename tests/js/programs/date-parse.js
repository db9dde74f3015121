// date-parse: round-trips fixed timestamps through toISOString, toUTCString and
// toString with Date.parse, rebuilds them with Date.UTC / the local constructor
// and a hand-written days-from-civil function, and does setter arithmetic
// across month ends and leap years (1900, 2000, 2100). (TZ = UTC.)

var failures = 0;
var failNotes = [];
function check(cond, note) {
  if (!cond) {
    failures++;
    if (failNotes.length < 5) failNotes.push(note);
  }
}

// days since 1970-01-01 for a proleptic Gregorian date (month 1..12)
function daysFromCivil(y, m, d) {
  if (m <= 2) y -= 1;
  var era = Math.floor(y / 400);
  var yoe = y - era * 400;
  var mp = (m + 9) % 12;
  var doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  var doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function floorSeconds(t) {
  return t - (((t % 1000) + 1000) % 1000);
}

function stripZoneName(s) {
  var p = s.indexOf(" (");
  return p < 0 ? s : s.substring(0, p);
}

var seed = 1234567;
function nextRandom() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

var rounds = 0;
var hash = 0;
var minYear = 10000, maxYear = -10000;
for (var i = 0; i < 5000; i++) {
  // spread over roughly 1601..2399, including times before the epoch
  var days = (nextRandom() % 292000) - 134700;
  var t = days * 86400000 + (nextRandom() % 86400000);
  var d = new Date(t);
  var y = d.getUTCFullYear();
  if (y < minYear) minYear = y;
  if (y > maxYear) maxYear = y;

  var iso = d.toISOString();
  check(Date.parse(iso) === t, "iso " + iso);
  check(Date.parse(d.toUTCString()) === floorSeconds(t), "utc " + d.toUTCString());
  check(Date.parse(d.toString()) === floorSeconds(t), "str " + stripZoneName(d.toString()));
  check(new Date(iso).getTime() === t, "ctor " + iso);
  check(d.getTimezoneOffset() === 0, "offset");

  var u = Date.UTC(y, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
  check(u === t, "Date.UTC " + iso);
  var local = new Date(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  check(local.getTime() === t, "local " + iso);

  var civil = daysFromCivil(y, d.getUTCMonth() + 1, d.getUTCDate());
  check(civil === days, "civil " + iso);
  check((civil + 4 + 7000000) % 7 === d.getUTCDay(), "weekday " + iso);

  // ISO fields re-parsed by hand
  var m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z$/.exec(iso);
  check(m !== null && parseInt(m[1], 10) === y && parseInt(m[2], 10) === d.getUTCMonth() + 1 &&
        parseInt(m[7], 10) === d.getUTCMilliseconds(), "fields " + iso);

  for (var k = 0; k < iso.length; k++) hash = (hash * 31 + iso.charCodeAt(k)) % 1000000007;
  rounds++;
}
print("round trips " + rounds + " years " + minYear + ".." + maxYear + " hash " + hash);

// hand-written ISO strings, with offsets and date-only forms (date-only = UTC)
var isoCases = [
  ["2000-02-29", Date.UTC(2000, 1, 29)],
  ["2000-02-29T12:00:00Z", Date.UTC(2000, 1, 29, 12)],
  ["2000-02-29T12:00:00.123+05:30", Date.UTC(2000, 1, 29, 6, 30, 0, 123)],
  ["1999-12-31T23:59:59.999Z", Date.UTC(1999, 11, 31, 23, 59, 59, 999)],
  ["1969-07-20T20:17:40Z", Date.UTC(1969, 6, 20, 20, 17, 40)],
  ["2038-01-19T03:14:08-01:00", Date.UTC(2038, 0, 19, 4, 14, 8)],
  ["1970-01-01T00:00:00.000Z", 0],
  ["2010-06", Date.UTC(2010, 5, 1)],
  ["2012", Date.UTC(2012, 0, 1)]
];
for (i = 0; i < isoCases.length; i++) {
  check(Date.parse(isoCases[i][0]) === isoCases[i][1], "case " + isoCases[i][0]);
}
check(isNaN(Date.parse("not a date at all")), "garbage");
check(isNaN(new Date(8.64e15 + 1).getTime()), "timeclip");
check(new Date(8.64e15).toISOString() === "+275760-09-13T00:00:00.000Z", "max date");
check(new Date(-1).toISOString() === "1969-12-31T23:59:59.999Z", "minus one");

// month-end arithmetic
var monthEnds = "";
for (var year = 1899; year <= 2101; year++) {
  var a = new Date(year, 0, 31);
  a.setMonth(1);
  var isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  check(a.getMonth() === 2 && a.getDate() === (isLeap ? 2 : 3), "setMonth " + year);

  var lastFeb = new Date(year, 2, 0);
  check(lastFeb.getDate() === (isLeap ? 29 : 28), "feb " + year);

  var next = new Date(year, 1, 28);
  next.setDate(next.getDate() + 1);
  check((next.getMonth() === 1) === isLeap, "feb28+1 " + year);

  var yearLen = (new Date(year + 1, 0, 1).getTime() - new Date(year, 0, 1).getTime()) / 86400000;
  check(yearLen === (isLeap ? 366 : 365), "yearlen " + year);

  if (year % 100 == 0 || year == 2004) monthEnds += " " + year + ":" + lastFeb.getDate() + "/" + (a.getMonth() + 1) + "-" + a.getDate();
}
print("month ends" + monthEnds);

// overflow / underflow through setters
var s = new Date(2001, 8, 9, 1, 46, 40);
print("base " + stripZoneName(s.toString()));
print("utc  " + s.toUTCString() + " iso " + s.toISOString() + " json " + JSON.stringify({ when: s }));
s.setHours(25);
print("setHours(25) " + s.toISOString());
s.setMinutes(-1);
print("setMinutes(-1) " + s.toISOString());
s.setFullYear(2004, 1, 30);
print("setFullYear(2004,1,30) " + s.toISOString());
s.setMonth(13, 0);
print("setMonth(13,0) " + s.toISOString());
s.setTime(s.getTime() + 1000 * 86400000);
print("plus 1000 days " + s.toDateString() + " " + s.getDay());
var total = 0;
var walker = new Date(1999, 11, 25);
for (i = 0; i < 800; i++) {
  walker.setDate(walker.getDate() + 1);
  total += walker.getDate();
}
print("walk " + walker.toISOString() + " " + total + " valueOf " + walker.valueOf() + " compare " + (walker > s));

print(failures == 0 ? "PASS" : "FAIL " + failures + " " + failNotes.join("; "));
