//! [`Context`]: the safe embedding API's operations on one engine.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::Any;

use super::convert::{FromJs, IntoArgs, IntoJs, PropertyName};
use super::error::{Exception, JsError};
use super::value::JsValue;
use super::{describe_exception, is_error_like, own_string, Error};
use crate::builtins::error::{make_error_object, ErrorKind};
use crate::compiler::{self, UnitKind};
use crate::gc::Gc;
use crate::interp::{CallArgs, Vm};
use crate::object::{ops, FunctionKind, HostFunction, HostValue, JsObject, ObjectClass, ObjectData, PropertyKey};
use crate::value::Value;

/// The safe embedding API of one engine.
///
/// [`super::Engine`] dereferences to it, and host functions receive it, so the
/// same calls work in both places. Every value it returns is a rooted
/// [`JsValue`]; every call returns `Result`.
#[repr(transparent)]
pub struct Context {
    vm: Vm,
}

/// The arguments of a host function call.
pub struct Args {
    /// The `this` value.
    pub this: JsValue,
    /// The arguments passed (rooted for as long as `Args` lives).
    pub values: Vec<JsValue>,
}

impl Args {
    /// Argument `i` (`undefined` when not passed).
    pub fn get(&self, i: usize) -> JsValue {
        self.values.get(i).cloned().unwrap_or(JsValue::UNDEFINED)
    }
    /// Argument `i` converted to `T`; a wrong type is a [`JsError::Type`]
    /// naming the argument.
    pub fn arg<T: FromJs>(&self, cx: &mut Context, i: usize) -> Result<T, JsError> {
        let v = self.values.get(i).unwrap_or(&JsValue::UNDEFINED);
        T::from_js(cx, v).map_err(|e| match e {
            JsError::Type(m) => JsError::Type(format!("argument {}: {m}", i + 1)),
            e => e,
        })
    }
    /// How many arguments were passed.
    pub fn len(&self) -> usize {
        self.values.len()
    }
    /// No arguments?
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The closure type host functions are stored as.
type BoxedHostFn = Box<dyn FnMut(&mut Context, Args) -> Result<JsValue, JsError>>;

impl Context {
    /// The context view of a VM.
    pub(crate) fn from_vm(vm: &mut Vm) -> &mut Context {
        // SAFETY: `Context` is `repr(transparent)` over `Vm`, so the pointer
        // cast keeps layout and validity, and the borrow is carried over.
        unsafe { &mut *(vm as *mut Vm as *mut Context) }
    }

    /// The underlying VM (the low-level API).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Roots a raw value (the low-level API). `raw` must be a value of this
    /// engine that is still alive: one just returned by the low-level API, or
    /// one a native function received.
    pub fn wrap(&mut self, raw: Value) -> JsValue {
        JsValue::rooted(&self.vm.host_roots, raw)
    }

    /// How many [`JsValue`]s of this engine hold a root now (a leak check:
    /// dropping every handle brings it back to where it was).
    pub fn rooted_count(&self) -> usize {
        self.vm.host_roots.live()
    }

    /// The raw value of a handle, checked to belong to this engine.
    pub(crate) fn raw(&self, v: &JsValue) -> Result<Value, JsError> {
        v.raw_in(&self.vm.host_roots).ok_or_else(|| JsError::Type(String::from("the value belongs to another engine")))
    }

    fn object_of(&self, v: &JsValue) -> Result<Gc<JsObject>, JsError> {
        let raw = self.raw(v)?;
        raw.as_object().ok_or_else(|| JsError::Type(format!("expected an object, got {}", v.kind())))
    }

    /// Converts a thrown value into a [`JsError`] and remembers the value, so a
    /// host function passing the error on rethrows the same value.
    pub(crate) fn thrown(&mut self, exc: Value) -> JsError {
        if exc == crate::interp::run::TERMINATE {
            return JsError::Interrupted;
        }
        let vm = &mut self.vm;
        vm.roots.push(exc);
        let e = describe(vm, exc);
        vm.roots.pop();
        *vm.host_roots.last_thrown.borrow_mut() = Some((e.clone(), exc));
        JsError::Exception(e)
    }

    /// Drops the remembered exception when the host starts a new top-level
    /// call (no script frames below), so it does not keep garbage alive.
    fn forget_thrown(&mut self) {
        if self.vm.frames.is_empty() {
            self.vm.host_roots.last_thrown.borrow_mut().take();
        }
    }

