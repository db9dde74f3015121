// Natives called on an object receiver may change it (a global regexp's
// lastIndex): a trace must not reuse a property load from before such a call.
// Also regexp literals evaluated inside traced loops (a new object each time,
// the compiled pattern shared).
var re = /o/g, out = [];
for (var i = 0; i < 300; i++) out.push(re.lastIndex, re.test("foo"), re.lastIndex);
print("hoisted", out.slice(-6).join(","));
var lit = [];
for (var i = 0; i < 300; i++) { var r = /o/g; lit.push(r.lastIndex, r.test("foo"), r.lastIndex); }
print("literal", lit.slice(-6).join(","));
var n = 0, words = ["alpha", "beta", "gamma", "delta", "epsilon"];
for (var i = 0; i < 2000; i++) { if (/^[a-d]/.test(words[i % 5])) n++; if (/l(t|p)/i.exec(words[i % 5])) n += 10; }
print("tests", n);
var ex = [], g = /\d+/g, s = "a1b22c333d4444";
for (var i = 0; i < 200; i++) { var m = g.exec(s); ex.push(m ? m[0] + "@" + g.lastIndex : "null@" + g.lastIndex); }
print("exec", ex.slice(0, 6).join(" "), ex.length);
