// Arrow functions: lexical this/arguments, no prototype, not constructible.
var square = x => x * x;
var add = (a, b) => a + b;
var noArgs = () => "none";
var block = (a) => { var t = a * 2; return t + 1; };
var objLit = () => ({ k: "v" });
print("forms", square(4), add(2, 3), noArgs(), block(5), objLit().k);
print("typeof", typeof square);
print("prototype", square.prototype, square.hasOwnProperty("prototype"));
var threw;
try { new square(1); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("new arrow TypeError", threw);
var host = {
  tag: "host",
  regular: function () { return [1, 2].map(function () { return this && this.tag; }); },
  arrow: function () { return [1, 2].map(() => this.tag); },
  nested: function () { return (() => (() => this.tag)())(); }
};
print("regular callback this", String(host.regular()[0]));
print("arrow callback this", host.arrow().join(","));
print("nested arrows", host.nested());
function outerArgs() { var f = () => arguments.length + ":" + arguments[0]; return f("ignored", "also"); }
print("lexical arguments", outerArgs("a", "b", "c"));
var counter = { n: 0, start: function () { var incr = () => { this.n++; return this.n; }; incr(); incr(); return incr(); } };
print("arrow mutates lexical this", counter.start(), counter.n);
print("call/apply ignore this", (function () { var f = () => this.v; return f.call({ v: "no" }) + f.apply({ v: "no" }); }).call({ v: "yes" }));
var curried = a => b => c => a + b + c;
print("curried", curried(1)(2)(3), curried("x")("y")("z"));
print("immediately invoked", (x => x * 3)(7));
print("arrow in ternary", (true ? () => "t" : () => "f")());
var arr = [5, 3, 8, 1];
print("sort with arrow", arr.slice().sort((a, b) => a - b).join(","));
print("arrow returning undefined", (() => {})());
print("arrow with comma body", ((a) => (a++, a * 2))(4));
var self = (function () { return () => this; }).call("boxed?");
print("arrow this from sloppy call with primitive", typeof self(), String(self()));
var rec = n => n <= 1 ? 1 : n * rec(n - 1);
print("recursive arrow via var", rec(6));
var adders = [];
for (let i = 0; i < 3; i++) adders.push(x => x + i);
print("arrow closures", adders[0](10), adders[1](10), adders[2](10));
print("length", ((a, b, c) => 0).length);
var strictCheck = () => { "use strict"; return this; };
print("top-level arrow this is global", strictCheck() === (function () { return this; })());
var objMethod = { v: 1, get: () => typeof this };
print("arrow as object method sees outer this", objMethod.get());
var timesTwo = [1, 2, 3].map(x => x * 2);
print("map", timesTwo.join(","));
print("reduce arrow", [1, 2, 3, 4].reduce((acc, x) => acc + x * x, 0));
print("arrow bind", (x => x + 1).bind(null, 41)());
function Ctor() { this.v = 10; this.get = () => this.v; }
var inst = new Ctor();
var detachedGet = inst.get;
print("arrow in constructor binds instance", detachedGet());
