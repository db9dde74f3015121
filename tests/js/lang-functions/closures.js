// Closures: counters, shared environments, independent instances.
function counter() { var n = 0; return function () { return ++n; }; }
var c1 = counter(), c2 = counter();
c1(); c1(); c2();
print("independent counters", c1(), c2());
function pair() {
  var v = 0;
  return { inc: function () { v++; }, get: function () { return v; }, set: function (x) { v = x; } };
}
var p = pair();
p.inc(); p.inc();
print("shared env", p.get());
p.set(10); p.inc();
print("set then inc", p.get());
function adder(x) { return function (y) { return x + y; }; }
var add5 = adder(5);
print("adder", add5(3), adder("a")("b"));
function curry3(a) { return function (b) { return function (c) { return a * 100 + b * 10 + c; }; }; }
print("curry3", curry3(1)(2)(3));
function outer() {
  var x = "outer";
  function middle() {
    var y = "middle";
    function inner() { return x + "/" + y; }
    return inner;
  }
  return middle();
}
print("nested closure", outer()());
function lateBinding() {
  var f = function () { return v; };
  var v = "assigned after closure creation";
  return f();
}
print("late binding", lateBinding());
function modifyAfter() {
  var v = 1;
  var get = function () { return v; };
  v = 2;
  return get();
}
print("sees later modification", modifyAfter());
function memo() {
  var cache = {};
  var calls = 0;
  function fib(n) { if (n in cache) return cache[n]; calls++; var r = n < 2 ? n : fib(n - 1) + fib(n - 2); cache[n] = r; return r; }
  return function (n) { return fib(n) + " calls=" + calls; };
}
print("memoized fib", memo()(50));
function makeAccumulators() {
  var fns = [];
  for (var i = 0; i < 3; i++) {
    fns.push((function (j) { return function () { return j * j; }; })(i));
  }
  return fns;
}
var accs = makeAccumulators();
print("IIFE captures loop value", accs[0](), accs[1](), accs[2]());
function secret() {
  var hidden = 42;
  return { reveal: function () { return hidden; } };
}
print("private state", secret().reveal(), typeof hidden);
var globalCounter = 0;
function incGlobal() { globalCounter++; }
incGlobal(); incGlobal();
print("global closure", globalCounter);
function shadow() {
  var x = 1;
  return function (x) { return x; };
}
print("param shadows closure var", shadow()(7));
function chain() {
  var log = [];
  var api = {
    add: function (s) { log.push(s); return api; },
    done: function () { return log.join(""); }
  };
  return api;
}
print("fluent closure", chain().add("a").add("b").add("c").done());
function recurseClosure(n) {
  var total = 0;
  function walk(k) { if (k === 0) return; total += k; walk(k - 1); }
  walk(n);
  return total;
}
print("recursive inner updates outer", recurseClosure(100));
var fnList = [];
for (var k = 0; k < 1000; k++) fnList.push(counter());
var s = 0;
for (var m = 0; m < fnList.length; m++) { fnList[m](); s += fnList[m](); }
print("1000 closures", s);
function makeBank(balance) {
  return {
    deposit: function (a) { balance += a; return balance; },
    withdraw: function (a) { if (a > balance) throw new Error("insufficient"); balance -= a; return balance; }
  };
}
var acct = makeBank(100);
acct.deposit(50);
try { acct.withdraw(500); } catch (e) { print("closure exception", e.message); }
print("bank balance", acct.withdraw(30));
var compose = function (f, g) { return function (x) { return f(g(x)); }; };
var inc = function (x) { return x + 1; }, dbl = function (x) { return x * 2; };
print("compose", compose(inc, dbl)(5), compose(dbl, inc)(5));
