// Thousands of declarations in one scope (the compiler finds names through hash
// indexes past a few bindings): globals from indirect eval, a function with
// thousands of locals (in registers, and in an environment when captured or seen
// by eval), shadowing, closures capturing the right binding, hoisting order, and
// the enumeration order of declared globals.
var N = 3000;
var g = this;

function src(parts) { return parts.join("\n"); }

// --- Global vars and functions declared by indirect eval (global code).
(function () {
  var p = [];
  // A function is called before its declaration (hoisted), a var is read before
  // its declaration (undefined).
  p.push("var early = typeof mgf_2999 + ':' + mgf_2999() + ':' + typeof mgv_2999;");
  for (var i = 0; i < N; i++) {
    p.push("var mgv_" + i + " = " + (i * 3) + ";");
    if (i % 3 === 0) p.push("function mgf_" + i + "() { return " + i + " + mgv_" + i + "; }");
  }
  p.push("function mgf_2999() { return 'f2999'; }");
  // Redeclarations: a var named like a function keeps the function; a later
  // function declaration of the same name wins.
  p.push("var mgf_3;");
  p.push("function mgdup() { return 'first'; }");
  p.push("function mgdup() { return 'second'; }");
  p.push("var mgv_10;");
  (0, eval)(src(p));
})();
print("early", early);
var sum = 0, fsum = 0, fcount = 0;
for (var i = 0; i < N; i++) {
  sum += g["mgv_" + i];
  if (typeof g["mgf_" + i] === "function") {
    fcount++;
    if (i !== 2999) fsum += g["mgf_" + i]();
  }
}
print("global vars sum", sum, "expected", 3 * N * (N - 1) / 2);
print("global functions", fcount, fsum);
print("var keeps function", typeof mgf_3, mgf_3());
print("duplicate function", mgdup());
print("var redeclaration keeps value", mgv_10);
print("direct reads", mgv_0, mgv_1, mgv_1499, mgv_2999);
mgv_2000 = "changed";
print("assignment", g.mgv_2000, mgf_1998 === g.mgf_1998);

// Enumeration order of the declared names: vars in source order, functions in
// source order. (Whether functions come before vars differs between engines:
// the spec declares functions first, node does not; only each kind's own order
// is checked.)
var names = Object.keys(g).filter(function (k) { return /^mg/.test(k); });
var vars = names.filter(function (k) { return /^mgv_/.test(k); });
var fns = names.filter(function (k) { return /^mgf_|^mgdup$/.test(k); });
print("declared names", names.length, vars.length, fns.length);
print("vars", vars.slice(0, 3).join(","), vars.slice(1500, 1503).join(","), vars.slice(-3).join(","));
print("functions", fns.slice(0, 3).join(","), fns.slice(500, 503).join(","), fns.slice(-3).join(","));
var ordered = true;
for (var i = 0; i < N; i++) if (vars[i] !== "mgv_" + i) ordered = false;
for (var i = 0; i < 1000; i++) if (fns[i] !== "mgf_" + 3 * i) ordered = false;
print("in declaration order", ordered);

// --- A function with thousands of locals (registers), called once.
(function () {
  var p = ["var r = 0;"];
  for (var i = 0; i < N; i++) p.push("var a" + i + " = " + i + ";");
  p.push("for (var k = 0; k < " + N + "; k += 1000) r += k;");
  p.push("return [a0, a1, a1234, a2999, r].join(',');");
  print("register locals", new Function(src(p))());
})();

// --- Thousands of params and locals with closures capturing some of them
// (environment slots among uncaptured registers).
(function () {
  var params = [];
  for (var i = 0; i < 500; i++) params.push("p" + i);
  var p = [];
  for (var i = 0; i < N; i++) p.push("var c" + i + " = p" + (i % 500) + " + " + i + ";");
  // Closures capture every 7th local and every 50th param.
  p.push("var fs = [];");
  for (var i = 0; i < N; i += 7) p.push("fs.push(function () { return c" + i + "; });");
  for (var i = 0; i < 500; i += 50) p.push("fs.push(function () { return p" + i + "; });");
  // Writes after the closures were made are seen through them.
  p.push("c7 = 'seven'; p50 = 'fifty';");
  p.push("return fs;");
  var args = [];
  for (var i = 0; i < 500; i++) args.push(i * 10);
  var f = Function.apply(null, params.concat([src(p)]));
  var fs = f.apply(null, args);
  var out = [], total = 0;
  for (var i = 0; i < fs.length; i++) {
    var v = fs[i]();
    if (typeof v === "number") total += v; else out.push(v);
  }
  print("captured locals", fs.length, total, out.join(","));
})();

