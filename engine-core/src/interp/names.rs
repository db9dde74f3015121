//! Well-known property names, interned once as permanent atoms.

use crate::gc::Gc;
use crate::interp::Vm;
use crate::string::{atoms, JsString};
use crate::value::Value;

macro_rules! well_known_names {
    ($( $field:ident = $text:literal ),* $(,)?) => {
        /// Permanent atoms the engine refers to by name.
        #[allow(missing_docs)]
        pub struct Names {
            $( pub $field: Gc<JsString>, )*
        }

        impl Names {
            /// Placeholders used only while the VM bootstraps (never dereferenced).
            pub(crate) fn placeholder() -> Names {
                Names { $( $field: Gc::dangling(), )* }
            }
            /// Interns every name.
            pub(crate) fn intern_all(vm: &mut Vm) -> Result<(), Value> {
                $( vm.names.$field = atoms::intern_permanent(vm, $text)?; )*
                Ok(())
            }
        }
    };
}

well_known_names! {
    empty = "",
    length = "length",
    prototype = "prototype",
    constructor = "constructor",
    name = "name",
    message = "message",
    stack = "stack",
    to_string = "toString",
    value_of = "valueOf",
    to_json = "toJSON",
    callee = "callee",
    caller = "caller",
    arguments = "arguments",
    get = "get",
    set = "set",
    value = "value",
    writable = "writable",
    enumerable = "enumerable",
    configurable = "configurable",
    eval = "eval",
    undefined = "undefined",
    null = "null",
    true_ = "true",
    false_ = "false",
    nan = "NaN",
    infinity = "Infinity",
    neg_infinity = "-Infinity",
    number = "number",
    string = "string",
    boolean = "boolean",
    object = "object",
    function = "function",
    last_index = "lastIndex",
    index = "index",
    input = "input",
    groups = "groups",
    source = "source",
    global = "global",
    ignore_case = "ignoreCase",
    multiline = "multiline",
    join = "join",
    this_ = "this",
    anonymous = "anonymous",
    object_object = "[object Object]",
}
