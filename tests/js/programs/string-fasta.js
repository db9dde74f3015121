// string-fasta: FASTA-like output generation. Repeats a made-up base sequence,
// and draws weighted random letters with a linear congruential generator and
// cumulative-probability lookup, building sequences with += and wrapping them
// at 60 columns with substring/join. Checks letter frequencies and line shapes.

var IM = 139968, IA = 3877, IC = 29573;
var last = 42;
function random(max) {
  last = (last * IA + IC) % IM;
  return max * last / IM;
}

var baseSeq = "GATTACAGGCTCTTAAGGCCAATCGGTACCTAGGATCCAAGTTTCAGCATGCCGAATTCGTACGATCG" +
              "TTAGCCTAGGCAAGCTTGCGATCGATCAGTCAGGATCCTTAAACCCGGGTTTAAACCGGTACC";

var weightedA = [["a", 0.27], ["c", 0.12], ["g", 0.12], ["t", 0.27], ["B", 0.02], ["D", 0.02],
                 ["H", 0.02], ["K", 0.02], ["M", 0.02], ["N", 0.02], ["R", 0.02], ["S", 0.02],
                 ["V", 0.02], ["W", 0.02], ["Y", 0.02]];
var weightedB = [["a", 0.3029549426680], ["c", 0.1979883004921], ["g", 0.1975473066391], ["t", 0.3015094502008]];

function makeCumulative(table) {
  var p = 0;
  var out = [];
  for (var i = 0; i < table.length; i++) {
    p += table[i][1];
    out.push({ c: table[i][0], p: p });
  }
  out[out.length - 1].p = 1; // guard against rounding
  return out;
}

var outputLines = [];
function emit(line) {
  outputLines.push(line);
}

function wrapAndEmit(seq) {
  var lines = [];
  for (var i = 0; i < seq.length; i += 60) lines.push(seq.substring(i, i + 60));
  var block = lines.join("\n");
  var parts = block.split("\n");
  for (i = 0; i < parts.length; i++) emit(parts[i]);
}

function repeatFasta(src, n) {
  var seq = "";
  var pos = 0;
  while (seq.length < n) {
    var take = Math.min(src.length - pos, n - seq.length);
    seq += src.substring(pos, pos + take);
    pos = (pos + take) % src.length;
  }
  wrapAndEmit(seq);
  return seq;
}

function randomFasta(table, n) {
  var cum = makeCumulative(table);
  var seq = "";
  for (var i = 0; i < n; i++) {
    var r = random(1);
    for (var k = 0; k < cum.length; k++) {
      if (r < cum[k].p) {
        seq += cum[k].c;
        break;
      }
    }
  }
  wrapAndEmit(seq);
  return seq;
}

function countLetters(seq) {
  var counts = {};
  for (var i = 0; i < seq.length; i++) {
    var c = seq.charAt(i);
    counts[c] = (counts[c] || 0) + 1;
  }
  return counts;
}

function hash(s, h) {
  for (var i = 0; i < s.length; i++) h = (h * 33 ^ s.charCodeAt(i)) >>> 0;
  return h;
}

var n = 12000;
var failures = 0;
emit(">ONE made-up repeat");
var one = repeatFasta(baseSeq, n * 2);
emit(">TWO weighted random, fifteen letters");
var two = randomFasta(weightedA, n * 3);
emit(">THREE weighted random, four letters");
var three = randomFasta(weightedB, n * 5);

// checks: repeat is periodic; frequencies near their weights; line shape
for (var i = 0; i + baseSeq.length < one.length; i += 97) {
  if (one.charAt(i) != one.charAt(i + baseSeq.length)) failures++;
}
var tables = [[weightedA, two], [weightedB, three]];
var freqLine = "";
for (var t = 0; t < tables.length; t++) {
  var counts = countLetters(tables[t][1]);
  var total = 0;
  for (var j = 0; j < tables[t][0].length; j++) {
    var letter = tables[t][0][j][0];
    var expected = tables[t][0][j][1];
    var got = (counts[letter] || 0) / tables[t][1].length;
    if (Math.abs(got - expected) > 0.01) failures++;
    total += counts[letter] || 0;
    if (j < 4) freqLine += letter + "=" + (100 * got).toFixed(2) + "% ";
  }
  if (total != tables[t][1].length) failures++;
}

var text = outputLines.join("\n") + "\n";
var longLines = 0, headerLines = 0;
for (i = 0; i < outputLines.length; i++) {
  if (outputLines[i].charAt(0) == ">") headerLines++;
  else if (outputLines[i].length != 60) longLines++;
}
// every sequence length is a multiple of 60, so no short lines
if (longLines != 0 || headerLines != 3) failures++;

print("lines " + outputLines.length + " chars " + text.length + " hash " + hash(text, 5381));
print("freq " + freqLine.replace(/\s+$/, ""));
print("first " + outputLines[1]);
print("last  " + outputLines[outputLines.length - 1]);
print("lcg " + last);
print(failures == 0 ? "PASS" : "FAIL " + failures);
