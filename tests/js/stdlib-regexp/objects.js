// RegExp objects: lastIndex with g and exec loops, test, source escaping, flags, constructor and toString.
// Renders values unambiguously: holes as "_", -0, strings quoted with escapes.
function q(s) {
  var out = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      var h = c.toString(16);
      while (h.length < 4) h = "0" + h;
      out += "\\u" + h;
    } else out += s.charAt(i);
  }
  return out + '"';
}
function show(v) {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (typeof v === "string") return q(v);
  if (typeof v === "number") return v === 0 && 1 / v < 0 ? "-0" : String(v);
  if (typeof v === "function") return "fn";
  if (Object.prototype.toString.call(v) === "[object Array]") {
    var parts = [];
    for (var i = 0; i < v.length; i++) parts.push(i in v ? show(v[i]) : "_");
    return "[" + parts.join(",") + "]";
  }
  if (typeof v === "object") {
    var ks = [];
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) ks.push(k + ":" + show(v[k]));
    return "{" + ks.join(",") + "}";
  }
  return String(v);
}
function t(label, f) {
  try { print(label, show(f())); } catch (e) { print(label, "threw", e && e.name); }
}
t("exec loop", function () { var re = /o/g, s = "foo boo", r = [], m; while ((m = re.exec(s)) !== null) r.push(m.index + ":" + re.lastIndex); return [r, re.lastIndex]; });
t("exec loop empty matches", function () { var re = /x*/g, s = "ab", r = [], m, n = 0; while ((m = re.exec(s)) !== null && n++ < 5) { r.push(m.index + ":" + re.lastIndex); if (m[0] === "") re.lastIndex++; } return r; });
t("test advances lastIndex", function () { var re = /a/g; return [re.test("aa"), re.lastIndex, re.test("aa"), re.lastIndex, re.test("aa"), re.lastIndex]; });
t("test non-global ignores lastIndex", function () { var re = /a/; re.lastIndex = 5; return [re.test("a"), re.lastIndex]; });
t("lastIndex beyond length", function () { var re = /a/g; re.lastIndex = 10; return [re.exec("aaa"), re.lastIndex]; });
t("lastIndex at length", function () { var re = /$/g; re.lastIndex = 3; var m = re.exec("abc"); return [m.index, re.lastIndex]; });
t("lastIndex negative", function () { var re = /a/g; re.lastIndex = -1; var m = re.exec("a"); return [m && m.index, re.lastIndex]; });
t("lastIndex non-number", function () { var re = /a/g; re.lastIndex = "1"; var m = re.exec("aba"); return [m.index, re.lastIndex, typeof re.lastIndex]; });
t("lastIndex fractional", function () { var re = /a/g; re.lastIndex = 1.7; var m = re.exec("aaa"); return [m.index, re.lastIndex]; });
t("lastIndex object valueOf", function () { var re = /a/g; re.lastIndex = { valueOf: function () { return 2; } }; return [re.exec("aaa").index, re.lastIndex]; });
t("lastIndex desc", function () { var d = Object.getOwnPropertyDescriptor(/a/g, "lastIndex"); return [d.value, d.writable, d.enumerable, d.configurable]; });
t("lastIndex on failure reset", function () { var re = /b/g; re.lastIndex = 1; re.exec("aaa"); return re.lastIndex; });
t("non-global exec leaves lastIndex", function () { var re = /a/; re.lastIndex = 7; re.exec("a"); return re.lastIndex; });
t("exec result", function () { var m = /(a)(x)?/.exec("ba"); return [m.length, m.index, m.input, m[0], m[1], m[2], 2 in m, Array.isArray(m)]; });
t("exec coerces", function () { return [/null/.exec(null)[0], /undefined/.exec()[0], /1/.exec(1)[0], /b/.exec({ toString: function () { return "abc"; } }).index]; });
t("exec non-regexp this", function () { try { RegExp.prototype.exec.call({}, "a"); } catch (e) { return e.name; } });
t("test non-regexp this", function () { try { RegExp.prototype.test.call("a", "a"); } catch (e) { return e.name; } });
t("source", function () { return [/a\/b/.source, new RegExp("a/b").source, new RegExp("").source, /[/]/.source, new RegExp("\n").source, new RegExp("\\n").source, new RegExp("\\/").source, RegExp("[/]").source]; });
t("source escaped slashes in class", function () { return [new RegExp("[/]/").source, String(new RegExp("a/b[/]c"))]; });
t("source line terminators", function () { return [new RegExp("\r\u2028\u2029").source.length, q(new RegExp("\r").source), q(new RegExp("\u2028").source)]; });
t("toString", function () { return [String(/a/gim), String(/a/), String(new RegExp("a", "mg")), String(new RegExp()), /\//.toString(), String(new RegExp("/"))]; });
t("flags", function () { var re = /x/gi; return [re.global, re.ignoreCase, re.multiline, /x/m.multiline, /x/.global]; });
t("flag props are accessors", function () { var re = /x/g; re.global = false; return [re.global, Object.prototype.hasOwnProperty.call(re, "global"), Object.keys(re)]; });
t("own props", function () { return Object.getOwnPropertyNames(/x/g); });
t("invalid flags", function () { return ["gg", "x", "G", "u2", "mgm"].map(function (f) { try { new RegExp("a", f); return "ok"; } catch (e) { return e.name; } }); });
t("RegExp(re) same", function () { var re = /a/g; return [RegExp(re) === re, new RegExp(re) === re, String(new RegExp(re)), new RegExp(re).lastIndex]; });
t("RegExp(re, flags)", function () { var re = /a/g; try { return String(new RegExp(re, "i")); } catch (e) { return e.name; } });
t("RegExp(re) with flags undefined copies", function () { var re = /a/gim; re.lastIndex = 3; var r2 = new RegExp(re, undefined); return [String(r2), r2.lastIndex]; });
t("RegExp coerces pattern", function () { return [String(new RegExp(undefined)), String(new RegExp(null)), String(new RegExp(12)), String(new RegExp({ toString: function () { return "o"; } })), String(RegExp("a", undefined))]; });
t("typeof / class", function () { return [typeof /a/, Object.prototype.toString.call(/a/), /a/ instanceof RegExp, /a/.constructor === RegExp]; });
t("RegExp.prototype", function () { return [Object.prototype.toString.call(RegExp.prototype), String(RegExp.prototype), RegExp.prototype.source, RegExp.prototype.global]; });
t("RegExp.length", function () { return [RegExp.length, RegExp.prototype.exec.length, RegExp.prototype.test.length]; });
t("literal creates new each eval", function () { function f() { return /a/g; } var a = f(), b = f(); a.lastIndex = 2; return [a === b, b.lastIndex]; });
t("regexp equality", function () { return [/a/ == /a/, String(/a/) === String(/a/)]; });
t("lastIndex writable false", function () { var re = /a/g; Object.defineProperty(re, "lastIndex", { writable: false }); try { re.exec("a"); return "no"; } catch (e) { return e.name; } });
t("lastIndex writable false non-global", function () { var re = /a/; Object.defineProperty(re, "lastIndex", { value: 0, writable: false }); return re.exec("a")[0]; });
t("regexp as property key", function () { var o = {}; o[/a/g] = 1; return Object.keys(o); });
t("match with g and lastIndex in exec loop after match()", function () { var re = /a/g; "aaa".match(re); return re.lastIndex; });
t("exec on long string g", function () { var s = new Array(1001).join("ab"), re = /b/g, n = 0; while (re.exec(s)) n++; return n; });
t("regexp callable?", function () { return typeof /a/ === "function"; });