    fn done(&mut self, r: Result<Value, Value>) -> Result<JsValue, JsError> {
        match r {
            Ok(v) => Ok(self.wrap(v)),
            Err(e) => Err(self.thrown(e)),
        }
    }

    /// Compiles and runs a script in the global scope; returns its completion
    /// value converted to `T` (a [`JsValue`] to keep it as it is).
    ///
    /// ```
    /// # use engine_core::{Config, Engine, JsError, JsValue, NullHost};
    /// let mut engine = Engine::new(Config::default(), Box::new(NullHost)).unwrap();
    /// let n: i32 = engine.evaluate("6 * 7", "answer.js")?;
    /// assert_eq!(n, 42);
    /// let v: JsValue = engine.evaluate("({ a: [1, 2] })", "obj.js")?;
    /// assert!(v.is_object());
    /// let err = engine.evaluate::<JsValue>("null.x", "bad.js").unwrap_err();
    /// assert_eq!(err.name(), "TypeError");
    /// # Ok::<(), JsError>(())
    /// ```
    pub fn evaluate<T: FromJs>(&mut self, source: &str, file: &str) -> Result<T, JsError> {
        self.forget_thrown();
        let vm = &mut self.vm;
        let code = match compiler::compile_source(vm, source, file, UnitKind::Script, false) {
            Ok(c) => c,
            Err(e) => return Err(JsError::from(super::exception_to_error(vm, e))),
        };
        let g = Value::object(vm.realm.global);
        let r = vm.run_code(code, g, None);
        let v = self.done(r)?;
        T::from_js(self, &v)
    }

    /// The global object.
    pub fn global(&mut self) -> JsValue {
        let g = Value::object(self.vm.realm.global);
        self.wrap(g)
    }

    /// Reads a global variable (`undefined` if absent) as `T`.
    pub fn global_get<T: FromJs>(&mut self, name: &str) -> Result<T, JsError> {
        let g = self.global();
        self.get(&g, name)
    }

    /// Sets a global variable.
    pub fn global_set(&mut self, name: &str, value: impl IntoJs) -> Result<(), JsError> {
        let g = self.global();
        self.set(&g, name, value)
    }

    /// A new empty object.
    pub fn new_object(&mut self) -> Result<JsValue, JsError> {
        let r = crate::builtins::new_object(&mut self.vm).map(Value::object);
        self.done(r)
    }

    /// A new empty array.
    pub fn new_array(&mut self) -> Result<JsValue, JsError> {
        let r = crate::builtins::array::new_array(&mut self.vm, 0).map(Value::object);
        self.done(r)
    }

    /// A new string.
    pub fn new_string(&mut self, s: &str) -> Result<JsValue, JsError> {
        let r = self.vm.str_value(s);
        self.done(r)
    }

    /// A new `Error` of a builtin type ("Error", "TypeError", "RangeError", ...;
    /// other names make a plain `Error`) with a message.
    pub fn new_error(&mut self, name: &str, message: &str) -> Result<JsValue, JsError> {
        let r = make_error_object(&mut self.vm, error_kind(name), message).map(Value::object);
        self.done(r)
    }

    /// Converts a Rust value into a JS value.
    pub fn to_js(&mut self, value: impl IntoJs) -> Result<JsValue, JsError> {
        value.into_js(self)
    }

    /// Converts a JS value into a Rust value (no implicit coercion: see
    /// [`Context::coerce_string`] and [`Context::coerce_number`]).
    pub fn from_js<T: FromJs>(&mut self, value: &JsValue) -> Result<T, JsError> {
        T::from_js(self, value)
    }

    /// `String(value)` (may run `toString` methods).
    pub fn coerce_string(&mut self, value: &JsValue) -> Result<String, JsError> {
        let raw = self.raw(value)?;
        let r = self.vm.to_string(raw).and_then(|s| self.vm.string_to_rust(s));
        r.map_err(|e| self.thrown(e))
    }

    /// `Number(value)` (may run `valueOf` methods).
    pub fn coerce_number(&mut self, value: &JsValue) -> Result<f64, JsError> {
        let raw = self.raw(value)?;
        let r = self.vm.to_number(raw);
        r.map_err(|e| self.thrown(e))
    }

    /// Is the value callable?
    pub fn is_function(&self, value: &JsValue) -> bool {
        self.raw(value).ok().and_then(|v| v.as_object()).is_some_and(|o| o.is_callable())
    }

