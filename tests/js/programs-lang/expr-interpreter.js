// A tokenizer, recursive-descent parser and tree-walking evaluator for a tiny language
// with arithmetic, variables, comparisons, if-expressions and function definitions.
function isIdentChar(ch) { return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9") || ch === "_"; }
function tokenize(src) {
  var toks = [], i = 0;
  while (i < src.length) {
    var c = src.charAt(i);
    if (c === " " || c === "\n" || c === "\t") { i++; continue; }
    if (c >= "0" && c <= "9") {
      var j = i;
      while (j < src.length && ((src.charAt(j) >= "0" && src.charAt(j) <= "9") || src.charAt(j) === ".")) j++;
      toks.push({ t: "num", v: parseFloat(src.substring(i, j)) });
      i = j; continue;
    }
    if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_") {
      var k = i;
      while (k < src.length && isIdentChar(src.charAt(k))) k++;
      var word = src.substring(i, k);
      toks.push({ t: (word === "let" || word === "if" || word === "then" || word === "else" || word === "fn" || word === "in") ? word : "id", v: word });
      i = k; continue;
    }
    var two = src.substring(i, i + 2);
    if (two === "==" || two === "<=" || two === ">=" || two === "!=" || two === "=>") { toks.push({ t: two }); i += 2; continue; }
    if ("+-*/%()<>=,;".indexOf(c) >= 0) { toks.push({ t: c }); i++; continue; }
    throw new SyntaxError("bad char " + c + " at " + i);
  }
  toks.push({ t: "eof" });
  return toks;
}
function Parser(toks) { this.toks = toks; this.pos = 0; }
Parser.prototype.peek = function () { return this.toks[this.pos].t; };
Parser.prototype.next = function () { return this.toks[this.pos++]; };
Parser.prototype.expect = function (t) { var tok = this.next(); if (tok.t !== t) throw new SyntaxError("expected " + t + " got " + tok.t); return tok; };
Parser.prototype.program = function () {
  var stmts = [this.expr()];
  while (this.peek() === ";") { this.next(); if (this.peek() === "eof") break; stmts.push(this.expr()); }
  this.expect("eof");
  return { k: "seq", body: stmts };
};
Parser.prototype.expr = function () {
  var t = this.peek();
  if (t === "let") {
    this.next();
    var name = this.expect("id").v;
    this.expect("=");
    var init = this.expr();
    this.expect("in");
    return { k: "let", name: name, init: init, body: this.expr() };
  }
  if (t === "if") {
    this.next();
    var c = this.expr(); this.expect("then");
    var a = this.expr(); this.expect("else");
    return { k: "if", c: c, a: a, b: this.expr() };
  }
  if (t === "fn") {
    this.next(); this.expect("(");
    var params = [];
    if (this.peek() !== ")") { params.push(this.expect("id").v); while (this.peek() === ",") { this.next(); params.push(this.expect("id").v); } }
    this.expect(")"); this.expect("=>");
    return { k: "fn", params: params, body: this.expr() };
  }
  return this.comparison();
};
Parser.prototype.comparison = function () {
  var left = this.additive();
  var t = this.peek();
  if (t === "<" || t === ">" || t === "<=" || t === ">=" || t === "==" || t === "!=") { this.next(); return { k: "bin", op: t, l: left, r: this.additive() }; }
  return left;
};
Parser.prototype.additive = function () {
  var left = this.term();
  while (this.peek() === "+" || this.peek() === "-") { var op = this.next().t; left = { k: "bin", op: op, l: left, r: this.term() }; }
  return left;
};
Parser.prototype.term = function () {
  var left = this.unary();
  while (this.peek() === "*" || this.peek() === "/" || this.peek() === "%") { var op = this.next().t; left = { k: "bin", op: op, l: left, r: this.unary() }; }
  return left;
};
Parser.prototype.unary = function () {
  if (this.peek() === "-") { this.next(); return { k: "neg", e: this.unary() }; }
  return this.call();
};
Parser.prototype.call = function () {
  var e = this.primary();
  while (this.peek() === "(") {
    this.next();
    var args = [];
    if (this.peek() !== ")") { args.push(this.expr()); while (this.peek() === ",") { this.next(); args.push(this.expr()); } }
    this.expect(")");
    e = { k: "call", f: e, args: args };
  }
  return e;
};
Parser.prototype.primary = function () {
  var tok = this.next();
  if (tok.t === "num") return { k: "num", v: tok.v };
  if (tok.t === "id") return { k: "var", name: tok.v };
  if (tok.t === "(") { var e = this.expr(); this.expect(")"); return e; }
  throw new SyntaxError("unexpected " + tok.t);
};
function Env(parent) { this.vars = {}; this.parent = parent; }
Env.prototype.lookup = function (n) {
  for (var e = this; e; e = e.parent) if (e.vars.hasOwnProperty(n)) return e.vars[n];
  throw new ReferenceError("unbound " + n);
};
var steps = 0;
function evaluate(node, env) {
  steps++;
  switch (node.k) {
    case "num": return node.v;
    case "var": return env.lookup(node.name);
    case "neg": return -evaluate(node.e, env);
    case "seq": { var r; for (var i = 0; i < node.body.length; i++) r = evaluate(node.body[i], env); return r; }
    case "let": { var inner = new Env(env); inner.vars[node.name] = null; inner.vars[node.name] = evaluate(node.init, inner); return evaluate(node.body, inner); }
    case "if": return evaluate(node.c, env) ? evaluate(node.a, env) : evaluate(node.b, env);
    case "fn": return { params: node.params, body: node.body, env: env };
    case "call": {
      var f = evaluate(node.f, env);
      if (typeof f === "function") return f.apply(null, node.args.map(function (a) { return evaluate(a, env); }));
      var callEnv = new Env(f.env);
      for (var p = 0; p < f.params.length; p++) callEnv.vars[f.params[p]] = evaluate(node.args[p], env);
      return evaluate(f.body, callEnv);
    }
    case "bin": {
      var l = evaluate(node.l, env), rr = evaluate(node.r, env);
      switch (node.op) {
        case "+": return l + rr; case "-": return l - rr; case "*": return l * rr;
        case "/": if (rr === 0) throw new RangeError("division by zero"); return l / rr;
        case "%": return l % rr;
        case "<": return l < rr ? 1 : 0; case ">": return l > rr ? 1 : 0;
        case "<=": return l <= rr ? 1 : 0; case ">=": return l >= rr ? 1 : 0;
        case "==": return l === rr ? 1 : 0; case "!=": return l !== rr ? 1 : 0;
      }
    }
  }
  throw new Error("bad node " + node.k);
}
function show(node) {
  switch (node.k) {
    case "num": return String(node.v);
    case "var": return node.name;
    case "neg": return "(-" + show(node.e) + ")";
    case "bin": return "(" + show(node.l) + " " + node.op + " " + show(node.r) + ")";
    case "if": return "if " + show(node.c) + " then " + show(node.a) + " else " + show(node.b);
    case "let": return "let " + node.name + " = " + show(node.init) + " in " + show(node.body);
    case "fn": return "fn(" + node.params.join(",") + ") => " + show(node.body);
    case "call": return show(node.f) + "(" + node.args.map(show).join(", ") + ")";
    case "seq": return node.body.map(show).join("; ");
  }
}
var globals = new Env(null);
globals.vars.max = function (a, b) { return a > b ? a : b; };
globals.vars.sqrt = Math.sqrt;
var programs = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "-4 + 10 / 4",
  "17 % 5 * 2",
  "let x = 5 in x * x + 1",
  "let x = 2 in let y = x + 3 in x * y",
  "if 3 < 4 then 100 else 200",
  "if 1 == 2 then 1 else if 2 == 2 then 2 else 3",
  "let sq = fn(n) => n * n in sq(7) + sq(2)",
  "let fact = fn(n) => if n <= 1 then 1 else n * fact(n - 1) in fact(10)",
  "let fib = fn(n) => if n < 2 then n else fib(n - 1) + fib(n - 2) in fib(15)",
  "let add = fn(a) => fn(b) => a + b in add(3)(4)",
  "let compose = fn(f, g) => fn(x) => f(g(x)) in compose(fn(x) => x + 1, fn(x) => x * 2)(20)",
  "max(3, 9) + sqrt(16)",
  "let gcd = fn(a, b) => if b == 0 then a else gcd(b, a % b) in gcd(1071, 462)",
  "1; 2; 3 * 3",
  "let ack = fn(m, n) => if m == 0 then n + 1 else if n == 0 then ack(m - 1, 1) else ack(m - 1, ack(m, n - 1)) in ack(2, 3)",
  "1 / 0",
  "unknown + 1",
  "1 + * 2",
  "3 $ 4"
];
for (var pi = 0; pi < programs.length; pi++) {
  var text = programs[pi];
  try {
    var ast = new Parser(tokenize(text)).program();
    steps = 0;
    var value = evaluate(ast, globals);
    print("[" + pi + "]", show(ast), "=>", value, "steps", steps);
  } catch (e) {
    print("[" + pi + "]", text, "!!", e.name, e.message);
  }
}
