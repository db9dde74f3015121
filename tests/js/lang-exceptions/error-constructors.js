// Each Error constructor: name, message, toString, instanceof; with and without new.
var ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
var names = ["Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"];
for (var i = 0; i < ctors.length; i++) {
  var C = ctors[i];
  var withNew = new C("msg" + i);
  var withoutNew = C("plain" + i);
  print(names[i], withNew.name, withNew.message, String(withNew), withNew instanceof C, withNew instanceof Error,
    withoutNew instanceof C, withoutNew.message, Object.getPrototypeOf(withNew) === C.prototype,
    C.prototype.name, typeof C.prototype.message, C.prototype.message === "");
}
var e = new Error();
print("no message", "[" + e.message + "]", String(e), e.hasOwnProperty("message"));
var eu = new Error(undefined);
print("undefined message", "[" + eu.message + "]", eu.hasOwnProperty("message"));
var en = new Error(null);
print("null message", en.message, typeof en.message);
var num = new Error(42);
print("number message", num.message, typeof num.message);
var obj = new Error({ toString: function () { return "from toString"; } });
print("object message", obj.message);
print("toString with empty message", String(new TypeError()), String(new TypeError("")));
var custom = new Error("m");
custom.name = "Custom";
print("changed name", String(custom));
custom.name = "";
print("empty name", String(custom));
custom.name = undefined;
print("undefined name", String(custom));
var noMsg = new Error("x");
noMsg.message = "";
print("empty message after set", String(noMsg));
print("Error.prototype.toString on plain object", Error.prototype.toString.call({ name: "N", message: "M" }));
print("toString on object without props", Error.prototype.toString.call({}));
print("toString name only", Error.prototype.toString.call({ name: "OnlyName" }));
print("toString message only", Error.prototype.toString.call({ message: "OnlyMsg" }));
var threw;
try { Error.prototype.toString.call(1); threw = "no"; } catch (x) { threw = x instanceof TypeError; }
print("toString on primitive TypeError", threw);
print("message not enumerable", Object.keys(new Error("k")).length, Object.getOwnPropertyDescriptor(new Error("k"), "message").enumerable);
print("name inherited", new Error("x").hasOwnProperty("name"), Error.prototype.hasOwnProperty("name"));
print("prototype chain", Object.getPrototypeOf(TypeError.prototype) === Error.prototype, Object.getPrototypeOf(Error.prototype) === Object.prototype);
print("constructor property", new RangeError().constructor === RangeError, TypeError.prototype.constructor === TypeError);

print("typeof", typeof Error, typeof new Error());
print("thrown and caught", (function () { try { throw new RangeError("r"); } catch (x) { return x.name + ":" + x.message; } })());
print("errors are objects with own props", (function () { var x = new Error("a"); x.code = 7; return x.code; })());
print("length", Error.length, TypeError.length);
print("concatenation", "Got: " + new TypeError("bad type"));
