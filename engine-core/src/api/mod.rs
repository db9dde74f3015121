//! The embedding API: create an engine, run code, exchange values.
//!
//! Every call returns `Result`; script faults become errors, and nothing a
//! script does panics the host.
//!
//! # The safe API
//!
//! [`Engine`] dereferences to [`Context`], whose calls hand out [`JsValue`]s:
//! create objects and arrays, get, set and delete properties, call functions
//! and methods, define host functions as closures, make host objects that own
//! a Rust value, and convert with [`IntoJs`]/[`FromJs`]. Errors are
//! [`JsError`]s, which carry the exception's name, message and JS stack.
//!
//! ```
//! use engine_core::{Config, Engine, JsError, JsValue, NullHost};
//!
//! let mut engine = Engine::new(Config::default(), Box::new(NullHost)).unwrap();
//! let limit = 3;
//! engine.global_function("clamp", 1, move |cx, args| {
//!     let n: f64 = args.arg(cx, 0)?;
//!     Ok(n.min(limit as f64))
//! })?;
//! let config = engine.new_object()?;
//! engine.set(&config, "name", "demo")?;
//! engine.set(&config, "sizes", vec![1, 5, 9])?;
//! engine.global_set("config", &config)?;
//! engine.collect_garbage(); // `config` is rooted: it survives
//! let clamped: Vec<f64> = engine.evaluate("config.sizes.map(clamp)", "rules.js")?;
//! assert_eq!(clamped, [1.0, 3.0, 3.0]);
//! let f: JsValue = engine.evaluate("(function (a, b) { return a + b; })", "add.js")?;
//! assert_eq!(engine.call_function::<String>(&f, (), ("x", 1))?, "x1");
//!
//! let err = engine.evaluate::<()>("function f() { clamp('no') }\nf()", "bad.js").unwrap_err();
//! assert_eq!(err.name(), "TypeError");
//! assert_eq!(err.message(), "argument 1: expected a number, got string");
//! assert!(err.stack().contains("at f (bad.js:1:"));
//! # Ok::<(), JsError>(())
//! ```
//!
//! # The rooting rule
//!
//! A [`JsValue`] holding a string or an object is a **root**: the collector
//! keeps the value alive until the `JsValue` is dropped, whatever runs in
//! between (collections, script code, host functions). Numbers, booleans,
//! `undefined` and `null` hold nothing and need no root.
//!
//! Why handles and not values tied to a borrow of the engine (as rquickjs
//! does): in this engine a collection can happen inside any call that
//! allocates or runs script, and the collector finds live values only
//! through roots (the register stack, the VM's temporary roots, the realm,
//! host handles; see [`crate::gc`]). A lifetime stops a value from outliving
//! the engine but not from being collected during the next call, so it would
//! need a root anyway; and since every operation needs `&mut` access to the
//! VM, a borrow-tied value could not even be passed back into the next call.
//! So each returned value is rooted in a root set the VM shares with its
//! handles through an `Rc` (no `&mut Engine` is needed to release a root in
//! `Drop`), which the collector scans. A handle that outlives its engine, or
//! is given to another engine, is rejected with [`JsError::Type`].
//!
//! # The low-level API
//!
//! [`Engine::eval`], [`Engine::call`], [`Engine::get_global`],
//! [`Engine::string`] and friends exchange raw NaN-boxed [`Value`]s, which are
//! valid only until the next call on the engine (or, through
//! [`Engine::root`], until [`Engine::release`]). The shell and the test
//! harnesses use them with natives of type [`NativeFn`] working on the
//! [`Vm`] directly ([`Engine::vm`], [`Context::vm`]).

mod context;
mod convert;
mod error;
mod value;

pub use context::{Args, Context};
pub use convert::{FromJs, IntoArgs, IntoJs, PropertyName};
pub use error::{Exception, JsError};
pub use value::{JsValue, RootSet};

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::compiler::{self, UnitKind};
use crate::host::{Config, Host};
use crate::interp::Vm;
#[cfg(doc)]
use crate::interp::NativeFn;
use crate::object::ops;
use crate::value::Value;

