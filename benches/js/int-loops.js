// Nested int32 loops with bit operations and modulo (bitops-style work).
function mix(n) {
  var h = 0x811c9dc5 | 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < 64; j++) {
      h = (h ^ (i * 31 + j)) | 0;
      h = (h * 16777619) | 0;
      h = (h << 3) ^ (h >>> 29);
    }
  }
  return h;
}
print(mix(100000));
