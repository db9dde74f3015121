// An operating-system scheduler simulation: idle, worker, handler and device tasks
// share a Task prototype and override run(); packets travel in linked queues; a
// priority scheduler loop picks the most urgent runnable task until the idle task's
// budget runs out. Checks that no packet is lost and prints a digest.

function inherits(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype);
  Child.prototype.constructor = Child;
  Child.base = Parent.prototype;
}

// Park-Miller "minimal standard" generator; every product is exact in a double.
function Random(seed) { this.state = seed; }
Random.prototype.next = function () {
  this.state = (this.state * 16807) % 2147483647;
  return this.state;
};
Random.prototype.below = function (n) { return this.next() % n; };

var WORK = 0, IO = 1;
var KIND_NAMES = ["work", "io"];
var packetCount = 0;

function Packet(kind, home) {
  this.kind = kind;
  this.home = home;
  this.link = null;
  this.serial = packetCount++;
  this.cursor = 0;
  this.trips = 0;
  this.data = [0, 0, 0, 0, 0, 0];
}
Packet.prototype.toString = function () {
  return KIND_NAMES[this.kind] + "#" + this.serial;
};

function PacketQueue() { this.head = null; this.tail = null; this.size = 0; }
PacketQueue.prototype.append = function (p) {
  p.link = null;
  if (this.tail === null) this.head = p; else this.tail.link = p;
  this.tail = p;
  this.size++;
};
PacketQueue.prototype.take = function () {
  var p = this.head;
  if (p !== null) {
    this.head = p.link;
    if (this.head === null) this.tail = null;
    p.link = null;
    this.size--;
  }
  return p;
};
PacketQueue.prototype.isEmpty = function () { return this.head === null; };
PacketQueue.prototype.each = function (fn, self) {
  for (var p = this.head; p !== null; p = p.link) fn.call(self, p);
};

// --- tasks -------------------------------------------------------------------

function Task(os, name, priority) {
  this.os = os;
  this.name = name;
  this.priority = priority;
  this.inbox = new PacketQueue();
  this.ready = true;   // runnable even without a packet
  this.held = false;   // suspended by another task
  this.runs = 0;
  os.addTask(this);
}
Task.prototype.kind = "task";
Task.prototype.isRunnable = function () {
  return !this.held && (this.ready || !this.inbox.isEmpty());
};
Task.prototype.step = function () {
  this.runs++;
  this.run(this.inbox.take());
};
Task.prototype.run = function (packet) {
  throw new Error("abstract run() called on " + this.describe());
};
Task.prototype.sleep = function () { this.ready = false; };
Task.prototype.send = function (packet, target) {
  packet.trips++;
  this.os.deliver(packet, target);
};
Task.prototype.describe = function () { return this.kind + ":" + this.name; };
Task.prototype.heldPackets = function () { return []; };

// The idle task runs when nothing else can: it raises device interrupts and
// counts down the simulation budget.
function IdleTask(os, name, budget, devices) {
  Task.call(this, os, name, 0);
  this.budget = budget;
  this.devices = devices;
  this.interrupts = 0;
}
inherits(IdleTask, Task);
IdleTask.prototype.kind = "idle";
IdleTask.prototype.run = function (packet) {
  if (packet !== null) throw new Error("idle task received " + packet);
  if (--this.budget === 0) { this.os.halted = true; return; }
  var r = this.os.rng.next();
  var dev = this.devices[r % this.devices.length];
  if (dev.current !== null) {
    this.interrupts++;
    dev.held = false;
    dev.ready = true;
  } else if ((r & 7) === 0) {
    // Occasionally hold a random worker for a while, then release it.
    var w = this.os.workers[(r >> 3) % this.os.workers.length];
    w.held = !w.held;
  } else {
    for (var i = 0; i < this.os.workers.length; i++) this.os.workers[i].held = false;
  }
};

