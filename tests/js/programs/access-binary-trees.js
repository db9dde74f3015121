// access-binary-trees: allocates, walks and drops many complete binary trees of
// object nodes (constructor + prototype methods), depths 4..12. Checks each
// tree's item checksum against its closed form (item - 1 for depth >= 1) and the
// node count against 2^(d+1) - 1, and prints per-depth totals.

function TreeNode(left, right, item) {
  this.left = left;
  this.right = right;
  this.item = item;
}

TreeNode.prototype.itemCheck = function () {
  if (this.left == null) return this.item;
  return this.item + this.left.itemCheck() - this.right.itemCheck();
};

TreeNode.prototype.countNodes = function () {
  if (this.left == null) return 1;
  return 1 + this.left.countNodes() + this.right.countNodes();
};

TreeNode.prototype.maxDepth = function () {
  if (this.left == null) return 0;
  var a = this.left.maxDepth(), b = this.right.maxDepth();
  return 1 + (a > b ? a : b);
};

function bottomUpTree(item, depth) {
  if (depth > 0) {
    return new TreeNode(bottomUpTree(2 * item - 1, depth - 1), bottomUpTree(2 * item, depth - 1), item);
  }
  return new TreeNode(null, null, item);
}

// iterative construction with an explicit array queue, as a second method
function topDownTree(item, depth) {
  var root = new TreeNode(null, null, item);
  var level = [root];
  for (var d = 0; d < depth; d++) {
    var next = [];
    for (var i = 0; i < level.length; i++) {
      var n = level[i];
      n.left = new TreeNode(null, null, 2 * n.item - 1);
      n.right = new TreeNode(null, null, 2 * n.item);
      next.push(n.left);
      next.push(n.right);
    }
    level = next;
  }
  return root;
}

var minDepth = 4;
var maxDepth = 12;
var failures = 0;
var grandTotal = 0;

var stretch = bottomUpTree(0, maxDepth + 1);
print("stretch depth " + (maxDepth + 1) + " check " + stretch.itemCheck() + " nodes " + stretch.countNodes());
if (stretch.countNodes() != Math.pow(2, maxDepth + 2) - 1) failures++;
stretch = null;

var longLived = bottomUpTree(0, maxDepth);

for (var depth = minDepth; depth <= maxDepth; depth += 2) {
  var iterations = 1 << (maxDepth - depth + minDepth - 1);
  var check = 0;
  for (var i = 1; i <= iterations; i++) {
    var t1 = bottomUpTree(i, depth);
    var t2 = bottomUpTree(-i, depth);
    var c1 = t1.itemCheck(), c2 = t2.itemCheck();
    if (c1 != i - 1 || c2 != -i - 1) failures++;
    check += c1 + c2;
    if (i % 16 == 1) {
      if (t1.countNodes() != (1 << (depth + 1)) - 1) failures++;
      if (t1.maxDepth() != depth) failures++;
      var t3 = topDownTree(i, depth);
      if (t3.itemCheck() != c1) failures++;
    }
  }
  grandTotal += check;
  print((iterations * 2) + " trees of depth " + depth + " check " + check);
}

print("long lived depth " + maxDepth + " check " + longLived.itemCheck() + " nodes " + longLived.countNodes());
print("total " + grandTotal);
print(failures == 0 ? "PASS" : "FAIL " + failures);
