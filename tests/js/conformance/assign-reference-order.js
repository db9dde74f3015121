// golden: manual
// Assignments resolve their target reference before evaluating the right side
// (ES5 §11.13, test262 S11.13.1_A5/A6, S11.13.2_A5-A7, S11.3.x_A5/A6,
// S11.4.4/5_A5/A6, identifier-resolution/assign-to-global-undefined,
// statements/variable/binding-resolution). The expected output follows the
// specification and test262; node (V8) differs on the `with`/eval cases (it
// resolves the name again after the right side), the strict undeclared global
// (no ReferenceError) and converts an object key twice, so this golden is kept by
// hand. The node-checked part is element-order.js.

function show(label, f) {
  try {
    print(label, f());
  } catch (e) {
    print(label, "threw", e.name);
  }
}

// A `with` object's property deleted by the right side: the store goes back to
// the object (created again), not to the variable the name now resolves to.
show("with =", function () {
  var x = 0;
  var scope = { x: 1 };
  with (scope) {
    x = (delete scope.x, 2);
  }
  return [scope.x, x].join();
});
show("with *= getter deletes", function () {
  var x = 0;
  var scope = { get x() { delete this.x; return 2; } };
  with (scope) {
    x *= 3;
  }
  return [scope.x, x].join();
});
show("nested with +=", function () {
  var outer = { x: 0 };
  var inner = { get x() { delete this.x; return 2; } };
  with (outer) {
    with (inner) {
      x += 3;
    }
  }
  return [inner.x, outer.x].join();
});
show("with ++ prefix/postfix", function () {
  var x = 0;
  var scope = { get x() { delete this.x; return 2; } };
  var r = [];
  with (scope) {
    r.push(++x);
  }
  r.push(scope.x, x);
  scope = { get x() { delete this.x; return 5; } };
  with (scope) {
    r.push(x--);
  }
  r.push(scope.x, x);
  return r.join();
});
var gx = 10;
show("global var under with", function () {
  var scope = { get gx() { delete this.gx; return 1; } };
  with (scope) {
    gx -= 4;
  }
  return [scope.gx, gx].join();
});

// A strict function under `with`: the binding deleted meanwhile is a ReferenceError.
show("strict under with", function () {
  var count = 0;
  var scope = { x: 1 };
  with (scope) {
    (function () {
      "use strict";
      try {
        count++;
        x = (delete scope.x, 2);
        count++;
      } catch (e) {
        count += 10;
      }
    })();
  }
  return [count, "x" in scope].join();
});

// A `var` the right side declares through eval does not capture the store.
show("eval var =", function () {
  var x = 0;
  var inner = (function () {
    x = (eval("var x;"), 1);
    return x;
  })();
  return [inner, x].join();
});
show("eval var *=", function () {
  var x = 3;
  var inner = (function () {
    x *= (eval("var x = 2;"), 4);
    return x;
  })();
  return [inner, x].join();
});
show("eval var ++", function () {
  var x = 3;
  var inner = (function () {
    eval("");
    var r = x++;
    return r;
  })();
  return [inner, x].join();
});

// A var initializer resolves the binding before the initializer runs.
show("var in with", function () {
  var obj = { id: 1 };
  with (obj) {
    var id = delete obj.id;
  }
  return [obj.id, typeof id].join();
});

// Strict code: an undeclared global stays unresolvable even if the right side
// defines it.
show("strict undeclared", function () {
  "use strict";
  undeclaredGlobal = (this === undefined ? (Function("return this")().undeclaredGlobal = 5) : 0);
  return undeclaredGlobal;
});
show("after", function () { return typeof undeclaredGlobal; });

// Element targets: the base is checked before the key is converted, and the
// key is converted once.
show("null[key] *=", function () {
  var evaluated = [];
  var base = null;
  var key = { toString: function () { evaluated.push("key"); return "p"; } };
  try {
    base[key] *= (evaluated.push("rhs"), 2);
  } catch (e) {
    evaluated.push(e.name);
  }
  return evaluated.join();
});
show("undefined[key]++", function () {
  var evaluated = [];
  var base;
  var key = { toString: function () { evaluated.push("key"); return "p"; } };
  try {
    base[key]++;
  } catch (e) {
    evaluated.push(e.name);
  }
  return evaluated.join();
});
show("key converted once", function () {
  var calls = 0;
  var base = { p: 1 };
  var key = { toString: function () { calls++; return "p"; } };
  base[key] += 1;
  base[key]++;
  --base[key];
  base[key] *= 10;
  return [calls, base.p].join();
});
show("numeric keys", function () {
  var a = [1, 2, 3];
  for (var i = 0; i < a.length; i++) {
    a[i] += i;
    a[i]++;
  }
  var o = {};
  o["k"] = 1;
  o["k"] += 2;
  return a.join() + " " + o.k;
});
