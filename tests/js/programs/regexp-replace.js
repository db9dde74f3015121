// regexp-replace: String.prototype.replace with $1/$2/$&/$`/$'/$$ patterns and
// with callbacks (match, groups, offset), split with capturing regexps, the
// lastIndex handling of global exec, and round trips (camelCase <-> snake_case,
// HTML escape/unescape, template expansion). Prints a hash and samples.

var seed = 99;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

var syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zen", "qua", "ix"];
function word() {
  var w = "";
  var n = 1 + rnd(3);
  for (var i = 0; i < n; i++) w += syllables[rnd(syllables.length)];
  return w;
}

function hash(s, h) {
  for (var i = 0; i < s.length; i++) h = (h * 131 + s.charCodeAt(i)) % 1000000007;
  return h;
}

var failures = 0;
var h = 7;

// 1. camelCase <-> snake_case round trip
function toSnake(s) {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function toCamel(s) {
  return s.replace(/_([a-z])/g, function (m, c) { return c.toUpperCase(); });
}
for (var i = 0; i < 3000; i++) {
  var parts = [];
  var n = 1 + rnd(4);
  for (var j = 0; j < n; j++) parts.push(word());
  var snake = parts.join("_");
  var camel = toCamel(snake);
  if (toSnake(camel) != snake) failures++;
  h = hash(camel, h);
}

// 2. "Last, First" swapping with $2 $1 and with a callback
var names = [];
for (i = 0; i < 1500; i++) names.push(word() + ", " + word());
var list = names.join("; ");
var swapped1 = list.replace(/(\w+), (\w+)/g, "$2 $1");
var swapped2 = list.replace(/(\w+), (\w+)/g, function (m, last, first) { return first + " " + last; });
if (swapped1 != swapped2) failures++;
h = hash(swapped1, h);

// 3. special patterns: $& $` $' $$
var special = "abc-def-ghi".replace(/def/, "[$&|$`|$'|$$]");
if (special != "abc-[def|abc-|-ghi|$]-ghi") failures++;
var doubled = "x1y22z333".replace(/\d+/g, "<$&$&>");
var dollar = "cost: 5".replace(/(\d)/, "$$$1.00");

// 4. callback offsets and the whole-string argument
var offsets = [];
"the cat sat on the mat".replace(/at/g, function (m, off, whole) {
  offsets.push(off + ":" + whole.charAt(off - 1));
  return m;
});

// 5. HTML escape / unescape round trip
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, function (c) { return entities[c]; });
}
function unescapeHtml(s) {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, function (m, name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      default: return "'";
    }
  });
}
var markupChars = "<>&\"' abc";
var escapedTotal = 0;
for (i = 0; i < 1000; i++) {
  var raw = "";
  for (j = 0; j < 30; j++) raw += markupChars.charAt(rnd(markupChars.length));
  var esc = escapeHtml(raw);
  if (unescapeHtml(esc) != raw || /[<>"']/.test(esc)) failures++;
  escapedTotal += esc.length;
}

// 6. template expansion with nested lookups and a default
var data = { user: { name: "Ada", langs: ["js", "c"] }, count: 3 };
function expandTemplate(t) {
  return t.replace(/\{\{\s*([\w.]+)\s*(?:\|\s*(\w+))?\s*\}\}/g, function (m, path, dflt) {
    var cur = data;
    var keys = path.split(".");
    for (var k = 0; k < keys.length; k++) {
      if (cur == null) break;
      cur = cur[keys[k]];
    }
    return cur == null ? (dflt || "?") : String(cur);
  });
}
var tpl = expandTemplate("Hi {{user.name}}, {{ count }} items, langs {{user.langs.1}}, {{missing | none}}, {{user.age}}");

// 7. split with captures, limits and empty matches
var splitCaps = "a1b22c333d".split(/(\d+)/);
var splitLimit = "a,b,c,d".split(/,/, 2);
var splitChars = "abc".split("");
var splitEmptyRe = "abc".split(/(?:)/);
if (splitCaps.join("|") != "a|1|b|22|c|333|d") failures++;

// 8. global exec loop vs match with groups, lastIndex reset
var kv = "";
for (i = 0; i < 300; i++) kv += word() + "=" + rnd(1000) + (i % 7 == 6 ? "\n" : "&");
var re = /(\w+)=(\d+)/g;
var m, sum = 0, count = 0, lastEnd = 0;
while ((m = re.exec(kv)) !== null) {
  sum += parseInt(m[2], 10);
  count++;
  if (m.index < lastEnd) failures++;
  lastEnd = re.lastIndex;
}
var all = kv.match(/(\w+)=(\d+)/g);
if (all.length != count || re.lastIndex != 0) failures++;
var multiline = kv.match(/^\w+/gm).length;

// 9. trimming and whitespace collapsing
var messy = "   lots   of \t\t space \n here   ";
var trimmed = messy.replace(/^\s+|\s+$/g, "").replace(/\s+/g, " ");
if (trimmed != messy.trim().split(/\s+/).join(" ")) failures++;

// 10. case-insensitive replace with a function of the offset
var shout = "Alpha beta ALPHA gamma alpha".replace(/alpha/gi, function (m, off) { return m.length + "@" + off; });

h = hash(tpl + special + doubled + dollar + shout + trimmed, h);
print("hash " + h + " escaped " + escapedTotal + " pairs " + count + " sum " + sum + " lines " + multiline);
print("special " + special + " " + doubled + " " + dollar);
print("offsets " + offsets.join(","));
print("template " + tpl);
print("split " + splitCaps.length + " " + splitLimit.join("/") + " " + splitChars.join("/") + " " + splitEmptyRe.join("/"));
print("shout " + shout + " | " + trimmed);
print("swap sample " + swapped1.substring(0, 40));
print(failures == 0 ? "PASS" : "FAIL " + failures);