    /// Is the value an array?
    pub fn is_array(&self, value: &JsValue) -> bool {
        self.raw(value).ok().and_then(|v| v.as_object()).is_some_and(|o| o.is_array())
    }

    fn key(&mut self, name: impl PropertyName) -> Result<PropertyKey, JsError> {
        let r = name.to_key(&mut self.vm);
        r.map_err(|e| self.thrown(e))
    }

    /// `object[name]` as `T` (getters run).
    pub fn get<T: FromJs>(&mut self, object: &JsValue, name: impl PropertyName) -> Result<T, JsError> {
        let o = self.object_of(object)?;
        let key = self.key(name)?;
        let r = ops::get(&mut self.vm, o, key, Value::object(o));
        let v = self.done(r)?;
        T::from_js(self, &v)
    }

    /// `object[name] = value`, as in strict code: a read-only or non-extensible
    /// target is a `TypeError`.
    pub fn set(&mut self, object: &JsValue, name: impl PropertyName, value: impl IntoJs) -> Result<(), JsError> {
        let o = self.object_of(object)?;
        let value = value.into_js(self)?;
        let raw = self.raw(&value)?;
        let key = self.key(name)?;
        match ops::put(&mut self.vm, o, key, raw, Value::object(o)) {
            Ok(true) => Ok(()),
            Ok(false) => Err(JsError::Type(String::from("cannot assign to a read-only property"))),
            Err(e) => Err(self.thrown(e)),
        }
    }

    /// `delete object[name]`; `false` if the property is not configurable.
    pub fn delete(&mut self, object: &JsValue, name: impl PropertyName) -> Result<bool, JsError> {
        let o = self.object_of(object)?;
        let key = self.key(name)?;
        let r = ops::delete(&mut self.vm, o, key);
        r.map_err(|e| self.thrown(e))
    }

    /// `name in object`.
    pub fn has(&mut self, object: &JsValue, name: impl PropertyName) -> Result<bool, JsError> {
        let o = self.object_of(object)?;
        let key = self.key(name)?;
        let r = ops::has_property(&mut self.vm, o, key);
        r.map_err(|e| self.thrown(e))
    }

    /// The object's own enumerable property names, in order (`Object.keys`).
    pub fn keys(&mut self, object: &JsValue) -> Result<Vec<String>, JsError> {
        let o = self.object_of(object)?;
        let r = (|| {
            let keys = ops::own_keys(&mut self.vm, o, true)?;
            let mut names = Vec::with_capacity(keys.len());
            for k in keys {
                names.push(match k {
                    PropertyKey::Atom(s) => self.vm.string_to_rust(s)?,
                    PropertyKey::Index(i) => format!("{i}"),
                });
            }
            Ok(names)
        })();
        r.map_err(|e| self.thrown(e))
    }

    /// Calls `function` with `this` and `args` (a tuple of Rust values, a
    /// `Vec<JsValue>` or `&[JsValue]`); converts the result to `T`.
    pub fn call_function<T: FromJs>(&mut self, function: &JsValue, this: impl IntoJs, args: impl IntoArgs) -> Result<T, JsError> {
        let f = self.raw(function)?;
        self.forget_thrown();
        let this = this.into_js(self)?;
        let this_raw = self.raw(&this)?;
        let args = args.into_args(self)?;
        let raws = args.iter().map(|a| self.raw(a)).collect::<Result<Vec<_>, _>>()?;
        let r = self.vm.call(f, this_raw, &raws);
        let v = self.done(r)?;
        T::from_js(self, &v)
    }

    /// Calls the method `name` of `object` with `args`.
    pub fn call_method<T: FromJs>(&mut self, object: &JsValue, name: impl PropertyName, args: impl IntoArgs) -> Result<T, JsError> {
        let f: JsValue = self.get(object, name)?;
        self.call_function(&f, object, args)
    }

    /// `new constructor(...args)`.
    pub fn construct<T: FromJs>(&mut self, constructor: &JsValue, args: impl IntoArgs) -> Result<T, JsError> {
        let f = self.raw(constructor)?;
        let args = args.into_args(self)?;
        let raws = args.iter().map(|a| self.raw(a)).collect::<Result<Vec<_>, _>>()?;
        let r = self.vm.construct(f, &raws);
        let v = self.done(r)?;
        T::from_js(self, &v)
    }

