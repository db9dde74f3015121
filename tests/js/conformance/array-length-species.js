// Array methods on array-likes use ToLength (up to 2^53 - 1), results longer
// than 2^32 - 1 are a RangeError (ArrayCreate), an array's `constructor` that is
// not an object is a TypeError (ArraySpeciesCreate), toLocaleString invokes with
// the element itself as `this`. (test262 built-ins/Array/prototype/{map,slice,
// splice,pop,lastIndexOf,concat,filter}, toLocaleString/primitive_this_value)

function show(label, f) {
  try {
    print(label, f());
  } catch (e) {
    print(label, "threw", e.name);
  }
}

show("pop 2^32", function () {
  var obj = { 0: "x", 4294967295: "y", length: 4294967296 };
  var v = Array.prototype.pop.call(obj);
  return [v, obj.length, 4294967295 in obj].join();
});
show("pop Infinity", function () {
  var obj = { length: Infinity };
  Array.prototype.pop.call(obj);
  return obj.length;
});
show("splice 2^32", function () {
  var obj = { 0: "x", 4294967295: "y", length: 4294967296 };
  var arr = Array.prototype.splice.call(obj, 4294967295, 1);
  return [arr.length, arr[0], obj.length].join();
});
show("lastIndexOf 2^32", function () {
  var obj = { 4294967295: "z", length: 4294967296 };
  return Array.prototype.lastIndexOf.call(obj, "z");
});
show("map Infinity", function () {
  return Array.prototype.map.call({ 0: 1, length: Infinity }, function (v) { return v; });
});
show("map 2^32", function () {
  var calls = 0;
  try {
    Array.prototype.map.call({ length: 4294967296 }, function () { calls++; });
  } catch (e) {
    return e.name + " " + calls;
  }
});
show("slice 2^32", function () {
  return Array.prototype.slice.call({ length: 4294967296 }, 0);
});
show("splice big", function () {
  return Array.prototype.splice.call({ length: 4294967296 }, 0, 4294967296).length;
});
show("slice small", function () {
  return Array.prototype.slice.call({ 0: "a", 1: "b", 4294967296: "c", length: 4294967297 }, 4294967296).join();
});
["concat", "filter", "map", "slice", "splice"].forEach(function (m) {
  show(m + " ctor null", function () {
    var a = [1, 2];
    a.constructor = null;
    return a[m](function () { return true; }).length;
  });
  show(m + " ctor 1", function () {
    var a = [1, 2];
    a.constructor = 1;
    return a[m](function () { return true; }).length;
  });
  show(m + " ctor object", function () {
    var a = [1, 2];
    a.constructor = {};
    return Array.isArray(a[m](function () { return true; }));
  });
  show(m + " ctor poisoned", function () {
    var a = [1, 2];
    Object.defineProperty(a, "constructor", { get: function () { throw new RangeError("poisoned"); } });
    return a[m](function () { return true; }).length;
  });
  show(m + " non-array", function () {
    var o = { length: 2, 0: 1, 1: 2, constructor: null };
    return Array.prototype[m].call(o, function () { return true; }).length;
  });
});

show("toLocaleString this", function () {
  "use strict";
  var seen = [];
  Boolean.prototype.toLocaleString = function () { seen.push(typeof this); return "b"; };
  Object.defineProperty(Number.prototype, "toLocaleString", {
    get: function () { seen.push("get " + typeof this); return function () { return "n"; }; },
    configurable: true
  });
  var s = [true, false, 1].toLocaleString();
  delete Boolean.prototype.toLocaleString;
  delete Number.prototype.toLocaleString;
  return s + " " + seen.join();
});
show("Object toLocaleString getter", function () {
  "use strict";
  var seen;
  Object.defineProperty(Boolean.prototype, "toString", {
    get: function () { seen = typeof this; return function () { return typeof this; }; },
    configurable: true
  });
  var r = Object.prototype.toLocaleString.call(true);
  delete Boolean.prototype.toString;
  return seen + " " + r;
});

show("length RangeError first", function () {
  try {
    Object.defineProperty([], "length", { value: -1, configurable: true });
  } catch (e) {
    return e.name;
  }
});
show("length TypeError", function () {
  try {
    Object.defineProperty([], "length", { value: 1, configurable: true });
  } catch (e) {
    return e.name;
  }
});

show("sparse powers", function () {
  var x = [];
  var k = 1;
  for (var i = 0; i < 32; i++) {
    k = k * 2;
    x[k - 2] = k;
  }
  var ok = true;
  k = 1;
  for (i = 0; i < 32; i++) {
    k = k * 2;
    if (x[k - 2] !== k) ok = false;
  }
  return [ok, x.length].join();
});
show("gap fill", function () {
  var a = [];
  for (var i = 0; i < 5000; i += 2) a[i] = i;
  var s = 0;
  for (i = 0; i < a.length; i++) s += a[i] === undefined ? 1 : 0;
  return [a.length, s].join();
});
