//! The builtins the recorder knows, named by identity: every native function
//! object carries a [`NativeTrace`] from its definition (see
//! `builtins::define_traced`), and the recorder's `record_native` dispatches on
//! it to one recording hook per entry (`recorder/natives.rs`). Nothing is
//! matched by function address, index or name.
//!
//! | entry | recorded as |
//! |---|---|
//! | `Opaque` | nothing: the recording aborts |
//! | `Pure` | a `CallNative` helper call, its result typed after the call |
//! | `Math(f)` | a LIR op (`abs`, `ceil`, `floor`, `sqrt`) or a libm helper |
//! | `Pow`, `Atan2` | the `Pow` and `Atan2` helpers |
//! | `CharCodeAt` | an inline load from a flat string, the helper for ropes |
//! | `CharAt`, `FromCharCode` | helpers returning a one-character string |
//! | `Push` | an inline dense store for one value, `PushN` for two or three |
//! | `Pop` | the `ArrayPop` helper |

use crate::builtins::math::MathFn;

/// How the recorder traces a call of a builtin.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum NativeTrace {
    /// Not traced: a call aborts the recording.
    #[default]
    Opaque,
    /// Changes no existing object (a regexp's `lastIndex` aside), so a call that
    /// fails inside the trace can be made again by the interpreter: called as is
    /// through a generic helper (with at most two arguments).
    Pure,
    /// A one-argument `Math` function.
    Math(MathFn),
    /// `Math.pow`.
    Pow,
    /// `Math.atan2`.
    Atan2,
    /// `String.prototype.charCodeAt`.
    CharCodeAt,
    /// `String.prototype.charAt`.
    CharAt,
    /// `String.fromCharCode`.
    FromCharCode,
    /// `Array.prototype.push`.
    Push,
    /// `Array.prototype.pop`.
    Pop,
    /// A constructor whose `new` makes a new object and changes no existing one
    /// (`Date`, `Array`): `new` is traced through a generic helper (at most three
    /// arguments); a plain call is not traced.
    Constructor,
    /// `Function.prototype.call` on a script function: the interpreter shifts the
    /// call window by one (the target becomes the callee, the first argument its
    /// `this`) and enters the target as a plain call, so the recorder inlines the
    /// target like any call.
    FunctionCall,
}
