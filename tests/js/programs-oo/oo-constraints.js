// An incremental one-way constraint solver in the local-propagation style: a
// hierarchy of constraints (unary: stay, edit; binary: equality, scale) built with
// a small class helper, variables with walkabout strengths, and a planner that adds
// and removes constraints incrementally and extracts execution plans.

// --- a tiny class system -----------------------------------------------------

function defineClass(Parent, ctor, methods) {
  if (Parent) {
    var proto = Object.create(Parent.prototype);
    proto.constructor = ctor;
    ctor.prototype = proto;
    ctor.parent = Parent;
  }
  for (var name in methods) {
    if (methods.hasOwnProperty(name)) ctor.prototype[name] = methods[name];
  }
  return ctor;
}

// --- strengths ---------------------------------------------------------------

function Strength(rank, label) { this.rank = rank; this.label = label; }
Strength.prototype.toString = function () { return this.label; };
Strength.LEVELS = [];
(function () {
  var names = ["required", "strong-preferred", "preferred", "strong-default", "normal", "weak-default", "weakest"];
  for (var i = 0; i < names.length; i++) Strength.LEVELS.push(new Strength(i, names[i]));
})();
Strength.REQUIRED = Strength.LEVELS[0];
Strength.STRONG_PREFERRED = Strength.LEVELS[1];
Strength.PREFERRED = Strength.LEVELS[2];
Strength.STRONG_DEFAULT = Strength.LEVELS[3];
Strength.NORMAL = Strength.LEVELS[4];
Strength.WEAK_DEFAULT = Strength.LEVELS[5];
Strength.WEAKEST = Strength.LEVELS[6];
Strength.prototype.weaker = function () { return Strength.LEVELS[Math.min(this.rank + 1, 6)]; };
function stronger(a, b) { return a.rank < b.rank; }
function weaker(a, b) { return a.rank > b.rank; }
function weakestOf(a, b) { return weaker(a, b) ? a : b; }

// --- variables ---------------------------------------------------------------

function Variable(name, initial) {
  this.name = name;
  this._value = initial;
  this.writes = 0;
  this.constraints = [];
  this.determinedBy = null;
  this.mark = 0;
  this.walkStrength = Strength.WEAKEST;
  this.stay = true;
}
// Every assignment of a value goes through a setter that counts writes.
Object.defineProperty(Variable.prototype, "value", {
  get: function () { return this._value; },
  set: function (v) { this._value = v; this.writes++; },
  enumerable: true,
  configurable: true
});
Variable.prototype.attach = function (c) { this.constraints.push(c); };
Variable.prototype.detach = function (c) {
  var i = this.constraints.indexOf(c);
  if (i >= 0) this.constraints.splice(i, 1);
  if (this.determinedBy === c) this.determinedBy = null;
};

// --- the planner -------------------------------------------------------------

