// An assignment names an anonymous function only when its target is a plain
// name: a parenthesized name does not (ES2015 IsIdentifierRef).
var fn, g, h, g2;
(fn) = function () {};
g = function () {};
(h) = g2 = function () {};
((fn)) += "";
print(JSON.stringify([typeof fn, g.name, h.name, g2.name]));
var k = (function () { var a; (a) = () => 1; return a.name; })();
print(JSON.stringify(k));
