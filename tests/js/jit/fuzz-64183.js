// A typeof chain reaching its last else, inside a do-while whose inner loop makes
// closures, pushes, and mixes an array read with a missing property (fuzzer seed
// 64183, wrong in stress mode before exit type maps were complete and nested-exit
// branches started at their exit).
var __h = 0;
function __mix(v) { var t = typeof v;
  if (t === "number") {} else if (t === "string") {} else if (t === "boolean") {} else if (v === null) {}
  else if (t === "undefined") {} else if (t === "object") {} else { __h = 31 + 107 | 0; } }
var __fs = [], s4 = 5, o9 = { x: (!255) };
function main24() { var la27 = [2147483647, { x: 3 }, 65535, 255]; var i29 = 0;
  do { i29 = i29 + 1;
    for (var i30 = 0; 2 > i30; ++i30) { if (i30 % 7 === 0) continue;
      __fs.push(function (y) { return ("" + i29).substring("ab", t5); });
      __mix((la27[(i29) % la27.length] | o9.w)); }
    la27[(0) & 15] += s4;
  } while (i29 < 942); }
main24(); print(__h);
