//! The realm: the global object, intrinsic objects and the shapes that builtins and
//! the interpreter create objects with.

use crate::gc::{Gc, Tracer};
use crate::object::{JsObject, Shape};

macro_rules! realm_fields {
    ($( $(#[doc = $doc:literal])* $field:ident : $ty:ty ),* $(,)?) => {
        /// Intrinsics of the (single) realm.
        pub struct Realm {
            $( $(#[doc = $doc])* pub $field: Gc<$ty>, )*
        }
        impl Realm {
            /// Placeholders used only while the VM bootstraps.
            pub(crate) fn placeholder() -> Realm {
                Realm { $( $field: Gc::dangling(), )* }
            }
            /// Marks every intrinsic.
            pub(crate) fn trace(&self, t: &mut Tracer<'_>) {
                $( t.cell(self.$field); )*
            }
        }
    };
}

realm_fields! {
    /// The global object.
    global: JsObject,
    /// Holds top-level `let`/`const` bindings shared by all scripts.
    script_scope: JsObject,
    /// `Object.prototype`.
    object_prototype: JsObject,
    /// `Function.prototype`.
    function_prototype: JsObject,
    /// `Array.prototype`.
    array_prototype: JsObject,
    /// `String.prototype`.
    string_prototype: JsObject,
    /// `Number.prototype`.
    number_prototype: JsObject,
    /// `Boolean.prototype`.
    boolean_prototype: JsObject,
    /// `Error.prototype`.
    error_prototype: JsObject,
    /// `TypeError.prototype`.
    type_error_prototype: JsObject,
    /// `RangeError.prototype`.
    range_error_prototype: JsObject,
    /// `ReferenceError.prototype`.
    reference_error_prototype: JsObject,
    /// `SyntaxError.prototype`.
    syntax_error_prototype: JsObject,
    /// `EvalError.prototype`.
    eval_error_prototype: JsObject,
    /// `URIError.prototype`.
    uri_error_prototype: JsObject,
    /// `Date.prototype`.
    date_prototype: JsObject,
    /// `RegExp.prototype`.
    regexp_prototype: JsObject,
    /// The `Object` constructor.
    object_ctor: JsObject,
    /// The `Array` constructor.
    array_ctor: JsObject,
    /// The original `eval` (direct-eval detection).
    eval_fn: JsObject,
    /// `%ThrowTypeError%` for strict `arguments.callee`/`caller`.
    throw_type_error: JsObject,
    /// Root shape of plain objects (`{}`, `new Object`).
    object_shape: Shape,
    /// Root shape of arrays.
    array_shape: Shape,
    /// Shape of script functions that are constructors: `length`, `name`, `prototype`.
    constructor_function_shape: Shape,
    /// Shape of sloppy-mode script constructors: `length`, `name`, `arguments`,
    /// `caller` (both null, as V8 reports them), `prototype`.
    sloppy_function_shape: Shape,
    /// Shape of script functions that are not constructors: `length`, `name`.
    method_function_shape: Shape,
    /// Root shape of functions (natives add their own properties).
    function_root_shape: Shape,
    /// Shape of arguments objects: `length`, `callee`.
    arguments_shape: Shape,
    /// Shape of strict arguments objects: `length`, `callee` (accessor), `caller` (accessor).
    strict_arguments_shape: Shape,
}
