// Exits restore the interpreter's registers exactly: it clears a native call's
// window after the call and writes `this` for CallUndef before any callee runs;
// the trace mirrors both (the checking mode's replay found a stale register at
// an exit, fuzzer seed 10146802).
var __h = 0;
function __mix(v) {
  var t = typeof v;
  if (t === "number") {
    __h = (__h * 31 + v) | 0;
  } else if (t === "string") {
    __h = (__h * 31 + v.length) | 0;
    for (var i = 0; i < v.length && i < 8; i++) __h = (__h * 31 + v.charCodeAt(i)) | 0;
  } else if (t === "boolean") {
  } else if (v === null) {
  } else if (t === "undefined") {
    __h = (__h * 31 + 13) | 0;
  } else if (t === "object") {
  } else {
  }
}
function __s(v, d) {
}
var s1 = 0, s2 = 1073741824, s3 = 2, s4 = 255, s5 = 100, s6 = 7;
var t8 = "hello world";
var a9 = [255, 2147483647, true, 1073741824];
var c13 = function (y) { return y; };
function C0(p0, p1, p2) {
  this.y = p1;
}
function f16() {
}
function main17() {
  L24: for (var i25 = 0; i25 < 2000; i25++) {
    if ((i25 & 3) === 0) {
      __mix(t8.charAt(i25));
    }
    if (i25 >= 1956) break L24;
  }
  for (var i27 = 0; i27 < a9.length; i27++) {
    __mix((+s6));
    var i31 = 0;
    while (i31 < 21) {
      i31++;
      __mix(((v21 = 46341) + new C0(0, 2147483646, "\u00e9").y));
    }
  }
}
print("main17", __s(main17()));
print("main17", __s(main17()));
var i33 = 0;
L32: while (true) {
  if (i33++ >= 300) break;
  var i35 = 0;
  L34: do {
    i35 = i35 + 1;
    switch (10) {
    case 0.5:
    }
    if (c13(10) === f16(String(s4))) {
    }
    __mix(f16());
  } while (i35 < 2);
  print(((s3 + s4) + s3));
}
