// A top-down splay tree keyed by numbers, holding small payload objects. Inserts,
// finds and removes thousands of entries in a few phases, with verification walks
// that check ordering, parent-free structure and payload integrity.

function Rng(seed) { this.s = seed >>> 0; }
// xorshift32: bit operations only, so every engine agrees.
Rng.prototype.next = function () {
  var x = this.s;
  x ^= x << 13; x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5; x >>>= 0;
  this.s = x;
  return x;
};
Rng.prototype.below = function (n) { return this.next() % n; };

function SplayNode(key, value) {
  this.key = key;
  this.value = value;
  this.left = null;
  this.right = null;
}

function SplayTree() {
  this.root = null;
  this.size = 0;
  this.rotations = 0;
}

// Brings the node with `key` (or the last node on its search path) to the root.
SplayTree.prototype.splay = function (key) {
  if (this.root === null) return;
  var header = new SplayNode(null, null);
  var l = header, r = header, t = this.root;
  for (;;) {
    if (key < t.key) {
      if (t.left === null) break;
      if (key < t.left.key) {
        var y = t.left; // rotate right
        t.left = y.right; y.right = t; t = y;
        this.rotations++;
        if (t.left === null) break;
      }
      r.left = t; r = t; t = t.left; // link right
    } else if (key > t.key) {
      if (t.right === null) break;
      if (key > t.right.key) {
        var z = t.right; // rotate left
        t.right = z.left; z.left = t; t = z;
        this.rotations++;
        if (t.right === null) break;
      }
      l.right = t; l = t; t = t.right; // link left
    } else {
      break;
    }
  }
  l.right = t.left; r.left = t.right;
  t.left = header.right; t.right = header.left;
  this.root = t;
};

SplayTree.prototype.insert = function (key, value) {
  if (this.root === null) { this.root = new SplayNode(key, value); this.size++; return true; }
  this.splay(key);
  if (this.root.key === key) return false;
  var node = new SplayNode(key, value);
  if (key > this.root.key) {
    node.left = this.root; node.right = this.root.right; this.root.right = null;
  } else {
    node.right = this.root; node.left = this.root.left; this.root.left = null;
  }
  this.root = node;
  this.size++;
  return true;
};

SplayTree.prototype.find = function (key) {
  if (this.root === null) return null;
  this.splay(key);
  return this.root.key === key ? this.root : null;
};

SplayTree.prototype.remove = function (key) {
  if (this.find(key) === null) return null;
  var removed = this.root;
  if (removed.left === null) {
    this.root = removed.right;
  } else {
    var right = removed.right;
    this.root = removed.left;
    this.splay(key); // the maximum of the left subtree comes to the root
    this.root.right = right;
  }
  this.size--;
  return removed;
};

SplayTree.prototype.max = function (from) {
  var n = from || this.root;
  if (n === null) return null;
  while (n.right !== null) n = n.right;
  return n;
};

// The node with the largest key below `key`.
SplayTree.prototype.before = function (key) {
  if (this.root === null) return null;
  this.splay(key);
  if (this.root.key < key) return this.root;
  return this.root.left === null ? null : this.max(this.root.left);
};

// In-order walk with an explicit stack (no recursion: the tree can be deep).
SplayTree.prototype.forEach = function (fn) {
  var stack = [], n = this.root, i = 0;
  while (n !== null || stack.length > 0) {
    while (n !== null) { stack.push(n); n = n.left; }
    n = stack.pop();
    fn(n, i++);
    n = n.right;
  }
};

SplayTree.prototype.height = function () {
  var best = 0, stack = [];
  if (this.root !== null) stack.push([this.root, 1]);
  while (stack.length > 0) {
    var e = stack.pop(), node = e[0], d = e[1];
    if (d > best) best = d;
    if (node.left !== null) stack.push([node.left, d + 1]);
    if (node.right !== null) stack.push([node.right, d + 1]);
  }
  return best;
};

// --- payloads ----------------------------------------------------------------

var TAGS = ["red", "green", "blue", "amber", "violet"];
function Payload(key, serial, rng) {
  this.key = key;
  this.serial = serial;
  this.tag = TAGS[rng.below(TAGS.length)];
  this.weights = [rng.below(100), rng.below(100), rng.below(100)];
  this.label = "item-" + serial.toString(36);
}
Payload.prototype.checksum = function () {
  return (this.key % 9973) + this.weights[0] * 3 + this.weights[1] * 5 + this.weights[2] * 7 + this.label.length;
};

