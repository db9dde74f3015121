// string-validate-input: builds many form-like records (names, zip codes,
// emails, card numbers, passwords) with += in loops, validates each field with
// a regexp and with a charCodeAt loop (plus a Luhn checksum for card numbers),
// and prints counts per field and a verdict that both methods agree.

var seed = 31415;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

var letters = "abcdefghijklmnopqrstuvwxyz";
var upper = letters.toUpperCase();

function makeName() {
  var s = upper.charAt(rnd(26));
  var len = 2 + rnd(8);
  for (var i = 0; i < len; i++) s += letters.charAt(rnd(26));
  if (rnd(5) == 0) {
    s += rnd(2) ? "-" : " ";
    s += upper.charAt(rnd(26));
    for (i = 0; i < 3; i++) s += letters.charAt(rnd(26));
  }
  if (rnd(15) == 0) s += rnd(10); // invalid: digit in a name
  return s;
}

function makeZip() {
  var s = "";
  var len = rnd(12) == 0 ? 4 : 5;
  for (var i = 0; i < len; i++) s += rnd(10);
  if (rnd(4) == 0) {
    s += "-";
    for (i = 0; i < 4; i++) s += rnd(10);
  }
  if (rnd(20) == 0) s += "x";
  return s;
}

function makeEmail() {
  var s = "";
  var len = 1 + rnd(10);
  for (var i = 0; i < len; i++) s += letters.charAt(rnd(26));
  if (rnd(10) != 0) s += "@";
  len = 2 + rnd(6);
  for (i = 0; i < len; i++) s += letters.charAt(rnd(26));
  s += rnd(8) == 0 ? "" : ".";
  s += ["com", "org", "net", "io", "museum"][rnd(5)];
  return s;
}

function makeCard() {
  var digits = [];
  for (var i = 0; i < 15; i++) digits.push(rnd(10));
  // compute a Luhn check digit, then sometimes break it
  var sum = 0;
  for (i = 0; i < 15; i++) {
    var d = digits[14 - i];
    if (i % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  var check = (10 - sum % 10) % 10;
  if (rnd(4) == 0) check = (check + 1 + rnd(9)) % 10;
  digits.push(check);
  var s = "";
  for (i = 0; i < 16; i++) {
    if (i > 0 && i % 4 == 0) s += rnd(3) == 0 ? "-" : " ";
    s += digits[i];
  }
  return s;
}

function makePassword() {
  var pool = letters + upper + "0123456789!@#$%";
  var s = "";
  var len = 4 + rnd(12);
  for (var i = 0; i < len; i++) s += pool.charAt(rnd(pool.length));
  return s;
}

// ---- regexp validators
var nameRe = /^[A-Z][a-z]+([ \-][A-Z][a-z]+)?$/;
var zipRe = /^\d{5}(-\d{4})?$/;
var emailRe = /^[a-z]+@[a-z]+\.[a-z]{2,6}$/;
var cardRe = /^\d{4}([ \-]?\d{4}){3}$/;
function passwordRegex(p) {
  return p.length >= 8 && /[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p) && /[^A-Za-z0-9]/.test(p);
}

// ---- charCodeAt validators
function isUpperCode(c) { return c >= 65 && c <= 90; }
function isLowerCode(c) { return c >= 97 && c <= 122; }
function isDigitCode(c) { return c >= 48 && c <= 57; }

function nameManual(s) {
  var i = 0, parts = 0;
  while (true) {
    if (i >= s.length || !isUpperCode(s.charCodeAt(i))) return false;
    i++;
    var start = i;
    while (i < s.length && isLowerCode(s.charCodeAt(i))) i++;
    if (i == start) return false;
    parts++;
    if (i == s.length) return true;
    var c = s.charAt(i);
    if ((c != " " && c != "-") || parts == 2) return false;
    i++;
  }
}

function zipManual(s) {
  if (s.length != 5 && s.length != 10) return false;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (i == 5) {
      if (c != 45) return false;
    } else if (!isDigitCode(c)) {
      return false;
    }
  }
  return true;
}

function emailManual(s) {
  var at = -1, dot = -1;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c == 64) {
      if (at >= 0) return false;
      at = i;
    } else if (c == 46) {
      if (dot >= 0 || at < 0) return false;
      dot = i;
    } else if (!isLowerCode(c)) {
      return false;
    }
  }
  var tld = s.length - dot - 1;
  return at > 0 && dot > at + 1 && tld >= 2 && tld <= 6;
}

function cardManual(s) {
  var digits = "";
  var groupLen = 0, seps = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      digits += s.charAt(i);
      groupLen++;
    } else if (c == 32 || c == 45) {
      if (groupLen != 4) return false;
      groupLen = 0;
      seps++;
    } else {
      return false;
    }
  }
  return digits.length == 16 && (groupLen == 4 || seps == 0);
}

function luhn(s) {
  var digits = s.replace(/\D/g, "");
  var sum = 0;
  for (var i = 0; i < digits.length; i++) {
    var d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

function passwordManual(p) {
  if (p.length < 8) return false;
  var lower = false, up = false, digit = false, other = false;
  for (var i = 0; i < p.length; i++) {
    var c = p.charCodeAt(i);
    if (isLowerCode(c)) lower = true;
    else if (isUpperCode(c)) up = true;
    else if (isDigitCode(c)) digit = true;
    else other = true;
  }
  return lower && up && digit && other;
}

var fields = [
  ["name", makeName, function (s) { return nameRe.test(s); }, nameManual],
  ["zip", makeZip, function (s) { return zipRe.test(s); }, zipManual],
  ["email", makeEmail, function (s) { return emailRe.test(s); }, emailManual],
  ["card", makeCard, function (s) { return cardRe.test(s) && luhn(s); }, function (s) { return cardManual(s) && luhn(s); }],
  ["password", makePassword, passwordRegex, passwordManual]
];

var failures = 0;
var report = "";
var records = [];
for (var r = 0; r < 2500; r++) {
  var rec = {};
  for (var f = 0; f < fields.length; f++) rec[fields[f][0]] = fields[f][1]();
  records.push(rec);
}

for (f = 0; f < fields.length; f++) {
  var ok = 0, disagree = 0, totalLen = 0;
  for (r = 0; r < records.length; r++) {
    var value = records[r][fields[f][0]];
    var a = fields[f][2](value), b = fields[f][3](value);
    if (a != b) disagree++;
    if (a) ok++;
    totalLen += value.length;
  }
  failures += disagree;
  print(fields[f][0] + " valid " + ok + "/" + records.length + " chars " + totalLen + (disagree ? " DISAGREE " + disagree : ""));
}

// a serialized form line per record, built with +=
var form = "";
for (r = 0; r < records.length; r++) {
  form += "name=" + encodeURIComponent(records[r].name) + "&zip=" + records[r].zip + "&email=" +
          encodeURIComponent(records[r].email) + "\n";
}
var h = 0;
for (var i = 0; i < form.length; i++) h = (h * 31 + form.charCodeAt(i)) % 1000000007;
print("form " + form.length + " hash " + h + " sample " + form.substring(0, form.indexOf("\n")));
print(failures == 0 ? "PASS" : "FAIL " + failures);
