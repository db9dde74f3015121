// let/const scoping details (test262 */scope-body-lex-distinct,
// eval-code/direct/var-env-lower-lex-non-strict, statements/for/scope-body-lex-open,
// statements/for-in/scope-head-lex-open).

function show(label, f) {
  try {
    print(label, f());
  } catch (e) {
    print(label, "threw", e.name);
  }
}

// A direct eval's `var` may not clash with a let/const between it and its
// variable environment, or in the function body.
show("body let + eval var", function () {
  let x;
  eval("var x;");
  return "no error";
});
show("block let + eval var", function () {
  {
    let y;
    {
      eval("var y;");
    }
  }
  return "no error";
});
show("const + eval function", function () {
  const z = 1;
  eval("function z() {}");
  return "no error";
});
show("eval var elsewhere", function () {
  { let a; }
  eval("var a = 2;");
  return a;
});
show("eval let shadows", function () {
  let b = 1;
  eval("let b = 2;");
  return b;
});
show("arrow", function () {
  var f = () => { let x; eval("var x;"); };
  f();
  return "no error";
});
show("getter", function () {
  var o = { get g() { let x; eval("var x;"); return 1; } };
  return o.g;
});
show("catch param + eval var", function () {
  try { throw 1; } catch (e) { eval("var e = 2;"); return e; }
});

// for (let ...): closures made in the initializer keep the first bindings; each
// iteration has its own.
show("for let init closure", function () {
  var before, test, body, incr;
  var run = true;
  for (let x = "outside", _ = before = function () { return x; };
       run && (x = "inside", test = function () { return x; });
       incr = function () { return x; })
    body = function () { return x; }, run = false;
  return [before(), test(), body(), incr()].join();
});
show("for let per iteration", function () {
  var fs = [];
  for (let i = 0, f = function () { return i; }; i < 3; i++) {
    fs.push(function () { return i; });
    if (i === 0) fs.push(f);
  }
  return fs.map(function (g) { return g(); }).join();
});
show("for let uncaptured", function () {
  var s = 0;
  for (let i = 0; i < 10; i++) s += i;
  return s;
});

// for (let x in expr): the expression sees x in its TDZ.
let x = "outer";
show("for-in head TDZ", function () {
  var probe;
  for (let x in { i: probe = function () { return typeof x; } }) ;
  return probe();
});
show("for-in head direct", function () {
  for (let x in { a: x }) ;
  return "no error";
});
show("for-in let values", function () {
  var fs = [];
  for (let k in { a: 1, b: 2 }) fs.push(function () { return k; });
  return fs.map(function (g) { return g(); }).join() + " " + x;
});
show("for-in var head", function () {
  var x = "v";
  for (var k in { a: x }) ;
  return k;
});
