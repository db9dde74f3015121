// A discrete-event simulation of a bank: customers arrive, queue for tellers,
// deposit, withdraw or transfer between accounts, and sometimes give up waiting.
// Events sit in a binary-heap priority queue ordered by (time, sequence); each
// event stores a callback closure that captures the state it acts on.

function Random(seed) { this.state = seed >>> 0; }
Random.prototype.next = function () {
  // xorshift32
  var x = this.state;
  x ^= x << 13; x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5; x >>>= 0;
  this.state = x;
  return x;
};
Random.prototype.between = function (lo, hi) { return lo + this.next() % (hi - lo + 1); };
Random.prototype.chance = function (percent) { return this.next() % 100 < percent; };

// --- priority queue ----------------------------------------------------------

function Event(time, seq, label, action) {
  this.time = time;
  this.seq = seq;
  this.label = label;
  this.action = action;
  this.cancelled = false;
}
Event.prototype.before = function (other) {
  return this.time < other.time || (this.time === other.time && this.seq < other.seq);
};

function EventQueue() { this.heap = []; this.pushes = 0; this.maxSize = 0; }
EventQueue.prototype.push = function (ev) {
  var h = this.heap, i = h.length;
  h.push(ev);
  this.pushes++;
  while (i > 0) {
    var parent = (i - 1) >> 1;
    if (!h[i].before(h[parent])) break;
    var tmp = h[i]; h[i] = h[parent]; h[parent] = tmp;
    i = parent;
  }
  if (h.length > this.maxSize) this.maxSize = h.length;
};
EventQueue.prototype.pop = function () {
  var h = this.heap;
  if (h.length === 0) return null;
  var top = h[0], last = h.pop();
  if (h.length > 0) {
    h[0] = last;
    var i = 0, n = h.length;
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < n && h[l].before(h[m])) m = l;
      if (r < n && h[r].before(h[m])) m = r;
      if (m === i) break;
      var tmp = h[i]; h[i] = h[m]; h[m] = tmp;
      i = m;
    }
  }
  return top;
};
EventQueue.prototype.check = function () {
  var h = this.heap;
  for (var i = 1; i < h.length; i++) {
    if (h[i].before(h[(i - 1) >> 1])) throw new Error("heap order broken at " + i);
  }
  return h.length;
};
Object.defineProperty(EventQueue.prototype, "size", { get: function () { return this.heap.length; } });

// --- the simulator -----------------------------------------------------------

function Simulator() {
  this.now = 0;
  this.seq = 0;
  this.queue = new EventQueue();
  this.fired = 0;
  this.byLabel = {};
}
// at(delay, label, fn, extra args...): schedules fn(extra args...) after `delay`.
Simulator.prototype.at = function (delay, label, fn) {
  var args = Array.prototype.slice.call(arguments, 3), self = this;
  var ev = new Event(this.now + delay, this.seq++, label, function () { return fn.apply(self, args); });
  this.queue.push(ev);
  return ev;
};
Simulator.prototype.run = function (until) {
  while (this.queue.size > 0) {
    var ev = this.queue.pop();
    if (ev.time > until) { this.queue.push(ev); break; }
    if (ev.time < this.now) throw new Error("time went backwards");
    this.now = ev.time;
    if (ev.cancelled) continue;
    this.fired++;
    this.byLabel[ev.label] = (this.byLabel[ev.label] || 0) + 1;
    ev.action();
  }
};

// --- the bank ----------------------------------------------------------------

function Account(id, opening) {
  var balance = opening, history = 0;
  this.id = id;
  // The balance is private to these accessors; every change is counted.
  Object.defineProperty(this, "balance", {
    get: function () { return balance; },
    set: function (v) {
      if (v < 0) throw new RangeError("account " + id + " would go negative");
      balance = v;
      history++;
    },
    enumerable: true
  });
  Object.defineProperty(this, "changes", { get: function () { return history; } });
}

function Teller(name, speed) {
  this.name = name;
  this.speed = speed; // percent of the nominal service time
  this.busyUntil = 0;
  this.busyTime = 0;
  this.served = 0;
  this.current = null;
}

