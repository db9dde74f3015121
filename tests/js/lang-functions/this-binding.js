// this in sloppy-mode calls.
var G = this;
print("top-level this is global", typeof this, this === G);
function plain() { return this; }
print("plain call this is global", plain() === G);
var obj = { name: "obj", m: function () { return this; }, get: function () { return this.name; } };
print("method call", obj.m() === obj, obj.get());
print("bracket method call", obj["m"]() === obj);
var detached = obj.m;
print("detached method", detached() === G);
print("parenthesized method keeps this", (obj.m)() === obj);
print("comma detaches", (0, obj.m)() === G);
print("assignment detaches", (detached = obj.m)() === G);
print("conditional detaches", (true ? obj.m : null)() === G);
var other = { name: "other", get: obj.get };
print("borrowed method", other.get());
var nested = { inner: { name: "inner", get: obj.get } };
print("nested member", nested.inner.get());
function Ctor() { this.v = 1; }
var inst = new Ctor();
print("constructor this", inst.v);
print("global var via this", (function () { return this.globalProbe; })());
var globalProbe = "probe";
print("global var via this after init", (function () { return this.globalProbe; })());
function setGlobal() { this.createdByThis = 42; }
setGlobal();
print("this.x = in plain call creates global", createdByThis);
var arr = [function () { return this; }];
print("array element call this is array", arr[0]() === arr);
print("callback this is global", [1].map(function () { return this; })[0] === G);
print("callback thisArg", [1].map(function () { return this.name; }, obj)[0]);
function outer() { function inner() { return this; } return inner(); }
print("inner fn this is global even from method", outer.call(obj) === G);
var self = { name: "self", run: function () { var that = this; return (function () { return that.name; })(); } };
print("that = this pattern", self.run());
print("arrow captures this", ({ name: "arrowHost", run: function () { return (() => this.name)(); } }).run());
print("primitive this boxed", typeof (function () { return this; }).call(5), (function () { return this; }).call("s") instanceof String);
print("call null -> global", (function () { return this; }).call(null) === G);
print("apply undefined -> global", (function () { return this; }).apply(undefined) === G);
print("getter this", ({ x: 3, get dbl() { return this.x * 2; } }).dbl);
var proto = { who: function () { return this.id; } };
function Child(id) { this.id = id; }
Child.prototype = proto;
print("prototype method this is instance", new Child("c1").who(), new Child("c2").who());
var chainObj = { a: { b: { c: function () { return this === chainObj.a.b; } } } };
print("deep member this", chainObj.a.b.c());
print("this in with call", (function () { var o = { f: function () { return this; } }; with (o) { return f() === o; } })());
print("string method this", "abc".charAt.call("xyz", 1));
