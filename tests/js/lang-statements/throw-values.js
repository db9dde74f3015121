// Any value can be thrown.
var vals = [0, 1, -0, NaN, "", "text", true, false, null, undefined, [1, 2], { k: "v" }];
for (var i = 0; i < vals.length; i++) {
  try { throw vals[i]; }
  catch (e) { print("thrown", i, typeof e, e === vals[i] || (e !== e && vals[i] !== vals[i]), String(e)); }
}
try { throw function named() { return 1; }; } catch (e) { print("function thrown", typeof e, e()); }
try { throw new String("wrapped"); } catch (e) { print("wrapper thrown", typeof e, e + ""); }
try { throw { name: "Fake", message: "not an Error" }; } catch (e) { print("error-like", e.name, e.message, e instanceof Error); }
function thrower(v) { throw v; }
try { thrower(thrower); } catch (e) { print("thrown fn identity", e === thrower); }
try { throw 1 + 2; } catch (e) { print("expression", e); }
try { throw (1, 2, "comma"); } catch (e) { print("comma expr", e); }
var obj = { toString: function () { return "custom toString"; } };
try { throw obj; } catch (e) { print("object String()", String(e)); }
var depth = 0;
function rec(n) { depth++; if (n === 0) throw "bottom:" + depth; rec(n - 1); }
try { rec(50); } catch (e) { print("thrown from recursion", e); }
var count = 0;
for (var j = 0; j < 5; j++) { try { throw j; } catch (e) { count += e; } }
print("thrown numbers in loop", count);
