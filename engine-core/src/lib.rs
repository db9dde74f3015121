//! Tarsier's script-thread engine.
//!
//! Everything that runs on the thread executing JavaScript lives here: NaN-boxed
//! [values](value), the garbage-collected [heap](gc), [strings](string),
//! [objects with shapes](object), the [parser], the [bytecode compiler](compiler),
//! the [interpreter](interp) and the [standard library](builtins). The crate is
//! `no_std` (it needs `alloc`); platform services come from the embedder through
//! [`Host`].
//!
//! ```
//! use engine_core::{Config, Engine, NullHost};
//!
//! let mut engine = Engine::new(Config::default(), Box::new(NullHost)).unwrap();
//! let v = engine.eval("var x = 6; x * 7", "example.js").unwrap();
//! assert_eq!(engine.to_number(v).unwrap(), 42.0);
//! ```
#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod api;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod date;
pub mod gc;
pub mod host;
pub mod interp;
pub mod jit;
pub mod numconv;
pub mod object;
pub mod parser;
pub mod string;
pub mod value;

pub use api::{Args, Context, Engine, Error, Exception, FromJs, Handle, IntoArgs, IntoJs, JsError, JsValue};
pub use host::{Config, Host, NullHost};
pub use interp::{CallArgs, NativeFn, Vm};
pub use object::ops::JsResult;
pub use value::Value;

