// A loop with far more paths than one tree may grow (more than 32 branches).
var sum = 0, hist = [];
for (var k = 0; k < 64; k++) hist.push(0);
for (var i = 0; i < 5000; i++) {
  var v = (i * 7919) % 64;
  switch (v) {
    case 0: sum += 1; break; case 1: sum += 2; break; case 2: sum += 3; break; case 3: sum -= 4; break;
    case 4: sum += 5; break; case 5: sum ^= 6; break; case 6: sum += 7; break; case 7: sum -= 8; break;
    case 8: sum += 9; break; case 9: sum += 10; break; case 10: sum |= 11; break; case 11: sum += 12; break;
    case 12: sum += 13; break; case 13: sum -= 14; break; case 14: sum += 15; break; case 15: sum += 16; break;
    default:
      if (v < 32) sum += v * 2;
      else if (v < 40) sum -= v;
      else if (v < 48) sum += v % 5;
      else if (v < 56) sum = (sum * 3) % 100003;
      else sum += (v & 3) ? 1 : -1;
  }
  hist[v]++;
}
print("sum", sum, hist.slice(0, 16).join(","));
var s2 = 0;
for (var j = 0; j < 3000; j++) {
  var b = j & 31;
  if (b & 1) s2 += 1; else s2 -= 1;
  if (b & 2) s2 += 3; else s2 *= 1;
  if (b & 4) s2 ^= 5;
  if (b & 8) s2 += b;
  if (b & 16) s2 = s2 % 1000;
}
print("bit paths", s2);
