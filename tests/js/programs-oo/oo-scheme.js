// A small Scheme interpreter over cons cells: a reader for a source string,
// interned symbols, environments as objects chained to their parents, closures,
// proper tail calls in the evaluator loop, and a prelude of list operations
// (map, filter, fold, append, sort) written in the interpreted language itself.

function Pair(car, cdr) { this.car = car; this.cdr = cdr; }
function Nil() {}
Nil.prototype.toString = function () { return "()"; };
var NIL = new Nil();

function Sym(name) { this.name = name; }
Sym.prototype.toString = function () { return this.name; };
var symbolTable = {};
function intern(name) {
  if (!symbolTable.hasOwnProperty(name)) symbolTable[name] = new Sym(name);
  return symbolTable[name];
}

function Lambda(params, rest, body, env, name) {
  this.params = params; // array of Sym
  this.rest = rest;     // Sym or null
  this.body = body;     // a single expression
  this.env = env;
  this.name = name;
}
function Primitive(name, fn, arity) { this.name = name; this.fn = fn; this.arity = arity; }

function SchemeError(message) { this.message = message; }
SchemeError.prototype = Object.create(Error.prototype);
SchemeError.prototype.constructor = SchemeError;
SchemeError.prototype.name = "SchemeError";

// --- list helpers in JS ------------------------------------------------------

function list() {
  var out = NIL;
  for (var i = arguments.length - 1; i >= 0; i--) out = new Pair(arguments[i], out);
  return out;
}
function arrayToList(a, tail) {
  var out = tail === undefined ? NIL : tail;
  for (var i = a.length - 1; i >= 0; i--) out = new Pair(a[i], out);
  return out;
}
function listToArray(l) {
  var out = [];
  for (; l instanceof Pair; l = l.cdr) out.push(l.car);
  return out;
}

// --- reader ------------------------------------------------------------------

function Reader(text) { this.text = text; this.pos = 0; this.line = 1; }
Reader.prototype.skip = function () {
  var t = this.text;
  while (this.pos < t.length) {
    var c = t.charAt(this.pos);
    if (c === ";") {
      while (this.pos < t.length && t.charAt(this.pos) !== "\n") this.pos++;
    } else if (c === " " || c === "\n" || c === "\t" || c === "\r") {
      if (c === "\n") this.line++;
      this.pos++;
    } else {
      break;
    }
  }
};
Reader.prototype.atEnd = function () { this.skip(); return this.pos >= this.text.length; };
Reader.prototype.read = function () {
  this.skip();
  var t = this.text;
  if (this.pos >= t.length) throw new SchemeError("unexpected end of input");
  var c = t.charAt(this.pos);
  if (c === "(") {
    this.pos++;
    var items = [], tail = NIL;
    for (;;) {
      this.skip();
      if (this.pos >= t.length) throw new SchemeError("unclosed list from line " + this.line);
      if (t.charAt(this.pos) === ")") { this.pos++; break; }
      var item = this.read();
      if (item === DOT) { tail = this.read(); this.skip(); this.pos++; break; }
      items.push(item);
    }
    return arrayToList(items, tail);
  }
  if (c === ")") throw new SchemeError("unexpected ) on line " + this.line);
  if (c === "'") { this.pos++; return list(intern("quote"), this.read()); }
  if (c === "\"") {
    var s = "";
    this.pos++;
    while (t.charAt(this.pos) !== "\"") {
      if (t.charAt(this.pos) === "\\") this.pos++;
      s += t.charAt(this.pos++);
    }
    this.pos++;
    return s;
  }
  var start = this.pos;
  while (this.pos < t.length && " \n\t\r()'".indexOf(t.charAt(this.pos)) < 0) this.pos++;
  var word = t.substring(start, this.pos);
  if (word === "#t") return true;
  if (word === "#f") return false;
  if (word === ".") return DOT;
  if (/^-?\d+(\.\d+)?$/.test(word)) return parseFloat(word);
  return intern(word);
};
var DOT = { dot: true };

// --- printer -----------------------------------------------------------------

