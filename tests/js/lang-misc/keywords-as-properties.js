// ES5 allows reserved words as property names in literals and after a dot.
var o = {
  if: 1, else: 2, for: 3, while: 4, do: 5, break: 6, continue: 7, return: 8, function: 9, var: 10,
  new: 11, delete: 12, typeof: 13, instanceof: 14, in: 15, this: 16, null: 17, true: 18, false: 19,
  class: 20, const: 21, let: 22, enum: 23, export: 24, import: 25, super: 26, extends: 27,
  try: 28, catch: 29, finally: 30, throw: 31, switch: 32, case: 33, default: 34, with: 35, void: 36,
  debugger: 37, undefined: 38, NaN: 39, Infinity: 40, yield: 41, static: 42, implements: 43
};
print("dot access", o.if, o.else, o.for, o.while, o.do, o.break, o.continue, o.return, o.function, o.var);
print("more", o.new, o.delete, o.typeof, o.instanceof, o.in, o.this, o.null, o.true, o.false);
print("future reserved", o.class, o.const, o.let, o.enum, o.export, o.import, o.super, o.extends);
print("statements", o.try, o.catch, o.finally, o.throw, o.switch, o.case, o.default, o.with, o.void, o.debugger);
print("globals as keys", o.undefined, o.NaN, o.Infinity, o.yield, o.static, o.implements);
print("key count", Object.keys(o).length);
var p = {};
p.if = "assigned";
p.class = "cls";
p.default = "dflt";
print("assignment via dot", p.if, p["class"], p.default);
var api = { delete: function (k) { return "deleted " + k; }, new: function () { return "created"; }, in: function () { return "in called"; } };
print("method calls", api.delete("x"), api.new(), api.in());
print("typeof keyword prop", typeof o.typeof);
var g = { get default() { return "getter named default"; }, set class(v) { this._c = v; } };
g.class = "set via keyword";
print("accessors with keyword names", g.default, g._c);
print("string keys equal", o["if"] === o.if, o["new"] === 11);
var arr = [];
arr.push.apply(arr, [o.for, o.in]);
print("in expressions", arr.join(","), o.in in o ? "15 is key?" : "no", "in" in o);
