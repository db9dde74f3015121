// The in operator.
function P() { this.own = 1; }
P.prototype.inherited = 2;
var p = new P();
print("own in", "own" in p);
print("inherited in", "inherited" in p);
print("missing in", "missing" in p);
print("toString in obj", "toString" in p);
print("numeric key", 0 in [5], 1 in [5]);
print("string numeric key", "0" in [5]);
print("hole", 1 in [1, , 3]);
print("length in array", "length" in []);
print("undefined valued", "u" in { u: undefined });
var o = { a: 1 };
delete o.a;
print("deleted", "a" in o);
print("number key normalized", 1 in { "1": "x" }, "1.5" in { 1.5: 0 });
print("in with expression", ("a" + "b") in { ab: 1 });
print("in string wrapper", 0 in new String("x"), "length" in new String("x"));
var threw = false;
try { "a" in "abc"; } catch (e) { threw = e instanceof TypeError; }
print("in primitive string throws TypeError", threw);
threw = false;
try { "a" in null; } catch (e) { threw = e instanceof TypeError; }
print("in null throws TypeError", threw);
threw = false;
try { "a" in 5; } catch (e) { threw = e.name; }
print("in number throws", threw);
print("in function", "prototype" in function () {});
print("in Object.create(null)", "toString" in Object.create(null));
print("precedence !", !("x" in {}));
var key = { toString: function () { return "k"; } };
print("object key ToString", key in { k: 1 });
print("in getter", "g" in { get g() { throw new Error("not called"); } });
var arr = [];
arr[100] = 1;
print("sparse", 100 in arr, 50 in arr);
print("in for condition", (function () { var n = 0, o = { a: 1, b: 2 }; var ks = ["a", "b", "c"]; for (var i = 0; i < ks.length; i++) if (ks[i] in o) n++; return n; })());
