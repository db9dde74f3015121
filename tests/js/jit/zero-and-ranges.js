// Values whose bits are all zero (+0.0 as a double) coming back from helpers
// (pop, element and named reads), and string reads out of range while recording.
var a7 = [];
for (var i = 0; i < 300; i++) {
  a7.pop();
  a7.push(false);
  a7.push((i & 1) / 3.5);
}
print(a7.length, a7[0], a7[299], a7[300], 1 / a7[300]);
var o = { z: 0 / 5, w: -0 / 5 }, keys = ["z", "w"], acc = "";
var holes = [0 / 7, , 0.5];
for (var j = 0; j < 200; j++) {
  var v = o[keys[j & 1]];
  if (j < 4) acc += (1 / v) + "," + (1 / holes[j % 3]) + ";";
}
print(acc);
var t4 = "abc", h = 0;
for (var k = 0; k < 400; k++) {
  var c = t4[7];
  h = (h * 31 + (typeof c === "undefined" ? 13 : c.charCodeAt(0))) | 0;
  var cc = t4.charCodeAt(9);
  if (cc !== cc) h ^= 5;
  if (k % 5 === 2) t4 += k;
}
print(h, t4.length);
