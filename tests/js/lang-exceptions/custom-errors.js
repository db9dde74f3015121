// Custom error types via prototypes (ES5 style).
function MyErr(m) { this.message = m; }
MyErr.prototype = new Error();
MyErr.prototype.name = "MyErr";
var e = new MyErr("custom message");
print("instanceof", e instanceof MyErr, e instanceof Error);
print("name/message", e.name, e.message);
print("toString", String(e));
try { throw new MyErr("thrown"); } catch (x) { print("caught", x.name, x.message, x instanceof MyErr); }
function ValidationError(field, msg) {
  this.name = "ValidationError";
  this.field = field;
  this.message = field + ": " + msg;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
var v = new ValidationError("email", "invalid");
print("Object.create style", v instanceof ValidationError, v instanceof Error, String(v), v.field, v.constructor === ValidationError);
function HttpError(status) { Error.call(this); this.status = status; this.message = "HTTP " + status; }
HttpError.prototype = Object.create(Error.prototype);
HttpError.prototype.name = "HttpError";
var h = new HttpError(404);
print("Error.call(this) does not initialize this", String(h), h.status);
function NotFound(path) { HttpError.call(this, 404); this.path = path; }
NotFound.prototype = Object.create(HttpError.prototype);
NotFound.prototype.name = "NotFound";
var nf = new NotFound("/x");
print("two-level hierarchy", nf instanceof NotFound, nf instanceof HttpError, nf instanceof Error, String(nf), nf.path);
function handle(err) {
  if (err instanceof NotFound) return "not found: " + err.path;
  if (err instanceof HttpError) return "http " + err.status;
  if (err instanceof TypeError) return "type error";
  if (err instanceof Error) return "generic: " + err.message;
  return "unknown: " + err;
}
var thrown = [new NotFound("/a"), new HttpError(500), new TypeError("t"), new Error("g"), "str"];
var handled = [];
for (var i = 0; i < thrown.length; i++) { try { throw thrown[i]; } catch (x) { handled.push(handle(x)); } }
print("dispatch by type", handled.join(" | "));
function wrapError(fn) { try { return fn(); } catch (x) { var w = new Error("wrapped(" + x.message + ")"); w.cause = x; throw w; } }
try { wrapError(function () { throw new RangeError("inner"); }); } catch (x) { print("wrapping", x.message, x.cause.name); }
var plain = { name: "PlainErr", message: "plain object" };
print("Error.prototype.toString on error-like", Error.prototype.toString.call(plain));
var withToString = new Error("base");
withToString.toString = function () { return "overridden toString"; };
print("own toString", String(withToString), "" + withToString);
function Retry(n) { this.n = n; }
Retry.prototype = new Error("retry");
Retry.prototype.name = "Retry";
var attempts = 0;
function flaky() { attempts++; if (attempts < 3) throw new Retry(attempts); return "ok after " + attempts; }
var result;
while (true) { try { result = flaky(); break; } catch (x) { if (!(x instanceof Retry)) throw x; } }
print("retry loop", result);
print("inherited message from proto", new Retry(1).message);
