// string-tagcloud: builds tag objects (name, popularity, url, flags), serializes
// them with JSON.stringify (plain, with indentation and with a replacer),
// parses them back (with a reviver), checks the round trip, then sorts and
// renders a tag cloud as HTML markup built with string concatenation.

var seed = 1618;
function rnd(n) {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
}

var syl = ["ja", "va", "scr", "ipt", "we", "b", "de", "v", "ko", "de", "ra", "il", "py", "th", "on",
           "an", "gu", "lar", "re", "act", "no", "de", "css", "ht", "ml", "aj", "ax"];

function makeTag(i) {
  var name = "";
  var parts = 1 + rnd(3);
  for (var p = 0; p < parts; p++) name += syl[rnd(syl.length)];
  if (rnd(7) == 0) name += "-" + syl[rnd(syl.length)];
  return {
    tag: name + i,
    popularity: rnd(100000) / 1000,
    url: "/tags/" + encodeURIComponent(name) + "?id=" + i,
    quoted: rnd(10) == 0 ? "say \"" + name + "\"\t\\ok" : "",
    flags: { hot: rnd(5) == 0, archived: rnd(9) == 0 },
    related: [rnd(50), rnd(50)]
  };
}

var tags = [];
for (var i = 0; i < 2500; i++) tags.push(makeTag(i));

var failures = 0;

// plain round trip
var json = JSON.stringify(tags);
var parsed = JSON.parse(json);
if (JSON.stringify(parsed) != json) failures++;
if (parsed.length != tags.length) failures++;
for (i = 0; i < tags.length; i++) {
  var a = tags[i], b = parsed[i];
  if (a.tag != b.tag || a.popularity !== b.popularity || a.url != b.url || a.quoted != b.quoted ||
      a.flags.hot !== b.flags.hot || a.related[1] !== b.related[1]) failures++;
}

// indentation and a replacer that drops empty strings and rounds numbers
var pretty = JSON.stringify(tags.slice(0, 3), null, 2);
var filtered = JSON.stringify(tags.slice(0, 50), function (key, value) {
  if (value === "") return undefined;
  if (typeof value == "number" && key == "popularity") return Math.round(value);
  return value;
});
var whitelisted = JSON.stringify(tags.slice(0, 2), ["tag", "flags", "hot"]);

// reviver: turn popularity into an integer score and count visited keys
var visited = 0;
var revived = JSON.parse(json, function (key, value) {
  visited++;
  if (key == "popularity") return Math.floor(value * 10);
  return value;
});
var scoreSum = 0;
for (i = 0; i < revived.length; i++) scoreSum += revived[i].popularity;

// tag cloud: bucket by popularity into 6 CSS classes, sort by name
var minP = 1e9, maxP = -1e9;
for (i = 0; i < tags.length; i++) {
  if (tags[i].popularity < minP) minP = tags[i].popularity;
  if (tags[i].popularity > maxP) maxP = tags[i].popularity;
}
var sorted = parsed.slice(0);
sorted.sort(function (x, y) {
  if (x.tag < y.tag) return -1;
  if (x.tag > y.tag) return 1;
  return 0;
});
for (i = 1; i < sorted.length; i++) if (sorted[i - 1].tag > sorted[i].tag) failures++;

function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

var html = "<div class=\"tagcloud\">\n";
var classCounts = [0, 0, 0, 0, 0, 0];
for (i = 0; i < sorted.length; i++) {
  var t = sorted[i];
  var level = Math.floor((t.popularity - minP) / (maxP - minP + 1e-9) * 6);
  classCounts[level]++;
  html += "  <a href=\"" + escapeHtml(t.url) + "\" class=\"tag" + level + (t.flags.hot ? " hot" : "") + "\"" +
          (t.quoted ? " title=\"" + escapeHtml(t.quoted) + "\"" : "") + ">" + escapeHtml(t.tag) + "</a>\n";
}
html += "</div>\n";

// top ten by popularity, ties broken by name so the order is total
var byPop = parsed.slice(0).sort(function (x, y) {
  if (y.popularity != x.popularity) return y.popularity - x.popularity;
  return x.tag < y.tag ? -1 : (x.tag > y.tag ? 1 : 0);
});
var top = [];
for (i = 0; i < 5; i++) top.push(byPop[i].tag + ":" + byPop[i].popularity.toFixed(3));

if (JSON.stringify("\u00e9") != "\"\u00e9\"" || JSON.parse("\"\\u00e9\"") != "\u00e9") failures++;
var anchors = html.match(/<a /g).length;
if (anchors != tags.length) failures++;

var h = 0;
for (i = 0; i < html.length; i++) h = (h * 31 + html.charCodeAt(i)) % 1000000007;

print("json " + json.length + " pretty " + pretty.length + " filtered " + filtered.length + " visited " + visited);
print("whitelisted " + whitelisted);
print("scoreSum " + scoreSum + " classes " + classCounts.join(","));
print("html " + html.length + " hash " + h);
print("top " + top.join(" "));
print("first " + sorted[0].tag + " last " + sorted[sorted.length - 1].tag);
print("escapes " + JSON.stringify(["a\"b", "c\\d", "e\nf", "\u0001", 1.5, -0, null, true]));
print(failures == 0 ? "PASS" : "FAIL " + failures);