function Planner() { this.currentMark = 0; this.added = 0; this.removed = 0; }
Planner.prototype.newMark = function () { return ++this.currentMark; };
Planner.prototype.incrementalAdd = function (c) {
  var mark = this.newMark();
  this.added++;
  var overridden = c.satisfy(mark, this);
  while (overridden !== null) overridden = overridden.satisfy(mark, this);
};
Planner.prototype.incrementalRemove = function (c) {
  var out = c.output();
  c.markUnsatisfied();
  c.removeFromGraph();
  this.removed++;
  var unsatisfied = this.removePropagateFrom(out);
  for (var rank = 0; rank < Strength.LEVELS.length; rank++) {
    for (var i = 0; i < unsatisfied.length; i++) {
      if (unsatisfied[i].strength.rank === rank) this.incrementalAdd(unsatisfied[i]);
    }
  }
};
Planner.prototype.consumersOf = function (v, into) {
  var determining = v.determinedBy, cs = v.constraints;
  for (var i = 0; i < cs.length; i++) {
    var c = cs[i];
    if (c !== determining && c.isSatisfied()) into.push(c);
  }
};
Planner.prototype.propagateFrom = function (c, mark) {
  var todo = [c];
  while (todo.length > 0) {
    var d = todo.shift();
    if (d.output().mark === mark) {
      this.incrementalRemove(c);
      return false;
    }
    d.recalculate();
    this.consumersOf(d.output(), todo);
  }
  return true;
};
Planner.prototype.removePropagateFrom = function (out) {
  out.determinedBy = null;
  out.walkStrength = Strength.WEAKEST;
  out.stay = true;
  var unsatisfied = [], todo = [out];
  while (todo.length > 0) {
    var v = todo.shift();
    var cs = v.constraints;
    for (var i = 0; i < cs.length; i++) if (!cs[i].isSatisfied()) unsatisfied.push(cs[i]);
    var determining = v.determinedBy;
    for (var j = 0; j < cs.length; j++) {
      var next = cs[j];
      if (next !== determining && next.isSatisfied()) {
        next.recalculate();
        todo.push(next.output());
      }
    }
  }
  return unsatisfied;
};
Planner.prototype.makePlan = function (sources) {
  var mark = this.newMark(), plan = new Plan(), todo = sources.slice();
  while (todo.length > 0) {
    var c = todo.shift();
    var out = c.output();
    if (out.mark !== mark && c.inputsKnown(mark)) {
      plan.steps.push(c);
      out.mark = mark;
      this.consumersOf(out, todo);
    }
  }
  return plan;
};
Planner.prototype.planFor = function (constraints) {
  return this.makePlan(constraints.filter(function (c) { return c.isInput() && c.isSatisfied(); }));
};

function Plan() { this.steps = []; }
Plan.prototype.execute = function () {
  var s = this.steps;
  for (var i = 0; i < s.length; i++) s[i].execute();
};
Object.defineProperty(Plan.prototype, "size", { get: function () { return this.steps.length; } });

// --- constraints -------------------------------------------------------------

var Constraint = defineClass(null, function Constraint(strength) { this.strength = strength; }, {
  install: function (planner) {
    this.addToGraph();
    planner.incrementalAdd(this);
    return this;
  },
  uninstall: function (planner) {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  },
  satisfy: function (mark, planner) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === Strength.REQUIRED) throw new Error("cannot satisfy a required constraint: " + this.describe());
      return null;
    }
    this.markInputs(mark);
    var out = this.output();
    var overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.propagateFrom(this, mark)) throw new Error("cycle through " + this.describe());
    out.mark = mark;
    return overridden;
  },
  isInput: function () { return false; },
  describe: function () {
    return this.kindName + "(" + this.variables().map(function (v) { return v.name; }).join(",") + ")@" + this.strength;
  }
});

var UnaryConstraint = defineClass(Constraint, function UnaryConstraint(v, strength) {
  Constraint.call(this, strength);
  this.target = v;
  this.satisfied = false;
}, {
  variables: function () { return [this.target]; },
  addToGraph: function () { this.target.attach(this); this.satisfied = false; },
  removeFromGraph: function () { this.target.detach(this); this.satisfied = false; },
  chooseMethod: function (mark) {
    this.satisfied = this.target.mark !== mark && stronger(this.strength, this.target.walkStrength);
  },
  isSatisfied: function () { return this.satisfied; },
  markUnsatisfied: function () { this.satisfied = false; },
  markInputs: function (mark) {},
  output: function () { return this.target; },
  inputsKnown: function () { return true; },
  recalculate: function () {
    this.target.walkStrength = this.strength;
    this.target.stay = !this.isInput();
    if (this.target.stay) this.execute();
  },
  execute: function () {}
});

var StayConstraint = defineClass(UnaryConstraint, function StayConstraint(v, strength) {
  UnaryConstraint.call(this, v, strength);
}, { kindName: "stay" });

var EditConstraint = defineClass(UnaryConstraint, function EditConstraint(v, strength) {
  UnaryConstraint.call(this, v, strength);
}, { kindName: "edit", isInput: function () { return true; } });

var NONE = 0, FORWARD = 1, BACKWARD = 2;