// A worker fills work packets with characters and sends each to a handler.
function WorkerTask(os, name, priority, handlers, seedChar) {
  Task.call(this, os, name, priority);
  this.handlers = handlers;
  this.turn = 0;
  this.nextChar = seedChar;
  this.produced = 0;
}
inherits(WorkerTask, Task);
WorkerTask.prototype.kind = "worker";
WorkerTask.prototype.run = function (packet) {
  if (packet === null) { this.sleep(); return; }
  var len = 1 + this.os.rng.below(packet.data.length);
  packet.data.length = 0;
  for (var i = 0; i < len; i++) {
    packet.data.push(this.nextChar);
    this.produced += this.nextChar;
    this.nextChar = this.nextChar === 90 ? 65 : this.nextChar + 1;
  }
  packet.cursor = 0;
  var h = this.handlers[this.turn];
  this.turn = (this.turn + 1) % this.handlers.length;
  this.send(packet, h);
};

// A handler pairs work packets with I/O packets: one character per I/O packet goes
// to its device; a finished work packet goes back to the worker that owns it.
function HandlerTask(os, name, priority, device) {
  Task.call(this, os, name, priority);
  this.device = device;
  this.work = new PacketQueue();
  this.free = new PacketQueue();
  this.transfers = 0;
}
inherits(HandlerTask, Task);
HandlerTask.prototype.kind = "handler";
HandlerTask.prototype.run = function (packet) {
  if (packet !== null) {
    if (packet.kind === WORK) this.work.append(packet); else this.free.append(packet);
  }
  while (!this.work.isEmpty() && !this.free.isEmpty()) {
    var w = this.work.head;
    var io = this.free.take();
    io.data[0] = w.data[w.cursor++];
    io.cursor = 1;
    this.transfers++;
    this.send(io, this.device);
    if (w.cursor >= w.data.length) this.send(this.work.take(), w.home);
  }
  this.sleep();
};
HandlerTask.prototype.heldPackets = function () {
  var out = [];
  this.work.each(function (p) { out.push(p); });
  this.free.each(function (p) { out.push(p); });
  return out;
};

// A device takes one I/O packet at a time, waits (held) for an interrupt from
// the idle task, then consumes the character and returns the packet.
function DeviceTask(os, name, priority, handlerRef) {
  Task.call(this, os, name, priority);
  this.handlerRef = handlerRef;
  this.current = null;
  this.consumed = 0;
  this.output = "";
  this.ready = false;
}
inherits(DeviceTask, Task);
DeviceTask.prototype.kind = "device";
DeviceTask.prototype.run = function (packet) {
  if (packet !== null) {
    if (this.current !== null) throw new Error(this.describe() + " busy");
    this.current = packet;
    this.held = true;
    this.sleep();
    return;
  }
  var p = this.current;
  if (p === null) { this.sleep(); return; }
  this.current = null;
  this.consumed += p.data[0];
  if (this.output.length < 24) this.output += String.fromCharCode(p.data[0]);
  this.sleep();
  this.send(p, this.handlerRef.task);
};
// Finish the packet in hand before accepting the next one.
DeviceTask.prototype.step = function () {
  if (this.current === null) { DeviceTask.base.step.call(this); return; }
  this.runs++;
  this.run(null);
};
DeviceTask.prototype.heldPackets = function () {
  return this.current === null ? [] : [this.current];
};

// --- the operating system ----------------------------------------------------

function OS(seed) {
  this.tasks = [];
  this.workers = [];
  this.rng = new Random(seed);
  this.halted = false;
  this.steps = 0;
  this.switches = 0;
  this.deliveries = 0;
}
OS.prototype.addTask = function (t) {
  this.tasks.push(t);
  this.tasks.sort(function (a, b) { return b.priority - a.priority; });
};
OS.prototype.deliver = function (packet, target) {
  this.deliveries++;
  target.inbox.append(packet);
};
OS.prototype.schedule = function () {
  var tasks = this.tasks, last = null;
  while (!this.halted) {
    var chosen = null;
    for (var i = 0; i < tasks.length; i++) {
      if (tasks[i].isRunnable()) { chosen = tasks[i]; break; }
    }
    if (chosen === null) throw new Error("deadlock after " + this.steps + " steps");
    if (chosen !== last) { this.switches++; last = chosen; }
    this.steps++;
    chosen.step();
  }
};
OS.prototype.count = function (Ctor) {
  var n = 0;
  this.tasks.forEach(function (t) { if (t instanceof Ctor) n++; });
  return n;
};

