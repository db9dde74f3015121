"use strict";
// Strict mode: this is not coerced.
function getThis() { return this; }
print("plain call", getThis());
print("call(undefined)", getThis.call(undefined));
print("call(null)", getThis.call(null));
print("call(1) typeof", typeof getThis.call(1));
print("call('a') typeof", typeof getThis.call("a"));
print("call(true) typeof", typeof getThis.call(true));
print("apply(2)", getThis.apply(2));
var bound = getThis.bind(7);
print("bind(7)", bound(), typeof bound());
var o = { m: getThis };
print("method call", o.m() === o);
print("detached", (0, o.m)());
print("array callback", [1].map(getThis)[0]);
print("array callback thisArg primitive", typeof [1].map(getThis, "s")[0]);
print("nested function", (function () { return (function () { return this; })(); }).call({}));
print("arrow inside method", ({ f: function () { return (() => this)(); } }).f() !== undefined);
print("getter this on primitive", (function () {
  Object.defineProperty(String.prototype, "strictSelf", { get: function () { return typeof this; }, configurable: true });
  var r = "abc".strictSelf;
  delete String.prototype.strictSelf;
  return r;
})());
print("top-level this is global object", typeof this);
print("function-level directive only", (function () { return (function () { return this; })(); })());
