// Very long expression chains and deeply nested structures.
var sum = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 +
  21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 +
  41 + 42 + 43 + 44 + 45 + 46 + 47 + 48 + 49 + 50 + 51 + 52 + 53 + 54 + 55 + 56 + 57 + 58 + 59 + 60 +
  61 + 62 + 63 + 64 + 65 + 66 + 67 + 68 + 69 + 70 + 71 + 72 + 73 + 74 + 75 + 76 + 77 + 78 + 79 + 80 +
  81 + 82 + 83 + 84 + 85 + 86 + 87 + 88 + 89 + 90 + 91 + 92 + 93 + 94 + 95 + 96 + 97 + 98 + 99 + 100;
print("sum 1..100", sum);
var nested = ((((((((((((((((((((1 + 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2) - 1) * 2);
print("nested parens", nested);
var str = "a" + "b" + "c" + "d" + "e" + "f" + "g" + "h" + "i" + "j" + "k" + "l" + "m" + "n" + "o" + "p" + "q" + "r" + "s" + "t" + "u" + "v" + "w" + "x" + "y" + "z";
print("string chain", str);
var mixed = 1 * 2 + 3 * 4 - 5 / 5 + 6 % 4 - 7 * 8 / 2 + 9 - 10 + 11 * 12 - 13 + 14 / 7 * 3 - 15 + 16;
print("mixed precedence chain", mixed);
var logical = 0 || null || "" || undefined || NaN || false || 0 || "found" || "not reached";
print("long || chain", logical);
var andChain = 1 && 2 && 3 && 4 && 5 && 6 && 7 && 8 && 9 && 10 && "last";
print("long && chain", andChain);
var tern = 5 > 10 ? "a" : 5 > 8 ? "b" : 5 > 6 ? "c" : 5 > 4 ? "d" : 5 > 2 ? "e" : "f";
print("ternary chain", tern);
var bits = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512 | 1024 | 2048 | 4096 | 8192 | 16384 | 32768;
print("bit chain", bits);
var deepObj = { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: "deep value" } } } } } } } } } };
print("deep member chain", deepObj.a.b.c.d.e.f.g.h.i.j);
var deepArr = [[[[[[[[[["innermost"]]]]]]]]]];
print("deep array index chain", deepArr[0][0][0][0][0][0][0][0][0][0]);
var calls = function (x) { return function (y) { return function (z) { return function (w) { return x + y + z + w; }; }; }; };
print("call chain", calls(1)(2)(3)(4));
var methodChain = [5, 3, 8, 1, 9, 2].slice(0).sort(function (a, b) { return a - b; }).reverse().concat([0]).slice(1).join("").split("").reverse().join("-");
print("method chain", methodChain);
var cmp = 1 < 2 == 2 > 1 == true != false === true;
print("comparison chain", cmp);
var unary = - - - - - - - - - -5;
print("unary chain", unary);
var nots = !!!!!!!!!!!!"x";
print("not chain", nots);
var assignChain, a1, a2, a3, a4, a5;
assignChain = a1 = a2 = a3 = a4 = a5 = "shared";
print("assignment chain", assignChain, a5);
var commaChain = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
print("comma chain", commaChain);
var generatedSum = 0;
var terms = [];
for (var i = 0; i < 300; i++) terms.push(i);
print("300-term expression via join", terms.join("+").length);
var big = "x";
var expr = 0;
for (var k = 0; k < 200; k++) expr = expr * 31 + k & 0xffffff;
print("iterated expression", expr);
