// String building with += and charCodeAt scans (validate-input-style).
var s = "";
for (var i = 0; i < 300000; i++) s += String.fromCharCode(97 + (i % 26));
var sum = 0;
for (var j = 0; j < s.length; j++) sum = (sum + s.charCodeAt(j) * (j & 15)) | 0;
print(s.length, sum);