var BinaryConstraint = defineClass(Constraint, function BinaryConstraint(a, b, strength) {
  Constraint.call(this, strength);
  this.a = a;
  this.b = b;
  this.direction = NONE;
}, {
  variables: function () { return [this.a, this.b]; },
  addToGraph: function () { this.a.attach(this); this.b.attach(this); this.direction = NONE; },
  removeFromGraph: function () { this.a.detach(this); this.b.detach(this); this.direction = NONE; },
  chooseMethod: function (mark) {
    var a = this.a, b = this.b, s = this.strength;
    if (a.mark === mark) {
      this.direction = b.mark !== mark && stronger(s, b.walkStrength) ? FORWARD : NONE;
    } else if (b.mark === mark) {
      this.direction = a.mark !== mark && stronger(s, a.walkStrength) ? BACKWARD : NONE;
    } else if (weaker(a.walkStrength, b.walkStrength)) {
      this.direction = stronger(s, a.walkStrength) ? BACKWARD : NONE;
    } else {
      this.direction = stronger(s, b.walkStrength) ? FORWARD : BACKWARD;
    }
  },
  isSatisfied: function () { return this.direction !== NONE; },
  markUnsatisfied: function () { this.direction = NONE; },
  input: function () { return this.direction === FORWARD ? this.a : this.b; },
  output: function () { return this.direction === FORWARD ? this.b : this.a; },
  markInputs: function (mark) { this.input().mark = mark; },
  inputsKnown: function (mark) {
    var i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  },
  recalculate: function () {
    var i = this.input(), o = this.output();
    o.walkStrength = weakestOf(this.strength, i.walkStrength);
    o.stay = i.stay;
    if (o.stay) this.execute();
  }
});

var EqualityConstraint = defineClass(BinaryConstraint, function EqualityConstraint(a, b, strength) {
  BinaryConstraint.call(this, a, b, strength);
}, {
  kindName: "equal",
  execute: function () { this.output().value = this.input().value; }
});

// b = a * scale + offset, where scale and offset are variables too.
var ScaleConstraint = defineClass(BinaryConstraint, function ScaleConstraint(a, scale, offset, b, strength) {
  this.scale = scale;
  this.offset = offset;
  BinaryConstraint.call(this, a, b, strength);
}, {
  kindName: "scale",
  variables: function () { return [this.a, this.scale, this.offset, this.b]; },
  addToGraph: function () {
    BinaryConstraint.prototype.addToGraph.call(this);
    this.scale.attach(this);
    this.offset.attach(this);
  },
  removeFromGraph: function () {
    BinaryConstraint.prototype.removeFromGraph.call(this);
    this.scale.detach(this);
    this.offset.detach(this);
  },
  markInputs: function (mark) {
    BinaryConstraint.prototype.markInputs.call(this, mark);
    this.scale.mark = this.offset.mark = mark;
  },
  recalculate: function () {
    var i = this.input(), o = this.output();
    o.walkStrength = weakestOf(this.strength, i.walkStrength);
    o.stay = i.stay && this.scale.stay && this.offset.stay;
    if (o.stay) this.execute();
  },
  execute: function () {
    if (this.direction === FORWARD) this.b.value = this.a.value * this.scale.value + this.offset.value;
    else this.a.value = (this.b.value - this.offset.value) / this.scale.value;
  }
});

// --- scenarios ---------------------------------------------------------------

function check(cond, what) { if (!cond) throw new Error("check failed: " + what); }

// Drive `v` through `values` with an edit constraint of the given strength.
function editLoop(planner, v, values, strength, after) {
  var edit = new EditConstraint(v, strength || Strength.PREFERRED).install(planner);
  var plan = planner.planFor([edit]);
  for (var i = 0; i < values.length; i++) {
    v.value = values[i];
    plan.execute();
    if (after) after(values[i], i);
  }
  edit.uninstall(planner);
  return plan.size;
}

function range(from, to, step) {
  var out = [];
  for (var x = from; x < to; x += step) out.push(x);
  return out;
}

