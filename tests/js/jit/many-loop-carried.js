// Loops with more loop-carried values than registers, with and without helper
// calls in the body: after peeling, the phis that do not fit in registers live
// in spill slots; every value must come out right, in every exit.
function ints(n) {
  var a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11, l = 12;
  for (var t = 0; t < n; t++) {
    var s = Math.sin(t) > 2 ? 1 : 0;
    a = (a + b + s) | 0; b = (b ^ c) + 1; c = (c + d) & 0xffff; d = (d * 3 + e) | 0;
    e = (e + f) % 1000; f = (f + g) | 0; g = (g - h) | 0; h = (h + i) & 1023;
    i = (i + j) | 0; j = (j + k) % 777; k = (k + l) | 0; l = (l + a) & 4095;
  }
  return [a, b, c, d, e, f, g, h, i, j, k, l].join(",");
}
function doubles(n) {
  var a = 0.5, b = 1.5, c = 2.5, d = 3.5, e = 4.5, f = 5.5, g = 6.5, h = 7.5,
      i = 8.5, j = 9.5, k = 10.5, l = 11.5, m = 12.5, o = 13.5;
  for (var t = 1; t <= n; t++) {
    var w = Math.cos(t);
    a += w; b += a / t; c += b / (t + 1); d += c / (t + 2); e += d / (t + 3);
    f += e / (t + 4); g += f / (t + 5); h += g / (t + 6); i += h / (t + 7);
    j += i / (t + 8); k += j / (t + 9); l += k / (t + 10); m += l / (t + 11); o += m / (t + 12);
  }
  return [a, b, c, d, e, f, g, h, i, j, k, l, m, o].map(function (x) { return x.toFixed(6); }).join(",");
}
function mixed(n) {
  var a = 0, b = 1, c = 2, d = 3, e = 4, f = 5, g = 6, x = 0.25, y = 0.5, z = 0.75;
  for (var t = 0; t < n; t++) {
    if (t === 250) { a = a + 0.5; }  // a turns into a double mid-loop
    a = a + b; b = c; c = d; d = e; e = f; f = g; g = (t & 7);
    x = x * 0.5 + y; y = y * 0.25 + z; z = Math.sqrt(z + t);
  }
  return [a, b, c, d, e, f, g, x.toFixed(9), y.toFixed(9), z.toFixed(9)].join(",");
}
print(ints(3000));
print(doubles(3000));
print(mixed(600));
