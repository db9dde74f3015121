// Deep recursion throws RangeError that the program can catch and recover from.
function f() { f(); }
try { f(); print("no overflow?"); } catch (e) { print("RangeError", e instanceof RangeError, e.name); }
function g(n) { return g(n + 1) + 1; }
try { g(0); } catch (e) { print("with args", e instanceof RangeError); }
var depth = 0;
function h() { depth++; h(); }
try { h(); } catch (e) { print("depth positive", depth > 1000); }
print("recovers and can recurse again", (function r(n) { return n === 0 ? 0 : 1 + r(n - 1); })(1000));
function mutualA() { mutualB(); }
function mutualB() { mutualA(); }
try { mutualA(); } catch (e) { print("mutual recursion", e instanceof RangeError); }
var o = {};
o.m = function () { return this.m(); };
try { o.m(); } catch (e) { print("method recursion", e instanceof RangeError); }
var finallyRan = false;
function withFinally() { try { withFinally(); } finally { finallyRan = true; } }
try { withFinally(); } catch (e) { print("through finally", e instanceof RangeError, finallyRan); }
var caughtInner = 0;
function catchesInside(n) {
  try { return catchesInside(n + 1); } catch (e) { caughtInner++; if (n % 100 === 0) return n; throw e; }
}
var res = catchesInside(0);
print("caught at a frame multiple of 100", res % 100 === 0, caughtInner > 0);
function getterRec() { return this.x; }
var go = {};
Object.defineProperty(go, "x", { get: function () { return this.x; } });
try { go.x; } catch (e) { print("getter recursion", e instanceof RangeError); }
var ts = { toString: function () { return String(this); } };
try { String(ts); } catch (e) { print("toString recursion", e instanceof RangeError); }
var applied = function () { return applied.apply(null, arguments); };
try { applied(1, 2, 3); } catch (e) { print("apply recursion", e instanceof RangeError); }
var arrowRec = () => arrowRec();
try { arrowRec(); } catch (e) { print("arrow recursion", e instanceof RangeError); }
function C() { new C(); }
try { new C(); } catch (e) { print("constructor recursion", e instanceof RangeError); }
print("after all overflows", "still running");