/// An error of the low-level API (the safe API's is [`JsError`]; `From`
/// converts either way).
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The engine could not be created.
    Init(String),
    /// The source did not parse. (A SyntaxError thrown while code runs, by
    /// `eval` or `new Function`, is an [`Error::Exception`].)
    Syntax {
        /// The message, e.g. "Unexpected token '}'".
        message: String,
        /// File name given to `eval`.
        file: String,
        /// 1-based line.
        line: u32,
        /// 1-based column.
        column: u32,
    },
    /// An uncaught exception.
    Exception {
        /// `String(exception)`, e.g. "TypeError: x is not a function".
        message: String,
        /// The JS stack trace lines ("    at f (file:1:2)"), possibly empty.
        stack: String,
    },
    /// The script was stopped through the interrupt flag.
    Interrupted,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Init(m) => write!(f, "engine initialization failed: {m}"),
            Error::Syntax { message, file, line, column } => write!(f, "SyntaxError: {message}\n    at {file}:{line}:{column}"),
            Error::Exception { message, stack } => write!(f, "{message}{stack}"),
            Error::Interrupted => f.write_str("script interrupted"),
        }
    }
}

/// A value kept alive for the host until [`Engine::release`].
#[derive(Debug, PartialEq, Eq)]
pub struct Handle(u32);

/// One JavaScript engine (one realm, one heap). Not thread-safe: use it from one
/// thread at a time.
///
/// It dereferences to [`Context`], the safe API; its own methods that take or
/// return [`Value`] are the low-level API (see the [module docs](self)).
/// Dropping the engine drops every host object's value and host closure.
pub struct Engine {
    vm: Box<Vm>,
    /// Handle keeping the last result alive until the next call.
    last: Option<u32>,
}

impl Engine {
    /// Creates an engine with the given limits and host services.
    pub fn new(config: Config, host: Box<dyn Host>) -> Result<Engine, Error> {
        let vm = Vm::new(config, host).map_err(Error::Init)?;
        Ok(Engine { vm, last: None })
    }

