// Getters and setters in literals and via defineProperty.
var o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x + 1; }
};
print("getter", o.v);
o.v = 5;
print("setter", o._v, o.v);
var ro = { get only() { return "ro"; } };
ro.only = "ignored";
print("getter-only assignment ignored", ro.only);
var wo = { set only(x) { this.got = x; } };
wo.only = "w";
print("setter-only read undefined", wo.only, wo.got);
var log = [];
var counted = { get c() { log.push("get"); return 1; } };
counted.c; counted.c; counted.c;
print("getter called each access", log.length);
var desc = Object.getOwnPropertyDescriptor(o, "v");
print("accessor descriptor", typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable, "value" in desc);
function P() {}
P.prototype = { get inherited() { return "from proto for " + this.name; }, set inherited(x) { this.setVia = x; } };
var p = new P();
p.name = "p";
print("inherited getter this", p.inherited);
p.inherited = "val";
print("inherited setter does not create own", p.setVia, p.hasOwnProperty("inherited"));
var dp = {};
Object.defineProperty(dp, "x", { get: function () { return 42; }, enumerable: false, configurable: true });
print("defineProperty getter", dp.x, Object.keys(dp).length);
var lazy = {
  get expensive() {
    var value = "computed";
    Object.defineProperty(this, "expensive", { value: value, writable: false });
    return value;
  }
};
print("lazy getter first", lazy.expensive);
print("lazy getter replaced", Object.getOwnPropertyDescriptor(lazy, "expensive").value);
var temp = {
  celsius: 0,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; }
};
temp.fahrenheit = 212;
print("computed properties", temp.celsius, temp.fahrenheit);
var arrLike = { items: [1, 2, 3], get length() { return this.items.length; } };
print("getter named length", arrLike.length, Array.prototype.join.call(arrLike));
var count = 0;
var cnt = { get n() { return ++count; } };
print("getter side effects", cnt.n + cnt.n + cnt.n);
var throwing = { get bad() { throw new Error("getter threw"); } };
try { throwing.bad; } catch (e) { print("getter exception", e.message); }
var setThrow = { set bad(v) { throw new Error("setter threw " + v); } };
try { setThrow.bad = 1; } catch (e) { print("setter exception", e.message); }
var keysWithAccessors = { a: 1, get b() { return 2; }, c: 3, set d(x) {} };
print("accessor keys enumerate in order", Object.keys(keysWithAccessors).join(","));
var getSet = { get x() { return "g"; }, x: "data" };
print("data after getter replaces", getSet.x, typeof Object.getOwnPropertyDescriptor(getSet, "x").get);
var chainGet = { a: { get b() { return { get c() { return "chain"; } }; } } };
print("chained getters", chainGet.a.b.c);
var numberKey = { get 0() { return "zero"; }, get "str key"() { return "strkey"; } };
print("numeric/string accessor keys", numberKey[0], numberKey["str key"]);
var inLoop = { _i: 0, get i() { return this._i; }, set i(v) { this._i = v; } };
for (var k = 0; k < 100; k++) inLoop.i = inLoop.i + k;
print("accessors in loop", inLoop.i);
var sum = 0;
var objs = [{ get v() { return 1; } }, { v: 2 }, { get v() { return 3; } }, { v: 4 }];
for (var j = 0; j < 20; j++) sum += objs[j % 4].v;
print("mixed data/accessor in loop", sum);