    /// A function whose body is a Rust closure. The closure may capture host
    /// state (it is dropped with the function object); it receives this
    /// context and the call's [`Args`], and its `Err` is thrown into the
    /// script. A closure that calls back into script which calls the same
    /// function again gets a `TypeError` for the inner call (an `FnMut`
    /// cannot run twice at once).
    ///
    /// ```
    /// # use engine_core::{Config, Engine, JsError, NullHost};
    /// let mut engine = Engine::new(Config::default(), Box::new(NullHost)).unwrap();
    /// let mut calls = 0;
    /// let counter = engine.new_function("next", 0, move |_cx, _args| {
    ///     calls += 1;
    ///     Ok(calls)
    /// })?;
    /// engine.global_set("next", &counter)?;
    /// let total: i32 = engine.evaluate("next(); next(); next()", "count.js")?;
    /// assert_eq!(total, 3);
    /// # Ok::<(), JsError>(())
    /// ```
    pub fn new_function<F, R>(&mut self, name: &str, length: u32, mut f: F) -> Result<JsValue, JsError>
    where
        F: FnMut(&mut Context, Args) -> Result<R, JsError> + 'static,
        R: IntoJs,
    {
        let mut boxed: BoxedHostFn = Box::new(move |cx, args| f(cx, args)?.into_js(cx));
        let callback = Box::new(move |vm: &mut Vm, args: &CallArgs| run_host_fn(vm, args, &mut boxed));
        let vm = &mut self.vm;
        let r = (|| {
            let atom = vm.atom(name)?;
            let fo = crate::builtins::new_native_function(vm, atom, host_trampoline, length, 0, false)?;
            let host = Some(Box::new(HostFunction { callback: core::cell::Cell::new(Some(callback)) }));
            fo.set_data(ObjectData::Function(FunctionKind::Native { f: host_trampoline, magic: 0, trace: crate::jit::natives::NativeTrace::Opaque, host }));
            Ok(Value::object(fo))
        })();
        self.done(r)
    }

    /// Defines a global function whose body is a Rust closure (see
    /// [`Context::new_function`]).
    pub fn global_function<F, R>(&mut self, name: &str, length: u32, f: F) -> Result<(), JsError>
    where
        F: FnMut(&mut Context, Args) -> Result<R, JsError> + 'static,
        R: IntoJs,
    {
        let func = self.new_function(name, length, f)?;
        self.global_set(name, func)
    }

    /// A host object: a plain JS object (properties can be added) that owns
    /// `value`. The value is dropped exactly once, when the collector frees
    /// the object or when the engine is dropped.
    ///
    /// ```
    /// # use engine_core::{Config, Engine, JsError, NullHost};
    /// struct Counter { hits: u32 }
    /// let mut engine = Engine::new(Config::default(), Box::new(NullHost)).unwrap();
    /// let obj = engine.new_host_object(Counter { hits: 0 })?;
    /// engine.host_data::<Counter>(&obj)?.hits += 1;
    /// assert_eq!(engine.host_data::<Counter>(&obj)?.hits, 1);
    /// assert!(engine.host_data::<String>(&obj).is_err()); // another type
    /// # Ok::<(), JsError>(())
    /// ```
    pub fn new_host_object<T: Any>(&mut self, value: T) -> Result<JsValue, JsError> {
        let vm = &mut self.vm;
        let proto = Some(vm.realm.object_prototype);
        let data = ObjectData::Host(HostValue::new(Box::new(value)));
        let r = crate::builtins::new_object_of_class(vm, proto, ObjectClass::Object, data).map(Value::object);
        self.done(r)
    }

