// ?: and && || short-circuiting, returning operand values.
var log = [];
function t(v) { log.push("t" + v); return v; }
print("1&&2", 1 && 2);
print("0&&2", 0 && 2);
print("1||2", 1 || 2);
print("0||2", 0 || 2);
print("''||'default'", "" || "default");
print("null&&x", null && undefinedThing);
print("'a'||x", "a" || undefinedThing);
print("NaN||0", NaN || 0);
print("0||NaN", 0 || NaN);
print("[]&&'truthy'", [] && "truthy");
log = []; t(0) && t(1); print("&& short", log.join(","));
log = []; t(1) && t(2); print("&& both", log.join(","));
log = []; t(1) || t(2); print("|| short", log.join(","));
log = []; t(0) || t(2); print("|| both", log.join(","));
log = []; t(0) || t(0) && t(1) || t(3); print("mixed precedence", log.join(","));
print("&& binds tighter", 1 || 0 && 0);
print("(1||0)&&0", (1 || 0) && 0);
print("ternary", 1 ? "yes" : "no", 0 ? "yes" : "no");
print("nested ternary right assoc", (function (n) { return n < 0 ? "neg" : n === 0 ? "zero" : n < 10 ? "small" : "big"; })(5));
log = []; var r = t(1) ? t("a") : t("b"); print("ternary evaluates one", r, log.join(","));
log = []; r = t(0) ? t("a") : t("b"); print("ternary evaluates other", r, log.join(","));
print("ternary with assignment", (function () { var a, b; true ? a = 1 : b = 2; return a + "," + b; })());
print("ternary on string", "" ? "T" : "F");
print("default idiom", (function (o) { o = o || {}; return typeof o; })());
print("guard idiom", (function (o) { return o && o.x && o.x.y; })({ x: { y: 42 } }));
print("guard idiom missing", (function (o) { return o && o.x && o.x.y; })({}));
print("!a && b", !0 && "b");
print("!(a && b)", !(1 && 0));
print("ternary returns object", (true ? { k: 1 } : null).k);
var cnt = 0;
for (var i = 0; i < 20; i++) { (i % 3 === 0) && cnt++; (i % 5 === 0) || cnt--; }
print("loop side effects", cnt);
var acc = [];
for (var j = 0; j < 6; j++) acc.push(j % 2 ? "odd" : j % 3 ? "even" : "six");
print("loop ternary", acc.join(","));
