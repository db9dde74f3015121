// date-format: a PHP-like date(format, timestamp) function written with Date
// getters, string padding and a switch over format characters, applied to many
// fixed timestamps. Cross-checks day-of-year, days-in-month and ISO week number
// computed two ways, and compares with toISOString/toUTCString. (TZ = UTC.)

var shortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var longDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var longMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"];
var monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n, width) {
  var s = "" + n;
  while (s.length < width) s = "0" + s;
  return s;
}

function isLeap(y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

function dayOfYear(d) {
  var z = d.getDate() - 1;
  for (var m = 0; m < d.getMonth(); m++) {
    z += monthLengths[m];
    if (m == 1 && isLeap(d.getFullYear())) z++;
  }
  return z;
}

// ISO-8601 week via the "Thursday of this week" rule, using Date objects
function isoWeekAndYear(d) {
  var day = (d.getDay() + 6) % 7; // Monday = 0
  var thursday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - day + 3);
  var jan1 = new Date(thursday.getFullYear(), 0, 1);
  var week = 1 + Math.floor((thursday.getTime() - jan1.getTime()) / 86400000 / 7);
  return [week, thursday.getFullYear()];
}

// ISO-8601 week via pure arithmetic on ordinal day and weekday
function isoWeekArith(y, ordinal, weekday) {
  var wd = weekday == 0 ? 7 : weekday;
  var w = Math.floor((ordinal - wd + 10) / 7);
  if (w < 1) {
    var py = y - 1;
    var pordinal = ordinal + (isLeap(py) ? 366 : 365);
    return isoWeekArith(py, pordinal, weekday);
  }
  var jan1wd = (wd - (ordinal - 1) % 7 + 7 * 60) % 7; // weekday of Jan 1, 0 = Sunday
  var daysInYear = isLeap(y) ? 366 : 365;
  // a year has 53 weeks if Jan 1 is a Thursday, or a Wednesday in a leap year
  var has53 = jan1wd == 4 || (jan1wd == 3 && daysInYear == 366);
  if (w == 53 && !has53) return [1, y + 1];
  return [w, y];
}

function suffix(day) {
  if (day >= 11 && day <= 13) return "th";
  switch (day % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

function date(format, d) {
  var out = "";
  for (var i = 0; i < format.length; i++) {
    var ch = format.charAt(i);
    var hours = d.getHours();
    switch (ch) {
      case "d": out += pad(d.getDate(), 2); break;
      case "D": out += shortDays[d.getDay()]; break;
      case "j": out += d.getDate(); break;
      case "l": out += longDays[d.getDay()]; break;
      case "N": out += d.getDay() == 0 ? 7 : d.getDay(); break;
      case "S": out += suffix(d.getDate()); break;
      case "w": out += d.getDay(); break;
      case "z": out += dayOfYear(d); break;
      case "W": out += pad(isoWeekAndYear(d)[0], 2); break;
      case "F": out += longMonths[d.getMonth()]; break;
      case "m": out += pad(d.getMonth() + 1, 2); break;
      case "M": out += shortMonths[d.getMonth()]; break;
      case "n": out += d.getMonth() + 1; break;
      case "t": out += new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate(); break;
      case "L": out += isLeap(d.getFullYear()) ? 1 : 0; break;
      case "o": out += isoWeekAndYear(d)[1]; break;
      case "Y": out += d.getFullYear(); break;
      case "y": out += pad(d.getFullYear() % 100, 2); break;
      case "a": out += hours < 12 ? "am" : "pm"; break;
      case "A": out += hours < 12 ? "AM" : "PM"; break;
      case "g": out += (hours % 12) || 12; break;
      case "G": out += hours; break;
      case "h": out += pad((hours % 12) || 12, 2); break;
      case "H": out += pad(hours, 2); break;
      case "i": out += pad(d.getMinutes(), 2); break;
      case "s": out += pad(d.getSeconds(), 2); break;
      case "u": out += pad(d.getMilliseconds() * 1000, 6); break;
      case "O":
      case "P":
        var off = -d.getTimezoneOffset();
        var sign = off < 0 ? "-" : "+";
        off = Math.abs(off);
        out += sign + pad(Math.floor(off / 60), 2) + (ch == "P" ? ":" : "") + pad(off % 60, 2);
        break;
      case "Z": out += -d.getTimezoneOffset() * 60; break;
      case "U": out += Math.floor(d.getTime() / 1000); break;
      case "c": out += date("Y-m-d\\TH:i:sP", d); break;
      case "r": out += date("D, d M Y H:i:s O", d); break;
      case "\\":
        i++;
        out += format.charAt(i);
        break;
      default: out += ch;
    }
  }
  return out;
}

function hashString(s, h) {
  for (var i = 0; i < s.length; i++) {
    h = (h * 33 + s.charCodeAt(i)) % 2147483647;
  }
  return h;
}

var failures = 0;
var formats = ["Y-m-d H:i:s", "l jS \\of F Y h:i:s A", "D, d M y", "N w z t L", "W o", "c", "r", "U", "g G a u"];
var hash = 5381;
var count = 0;
var weekdayCounts = [0, 0, 0, 0, 0, 0, 0];
var week53 = 0;

var fixed = new Date(2001, 8, 9, 1, 46, 40);
for (var f = 0; f < formats.length; f++) print(formats[f] + " => " + date(formats[f], fixed));

for (var i = 0; i < 1200; i++) {
  var d = new Date(1e12 + i * 86400000 * 37 + (i % 7) * 3600000 + i * 1009);
  for (f = 0; f < formats.length; f++) {
    var s = date(formats[f], d);
    hash = hashString(s, hash);
    count++;
  }
  weekdayCounts[d.getDay()]++;

  // day of year two ways
  var ordinal = dayOfYear(d);
  var utcOrdinal = (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / 86400000;
  if (ordinal != utcOrdinal) failures++;

  // days in month two ways
  var dim = monthLengths[d.getMonth()] + (d.getMonth() == 1 && isLeap(d.getFullYear()) ? 1 : 0);
  if (date("t", d) != String(dim)) failures++;

  // ISO week two ways
  var a = isoWeekAndYear(d);
  var b = isoWeekArith(d.getFullYear(), ordinal + 1, d.getDay());
  if (a[0] != b[0] || a[1] != b[1]) failures++;
  if (a[0] == 53) week53++;

  // agreement with the built-in formatters
  if (date("Y-m-d\\TH:i:s", d) + "." + pad(d.getMilliseconds(), 3) + "Z" != d.toISOString()) failures++;
  if (date("D, d M Y H:i:s", d) + " GMT" != d.toUTCString()) failures++;
}

// ISO week edge cases around new year
var edges = [[2004, 11, 31], [2005, 0, 1], [2008, 11, 29], [2009, 11, 31], [2010, 0, 3], [2012, 0, 1], [2015, 11, 31], [2016, 0, 3]];
var edgeLine = [];
for (i = 0; i < edges.length; i++) {
  var e = new Date(edges[i][0], edges[i][1], edges[i][2], 12, 0, 0);
  var ew = isoWeekAndYear(e), ea = isoWeekArith(edges[i][0], dayOfYear(e) + 1, e.getDay());
  if (ew[0] != ea[0] || ew[1] != ea[1]) failures++;
  edgeLine.push(date("Y-m-d=o\\WW", e));
}

print("formatted " + count + " hash " + hash);
print("weekdays " + weekdayCounts.join(","));
print("week53 " + week53);
print("edges " + edgeLine.join(" "));
print(failures == 0 ? "PASS" : "FAIL " + failures);
