// ToBoolean table, via !!, if, and logical operators.
var vals = [undefined, null, true, false, 0, -0, 1, -1, NaN, Infinity, -Infinity, 0.1,
  "", " ", "0", "false", "a", [], [0], {}, function () {}, new Boolean(false),
  new Number(0), new String("")];
var names = ["undefined", "null", "true", "false", "0", "-0", "1", "-1", "NaN", "Infinity",
  "-Infinity", "0.1", "''", "' '", "'0'", "'false'", "'a'", "[]", "[0]", "{}", "function",
  "new Boolean(false)", "new Number(0)", "new String('')"];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  var viaIf;
  if (v) viaIf = "T"; else viaIf = "F";
  var viaCond = v ? "T" : "F";
  var viaWhile = 0;
  while (v) { viaWhile = 1; break; }
  print(names[i], !!v, Boolean(v), viaIf, viaCond, viaWhile, !v);
}
print("Boolean()", Boolean());
print("!!'' + ''", !!"" + "");
print("&& chain", 1 && "a" && 0 && "never");
print("|| chain", 0 || "" || null || "found");
print("|| all falsy", 0 || "" || null || undefined);
print("&& all truthy", 1 && 2 && 3);
print("!NaN", !NaN);
print("!!obj with valueOf 0", !!{ valueOf: function () { return 0; } });
print("for cond", (function () { var n = 0; for (var x = 3; x; x--) n++; return n; })());
print("do-while cond string", (function () { var n = 0, s = "abc"; do { s = s.substring(1); n++; } while (s); return n; })());
