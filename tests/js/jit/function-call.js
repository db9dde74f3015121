// Function.prototype.call on script functions is a plain call of the target
// (the call window shifts by one) in the interpreter and in traces: this
// values, arity, arguments objects, natives and bound targets, nesting, throws
// and exits inside the target must all behave as the specification says.
"use strict";
function Base(name, n) { this.name = name; this.n = n; }
function Derived(name, n, extra) { Base.call(this, name, n); this.extra = extra; }
var objs = [];
for (var i = 0; i < 300; i++) objs.push(new Derived("d" + (i % 5), i, i * 2));
var s = 0;
for (var i = 0; i < objs.length; i++) s += objs[i].n + objs[i].extra + objs[i].name.length;
print("ctor", s, objs[7].name, objs[7].n, objs[7].extra);

function arity() { return arguments.length + ":" + typeof this; }
function thisOf() { return this; }
var out = [];
for (var i = 0; i < 200; i++) {
  out[0] = arity.call();
  out[1] = arity.call(null);
  out[2] = arity.call(1, 2, 3);
  out[3] = thisOf.call(5);
  out[4] = thisOf.call(undefined);
  out[5] = arity.call({}, undefined);
}
print("arity", out.join(" "));

var sloppy = new Function("return typeof this + (this === undefined ? '-undef' : '')");
var so = [];
for (var i = 0; i < 200; i++) { so[0] = sloppy.call(); so[1] = sloppy.call(7); so[2] = sloppy.call("s"); }
print("sloppy", so.join(" "));

// Natives and bound functions as targets, call of call, apply.
var m = 0, b = 0, cc = 0;
var bound = function (x) { return this.k + x; }.bind({ k: 10 });
for (var i = 0; i < 300; i++) {
  m += Math.max.call(null, i, 100);
  b += bound.call({ k: 99 }, i);
  cc += Function.prototype.call.call(function (y) { return this.v * y; }, { v: 3 }, i);
}
print("targets", m, b, cc);

// Exits inside the target (types change), throws through call, recursion.
function accumulate(x) { this.t = this.t + x; return this.t; }
var acc = { t: 0 };
for (var i = 0; i < 400; i++) accumulate.call(acc, i < 300 ? i : i + 0.5);
print("exits", acc.t);
function thrower(x) { if (x % 50 === 49) throw new Error("boom" + x); return x; }
var caught = 0, sum = 0;
for (var i = 0; i < 300; i++) { try { sum += thrower.call(null, i); } catch (e) { caught++; } }
print("throws", sum, caught);
function fact(n) { return n <= 1 ? 1 : n * fact.call(null, n - 1); }
var fs = 0;
for (var i = 0; i < 200; i++) fs += fact.call(null, 10) % 1000;
print("recursion", fs);
// Not a constructor; a non-callable this.
var errs = [];
try { new (Function.prototype.call)(); } catch (e) { errs.push(e.name); }
try { Function.prototype.call.call(42); } catch (e) { errs.push(e.name); }
print("errors", errs.join(","));