function show(x) {
  if (x === true) return "#t";
  if (x === false) return "#f";
  if (x === undefined) return "#<void>";
  if (typeof x === "string") return "\"" + x + "\"";
  if (x instanceof Pair) {
    var parts = [];
    while (x instanceof Pair) { parts.push(show(x.car)); x = x.cdr; }
    return "(" + parts.join(" ") + (x === NIL ? "" : " . " + show(x)) + ")";
  }
  if (x instanceof Lambda) return "#<lambda " + (x.name || "anonymous") + ">";
  if (x instanceof Primitive) return "#<primitive " + x.name + ">";
  return String(x);
}
function display(x) { return typeof x === "string" ? x : show(x); }

// --- environments ------------------------------------------------------------

function Env(parent) { this.frame = {}; this.parent = parent; }
Env.prototype.lookup = function (sym) {
  for (var e = this; e !== null; e = e.parent) {
    if (e.frame.hasOwnProperty(sym.name)) return e.frame[sym.name];
  }
  throw new SchemeError("unbound variable " + sym.name);
};
Env.prototype.define = function (sym, value) { this.frame[sym.name] = value; };
Env.prototype.assign = function (sym, value) {
  for (var e = this; e !== null; e = e.parent) {
    if (e.frame.hasOwnProperty(sym.name)) { e.frame[sym.name] = value; return; }
  }
  throw new SchemeError("set! of unbound variable " + sym.name);
};

// --- evaluator ---------------------------------------------------------------

var S = {
  quote: intern("quote"), "if": intern("if"), define: intern("define"), lambda: intern("lambda"),
  set: intern("set!"), begin: intern("begin"), let: intern("let"), cond: intern("cond"),
  "else": intern("else"), and: intern("and"), or: intern("or")
};
var counters = { evals: 0, calls: 0, lambdaCalls: 0, maxDepth: 0 };
var depth = 0;

function makeBody(forms) {
  return forms.cdr === NIL ? forms.car : new Pair(S.begin, forms);
}
function makeLambda(params, body, env, name) {
  var ps = [], rest = null;
  while (params instanceof Pair) { ps.push(params.car); params = params.cdr; }
  if (params instanceof Sym) rest = params;
  return new Lambda(ps, rest, makeBody(body), env, name);
}
function bind(f, args) {
  var env = new Env(f.env), ps = f.params;
  if (args.length < ps.length || (f.rest === null && args.length > ps.length)) {
    throw new SchemeError((f.name || "lambda") + " expects " + ps.length + " arguments, got " + args.length);
  }
  for (var i = 0; i < ps.length; i++) env.frame[ps[i].name] = args[i];
  if (f.rest !== null) env.frame[f.rest.name] = arrayToList(args.slice(ps.length));
  return env;
}

