// Automatic semicolon insertion cases.
function retNewline() {
  return
  42;
}
print("return newline", retNewline());
var a = 1, b = 2
a
++b
print("a ++b on new line", a, b)
var c = 5
var d = c
-1
print("minus continues expression", d)
var e = "str"
var f = e
.length
print("member continues", f)
var g = 3
var h = g
* 2
print("operator continues", h)
var i = 0
i
++
i
print("++ after newline applies to next", i)
function brk() {
  var out = 0;
  for (var k = 0; k < 5; k++) {
    if (k === 2) break
    out++
  }
  return out
}
print("break without semicolon", brk())
var obj = { x: 1 }
var x = obj
["x"]
print("bracket continues expression", x)
var fn = function () { return "called" }
var result = fn
()
print("call continues", result)
var t = 1
;(function () { t = 2 })()
print("leading semicolon IIFE", t)
var noSemi = 1; var noSemi2 = 2
print("mixed", noSemi + noSemi2)
var ifResult
if (true) ifResult = "yes"
else ifResult = "no"
print("if/else without semicolons", ifResult)
function throwNL() {
  try {
    throw "same line"
  } catch (err) { return err }
}
print("throw same line", throwNL())
var arr = [1, 2, 3]
var last = arr
  .slice(1)
  .join("-")
print("chained calls across lines", last)
var cond = true
  ? "ternary yes"
  : "ternary no"
print("ternary across lines", cond)
var str = "a" +
  "b" +
  "c"
print("concat across lines", str)
var postfixTest = 5
var p2 = postfixTest
postfixTest++
print("postfix needs same line", p2, postfixTest)
label1:
for (var m = 0; m < 3; m++) { continue label1 }
print("label on previous line", m)
var z = function () { return 1 }
var y = z()
print("function expression statement", y)
var emptyStatements = 0;;;
;;
print("empty statements fine", emptyStatements)
