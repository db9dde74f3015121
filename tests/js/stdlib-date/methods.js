// toJSON and toISOString on Dates and non-Dates, formatting methods, method
// properties, non-Date receivers.

var d = new Date(Date.UTC(2026, 10, 22, 13, 3, 5, 7));
print("toString", d.toString());
print("toDateString", d.toDateString());
print("toTimeString", d.toTimeString());
print("toLocaleString", d.toLocaleString());
print("toLocaleDateString", d.toLocaleDateString());
print("toLocaleTimeString", d.toLocaleTimeString());
print("toUTCString", d.toUTCString());
print("toGMTString", d.toGMTString());
print("toISOString", d.toISOString());
print("toJSON", d.toJSON(), d.toJSON("key"));
print("valueOf", d.valueOf(), "getTime", d.getTime());
print("String(d)", String(d));
print("d + ''", d + "");
print("d + 1", d + 1);
print("d - 1", d - 1);
print("+d", +d);
print("d * 1", d * 1);
print("d == string", d == d.toString(), d == d.getTime());
print("d < later", d < new Date(d.getTime() + 1), d <= new Date(d.getTime()));
print("[d]", [d].join());
print("toGMTString is toUTCString", Date.prototype.toGMTString === Date.prototype.toUTCString);
print("toUTCString.name", Date.prototype.toUTCString.name, Date.prototype.toGMTString.name);

// lengths of all methods
var names = Object.getOwnPropertyNames(Date.prototype);
var lens = [];
for (var i = 0; i < names.length; i++) {
  if (names[i] !== "constructor") lens.push(names[i] + ":" + Date.prototype[names[i]].length);
}
print(lens.join(" "));

// attributes
var desc = Object.getOwnPropertyDescriptor(Date.prototype, "getTime");
print("getTime attrs", desc.writable, desc.enumerable, desc.configurable);
desc = Object.getOwnPropertyDescriptor(Date, "prototype");
print("Date.prototype attrs", desc.writable, desc.enumerable, desc.configurable);
desc = Object.getOwnPropertyDescriptor(Date, "UTC");
print("Date.UTC attrs", desc.writable, desc.enumerable, desc.configurable);
var keys = [];
for (var k in d) keys.push(k);
print("enumerable keys", keys.length);

// ISO strings in the extended-year forms
var ts = [0, -1, -62167219200000, -62167219200001, 253402300799999, 253402300800000, 8.64e15, -8.64e15, 1e15, -1e15];
for (var i = 0; i < ts.length; i++) print("iso", ts[i], new Date(ts[i]).toISOString(), new Date(ts[i]).toUTCString(), new Date(ts[i]).toString());

// toJSON is generic
print("toJSON on object", Date.prototype.toJSON.call({ toISOString: function () { return "custom"; } }));
print("toJSON NaN valueOf", Date.prototype.toJSON.call({ valueOf: function () { return NaN; }, toISOString: function () { return "x"; } }));
print("toJSON Infinity valueOf", Date.prototype.toJSON.call({ valueOf: function () { return -Infinity; } }));
print("toJSON string valueOf", Date.prototype.toJSON.call({ valueOf: function () { return "abc"; }, toISOString: function () { return "from string"; } }));
print("toJSON passes this", Date.prototype.toJSON.call({ id: 7, toISOString: function () { return "id" + this.id; } }));
print("toJSON ignores args", Date.prototype.toJSON.call({ toISOString: function () { return arguments.length; } }, 1, 2));
print("toJSON on number", (function () {
  Number.prototype.toISOString = function () { return "num " + this; };
  var r = Date.prototype.toJSON.call(5);
  delete Number.prototype.toISOString;
  return r;
})());
print("toJSON NaN number", Date.prototype.toJSON.call(NaN));
print("toJSON on string", (function () {
  String.prototype.toISOString = function () { return "str " + this; };
  var r = Date.prototype.toJSON.call("s");
  delete String.prototype.toISOString;
  return r;
})());
var order = [];
print("toJSON order", Date.prototype.toJSON.call({
  valueOf: function () { order.push("valueOf"); return 1; },
  toString: function () { order.push("toString"); return "s"; },
  get toISOString() { order.push("get toISOString"); return function () { order.push("call"); return "done"; }; }
}), order.join(","));
var errs = [
  function () { Date.prototype.toJSON.call(null); },
  function () { Date.prototype.toJSON.call(undefined); },
  function () { Date.prototype.toJSON.call({}); },
  function () { Date.prototype.toJSON.call({ toISOString: 5 }); },
  function () { Date.prototype.toJSON.call({ valueOf: function () { return {}; }, toString: function () { return {}; } }); },
  function () { Date.prototype.toJSON.call({ toISOString: function () { throw new Error("boom"); } }); },
];
for (var i = 0; i < errs.length; i++) {
  try { print("no error", errs[i]()); } catch (e) { print("toJSON error", e.name + ": " + e.message); }
}
// a Date whose toISOString is overridden
var od = new Date(0);
od.toISOString = function () { return "overridden"; };
print("toJSON own toISOString", od.toJSON());
od = new Date(NaN);
od.toISOString = function () { return "never"; };
print("toJSON invalid with override", od.toJSON());

// non-Date receivers
var recv = [{}, [], 0, "2020", null, undefined, Date.prototype, Object.create(Date.prototype), new Number(0), Date];
var methods = ["getTime", "valueOf", "toString", "toISOString", "getFullYear", "getUTCDay", "setTime",
               "setHours", "setYear", "getYear", "toUTCString", "toLocaleString", "getTimezoneOffset"];
for (var j = 0; j < methods.length; j++) {
  var out = [];
  for (var i = 0; i < recv.length; i++) {
    try { Date.prototype[methods[j]].call(recv[i], 1); out.push("ok"); }
    catch (e) { out.push(e instanceof TypeError ? "TypeError" : e.name); }
  }
  print(methods[j], out.join(" "));
}
try { Date.prototype.getTime.call({}); } catch (e) { print(String(e)); }
try { Date.prototype.setMonth.call(new String("x"), 1); } catch (e) { print(e.name, e instanceof TypeError); }
// the receiver check happens before argument conversion
var converted = false;
try { Date.prototype.setHours.call({}, { valueOf: function () { converted = true; return 1; } }); } catch (e) {}
print("converted before check", converted);

// getTimezoneOffset is 0 in UTC
print("getTimezoneOffset", new Date(0).getTimezoneOffset(), new Date(2020, 6, 1).getTimezoneOffset(),
      new Date(-8.64e15).getTimezoneOffset(), 1 / new Date(0).getTimezoneOffset());

// methods can be borrowed by Date objects made elsewhere
var get = Date.prototype.getUTCFullYear;
print("borrowed", get.call(new Date(0)), Date.prototype.toISOString.call(new Date(1)));