function verify(tree, mirror, phase) {
  var prev = -Infinity, count = 0, sum = 0;
  tree.forEach(function (node, i) {
    if (!(node.key > prev)) throw new Error(phase + ": keys out of order at " + i);
    if (node.value.key !== node.key) throw new Error(phase + ": payload key mismatch");
    if (!mirror.hasOwnProperty("k" + node.key)) throw new Error(phase + ": unexpected key " + node.key);
    prev = node.key;
    count++;
    sum = (sum + node.value.checksum()) % 1000000007;
  });
  if (count !== tree.size) throw new Error(phase + ": size " + tree.size + " but walked " + count);
  return sum;
}

function run(seed, initial, rounds) {
  var rng = new Rng(seed), tree = new SplayTree(), mirror = {}, keys = [], serial = 0;
  var stats = { inserted: 0, duplicates: 0, found: 0, missed: 0, removed: 0, tagged: {} };
  function add() {
    var key = rng.below(1 << 20) + rng.below(1000) / 1000;
    var p = new Payload(key, serial++, rng);
    if (tree.insert(key, p)) {
      mirror["k" + key] = p;
      keys.push(key);
      stats.inserted++;
    } else {
      stats.duplicates++;
    }
  }
  for (var i = 0; i < initial; i++) add();
  var digest = [verify(tree, mirror, "initial")];
  for (var round = 0; round < rounds; round++) {
    // Mostly lookups of live keys, some of absent ones.
    for (var f = 0; f < 2000; f++) {
      var probe = rng.below(4) === 0 ? rng.below(1 << 20) + 0.5 : keys[rng.below(keys.length)];
      var hit = tree.find(probe);
      if (hit !== null) {
        stats.found++;
        stats.tagged[hit.value.tag] = (stats.tagged[hit.value.tag] || 0) + 1;
        if (mirror["k" + probe] !== hit.value) throw new Error("wrong payload for " + probe);
      } else {
        stats.missed++;
        if (mirror.hasOwnProperty("k" + probe)) throw new Error("lost key " + probe);
      }
    }
    // Remove a slice of keys, replace them with fresh ones.
    for (var d = 0; d < 400; d++) {
      var idx = rng.below(keys.length);
      var key = keys[idx];
      keys[idx] = keys[keys.length - 1];
      keys.pop();
      var gone = tree.remove(key);
      if (gone === null || gone.key !== key) throw new Error("remove failed for " + key);
      delete mirror["k" + key];
      stats.removed++;
    }
    for (var a = 0; a < 400; a++) add();
    // Predecessor queries must agree with a sorted copy of the keys.
    var sorted = keys.slice().sort(function (x, y) { return x - y; });
    for (var q = 0; q < 50; q++) {
      var j = 1 + rng.below(sorted.length - 1);
      var b = tree.before(sorted[j]);
      if (b === null || b.key !== sorted[j - 1]) throw new Error("predecessor of " + sorted[j]);
    }
    if (round % 2 === 1) digest.push(verify(tree, mirror, "round " + round));
  }
  // Drain the tree in ascending order by always removing the minimum.
  var drained = 0, last = -1;
  var sortedAll = keys.slice().sort(function (x, y) { return x - y; });
  while (tree.size > Math.floor(keys.length / 2)) {
    var k = sortedAll[drained++];
    var n = tree.remove(k);
    if (n.key <= last) throw new Error("drain order");
    last = n.key;
  }
  var tagNames = [];
  for (var t in stats.tagged) tagNames.push(t + "=" + stats.tagged[t]);
  tagNames.sort();
  return [
    "seed " + seed + " size " + tree.size + " height " + tree.height() + " rotations " + tree.rotations,
    "  ins " + stats.inserted + " dup " + stats.duplicates + " found " + stats.found + " missed " + stats.missed + " removed " + stats.removed + " drained " + drained,
    "  tags " + tagNames.join(" "),
    "  digest " + digest.join(",") + " max " + tree.max().key + " root " + tree.root.value.label
  ];
}

run(12345, 4000, 6).forEach(function (line) { print(line); });
run(987654321, 2500, 4).forEach(function (line) { print(line); });