// --- Shadowing at many levels with many names.
(function () {
  var p = [];
  for (var i = 0; i < 1000; i++) p.push("var s" + i + " = 'outer" + i + "';");
  p.push("function inner() {");
  for (var i = 0; i < 1000; i += 2) p.push("  var s" + i + " = 'inner" + i + "';");
  p.push("  var r = [s0, s1, s998, s999];");
  p.push("  { let s1 = 'block1'; const s3 = 'block3'; r.push(s1, s3, s5); }");
  p.push("  try { throw 'caught'; } catch (s999) { r.push(s999); }");
  p.push("  r.push(s999);");
  p.push("  return r.join(',');");
  p.push("}");
  p.push("return inner() + '|' + [s0, s1, s998].join(',');");
  print("shadowing", new Function(src(p))());
})();

// --- Closures in a loop over block bindings, with many other names around.
(function () {
  var p = [];
  for (var i = 0; i < 1000; i++) p.push("var pad" + i + " = " + i + ";");
  p.push("var fs = [];");
  p.push("for (let i = 0; i < 5; i++) { let twice = i * 2; fs.push(function () { return i + ':' + twice + ':' + pad999; }); }");
  p.push("pad999 = 'late';");
  p.push("return fs.map(function (f) { return f(); }).join(' ');");
  print("loop closures", new Function(src(p))());
})();

// --- Direct eval in a function with thousands of locals (all reachable by name).
(function () {
  var p = [];
  for (var i = 0; i < N; i++) p.push("var e" + i + " = " + (i + 1) + ";");
  p.push("var got = eval('e0 + e1500 + e2999');");
  p.push("eval('var e3000 = 7; e1 = 100;');");
  // Lexical declarations of eval code get their own environment.
  p.push("var lex = eval('let q = e2999; const w = 1; function ff() { return q + w + e0; } ff()');");
  p.push("return [got, e1, e3000, typeof e3001, lex, typeof q].join(',');");
  print("eval locals", new Function(src(p))());
})();

// --- Top-level let/const and vars of a script evaluated by indirect eval
// (lexical declarations stay in the eval), and many hoisted functions calling
// each other.
(function () {
  var p = ["'use strict';"];
  for (var i = 0; i < 1000; i++) p.push("function h" + i + "(x) { return " + (i === 999 ? "x" : "h" + (i + 1) + "(x + 1)") + "; }");
  p.push("var result = h0(0);");
  for (var i = 0; i < 500; i++) p.push("let l" + i + " = " + i + "; const k" + i + " = l" + i + " * 2;");
  p.push("result + ':' + l499 + ':' + k499;");
  print("strict eval", (0, eval)(src(p)), typeof h0, typeof l0);
})();

// --- Many distinct string literals, some repeated (constant pool sharing).
(function () {
  var p = ["var a = [];"];
  for (var i = 0; i < N; i++) p.push("a.push('lit" + i + "', 'lit" + (i % 10) + "');");
  p.push("return a;");
  var a = new Function(src(p))();
  var distinct = {};
  for (var i = 0; i < a.length; i++) distinct[a[i]] = true;
  print("string literals", a.length, Object.keys(distinct).length, a[1], a[5999]);
})();

// --- A long switch and a long else-if chain.
(function () {
  var p = ["switch (x) {"];
  for (var i = 0; i < 2000; i++) p.push("case " + i + ": return 'case" + i + "';");
  p.push("case 'str': return 'string';");
  p.push("default: return 'default'; }");
  var f = new Function("x", src(p));
  var q = ["var r;"];
  for (var i = 0; i < 400; i++) q.push((i ? "else " : "") + "if (x === " + i + ") r = 'if" + i + "';");
  q.push("else r = 'else';");
  q.push("return r;");
  var h = new Function("x", src(q));
  print("switch", f(0), f(1234), f(1999), f("str"), f(2000));
  print("else-if", h(0), h(123), h(399), h(400));
})();
