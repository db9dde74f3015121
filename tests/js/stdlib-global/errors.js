// Error objects (toString, names, prototypes, V8's captureStackTrace) and Boolean.
var r = [];
r.push(String(new Error("m")), String(Error("m")), String(new Error()), String(new TypeError("t")), new Error(undefined).hasOwnProperty("message"), new Error("").hasOwnProperty("message"));
r.push(Error.prototype.toString.call({ name: "N", message: "M" }), Error.prototype.toString.call({}), Error.prototype.toString.call({ name: "", message: "M" }), Error.prototype.toString.call({ name: "N", message: "" }), Error.prototype.toString.call({ name: undefined, message: undefined }));
try { Error.prototype.toString.call(1); } catch (e) { r.push(e.name); }
r.push(Object.prototype.toString.call(new RangeError()), Error.prototype.name, Error.prototype.message === "", TypeError.prototype.name, Object.getPrototypeOf(TypeError.prototype) === Error.prototype, Object.getPrototypeOf(TypeError) === Error);
r.push(Object.keys(new Error("x")).length, Object.getOwnPropertyNames(new Error("x")).sort().join("/"));
function MyErr(m) { this.message = m; } MyErr.prototype = new Error(); MyErr.prototype.name = "MyErr";
r.push(String(new MyErr("hi")), new MyErr("a") instanceof Error);
r.push(String(new Error({ toString: function () { return "obj"; } })), new Error(5).message, typeof new Error(5).message);
r.push(Error.length, TypeError.length, String(Error.prototype), typeof Error.captureStackTrace, typeof new Error().stack, Error.stackTraceLimit);
var e2 = new Error("m"); e2.name = "Custom"; r.push(String(e2));
try { null.x; } catch (e) { r.push(e instanceof TypeError, e.constructor === TypeError); }
try { undefinedFn(); } catch (e) { r.push(e.name, e instanceof ReferenceError); }
try { new Array(-1); } catch (e) { r.push(e.name); }
try { eval("{"); } catch (e) { r.push(e.name); }
r.push(String(Boolean), Boolean(""), Boolean("0"), new Boolean(false) ? "t" : "f", Boolean.prototype.toString.call(true), Boolean.prototype.valueOf.call(new Boolean(1)));
try { Boolean.prototype.toString.call(1); } catch (e) { r.push(e.name); }
print(r.join("\n"));
function MyError(m) { this.message = m; Error.captureStackTrace(this, MyError); }
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = "MyError";
var me = new MyError("boom");
print("captureStackTrace", me.stack.split("\n")[0], String(me), Object.keys(me), me instanceof Error, Object.getOwnPropertyDescriptor(me, "stack").enumerable);
try { Error.captureStackTrace(1); } catch (e) { print("captureStackTrace primitive", e.name); }
