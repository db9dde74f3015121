// Compound assignment and ++/-- on elements: the base is checked (TypeError)
// before the key is converted or the right side evaluated; numeric and string
// keys behave as before. (test262 S11.13.2_A7.x, S11.3.x_A6, S11.4.4/5_A6)

function trace(label, f) {
  var log = [];
  try {
    f(log);
  } catch (e) {
    log.push(e.name);
  }
  print(label, log.join());
}

var keyObj = function (log) {
  return { toString: function () { log.push("key"); return "p"; } };
};
trace("null[k] *=", function (log) { var b = null; b[keyObj(log)] *= (log.push("rhs"), 2); });
trace("undefined[k] +=", function (log) { var b; b[keyObj(log)] += (log.push("rhs"), 2); });
trace("null[k]++", function (log) { var b = null; b[keyObj(log)]++; });
trace("--undefined[k]", function (log) { var b; --b[keyObj(log)]; });
trace("null[f()] *=", function (log) {
  var b = null;
  b[(log.push("f"), "p")] *= (log.push("rhs"), 2);
});
trace("null.p *=", function (log) { var b = null; b.p *= (log.push("rhs"), 2); });

var a = [1, 2, 3, 4];
for (var i = 0; i < a.length; i++) {
  a[i] += i;
  a[i]++;
  a[i] *= 2;
  --a[i];
}
var o = { k: 1 };
o["k"] += 2;
o["k"]++;
var s = "ab";
var t = { ab: 1 };
t[s] <<= 3;
t[s + ""]--;
print(a.join(), o.k, t.ab);

(function () {
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
        print(e.name);
      }
    })();
  }
  print(count, "x" in scope);
})();
