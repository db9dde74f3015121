// regexp-validate: validation regexps (email-like, ISO dates, decimal/hex
// numbers, IPv4, phone numbers, identifiers) applied to generated valid and
// corrupted inputs. Each verdict is compared with a hand-written validator
// that scans the string with charAt/charCodeAt; prints per-kind counts.

var seed = 2010;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

var lower = "abcdefghijklmnopqrstuvwxyz";
var digits = "0123456789";
var junk = "@.-_ :/#+x9Z";

function randomWord(chars, minLen, maxLen) {
  var len = minLen + rnd(maxLen - minLen + 1);
  var s = "";
  for (var i = 0; i < len; i++) s += chars.charAt(rnd(chars.length));
  return s;
}

function corrupt(s) {
  var kind = rnd(4);
  var pos = rnd(s.length + 1);
  if (kind == 0) return s.substring(0, pos) + junk.charAt(rnd(junk.length)) + s.substring(pos);
  if (kind == 1) return s.substring(0, pos) + s.substring(pos + 1);
  if (kind == 2) return s + s.charAt(0);
  return s.substring(0, pos) + s.substring(pos).toUpperCase();
}

function isDigit(c) { var k = c.charCodeAt(0); return k >= 48 && k <= 57; }
function isLower(c) { var k = c.charCodeAt(0); return k >= 97 && k <= 122; }
function isHex(c) { return isDigit(c) || "abcdefABCDEF".indexOf(c) >= 0; }
function allMatch(s, pred) {
  for (var i = 0; i < s.length; i++) if (!pred(s.charAt(i))) return false;
  return true;
}

// ---- email: local@domain.tld, local = [a-z0-9._-]+ not starting with '.',
// domain labels [a-z0-9]+ separated by '.', tld 2-4 letters
var emailRe = /^[a-z0-9_\-][a-z0-9._\-]*@([a-z0-9]+\.)+[a-z]{2,4}$/;
function emailManual(s) {
  var at = s.indexOf("@");
  if (at < 1 || s.indexOf("@", at + 1) >= 0) return false;
  var local = s.substring(0, at), domain = s.substring(at + 1);
  if (local.charAt(0) == ".") return false;
  if (!allMatch(local, function (c) { return isLower(c) || isDigit(c) || c == "." || c == "_" || c == "-"; })) return false;
  var labels = domain.split(".");
  if (labels.length < 2) return false;
  var tld = labels[labels.length - 1];
  if (tld.length < 2 || tld.length > 4 || !allMatch(tld, isLower)) return false;
  for (var i = 0; i < labels.length - 1; i++) {
    if (labels[i].length == 0) return false;
    if (!allMatch(labels[i], function (c) { return isLower(c) || isDigit(c); })) return false;
  }
  return true;
}
function makeEmail() {
  return randomWord(lower + digits + "._", 1, 8).replace(/^\./, "x") + "@" + randomWord(lower, 2, 7) +
         (rnd(3) == 0 ? "." + randomWord(lower + digits, 1, 5) : "") + "." + randomWord(lower, 2, 4);
}

