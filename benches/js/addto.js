// The loop from the foundation issue: int32 sum that overflows to double at i ~ 65536.
function addTo(a, n) { for (var i = 0; i < n; ++i) a = a + i; return a; }
print(addTo(0, 10000000));