// A chain v0 = v1 = ... = vn; edits at the head must reach the tail and back.
function chainTest(n, rounds) {
  var planner = new Planner(), vars = [], eqs = [];
  for (var i = 0; i <= n; i++) vars.push(new Variable("v" + i, 0));
  for (var j = 0; j < n; j++) eqs.push(new EqualityConstraint(vars[j], vars[j + 1], Strength.REQUIRED).install(planner));
  var stay = new StayConstraint(vars[n], Strength.STRONG_DEFAULT).install(planner);
  var first = vars[0], last = vars[n], planSize = 0;
  for (var r = 0; r < rounds; r++) {
    planSize = editLoop(planner, first, range(r * 10, r * 10 + 20, 1), Strength.PREFERRED, function (x) {
      check(last.value === x, "chain tail " + last.value + " != " + x);
    });
    planSize += editLoop(planner, last, [r, r + 0.5], Strength.PREFERRED, function (x) {
      check(first.value === x, "chain head");
    });
  }
  // Cut the chain in the middle: the two halves become independent.
  var mid = n >> 1;
  eqs[mid].uninstall(planner);
  editLoop(planner, first, [-7], Strength.PREFERRED);
  check(vars[mid].value === -7 && vars[mid + 1].value !== -7 && last.value !== -7, "cut chain");
  var stays = vars.filter(function (v) { return v.walkStrength === Strength.STRONG_DEFAULT; }).length;
  var writes = 0;
  vars.forEach(function (v) { writes += v.writes; });
  return "chain n=" + n + " plan " + planSize + " tail " + last.value + " stays " + stays +
    " writes " + writes + " added " + planner.added + " removed " + planner.removed;
}

// dst[i] = src[i] * scale + offset for many pairs; editing any end propagates.
function projectionTest(n) {
  var planner = new Planner();
  var scale = new Variable("scale", 10), offset = new Variable("offset", 1000);
  var src = null, dst = null, dests = [];
  for (var i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(src, Strength.NORMAL).install(planner);
    new ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED).install(planner);
  }
  var log = [];
  editLoop(planner, src, [17], Strength.PREFERRED);
  check(dst.value === 1170, "projection 1");
  editLoop(planner, dst, [1050], Strength.PREFERRED);
  check(src.value === 5, "projection 2");
  log.push(src.value + "/" + dst.value);
  editLoop(planner, scale, range(0, 10, 1).map(function (k) { return k * 2 + 1; }), Strength.PREFERRED);
  for (var k = 0; k < n - 1; k++) check(dests[k].value === k * 19 + 1000, "projection scale " + k);
  editLoop(planner, offset, range(0, 10, 1).map(function (k) { return k * 2000; }), Strength.PREFERRED);
  for (var m = 0; m < n - 1; m++) check(dests[m].value === m * 19 + 18000, "projection offset " + m);
  var sum = dests.reduce(function (acc, v) { return acc + v.value; }, 0);
  log.push("sum " + sum);
  return "projection n=" + n + " " + log.join(" ");
}

// Fahrenheit/Celsius/Kelvin converter with competing stays: the stronger edit wins.
function temperatureTest() {
  var planner = new Planner();
  var c = new Variable("C", 0), f = new Variable("F", 0), k = new Variable("K", 0);
  var nine5 = new Variable("9/5", 1.8), thirty2 = new Variable("32", 32);
  var one = new Variable("1", 1), kOff = new Variable("273.15", 273.15);
  [nine5, thirty2, one, kOff].forEach(function (v) { new StayConstraint(v, Strength.REQUIRED).install(planner); });
  new ScaleConstraint(c, nine5, thirty2, f, Strength.REQUIRED).install(planner);
  new ScaleConstraint(c, one, kOff, k, Strength.REQUIRED).install(planner);
  var weakStay = new StayConstraint(c, Strength.WEAK_DEFAULT).install(planner);
  var rows = [];
  editLoop(planner, c, [100], Strength.PREFERRED);
  rows.push("C=100 F=" + f.value + " K=" + k.value);
  editLoop(planner, f, [-40], Strength.PREFERRED);
  rows.push("F=-40 C=" + c.value + " K=" + k.value);
  editLoop(planner, k, [0], Strength.PREFERRED);
  rows.push("K=0 C=" + c.value + " F=" + f.value.toFixed(2));
  var failed = "none";
  try {
    // Two required edits on C and F cannot both hold.
    new EditConstraint(c, Strength.REQUIRED).install(planner);
    new EditConstraint(f, Strength.REQUIRED).install(planner);
  } catch (e) {
    failed = e.message;
  }
  rows.push("conflict: " + failed);
  weakStay.uninstall(planner);
  return rows;
}

