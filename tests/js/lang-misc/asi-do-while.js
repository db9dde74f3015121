// ES2015+ ASI rule: a semicolon is inserted after the ")" of do-while even on the same line.
var a = 0
do { a++ } while (a < 5) print("after do-while on same line", a)
var b = 10
do b--; while (b > 7) print("single-statement body", b)
var c = 0
do { c += 2 } while (c < 3) var d = c * 10
print("var after do-while on same line", c, d)
