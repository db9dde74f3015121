// Function-level "use strict" directives and their scope (file itself is sloppy).
function sloppy() { return this !== undefined; }
function strict() { "use strict"; return this === undefined; }
print("sloppy this defined", sloppy(), "strict this undefined", strict());
function outerStrict() {
  "use strict";
  function inner() { return this; }
  return inner();
}
print("inner function inherits strictness", outerStrict());
function notDirective() { var x = 1; "use strict"; return this !== undefined; }
print("directive must be first", notDirective());
function afterOtherDirective() { "other directive"; "use strict"; return this === undefined; }
print("directive prologue with multiple strings", afterOtherDirective());
function parenthesized() { ("use strict"); return this !== undefined; }
print("parenthesized not a directive", parenthesized());
function escaped() { "use\u0020strict"; return this !== undefined; }
print("escaped not a directive", escaped());
var strictArrow = function () { "use strict"; return (() => this)(); };
print("arrow in strict function", strictArrow());
function strictArgs(a) { "use strict"; a = 2; return arguments[0]; }
function sloppyArgs(a) { a = 2; return arguments[0]; }
print("arguments mapping", strictArgs(1), sloppyArgs(1));
function strictAssign() { "use strict"; try { undeclaredInStrict = 1; return "no throw"; } catch (e) { return e.name; } }
function sloppyAssign() { undeclaredInSloppy = 1; return typeof undeclaredInSloppy; }
print("undeclared assignment", strictAssign(), sloppyAssign());
function strictCallbacks() { "use strict"; return [0].map(function () { return this; })[0]; }
print("callbacks defined inside strict fn", strictCallbacks());
var sloppyFromStrict = (function () { "use strict"; return sloppy(); })();
print("sloppy fn called from strict keeps sloppy this", sloppyFromStrict);
function strictDeleteVarLike() { "use strict"; var o = { p: 1 }; return delete o.p; }
print("strict delete property ok", strictDeleteVarLike());
function strictNewFn() { "use strict"; function C() { this.v = 1; } return new C().v; }
print("constructors in strict", strictNewFn());
function strictThisPrimitive() { "use strict"; return typeof this; }
print("primitive this kept", strictThisPrimitive.call(5), strictThisPrimitive.call("x"), strictThisPrimitive.call(null));
function strictRO() { "use strict"; var o = Object.freeze({ a: 1 }); try { o.a = 2; return "no"; } catch (e) { return e instanceof TypeError; } }
function sloppyRO() { var o = Object.freeze({ a: 1 }); o.a = 2; return o.a; }
print("frozen write", strictRO(), sloppyRO());
