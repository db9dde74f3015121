// regexp-dna: builds a DNA-like sequence with a seeded generator, then counts
// alternation patterns (/agggtaaa|tttaccct/ig ...) with String.match, with an
// exec loop driven by lastIndex, and with an indexOf scan, which must agree.
// Also strips headers/newlines with replace and expands IUB codes via callback.

var seed = 42;
function nextRandom(max) {
  seed = (seed * 16807) % 2147483647;
  return seed % max;
}

var bases = "acgt";
var motifs = ["agggtaaa", "tttaccct", "gggtaaat", "atttaccc", "cgggtaaa", "ggtacccg", "tttacccg"];
var iub = "BDHKMNRSVWY";

function buildInput() {
  var text = ">ONE generated sequence\n";
  var line = "";
  var total = 0;
  for (var i = 0; i < 80000; i++) {
    var r = nextRandom(1000);
    var ch;
    if (r < 4) ch = motifs[r % motifs.length];
    else if (r < 6) ch = iub.charAt(nextRandom(iub.length));
    else ch = bases.charAt(r & 3);
    if (r % 97 == 0) ch = ch.toUpperCase();
    line += ch;
    total += ch.length;
    if (line.length >= 60) {
      text += line.substring(0, 60) + "\n";
      line = line.substring(60);
    }
    if (i == 40000) text += ">TWO second part\n";
  }
  text += line + "\n";
  return text;
}

var input = buildInput();
var originalLength = input.length;
var seq = input.replace(/>.*\n|\n/g, "");
var cleanedLength = seq.length;

var variants = [
  /agggtaaa|tttaccct/ig,
  /[cgt]gggtaaa|tttaccc[acg]/ig,
  /a[act]ggtaaa|tttacc[agt]t/ig,
  /ag[act]gtaaa|tttac[agt]ct/ig,
  /agg[act]taaa|ttta[agt]cct/ig,
  /aggg[acg]aaa|ttt[cgt]ccct/ig,
  /agggt[cgt]aa|tt[acg]accct/ig,
  /agggta[cgt]a|t[acg]taccct/ig,
  /agggtaa[cgt]|[acg]ttaccct/ig
];

// expand a simple pattern of literals and [..] classes into all concrete words
function expand(pattern) {
  var words = [""];
  var i = 0;
  while (i < pattern.length) {
    var options;
    if (pattern.charAt(i) == "[") {
      var end = pattern.indexOf("]", i);
      options = pattern.substring(i + 1, end).split("");
      i = end + 1;
    } else {
      options = [pattern.charAt(i)];
      i++;
    }
    var next = [];
    for (var w = 0; w < words.length; w++)
      for (var o = 0; o < options.length; o++) next.push(words[w] + options[o]);
    words = next;
  }
  return words;
}

function countIndexOf(hay, words) {
  // non-overlapping leftmost matches of any word, like a global regexp
  var count = 0, pos = 0;
  while (true) {
    var best = -1, bestLen = 0;
    for (var i = 0; i < words.length; i++) {
      var p = hay.indexOf(words[i], pos);
      if (p >= 0 && (best < 0 || p < best)) { best = p; bestLen = words[i].length; }
    }
    if (best < 0) return count;
    count++;
    pos = best + bestLen;
  }
}

var failures = 0;
var lowerSeq = seq.toLowerCase();
for (var v = 0; v < variants.length; v++) {
  var re = variants[v];
  var m = seq.match(re);
  var c1 = m ? m.length : 0;

  var c2 = 0;
  re.lastIndex = 0;
  var r;
  while ((r = re.exec(seq)) !== null) {
    c2++;
    if (r[0].length != 8 || re.lastIndex != r.index + 8) failures++;
  }
  if (re.lastIndex != 0) failures++;

  var halves = re.source.split("|");
  var words = expand(halves[0]).concat(expand(halves[1]));
  var c3 = countIndexOf(lowerSeq, words);

  if (c1 != c2 || c1 != c3) failures++;
  print(re.source + " " + c1);
}

var iubMap = {
  B: "(c|g|t)", D: "(a|g|t)", H: "(a|c|t)", K: "(g|t)", M: "(a|c)", N: "(a|c|g|t)",
  R: "(a|g)", S: "(c|g)", V: "(a|c|g)", W: "(a|t)", Y: "(c|t)"
};
var replaced = 0;
var expanded = seq.replace(/[BDHKMNRSVWY]/g, function (ch) {
  replaced++;
  return iubMap[ch];
});
// the expansion length follows from the per-code counts
var predicted = seq.length;
for (var code in iubMap) {
  var occurrences = seq.split(code).length - 1;
  predicted += occurrences * (iubMap[code].length - 1);
}
if (predicted != expanded.length) failures++;

var upperRuns = seq.match(/[ACGT]{8}/g) || [];
var gcCount = (lowerSeq.match(/[gc]/g) || []).length;
print("");
print(originalLength);
print(cleanedLength);
print(expanded.length + " (" + replaced + " codes)");
print("upper runs " + upperRuns.length + " gc " + gcCount + " test " + /tttaccct/i.test(seq) + " search " + seq.search(/ggtacccg/i));
print(failures == 0 ? "PASS" : "FAIL " + failures);