function Bank(sim, rng, tellerSpeeds, accounts) {
  this.sim = sim;
  this.rng = rng;
  this.tellers = tellerSpeeds.map(function (s, i) { return new Teller("T" + i, s); });
  this.accounts = [];
  this.line = [];
  this.stats = { arrived: 0, served: 0, balked: 0, reneged: 0, declined: 0, transfers: 0, waitTotal: 0, waitMax: 0, lineMax: 0 };
  this.opening = 0;
  for (var i = 0; i < accounts; i++) {
    var amount = 100 * rng.between(1, 50);
    this.accounts.push(new Account(i, amount));
    this.opening += amount;
  }
  this.netFlow = 0;
}
Bank.prototype.totalBalance = function () {
  return this.accounts.reduce(function (s, a) { return s + a.balance; }, 0);
};
Bank.prototype.arrive = function (customer) {
  var bank = this, st = this.stats;
  st.arrived++;
  if (this.line.length >= 12 && this.rng.chance(70)) { st.balked++; return; }
  customer.arrivedAt = this.sim.now;
  this.line.push(customer);
  if (this.line.length > st.lineMax) st.lineMax = this.line.length;
  // Give up if not served within the customer's patience.
  customer.renege = this.sim.at(customer.patience, "renege", function () {
    var idx = bank.line.indexOf(customer);
    if (idx >= 0) {
      bank.line.splice(idx, 1);
      st.reneged++;
    }
  });
  this.dispatch();
};
Bank.prototype.dispatch = function () {
  for (var i = 0; i < this.tellers.length && this.line.length > 0; i++) {
    var t = this.tellers[i];
    if (t.current !== null) continue;
    this.serve(t, this.line.shift());
  }
};
Bank.prototype.serve = function (teller, customer) {
  var bank = this, st = this.stats, sim = this.sim;
  customer.renege.cancelled = true;
  var wait = sim.now - customer.arrivedAt;
  st.waitTotal += wait;
  if (wait > st.waitMax) st.waitMax = wait;
  teller.current = customer;
  var duration = Math.max(1, Math.floor(customer.work * teller.speed / 100));
  teller.busyTime += duration;
  sim.at(duration, "done", function (t, c) {
    bank.complete(t, c);
    t.current = null;
    t.served++;
    st.served++;
    bank.dispatch();
  }, teller, customer);
};
Bank.prototype.complete = function (teller, c) {
  var acct = this.accounts[c.account];
  try {
    switch (c.kind) {
      case "deposit":
        acct.balance += c.amount;
        this.netFlow += c.amount;
        break;
      case "withdraw":
        acct.balance -= c.amount;
        this.netFlow -= c.amount;
        break;
      case "transfer": {
        var other = this.accounts[c.other];
        if (other === acct) break;
        acct.balance -= c.amount; // may throw before anything changes
        other.balance += c.amount;
        this.stats.transfers++;
        break;
      }
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    this.stats.declined++;
  }
};

var KINDS = ["deposit", "deposit", "withdraw", "withdraw", "transfer"];
function Customer(id, rng, accounts) {
  this.id = id;
  this.kind = KINDS[rng.next() % KINDS.length];
  this.account = rng.next() % accounts;
  this.other = rng.next() % accounts;
  this.amount = 10 * rng.between(1, 40);
  this.work = rng.between(4, 30);
  this.patience = rng.between(20, 120);
  this.arrivedAt = 0;
  this.renege = null;
}

function simulate(seed, tellerSpeeds, accounts, horizon) {
  var rng = new Random(seed), sim = new Simulator();
  var bank = new Bank(sim, rng, tellerSpeeds, accounts);
  var nextId = 0;
  // A self-rescheduling arrival process whose rate varies over the day.
  function arrival() {
    var c = new Customer(nextId++, rng, accounts);
    bank.arrive(c);
    var busy = sim.now % 1000 < 400;
    sim.at(rng.between(1, busy ? 6 : 14), "arrive", arrival);
  }
  sim.at(0, "arrive", arrival);
  // Periodic audits: conservation of money and the heap invariant.
  var audits = 0;
  (function audit() {
    if (bank.totalBalance() !== bank.opening + bank.netFlow) throw new Error("money created or lost at " + sim.now);
    sim.queue.check();
    audits++;
    sim.at(500, "audit", audit);
  })();
  sim.run(horizon);
  var st = bank.stats;
  var parts = [];
  for (var key in st) {
    if (key === "waitTotal") continue;
    parts.push(key + "=" + st[key]);
  }
  var util = bank.tellers.map(function (t) {
    return t.name + ":" + t.served + "/" + Math.round(100 * t.busyTime / sim.now) + "%";
  });
  var labels = Object.keys(sim.byLabel).sort().map(function (k) { return k + "=" + sim.byLabel[k]; });
  var richest = bank.accounts.slice().sort(function (a, b) { return b.balance - a.balance || a.id - b.id; }).slice(0, 3);
  var changes = 0;
  bank.accounts.forEach(function (a) { changes += a.changes; });
  return [
    "seed " + seed + " t=" + sim.now + " events " + sim.fired + " pushed " + sim.queue.pushes + " heap max " + sim.queue.maxSize + " audits " + audits,
    "  " + parts.join(" "),
    "  mean wait " + (st.waitTotal / st.served).toFixed(3) + " tellers " + util.join(" "),
    "  fired " + labels.join(" "),
    "  money " + bank.totalBalance() + " changes " + changes + " richest " + richest.map(function (a) { return "#" + a.id + "=" + a.balance; }).join(",")
  ];
}

simulate(2718281, [100, 120, 90], 40, 50000).forEach(function (l) { print(l); });
simulate(3141592, [80, 100, 100, 150, 110], 25, 50000).forEach(function (l) { print(l); });

// A JSON view of one account shows the accessor as a plain field.
var a = new Account(7, 250);
a.balance -= 50;
print("account", JSON.stringify(a), a.changes, Object.keys(a).join(","), a.hasOwnProperty("changes"));
