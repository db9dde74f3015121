// ES5 Object functions used by ordinary programs.
var o = { a: 1, b: 2 };
print("keys", Object.keys(o).join(","));
print("getOwnPropertyNames array", Object.getOwnPropertyNames([1, 2]).join(","));
print("create with proto", Object.getPrototypeOf(Object.create(o)) === o);
var withProps = Object.create({}, { x: { value: 1, enumerable: true }, y: { value: 2 } });
print("create with descriptors", withProps.x, withProps.y, Object.keys(withProps).join(","));
var d = {};
Object.defineProperty(d, "ro", { value: "fixed", writable: false, enumerable: true, configurable: false });
d.ro = "changed";
print("non-writable", d.ro);
var desc = Object.getOwnPropertyDescriptor(d, "ro");
print("descriptor", desc.value, desc.writable, desc.enumerable, desc.configurable);
var defaults = Object.getOwnPropertyDescriptor((function () { var t = {}; Object.defineProperty(t, "p", {}); return t; })(), "p");
print("defineProperty defaults", defaults.value, defaults.writable, defaults.enumerable, defaults.configurable);
var lit = Object.getOwnPropertyDescriptor({ q: 1 }, "q");
print("literal prop descriptor", lit.writable, lit.enumerable, lit.configurable);
var threw;
try { Object.defineProperty(d, "ro", { value: "redefine" }); threw = "no"; } catch (e) { threw = e instanceof TypeError; }
print("redefine non-configurable TypeError", threw);
try { Object.defineProperty(d, "ro", { value: "fixed" }); threw = "no throw (same value)"; } catch (e) { threw = e.name; }
print("redefine same value", threw);
var fz = Object.freeze({ k: 1, nested: { n: 1 } });
fz.k = 2; fz.added = 3; delete fz.k; fz.nested.n = 2;
print("freeze", fz.k, fz.added, Object.isFrozen(fz), fz.nested.n);
var sl = Object.seal({ k: 1 });
sl.k = 2; sl.added = 3; delete sl.k;
print("seal", sl.k, sl.added, Object.isSealed(sl), Object.isFrozen(sl));
var ne = Object.preventExtensions({ k: 1 });
ne.added = 1; ne.k = 5; delete ne.k;
print("preventExtensions", ne.added, ne.k, Object.isExtensible(ne));
print("isExtensible plain", Object.isExtensible({}));
print("getPrototypeOf", Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.getPrototypeOf([])) === Object.prototype);
print("hasOwnProperty", o.hasOwnProperty("a"), o.hasOwnProperty("toString"));
print("propertyIsEnumerable", o.propertyIsEnumerable("a"), [].propertyIsEnumerable("length"));
print("Object.prototype.toString", Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined), Object.prototype.toString.call(1), Object.prototype.toString.call("s"), Object.prototype.toString.call(function () {}), Object.prototype.toString.call(new Error("x")), Object.prototype.toString.call(true), Object.prototype.toString.call({}));
print("valueOf returns self", o.valueOf() === o);
print("toLocaleString", [1, 2].toLocaleString === Array.prototype.toLocaleString);
var defs = {};
Object.defineProperties(defs, { a: { value: 1, enumerable: true }, b: { get: function () { return this.a + 1; }, enumerable: true } });
print("defineProperties", defs.a, defs.b, Object.keys(defs).join(","));
try { Object.keys(null); threw = "no"; } catch (e) { threw = e.name; }
print("keys(null)", threw);
try { Object.defineProperty(1, "x", {}); threw = "no"; } catch (e) { threw = e.name; }
print("defineProperty on primitive", threw);
try { Object.create(5); threw = "no"; } catch (e) { threw = e.name; }
print("create with number proto", threw);
var acc = {};
try { Object.defineProperty(acc, "bad", { get: function () {}, value: 1 }); threw = "no"; } catch (e) { threw = e.name; }
print("accessor+value descriptor", threw);
var cnt = 0;
var target = {};
for (var i = 0; i < 10; i++) Object.defineProperty(target, "p" + i, { value: i, enumerable: i % 2 === 0 });
print("mixed enumerability", Object.keys(target).join(","), Object.getOwnPropertyNames(target).length);
