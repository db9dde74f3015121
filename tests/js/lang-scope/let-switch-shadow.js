// let in switch cases, shadowing in nested blocks, let and closures in various statements.
function sw(x) {
  switch (x) {
    case 1: { let msg = "one"; return msg; }
    case 2: { let msg = "two"; return msg; }
    default: { let msg = "other"; return msg; }
  }
}
print("braced case blocks", sw(1), sw(2), sw(3));
function shared(x) {
  switch (x) {
    case 0:
      let v = "set in case 0";
    case 1:
      v = "assigned in case 1";
      return v;
    default:
      return "default";
  }
}
print("shared switch scope fallthrough", shared(0));
print("switch TDZ when skipping declaration", (function () { try { return shared(1); } catch (e) { return e instanceof ReferenceError; } })());
function nested() {
  let level = 0;
  var trace = [];
  {
    let level = 1;
    trace.push(level);
    {
      let level = 2;
      trace.push(level);
      (function () { let level = 3; trace.push(level); })();
      trace.push(level);
    }
    trace.push(level);
  }
  trace.push(level);
  return trace.join("");
}
print("nested shadow trace", nested());
function loopShadow() {
  let i = "outer-i";
  var r = [];
  for (let i = 0; i < 2; i++) { r.push(i); }
  r.push(i);
  return r.join(",");
}
print("for-let shadows outer let", loopShadow());
function bodyShadowsHeader() {
  var r = [];
  for (let i = 0; i < 2; i++) { let i2 = i; { let i = "body"; r.push(i + i2); } }
  return r.join(",");
}
print("body shadows header", bodyShadowsHeader());
function whileLet() {
  var fns = [];
  var n = 0;
  while (n < 3) { let k = n; fns.push(function () { return k; }); n++; }
  return fns.map(function (f) { return f(); }).join(",");
}
print("while with let body", whileLet());
function doWhileLet() {
  var fns = [];
  var n = 0;
  do { let k = n * 2; fns.push(() => k); } while (++n < 3);
  return fns.map(f => f()).join(",");
}
print("do-while with let body", doWhileLet());
function tryLet() {
  let r = [];
  try { let t = "try"; r.push(t); throw t; } catch (e) { let t = "catch"; r.push(t); } finally { let t = "finally"; r.push(t); }
  return r.join(",");
}
print("try/catch/finally let", tryLet());
function catchShadow() {
  let e = "outer e";
  try { throw "thrown"; } catch (e) { e = e + "!"; }
  return e;
}
print("catch param shadows let", catchShadow());
function labeled() {
  let out = [];
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j > i) continue outer;
      let cell = "" + i + j;
      out.push(cell);
    }
  }
  return out.join(",");
}
print("labeled loops with let", labeled());
function letAndVarSameFunction() {
  var a = 1;
  { let a = 2; a++; }
  return a;
}
print("inner let does not affect var", letAndVarSameFunction());
print("let inside if without braces is in block", (function () { if (true) { let q = 1; } return typeof q; })());
