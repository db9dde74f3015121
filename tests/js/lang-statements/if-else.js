// if / else chains, dangling else, and conditions of every type.
function classify(n) {
  if (n < 0) return "neg";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else if (n < 100) return "medium";
  else return "large";
}
var ns = [-5, 0, 3, 42, 1000, NaN];
var out = [];
for (var i = 0; i < ns.length; i++) out.push(classify(ns[i]));
print("chain", out.join(","));
function dangling(a, b) {
  var r = "none";
  if (a)
    if (b) r = "a&b";
    else r = "a&!b";
  return r;
}
print("dangling else", dangling(true, true), dangling(true, false), dangling(false, true), dangling(false, false));
function braces(x) {
  if (x) { var r = "T"; } else { r = "F"; }
  return r;
}
print("braces", braces(1), braces(0));
var conds = [0, 1, "", "x", null, undefined, {}, [], NaN, -0];
var res = "";
for (var j = 0; j < conds.length; j++) { if (conds[j]) res += "T"; else res += "F"; }
print("conditions", res);
var n = 0;
if (n++ > 0) print("not reached"); else print("else branch, n =", n);
if (n) if (n > 5) print("big"); else print("inner else, n =", n);
if (0); else print("empty then");
if (1) {} else { print("never"); }
var x = 5;
if (x > 3 && x < 10) print("and cond"); 
if (x < 3 || x === 5) print("or cond");
if (!(x - 5)) print("not cond");
if ((x = 0)) print("assign truthy"); else print("assign falsy", x);
function nested(a, b, c) {
  if (a) {
    if (b) {
      if (c) return 7;
      return 6;
    } else if (c) {
      return 5;
    }
    return 4;
  } else {
    if (b && c) return 3;
    if (b || c) return 2;
  }
  return 1;
}
var t = [];
for (var m = 0; m < 8; m++) t.push(nested(m & 4, m & 2, m & 1));
print("nested truth table", t.join(""));
function fizz(k) {
  if (k % 15 === 0) return "FizzBuzz";
  else if (k % 5 === 0) return "Buzz";
  else if (k % 3 === 0) return "Fizz";
  return String(k);
}
var fb = [];
for (var q = 1; q <= 20; q++) fb.push(fizz(q));
print("fizzbuzz", fb.join(" "));