    /// The underlying VM (for natives and diagnostics).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    fn keep(&mut self, v: Value) -> Value {
        if let Some(h) = self.last.take() {
            self.vm.release_handle(h);
        }
        self.last = Some(self.vm.new_handle(v));
        v
    }

    /// Converts a thrown value into an [`Error`].
    pub fn error_from(&mut self, exc: Value) -> Error {
        exception_to_error(&mut self.vm, exc)
    }


    /// Compiles and runs a script; returns its completion value (valid until the
    /// next call on this engine, or longer through [`Engine::root`]).
    pub fn eval(&mut self, source: &str, file: &str) -> Result<Value, Error> {
        let vm = &mut self.vm;
        let code = match compiler::compile_source(vm, source, file, UnitKind::Script, false) {
            Ok(c) => c,
            Err(e) => return Err(self.error_from(e)),
        };
        let g = Value::object(self.vm.realm.global);
        match self.vm.run_code(code, g, None) {
            Ok(v) => Ok(self.keep(v)),
            Err(e) => Err(self.thrown(e)),
        }
    }

    /// Converts a value thrown while code ran: an exception, even a SyntaxError
    /// (from `eval` or `new Function`), which [`Engine::error_from`] would take
    /// for a parse error of the script itself.
    fn thrown(&mut self, exc: Value) -> Error {
        match self.error_from(exc) {
            Error::Syntax { message, file, line, column } => {
                let vm = &mut self.vm;
                vm.roots.push(exc);
                let (_, stack) = describe_exception(vm, exc);
                vm.roots.pop();
                let stack = if stack.is_empty() { alloc::format!("\n    at {file}:{line}:{column}") } else { stack };
                Error::Exception { message: alloc::format!("SyntaxError: {message}"), stack }
            }
            e => e,
        }
    }

    /// Whether `source` fails to parse only because it ends too early (an
    /// open brace or parenthesis, an unfinished expression, an unclosed
    /// comment), so that more lines could complete it: a REPL asks this of a
    /// [`Error::Syntax`] before reporting it. False when `source` parses or
    /// has an error before its end.
    pub fn is_incomplete(&self, source: &str) -> bool {
        let opts = crate::parser::ParseOptions { max_depth: self.vm.config.max_parse_depth, ..Default::default() };
        matches!(crate::parser::parse_script(source, &opts), Err(e) if e.at_end)
    }

    /// The bytecode disassembly of a script (without running it).
    pub fn disassemble(&mut self, source: &str, file: &str) -> Result<String, Error> {
        match compiler::compile_source(&mut self.vm, source, file, UnitKind::Script, false) {
            Ok(code) => {
                let mut out = String::new();
                crate::bytecode::disasm::disassemble(code, &mut out);
                Ok(out)
            }
            Err(e) => Err(self.error_from(e)),
        }
    }

    /// Calls a function value.
    pub fn call(&mut self, f: Value, this: Value, args: &[Value]) -> Result<Value, Error> {
        match self.vm.call(f, this, args) {
            Ok(v) => Ok(self.keep(v)),
            Err(e) => Err(self.thrown(e)),
        }
    }

    /// Defines a global native function.
    pub fn define_function(&mut self, name: &str, f: crate::interp::NativeFn, length: u32) -> Result<(), Error> {
        let g = self.vm.realm.global;
        match crate::builtins::define_method(&mut self.vm, g, name, f, length) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.error_from(e)),
        }
    }

    /// Sets a global variable.
    pub fn set_global(&mut self, name: &str, v: Value) -> Result<(), Error> {
        let g = self.vm.realm.global;
        let r = (|| {
            let k = self.vm.key_from_str(name)?;
            ops::put(&mut self.vm, g, k, v, Value::object(g)).map(|_| ())
        })();
        r.map_err(|e| self.error_from(e))
    }

    /// Reads a global variable (undefined if absent).
    pub fn get_global(&mut self, name: &str) -> Result<Value, Error> {
        let g = self.vm.realm.global;
        let r = (|| {
            let k = self.vm.key_from_str(name)?;
            ops::get(&mut self.vm, g, k, Value::object(g))
        })();
        match r {
            Ok(v) => Ok(self.keep(v)),
            Err(e) => Err(self.error_from(e)),
        }
    }

    /// A string value.
    pub fn string(&mut self, s: &str) -> Result<Value, Error> {
        match self.vm.str_value(s) {
            Ok(v) => Ok(self.keep(v)),
            Err(e) => Err(self.error_from(e)),
        }
    }

    /// ToString of a value, as Rust text.
    pub fn to_rust_string(&mut self, v: Value) -> Result<String, Error> {
        let r = self.vm.to_string(v).and_then(|s| self.vm.string_to_rust(s));
        r.map_err(|e| self.error_from(e))
    }

    /// ToNumber of a value.
    pub fn to_number(&mut self, v: Value) -> Result<f64, Error> {
        self.vm.to_number(v).map_err(|e| self.error_from(e))
    }

    /// Keeps a value alive until released.
    pub fn root(&mut self, v: Value) -> Handle {
        Handle(self.vm.new_handle(v))
    }
    /// The value of a handle.
    pub fn value(&self, h: &Handle) -> Value {
        self.vm.handle_value(h.0)
    }
    /// Releases a handle.
    pub fn release(&mut self, h: Handle) {
        self.vm.release_handle(h.0);
    }

    /// A flag another thread can set to stop the running script.
    pub fn interrupt_flag(&self) -> alloc::sync::Arc<core::sync::atomic::AtomicBool> {
        self.vm.interrupt.clone()
    }

    /// Runs a full garbage collection.
    pub fn collect_garbage(&mut self) {
        self.vm.collect_garbage();
    }

    /// Heap counters.
    pub fn heap_stats(&self) -> crate::gc::HeapStats {
        self.vm.heap.stats()
    }

    /// Trace JIT counters: recordings, trees, aborts, native entries, exits, job
    /// counters of the code service, install latencies and script-thread pauses.
    pub fn jit_stats(&self) -> crate::jit::monitor::Stats {
        let mut s = self.vm.jit.stats.clone();
        if let Some(svc) = self.vm.jit.service.as_ref() {
            s.jobs = svc.counters();
        }
        s
    }

    /// The JIT timeline as an SVG picture, when the engine was configured with
    /// `diag::TIMELINE` (`--jit-diag=timeline`): script-thread and compiler
    /// thread bands and a row per hot loop (see `jit::timeline`).
    pub fn jit_timeline_svg(&mut self) -> Option<String> {
        self.vm.jit_timeline_svg()
    }

    /// Compiles up to `budget` queued traces on this thread, for hosts whose code
    /// service waits to be pumped (boards without compiler threads). Returns how
    /// many compiled; the code is picked up at the next loop crossing.
    pub fn run_pending_compiles(&mut self, budget: usize) -> usize {
        self.vm.jit_run_pending_compiles(budget)
    }
}

