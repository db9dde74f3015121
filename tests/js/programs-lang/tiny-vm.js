// A stack-based bytecode VM with a small assembler; runs a few programs and prints digests.
var OPS = ["PUSH", "POP", "DUP", "SWAP", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ", "JMP", "JZ", "LOAD", "STORE", "CALL", "RET", "PRINT", "HALT", "OVER"];
var OPC = {};
for (var o = 0; o < OPS.length; o++) OPC[OPS[o]] = o;
function isInt(s) { var i = s.charAt(0) === "-" ? 1 : 0; if (i >= s.length) return false; for (; i < s.length; i++) if (s.charAt(i) < "0" || s.charAt(i) > "9") return false; return true; }
function assemble(src) {
  var lines = src.split("\n"), code = [], labels = {}, fixups = [];
  for (var i = 0; i < lines.length; i++) {
    var ln = lines[i].trim();
    var semi = ln.indexOf(";");
    if (semi >= 0) ln = ln.substring(0, semi).trim();
    if (!ln) continue;
    if (ln.charAt(ln.length - 1) === ":") { labels[ln.substring(0, ln.length - 1)] = code.length; continue; }
    var parts = ln.split(" ");
    var op = parts[0].toUpperCase();
    if (!(op in OPC)) throw new SyntaxError("unknown op " + op);
    code.push(OPC[op]);
    if (parts.length > 1) {
      var arg = parts[1];
      if (isInt(arg)) code.push(parseInt(arg, 10));
      else { fixups.push([code.length, arg]); code.push(0); }
    }
  }
  for (var f = 0; f < fixups.length; f++) {
    if (!(fixups[f][1] in labels)) throw new SyntaxError("unknown label " + fixups[f][1]);
    code[fixups[f][0]] = labels[fixups[f][1]];
  }
  return code;
}
function run(code, maxSteps) {
  var stack = [], frames = [], mem = [], pc = 0, steps = 0, out = [];
  for (var m = 0; m < 64; m++) mem.push(0);
  while (true) {
    if (++steps > maxSteps) throw new RangeError("step limit");
    var op = code[pc++];
    switch (op) {
      case 0: stack.push(code[pc++]); break;
      case 1: stack.pop(); break;
      case 2: stack.push(stack[stack.length - 1]); break;
      case 3: { var a = stack.pop(), b = stack.pop(); stack.push(a); stack.push(b); break; }
      case 4: { var y = stack.pop(); stack.push(stack.pop() + y); break; }
      case 5: { var y2 = stack.pop(); stack.push(stack.pop() - y2); break; }
      case 6: { var y3 = stack.pop(); stack.push(stack.pop() * y3); break; }
      case 7: { var y4 = stack.pop(); if (y4 === 0) throw new RangeError("div by zero at " + (pc - 1)); stack.push(Math.floor(stack.pop() / y4)); break; }
      case 8: { var y5 = stack.pop(); stack.push(stack.pop() % y5); break; }
      case 9: { var y6 = stack.pop(); stack.push(stack.pop() < y6 ? 1 : 0); break; }
      case 10: { var y7 = stack.pop(); stack.push(stack.pop() === y7 ? 1 : 0); break; }
      case 11: pc = code[pc]; break;
      case 12: { var target = code[pc++]; if (stack.pop() === 0) pc = target; break; }
      case 13: stack.push(mem[code[pc++]]); break;
      case 14: mem[code[pc++]] = stack.pop(); break;
      case 15: frames.push(pc + 1); pc = code[pc]; break;
      case 16: pc = frames.pop(); break;
      case 17: out.push(stack.pop()); break;
      case 18: return { out: out, steps: steps, depth: stack.length };
      case 19: stack.push(stack[stack.length - 2]); break;
      default: throw new Error("bad opcode " + op + " at " + (pc - 1));
    }
  }
}
var countdown = [
  "  push 5", "  store 0",
  "loop:", "  load 0", "  print", "  load 0", "  push 1", "  sub", "  dup", "  store 0",
  "  jz done", "  jmp loop", "done:", "  halt"
].join("\n");
var r1 = run(assemble(countdown), 1000);
print("countdown", r1.out.join(","), "steps", r1.steps, "stack", r1.depth);
var factorial = [
  "  push 1", "  store 1      ; acc", "  push 12", "  store 0      ; n",
  "top:", "  load 0", "  jz end", "  load 1", "  load 0", "  mul", "  store 1",
  "  load 0", "  push 1", "  sub", "  store 0", "  jmp top",
  "end:", "  load 1", "  print", "  halt"
].join("\n");
var r2 = run(assemble(factorial), 10000);
print("factorial 12", r2.out.join(","), "steps", r2.steps);
var fibProg = [
  "  push 0", "  store 0", "  push 1", "  store 1", "  push 30", "  store 2",
  "loop:", "  load 2", "  jz end", "  load 0", "  print", "  load 0", "  load 1", "  add",
  "  load 1", "  store 0", "  store 1", "  load 2", "  push 1", "  sub", "  store 2", "  jmp loop",
  "end:", "  halt"
].join("\n");
var r3 = run(assemble(fibProg), 100000);
print("fib sequence", r3.out.length, r3.out.slice(0, 10).join(","), r3.out[29]);
var callProg = [
  "  push 7", "  call square", "  print", "  push 12", "  call square", "  call square", "  print", "  halt",
  "square:", "  dup", "  mul", "  ret"
].join("\n");
var r4 = run(assemble(callProg), 1000);
print("subroutine", r4.out.join(","));
var primesProg = [
  "  push 2", "  store 0          ; candidate",
  "outer:", "  load 0", "  push 60", "  lt", "  jz finish",
  "  push 2", "  store 1          ; divisor",
  "inner:", "  load 0", "  load 1", "  load 1", "  mul", "  lt   ; n < d*d ?", "  jz trydiv", "  jmp isprime",
  "trydiv:",
  "  load 0", "  load 1", "  mod", "  jz next",
  "  load 1", "  push 1", "  add", "  store 1", "  jmp inner",
  "isprime:", "  load 0", "  print",
  "next:", "  load 0", "  push 1", "  add", "  store 0", "  jmp outer",
  "finish:", "  halt"
].join("\n");
var r5 = run(assemble(primesProg), 100000);
print("primes via vm", r5.out.join(","), "steps", r5.steps);
var errors = ["  push 1\n  push 0\n  div\n  halt", "loop:\n  jmp loop", "  bogus 1", "  jmp nowhere", "  push 1\n  push 2\n  over\n  add\n  print\n  halt"];
for (var e = 0; e < errors.length; e++) {
  try { var rr = run(assemble(errors[e]), 500); print("ran", rr.out.join(","), rr.steps); }
  catch (x) { print("error", x.name, x.message); }
}
