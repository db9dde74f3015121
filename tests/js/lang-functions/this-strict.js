"use strict";
// this in strict-mode calls.
var G = (function () { return this; })();
print("strict plain call this", G);
function plain() { return this; }
print("plain()", plain());
var obj = { m: function () { return this; } };
print("method", obj.m() === obj);
var d = obj.m;
print("detached", d());
print("call null", (function () { return this; }).call(null));
print("call undefined", (function () { return this; }).call(undefined));
print("call 5 typeof", typeof (function () { return this; }).call(5));
print("call 's'", (function () { return this; }).call("s"));
print("apply true", (function () { return typeof this; }).apply(true));
print("bind null", (function () { return this; }).bind(null)());
var threw;
try { (function () { this.x = 1; })(); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("this.x in plain call throws TypeError", threw);
print("callback this undefined", [1].map(function () { return this; })[0]);
print("arrow at top-level strict fn", (function () { return (() => this)(); })());
function Ctor() { this.v = 7; }
print("new still works", new Ctor().v);
print("getter on primitive this", (function () {
  Object.defineProperty(Number.prototype, "selfType", { get: function () { return typeof this; }, configurable: true });
  var r = (5).selfType;
  delete Number.prototype.selfType;
  return r;
})());
print("method on primitive this", (function () {
  String.prototype.me = function () { return typeof this; };
  var r = "x".me();
  delete String.prototype.me;
  return r;
})());