/// Converts a thrown value into an [`Error`] (for the low-level API).
fn exception_to_error(vm: &mut Vm, exc: Value) -> Error {
    if exc == crate::interp::run::TERMINATE {
        return Error::Interrupted;
    }
    vm.roots.push(exc);
    let (message, stack) = describe_exception(vm, exc);
    vm.roots.pop();
    // Syntax errors raised by the compiler carry their position.
    if let Some(o) = exc.as_object() {
        if o.proto() == Some(vm.realm.syntax_error_prototype) {
            let line = own_number(vm, o, "lineNumber");
            let column = own_number(vm, o, "columnNumber");
            let file = own_string(vm, o, "fileName");
            if let (Some(line), Some(column), Some(file)) = (line, column, file) {
                let message = message.strip_prefix("SyntaxError: ").map(String::from).unwrap_or(message);
                return Error::Syntax { message, file, line: line as u32, column: column as u32 };
            }
        }
    }
    Error::Exception { message, stack }
}

impl core::ops::Deref for Engine {
    type Target = Context;
    fn deref(&self) -> &Context {
        // SAFETY: `Context` is `repr(transparent)` over `Vm`; the shared borrow
        // of the engine covers the view.
        unsafe { &*(&*self.vm as *const Vm as *const Context) }
    }
}

impl core::ops::DerefMut for Engine {
    fn deref_mut(&mut self) -> &mut Context {
        Context::from_vm(&mut self.vm)
    }
}

fn own_data(vm: &mut Vm, o: crate::gc::Gc<crate::object::JsObject>, name: &str) -> Option<Value> {
    let k = vm.key_from_str(name).ok()?;
    match ops::get_own_property(vm, o, k).ok()?? {
        ops::OwnProperty::Data { value, .. } => Some(value),
        _ => None,
    }
}

fn own_number(vm: &mut Vm, o: crate::gc::Gc<crate::object::JsObject>, name: &str) -> Option<f64> {
    own_data(vm, o, name)?.as_number()
}

pub(crate) fn own_string(vm: &mut Vm, o: crate::gc::Gc<crate::object::JsObject>, name: &str) -> Option<String> {
    let v = own_data(vm, o, name)?;
    let s = v.as_string()?;
    vm.string_to_rust(s).ok()
}

/// `String(exc)` (without running script code for Error objects) and the stack.
pub(crate) fn describe_exception(vm: &mut Vm, exc: Value) -> (String, String) {
    if let Some(o) = exc.as_object() {
        if o.class() == crate::object::ObjectClass::Error || is_error_like(vm, o) {
            let stack = own_string(vm, o, "stack").unwrap_or_default();
            // The stack starts with the "Name: message" header; keep only frames.
            let frames: Vec<&str> = stack.lines().filter(|l| l.starts_with("    at ")).collect();
            let frames = frames.iter().fold(String::new(), |mut acc, l| {
                acc.push('\n');
                acc.push_str(l);
                acc
            });
            let msg = match vm.to_string(exc).and_then(|s| vm.string_to_rust(s)) {
                Ok(m) => m,
                Err(_) => String::from("Error"),
            };
            return (msg, frames);
        }
    }
    let msg = match vm.to_string(exc).and_then(|s| vm.string_to_rust(s)) {
        Ok(m) => m,
        Err(_) => String::from("exception"),
    };
    (msg, String::new())
}

pub(crate) fn is_error_like(vm: &Vm, o: crate::gc::Gc<crate::object::JsObject>) -> bool {
    let mut p = o.proto();
    while let Some(x) = p {
        if x == vm.realm.error_prototype {
            return true;
        }
        p = x.proto();
    }
    false
}