    /// The Rust value of a host object made by [`Context::new_host_object`]
    /// with a `T`; a [`JsError::Type`] for any other value.
    pub fn host_data<T: Any>(&mut self, object: &JsValue) -> Result<&mut T, JsError> {
        let o = self.object_of(object)?;
        let wrong = || JsError::Type(format!("expected a host object holding {}", core::any::type_name::<T>()));
        let host: *const HostValue = match o.data() {
            ObjectData::Host(h) => h,
            _ => return Err(wrong()),
        };
        // SAFETY: the object is alive (rooted by `object`), and the result
        // borrows `self` mutably, so while it lives no script runs, nothing
        // collects (the object stays alive even if `object` is dropped) and no
        // other `&`/`&mut` to the value can be made.
        let any = unsafe { (*host).get_mut() };
        any.downcast_mut::<T>().ok_or_else(wrong)
    }
}

/// The native every host function runs: finds the closure in the callee and
/// calls it.
fn host_trampoline(vm: &mut Vm, args: &CallArgs) -> Result<Value, Value> {
    let ObjectData::Function(FunctionKind::Native { host: Some(h), .. }) = args.callee.data() else {
        return Err(vm.type_error("not a host function"));
    };
    // Taken out while it runs (the callee is on the register stack, so the
    // object and its data outlive the call).
    let Some(mut callback) = h.callback.take() else {
        return Err(vm.type_error("host function called again while it is running"));
    };
    let r = callback(vm, args);
    h.callback.set(Some(callback));
    r
}

/// Runs a safe host closure for the trampoline.
fn run_host_fn(vm: &mut Vm, call: &CallArgs, f: &mut BoxedHostFn) -> Result<Value, Value> {
    let cx = Context::from_vm(vm);
    let args = Args { this: cx.wrap(call.this), values: (0..call.len()).map(|i| cx.wrap(call.get(i))).collect() };
    match f(cx, args) {
        Ok(v) => cx.raw(&v).map_err(|e| cx.throwable(e)),
        Err(e) => Err(cx.throwable(e)),
    }
}

impl Context {
    /// The value to throw for an error a host function returned.
    fn throwable(&mut self, e: JsError) -> Value {
        let vm = &mut self.vm;
        let (name, message) = match &e {
            JsError::Interrupted => return crate::interp::run::TERMINATE,
            JsError::Exception(x) => {
                let last = vm.host_roots.last_thrown.borrow_mut().take();
                if let Some((_, v)) = last.filter(|(seen, _)| seen == x) {
                    return v;
                }
                (x.name.as_str(), x.message.as_str())
            }
            JsError::Syntax { message, .. } => ("SyntaxError", message.as_str()),
            JsError::Type(m) => ("TypeError", m.as_str()),
            JsError::Init(m) => ("Error", m.as_str()),
        };
        match make_error_object(vm, error_kind(name), message) {
            Ok(o) => Value::object(o),
            Err(oom) => oom,
        }
    }
}

fn error_kind(name: &str) -> ErrorKind {
    match name {
        "TypeError" => ErrorKind::Type,
        "RangeError" => ErrorKind::Range,
        "ReferenceError" => ErrorKind::Reference,
        "SyntaxError" => ErrorKind::Syntax,
        "EvalError" => ErrorKind::Eval,
        "URIError" => ErrorKind::Uri,
        _ => ErrorKind::Error,
    }
}

/// Name, message and stack of a thrown value, without running script code
/// for Error objects (the properties are read as data, through prototypes).
fn describe(vm: &mut Vm, exc: Value) -> Exception {
    if let Some(o) = exc.as_object().filter(|o| o.class() == ObjectClass::Error || is_error_like(vm, *o)) {
        let name = data_string(vm, o, "name").unwrap_or_else(|| String::from("Error"));
        let message = data_string(vm, o, "message").unwrap_or_default();
        let stack = own_string(vm, o, "stack").unwrap_or_default();
        let frames: Vec<&str> = stack.lines().filter(|l| l.starts_with("    at ")).collect();
        return Exception { name, message, stack: frames.join("\n") };
    }
    let (message, _) = describe_exception(vm, exc);
    Exception { name: String::new(), message, stack: String::new() }
}

/// A string data property found on `o` or its prototypes (accessors are not run).
fn data_string(vm: &mut Vm, o: Gc<JsObject>, name: &str) -> Option<String> {
    let mut at = Some(o);
    while let Some(x) = at {
        if let Some(s) = own_string(vm, x, name) {
            return Some(s);
        }
        at = x.proto();
    }
    None
}

/// The error of the low-level API for a value thrown while the safe API ran.
impl From<JsError> for Error {
    fn from(e: JsError) -> Error {
        match e {
            JsError::Exception(x) => {
                let message = if x.name.is_empty() { x.message } else if x.message.is_empty() { x.name } else { format!("{}: {}", x.name, x.message) };
                let stack = if x.stack.is_empty() { x.stack } else { format!("\n{}", x.stack) };
                Error::Exception { message, stack }
            }
            JsError::Syntax { message, file, line, column } => Error::Syntax { message, file, line, column },
            JsError::Type(m) => Error::Exception { message: format!("TypeError: {m}"), stack: String::new() },
            JsError::Interrupted => Error::Interrupted,
            JsError::Init(m) => Error::Init(m),
        }
    }
}
