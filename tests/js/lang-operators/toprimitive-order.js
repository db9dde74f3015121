// ToPrimitive: which of valueOf/toString is called, and in which order, per operator.
var log = [];
function mk(name, v, s) {
  return {
    valueOf: function () { log.push(name + ".valueOf"); return v; },
    toString: function () { log.push(name + ".toString"); return s; }
  };
}
function show(label, result) { print(label, String(result), "|", log.join(" ")); log = []; }
var A = mk("A", 1, "a"), B = mk("B", 2, "b");
show("A+B", A + B);
show("A+'x'", A + "x");
show("'x'+A", "x" + A);
show("A-B", A - B);
show("A*B", A * B);
show("A<B", A < B);
show("A>B", A > B);
show("A<=B", A <= B);
show("A>=B", A >= B);
show("A==1", A == 1);
show("A=='1'", A == "1");
show("A==B", A == B);
show("A===A", A === A);
show("String(A)", String(A));
show("Number(A)", Number(A));
show("+A", +A);
show("-A", -A);
show("~A", ~A);
show("A|0", A | 0);
show("A<<1", A << 1);
show("[A].join()", [A].join());
show("'' + [A, B]", "" + [A, B]);
show("A in", (function () { var o = {}; o.a = 1; return A in o; })());
show("obj[A]", (function () { var o = { a: "by-string", 1: "by-number" }; return o[A]; })());
show("!A", !A);
show("A ? 1 : 2", A ? 1 : 2);
var VO = {
  valueOf: function () { log.push("VO.valueOf->obj"); return {}; },
  toString: function () { log.push("VO.toString"); return "7"; }
};
show("VO+1", VO + 1);
show("VO*2", VO * 2);
show("String(VO)", String(VO));
var TS = {
  valueOf: function () { log.push("TS.valueOf"); return 3; },
  toString: function () { log.push("TS.toString->obj"); return {}; }
};
show("String(TS)", String(TS));
show("TS+''", TS + "");
var BAD = {
  valueOf: function () { log.push("BAD.valueOf"); return {}; },
  toString: function () { log.push("BAD.toString"); return {}; }
};
var r;
try { r = BAD + 1; } catch (e) { r = e instanceof TypeError ? "TypeError" : "other"; }
show("BAD+1", r);
try { r = String(BAD); } catch (e) { r = e instanceof TypeError ? "TypeError" : "other"; }
show("String(BAD)", r);
var P = mk("P", 5, "p"), Q = mk("Q", 6, "q");
show("P<Q order", P < Q);
show("P>Q order (left first)", P > Q);
show("Q<=P", Q <= P);
var NV = { toString: function () { log.push("NV.toString"); return "9"; } };
show("NV*1 (inherited valueOf returns obj)", NV * 1);
show("NV+1", NV + 1);
var arrWithValue = [1, 2];
arrWithValue.valueOf = function () { log.push("arr.valueOf"); return 10; };
show("arr+1", arrWithValue + 1);
show("String(arr)", String(arrWithValue));
var throwsV = { valueOf: function () { log.push("T.valueOf"); throw new Error("v"); } };
try { r = throwsV + mk("after", 1, "x"); } catch (e) { r = e.message; }
show("throw in valueOf stops", r);
var sx = mk("S", 1, "s"), sy = mk("T", 2, "t");
show("compound +=", (function () { var z = sx; z += sy; return z; })());
show("A==null", A == null);
show("A==undefined", A == undefined);
show("A==true", A == true);
