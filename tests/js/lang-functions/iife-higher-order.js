// IIFEs and higher-order functions.
var r1 = (function () { return "iife1"; })();
var r2 = (function () { return "iife2"; }());
var r3 = !function () { return false; }();
var r4 = void function () { r4side = "ran"; }();
print("iife forms", r1, r2, r3, r4, r4side);
var counterModule = (function () {
  var priv = 0;
  function bump() { return ++priv; }
  return { bump: bump, peek: function () { return priv; } };
})();
counterModule.bump(); counterModule.bump();
print("counterModule pattern", counterModule.peek());
function map(arr, f) { var r = []; for (var i = 0; i < arr.length; i++) r.push(f(arr[i], i)); return r; }
function filter(arr, p) { var r = []; for (var i = 0; i < arr.length; i++) if (p(arr[i])) r.push(arr[i]); return r; }
function reduce(arr, f, init) { var acc = init; for (var i = 0; i < arr.length; i++) acc = f(acc, arr[i]); return acc; }
var nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
print("map", map(nums, function (x) { return x * x; }).join(","));
print("filter", filter(nums, function (x) { return x % 3 === 0; }).join(","));
print("reduce", reduce(nums, function (a, b) { return a + b; }, 0));
print("pipeline", reduce(map(filter(nums, function (x) { return x & 1; }), function (x) { return x * 10; }), function (a, b) { return a + b; }, 0));
function compose() {
  var fns = arguments;
  return function (x) { for (var i = fns.length - 1; i >= 0; i--) x = fns[i](x); return x; };
}
print("compose", compose(function (x) { return x + 1; }, function (x) { return x * 2; }, function (x) { return x - 3; })(10));
function once(f) { var done = false, val; return function () { if (!done) { done = true; val = f.apply(this, arguments); } return val; }; }
var calls = 0;
var init = once(function (x) { calls++; return x * 2; });
print("once", init(5), init(10), calls);
function partial(f) { var pre = Array.prototype.slice.call(arguments, 1); return function () { return f.apply(this, pre.concat(Array.prototype.slice.call(arguments))); }; }
print("partial", partial(function (a, b, c) { return a + b + c; }, "x", "y")("z"));
function times(n, f) { for (var i = 0; i < n; i++) f(i); }
var acc = [];
times(4, function (i) { acc.push(i * i); });
print("times", acc.join(","));
function memoize(f) { var cache = {}; return function (n) { return n in cache ? cache[n] : (cache[n] = f(n)); }; }
var slowSq = function (n) { calls++; return n * n; };
calls = 0;
var fastSq = memoize(slowSq);
fastSq(4); fastSq(4); fastSq(5);
print("memoize", fastSq(4), calls);
function flip(f) { return function (a, b) { return f(b, a); }; }
print("flip", flip(function (a, b) { return a + "-" + b; })("1", "2"));
var fnArr = [Math.abs, Math.floor, function (x) { return -x; }];
print("functions in arrays", map(fnArr, function (f) { return f(-2.5); }).join(","));
var table = { add: function (a, b) { return a + b; }, sub: function (a, b) { return a - b; }, mul: function (a, b) { return a * b; } };
var ops = ["add", "sub", "mul"];
print("dispatch table", map(ops, function (op) { return table[op](7, 3); }).join(","));
var fnReturningFn = function () { return function () { return function () { return "deep"; }; }; };
print("fn returning fn", fnReturningFn()()());
print("arrow higher-order", [1, 2, 3].map(x => x + 1).filter(x => x > 2).reduce((a, b) => a + b, 0));
(function () { print("iife with print"); })();
(function (a, b) { print("iife args", a, b); })("A", "B");
