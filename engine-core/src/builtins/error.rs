//! Error objects: the constructors, `Error.prototype.toString`, stack capture,
//! and the `Vm` helpers the engine uses to throw.

use alloc::format;
use alloc::string::String;

use super::{define_method, define_value, install_constructor, new_object_of_class};
use crate::gc::Gc;
use crate::interp::scope::name_text;
use crate::interp::{CallArgs, Vm};
use crate::object::ops::{self, JsResult};
use crate::object::{attrs, JsObject, ObjectClass, ObjectData, PropertyKey};
use crate::string::JsString;
use crate::value::Value;

/// The native error types.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    /// `Error`.
    Error,
    /// `TypeError`.
    Type,
    /// `RangeError`.
    Range,
    /// `ReferenceError`.
    Reference,
    /// `SyntaxError`.
    Syntax,
    /// `EvalError`.
    Eval,
    /// `URIError`.
    Uri,
}

const KINDS: [(ErrorKind, &str); 7] = [
    (ErrorKind::Error, "Error"),
    (ErrorKind::Type, "TypeError"),
    (ErrorKind::Range, "RangeError"),
    (ErrorKind::Reference, "ReferenceError"),
    (ErrorKind::Syntax, "SyntaxError"),
    (ErrorKind::Eval, "EvalError"),
    (ErrorKind::Uri, "URIError"),
];

fn proto_of(vm: &Vm, kind: ErrorKind) -> Gc<JsObject> {
    match kind {
        ErrorKind::Error => vm.realm.error_prototype,
        ErrorKind::Type => vm.realm.type_error_prototype,
        ErrorKind::Range => vm.realm.range_error_prototype,
        ErrorKind::Reference => vm.realm.reference_error_prototype,
        ErrorKind::Syntax => vm.realm.syntax_error_prototype,
        ErrorKind::Eval => vm.realm.eval_error_prototype,
        ErrorKind::Uri => vm.realm.uri_error_prototype,
    }
}

fn kind_name(kind: ErrorKind) -> &'static str {
    KINDS.iter().find(|k| k.0 == kind).map_or("Error", |k| k.1)
}

/// Most frames a captured stack trace lists (as V8).
const STACK_LIMIT: usize = 10;

/// The `    at ...` lines of the current call stack.
pub fn capture_stack(vm: &Vm) -> String {
    let mut out = String::new();
    for f in vm.frames.iter().rev().take(STACK_LIMIT) {
        let code = f.code;
        let (line, col) = code.position(f.pc);
        let file = &code.info.source.name;
        let name = code.info.name.as_string().map(name_text).unwrap_or_default();
        if name.is_empty() {
            out.push_str(&format!("\n    at {file}:{line}:{col}"));
        } else {
            out.push_str(&format!("\n    at {name} ({file}:{line}:{col})"));
        }
    }
    out
}

/// A new error object with a message and a captured `stack`.
pub fn make_error_object(vm: &mut Vm, kind: ErrorKind, msg: &str) -> JsResult<Gc<JsObject>> {
    let m = vm.str_value(msg)?;
    vm.roots.push(m);
    let r = new_error_with(vm, proto_of(vm, kind), Some(m), kind_name(kind));
    vm.roots.pop();
    r
}

fn new_error_with(vm: &mut Vm, proto: Gc<JsObject>, msg: Option<Value>, header: &str) -> JsResult<Gc<JsObject>> {
    let o = new_object_of_class(vm, Some(proto), ObjectClass::Error, ObjectData::Ordinary)?;
    vm.roots.push(Value::object(o));
    let r = (|| {
        let mut head = String::from(header);
        if let Some(m) = msg {
            let name = vm.names.message;
            ops::add_named(vm, o, name, m, attrs::HIDDEN)?;
            let text = match m.as_string() {
                Some(s) => vm.string_to_rust(s)?,
                None => String::new(),
            };
            if !text.is_empty() {
                head.push_str(": ");
                head.push_str(&text);
            }
        }
        head.push_str(&capture_stack(vm));
        let stack = vm.str_value(&head)?;
        let sname = vm.names.stack;
        ops::add_named(vm, o, sname, stack, attrs::HIDDEN)?;
        Ok(o)
    })();
    vm.roots.pop();
    r
}

