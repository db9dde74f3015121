// switch: fallthrough, default placement, strict matching, side-effect order.
function sw(x) {
  var r = [];
  switch (x) {
    case 1: r.push("one");
    case 2: r.push("two"); break;
    case 3: r.push("three");
    default: r.push("default");
    case 4: r.push("four"); break;
    case 5: r.push("five");
  }
  return r.join("+") || "(none)";
}
print("sw(1)", sw(1));
print("sw(2)", sw(2));
print("sw(3)", sw(3));
print("sw(4)", sw(4));
print("sw(5)", sw(5));
print("sw(99)", sw(99));
print("sw('1') strict", sw("1"));
function noDefault(x) { var r = "none"; switch (x) { case "a": r = "A"; break; case "b": r = "B"; } return r; }
print("no default no match", noDefault("z"), noDefault("b"));
var log = [];
function c(v) { log.push(v); return v; }
function order(x) {
  log = [];
  switch (x) {
    case c(1): log.push("m1"); break;
    case c(2): log.push("m2"); break;
    default: log.push("d"); break;
    case c(3): log.push("m3"); break;
  }
  return log.join(",");
}
print("case eval order hit 2", order(2));
print("case eval order hit 3", order(3));
print("case eval order miss", order(9));
print("discriminant evaluated once", (function () { var n = 0; switch (n++) { case 0: case 1: } return n; })());
print("NaN never matches", (function () { switch (NaN) { case NaN: return "matched"; default: return "default"; } })());
print("-0 matches 0", (function () { switch (-0) { case 0: return "zero"; default: return "default"; } })());
var o = {};
print("object identity", (function (v) { switch (v) { case {}: return "literal"; case o: return "same"; } return "none"; })(o));
print("null vs undefined", (function (v) { switch (v) { case undefined: return "undef"; case null: return "null"; } })(null));
print("empty switch", (function () { switch (1) {} return "ok"; })());
print("only default", (function () { switch (1) { default: return "d"; } })());
print("return inside", (function (x) { switch (x) { case "r": return "returned"; } return "fell"; })("r"));
var loops = [];
for (var i = 0; i < 5; i++) {
  switch (i % 3) {
    case 0: loops.push("z"); continue;
    case 1: loops.push("o"); break;
    default: loops.push("t");
  }
  loops.push(".");
}
print("continue in switch in loop", loops.join(""));
function grade(s) {
  switch (true) {
    case s >= 90: return "A";
    case s >= 80: return "B";
    case s >= 70: return "C";
    default: return "F";
  }
}
print("switch(true)", grade(95), grade(85), grade(72), grade(10));
function strSwitch(s) {
  switch (s) {
    case "apple": case "pear": return "fruit";
    case "carrot": return "veg";
    case "": return "empty";
  }
  return "unknown";
}
print("string cases", strSwitch("pear"), strSwitch("carrot"), strSwitch(""), strSwitch("x"), strSwitch("app" + "le"));
function nestedSw(a, b) {
  switch (a) {
    case 1:
      switch (b) { case 1: return "11"; case 2: break; }
      return "1x";
    case 2: return "2";
  }
  return "?";
}
print("nested", nestedSw(1, 1), nestedSw(1, 2), nestedSw(2, 0), nestedSw(3, 0));
var dense = [];
for (var k = 0; k < 12; k++) {
  var v;
  switch (k) { case 0: v = "a"; break; case 1: v = "b"; break; case 2: v = "c"; break; case 3: v = "d"; break;
    case 4: v = "e"; break; case 5: v = "f"; break; case 6: v = "g"; break; case 7: v = "h"; break;
    case 8: v = "i"; break; case 9: v = "j"; break; default: v = "?"; }
  dense.push(v);
}
print("dense int switch", dense.join(""));
print("double discriminant", (function () { switch (1.5) { case 1: return "1"; case 1.5: return "1.5"; } })());
print("string vs number", (function () { switch ("2") { case 2: return "num"; case "2": return "str"; } })());
print("default falls through", (function () { var r = ""; switch (7) { default: r += "d"; case 1: r += "1"; case 2: r += "2"; } return r; })());
