// Comments in unusual places; multi-line comments containing line terminators act as newlines for ASI.
function f1() {
  return /* same line comment */ 1;
}
print("inline block comment", f1());
function f2() {
  return /* comment with
  a newline */ 2;
}
print("multi-line comment acts as newline", f2());
function f3() {
  return // line comment
  3;
}
print("line comment then newline", f3());
var a = 1 /* between */ + /* operands */ 2;
print("between operands", a);
var b = [1, /* hole? no */ 2, /**/ 3];
print("in array literal", b.length, b.join(","));
var o = { /* before key */ k /* after key */ : /* before value */ "v" /* after value */ };
print("in object literal", o.k);
function /* name */ g(/* no params */) /* before body */ { return "g"; }
print("in function declaration", g(), g.length);
var s = "/* not a comment */";
print("comment inside string", s);
var t = "// also not a comment";
print("line comment inside string", t);
var x = 10 /
  2 /* division, not a regex or comment */;
print("division across lines", x);
/* a block comment
 * spanning
 * several lines
 */
print("after block comment", "ok");
var y = 5
/* comment before ++ on its own line */
++y
print("ASI with comment before prefix ++", y)
//* tricky: this is a line comment
print("line comment starting with //*", "ok");
/**/print("empty block comment", "ok");
/***/print("three stars", "ok");
var z = 1; // trailing comment
print("trailing comment", z); /* trailing block */
var w = 4 /**/ * /**/ 5;
print("empty comments around operator", w);
var nested = "/* outer /* inner */";
print("comment-like text", nested.length);
print("final", "done") // end of file comment without newline
