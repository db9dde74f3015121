// The reviver: visiting order, this/holder, deletion on undefined, modification,
// arrays, and mutation of the structure during the walk.

var log = [];
var result = JSON.parse('{"a":1,"b":[2,{"c":3}],"d":{"e":null}}', function (key, value) {
  var holder = Array.isArray(this) ? "array" : typeof this;
  log.push(JSON.stringify(key) + ":" + holder + ":" + JSON.stringify(value));
  return value;
});
print(log.join("\n"));
print(JSON.stringify(result));

// key "" and the root holder
JSON.parse("[1]", function (k, v) {
  if (k === "") print("root:", Object.keys(this).join("|"), this[""] === v, Array.isArray(v));
  return v;
});
JSON.parse("7", function (k, v) { print("primitive root", JSON.stringify(k), v, typeof this, this[""]); return v; });

// keys are strings for array elements
JSON.parse("[10, 20]", function (k, v) { if (k !== "") print("array key", typeof k, k); return v; });

// returning undefined deletes
var deleted = JSON.parse('{"keep":1,"drop":2,"list":[1,2,3,4],"nested":{"drop":5,"x":6}}', function (k, v) {
  if (k === "drop") return undefined;
  if (typeof v === "number" && v % 2 === 0 && Array.isArray(this)) return undefined;
  return v;
});
print(JSON.stringify(deleted), deleted.list.length, 1 in deleted.list, "drop" in deleted, "drop" in deleted.nested);
print(Object.keys(deleted.list).join(","));

// modifying values, including the root
var modified = JSON.parse('{"n":1,"s":"x","arr":[1,2]}', function (k, v) {
  if (typeof v === "number") return v * 100;
  if (typeof v === "string") return v + v;
  if (Array.isArray(v)) return v.length;
  return v;
});
print(JSON.stringify(modified));
print(JSON.parse('{"a":1}', function (k, v) { return k === "" ? "replaced root" : v; }));
print(JSON.parse("[1,2]", function (k, v) { return undefined; }));

// values returned by the reviver become plain data properties
var replacedObj = JSON.parse('{"a":{"b":1}}', function (k, v) {
  if (k === "b") return { fresh: true };
  return v;
});
print(JSON.stringify(replacedObj));

// the reviver mutates the holder: properties added later are not visited,
// values changed before visiting are seen
var visited = [];
var mut = JSON.parse('{"first":1,"second":2,"third":3}', function (k, v) {
  visited.push(k);
  if (k === "first") {
    this.second = "changed";
    this.added = "new";
    delete this.third;
  }
  return v;
});
print(visited.join(","), JSON.stringify(mut));

// an array element replaced by an object is walked
var walkedInto = [];
JSON.parse('[1, 2]', function (k, v) {
  walkedInto.push(k);
  if (k === "0") this[1] = { inner: "x" };
  return v;
});
print(walkedInto.join(","));

// arrays whose length changes during the walk
var lenLog = [];
JSON.parse('[1,2,3]', function (k, v) {
  lenLog.push(k);
  if (k === "0") this.length = 1;
  return v;
});
print(lenLog.join(","));

// non-callable revivers are ignored
print(JSON.stringify(JSON.parse('{"a":1}', null)), JSON.stringify(JSON.parse('{"a":1}', {})), JSON.stringify(JSON.parse("[1]", "f")));

// errors propagate from the reviver
try {
  JSON.parse('{"a":{"b":1}}', function (k, v) { if (k === "b") throw new TypeError("stop"); return v; });
} catch (e) { print("caught", e.name, e.message); }

// the reviver sees numbers, booleans, nulls and strings as primitives
var types = [];
JSON.parse('[1, "s", true, null, {}, []]', function (k, v) {
  types.push(k + ":" + (v === null ? "null" : Array.isArray(v) ? "array" : typeof v));
  return v;
});
print(types.join(" "));

// big structures with a reviver
var items = [];
for (var i = 0; i < 1000; i++) items.push({ id: i, name: "n" + i, sub: [i, { v: i * 2 }] });
var count = 0;
var rev = JSON.parse(JSON.stringify(items), function (k, v) {
  count++;
  if (k === "v") return v + 1;
  if (k === "name") return undefined;
  return v;
});
var total = 0;
for (i = 0; i < rev.length; i++) total += rev[i].sub[1].v;
print(count, total, "name" in rev[0], Object.keys(rev[999]).join(","));

// deep nesting with a reviver
var deep = [];
for (i = 0; i < 2000; i++) deep = [deep];
var depthSeen = 0;
JSON.parse(JSON.stringify(deep), function (k, v) { depthSeen++; return v; });
print("deep revived", depthSeen);