function evaluate(x, env) {
  depth++;
  if (depth > counters.maxDepth) counters.maxDepth = depth;
  try {
    for (;;) {
      counters.evals++;
      if (x instanceof Sym) return env.lookup(x);
      if (!(x instanceof Pair)) return x;
      var head = x.car;
      if (head === S.quote) return x.cdr.car;
      if (head === S["if"]) {
        var test = evaluate(x.cdr.car, env);
        if (test !== false) x = x.cdr.cdr.car;
        else if (x.cdr.cdr.cdr === NIL) return undefined;
        else x = x.cdr.cdr.cdr.car;
        continue;
      }
      if (head === S.define) {
        var target = x.cdr.car;
        if (target instanceof Pair) {
          env.define(target.car, makeLambda(target.cdr, x.cdr.cdr, env, target.car.name));
        } else {
          env.define(target, evaluate(x.cdr.cdr.car, env));
        }
        return undefined;
      }
      if (head === S.lambda) return makeLambda(x.cdr.car, x.cdr.cdr, env, null);
      if (head === S.set) { env.assign(x.cdr.car, evaluate(x.cdr.cdr.car, env)); return undefined; }
      if (head === S.begin) {
        var forms = x.cdr;
        for (; forms.cdr !== NIL; forms = forms.cdr) evaluate(forms.car, env);
        x = forms.car;
        continue;
      }
      if (head === S.let) {
        var second = x.cdr.car, bindings, body, loopName = null;
        if (second instanceof Sym) { loopName = second; bindings = x.cdr.cdr.car; body = x.cdr.cdr.cdr; }
        else { bindings = second; body = x.cdr.cdr; }
        var names = [], vals = [];
        for (var b = bindings; b !== NIL; b = b.cdr) {
          names.push(b.car.car);
          vals.push(evaluate(b.car.cdr.car, env));
        }
        var inner = new Env(env);
        if (loopName !== null) {
          // Named let: a local recursive procedure, called at once.
          var loop = new Lambda(names, null, makeBody(body), inner, loopName.name);
          inner.define(loopName, loop);
          env = bind(loop, vals);
        } else {
          for (var n = 0; n < names.length; n++) inner.define(names[n], vals[n]);
          env = inner;
        }
        x = makeBody(body);
        continue;
      }
      if (head === S.cond) {
        var clause = x.cdr, chosen = null;
        for (; clause !== NIL; clause = clause.cdr) {
          if (clause.car.car === S["else"] || evaluate(clause.car.car, env) !== false) { chosen = clause.car.cdr; break; }
        }
        if (chosen === null) return undefined;
        x = makeBody(chosen);
        continue;
      }
      if (head === S.and || head === S.or) {
        var rest = x.cdr, isAnd = head === S.and;
        if (rest === NIL) return isAnd;
        for (; rest.cdr !== NIL; rest = rest.cdr) {
          var v = evaluate(rest.car, env);
          if (isAnd ? v === false : v !== false) return v;
        }
        x = rest.car;
        continue;
      }
      // Application.
      var f = evaluate(head, env), args = [];
      for (var a = x.cdr; a !== NIL; a = a.cdr) args.push(evaluate(a.car, env));
      counters.calls++;
      if (f instanceof Primitive) {
        if (f.arity >= 0 && args.length !== f.arity) throw new SchemeError(f.name + ": wrong number of arguments");
        return f.fn.apply(null, args);
      }
      if (!(f instanceof Lambda)) throw new SchemeError("not a procedure: " + show(f));
      counters.lambdaCalls++;
      env = bind(f, args);
      x = f.body;
    }
  } finally {
    depth--;
  }
}

// Calls a Scheme procedure from JS (used by primitives such as apply and sort).
function applyProc(f, args) {
  if (f instanceof Primitive) return f.fn.apply(null, args);
  return evaluate(f.body, bind(f, args));
}

// --- primitives --------------------------------------------------------------

var output = [];
var global = new Env(null);
function def(name, arity, fn) { global.define(intern(name), new Primitive(name, fn, arity)); }
function numbers(name, args) {
  for (var i = 0; i < args.length; i++) {
    if (typeof args[i] !== "number") throw new SchemeError(name + ": not a number: " + show(args[i]));
  }
}
def("+", -1, function () {
  numbers("+", arguments);
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
});
def("*", -1, function () {
  numbers("*", arguments);
  var p = 1;
  for (var i = 0; i < arguments.length; i++) p *= arguments[i];
  return p;
});
def("-", -1, function (a) {
  numbers("-", arguments);
  if (arguments.length === 1) return -a;
  for (var i = 1; i < arguments.length; i++) a -= arguments[i];
  return a;
});
def("/", 2, function (a, b) { if (b === 0) throw new SchemeError("division by zero"); return a / b; });
def("quotient", 2, function (a, b) { var q = a / b; return q < 0 ? Math.ceil(q) : Math.floor(q); });
def("remainder", 2, function (a, b) { return a % b; });
function compare(name, test) {
  def(name, -1, function () {
    numbers(name, arguments);
    for (var i = 1; i < arguments.length; i++) if (!test(arguments[i - 1], arguments[i])) return false;
    return true;
  });
}
compare("=", function (a, b) { return a === b; });
compare("<", function (a, b) { return a < b; });
compare(">", function (a, b) { return a > b; });
compare("<=", function (a, b) { return a <= b; });
compare(">=", function (a, b) { return a >= b; });
def("cons", 2, function (a, b) { return new Pair(a, b); });
def("car", 1, function (p) { if (!(p instanceof Pair)) throw new SchemeError("car of " + show(p)); return p.car; });
def("cdr", 1, function (p) { if (!(p instanceof Pair)) throw new SchemeError("cdr of " + show(p)); return p.cdr; });
def("set-car!", 2, function (p, v) { p.car = v; });
def("list", -1, list);
def("null?", 1, function (x) { return x === NIL; });
def("pair?", 1, function (x) { return x instanceof Pair; });
def("number?", 1, function (x) { return typeof x === "number"; });
def("symbol?", 1, function (x) { return x instanceof Sym; });
def("procedure?", 1, function (x) { return x instanceof Lambda || x instanceof Primitive; });
def("eq?", 2, function (a, b) { return a === b; });
def("not", 1, function (x) { return x === false; });
def("apply", -1, function (f) {
  var args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);
  return applyProc(f, args.concat(listToArray(arguments[arguments.length - 1])));
});
def("display", -1, function () {
  output.push(Array.prototype.map.call(arguments, display).join(""));
});
def("vector-sort", 2, function (xs, less) {
  // Sorts a list with a Scheme comparison procedure, via Array.prototype.sort.
  // How often sort calls the comparator is up to the engine: keep it out of the counters.
  var saved = { evals: counters.evals, calls: counters.calls };
  var a = listToArray(xs);
  a.sort(function (p, q) { return applyProc(less, [p, q]) ? -1 : applyProc(less, [q, p]) ? 1 : 0; });
  counters.evals = saved.evals;
  counters.calls = saved.calls;
  return arrayToList(a);
});
def("string-append", -1, function () { return Array.prototype.join.call(arguments, ""); });
def("number->string", 1, function (n) { return String(n); });
def("symbol->string", 1, function (s) { return s.name; });