function simulate(seed, budget, nHandlers, nWorkers, packetsPerWorker) {
  packetCount = 0;
  var os = new OS(seed);
  var handlers = [], devices = [];
  for (var h = 0; h < nHandlers; h++) {
    var ref = { task: null };
    var dev = new DeviceTask(os, "dev" + h, 100 + h, ref);
    var hand = new HandlerTask(os, "hnd" + h, 50 + h, dev);
    ref.task = hand;
    devices.push(dev);
    handlers.push(hand);
    for (var k = 0; k < 2; k++) hand.free.append(new Packet(IO, hand));
  }
  for (var w = 0; w < nWorkers; w++) {
    // Each worker visits the handlers in its own rotation.
    var order = handlers.slice(w % nHandlers).concat(handlers.slice(0, w % nHandlers));
    var worker = new WorkerTask(os, "wrk" + w, 10 + w, order, 65 + (w * 7) % 26);
    os.workers.push(worker);
    for (var q = 0; q < packetsPerWorker; q++) worker.inbox.append(new Packet(WORK, worker));
  }
  var idle = new IdleTask(os, "idle", budget, devices);
  os.schedule();

  // Every packet is in exactly one place: an inbox or held by a handler or device.
  var seen = {}, total = 0, pending = 0;
  os.tasks.forEach(function (t) {
    var mine = t.heldPackets();
    t.inbox.each(function (p) { mine.push(p); });
    mine.forEach(function (p) {
      if (seen.hasOwnProperty(p.serial)) throw new Error("packet " + p + " in two places");
      seen[p.serial] = t.name;
      total++;
      if (p.kind === WORK) for (var i = p.cursor; i < p.data.length; i++) pending += p.data[i];
    });
  });
  if (total !== packetCount) throw new Error("lost packets: " + total + " of " + packetCount);
  var produced = 0, consumed = 0, inflight = 0;
  os.workers.forEach(function (w) {
    produced += w.produced;
  });
  devices.forEach(function (d) {
    consumed += d.consumed;
    if (d.current !== null) inflight += d.current.data[0];
    d.inbox.each(function (p) { inflight += p.data[0]; });
  });
  // Work packets in worker inboxes are fully delivered (or fresh and zeroed), so
  // the characters not yet consumed are those with handlers, from the cursor on.
  if (pending !== pendingWork(os)) throw new Error("pending mismatch");
  var accounted = consumed + inflight + pending;
  if (produced !== accounted) throw new Error("character sum mismatch " + produced + " vs " + accounted);
  var tally = { idle: 0, worker: 0, handler: 0, device: 0 };
  os.tasks.forEach(function (t) { tally[t.kind] += t.runs; });
  var parts = [];
  for (var kind in tally) parts.push(kind + "=" + tally[kind]);
  return {
    os: os, idle: idle, devices: devices, handlers: handlers,
    line: "steps " + os.steps + " switches " + os.switches + " deliveries " + os.deliveries +
      " interrupts " + idle.interrupts + " runs " + parts.join(","),
    out: devices.map(function (d) { return d.output; }).join("|")
  };
}

// Characters handed to workers but not yet sent to a device: those in work packets
// sitting with handlers (from the cursor on).
function pendingWork(os) {
  var sum = 0;
  os.tasks.forEach(function (t) {
    if (!(t instanceof HandlerTask)) return;
    var add = function (p) {
      if (p.kind !== WORK) return;
      for (var i = p.cursor; i < p.data.length; i++) sum += p.data[i];
    };
    t.work.each(add);
    t.inbox.each(add);
  });
  return sum;
}

var r1 = simulate(42, 5000, 2, 1, 2);
print("run1", r1.line);
print("run1 out", r1.out);
var r2 = simulate(1234567, 9000, 3, 2, 3);
print("run2", r2.line);
print("run2 out", r2.out);
var r3 = simulate(99991, 16000, 4, 3, 4);
print("run3", r3.line);
print("run3 tasks", r3.os.count(Task), r3.os.count(DeviceTask), r3.os.count(HandlerTask), r3.os.count(WorkerTask), r3.os.count(IdleTask));
var transfers = r3.handlers.map(function (h) { return h.transfers; });
print("run3 transfers", transfers.join(" "), "consumed", r3.devices.map(function (d) { return d.consumed; }).join(" "));
try {
  new Task(new OS(1), "bare", 1).run(null);
} catch (e) {
  print("abstract", e instanceof Error, e.message);
}