// ---- ISO date with real calendar check through capture groups
var dateRe = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
function daysIn(y, m) {
  return m == 2 ? (((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28) : ((m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31);
}
function dateRegex(s) {
  var m = dateRe.exec(s);
  if (!m) return false;
  return parseInt(m[3], 10) <= daysIn(parseInt(m[1], 10), parseInt(m[2], 10));
}
function dateManual(s) {
  if (s.length != 10 || s.charAt(4) != "-" || s.charAt(7) != "-") return false;
  var y = s.substring(0, 4), mo = s.substring(5, 7), d = s.substring(8, 10);
  if (!allMatch(y, isDigit) || !allMatch(mo, isDigit) || !allMatch(d, isDigit)) return false;
  var yy = Number(y), mm = Number(mo), dd = Number(d);
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysIn(yy, mm);
}
function makeDate() {
  return (1900 + rnd(200)) + "-" + ("0" + (1 + rnd(12))).slice(-2) + "-" + ("0" + (1 + rnd(31))).slice(-2);
}

// ---- numbers: optional sign, digits with optional fraction and exponent, or 0x hex
var numberRe = /^[+\-]?(\d+(\.\d*)?|\.\d+)([eE][+\-]?\d+)?$|^0[xX][0-9a-fA-F]+$/;
function numberManual(s) {
  if (s.length > 2 && s.charAt(0) == "0" && (s.charAt(1) == "x" || s.charAt(1) == "X")) return allMatch(s.substring(2), isHex);
  var i = 0;
  if (s.charAt(i) == "+" || s.charAt(i) == "-") i++;
  var intDigits = 0, fracDigits = 0;
  while (i < s.length && isDigit(s.charAt(i))) { i++; intDigits++; }
  if (s.charAt(i) == ".") {
    i++;
    while (i < s.length && isDigit(s.charAt(i))) { i++; fracDigits++; }
  }
  if (intDigits == 0 && fracDigits == 0) return false;
  if (s.charAt(i) == "e" || s.charAt(i) == "E") {
    i++;
    if (s.charAt(i) == "+" || s.charAt(i) == "-") i++;
    var expDigits = 0;
    while (i < s.length && isDigit(s.charAt(i))) { i++; expDigits++; }
    if (expDigits == 0) return false;
  }
  return i == s.length;
}
function makeNumber() {
  var k = rnd(5);
  if (k == 0) return "0x" + randomWord("0123456789abcdefABCDEF", 1, 6);
  var s = (rnd(3) == 0 ? "-" : "") + randomWord(digits, 1, 5);
  if (k >= 2) s += "." + randomWord(digits, 0, 3);
  if (k == 4) s += "e" + (rnd(2) ? "+" : "") + randomWord(digits, 1, 2);
  return s;
}

// ---- IPv4 with octet range check
var ipRe = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function ipManual(s) {
  var parts = s.split(".");
  if (parts.length != 4) return false;
  for (var i = 0; i < 4; i++) {
    var p = parts[i];
    if (p.length == 0 || p.length > 3 || !allMatch(p, isDigit)) return false;
    if (p.length > 1 && p.charAt(0) == "0") return false;
    if (parseInt(p, 10) > 255) return false;
  }
  return true;
}
function makeIp() {
  return rnd(300) + "." + rnd(256) + "." + rnd(256) + "." + rnd(260);
}

// ---- phone: (ddd) ddd-dddd or ddd-ddd-dddd
var phoneRe = /^(\(\d{3}\) |\d{3}-)\d{3}-\d{4}$/;
function phoneManual(s) {
  var rest;
  if (s.charAt(0) == "(") {
    if (s.length != 14 || s.charAt(4) != ")" || s.charAt(5) != " ") return false;
    if (!allMatch(s.substring(1, 4), isDigit)) return false;
    rest = s.substring(6);
  } else {
    if (s.length != 12 || s.charAt(3) != "-" || !allMatch(s.substring(0, 3), isDigit)) return false;
    rest = s.substring(4);
  }
  return rest.charAt(3) == "-" && allMatch(rest.substring(0, 3), isDigit) && allMatch(rest.substring(4), isDigit);
}
function makePhone() {
  var a = randomWord(digits, 3, 3), b = randomWord(digits, 3, 3), c = randomWord(digits, 4, 4);
  return rnd(2) ? "(" + a + ") " + b + "-" + c : a + "-" + b + "-" + c;
}

// ---- identifiers (JS-like, ASCII only)
var identRe = /^[A-Za-z_$][\w$]*$/;
function identManual(s) {
  if (s.length == 0) return false;
  for (var i = 0; i < s.length; i++) {
    var k = s.charCodeAt(i);
    var letter = (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k == 95 || k == 36;
    if (!letter && !(i > 0 && k >= 48 && k <= 57)) return false;
  }
  return true;
}
function makeIdent() {
  return randomWord(lower + "_$", 1, 1) + randomWord(lower + digits + "_", 0, 10);
}

var kinds = [
  ["email", makeEmail, function (s) { return emailRe.test(s); }, emailManual],
  ["date", makeDate, dateRegex, dateManual],
  ["number", makeNumber, function (s) { return numberRe.test(s); }, numberManual],
  ["ipv4", makeIp, function (s) { return ipRe.test(s); }, ipManual],
  ["phone", makePhone, function (s) { return phoneRe.test(s); }, phoneManual],
  ["ident", makeIdent, function (s) { return identRe.test(s); }, identManual]
];

var failures = 0;
var samples = [];
for (var k = 0; k < kinds.length; k++) {
  var valid = 0, total = 0, disagreements = 0;
  for (var i = 0; i < 2500; i++) {
    var s = kinds[k][1]();
    if (i % 3 == 2) s = corrupt(s);
    var a = kinds[k][2](s), b = kinds[k][3](s);
    if (a != b) {
      disagreements++;
      if (samples.length < 5) samples.push(kinds[k][0] + ":" + s);
    }
    if (a) valid++;
    total++;
  }
  failures += disagreements;
  print(kinds[k][0] + " valid " + valid + "/" + total + " disagreements " + disagreements);
}
print(failures == 0 ? "PASS" : "FAIL " + samples.join(" | "));
