// A tokenizer and recursive-descent parsers over generated input: arithmetic
// expressions parsed into AST node objects (printed back, evaluated and compared
// with the generating tree), and a JSON subset parsed by a Lexer/Parser pair and
// cross-checked against a hand-written serializer and the built-in JSON object.

function Rng(seed) { this.s = seed; }
Rng.prototype.next = function () { this.s = (this.s * 69621) % 2147483647; return this.s; };
Rng.prototype.below = function (n) { return this.next() % n; };
Rng.prototype.pick = function (a) { return a[this.below(a.length)]; };

// --- tokens ------------------------------------------------------------------

function Token(type, text, pos) { this.type = type; this.text = text; this.pos = pos; }
Token.prototype.toString = function () { return this.type + "(" + this.text + ")@" + this.pos; };

function ParseError(message, pos) {
  this.message = message + " at " + pos;
  this.pos = pos;
}
ParseError.prototype = Object.create(Error.prototype);
ParseError.prototype.constructor = ParseError;
ParseError.prototype.name = "ParseError";

function isDigit(c) { return c >= "0" && c <= "9"; }
function isAlpha(c) { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_"; }

function tokenizeExpr(src) {
  var out = [], i = 0;
  while (i < src.length) {
    var c = src.charAt(i);
    if (c === " ") { i++; continue; }
    var start = i;
    if (isDigit(c)) {
      while (i < src.length && (isDigit(src.charAt(i)) || src.charAt(i) === ".")) i++;
      out.push(new Token("num", src.slice(start, i), start));
    } else if (isAlpha(c)) {
      while (i < src.length && (isAlpha(src.charAt(i)) || isDigit(src.charAt(i)))) i++;
      out.push(new Token("id", src.slice(start, i), start));
    } else if ("+-*/%(),".indexOf(c) >= 0) {
      out.push(new Token("op", c, start));
      i++;
    } else {
      throw new ParseError("unexpected character '" + c + "'", i);
    }
  }
  out.push(new Token("eof", "", src.length));
  return out;
}

// --- expression AST ----------------------------------------------------------

function Node() {}
Node.prototype.precedence = 4;
Node.prototype.count = function () { return 1; };

function Num(value) { this.value = value; }
Num.prototype = Object.create(Node.prototype);
Num.prototype.evaluate = function (env) { return this.value; };
Num.prototype.print = function () { return String(this.value); };

function Var(name) { this.name = name; }
Var.prototype = Object.create(Node.prototype);
Var.prototype.evaluate = function (env) {
  if (!env.hasOwnProperty(this.name)) throw new ReferenceError("unbound " + this.name);
  return env[this.name];
};
Var.prototype.print = function () { return this.name; };

function Neg(operand) { this.operand = operand; }
Neg.prototype = Object.create(Node.prototype);
Neg.prototype.precedence = 3;
Neg.prototype.evaluate = function (env) { return -this.operand.evaluate(env); };
Neg.prototype.print = function () {
  var inner = this.operand.print();
  return "-" + (this.operand.precedence < 3 || this.operand instanceof Neg ? "(" + inner + ")" : inner);
};
Neg.prototype.count = function () { return 1 + this.operand.count(); };

var BINARY = {
  "+": { prec: 1, fn: function (a, b) { return a + b; } },
  "-": { prec: 1, fn: function (a, b) { return a - b; } },
  "*": { prec: 2, fn: function (a, b) { return a * b; } },
  "/": { prec: 2, fn: function (a, b) { return a / b; } },
  "%": { prec: 2, fn: function (a, b) { return a % b; } }
};
function Bin(op, left, right) {
  this.op = op;
  this.left = left;
  this.right = right;
  this.precedence = BINARY[op].prec;
}
Bin.prototype = Object.create(Node.prototype);
Bin.prototype.evaluate = function (env) {
  return BINARY[this.op].fn(this.left.evaluate(env), this.right.evaluate(env));
};
// Minimal parentheses for left-associative operators.
Bin.prototype.print = function () {
  var l = this.left.print(), r = this.right.print();
  if (this.left.precedence < this.precedence) l = "(" + l + ")";
  if (this.right.precedence <= this.precedence) r = "(" + r + ")";
  return l + " " + this.op + " " + r;
};
Bin.prototype.count = function () { return 1 + this.left.count() + this.right.count(); };

var FUNCTIONS = {
  min: function () { return Math.min.apply(Math, arguments); },
  max: function () { return Math.max.apply(Math, arguments); },
  abs: function (x) { return Math.abs(x); },
  sq: function (x) { return x * x; },
  avg: function () {
    var s = 0;
    for (var i = 0; i < arguments.length; i++) s += arguments[i];
    return s / arguments.length;
  }
};
function Call(name, args) { this.name = name; this.args = args; }
Call.prototype = Object.create(Node.prototype);
Call.prototype.evaluate = function (env) {
  var values = this.args.map(function (a) { return a.evaluate(env); });
  return FUNCTIONS[this.name].apply(null, values);
};
Call.prototype.print = function () {
  return this.name + "(" + this.args.map(function (a) { return a.print(); }).join(", ") + ")";
};
Call.prototype.count = function () {
  return this.args.reduce(function (n, a) { return n + a.count(); }, 1);
};

// --- expression parser -------------------------------------------------------

function ExprParser(src) { this.tokens = tokenizeExpr(src); this.i = 0; }
ExprParser.prototype.peek = function () { return this.tokens[this.i]; };
ExprParser.prototype.take = function () { return this.tokens[this.i++]; };
ExprParser.prototype.expect = function (text) {
  var t = this.take();
  if (t.text !== text) throw new ParseError("expected '" + text + "' but found " + (t.type === "eof" ? "end" : "'" + t.text + "'"), t.pos);
  return t;
};
ExprParser.prototype.parse = function () {
  var e = this.expression();
  var t = this.peek();
  if (t.type !== "eof") throw new ParseError("trailing " + t, t.pos);
  return e;
};
ExprParser.prototype.expression = function () {
  var left = this.term();
  while (this.peek().text === "+" || this.peek().text === "-") {
    var op = this.take().text;
    left = new Bin(op, left, this.term());
  }
  return left;
};
ExprParser.prototype.term = function () {
  var left = this.unary();
  for (;;) {
    var t = this.peek().text;
    if (t !== "*" && t !== "/" && t !== "%") return left;
    this.take();
    left = new Bin(t, left, this.unary());
  }
};
ExprParser.prototype.unary = function () {
  if (this.peek().text === "-") { this.take(); return new Neg(this.unary()); }
  return this.primary();
};
ExprParser.prototype.primary = function () {
  var t = this.take();
  if (t.type === "num") return new Num(parseFloat(t.text));
  if (t.type === "id") {
    if (this.peek().text !== "(") return new Var(t.text);
    if (!FUNCTIONS.hasOwnProperty(t.text)) throw new ParseError("unknown function " + t.text, t.pos);
    this.take();
    var args = [this.expression()];
    while (this.peek().text === ",") { this.take(); args.push(this.expression()); }
    this.expect(")");
    return new Call(t.text, args);
  }
  if (t.text === "(") {
    var e = this.expression();
    this.expect(")");
    return e;
  }
  throw new ParseError("unexpected " + (t.type === "eof" ? "end" : "'" + t.text + "'"), t.pos);
};

function randomExpr(rng, depth) {
  var r = rng.below(depth <= 0 ? 2 : 10);
  if (r === 0) return new Num(rng.below(100) + (rng.below(4) === 0 ? rng.below(8) / 8 : 0));
  if (r === 1) return new Var(rng.pick(["x", "y", "z", "rate", "n2"]));
  if (r === 2) return new Neg(randomExpr(rng, depth - 1));
  if (r === 3) {
    var name = rng.pick(["min", "max", "abs", "sq", "avg"]);
    var arity = name === "abs" || name === "sq" ? 1 : 1 + rng.below(3);
    var args = [];
    for (var i = 0; i < arity; i++) args.push(randomExpr(rng, depth - 1));
    return new Call(name, args);
  }
  return new Bin(rng.pick(["+", "-", "*", "/", "%", "+", "*"]), randomExpr(rng, depth - 1), randomExpr(rng, depth - 1));
}

function sameNumber(a, b) { return a === b || (a !== a && b !== b); }

function expressionPhase(rng, count) {
  var env = { x: 3, y: -7.5, z: 0.25, rate: 12, n2: 1000 };
  var total = 0, nodes = 0, chars = 0, nonFinite = 0, longest = "";
  for (var i = 0; i < count; i++) {
    var tree = randomExpr(rng, 6);
    var text = tree.print();
    var parsed = new ExprParser(text).parse();
    if (parsed.print() !== text) throw new Error("reprint mismatch: " + text + " vs " + parsed.print());
    var a = tree.evaluate(env), b = parsed.evaluate(env);
    if (!sameNumber(a, b)) throw new Error("value mismatch for " + text + ": " + a + " vs " + b);
    if (isFinite(a)) total += a; else nonFinite++;
    nodes += parsed.count();
    chars += text.length;
    if (text.length > longest.length && text.length < 70) longest = text;
  }
  var names = [];
  for (var k in env) if (env.hasOwnProperty(k)) names.push(k + "=" + env[k]);
  return [
    "exprs " + count + " nodes " + nodes + " chars " + chars + " non-finite " + nonFinite + " total " + total.toFixed(6),
    "env " + names.join(" "),
    "sample " + longest + " = " + new ExprParser(longest).parse().evaluate(env)
  ];
}

// --- JSON subset -------------------------------------------------------------

function JsonLexer(text) { this.text = text; this.pos = 0; }
JsonLexer.prototype.next = function () {
  var t = this.text;
  while (this.pos < t.length && " \n\t\r".indexOf(t.charAt(this.pos)) >= 0) this.pos++;
  if (this.pos >= t.length) return new Token("eof", "", this.pos);
  var c = t.charAt(this.pos), start = this.pos;
  if ("{}[]:,".indexOf(c) >= 0) { this.pos++; return new Token(c, c, start); }
  if (c === "\"") return new Token("string", this.string(), start);
  if (c === "-" || isDigit(c)) {
    this.pos++;
    while (this.pos < t.length && "0123456789.eE+-".indexOf(t.charAt(this.pos)) >= 0) this.pos++;
    return new Token("number", t.slice(start, this.pos), start);
  }
  if (isAlpha(c)) {
    while (this.pos < t.length && isAlpha(t.charAt(this.pos))) this.pos++;
    var word = t.slice(start, this.pos);
    if (word === "true" || word === "false" || word === "null") return new Token(word, word, start);
    throw new ParseError("bad literal " + word, start);
  }
  throw new ParseError("unexpected '" + c + "'", start);
};
var ESCAPES = { "\"": "\"", "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
JsonLexer.prototype.string = function () {
  var t = this.text, parts = [], start = ++this.pos;
  for (;;) {
    if (this.pos >= t.length) throw new ParseError("unterminated string", start - 1);
    var c = t.charAt(this.pos);
    if (c === "\"") break;
    if (c === "\\") {
      parts.push(t.slice(start, this.pos));
      var e = t.charAt(this.pos + 1);
      if (e === "u") {
        parts.push(String.fromCharCode(parseInt(t.substr(this.pos + 2, 4), 16)));
        this.pos += 6;
      } else if (ESCAPES.hasOwnProperty(e)) {
        parts.push(ESCAPES[e]);
        this.pos += 2;
      } else {
        throw new ParseError("bad escape \\" + e, this.pos);
      }
      start = this.pos;
    } else {
      this.pos++;
    }
  }
  parts.push(t.slice(start, this.pos));
  this.pos++;
  return parts.join("");
};

function JsonParser(text) { this.lexer = new JsonLexer(text); this.token = this.lexer.next(); this.depth = 0; }
JsonParser.prototype.advance = function () { var t = this.token; this.token = this.lexer.next(); return t; };
JsonParser.prototype.expect = function (type) {
  if (this.token.type !== type) throw new ParseError("expected " + type + " but found " + this.token.type, this.token.pos);
  return this.advance();
};
JsonParser.prototype.parseDocument = function () {
  var v = this.value();
  this.expect("eof");
  return v;
};
JsonParser.prototype.value = function () {
  var t = this.token;
  switch (t.type) {
    case "{": return this.object();
    case "[": return this.array();
    case "string": this.advance(); return t.text;
    case "number": this.advance(); return Number(t.text);
    case "true": this.advance(); return true;
    case "false": this.advance(); return false;
    case "null": this.advance(); return null;
  }
  throw new ParseError("unexpected " + t.type, t.pos);
};
JsonParser.prototype.object = function () {
  var obj = {};
  this.expect("{");
  if (this.token.type === "}") { this.advance(); return obj; }
  for (;;) {
    var key = this.expect("string").text;
    this.expect(":");
    obj[key] = this.value();
    if (this.token.type === "}") { this.advance(); return obj; }
    this.expect(",");
  }
};
JsonParser.prototype.array = function () {
  var arr = [];
  this.expect("[");
  if (this.token.type === "]") { this.advance(); return arr; }
  for (;;) {
    arr.push(this.value());
    if (this.token.type === "]") { this.advance(); return arr; }
    this.expect(",");
  }
};

function quote(s) {
  var out = "\"";
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i), code = s.charCodeAt(i);
    if (c === "\"" || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else if (c === "\r") out += "\\r";
    else if (c === "\b") out += "\\b";
    else if (c === "\f") out += "\\f";
    else if (code < 32) out += "\\u" + ("0000" + code.toString(16)).slice(-4);
    else out += c;
  }
  return out + "\"";
}
function serialize(v, indent, level) {
  if (v === null) return "null";
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  if (typeof v === "string") return quote(v);
  var pad = indent ? "\n" + new Array(level + 2).join(indent) : "";
  var end = indent ? "\n" + new Array(level + 1).join(indent) : "";
  var parts = [];
  if (v instanceof Array) {
    if (v.length === 0) return "[]";
    v.forEach(function (x) { parts.push(serialize(x, indent, level + 1)); });
    return "[" + pad + parts.join("," + pad) + end + "]";
  }
  for (var k in v) {
    if (v.hasOwnProperty(k)) parts.push(quote(k) + (indent ? ": " : ":") + serialize(v[k], indent, level + 1));
  }
  if (parts.length === 0) return "{}";
  return "{" + pad + parts.join("," + pad) + end + "}";
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if ((a instanceof Array) !== (b instanceof Array)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !deepEqual(a[ka[i]], b[kb[i]])) return false;
  }
  return true;
}

