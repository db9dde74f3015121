// instanceof on trace: constructors, prototype chains, primitives, bound
// functions, a prototype replaced mid-loop, and the TypeError cases.
function A() {}
function B() {}
B.prototype = new A();
var BA = A.bind(null);
var vals = [new A(), new B(), {}, 5, "s", null, [], function () {}];
var c = [0, 0, 0, 0, 0];
for (var i = 0; i < 800; i++) {
  var v = vals[i % 8];
  if (v instanceof A) c[0]++;
  if (v instanceof B) c[1]++;
  if (v instanceof Object) c[2]++;
  if (v instanceof BA) c[3]++;
  if (v instanceof Function) c[4]++;
  if (i === 400) A.prototype = {};
}
print(c.join());
var errs = [];
var rhs = [A, A, 5, {}, A];
for (var j = 0; j < 50; j++) {
  try { var r = new A() instanceof rhs[j % 5]; } catch (e) { errs.push(e.name); }
  if (j === 30) A.prototype = 7;
}
print(errs.length, errs[0], errs[errs.length - 1]);
