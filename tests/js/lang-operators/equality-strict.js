// Strict equality (===) and !==.
print("1===1", 1 === 1);
print("1==='1'", 1 === "1");
print("NaN===NaN", NaN === NaN);
print("0===-0", 0 === -0);
print("null===undefined", null === undefined);
print("null===null", null === null);
print("undefined===undefined", undefined === undefined);
print("'a'==='a'", "a" === "a");
print("'a'+'b'==='ab'", "a" + "b" === "ab");
print("built string === literal", ["a", "b"].join("") === "ab");
print("{}==={}", ({}) === ({}));
var o = {};
var p = o;
print("same ref", o === p);
print("[]===[]", [] === []);
print("fn===fn", function () {} === function () {});
function f() {}
print("same fn", f === f);
print("true===1", true === 1);
print("new String==='s'", new String("s") === "s");
print("1!=='1'", 1 !== "1");
print("NaN!==NaN", NaN !== NaN);
print("1.0===1", 1.0 === 1);
print("0.1+0.2===0.3", 0.1 + 0.2 === 0.3);
print("Infinity===1/0", Infinity === 1 / 0);
print("-Infinity===-1/0", -Infinity === -1 / 0);
print("int vs double repr", 2147483648 - 1 === 2147483647);
print("substring identity", "hello".substring(1, 3) === "el");
var vals = [0, -0, 1, "1", "", null, undefined, NaN, true, false, o];
var row, i, j;
for (i = 0; i < vals.length; i++) {
  row = "";
  for (j = 0; j < vals.length; j++) row += (vals[i] === vals[j]) ? "1" : ".";
  print("row", i, row);
}
var count = 0;
for (i = 0; i < 100; i++) if ((i % 7) === (i % 14)) count++;
print("loop ===", count);
var strs = [];
for (i = 0; i < 5; i++) strs.push("k" + i);
print("concat key ===", strs[3] === "k3", strs[3] === "k" + 3);
