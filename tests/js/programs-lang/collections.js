// Linked list, queue (two stacks), binary min-heap priority queue, and a hash map with chaining.
function LinkedList() { this.head = null; this.size = 0; }
LinkedList.prototype.push = function (v) { var node = { v: v, next: null }; if (!this.head) this.head = node; else { var c = this.head; while (c.next) c = c.next; c.next = node; } this.size++; return this; };
LinkedList.prototype.unshift = function (v) { this.head = { v: v, next: this.head }; this.size++; return this; };
LinkedList.prototype.reverse = function () { var prev = null, cur = this.head; while (cur) { var n = cur.next; cur.next = prev; prev = cur; cur = n; } this.head = prev; return this; };
LinkedList.prototype.remove = function (v) { var dummy = { next: this.head }, c = dummy; while (c.next) { if (c.next.v === v) { c.next = c.next.next; this.size--; } else c = c.next; } this.head = dummy.next; return this; };
LinkedList.prototype.toArray = function () { var r = []; for (var c = this.head; c; c = c.next) r.push(c.v); return r; };
LinkedList.prototype.toString = function () { return "(" + this.toArray().join(" -> ") + ")"; };
var ll = new LinkedList();
for (var i = 1; i <= 10; i++) ll.push(i);
ll.unshift(0);
print("list", String(ll), ll.size);
ll.reverse();
print("reversed", String(ll));
ll.remove(5).remove(0).remove(10).remove(42);
print("removed", String(ll), ll.size);
function Queue() { this.inbox = []; this.outbox = []; }
Queue.prototype.enqueue = function (v) { this.inbox.push(v); };
Queue.prototype.dequeue = function () { if (!this.outbox.length) while (this.inbox.length) this.outbox.push(this.inbox.pop()); return this.outbox.pop(); };
Queue.prototype.size = function () { return this.inbox.length + this.outbox.length; };
var q = new Queue();
var deq = [];
for (var j = 0; j < 20; j++) { q.enqueue(j); if (j % 3 === 2) deq.push(q.dequeue()); }
while (q.size()) deq.push(q.dequeue());
print("queue order", deq.join(","));
function MinHeap(cmp) { this.a = []; this.cmp = cmp || function (x, y) { return x - y; }; }
MinHeap.prototype.push = function (v) {
  var a = this.a; a.push(v);
  var i = a.length - 1;
  while (i > 0) { var p = (i - 1) >> 1; if (this.cmp(a[i], a[p]) >= 0) break; var t = a[i]; a[i] = a[p]; a[p] = t; i = p; }
};
MinHeap.prototype.pop = function () {
  var a = this.a; if (!a.length) return undefined;
  var top = a[0], last = a.pop();
  if (a.length) {
    a[0] = last;
    var i = 0;
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < a.length && this.cmp(a[l], a[m]) < 0) m = l;
      if (r < a.length && this.cmp(a[r], a[m]) < 0) m = r;
      if (m === i) break;
      var t = a[i]; a[i] = a[m]; a[m] = t; i = m;
    }
  }
  return top;
};
var h = new MinHeap();
var seed = 12345;
function rnd() { seed = (seed * 16807) % 2147483647; return seed; }
for (var k = 0; k < 500; k++) h.push(rnd() % 1000);
var sorted = [];
while (h.a.length) sorted.push(h.pop());
var okSorted = true;
for (var s = 1; s < sorted.length; s++) if (sorted[s - 1] > sorted[s]) okSorted = false;
print("heap sort 500", okSorted, sorted.length, sorted.slice(0, 8).join(","), sorted[499]);
var tasks = new MinHeap(function (x, y) { return x.pri - y.pri || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0); });
var names = ["write", "test", "deploy", "review", "plan", "fix", "ship"];
var pris = [3, 2, 5, 2, 1, 1, 5];
for (var n = 0; n < names.length; n++) tasks.push({ name: names[n], pri: pris[n] });
var order = [];
while (tasks.a.length) { var tk = tasks.pop(); order.push(tk.pri + ":" + tk.name); }
print("task order", order.join(" "));
function HashMap(buckets) { this.b = []; this.n = buckets; for (var i = 0; i < buckets; i++) this.b.push([]); this.count = 0; }
HashMap.prototype.hash = function (key) { var h = 0; for (var i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0; return (h >>> 0) % this.n; };
HashMap.prototype.set = function (k, v) { var bucket = this.b[this.hash(k)]; for (var i = 0; i < bucket.length; i++) if (bucket[i][0] === k) { bucket[i][1] = v; return; } bucket.push([k, v]); this.count++; };
HashMap.prototype.get = function (k) { var bucket = this.b[this.hash(k)]; for (var i = 0; i < bucket.length; i++) if (bucket[i][0] === k) return bucket[i][1]; return undefined; };
HashMap.prototype.del = function (k) { var bucket = this.b[this.hash(k)]; for (var i = 0; i < bucket.length; i++) if (bucket[i][0] === k) { bucket.splice(i, 1); this.count--; return true; } return false; };
var hm = new HashMap(17);
for (var w = 0; w < 300; w++) hm.set("key" + w, w * w);
for (var d = 0; d < 300; d += 3) hm.del("key" + d);
hm.set("key1", "overwritten");
var longest = 0;
for (var bb = 0; bb < hm.n; bb++) if (hm.b[bb].length > longest) longest = hm.b[bb].length;
print("hashmap", hm.count, hm.get("key1"), hm.get("key2"), hm.get("key3"), hm.get("key299"), longest);
var lru = { cap: 3, order: [], data: {} };
function lruGet(c, k) { if (!(k in c.data)) return -1; c.order.splice(c.order.indexOf(k), 1); c.order.push(k); return c.data[k]; }
function lruPut(c, k, v) { if (k in c.data) c.order.splice(c.order.indexOf(k), 1); else if (c.order.length === c.cap) delete c.data[c.order.shift()]; c.order.push(k); c.data[k] = v; }
lruPut(lru, "a", 1); lruPut(lru, "b", 2); lruPut(lru, "c", 3);
lruGet(lru, "a");
lruPut(lru, "d", 4);
print("lru", lruGet(lru, "b"), lruGet(lru, "a"), lruGet(lru, "c"), lruGet(lru, "d"), lru.order.join(""));
