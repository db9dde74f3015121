// controlflow-interpreter: a tiny stack-machine interpreter driven by a big
// switch, with labeled break/continue, do-while, nested loops and
// try/catch/finally carrying thrown objects. Runs several bytecode programs
// (sums, collatz, gcd) and checks results against direct JS loops.

var OP_PUSH = 0, OP_LOAD = 1, OP_STORE = 2, OP_ADD = 3, OP_SUB = 4, OP_MUL = 5,
    OP_DIV = 6, OP_MOD = 7, OP_LT = 8, OP_EQ = 9, OP_JMP = 10, OP_JZ = 11,
    OP_PRINT = 12, OP_HALT = 13, OP_DUP = 14, OP_POP = 15, OP_THROW = 16;

function VMError(code, pc) {
  this.code = code;
  this.pc = pc;
}

var opCounts = [];
for (var q = 0; q <= 16; q++) opCounts[q] = 0;

function run(code, vars, out) {
  var stack = [];
  var pc = 0;
  var steps = 0;
  var a, b;
  mainLoop:
  while (true) {
    var op = code[pc++];
    steps++;
    opCounts[op]++;
    switch (op) {
      case OP_PUSH: stack.push(code[pc++]); break;
      case OP_LOAD: stack.push(vars[code[pc++]]); break;
      case OP_STORE: vars[code[pc++]] = stack.pop(); break;
      case OP_DUP: stack.push(stack[stack.length - 1]); break;
      case OP_POP: stack.pop(); break;
      case OP_ADD: b = stack.pop(); a = stack.pop(); stack.push(a + b); break;
      case OP_SUB: b = stack.pop(); a = stack.pop(); stack.push(a - b); break;
      case OP_MUL: b = stack.pop(); a = stack.pop(); stack.push(a * b); break;
      case OP_DIV:
      case OP_MOD:
        b = stack.pop(); a = stack.pop();
        if (b == 0) throw new VMError("div0", pc - 1);
        stack.push(op == OP_DIV ? Math.floor(a / b) : a % b);
        break;
      case OP_LT: b = stack.pop(); a = stack.pop(); stack.push(a < b ? 1 : 0); break;
      case OP_EQ: b = stack.pop(); a = stack.pop(); stack.push(a == b ? 1 : 0); break;
      case OP_JMP: pc = code[pc]; continue mainLoop;
      case OP_JZ:
        if (stack.pop() == 0) { pc = code[pc]; continue mainLoop; }
        pc++;
        break;
      case OP_PRINT: out.push(stack.pop()); break;
      case OP_THROW: throw new VMError(stack.pop(), pc - 1);
      case OP_HALT: break mainLoop;
      default: throw new VMError("badop", pc - 1);
    }
    if (steps > 2000000) throw new VMError("timeout", pc);
  }
  return steps;
}

// a minimal assembler with symbolic labels, resolved in a second pass
function assemble(src) {
  var names = { push: OP_PUSH, load: OP_LOAD, store: OP_STORE, add: OP_ADD, sub: OP_SUB,
                mul: OP_MUL, div: OP_DIV, mod: OP_MOD, lt: OP_LT, eq: OP_EQ, jmp: OP_JMP,
                jz: OP_JZ, print: OP_PRINT, halt: OP_HALT, dup: OP_DUP, pop: OP_POP, "throw": OP_THROW };
  var lines = src.split(";");
  var code = [], labels = {}, fixups = [];
  for (var i = 0; i < lines.length; i++) {
    var parts = lines[i].replace(/^\s+|\s+$/g, "").split(/\s+/);
    if (parts[0] == "") continue;
    if (parts[0].charAt(parts[0].length - 1) == ":") {
      labels[parts[0].substring(0, parts[0].length - 1)] = code.length;
      parts.shift();
    }
    if (!names.hasOwnProperty(parts[0])) throw new VMError("unknown " + parts[0], i);
    code.push(names[parts[0]]);
    if (parts.length > 1) {
      var arg = parts[1];
      if (/^-?\d+$/.test(arg)) code.push(parseInt(arg, 10));
      else if (parts[0] == "jmp" || parts[0] == "jz") { fixups.push([code.length, arg]); code.push(-1); }
      else code.push(arg);
    }
  }
  for (i = 0; i < fixups.length; i++) code[fixups[i][0]] = labels[fixups[i][1]];
  return code;
}