impl Vm {
    fn error_value(&mut self, kind: ErrorKind, msg: &str) -> Value {
        match make_error_object(self, kind, msg) {
            Ok(o) => Value::object(o),
            Err(e) => e,
        }
    }
    /// A TypeError to throw.
    pub fn type_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorKind::Type, msg)
    }
    /// A RangeError to throw.
    pub fn range_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorKind::Range, msg)
    }
    /// A ReferenceError to throw.
    pub fn reference_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorKind::Reference, msg)
    }
    /// A SyntaxError to throw.
    pub fn syntax_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorKind::Syntax, msg)
    }
    /// A URIError to throw.
    pub fn uri_error(&mut self, msg: &str) -> Value {
        self.error_value(ErrorKind::Uri, msg)
    }
    /// A SyntaxError for a parse error at `file:line:column`.
    pub fn syntax_error_at(&mut self, msg: &str, file: &str, line: u32, column: u32) -> Value {
        let r = (|| {
            let m = self.str_value(msg)?;
            self.roots.push(m);
            let proto = self.realm.syntax_error_prototype;
            let o = new_object_of_class(self, Some(proto), ObjectClass::Error, ObjectData::Ordinary);
            self.roots.pop();
            let o = o?;
            self.roots.push(Value::object(o));
            let r = (|| {
                let name = self.names.message;
                ops::add_named(self, o, name, m, attrs::HIDDEN)?;
                // The error's own place, then the frames of the eval/Function
                // call that compiled it (none for a script's own parse error).
                let callers = capture_stack(self);
                let stack = self.str_value(&format!("SyntaxError: {msg}\n    at {file}:{line}:{column}{callers}"))?;
                let sname = self.names.stack;
                ops::add_named(self, o, sname, stack, attrs::HIDDEN)?;
                let f = self.str_value(file)?;
                define_value(self, o, "fileName", f, attrs::HIDDEN)?;
                define_value(self, o, "lineNumber", Value::int(line as i32), attrs::HIDDEN)?;
                define_value(self, o, "columnNumber", Value::int(column as i32), attrs::HIDDEN)?;
                Ok(Value::object(o))
            })();
            self.roots.pop();
            r
        })();
        match r {
            Ok(v) => v,
            Err(e) => e,
        }
    }
    /// "Maximum call stack size exceeded".
    pub fn stack_overflow_error(&mut self) -> Value {
        self.range_error("Maximum call stack size exceeded")
    }
    /// "x is not defined".
    pub fn not_defined_error(&mut self, name: Gc<JsString>) -> Value {
        let msg = format!("{} is not defined", name_text(name));
        self.reference_error(&msg)
    }
    /// "Cannot access 'x' before initialization".
    pub fn tdz_error(&mut self, name: Gc<JsString>) -> Value {
        let msg = format!("Cannot access '{}' before initialization", name_text(name));
        self.reference_error(&msg)
    }
    /// "x is not a function" / "x is not a constructor".
    pub fn not_callable_error(&mut self, v: Value, construct: bool) -> Value {
        let what = self.describe_value(v);
        let msg = if construct { format!("{what} is not a constructor") } else { format!("{what} is not a function") };
        self.type_error(&msg)
    }
    /// Reading a property of undefined/null.
    pub fn property_of_nullish_error(&mut self, base: Value, key: PropertyKey) -> Value {
        let k = self.describe_key(key);
        let b = if base.is_null() { "null" } else { "undefined" };
        self.type_error(&format!("Cannot read properties of {b} (reading '{k}')"))
    }
    /// Writing a property of undefined/null.
    pub fn set_property_of_nullish_error(&mut self, base: Value, key: PropertyKey) -> Value {
        let k = self.describe_key(key);
        let b = if base.is_null() { "null" } else { "undefined" };
        self.type_error(&format!("Cannot set properties of {b} (setting '{k}')"))
    }
    /// Assignment to a read-only property in strict code.
    pub fn read_only_error(&mut self, key: PropertyKey) -> Value {
        let k = self.describe_key(key);
        self.type_error(&format!("Cannot assign to read only property '{k}' of object"))
    }
    /// Deleting a non-configurable property in strict code.
    pub fn delete_error(&mut self, key: PropertyKey) -> Value {
        let k = self.describe_key(key);
        self.type_error(&format!("Cannot delete property '{k}' of object"))
    }
    /// The error a `ThrowError` instruction raises.
    pub fn make_error_value(&mut self, kind: u16, msg: Value) -> Value {
        let text = match msg.as_string() {
            Some(s) => self.string_to_rust(s).unwrap_or_default(),
            None => String::new(),
        };
        let kind = match kind {
            0 => ErrorKind::Type,
            1 => ErrorKind::Reference,
            2 => ErrorKind::Syntax,
            _ => ErrorKind::Range,
        };
        self.error_value(kind, &text)
    }

    fn describe_key(&mut self, key: PropertyKey) -> String {
        match key {
            PropertyKey::Atom(a) => name_text(a),
            PropertyKey::Index(i) => format!("{i}"),
        }
    }

    /// A short description of a value for error messages.
    pub fn describe_value(&mut self, v: Value) -> String {
        if let Some(s) = v.as_string() {
            let t = self.string_to_rust(s).unwrap_or_default();
            return format!("\"{t}\"");
        }
        if let Some(o) = v.as_object() {
            if o.is_callable() {
                return String::from("function");
            }
            return if o.is_array() { String::from("array") } else { String::from("object") };
        }
        if let Some(n) = v.as_number() {
            return crate::numconv::number_to_string(n);
        }
        if v.is_undefined() {
            return String::from("undefined");
        }
        if v.is_null() {
            return String::from("null");
        }
        match v.as_bool() {
            Some(true) => String::from("true"),
            Some(false) => String::from("false"),
            None => String::from("value"),
        }
    }
}