var WORDS = ["alpha", "beta", "gamma", "delta", "id", "name", "items", "tags", "value", "meta", "kind", "next"];
function randomString(rng) {
  var pieces = [rng.pick(WORDS)];
  var extras = ["\"", "\\", "\n", "\t", "/", "\u00e9", "\u0001", " ", "\u2603", "{}", "[,]"];
  for (var i = rng.below(4); i > 0; i--) pieces.push(rng.pick(rng.below(2) ? WORDS : extras));
  return pieces.join("");
}
function randomValue(rng, depth) {
  var r = rng.below(depth <= 0 ? 5 : 8);
  switch (r) {
    case 0: return rng.below(100000) - 50000;
    case 1: return (rng.below(2000000) - 1000000) / 64;
    case 2: return randomString(rng);
    case 3: return rng.pick([true, false, null]);
    case 4: return rng.below(3) === 0 ? rng.below(1000) * 1e21 : rng.below(1000) / 1e9;
    case 5: case 6: {
      var obj = {}, n = rng.below(6);
      for (var i = 0; i < n; i++) obj[rng.pick(WORDS) + (i > 2 ? i : "")] = randomValue(rng, depth - 1);
      return obj;
    }
    default: {
      var arr = [], m = rng.below(7);
      for (var j = 0; j < m; j++) arr.push(randomValue(rng, depth - 1));
      return arr;
    }
  }
}