// sum of i*i for i < n
var sumSquares = assemble(
  "push 0; store s; push 0; store i;" +
  "top: load i; load n; lt; jz end;" +
  "load s; load i; dup; mul; add; store s;" +
  "load i; push 1; add; store i; jmp top;" +
  "end: load s; print; halt");

// total collatz steps for 1..n
var collatz = assemble(
  "push 0; store total; push 1; store k;" +
  "outer: load k; load n; lt; jz done;" +
  "load k; store x;" +
  "inner: load x; push 1; eq; jz step; jmp next;" +
  "step: load x; push 2; mod; jz even;" +
  "load x; push 3; mul; push 1; add; store x; jmp count;" +
  "even: load x; push 2; div; store x;" +
  "count: load total; push 1; add; store total; jmp inner;" +
  "next: load k; push 1; add; store k; jmp outer;" +
  "done: load total; print; halt");

// gcd by repeated modulo, throwing on a zero divisor
var gcd = assemble(
  "loop: load b; push 0; eq; jz body; load a; print; halt;" +
  "body: load a; load b; mod; load b; store a; store b; jmp loop");

var failures = 0;
var out, steps, n, i, k, x;

out = [];
steps = run(sumSquares, { n: 3000 }, out);
var ref = 0;
for (i = 0; i < 3000; i++) ref += i * i;
if (out[0] != ref) failures++;
print("sumSquares " + out[0] + " steps " + steps);

out = [];
steps = run(collatz, { n: 600 }, out);
var total = 0;
for (k = 1; k < 600; k++) {
  x = k;
  do {
    if (x == 1) break;
    x = (x % 2) ? 3 * x + 1 : x / 2;
    total++;
  } while (true);
}
if (out[0] != total) failures++;
print("collatz " + out[0] + " steps " + steps);

var gcdSum = 0, thrown = 0, finallies = 0;
for (i = 0; i < 400; i++) {
  var aa = (i * 7919) % 1000, bb = (i * 104729) % 360;
  out = [];
  try {
    run(gcd, { a: aa, b: bb }, out);
    gcdSum += out[0];
    // reference Euclid
    var p = aa, r = bb;
    while (r != 0) { var t = p % r; p = r; r = t; }
    if (p != out[0]) failures++;
  } catch (e) {
    if (!(e instanceof VMError)) throw e;
    thrown++;
  } finally {
    finallies++;
  }
}
print("gcdSum " + gcdSum + " thrown " + thrown + " finallies " + finallies);

// exceptions thrown from inside the VM and caught by the host
var bad = assemble("push 1; push 0; div; halt");
var caught = "";
try {
  run(bad, {}, []);
} catch (e) {
  caught = e.code + "@" + e.pc;
}
var thrower = assemble("push 42; throw");
try {
  run(thrower, {}, []);
} catch (e) {
  caught += " " + e.code + "@" + e.pc;
}
print("caught " + caught);

// labeled loops in host code: count primes below 2000 via continue outer
var primes = 0;
outer:
for (n = 2; n < 2000; n++) {
  for (k = 2; k * k <= n; k++) {
    if (n % k == 0) continue outer;
  }
  primes++;
}
var found = -1;
search:
for (i = 0; i < 50; i++) {
  for (k = 0; k < 50; k++) {
    if (i * k == 391 && i < k) { found = i * 100 + k; break search; }
  }
}
if (primes != 303 || found != 1723) failures++;
print("primes " + primes + " found " + found);
print("opcounts " + opCounts.join(","));
print(failures == 0 ? "PASS" : "FAIL " + failures);