/// The shared constructor of all error types (`magic` = index into `KINDS`).
fn error_ctor(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let kind = KINDS.get(args.magic() as usize).map_or(ErrorKind::Error, |k| k.0);
    let msg = args.get(0);
    let m = if msg.is_undefined() { None } else { Some(vm.to_string_value(msg)?) };
    if let Some(m) = m {
        vm.roots.push(m);
    }
    // Subclassing via prototypes: `new` on the builtin uses its own prototype.
    let proto = proto_of(vm, kind);
    let o = new_error_with(vm, proto, m, kind_name(kind))?;
    Ok(Value::object(o))
}

/// `Error.prototype.toString` (ES5 §15.11.4.4).
fn error_to_string(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.this.as_object() else {
        return Err(vm.type_error("Error.prototype.toString called on non-object"));
    };
    let name = super::get_str(vm, o, "name")?;
    let name = if name.is_undefined() { vm.str_value("Error")? } else { vm.to_string_value(name)? };
    vm.roots.push(name);
    let msg = super::get_str(vm, o, "message")?;
    let msg = if msg.is_undefined() { Value::string(vm.names.empty) } else { vm.to_string_value(msg)? };
    vm.roots.push(msg);
    let (ns, ms) = (name.as_string().expect("string"), msg.as_string().expect("string"));
    if ns.is_empty() {
        return Ok(msg);
    }
    if ms.is_empty() {
        return Ok(name);
    }
    let sep = vm.str_value(": ")?;
    let a = crate::string::concat(vm, ns, sep.as_string().expect("string"))?;
    vm.roots.push(Value::string(a));
    Ok(Value::string(crate::string::concat(vm, a, ms)?))
}

/// V8's `Error.captureStackTrace(obj)`: gives `obj` a `stack` string (its
/// `toString` header plus the current frames), as node programs expect.
fn capture_stack_trace(vm: &mut Vm, args: &CallArgs) -> JsResult<Value> {
    let Some(o) = args.get(0).as_object() else {
        return Err(vm.type_error("Invalid argument"));
    };
    let header = error_to_string(vm, &CallArgs::for_this(Value::object(o), vm.realm.object_ctor))?;
    let header = match header.as_string() {
        Some(h) => vm.string_to_rust(h)?,
        None => String::new(),
    };
    let text = alloc::format!("{header}{}", capture_stack(vm));
    let stack = vm.str_value(&text)?;
    let key = PropertyKey::Atom(vm.names.stack);
    let desc = ops::PropertyDescriptor::data(stack, attrs::HIDDEN);
    if !ops::define_own_property(vm, o, key, &desc)? {
        return Err(vm.type_error("Cannot redefine property: stack"));
    }
    Ok(Value::UNDEFINED)
}

/// Installs the error constructors and prototypes.
pub fn init(vm: &mut Vm) -> JsResult<()> {
    let error_ctor_obj = {
        let proto = vm.realm.error_prototype;
        let c = install_constructor(vm, "Error", error_ctor, 1, proto)?;
        define_method(vm, proto, "toString", error_to_string, 0)?;
        define_method(vm, c, "captureStackTrace", capture_stack_trace, 2)?;
        define_value(vm, c, "stackTraceLimit", Value::int(STACK_LIMIT as i32), attrs::DEFAULT)?;
        c
    };
    for (i, (kind, name)) in KINDS.iter().enumerate() {
        let proto = proto_of(vm, *kind);
        let ctor = if i == 0 {
            error_ctor_obj
        } else {
            let atom = vm.atom(name)?;
            let c = super::new_native_function(vm, atom, error_ctor, 1, i as u32, true)?;
            vm.roots.push(Value::object(c));
            define_value(vm, c, "prototype", Value::object(proto), 0)?;
            define_value(vm, proto, "constructor", Value::object(c), attrs::HIDDEN)?;
            let g = vm.realm.global;
            define_value(vm, g, name, Value::object(c), attrs::HIDDEN)?;
            // NativeError constructors inherit from Error (ES2015).
            crate::object::ops::set_prototype(vm, c, Some(error_ctor_obj))?;
            vm.roots.pop();
            c
        };
        if i == 0 {
            if let crate::object::ObjectData::Function(crate::object::FunctionKind::Native { .. }) = ctor.data() {}
        }
        let n = vm.str_value(name)?;
        define_value(vm, proto, "name", n, attrs::HIDDEN)?;
        let empty = Value::string(vm.names.empty);
        define_value(vm, proto, "message", empty, attrs::HIDDEN)?;
    }
    Ok(())
}
