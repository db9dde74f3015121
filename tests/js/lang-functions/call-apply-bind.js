// Function.prototype.call / apply / bind.
function show() { return (this && this.tag) + ":" + Array.prototype.join.call(arguments, ","); }
var o = { tag: "o" };
print("call", show.call(o, 1, 2));
print("apply", show.apply(o, [1, 2, 3]));
print("apply no array", show.apply(o));
print("apply null args", show.apply(o, null));
print("apply undefined args", show.apply(o, undefined));
print("apply array-like", show.apply(o, { length: 2, 0: "x", 1: "y" }));
print("apply arguments", (function () { return show.apply(o, arguments); })("p", "q"));
var threw;
try { show.apply(o, 5); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("apply non-object args TypeError", threw);
var b = show.bind(o, "bound1");
print("bind partial", b("call1", "call2"));
print("bind length", show.bind(o).length, (function (a, b, c) {}).bind(null, 1).length, (function (a) {}).bind(null, 1, 2).length);
print("bound ignores call this", b.call({ tag: "other" }, "x"));
var bb = b.bind({ tag: "rebind" }, "bound2");
print("double bind keeps first this", bb("z"));
function Point(x, y) { this.x = x; this.y = y; }
var BoundPoint = Point.bind(null, 10);
var bp = new BoundPoint(20);
print("new on bound fn", bp.x, bp.y, bp instanceof Point);
print("call with many args", Math.max.call(null, 3, 9, 2));
print("apply Math.max", Math.max.apply(null, [3, 9, 2, 14, 1]));
print("apply Math.min empty", Math.min.apply(null, []));
print("call on builtin", Array.prototype.slice.call("abc").join("|"));
print("call.call", Function.prototype.call.call(show, o, "cc"));
print("apply.call", Function.prototype.apply.call(show, o, ["ac"]));
print("bind returns function", typeof show.bind(null));
try { Function.prototype.call.call(5); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("call on non-function TypeError", threw);
try { Function.prototype.bind.call({}); threw = "no"; } catch (e) { threw = e.name; }
print("bind on non-function", threw);
var counter = { n: 0, inc: function () { this.n++; return this.n; } };
var inc = counter.inc.bind(counter);
inc(); inc();
print("bound method as callback", [1, 2, 3].map(inc).join(","), counter.n);
function sumAll() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
var nums = [];
for (var k = 1; k <= 100; k++) nums.push(k);
print("apply 100 args", sumAll.apply(null, nums));
var add = function (a, b) { return a + b; };
var add10 = add.bind(null, 10);
print("bound in loop", (function () { var t = 0; for (var i = 0; i < 10; i++) t += add10(i); return t; })());
print("arrow ignores call this", (function () { var f = () => this.tag; return f.call({ tag: "ignored" }); }).call({ tag: "lexical" }));
print("arrow bind this ignored", (function () { var f = (x) => this.tag + x; return f.bind({ tag: "ignored" }, "!")(); }).call({ tag: "lexical" }));