function run(source) {
  var reader = new Reader(source), result;
  while (!reader.atEnd()) result = evaluate(reader.read(), global);
  return result;
}

// --- the program -------------------------------------------------------------

var PRELUDE = [
  "(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))",
  "(define (filter p xs)",
  "  (cond ((null? xs) '())",
  "        ((p (car xs)) (cons (car xs) (filter p (cdr xs))))",
  "        (else (filter p (cdr xs)))))",
  "(define (fold f acc xs) (if (null? xs) acc (fold f (f acc (car xs)) (cdr xs))))",
  "(define (append a b) (if (null? a) b (cons (car a) (append (cdr a) b))))",
  "(define (reverse xs) (fold (lambda (acc x) (cons x acc)) '() xs))",
  "(define (length xs) (fold (lambda (n x) (+ n 1)) 0 xs))",
  "(define (iota n) (let build ((i (- n 1)) (acc '())) (if (< i 0) acc (build (- i 1) (cons i acc)))))",
  "(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))",
  "(define (list-ref xs k) (if (= k 0) (car xs) (list-ref (cdr xs) (- k 1))))",
  "(define (compose . fs) (if (null? fs) (lambda (x) x) (lambda (x) ((car fs) ((apply compose (cdr fs)) x)))))"
].join("\n");