// A random network: a tree of equalities and scales, edited at random leaves.
function Random(seed) { this.s = seed; }
Random.prototype.next = function () { this.s = (this.s * 48271) % 2147483647; return this.s; };

function randomNetwork(seed, n, edits) {
  var rng = new Random(seed), planner = new Planner();
  var two = new Variable("two", 2), zero = new Variable("zero", 0);
  new StayConstraint(two, Strength.REQUIRED).install(planner);
  new StayConstraint(zero, Strength.REQUIRED).install(planner);
  var vars = [new Variable("n0", 1)], cons = [], depthOf = { n0: 0 };
  new StayConstraint(vars[0], Strength.WEAK_DEFAULT).install(planner);
  for (var i = 1; i < n; i++) {
    var parent = vars[rng.next() % vars.length];
    var v = new Variable("n" + i, 0);
    vars.push(v);
    var isScale = rng.next() % 3 === 0;
    depthOf[v.name] = depthOf[parent.name] + (isScale ? 1 : 0);
    var c = isScale
      ? new ScaleConstraint(parent, two, zero, v, Strength.STRONG_DEFAULT)
      : new EqualityConstraint(parent, v, Strength.STRONG_DEFAULT);
    cons.push(c.install(planner));
  }
  // Each node's value is the root's times 2^(scale edges on its path from the root).
  function expected(v, root) {
    return depthOf[v.name] - depthOf[root.name];
  }
  var total = 0;
  for (var e = 0; e < edits; e++) {
    var leaf = vars[rng.next() % n];
    var val = (rng.next() % 64) * 4;
    editLoop(planner, leaf, [val, val + 4], Strength.PREFERRED);
    // Everything is now determined from `leaf`: check a sample of nodes.
    for (var s = 0; s < 6; s++) {
      var w = vars[rng.next() % n];
      var d = expected(w, leaf);
      var want = (val + 4) * Math.pow(2, d);
      check(w.value === want, "network node " + w.name + " " + w.value + " vs " + want);
    }
    total += vars[n - 1].value;
    if (e % 25 === 24) {
      // Replace a random constraint with a weaker one and back.
      var idx = rng.next() % cons.length;
      var old = cons[idx];
      old.uninstall(planner);
      var repl = new EqualityConstraint(old.a, old.b, Strength.NORMAL);
      if (old instanceof ScaleConstraint) repl = new ScaleConstraint(old.a, two, zero, old.b, Strength.NORMAL);
      cons[idx] = repl.install(planner);
    }
  }
  var byKind = {};
  cons.forEach(function (c) {
    var key = c.kindName + "/" + c.strength;
    byKind[key] = (byKind[key] || 0) + 1;
  });
  var kinds = Object.keys(byKind).sort().map(function (k) { return k + ":" + byKind[k]; });
  return "network n=" + n + " total " + total + " marks " + planner.currentMark + " " + kinds.join(" ");
}

print(chainTest(120, 12));
print(projectionTest(150));
temperatureTest().forEach(function (row) { print(row); });
print(randomNetwork(20240601, 90, 150));
var sample = new ScaleConstraint(new Variable("x", 1), new Variable("s", 2), new Variable("o", 3), new Variable("y", 0), Strength.NORMAL);
print(sample.describe(), sample instanceof BinaryConstraint, sample instanceof UnaryConstraint, sample instanceof Constraint,
  Object.getPrototypeOf(ScaleConstraint.prototype) === BinaryConstraint.prototype, ScaleConstraint.parent === BinaryConstraint);
