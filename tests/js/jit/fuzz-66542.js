var __h = 0;
function __mix(v) {
    if (v !== (v | 0)) __h = (__h ^ 1000 ^ v) | 0;
}
function __s(v, d) {
}
var __fs = [];
var __n = 0;
var re1 = /a|1/g, re2 = /(\d+)x?/;
var t4 = "abc";
var t5 = "0123456789";
var a6 = [10, 3, 9007199254740992, 65535];
var o9 = { x: 2147483647 };
function main18() {
  for (var i23 = 0; i23 < 2000; i23++) {
    switch (t4.charAt(i23)) {
    case 3:
    }
    a6.push(i23);
    if (a6.length > 64) a6.length = 7;
  }
}
print("main18", __s(main18()));
for (var i32 = 1; i32 <= 255; i32 = i32 + 1) {
  t5 = t5.charAt((2147483647) & 7) + t5;
  if (t5.length > 48) t5 = t5.slice(2);
  __mix(((i32 in a6) + o9.x));
}
print("__fs", __fs.length, "n", __n, "re", re1.lastIndex, "h", __h);