var PROGRAM = [
  "; classic recursion",
  "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))",
  "(display \"fib18 \" (fib 18))",
  "; a tail-recursive loop that would overflow any stack without proper tail calls",
  "(define (sum-to i acc) (if (= i 0) acc (sum-to (- i 1) (+ acc i))))",
  "(display \"sum-to \" (sum-to 20000 0))",
  "; deep non-tail recursion",
  "(define big (range 0 1200))",
  "(display \"range \" (length big) \" \" (fold + 0 big))",
  "; higher-order list code",
  "(define (square x) (* x x))",
  "(define evens (filter (lambda (x) (= (remainder x 2) 0)) (iota 40)))",
  "(display \"squares \" (map square (filter (lambda (x) (< x 12)) evens)))",
  "(define (qsort xs)",
  "  (if (null? xs) '()",
  "      (let ((p (car xs)) (rest (cdr xs)))",
  "        (append (qsort (filter (lambda (x) (< x p)) rest))",
  "                (cons p (qsort (filter (lambda (x) (>= x p)) rest)))))))",
  "(define (pseudo n seed) (if (= n 0) '() (cons (remainder seed 1000) (pseudo (- n 1) (remainder (+ (* seed 75) 74) 65537)))))",
  "(define data (pseudo 250 17))",
  "(define sorted (qsort data))",
  "(define (sorted? xs) (or (null? xs) (null? (cdr xs)) (and (<= (car xs) (car (cdr xs))) (sorted? (cdr xs)))))",
  "(display \"qsort \" (sorted? sorted) \" \" (list-ref sorted 0) \" \" (list-ref sorted 125) \" \" (list-ref sorted 249))",
  "(display \"vector-sort \" (equal-lists? sorted (vector-sort data (lambda (a b) (< a b)))))",
  "; closures with private state",
  "(define (make-account balance)",
  "  (lambda (op amount)",
  "    (cond ((eq? op 'deposit) (set! balance (+ balance amount)) balance)",
  "          ((eq? op 'withdraw) (if (> amount balance) 'insufficient (begin (set! balance (- balance amount)) balance)))",
  "          (else 'unknown))))",
  "(define acc (make-account 100))",
  "(display \"account \" (acc 'deposit 50) \" \" (acc 'withdraw 500) \" \" (acc 'withdraw 30) \" \" (acc 'audit 0))",
  "(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))",
  "(define c1 (make-counter))",
  "(define c2 (make-counter))",
  "(c1) (c1) (c2)",
  "(display \"counters \" (c1) \" \" (c2))",
  "; variadic procedures and apply",
  "(define (average . xs) (/ (apply + xs) (length xs)))",
  "(display \"average \" (average 1 2 3 4) \" \" (apply max3 1 '(9 4)))",
  "(display \"compose \" ((compose square (lambda (x) (+ x 1)) square) 3))",
  "; mutual recursion and an association list",
  "(define (my-even? n) (if (= n 0) #t (my-odd? (- n 1))))",
  "(define (my-odd? n) (if (= n 0) #f (my-even? (- n 1))))",
  "(display \"parity \" (my-even? 3000) \" \" (my-odd? 777))",
  "(define (count-words words)",
  "  (fold (lambda (table w)",
  "          (let loop ((t table))",
  "            (cond ((null? t) (cons (list w 1) table))",
  "                  ((eq? (car (car t)) w) (set-car! (cdr (car t)) (+ 1 (car (cdr (car t))))) table)",
  "                  (else (loop (cdr t))))))",
  "        '() words))",
  "(display \"words \" (count-words '(a b a c b a d a)))",
  "(define (tak x y z) (if (not (< y x)) z (tak (tak (- x 1) y z) (tak (- y 1) z x) (tak (- z 1) x y))))",
  "(display \"tak \" (tak 11 7 3))",
  "(define (hanoi n) (if (= n 0) 0 (+ 1 (* 2 (hanoi (- n 1))))))",
  "(display \"hanoi \" (hanoi 20) \" \" (map (lambda (s) (symbol->string s)) '(done ok)))"
].join("\n");

var EXTRA = [
  "(define (max3 a b c) (if (> a b) (if (> a c) a c) (if (> b c) b c)))",
  "(define (equal-lists? a b)",
  "  (cond ((and (null? a) (null? b)) #t)",
  "        ((or (null? a) (null? b)) #f)",
  "        ((= (car a) (car b)) (equal-lists? (cdr a) (cdr b)))",
  "        (else #f)))"
].join("\n");

run(PRELUDE);
run(EXTRA);
run(PROGRAM);
output.forEach(function (line) { print(line); });
output = [];

// JS-side checks of the interpreted results.
function fibJs(n) { return n < 2 ? n : fibJs(n - 1) + fibJs(n - 2); }
var check = [run("(fib 15)") === fibJs(15), run("(sum-to 1000 0)") === 500500, run("(length big)") === 1200];
print("checks", check.join(" "), "max depth ok", counters.maxDepth > 1200 && counters.maxDepth < 6000);

var errors = ["(car '())", "(undefined-thing 1)", "((lambda (x) x))", "(1 2)", "(+ 1 'a)", "(quotient 7 0"];
errors.forEach(function (src) {
  try {
    print("result", show(run(src)));
  } catch (e) {
    print(e instanceof SchemeError ? "error:" : "other:", e.message);
  }
});
print("evals", counters.evals, "calls", counters.calls, "lambda-calls", counters.lambdaCalls, "symbols", Object.keys(symbolTable).length);