function jsonPhase(rng, count) {
  var bytes = 0, values = 0, checksum = 0;
  for (var i = 0; i < count; i++) {
    var doc = randomValue(rng, 5);
    var compact = serialize(doc, "", 0);
    if (compact !== JSON.stringify(doc)) throw new Error("serializer disagrees with JSON.stringify: " + compact);
    var pretty = serialize(doc, "  ", 0);
    if (pretty !== JSON.stringify(doc, null, 2)) throw new Error("pretty printer disagrees: " + pretty);
    var back = new JsonParser(pretty).parseDocument();
    if (!deepEqual(back, doc)) throw new Error("parse mismatch for " + compact);
    if (!deepEqual(JSON.parse(compact), back)) throw new Error("JSON.parse disagrees for " + compact);
    bytes += compact.length + pretty.length;
    for (var c = 0; c < compact.length; c++) checksum = (checksum * 33 + compact.charCodeAt(c)) % 16777213;
    values++;
  }
  return "json docs " + values + " bytes " + bytes + " checksum " + checksum;
}

var rng = new Rng(7);
expressionPhase(rng, 1500).forEach(function (line) { print(line); });
print(jsonPhase(rng, 400));
var sample = new JsonParser("{\"a\": [1, 2.5, -3e2, {\"b\": null}], \"c\": \"x\\u0041\\ty\", \"d\": true}").parseDocument();
print("sample", serialize(sample, "", 0), Object.keys(sample).join("|"), sample.a.slice(1, 3).join(";"));

var bad = ["1 + ", "max(1, 2", "3 $ 4", "foo(2)", "(1 + 2))", "{\"a\" 1}", "[1, 2,]", "\"open", "tru"];
bad.forEach(function (src, i) {
  try {
    if (i < 5) new ExprParser(src).parse(); else new JsonParser(src).parseDocument();
    print("parsed?!", src);
  } catch (e) {
    print(e instanceof ParseError ? "ParseError:" : e.name + ":", e.message);
  }
});
